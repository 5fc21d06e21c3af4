"""`sealdesk tokens` and `sealdesk sign --key URI` against a real SoftHSM token (and the shim)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from app.cli.main import main
from crypto.tokens.pkcs11 import close_module
from tests.fixtures.docs import make_batch, sha256
from tests.fixtures.softhsm import PINS, TOKEN_A, TOKEN_B, SoftHsm
from tests.fixtures.verify import assert_pdfsig_valid, pyhanko_verdicts

pytestmark = [pytest.mark.hsm, pytest.mark.net]


@pytest.fixture(autouse=True)
def _pins(monkeypatch):
    monkeypatch.setenv("PIN", PINS[TOKEN_A])
    monkeypatch.setenv("BADPIN", "000000")


def run(capsys, *args: str) -> tuple[int, dict]:
    code = main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_tokens_lists_both_tokens_without_login(softhsm: SoftHsm, capsys):
    code, doc = run(capsys, "tokens", "--module", softhsm.module)
    assert code == 0
    labels = {t["label"]: t for t in doc["tokens"]}
    assert {TOKEN_A, TOKEN_B} <= set(labels)
    # without a PIN: only what the token shows before login (certificates, judged alone)
    assert not labels[TOKEN_A]["logged_in"]
    public = {c["label"]: c for c in labels[TOKEN_A]["certificates"]}
    assert public["seal-rsa"]["usable"] and not public["expired"]["usable"]
    assert labels[TOKEN_A]["state"] == "ok"
    assert labels[TOKEN_A]["uri"].startswith("pkcs11:")


def test_tokens_with_pin_lists_keys_and_why_some_are_hidden(softhsm: SoftHsm, capsys, monkeypatch):
    code, doc = run(capsys, "tokens", "--module", softhsm.module, "--pin-env", "PIN",
                    "--token", TOKEN_A)
    assert code == 0
    token_a = next(t for t in doc["tokens"] if t["label"] == TOKEN_A)
    assert token_a["logged_in"]
    certs = {c["label"]: c for c in token_a["certificates"]}
    assert certs["seal-rsa"]["usable"] and certs["seal-rsa"]["key"] == "rsa-2048"
    assert not certs["expired"]["usable"] and "expired" in certs["expired"]["hidden_reason"]
    assert not certs["no-sign-usage"]["usable"]
    assert "object=seal-rsa" in certs["seal-rsa"]["uri"]
    # token B has another PIN, which was never tried on it (a wrong PIN counts towards a lock)
    token_b = next(t for t in doc["tokens"] if t["label"] == TOKEN_B)
    assert not token_b["logged_in"] and "error" not in token_b


def test_a_pin_is_never_tried_on_several_tokens(softhsm: SoftHsm, capsys):
    code = main(["tokens", "--module", softhsm.module, "--pin-env", "PIN", "--json"])
    assert code == 2  # usage: name the token
    assert "--token" in json.loads(capsys.readouterr().out)["error"]["message"]


@pytest.mark.parametrize("label", ["seal-rsa", "seal-ec"])
def test_sign_with_token_key(label, softhsm: SoftHsm, contract, test_pki, pki_server, capsys, tmp_path):
    out = tmp_path / "signed.pdf"
    before = sha256(contract)
    code, doc = run(capsys, "sign", str(contract), "-o", str(out), "--key",
                    softhsm.uri(object=label), "--pin-env", "PIN", "--level", "B-T",
                    "--tsa", pki_server.tsa_url, "--at-text", "盖章处", "--seal-text", "%(signer)s")
    assert code == 0, doc
    assert sha256(contract) == before
    [v] = pyhanko_verdicts(out, [test_pki.root.cert], online=True)
    assert v.indication == "TOTAL-PASSED" and v.timestamp_time
    assert_pdfsig_valid(out, count=1)


def test_token_batch_on_workers(softhsm: SoftHsm, contract_template, test_pki, capsys, tmp_path):
    """A batch signs on worker processes while every signature comes from the token's thread."""
    files = make_batch(contract_template, tmp_path / "in", 10, "c{}.pdf")
    code, doc = run(capsys, "sign", *map(str, files), "--out-dir", str(tmp_path / "out"),
                    "--key", softhsm.uri(object="seal-rsa"), "--pin-env", "PIN", "--level", "B-B")
    assert code == 0, doc
    assert doc["summary"]["signed"] == 10
    for f in files:
        out = tmp_path / "out" / f"{f.stem}.signed.pdf"
        [v] = pyhanko_verdicts(out, [test_pki.root.cert])
        assert v.indication == "TOTAL-PASSED"


def test_wrong_pin_fails_once_without_output(softhsm: SoftHsm, contract, capsys, tmp_path):
    out = tmp_path / "signed.pdf"
    code, doc = run(capsys, "sign", str(contract), "-o", str(out), "--key",
                    softhsm.uri(object="seal-rsa"), "--pin-env", "BADPIN", "--level", "B-B")
    assert code == 1
    assert doc["error"]["code"] == "pin_incorrect"
    assert not out.exists() and list(tmp_path.glob(".*.part")) == []


def test_ambiguous_key_is_refused(softhsm: SoftHsm, contract, capsys, tmp_path):
    code, doc = run(capsys, "sign", str(contract), "-o", str(tmp_path / "x.pdf"), "--key",
                    softhsm.uri(), "--pin-env", "PIN", "--level", "B-B")
    assert code == 1
    assert doc["error"]["code"] == "key_not_found"
    assert "seal-rsa" in doc["error"]["message"]


def test_expired_key_on_token_is_refused(softhsm: SoftHsm, contract, capsys, tmp_path):
    code, doc = run(capsys, "sign", str(contract), "-o", str(tmp_path / "x.pdf"), "--key",
                    softhsm.uri(object="expired"), "--pin-env", "PIN", "--level", "B-B")
    assert code == 1
    assert doc["error"]["code"] == "certificate_expired"


def test_missing_module_is_clear(contract, capsys, tmp_path):
    code, doc = run(capsys, "sign", str(contract), "-o", str(tmp_path / "x.pdf"), "--key",
                    "pkcs11:token=X?module-path=/nonexistent/libvendor.so", "--pin-env", "PIN",
                    "--level", "B-B")
    assert code == 1
    assert doc["error"]["code"] == "module_not_found"
    assert "/nonexistent/libvendor.so" in doc["error"]["message"]


# --- through the fault-injection shim: a locked token, a token pulled out mid-batch ----------


@pytest.fixture
def shim(softhsm: SoftHsm, p11shim: Any, p11shim_control: Any) -> Iterator[tuple[str, Any]]:
    path = str(p11shim)
    close_module(path)
    yield path, p11shim_control
    close_module(path)


def test_locked_token_gives_clear_error_and_no_prompt(shim, contract, capsys, tmp_path):
    path, control = shim
    control.max_tries = 3
    control.tries_left = 0
    code, doc = run(capsys, "sign", str(contract), "-o", str(tmp_path / "x.pdf"), "--key",
                    f"pkcs11:token=SealDesk%20Test%20A;object=seal-rsa?module-path={path}",
                    "--pin-env", "PIN", "--level", "B-B")
    assert code == 1
    assert doc["error"]["code"] == "pin_locked"
    assert "C_Login" not in control.calls()


def test_token_removed_mid_batch_stops_cleanly(shim, contract_template, capsys, tmp_path):
    path, control = shim
    files = make_batch(contract_template, tmp_path / "in", 3, "c{}.pdf")
    control.remove_on_next_sign()
    code, doc = run(capsys, "sign", *map(str, files), "--out-dir", str(tmp_path / "out"), "--key",
                    f"pkcs11:token=SealDesk%20Test%20A;object=seal-rsa?module-path={path}",
                    "--pin-env", "PIN", "--level", "B-B")
    assert code == 1
    codes = [f["error"]["code"] for f in doc["files"]]
    assert codes == ["token_removed"] * 3
    assert not any((tmp_path / "out").iterdir())
    for f in files:
        with open(f, "rb") as fh:
            assert len(PdfFileReader(fh).embedded_signatures) == 0
    assert Path(path).exists()
