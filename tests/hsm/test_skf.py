"""The SKF backend against skfsim, an SKF library built from C (tests/hsm/skfsim): devices,
applications and containers, PIN counter and lock, removal, and SM2 signatures whose e the host
computes — every signature checked by OpenSSL and gmssl, not by our own code alone."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from app.identity import IdentitySpec, open_identity
from crypto import errors
from crypto.sm import sm2
from crypto.tokens.base import PinRequest
from crypto.tokens.skf import SkfKeySession, open_skf, scan
from tests.fixtures.skfsim import PIN
from tests.fixtures.sm2pki import gmssl_verifies, openssl_verifies

pytestmark = pytest.mark.hsm


class Prompt:
    """An Interaction that answers PIN prompts from a list and records each request."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.requests: list[PinRequest] = []
        self.messages: list[str] = []

    def ask_pin(self, request: PinRequest) -> str | None:
        self.requests.append(request)
        if not self.answers:
            raise AssertionError("the PIN was asked for unexpectedly")
        return self.answers.pop(0)

    def notify(self, message: str) -> None:
        self.messages.append(message)

    def confirm(self, question: str) -> bool:
        return False


def test_scan_lists_the_device_without_a_pin(skfsim_library, skf_device):
    [device] = scan(skfsim_library)
    assert device.name == "SealDesk SKF Sim 0"
    assert device.label == "ACME Seal" and device.serial == "SIM0001"
    assert device.applications == ("SealApp",)
    assert (device.tries_left, device.max_tries) == (3, 3)


def test_no_device(skfsim_library, skf_device):
    skf_device.remove()
    assert scan(skfsim_library) == []
    with pytest.raises(errors.NoToken):
        open_skf(skfsim_library, Prompt(PIN))


def test_login_lists_the_sm2_certificate_and_signs_e(skfsim_library, skf_device, sm2_pki,
                                                    tmp_path):
    prompt = Prompt(PIN)
    session = open_skf(skfsim_library, prompt)
    try:
        [request] = prompt.requests
        assert request.token_label == "ACME Seal" and request.serial == "SIM0001"
        assert request.attempts_remaining == 3 and not request.final_try
        [info] = session.certificates()
        assert info.usable and info.key_type == "sm2" and info.label == "SealApp/seal"
        assert info.certificate.dump() == sm2_pki.cert("seal").dump()
        message = b"DER signed attributes, as pyHanko would pass them"
        signer = session.signer(info)
        signature = asyncio.run(signer.async_sign_raw(message, "sm3"))
        point = sm2.public_point(info.certificate.public_key)
        assert openssl_verifies(sm2_pki.openssl, sm2_pki.path("seal.pub.pem"), message,
                                signature, tmp_path)
        assert gmssl_verifies(point, message, signature)
        assert session._run(lambda: threading.current_thread().name).startswith("skf-")
    finally:
        session.close()
    session.close()  # twice is fine


def test_wrong_pin_counts_down_then_locks(skfsim_library, skf_device):
    with pytest.raises(errors.PinIncorrect) as first:
        open_skf(skfsim_library, Prompt("000000"))
    assert first.value.attempts_remaining == 2
    prompt = Prompt("111111")
    with pytest.raises(errors.PinIncorrect) as second:
        open_skf(skfsim_library, prompt)
    assert second.value.attempts_remaining == 1
    assert prompt.requests[0].attempts_remaining == 2 and prompt.requests[0].count_low
    prompt = Prompt("222222")
    with pytest.raises(errors.PinLocked):
        open_skf(skfsim_library, prompt)
    assert prompt.requests[0].final_try
    assert skf_device.tries == 0
    with pytest.raises(errors.PinLocked):  # not even asked any more
        open_skf(skfsim_library, Prompt())


def test_right_pin_resets_the_counter(skfsim_library, skf_device):
    with pytest.raises(errors.PinIncorrect):
        open_skf(skfsim_library, Prompt("000000"))
    open_skf(skfsim_library, Prompt(PIN)).close()
    assert skf_device.tries == 3


def test_cancelled_prompt(skfsim_library, skf_device):
    with pytest.raises(errors.Cancelled):
        open_skf(skfsim_library, Prompt(None))
    assert skf_device.tries == 3


def test_removed_while_signing(skfsim_library, skf_device):
    session = open_skf(skfsim_library, Prompt(PIN))
    try:
        [info] = session.certificates()
        signer = session.signer(info)
        skf_device.remove()
        with pytest.raises(errors.TokenRemoved):
            asyncio.run(signer.async_sign_raw(b"m", "sm3"))
    finally:
        session.close()


def test_non_sm2_and_mismatched_containers_are_not_offered(skfsim_library, skf_device, sm2_pki):
    skf_device.add_container("rsa-box", sm2_pki.path("seal.key").read_bytes(),
                             sm2_pki.cert("p256").dump(), kind=1)
    skf_device.add_container("mixed-up", sm2_pki.path("seal.key").read_bytes(),
                             sm2_pki.cert("inter").dump())
    session = open_skf(skfsim_library, Prompt(PIN))
    try:
        infos = {i.label: i for i in session.certificates()}
    finally:
        session.close()
    assert infos["SealApp/seal"].usable
    assert "not an SM2 key" in infos["SealApp/rsa-box"].hidden_reason
    assert infos["SealApp/mixed-up"].hidden_reason == \
        "the private key does not match the certificate"


def test_missing_or_foreign_library(tmp_path):
    with pytest.raises(errors.SkfLibraryError):
        SkfKeySession(tmp_path / "libnothing.so")
    with pytest.raises(errors.SkfLibraryError):  # loads, but has no SKF_ functions
        SkfKeySession(Path("/lib/x86_64-linux-gnu/libm.so.6"))


def test_sign_documents_in_a_parallel_batch(skfsim_library, skf_device, sm2_pki,
                                            contract_template, tmp_path):
    """Worker processes build the CMS and send M; the main process computes e and the device
    signs it.  Every output is checked independently."""
    from app.signing.batch import FileJob
    from app.signing.runner import SigningRun
    from crypto.pades.options import SignatureLevel, SignOptions
    from tests.fixtures.docs import make_batch

    files = make_batch(contract_template, tmp_path / "in", 8)
    out = tmp_path / "out"
    out.mkdir()
    run = SigningRun(
        identity=IdentitySpec(skf_library=skfsim_library, skf_container="SealApp/seal",
                              chain=(sm2_pki.path("inter.pem"),), pin=PIN),
        options=SignOptions(level=SignatureLevel.B_B),
    )
    prompt = Prompt()
    results = run.execute([FileJob(f, out / f.name) for f in files], prompt)
    assert [r.status for r in results] == ["signed"] * 8, [r.error for r in results]
    assert any("Adobe" in m for m in prompt.messages)
    for f in files:
        with open(out / f.name, "rb") as fh:
            [sig] = PdfFileReader(fh, strict=False).embedded_regular_signatures
            signer_info = sig.signer_info
        attrs = signer_info["signed_attrs"].untag().dump()
        signature = signer_info["signature"].native
        assert openssl_verifies(sm2_pki.openssl, sm2_pki.path("seal.pub.pem"), attrs,
                                signature, tmp_path)


def test_identity_errors_close_the_device(skfsim_library, skf_device):
    with pytest.raises(errors.KeyNotFound):
        open_identity(IdentitySpec(skf_library=skfsim_library, skf_container="nope", pin=PIN),
                      Prompt())
    open_skf(skfsim_library, Prompt(PIN)).close()  # the device is free again


def test_cli_signs_with_the_skf_key(skfsim_library, skf_device, sm2_pki, contract, tmp_path,
                                    capsys, monkeypatch):
    """`sealdesk sign --skf LIB --skf-container APP/NAME`: the CLI path to an SM2 USB key."""
    import json

    from app.cli.main import main

    monkeypatch.setenv("SKFPIN", PIN)
    out = tmp_path / "signed.pdf"
    code = main(["sign", str(contract), "-o", str(out), "--skf", str(skfsim_library),
                 "--skf-container", "SealApp/seal", "--pin-env", "SKFPIN",
                 "--chain", str(sm2_pki.path("inter.pem")), "--level", "B-B", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0, doc
    assert doc["files"][0]["status"] == "signed"
    assert any(w["code"] == "sm2_not_verifiable_in_adobe_reader" for w in doc["signer"]["warnings"])
    with open(out, "rb") as fh:
        [sig] = PdfFileReader(fh, strict=False).embedded_regular_signatures
        attrs = sig.signer_info["signed_attrs"].untag().dump()
        signature = sig.signer_info["signature"].native
    assert openssl_verifies(sm2_pki.openssl, sm2_pki.path("seal.pub.pem"), attrs, signature,
                            tmp_path)
