"""Vault unlock with a USB-key certificate, on SoftHSM (and the p11shim proxy for a token that
is pulled out or locks): RSA-OAEP and ECDH wrapping, one PIN prompt per opening and never a
retry, wrong PIN / missing token / other key change nothing, key rotation and moving a vault
between the keyring and a token."""

from __future__ import annotations

import base64
import hashlib
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.vault import Vault
from app.vault.documents import NewDocument
from app.vault.errors import TokenKeyMismatch
from crypto import errors
from crypto.tokens.pkcs11 import close_module
from crypto.tokens.pkcs11 import session as p11_session
from tests.fixtures.softhsm import PINS, TOKEN_A, ScriptedUser, SoftHsm
from tests.fixtures.vault import files_state

pytestmark = pytest.mark.hsm
PIN = PINS[TOKEN_A]


def _create(folder: Path, uri: str, user: ScriptedUser | None = None) -> Vault:
    from app.vault.unlock import Unlocker

    unlocker = Unlocker(interaction=user or ScriptedUser(PIN))
    return Vault.create(folder, token_uri=uri, unlocker=unlocker)


def _header(folder: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((folder / "vault.json").read_text("utf-8"))
    return doc


@pytest.mark.parametrize(("label", "scheme"), [("seal-rsa", "rsa-oaep-sha1"),
                                               ("seal-ec", "ecdh-hkdf-sha256-aes256gcm")])
def test_token_vault_round_trip(softhsm: SoftHsm, vault_dir: Path, tmp_path: Path,
                                label: str, scheme: str) -> None:
    src = tmp_path / "c.pdf"
    src.write_bytes(b"%PDF-1.7\n contract " * 100)
    setup = ScriptedUser(PIN)
    with _create(vault_dir, softhsm.uri(object=label), setup) as v:
        doc = v.archive_file(src, NewDocument(name="c.pdf", origin="import")).record
    # SoftHSM 2.6 does OAEP with SHA-1 only: the user is told the vault key uses it
    assert any("SHA-1" in m for m in setup.messages) == (label == "seal-rsa")
    header = _header(vault_dir)
    token = header["token"]
    assert header["unlock"] == "token" and token["scheme"] == scheme
    assert token["key_label"] == label and token["token_label"] == TOKEN_A
    assert token["cert_sha256"] == hashlib.sha256(softhsm.entry(label).cert.dump()).hexdigest()
    assert "pin" not in json.dumps(header).lower()
    assert ("ephemeral" in token) == (scheme.startswith("ecdh"))
    user = ScriptedUser(PIN)
    with Vault.open(vault_dir, interaction=user) as v:
        assert b"".join(v.read_document(doc.id)) == src.read_bytes()
    assert len(user.requests) == 1 and user.requests[0].token_label == TOKEN_A


def test_the_unwrap_runs_on_the_module_thread(softhsm: SoftHsm, vault_dir: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _create(vault_dir, softhsm.uri(object="seal-ec")).close()
    seen: list[str] = []
    real = p11_session.unwrap.derive_ecdh_on_thread

    def spy(*args: Any) -> bytes:
        seen.append(threading.current_thread().name)
        return real(*args)

    monkeypatch.setattr(p11_session.unwrap, "derive_ecdh_on_thread", spy)
    Vault.open(vault_dir, interaction=ScriptedUser(PIN)).close()
    assert seen == ["pkcs11:libsofthsm2.so"]


def test_wrong_pin_is_one_try_and_changes_nothing(softhsm: SoftHsm, vault_dir: Path) -> None:
    _create(vault_dir, softhsm.uri(object="seal-rsa")).close()
    before = files_state(vault_dir)
    user = ScriptedUser("000000")
    with pytest.raises(errors.PinIncorrect):
        Vault.open(vault_dir, interaction=user)
    assert len(user.requests) == 1  # asked once, never retried by itself
    with pytest.raises(errors.Cancelled):
        Vault.open(vault_dir, interaction=ScriptedUser(None))
    assert files_state(vault_dir) == before
    Vault.open(vault_dir, pin=PIN).close()  # --pin-env: no prompt at all


def test_other_certificate_is_refused(softhsm: SoftHsm, vault_dir: Path) -> None:
    _create(vault_dir, softhsm.uri(object="seal-rsa")).close()
    header = _header(vault_dir)
    header["token"]["cert_sha256"] = "00" * 32
    (vault_dir / "vault.json").write_text(json.dumps(header), "utf-8")
    before = files_state(vault_dir)
    with pytest.raises(TokenKeyMismatch) as info:
        Vault.open(vault_dir, interaction=ScriptedUser(PIN))
    assert info.value.code == "vault_token_key_mismatch"
    assert files_state(vault_dir) == before


def test_tampered_wrapped_key_is_refused(softhsm: SoftHsm, vault_dir: Path) -> None:
    _create(vault_dir, softhsm.uri(object="seal-ec")).close()
    header = _header(vault_dir)
    raw = bytearray(base64.b64decode(header["token"]["wrapped"]))
    raw[-1] ^= 1
    header["token"]["wrapped"] = base64.b64encode(bytes(raw)).decode()
    (vault_dir / "vault.json").write_text(json.dumps(header), "utf-8")
    with pytest.raises(errors.VaultKeySourceError) as info:
        Vault.open(vault_dir, interaction=ScriptedUser(PIN))
    assert info.value.code == "vault_token_unwrap_failed"


def test_rotation_and_moving_between_keyring_and_token(
    softhsm: SoftHsm, vault_dir: Path, memory_keyring: Any
) -> None:
    with Vault.create(vault_dir, use_keyring=True) as v:
        v.rekey()  # keyring → new keyring key
        assert v.header.unlock == "keyring" and v.header.pending is None
    first = dict(memory_keyring.entries)
    assert len(first) == 1  # the pending entry is gone
    with Vault.open(vault_dir) as v:
        v.rekey(token_uri=softhsm.uri(object="seal-ec"), interaction=ScriptedUser(PIN))
    assert memory_keyring.entries == {}  # the vault left the keyring
    wrapped = _header(vault_dir)["token"]["wrapped"]
    user = ScriptedUser(PIN, PIN)
    with Vault.open(vault_dir, interaction=user) as v:
        v.rekey(interaction=user)  # one PIN per operation: opening logged out again
        assert v.header.token is not None and v.header.token.key_label == "seal-ec"
    assert len(user.requests) == 2
    assert _header(vault_dir)["token"]["wrapped"] != wrapped
    with Vault.open(vault_dir, pin=PIN) as v:
        v.rekey(to_keyring=True, pin=PIN)
    assert _header(vault_dir)["unlock"] == "keyring" and "token" not in _header(vault_dir)
    Vault.open(vault_dir).close()


# --- a token that is not there or locks (p11shim around SoftHSM) ------------------------------


@pytest.fixture
def shim_uri(softhsm: SoftHsm, p11shim: Any, p11shim_control: Any) -> Iterator[tuple[str, Any]]:
    path = str(p11shim)
    close_module(path)  # C_Initialize must read this test's P11SHIM_* environment
    from crypto.tokens.pkcs11 import Pkcs11Uri

    yield str(Pkcs11Uri(token=TOKEN_A, object="seal-rsa", module_path=path)), p11shim_control
    close_module(path)


def test_missing_token_is_clear_and_changes_nothing(shim_uri: tuple[str, Any],
                                                    vault_dir: Path) -> None:
    uri, control = shim_uri
    _create(vault_dir, uri).close()
    assert _header(vault_dir)["token"]["uri"].startswith("pkcs11:")
    before = files_state(vault_dir)
    control.removed = True
    user = ScriptedUser()  # no prompt expected: no token, no PIN
    with pytest.raises(errors.TokenError) as info:
        Vault.open(vault_dir, interaction=user)
    assert info.value.code in ("no_token", "token_removed")
    assert user.requests == []
    assert files_state(vault_dir) == before
    control.removed = False
    Vault.open(vault_dir, interaction=ScriptedUser(PIN)).close()


def test_locked_token_is_refused_before_any_prompt(shim_uri: tuple[str, Any],
                                                   vault_dir: Path) -> None:
    uri, control = shim_uri
    _create(vault_dir, uri).close()
    control.max_tries = 3
    control.tries_left = 0
    before = files_state(vault_dir)
    user = ScriptedUser()
    with pytest.raises(errors.PinLocked):
        Vault.open(vault_dir, interaction=user)
    assert user.requests == [] and files_state(vault_dir) == before


TOKEN_CHILD = """
import os, signal, sys
from app.vault import Vault, audit, keys
folder, pin, name = sys.argv[1], sys.argv[2], sys.argv[3]
owner = audit if name == "record" else keys
real = getattr(owner, name)
def killer(*args, **kwargs):
    if name == "record":  # the SQLCipher rekey ran already
        os.kill(os.getpid(), signal.SIGKILL)
    real(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)
with Vault.open(folder, pin=pin) as v:
    setattr(owner, name, killer)
    v.rekey(pin=pin)
"""


@pytest.mark.parametrize("name", ["write_header", "record"])
def test_killed_token_rotation_opens_with_old_or_new_key(
    softhsm: SoftHsm, vault_dir: Path, tmp_path: Path, name: str
) -> None:
    import os
    import signal
    import subprocess
    import sys

    src = tmp_path / "c.pdf"
    src.write_bytes(b"%PDF-1.7\n token rotation " * 50)
    with _create(vault_dir, softhsm.uri(object="seal-ec")) as v:
        doc = v.archive_file(src, NewDocument(name="c.pdf", origin="import")).record
    before = _header(vault_dir)["token"]["wrapped"]
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(  # noqa: S603 - fixed argv
        [sys.executable, "-c", TOKEN_CHILD, str(vault_dir), PIN, name],
        env={**os.environ, "PYTHONPATH": str(root)}, capture_output=True, text=True,
        timeout=60, cwd=root,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert "pending" in _header(vault_dir)  # killed mid-rotation
    user = ScriptedUser(PIN)
    with Vault.open(vault_dir, interaction=user) as v:  # one PIN for both wrapped keys
        from app.vault.check import check_vault

        assert v.header.pending is None and check_vault(v).ok
        assert b"".join(v.read_document(doc.id)) == src.read_bytes()
    assert len(user.requests) == 1
    rotated = _header(vault_dir)["token"]["wrapped"] != before
    assert rotated == (name == "record")


def test_cli_init_list_rekey_check_with_a_token(
    softhsm: SoftHsm, vault_dir: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app.cli.main import main

    monkeypatch.setenv("VPIN", PIN)
    base = ["--vault", str(vault_dir), "--pin-env", "VPIN", "--json"]
    assert main(["vault", "init", "--token-key", softhsm.uri(object="seal-rsa"), *base]) == 0
    created = json.loads(capsys.readouterr().out)
    assert created["unlock"] == "token" and created["token"]["scheme"] == "rsa-oaep-sha1"
    assert main(["vault", "list", *base]) == 0
    assert json.loads(capsys.readouterr().out) == {"documents": []}
    assert main(["vault", "rekey", "--token-key", softhsm.uri(object="seal-ec"), *base]) == 0
    assert json.loads(capsys.readouterr().out)["token"]["key"] == "seal-ec"
    assert main(["vault", "check", *base]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["audit"]["ok"]
    monkeypatch.setenv("VPIN", "000000")
    assert main(["vault", "list", *base]) != 0  # wrong PIN: an error, never a retry
    assert "pin_incorrect" in capsys.readouterr().out
