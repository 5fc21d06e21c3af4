"""SM2 keys on PKCS#11 tokens with vendor-defined mechanisms, against sm2p11 — a PKCS#11 module
built from C in the tests (tests/hsm/sm2p11/sm2p11.c) whose SM2 key type, mechanism numbers,
input (host-computed e, or the message) and signature format (DER or r‖s) are chosen per test,
signing with OpenSSL.  Every PDF signature is checked by our validator and by the OpenSSL CLI.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from crypto import errors
from crypto.sm.p11profile import load_profile, parse_profile
from crypto.tokens.pkcs11 import Pkcs11Uri, close_module, open_uri
from crypto.tokens.pkcs11.mechanism_errors import MechanismMissing, Sm2ProfileError
from tests.fixtures.sm2pki import Sm2Pki, openssl_verifies
from tests.fixtures.softhsm import ScriptedUser
from tests.fixtures.verify import pyhanko_verdicts

pytestmark = pytest.mark.hsm
SOURCE = Path(__file__).resolve().parent / "sm2p11" / "sm2p11.c"
HEADER = Path(__file__).resolve().parent / "p11shim" / "p11shim.h"
BUILD_DIR = Path(__file__).resolve().parents[1] / "_build"
PIN = "123456"
TOKEN = "SM2 Test Token"
KEY_TYPE, MECH_E, MECH_M = 0x80000001, 0x80000004, 0x00010004


def build_sm2p11(gcc: str) -> Path:
    """Compile the module into tests/_build (cached by a hash of its sources)."""
    flags = ["-std=c11", "-shared", "-fPIC", "-O2", "-Wall", "-Wextra", "-Werror"]
    key = hashlib.sha256(SOURCE.read_bytes() + HEADER.read_bytes() + " ".join(flags).encode())
    final = BUILD_DIR / f"sm2p11-{key.hexdigest()[:16]}.so"
    if final.exists():
        return final
    BUILD_DIR.mkdir(parents=True, exist_ok=True)
    tmp = BUILD_DIR / f".{final.name}.{os.getpid()}.tmp"
    done = subprocess.run([gcc, *flags, "-o", str(tmp), str(SOURCE), "-lcrypto"],  # noqa: S603
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise RuntimeError(f"building sm2p11 failed:\n{done.stderr}")
    os.replace(tmp, final)
    return final


@pytest.fixture(scope="session")
def sm2p11_module() -> Path:
    from tests.conftest import require_tool

    gcc = require_tool("gcc")
    if not Path("/usr/include/openssl/evp.h").exists():
        pytest.skip("OpenSSL headers (libssl-dev) are needed to build sm2p11")
    return build_sm2p11(gcc)


class Token:
    """The module, configured for one test, and helpers to name its key."""

    def __init__(self, module: Path, pki: Sm2Pki, folder: Path) -> None:
        self.module, self.pki, self.folder = module, pki, folder

    def configure(self, monkeypatch: pytest.MonkeyPatch, **env: str) -> None:
        cert = self.folder / "seal.der"
        cert.write_bytes(self.pki.cert("seal").dump())
        settings = {"SM2P11_KEY": str(self.pki.path("seal.key")), "SM2P11_CERT": str(cert),
                    "SM2P11_PIN": PIN, **env}
        for name in ("SM2P11_MECHS", "SM2P11_SIGFMT", "SM2P11_KEYTYPE"):
            monkeypatch.delenv(name, raising=False)
        for name, value in settings.items():
            monkeypatch.setenv(name, value)
        close_module(str(self.module))  # C_Initialize reads the environment

    @property
    def uri(self) -> str:
        return str(Pkcs11Uri(token=TOKEN, object="sm2-seal", module_path=str(self.module)))

    def profile(self, name: str, **fields: Any) -> Path:
        doc = {"name": name, "key_type": f"{KEY_TYPE:#x}", "mechanism": f"{MECH_E:#x}",
               "input": "digest", "signature": "raw", **fields}
        path = self.folder / f"{name}.json"
        path.write_text(json.dumps(doc), "utf-8")
        return path


@pytest.fixture
def token(sm2p11_module: Path, sm2_pki: Sm2Pki, tmp_path: Path,
          monkeypatch: pytest.MonkeyPatch) -> Iterator[Token]:
    t = Token(sm2p11_module, sm2_pki, tmp_path)
    t.configure(monkeypatch)
    yield t
    close_module(str(sm2p11_module))


def _sign_cli(token: Token, contract: Path, out: Path, profile: Path,
              monkeypatch: pytest.MonkeyPatch, capsys: Any, *extra: str) -> dict[str, Any]:
    from app.cli.main import main

    monkeypatch.setenv("SM2PIN", PIN)
    code = main(["sign", str(contract), "-o", str(out), "--key", token.uri, "--pin-env",
                 "SM2PIN", "--sm2-profile", str(profile), "--chain",
                 str(token.pki.path("inter.pem")), "--level", "B-B", "--json", *extra])
    doc: dict[str, Any] = json.loads(capsys.readouterr().out)
    assert code == 0, doc
    return doc


def _check_independently(token: Token, out: Path, tmp_path: Path,
                         distid: str = "1234567812345678") -> None:
    with open(out, "rb") as fh:
        [sig] = PdfFileReader(fh, strict=False).embedded_regular_signatures
        attrs = sig.signer_info["signed_attrs"].untag().dump()
        signature = sig.signer_info["signature"].native
        assert sig.signer_info["digest_algorithm"]["algorithm"].native == "sm3"
    if distid == "1234567812345678":
        assert openssl_verifies(token.pki.openssl, token.pki.path("seal.pub.pem"), attrs,
                                signature, tmp_path)
    else:  # the OpenSSL CLI with the signer ID given
        (tmp_path / "m.bin").write_bytes(attrs)
        (tmp_path / "s.der").write_bytes(signature)
        proc = subprocess.run(  # noqa: S603
            [token.pki.openssl, "dgst", "-sm3", "-verify", str(token.pki.path("seal.pub.pem")),
             "-sigopt", f"distid:{distid}", "-signature", str(tmp_path / "s.der"),
             str(tmp_path / "m.bin")], capture_output=True, text=True, timeout=30)
        assert "Verified OK" in proc.stdout, proc.stderr


@pytest.mark.parametrize(("mode", "mechanism", "fmt"), [
    ("digest", MECH_E, "raw"),  # CKM_SM2 style: e from the host, r||s back
    ("message", MECH_M, "der"),  # CKM_SM2_SM3 style: the token hashes, DER back
])
def test_cli_signs_a_pdf_with_a_vendor_sm2_mechanism(
    token: Token, sm2_pki: Sm2Pki, contract: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: Any, mode: str, mechanism: int, fmt: str,
) -> None:
    token.configure(monkeypatch, SM2P11_SIGFMT=fmt)
    profile = token.profile(f"example-{mode}", mechanism=f"{mechanism:#x}", input=mode,
                            signature=fmt)
    out = tmp_path / "signed.pdf"
    doc = _sign_cli(token, contract, out, profile, monkeypatch, capsys)
    assert doc["files"][0]["status"] == "signed"
    assert doc["signer"]["key"].startswith("sm2")
    _check_independently(token, out, tmp_path)
    [verdict] = pyhanko_verdicts(out, [sm2_pki.cert("root")])
    assert verdict.intact and verdict.crypto_valid and verdict.trusted


def test_signer_id_from_the_cli(token: Token, contract: Path, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    out = tmp_path / "signed.pdf"
    _sign_cli(token, contract, out, token.profile("digest"), monkeypatch, capsys,
              "--sm2-signer-id", "ALICE123@example")
    _check_independently(token, out, tmp_path, distid="ALICE123@example")
    with pytest.raises(AssertionError):  # the default ID does not verify it: the ID is used
        _check_independently(token, out, tmp_path)


def test_message_profile_refuses_another_signer_id(token: Token) -> None:
    from crypto.sm.p11profile import Sm2Profile

    profile = load_profile(token.profile("m", mechanism=f"{MECH_M:#x}", input="message"))
    assert isinstance(profile, Sm2Profile)
    with open_uri(token.uri, ScriptedUser(PIN), sm2_profile=profile) as session:
        session.signer_id = b"another id"
        [cert] = session.certificates()
        with pytest.raises(Sm2ProfileError):
            session.signer(cert)


def test_mechanism_missing_from_the_token(token: Token, monkeypatch: pytest.MonkeyPatch) -> None:
    token.configure(monkeypatch, SM2P11_MECHS=f"{MECH_M:#x}")  # the token lacks MECH_E
    profile = load_profile(token.profile("digest"))
    with open_uri(token.uri, ScriptedUser(PIN), sm2_profile=profile) as session:
        [cert] = session.certificates()
        assert cert.usable
        with pytest.raises(MechanismMissing) as info:
            session.signer(cert)
    assert info.value.code == "token_mechanism_missing" and "0x80000004" in str(info.value)


def test_without_or_with_a_wrong_profile_the_key_is_not_offered(token: Token) -> None:
    with open_uri(token.uri, ScriptedUser(PIN)) as session:
        [cert] = session.certificates()
        assert cert.key_type == "sm2" and "--sm2-profile" in str(cert.hidden_reason)
    profile = load_profile(token.profile("other", key_type="0x80000004"))
    with open_uri(token.uri, ScriptedUser(PIN), sm2_profile=profile) as session:
        [cert] = session.certificates()
        assert "0x80000001" in str(cert.hidden_reason)
        with pytest.raises(errors.CertificateError):
            session.signer(cert)


def test_wrong_pin_is_clear(token: Token) -> None:
    profile = load_profile(token.profile("digest"))
    user = ScriptedUser("000000")
    with pytest.raises(errors.PinIncorrect):
        open_uri(token.uri, user, sm2_profile=profile)
    assert len(user.requests) == 1


def test_bad_profiles_are_refused(tmp_path: Path) -> None:
    with pytest.raises(Sm2ProfileError):
        parse_profile({"key_type": "0x80000001", "mechanism": "SM2", "input": "digest"}, "x")
    with pytest.raises(Sm2ProfileError):
        parse_profile({"key_type": "0x80000001", "mechanism": 1, "input": "hash"}, "x")
    bad = tmp_path / "p.json"
    bad.write_text("{", "utf-8")
    with pytest.raises(Sm2ProfileError):
        load_profile(bad)
    ec = parse_profile({"key_type": "CKK_EC", "mechanism": "0x1", "input": "digest"}, "x")
    assert ec.key_type_name == "ec" and ec.signature == "der"


def test_example_profiles_parse() -> None:
    examples = Path(__file__).resolve().parents[2] / "resources" / "sm2-profiles"
    doc = json.loads((examples / "examples.json").read_text("utf-8"))
    assert doc["profiles"] and "EXAMPLE" in doc["note"].upper()
    for profile in doc["profiles"]:
        parse_profile(profile, profile["name"])


def test_tokens_lists_sm2_keys_and_skf_devices(
    token: Token, skfsim_library: Path, skf_device: Any, monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
) -> None:
    from app.cli.main import main

    monkeypatch.setenv("SM2PIN", PIN)
    code = main(["tokens", "--module", str(token.module), "--pin-env", "SM2PIN", "--token", TOKEN,
                 "--sm2-profile", str(token.profile("digest")), "--skf", str(skfsim_library),
                 "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0, doc
    [listed] = [t for t in doc["tokens"] if t["label"] == TOKEN]
    [cert] = listed["certificates"]
    assert cert["usable"] and cert["key"] == "sm2-256"
    [device] = doc["skf_devices"]
    assert device["label"] == "ACME Seal" and device["tries_left"] == 3
    assert main(["tokens", "--module", str(token.module), "--skf", str(skfsim_library)]) == 0
    text = capsys.readouterr().out
    assert "ACME Seal" in text and "SIM0001" in text
