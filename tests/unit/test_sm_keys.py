"""SM2 soft keys in every file form OpenSSL writes, through the same entry points as RSA/ECDSA
keys (``open_pkcs12`` / ``open_pem``), and clear errors for what cannot be used."""

from __future__ import annotations

import pytest

from crypto import errors
from crypto.sm.soft import Sm2SoftKeySession
from crypto.tokens.soft import open_pem, open_pkcs12

pytestmark = pytest.mark.unit

PW = b"pw"


@pytest.mark.parametrize("name", ["seal.p12", "seal-legacy.p12", "seal-gm.p12"])
def test_pkcs12_forms_open_as_sm2_sessions(sm2_pki, name):
    session = open_pkcs12(sm2_pki.path(name), PW)
    assert isinstance(session, Sm2SoftKeySession)
    [info] = session.certificates()
    assert info.key_type == "sm2" and info.key_bits == 256 and info.usable
    assert info.certificate.dump() == sm2_pki.cert("seal").dump()
    assert [c.dump() for c in info.chain] == [sm2_pki.cert("inter").dump()]


@pytest.mark.parametrize(
    ("key", "password"),
    [("seal.key", None), ("seal.enc.key", PW), ("seal.sm4.key", PW), ("seal.sec1.key", None)],
)
def test_pem_forms_open_as_sm2_sessions(sm2_pki, key, password):
    session = open_pem(sm2_pki.path(key), sm2_pki.path("seal.pem"),
                       [sm2_pki.path("inter.pem")], password)
    assert isinstance(session, Sm2SoftKeySession)
    [info] = session.certificates()
    assert info.key_type == "sm2"
    assert info.certificate.dump() == sm2_pki.cert("seal").dump()
    assert len(info.chain) == 1


def test_sm2_signer_from_a_session_signs_what_the_certificate_verifies(sm2_pki):
    from crypto.sm import sm2

    session = open_pkcs12(sm2_pki.path("seal.p12"), PW)
    [info] = session.certificates()
    signer = session.signer(info)
    e = signer.message_digest(b"signed attributes")
    point = sm2.public_point(info.certificate.public_key)
    assert sm2.verify_digest(point, e, signer._key.sign_digest(e))
    session.close()
    with pytest.raises(errors.KeyFileError):
        session.signer(info)


@pytest.mark.parametrize("name", ["seal.p12", "seal-legacy.p12", "seal-gm.p12"])
def test_wrong_pkcs12_password_says_so(sm2_pki, name):
    with pytest.raises(errors.KeyFileError) as caught:
        open_pkcs12(sm2_pki.path(name), b"wrong")
    assert caught.value.params["detail"] == "wrong password or damaged file"


@pytest.mark.parametrize("key", ["seal.enc.key", "seal.sm4.key"])
def test_wrong_or_missing_key_password(sm2_pki, key):
    for password in (b"wrong", None):
        with pytest.raises(errors.KeyFileError):
            open_pem(sm2_pki.path(key), sm2_pki.path("seal.pem"), (), password)


def test_sm2_key_with_another_certificate_is_refused(sm2_pki):
    with pytest.raises(errors.KeyFileError) as caught:
        open_pem(sm2_pki.path("seal.key"), sm2_pki.path("inter.pem"))
    assert caught.value.params["detail"] == "no certificate matches the private key"
    with pytest.raises(errors.KeyFileError):
        open_pem(sm2_pki.path("seal.key"), sm2_pki.path("p256.pem"))


def test_p256_key_with_the_sm2_certificate_is_refused(sm2_pki):
    with pytest.raises(errors.KeyFileError) as caught:
        open_pem(sm2_pki.path("p256.key"), sm2_pki.path("seal.pem"))
    assert caught.value.params["detail"] == "no certificate matches the private key"


def test_sm2_signer_refuses_a_non_sm2_certificate(sm2_pki):
    from crypto.sm.keys import load_private_key
    from crypto.sm.signer import Sm2Signer

    key = load_private_key(sm2_pki.path("seal.key").read_bytes(), None)
    with pytest.raises(errors.NotSm2Key) as caught:
        Sm2Signer(key, sm2_pki.cert("p256"))
    assert "prime256v1" in caught.value.params["detail"] or "secp256r1" in str(caught.value)


def test_a_non_sm2_key_in_the_sm2_reader_is_named(sm2_pki):
    from crypto.sm.keys import KeyProblem, load_private_key

    with pytest.raises(KeyProblem) as caught:
        load_private_key(sm2_pki.path("p256.key").read_bytes(), None)
    assert caught.value.other_key
    assert "not an SM2 key" in caught.value.detail


def test_garbage_key_files_keep_their_error(sm2_pki, tmp_path):
    bad = tmp_path / "bad.pem"
    bad.write_text("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
    with pytest.raises(errors.KeyFileError):
        open_pem(bad, sm2_pki.path("seal.pem"))
    garbage = tmp_path / "bad.p12"
    garbage.write_bytes(b"\x30\x03\x02\x01\x03")
    with pytest.raises(errors.KeyFileError):
        open_pkcs12(garbage, PW)


def test_key_repr_hides_the_secret(sm2_pki):
    from crypto.sm.keys import load_private_key

    key = load_private_key(sm2_pki.path("seal.key").read_bytes(), None)
    assert key.scalar.hex() not in repr(key)
