"""The demo/test PKI: generation, files, and its real TSA/OCSP/CRL services on a local address.

``sealdesk demo`` and the test suite use it the same way::

    from crypto.pki import PkiServer, generate_pki

    with PkiServer() as server:            # binds 127.0.0.1 on a free port
        pki = generate_pki(server.base_url)
        server.serve(pki)
        pki["seal-rsa"].to_pkcs12()        # a seal certificate to sign with
        server.tsa_url                     # an RFC 3161 time-stamp service

Modules: :mod:`.model` (Identity, Pki), :mod:`.builder` (generate_pki), :mod:`.certificates`
(extensions, signing), :mod:`.storage` (folder layout), :mod:`.revocation` (CRLs, OCSP
responder), :mod:`.tsa` (RFC 3161), :mod:`.services` (PkiServer), :mod:`.endpoints` (its
request handler).
"""

from .builder import generate_pki
from .endpoints import ENDPOINTS
from .model import (
    CA_NAMES,
    DEFAULT_COMPANY,
    DEFAULT_COMPANY_EN,
    DEFAULT_CREDIT_CODE,
    DEMO_P12_PASSWORD,
    LEAF_NAMES,
    SIGNING_USAGE,
    Identity,
    Pki,
    Revocation,
)
from .revocation import make_crl, ocsp_request_for, ocsp_response_for, respond_ocsp
from .services import OUTAGE_MODES, PkiServer
from .tsa import TSA_POLICY_OID, TimeStampAuthority, TimeStampReply

__all__ = [
    "CA_NAMES",
    "DEFAULT_COMPANY",
    "DEFAULT_COMPANY_EN",
    "DEFAULT_CREDIT_CODE",
    "DEMO_P12_PASSWORD",
    "ENDPOINTS",
    "LEAF_NAMES",
    "OUTAGE_MODES",
    "SIGNING_USAGE",
    "TSA_POLICY_OID",
    "Identity",
    "Pki",
    "PkiServer",
    "Revocation",
    "TimeStampAuthority",
    "TimeStampReply",
    "generate_pki",
    "make_crl",
    "ocsp_request_for",
    "ocsp_response_for",
    "respond_ocsp",
]
