"""Signatures made on SoftHSM through Pkcs11Signer, checked by independent verifiers.

Raw signatures are verified with ``cryptography`` against the certificate's public key; whole
PDF signatures with pyHanko's validator and poppler's pdfsig.
"""

from __future__ import annotations

import asyncio
import subprocess
import threading
from collections.abc import Callable, Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import pkcs11._pkcs11 as p11_impl
import pymupdf
import pytest
from asn1crypto import algos
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

import crypto.tokens.pkcs11.worker as worker_module
from crypto.errors import Cancelled, PinIncorrect, TokenRemoved
from crypto.tokens.base import CertificateInfo
from crypto.tokens.pkcs11 import (
    Pkcs11Session,
    Pkcs11Signer,
    close_module,
    module_worker,
    open_session,
    scan_tokens,
)
from tests.conftest import require_tool
from tests.fixtures.softhsm import PINS, TOKEN_A, ScriptedUser, SoftHsm

pytestmark = pytest.mark.hsm

_HASHES = {"sha256": hashes.SHA256(), "sha384": hashes.SHA384(), "sha512": hashes.SHA512()}


@pytest.fixture
def user() -> ScriptedUser:
    return ScriptedUser()


@pytest.fixture
def session(softhsm: SoftHsm, user: ScriptedUser) -> Iterator[Pkcs11Session]:
    with open_session(softhsm.uri(TOKEN_A), user, pin=PINS[TOKEN_A]) as opened:
        yield opened


def _cert(session: Pkcs11Session, label: str) -> CertificateInfo:
    return session.select(f"pkcs11:object={label}")


def _public_key(info: CertificateInfo) -> Any:
    return x509.load_der_x509_certificate(info.certificate.dump()).public_key()


def _sign(signer: Pkcs11Signer, data: bytes, digest: str = "sha256", **kw: Any) -> bytes:
    return asyncio.run(signer.async_sign_raw(data, digest, **kw))


# --- raw signatures -------------------------------------------------------------------------


@pytest.mark.parametrize("digest", sorted(_HASHES))
def test_rsa_pkcs1v15(session: Pkcs11Session, digest: str) -> None:
    info = _cert(session, "seal-rsa")
    signature = _sign(session.signer(info), b"contract body", digest)
    _public_key(info).verify(signature, b"contract body", padding.PKCS1v15(), _HASHES[digest])


@pytest.mark.parametrize("digest", sorted(_HASHES))
def test_rsa_pss_salt_is_digest_length(session: Pkcs11Session, digest: str) -> None:
    info = _cert(session, "seal-rsa")
    signer = session.signer(info, use_pss=True)
    signature = _sign(signer, b"contract body", digest)
    md = _HASHES[digest]
    pss = padding.PSS(mgf=padding.MGF1(md), salt_length=md.digest_size)
    _public_key(info).verify(signature, b"contract body", pss, md)
    mech = signer.get_signature_mechanism_for_digest(digest)
    assert mech["algorithm"].native == "rsassa_pss"
    assert mech["parameters"]["salt_length"].native == md.digest_size
    assert mech["parameters"]["mask_gen_algorithm"]["parameters"]["algorithm"].native == digest


def test_ecdsa_is_der(session: Pkcs11Session) -> None:
    info = _cert(session, "seal-ec")
    signature = _sign(session.signer(info), b"contract body")
    algos.DSASignature.load(signature).native  # noqa: B018 - DER SEQUENCE { r, s }
    _public_key(info).verify(signature, b"contract body", ec.ECDSA(hashes.SHA256()))


def test_signer_exposes_certificate_chain_and_mechanism(session: Pkcs11Session) -> None:
    info = _cert(session, "seal-ec")
    signer = session.signer(info, digest_algorithm="sha384")
    assert signer.signing_cert is not None
    assert signer.signing_cert.dump() == info.certificate.dump()
    registry = {c.dump() for c in signer.cert_registry}
    assert {c.dump() for c in info.chain} <= registry and len(info.chain) == 2
    assert signer.signature_mechanism is not None
    assert signer.signature_mechanism["algorithm"].native == "sha384_ecdsa"
    assert session.signer(info).signature_mechanism is None  # pyHanko chooses the digest


def test_dry_run_has_the_right_size_and_never_touches_the_token(
    softhsm: SoftHsm, user: ScriptedUser
) -> None:
    session = open_session(softhsm.uri(TOKEN_A), user, pin=PINS[TOKEN_A])
    rsa_signer = session.signer(_cert(session, "seal-rsa"))
    ec_signer = session.signer(_cert(session, "seal-ec"))
    aa_signer = session.signer(_cert(session, "seal-ec-aa"))
    real_ec = _sign(ec_signer, b"x")
    session.close()  # from here on, any call into the token raises
    assert len(_sign(rsa_signer, b"x", dry_run=True)) == 256
    assert len(_sign(ec_signer, b"x", dry_run=True)) >= len(real_ec)
    assert len(_sign(aa_signer, b"x", dry_run=True)) == 72  # and no PIN prompt
    assert user.requests == []


def test_concurrent_signatures_share_the_module_thread(session: Pkcs11Session) -> None:
    info = _cert(session, "seal-rsa")
    signer = session.signer(info)

    async def many() -> list[bytes]:
        return await asyncio.gather(
            *(signer.async_sign_raw(f"doc {i}".encode(), "sha256") for i in range(8))
        )

    for i, signature in enumerate(asyncio.run(many())):
        _public_key(info).verify(signature, f"doc {i}".encode(), padding.PKCS1v15(),
                                 hashes.SHA256())


# --- threads --------------------------------------------------------------------------------


def _recording(
    monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, seen: list[str]
) -> None:
    original: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        seen.append(threading.current_thread().name)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)


def test_c_sign_runs_on_the_module_thread(
    monkeypatch: pytest.MonkeyPatch, session: Pkcs11Session
) -> None:
    seen: list[str] = []
    # python-pkcs11's SignMixin._sign is the Python frame right above C_SignInit/C_Sign
    _recording(monkeypatch, p11_impl.SignMixin, "_sign", seen)  # type: ignore[attr-defined]
    info = _cert(session, "seal-ec")
    _public_key(info).verify(_sign(session.signer(info), b"x"), b"x", ec.ECDSA(hashes.SHA256()))
    assert seen == ["pkcs11:libsofthsm2.so"]
    assert threading.current_thread().name != seen[0]


def test_loading_and_scanning_run_on_the_module_thread(
    monkeypatch: pytest.MonkeyPatch, softhsm: SoftHsm
) -> None:
    loads: list[str] = []
    infos: list[str] = []
    _recording(monkeypatch, worker_module.pkcs11, "lib", loads)
    _recording(monkeypatch, worker_module.RawModule, "token_info", infos)
    close_module(softhsm.module)  # the next use loads it again (C_Finalize, C_Initialize)
    worker = module_worker(softhsm.module)
    assert {t.label for t in scan_tokens([softhsm.module])} >= {TOKEN_A}
    assert loads == [worker.thread_name] == ["pkcs11:libsofthsm2.so"]
    assert infos and set(infos) == {worker.thread_name}
    assert worker.submit(lambda: threading.current_thread().name).result() == worker.thread_name


# --- context-specific login (CKA_ALWAYS_AUTHENTICATE) ----------------------------------------


def test_always_authenticate_asks_before_every_signature(softhsm: SoftHsm) -> None:
    user = ScriptedUser(PINS[TOKEN_A], PINS[TOKEN_A])
    with open_session(softhsm.uri(TOKEN_A), user, pin=PINS[TOKEN_A]) as session:
        info = _cert(session, "seal-ec-aa")
        signer = session.signer(info)
        for data in (b"first", b"second"):
            _public_key(info).verify(_sign(signer, data), data, ec.ECDSA(hashes.SHA256()))
    assert [r.context_specific for r in user.requests] == [True, True]
    assert all(r.token_label == TOKEN_A for r in user.requests)


def test_always_authenticate_cancel_and_wrong_pin(softhsm: SoftHsm) -> None:
    user = ScriptedUser(None, "999999", PINS[TOKEN_A])
    with open_session(softhsm.uri(TOKEN_A), user, pin=PINS[TOKEN_A]) as session:
        info = _cert(session, "seal-ec-aa")
        signer = session.signer(info)
        with pytest.raises(Cancelled):
            _sign(signer, b"doc")
        with pytest.raises(PinIncorrect):
            _sign(signer, b"doc")
        # the failed login left SoftHSM's sign operation active; the next signature still works
        _public_key(info).verify(_sign(signer, b"doc"), b"doc", ec.ECDSA(hashes.SHA256()))
    assert len(user.requests) == 3


# --- the token going away -------------------------------------------------------------------


def test_session_gone_during_signing_is_token_removed(session: Pkcs11Session) -> None:
    signer = session.signer(_cert(session, "seal-rsa"))
    # what a pulled-out USB key looks like to the next call: the module forgot our session
    # (real removal, CKR_DEVICE_REMOVED, is emulated by the p11shim tests)
    session._worker.call(session._handle.close)
    with pytest.raises(TokenRemoved) as info:
        _sign(signer, b"doc")
    assert info.value.code == "token_removed" and "nothing was written" in str(info.value)


# --- whole PDF signatures -------------------------------------------------------------------


def _blank_pdf() -> bytes:
    doc = pymupdf.open()
    doc.new_page()
    data = doc.tobytes()
    doc.close()
    return bytes(data)


def _sign_pdf(signer: Pkcs11Signer) -> bytes:
    writer = IncrementalPdfFileWriter(BytesIO(_blank_pdf()))
    meta = signers.PdfSignatureMetadata(field_name="Seal")
    return signers.sign_pdf(writer, meta, signer=signer).getvalue()


@pytest.mark.parametrize(("label", "use_pss"), [("seal-rsa", False), ("seal-rsa", True),
                                                ("seal-ec", False)])
def test_pdf_signature_validates(
    session: Pkcs11Session, tmp_path: Path, label: str, use_pss: bool
) -> None:
    info = _cert(session, label)
    signed = _sign_pdf(session.signer(info, use_pss=use_pss))
    embedded = PdfFileReader(BytesIO(signed)).embedded_signatures[0]
    context = ValidationContext(trust_roots=[info.chain[-1]], allow_fetching=False,
                                revocation_mode="soft-fail")
    status = validate_pdf_signature(embedded, context)
    assert status.intact and status.valid, status.pretty_print_details()
    algorithm = embedded.signer_info["signature_algorithm"]
    expected = {"seal-ec": "sha256_ecdsa", "seal-rsa": "rsassa_pss" if use_pss else "sha256_rsa"}
    assert algorithm["algorithm"].native == expected[label]
    if use_pss:
        assert algorithm["parameters"]["salt_length"].native == 32
    if not use_pss:  # poppler/NSS as a second, independent verifier
        pdfsig = require_tool("pdfsig")
        path = tmp_path / "signed.pdf"
        path.write_bytes(signed)
        out = subprocess.run([pdfsig, str(path)], capture_output=True, text=True, check=False)
        assert "Signature is Valid" in out.stdout, out.stdout + out.stderr
