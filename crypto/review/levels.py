"""Which PAdES baseline level (ETSI EN 319 142-1) a validated signature actually reaches.

Claimed structure is not enough: each level counts only what validated.

* B-B: a CAdES-detached (or adbe.pkcs7.detached) signature, intact and cryptographically valid,
  whose signed attributes bind the signer's certificate (ESS signing-certificate(-v2));
* B-T: plus a valid, trusted signature timestamp — or a valid document timestamp added later;
* B-LT: plus, in the DSS added after signing, revocation data (OCSP or CRL) for every
  certificate of the signer's chain below the anchor (and of the timestamp's chain);
* B-LTA: plus a valid document timestamp over a revision whose DSS already held that data.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from asn1crypto import crl as asn1_crl
from asn1crypto import ocsp as asn1_ocsp
from asn1crypto import x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.sign.validation.errors import NoDSSFoundError

from crypto.review.signature import SignatureFacts

log = logging.getLogger(__name__)

PADES_SUBFILTERS = frozenset({"/ETSI.CAdES.detached", "/adbe.pkcs7.detached"})


@dataclass(frozen=True)
class StoredRevinfo:
    """What one revision's DSS can vouch for: OCSP'd (issuer hash, serial) pairs, CRL issuers."""

    ocsp: frozenset[tuple[str, bytes, int]]  # (hash algorithm, issuer name hash, serial)
    crl_issuers: frozenset[bytes]  # DER of the CRL issuer names

    def covers(self, cert: x509.Certificate) -> bool:
        if cert.issuer.dump() in self.crl_issuers:
            return True
        for algo, name_hash, serial in self.ocsp:
            if serial == cert.serial_number and _name_hash(cert, algo) == name_hash:
                return True
        return False


EMPTY = StoredRevinfo(frozenset(), frozenset())


class LevelAssessor:
    """Determines levels for the signatures of one document (DSS read once per revision)."""

    def __init__(self, reader: PdfFileReader) -> None:
        self.reader = reader
        self._dss: dict[int, StoredRevinfo] = {}

    def level(self, facts: SignatureFacts, doc_timestamps: Sequence[SignatureFacts]) -> str | None:
        """'B-B' … 'B-LTA', or None when not even B-B holds."""
        if facts.kind != "signature" or facts.subfilter not in PADES_SUBFILTERS:
            return None
        if not (facts.intact and facts.crypto_valid and facts.signing_cert_attr):
            return None
        later_ts = [t for t in doc_timestamps if t.revision > facts.revision and _good(t)]
        ts = facts.timestamp
        if not ((ts is not None and ts.intact and ts.valid and ts.trusted) or later_ts):
            return "B-B"
        last = self.reader.xrefs.total_revisions - 1
        needed = list(_chain(facts)) + list(_ts_chain(facts))
        if last <= facts.revision or not all(self.dss(last).covers(c) for c in needed):
            return "B-T"
        for stamp in later_ts:
            if all(self.dss(stamp.revision).covers(c) for c in needed):
                return "B-LTA"
        return "B-LT"

    def dss(self, revision: int) -> StoredRevinfo:
        if revision not in self._dss:
            self._dss[revision] = _read(self.reader, revision)
        return self._dss[revision]


def _good(facts: SignatureFacts) -> bool:
    return facts.intact and facts.crypto_valid and facts.trusted


def _chain(facts: SignatureFacts) -> Iterable[x509.Certificate]:
    if facts.path is not None:
        yield from facts.path.iter_certs(include_root=False)
    elif facts.signer is not None:
        yield facts.signer


def _ts_chain(facts: SignatureFacts) -> Iterable[x509.Certificate]:
    path = facts.extra.get("ts_path")
    if path is not None:
        yield from path.iter_certs(include_root=False)


def _read(reader: PdfFileReader, revision: int) -> StoredRevinfo:
    try:
        dss = DocumentSecurityStore.read_dss(reader.get_historical_resolver(revision))
    except NoDSSFoundError:
        return EMPTY
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        log.info("unreadable DSS in revision %d: %s", revision + 1, exc)
        return EMPTY
    ocsp: set[tuple[str, bytes, int]] = set()
    crl_issuers: set[bytes] = set()
    for ref in dss.ocsps:
        try:
            resp = asn1_ocsp.OCSPResponse.load(ref.get_object().data)
            basic = resp["response_bytes"]["response"].parsed
            for single in basic["tbs_response_data"]["responses"]:
                cert_id = single["cert_id"]
                ocsp.add((cert_id["hash_algorithm"]["algorithm"].native,
                          bytes(cert_id["issuer_name_hash"].native),
                          int(cert_id["serial_number"].native)))
        except (ValueError, KeyError, TypeError, AttributeError, PdfError):
            continue
    for ref in dss.crls:
        try:
            crl_issuers.add(asn1_crl.CertificateList.load(ref.get_object().data).issuer.dump())
        except (ValueError, KeyError, TypeError, AttributeError, PdfError):
            continue
    return StoredRevinfo(frozenset(ocsp), frozenset(crl_issuers))


def _name_hash(cert: x509.Certificate, algo: str) -> bytes:
    try:
        return hashlib.new(algo.replace("_", "-") if algo.startswith("sha3") else algo,
                           cert.issuer.dump()).digest()
    except (ValueError, TypeError):
        return b""


__all__ = ["LevelAssessor", "StoredRevinfo"]
