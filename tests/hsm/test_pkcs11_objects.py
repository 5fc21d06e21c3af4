"""Pairing certificates with keys and building chains, for token layouts SoftHSM tests miss:
empty CKA_IDs (paired by label), SM2 and vendor key types, keys that may not sign, CA
renewals with the same name.  Pure functions over parsed objects: marked unit."""

from __future__ import annotations

import struct
from typing import Any

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import x509
from pkcs11 import Attribute, KeyType

from crypto.tokens.pkcs11.objects import (
    CertificateObject,
    KeyObject,
    TolerantAttributes,
    build_chain,
    pair_certificates,
)
from tests.fixtures.softhsm import KeyEntry, make_throwaway_entries

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def entries() -> dict[str, KeyEntry]:
    return {e.label: e for e in make_throwaway_entries()}


def _key(key_id: bytes, label: str, key_type: str = "ec", *, can_sign: bool = True) -> KeyObject:
    return KeyObject(handle=None, key_id=key_id, label=label, key_type=key_type,
                     can_sign=can_sign, always_authenticate=False)


def _with_sm2_key(cert: x509.Certificate) -> x509.Certificate:
    """The same certificate carrying an SM2 public key (its signature no longer checks out,
    which listing never looks at)."""
    sm2 = asn1_keys.PublicKeyInfo({
        "algorithm": {"algorithm": "ec", "parameters": asn1_keys.ECDomainParameters(
            name="named", value="1.2.156.10197.1.301")},
        "public_key": b"\x04" + b"\x11" * 64,
    })
    tbs = x509.TbsCertificate.load(cert["tbs_certificate"].dump())
    tbs["subject_public_key_info"] = sm2
    return x509.Certificate({"tbs_certificate": tbs,
                             "signature_algorithm": cert["signature_algorithm"],
                             "signature_value": cert["signature_value"]})


def test_pairing_rules(entries: dict[str, KeyEntry]) -> None:
    seal_ec, seal_rsa, expired = entries["seal-ec"], entries["seal-rsa"], entries["expired"]
    inter, root = seal_ec.chain
    certs = [
        CertificateObject(seal_ec.cert, b"", "seal-ec"),  # no CKA_ID: paired by label
        CertificateObject(seal_rsa.cert, b"\x01", "seal-rsa"),
        CertificateObject(expired.cert, b"\x03", "expired"),  # no key on the token
        CertificateObject(_with_sm2_key(seal_ec.cert), b"\x05", "sm2-seal"),
        CertificateObject(inter, b"\x10", "CA"),
        CertificateObject(root, b"\x11", "Root"),
    ]
    keys = [
        _key(b"", "seal-ec"),
        _key(b"\x01", "seal-rsa", "rsa", can_sign=False),
        _key(b"\x05", "sm2-seal", "0x80000001"),
    ]
    listed = {info.label: (info, key) for info, key in pair_certificates(certs, keys)}
    assert set(listed) == {"seal-ec", "seal-rsa", "expired", "sm2-seal"}  # CAs: chain only
    info, key = listed["seal-ec"]
    assert info.usable and key is keys[0]
    assert [c.dump() for c in info.chain] == [inter.dump(), root.dump()]
    assert listed["seal-rsa"][0].hidden_reason == "the private key is not allowed to sign"
    assert listed["expired"][0].hidden_reason == "no private key"
    sm2 = listed["sm2-seal"][0]
    assert sm2.key_type == "sm2" and sm2.key_bits == 256
    assert sm2.hidden_reason == (
        "SM2 keys on PKCS#11 tokens need the vendor's profile (--sm2-profile)")


def test_key_of_the_wrong_type_is_not_offered(entries: dict[str, KeyEntry]) -> None:
    rsa_cert = entries["seal-rsa"].cert
    [(info, _)] = pair_certificates([CertificateObject(rsa_cert, b"\x01", "x")],
                                    [_key(b"\x01", "x", "ec")])
    assert info.hidden_reason == "the private key does not match the certificate"


def test_chain_ignores_a_same_name_ca_with_another_key(entries: dict[str, KeyEntry]) -> None:
    leaf = entries["seal-ec"]
    inter, root = leaf.chain
    other_run = make_throwaway_entries()[0].chain[0]  # another run: same name, other key
    assert other_run.subject == inter.subject
    assert build_chain(leaf.cert, [other_run, root]) == ()
    assert [c.dump() for c in build_chain(leaf.cert, [other_run, inter, root])] == [
        inter.dump(), root.dump()]


def test_tolerant_attributes_decode_gbk_labels_and_vendor_key_types() -> None:
    mapper: Any = TolerantAttributes()
    _, unpack_label = mapper.attribute_types[Attribute.LABEL]
    assert unpack_label("合同专用章".encode("gbk")) == "合同专用章"
    assert unpack_label("签章".encode()) == "签章"
    _, unpack_type = mapper.attribute_types[Attribute.KEY_TYPE]
    assert unpack_type(struct.pack("L", 0x80000001)) == 0x80000001
    assert unpack_type(struct.pack("L", int(KeyType.EC))) is KeyType.EC
