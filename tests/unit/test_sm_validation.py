"""SM2 validation beyond one signature: an OpenSSL-made SM2 chain with its CRLs and OCSP response
validates in pyhanko-certvalidator through our SignatureValidator (and not without it), every
signature in it also passes ``openssl dgst`` and the gmssl oracle, and GM/T 0010 CMS objects
(SM2-1, GM content types) validate like PKCS#7 ones."""

from __future__ import annotations

import asyncio

import pytest
from asn1crypto import cms, crl, ocsp, pem
from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import PathValidationError

from crypto.sm import sm2
from crypto.sm.keys import load_private_key
from crypto.sm.oids import GM_DATA, GM_SIGNED_DATA, SM2_1
from crypto.sm.validation import signature_validator
from tests.fixtures.sm2pki import gmssl_verifies, openssl_verifies

pytestmark = pytest.mark.unit


def _der(path):
    data = path.read_bytes()
    return pem.unarmor(data)[2] if pem.detect(data) else data


def _signed_objects(pki):
    """(what, tbs DER, signature, signer certificate) for every SM2 signature of the PKI."""
    out = []
    for name, issuer in (("root", "root"), ("inter", "root"), ("seal", "inter"),
                         ("ocsp", "inter")):
        cert = pki.cert(name)
        out.append((name, cert["tbs_certificate"].dump(), cert["signature_value"].native,
                    pki.cert(issuer)))
    for ca in ("root", "inter"):
        lst = crl.CertificateList.load(pki.path(f"{ca}.crl").read_bytes())
        out.append((f"{ca} CRL", lst["tbs_cert_list"].dump(), lst["signature"].native,
                    pki.cert(ca)))
    basic = ocsp.OCSPResponse.load(pki.path("seal.ocsp").read_bytes()).basic_ocsp_response
    out.append(("OCSP", basic["tbs_response_data"].dump(), basic["signature"].native,
                pki.cert("ocsp")))
    return out


def test_every_pki_signature_verifies_with_openssl_gmssl_and_ours(sm2_pki, tmp_path):
    for what, tbs, signature, signer in _signed_objects(sm2_pki):
        pub = tmp_path / "pub.pem"
        pub.write_bytes(pem.armor("PUBLIC KEY", signer.public_key.dump()))
        assert openssl_verifies(sm2_pki.openssl, pub, tbs, signature, tmp_path), what
        point = sm2.public_point(signer.public_key)
        assert gmssl_verifies(point, tbs, signature), what
        signature_validator().validate_signature(
            signature, tbs, signer.public_key, _algorithm("sm3_sm2"))


def _algorithm(name):
    from asn1crypto import algos

    return algos.SignedDigestAlgorithm({"algorithm": name})


def _context(pki, *, validator=True, crls=("root", "inter"), with_ocsp=True):
    kwargs = {"signature_validator": signature_validator()} if validator else {}
    return ValidationContext(
        trust_roots=[pki.cert("root")],
        other_certs=[pki.cert("inter"), pki.cert("ocsp")],
        crls=[pki.path(f"{ca}.crl").read_bytes() for ca in crls],
        ocsps=[pki.path("seal.ocsp").read_bytes()] if with_ocsp else [],
        revocation_mode="require",
        **kwargs,
    )


async def _validate(pki, vc):
    try:
        return await CertificateValidator(pki.cert("seal"), validation_context=vc) \
            .async_validate_usage({"digital_signature"})
    finally:
        await vc.aclose()


def test_sm2_chain_with_crls_validates(sm2_pki):
    path = asyncio.run(_validate(sm2_pki, _context(sm2_pki, with_ocsp=False)))
    assert [c.subject.native["common_name"] for c in path] == [
        "SM2 Test Root CA", "SM2 Test Intermediate CA", "示例科技有限公司 电子印章"]


def test_sm2_ocsp_response_validates_through_our_validator(sm2_pki):
    from pyhanko_certvalidator.errors import OCSPValidationError
    from pyhanko_certvalidator.revinfo.validate_ocsp import verify_ocsp_response

    async def check(response: bytes) -> None:
        vc = _context(sm2_pki, with_ocsp=False)
        path = await CertificateValidator(sm2_pki.cert("seal"), validation_context=vc) \
            .async_validate_usage({"digital_signature"})
        ocsp_vc = ValidationContext(
            trust_roots=[sm2_pki.cert("root")], other_certs=[sm2_pki.cert("inter")],
            crls=[sm2_pki.path(f"{ca}.crl").read_bytes() for ca in ("root", "inter")],
            ocsps=[response], revocation_mode="require",
            signature_validator=signature_validator(),
        )
        try:
            await verify_ocsp_response(sm2_pki.cert("seal"), path, ocsp_vc)
        finally:
            await vc.aclose()
            await ocsp_vc.aclose()

    good = sm2_pki.path("seal.ocsp").read_bytes()
    asyncio.run(check(good))  # the SM2-signed response is accepted
    response = ocsp.OCSPResponse.load(good)
    basic = response.basic_ocsp_response
    r, s = _rs(basic["signature"].native)
    basic["signature"] = _der_rs(r, s ^ 1)
    response["response_bytes"]["response"] = basic
    with pytest.raises(OCSPValidationError):
        asyncio.run(check(response.dump(force=True)))


def test_sm2_chain_with_only_ocsp_for_the_leaf_validates(sm2_pki):
    vc = _context(sm2_pki, crls=("root", "inter"), with_ocsp=True)
    assert len(asyncio.run(_validate(sm2_pki, vc))) == 3


@pytest.mark.xfail(
    strict=True,
    reason="pyhanko-certvalidator 0.33 checks an id-pkix-ocsp-nocheck responder in a new "
    "ValidationContext without our signature_validator (validate_ocsp.py:107), so SM2 fails "
    "there with UnsupportedAlgorithm; remove this mark when upstream passes it on",
)
def test_sm2_ocsp_nocheck_responder(sm2_pki):
    from pyhanko_certvalidator.revinfo.validate_ocsp import verify_ocsp_response

    async def check() -> None:
        vc = _context(sm2_pki, with_ocsp=False)
        path = await CertificateValidator(sm2_pki.cert("seal"), validation_context=vc) \
            .async_validate_usage({"digital_signature"})
        ocsp_vc = ValidationContext(
            trust_roots=[sm2_pki.cert("root")], other_certs=[sm2_pki.cert("inter")],
            ocsps=[sm2_pki.path("seal-nocheck.ocsp").read_bytes()],
            signature_validator=signature_validator(),
        )
        await verify_ocsp_response(sm2_pki.cert("seal"), path, ocsp_vc)

    asyncio.run(check())


def test_sm2_chain_fails_without_our_validator(sm2_pki):
    from cryptography.exceptions import UnsupportedAlgorithm

    with pytest.raises((PathValidationError, UnsupportedAlgorithm)):
        asyncio.run(_validate(sm2_pki, _context(sm2_pki, validator=False, with_ocsp=False)))


def test_tampered_certificate_signature_fails(sm2_pki, tmp_path):
    from asn1crypto import x509

    seal = sm2_pki.cert("seal")
    r, s = _rs(seal["signature_value"].native)
    forged = seal.copy()
    forged["signature_value"] = _der_rs(r, s ^ 1)
    forged = x509.Certificate.load(forged.dump())
    vc = _context(sm2_pki, with_ocsp=False)
    with pytest.raises(PathValidationError):
        asyncio.run(CertificateValidator(forged, validation_context=vc)
                    .async_validate_usage({"digital_signature"}))


def _rs(signature):
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

    return decode_dss_signature(signature)


def _der_rs(r, s):
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    return encode_dss_signature(r, s)


def _gm_t_0010_signature(pki, document: bytes) -> bytes:
    """A detached CMS signature the GM/T 0010 way: GM content types, SM2-1, SM3."""
    seal = pki.cert("seal")
    key = load_private_key(pki.path("seal.key").read_bytes(), None)
    attrs = cms.CMSAttributes([
        cms.CMSAttribute({"type": "content_type", "values": [cms.ContentType(GM_DATA)]}),
        cms.CMSAttribute({"type": "message_digest", "values": [sm2.sm3(document)]}),
    ])
    point = sm2.public_point(seal.public_key)
    signature = key.sign_digest(sm2.message_digest(point, attrs.dump()))
    signer_info = cms.SignerInfo({
        "version": "v1",
        "sid": cms.SignerIdentifier({"issuer_and_serial_number": {
            "issuer": seal.issuer, "serial_number": seal.serial_number}}),
        "digest_algorithm": {"algorithm": "sm3"},
        "signed_attrs": attrs,
        "signature_algorithm": {"algorithm": SM2_1},
        "signature": signature,
    })
    signed = cms.SignedData({
        "version": "v1",
        "digest_algorithms": [{"algorithm": "sm3"}],
        "encap_content_info": {"content_type": GM_DATA},
        "certificates": [seal, pki.cert("inter")],
        "signer_infos": [signer_info],
    })
    return cms.ContentInfo({"content_type": GM_SIGNED_DATA, "content": signed}).dump()


def test_gm_t_0010_cms_validates_like_pkcs7(sm2_pki):
    document = "合同正文 — contract body".encode()
    der = _gm_t_0010_signature(sm2_pki, document)
    info = cms.ContentInfo.load(der)
    assert info["content_type"].dotted == GM_SIGNED_DATA  # the GM OIDs survive parsing
    assert info["content_type"].native == "signed_data"
    signed = info["content"]
    assert signed["encap_content_info"]["content_type"].dotted == GM_DATA
    assert signed["signer_infos"][0]["signature_algorithm"]["algorithm"].dotted == SM2_1
    vc = _context(sm2_pki, with_ocsp=False)
    status = asyncio.run(async_validate_detached_cms(document, signed, signer_validation_context=vc))
    assert status.intact and status.valid and status.trusted, status
    bad = asyncio.run(async_validate_detached_cms(document + b"!", signed,
                                                  signer_validation_context=_context(sm2_pki)))
    assert not bad.intact


def test_writing_data_still_means_pkcs7():
    assert cms.ContentType("data").dotted == "1.2.840.113549.1.7.1"
    assert cms.ContentType("signed_data").dotted == "1.2.840.113549.1.7.2"


def test_other_signer_ids_are_tried_in_order_and_the_one_used_is_remembered(sm2_pki, capfd):
    from cryptography.exceptions import InvalidSignature

    key = load_private_key(sm2_pki.path("seal.key").read_bytes(), None)
    seal = sm2_pki.cert("seal")
    point = sm2.public_point(seal.public_key)
    message = b"the DER signed attributes"
    bob = key.sign_digest(sm2.message_digest(point, message, b"BOB"))
    standard = key.sign_digest(sm2.message_digest(point, message))
    with pytest.raises(InvalidSignature):
        signature_validator().validate_signature(bob, message, seal.public_key,
                                                 _algorithm("sm3_sm2"))
    validator = signature_validator((sm2.DEFAULT_SIGNER_ID, b"ALICE", b"BOB", b"ALICE"))
    assert validator.signer_ids == (sm2.DEFAULT_SIGNER_ID, b"ALICE", b"BOB")
    for value in (bob, standard):
        validator.validate_signature(value, message, seal.public_key, _algorithm("sm3_sm2"))
    assert validator.signer_id_used(bob) == b"BOB"
    assert validator.signer_id_used(standard) is None  # the default ID: nothing to say
    with pytest.raises(InvalidSignature):
        validator.validate_signature(bob, message + b"!", seal.public_key,
                                     _algorithm("sm3_sm2"))
    # the SM2 library's trace of each failed try is not printed
    assert "sm2" not in capfd.readouterr().err.lower()
