"""The national standards' own test vectors: SM3 (GB/T 32905), SM4 (GB/T 32907) and the SM2
signature example of GB/T 32918 (GM/T 0003.5 Annex A, recommended curve, fixed k).

gmssl-pyx has no hook to fix the nonce k, so for SM2 the standard's (r, s) is checked with our
verifier, our Z and e are checked against the standard's intermediate values, and the
pure-Python ``gmssl`` (a second implementation, test oracle only) reproduces (r, s) from k.
"""

from __future__ import annotations

import pytest
from asn1crypto import keys
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from gmssl import sm2 as oracle_sm2
from gmssl import sm3 as oracle_sm3
from pyhanko_certvalidator.sig_validate import SignatureValidationContext

from crypto.sm import sm2
from crypto.sm.oids import SM2_1_NAME, SM2_SM3_NAME
from crypto.sm.validation import SmSignatureValidator

pytestmark = pytest.mark.unit

# GB/T 32905-2016 Appendix A
SM3_VECTORS = [
    (b"abc", "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"),
    (b"abcd" * 16, "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732"),
]

# GB/T 32907-2016 Appendix A
SM4_KEY = bytes.fromhex("0123456789abcdeffedcba9876543210")
SM4_ONCE = "681edf34d206965e86b3e94f536e4246"
SM4_MILLION = "595298c7c6fd271f0402f804c33d3f66"

# GM/T 0003.5-2012 / GB/T 32918.5-2017 Annex A: signature on the recommended curve
D = "3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8"
PX = "09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020"
PY = "CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13"
MESSAGE = b"message digest"
ID = b"1234567812345678"
Z = "B2E14C5C79C6DF5B85F4FE7ED8DB7A262B9DA7E07CCB0EA9F4747B8CCDA8A4F3"
E = "F0B43E94BA45ACCAACE692ED534382EB17E6AB5A19CE7B31F4486FDFC0D28640"
K = "59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21"
R = "F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3"
S = "B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA"

PUBLIC_XY = bytes.fromhex(PX + PY)
SIGNATURE = encode_dss_signature(int(R, 16), int(S, 16))


def sm2_public_key_info(public_xy: bytes) -> keys.PublicKeyInfo:
    return keys.PublicKeyInfo({
        "algorithm": {"algorithm": "ec", "parameters": ("named", "sm2p256v1")},
        "public_key": b"\x04" + public_xy,
    })


@pytest.mark.parametrize(("message", "digest"), SM3_VECTORS)
def test_sm3_standard_vectors(message, digest):
    assert sm2.sm3(message).hex() == digest
    assert oracle_sm3.sm3_hash(list(message)) == digest  # the second implementation agrees


def test_sm4_standard_vectors():
    enc = Cipher(algorithms.SM4(SM4_KEY), modes.ECB()).encryptor()
    block = enc.update(SM4_KEY)
    assert block.hex() == SM4_ONCE
    for _ in range(999_999):
        block = enc.update(block)
    assert block.hex() == SM4_MILLION


def test_sm4_in_the_sm2_library_agrees():
    import gmssl_pyx

    # CBC with a zero IV on one block is ECB; the padded second block is dropped
    out = gmssl_pyx.sm4_cbc_padding_encrypt(SM4_KEY, bytes(16), SM4_KEY)
    assert out[:16].hex() == SM4_ONCE


def test_sm2_vector_z_and_e():
    assert sm2.za(PUBLIC_XY, ID).hex().upper() == Z
    assert sm2.message_digest(PUBLIC_XY, MESSAGE, ID).hex().upper() == E


def test_sm2_vector_public_key_from_the_private_key():
    oracle = oracle_sm2.CryptSM2(private_key=D, public_key="")
    point = oracle._kg(int(D, 16), oracle_sm2.default_ecc_table["g"])
    assert point.upper() == PX + PY


def test_sm2_vector_signature_reproduced_by_the_oracle_with_fixed_k():
    oracle = oracle_sm2.CryptSM2(private_key=D, public_key=PX + PY)
    assert oracle.sign(bytes.fromhex(E), K).upper() == R + S


@pytest.mark.parametrize("algorithm", [SM2_SM3_NAME, SM2_1_NAME])
def test_sm2_vector_signature_verifies_with_our_validator(algorithm):
    validator = SmSignatureValidator()
    validator.validate_signature(
        SIGNATURE, MESSAGE, sm2_public_key_info(PUBLIC_XY), _algorithm(algorithm),
        SignatureValidationContext(contextual_md_algorithm="sm3"),
    )


@pytest.mark.parametrize(
    "tamper",
    ["message", "signature", "signer id", "public key"],
)
def test_sm2_vector_tampering_is_detected(tamper):
    message, signature, public_xy = MESSAGE, SIGNATURE, PUBLIC_XY
    validator = SmSignatureValidator()
    if tamper == "message":
        message = b"message digesT"
    elif tamper == "signature":
        r, s = decode_dss_signature(SIGNATURE)
        signature = encode_dss_signature(r, s + 1)
    elif tamper == "signer id":
        validator = SmSignatureValidator(signer_ids=(b"ALICE123@YAHOO.COM",))
    else:
        public_xy = bytes.fromhex(PX + PY)[:-1] + b"\x14"  # off the curve
    with pytest.raises(InvalidSignature):
        validator.validate_signature(
            signature, message, sm2_public_key_info(public_xy), _algorithm(SM2_SM3_NAME)
        )


def test_our_signatures_with_the_vector_key_verify_everywhere_and_use_fresh_nonces():
    e = sm2.message_digest(PUBLIC_XY, MESSAGE, ID)
    signatures = [sm2.sign_digest(bytes.fromhex(D), e) for _ in range(20)]
    oracle = oracle_sm2.CryptSM2(private_key=None, public_key=PX + PY, asn1=True)
    for signature in signatures:
        assert sm2.verify_digest(PUBLIC_XY, e, signature)
        assert oracle.verify(signature.hex(), e)
    r_values = {decode_dss_signature(s)[0] for s in signatures}
    assert len(r_values) == 20, "k must be fresh for every signature"
    assert int(R, 16) not in r_values  # (the standard's k is not what the library drew)


def test_private_key_range_is_checked():
    sm2.check_private_scalar(bytes.fromhex(D))
    for bad in (bytes(32), (sm2.ORDER - 1).to_bytes(32, "big"), b"\x01" * 31):
        with pytest.raises(ValueError):
            sm2.check_private_scalar(bad)


def test_signer_id_limits():
    with pytest.raises(ValueError):
        sm2.za(PUBLIC_XY, b"")
    with pytest.raises(ValueError):
        sm2.za(PUBLIC_XY, b"x" * 8192)
    assert sm2.za(PUBLIC_XY, b"x" * 8191) != sm2.za(PUBLIC_XY, ID)


def _algorithm(name: str):
    from asn1crypto import algos

    return algos.SignedDigestAlgorithm({"algorithm": name})
