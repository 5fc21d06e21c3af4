"""Seal custody fixtures: a seal, the people who use it, and vaults that know it.

* requester: 张三, key ``person-rsa`` on the SoftHSM token "SealDesk Test B" (PKCS#11);
* approver: 李四, the ``seal-ec`` certificate as a PKCS#12 soft certificate;
* custodian: the company seal's key ``seal-rsa`` as a PKCS#12 file (the seal is bound to it).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.fixtures.softhsm import TOKEN_B, ScriptedUser
from tests.fixtures.vault import PASSPHRASE

SEAL_NAME = "示例科技合同专用章"


@dataclass(frozen=True)
class People:
    requester_uri: str
    requester_pin: str
    requester_sha256: str
    approver_p12: Path
    approver_sha256: str
    seal_p12: Path
    seal_cert: Path


@pytest.fixture(scope="session")
def people(softhsm, test_pki, seal_p12, tmp_path_factory) -> People:
    from app.custody.signed import certificate_sha256

    folder = tmp_path_factory.mktemp("custody-keys")
    approver = folder / "approver.p12"
    approver.write_bytes(test_pki["seal-ec"].to_pkcs12(b"pw"))
    cert = folder / "seal.pem"
    cert.write_bytes(test_pki["seal-rsa"].cert_pem())
    return People(
        requester_uri=softhsm.uri(TOKEN_B, object="person-rsa"),
        requester_pin=softhsm.pins[TOKEN_B],
        requester_sha256=certificate_sha256(softhsm.entry("person-rsa").cert),
        approver_p12=approver,
        approver_sha256=certificate_sha256(test_pki["seal-ec"].cert),
        seal_p12=seal_p12,
        seal_cert=cert,
    )


@contextlib.contextmanager
def requester_key(people: People) -> Iterator[object]:
    from app.custody.signed import acting_key
    from app.identity import IdentitySpec

    spec = IdentitySpec(pkcs11_uri=people.requester_uri, pin=people.requester_pin)
    with acting_key(spec, ScriptedUser()) as key:
        yield key


@contextlib.contextmanager
def approver_key(people: People) -> Iterator[object]:
    from app.custody.signed import acting_key
    from app.identity import IdentitySpec

    with acting_key(IdentitySpec(p12=people.approver_p12, password=b"pw"), ScriptedUser()) as key:
        yield key


def register(vault, people: People, seal_png: bytes):
    from app.custody.registry import KeySource, NewSeal, load_certificate, register_seal

    return register_seal(vault, NewSeal(
        name=SEAL_NAME, kind="合同专用章", image=seal_png,
        certificate=load_certificate(people.seal_cert),
        key_source=KeySource(p12=str(people.seal_p12)),
        requesters=[people.requester_sha256], approvers=[people.approver_sha256],
    ))


@pytest.fixture
def custody_vault(vault, people, seal_png):
    register(vault, people, seal_png)
    return vault


def open_second_vault(folder: Path):
    from app.vault import Vault

    return Vault.create(folder, passphrase=PASSPHRASE)
