"""The certificates a token shows before anybody logs in: what a sign dialog lists (no PIN).

Most tokens keep certificates public and private keys private, so before login the keys are
invisible: a certificate is judged on its own (validity, key usage) and the pairing with its
key is checked again after login, when the signature is made.  A token that keeps even its
certificates private shows none here; the caller then offers to log in.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from crypto.tokens.base import CertificateInfo, TokenInfo, signing_problem
from crypto.tokens.pkcs11.errors import translated
from crypto.tokens.pkcs11.objects import TolerantAttributes, pair_certificates, read_objects
from crypto.tokens.pkcs11.scan import locate_slot
from crypto.tokens.pkcs11.uri import token_uri
from crypto.tokens.pkcs11.worker import module_worker


def public_certificates(token: TokenInfo) -> list[CertificateInfo]:
    """End-entity certificates readable without login, on the module's own thread."""
    worker = module_worker(token.module_path)

    def read() -> tuple[list[Any], list[Any]]:
        slot, _fresh = locate_slot(worker, token)
        with translated():
            handle = slot.get_token().open(  # type: ignore[attr-defined]
                rw=False, attribute_mapper=TolerantAttributes()
            )
            try:
                return read_objects(handle)
            finally:
                handle.close()

    certs, keys = worker.call(read)
    out = []
    for info, key in pair_certificates(certs, keys):
        reason = info.hidden_reason if key is not None else signing_problem(info.certificate)
        out.append(dataclasses.replace(info, hidden_reason=reason))
    return out


def certificate_uri(token: TokenInfo, cert: CertificateInfo) -> str:
    """An RFC 7512 URI naming exactly this certificate's key on this token (with module-path)."""
    uri = token_uri(token).with_object(
        label=None if cert.key_id else cert.label, key_id=cert.key_id or None
    )
    return str(dataclasses.replace(uri, module_path=token.module_path))
