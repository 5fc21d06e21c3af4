"""What a review worker keeps between files: trust store, event loop, network fetch caches.

An archive review sends hundreds of files through a few long-lived workers, so everything that
does not depend on the file is built once per worker: the parsed trust anchors (the system store
alone is ~150 certificates), one asyncio loop, and one set of OCSP/CRL/certificate fetchers whose
caches let the tenth contract signed by the same seal reuse the first one's OCSP response.  The
fetchers are renewed every few minutes so that a long run does not trust stale answers.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from asn1crypto import crl as asn1_crl
from asn1crypto import ocsp as asn1_ocsp
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.decode_limits import DecodePurpose
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.sign.validation.errors import NoDSSFoundError
from pyhanko_certvalidator.fetchers.aiohttp_fetchers import AIOHttpFetcherBackend
from pyhanko_certvalidator.fetchers.api import Fetchers

from crypto.review.model import ReviewOptions
from crypto.review.signature import RevocationData
from crypto.review.speedups import ParsedCache
from crypto.review.trust import TrustStore, load_trust_store

log = logging.getLogger(__name__)

FETCH_CACHE_SECONDS = 300.0
FETCH_CACHE_FILES = 200
REQUEST_TIMEOUT = 10  # seconds per OCSP/CRL/certificate request
QUIET_LOGGERS = ("pyhanko", "pyhanko_certvalidator", "fontTools")


class WorkerEnv:
    """Per-process state shared by the files one worker reviews."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._stores: dict[tuple[tuple[bytes, ...], bool], TrustStore] = {}
        self._backend: AIOHttpFetcherBackend | None = None
        self._fetchers: Fetchers | None = None
        self._fetchers_born = 0.0
        self._fetchers_used = 0
        self._parsed = ParsedCache()

    def trust_store(self, options: ReviewOptions) -> TrustStore:
        """The store for these options (built on first use, then reused)."""
        key = (tuple(options.trust_roots), options.system_trust)
        if key not in self._stores:
            self._stores[key] = load_trust_store(options.trust_roots, system=options.system_trust)
        return self._stores[key]

    def fetchers(self, options: ReviewOptions) -> Fetchers | None:
        """Shared network fetchers, or None when offline."""
        if options.offline:
            return None
        now = time.monotonic()
        stale = (now - self._fetchers_born > FETCH_CACHE_SECONDS
                 or self._fetchers_used >= FETCH_CACHE_FILES)
        if self._fetchers is None or stale:
            if self._backend is None:
                self._backend = AIOHttpFetcherBackend(per_request_timeout=REQUEST_TIMEOUT)
            self._fetchers = self._backend.get_fetchers()
            self._fetchers_born, self._fetchers_used = now, 0
        self._fetchers_used += 1
        return self._fetchers

    @property
    def fetcher_backend(self) -> AIOHttpFetcherBackend | None:
        """The backend behind :meth:`fetchers` (one HTTP session per worker), once online."""
        return self._backend

    def document_revinfo(self, reader: PdfFileReader) -> RevocationData:
        """Certificates, CRLs and OCSP responses in the document's DSS (latest revision).

        Parsed objects are shared between files by their bytes (an archive signed in batches
        embeds the same responses and certificates again and again)."""
        try:
            dss = DocumentSecurityStore.read_dss(reader)
        except NoDSSFoundError:
            return RevocationData()
        except (PdfError, ValueError, KeyError, TypeError) as exc:
            log.info("unreadable DSS: %s", exc)
            return RevocationData()
        certs: list[Any] = []
        try:
            certs = [self._parsed.load(asn1_x509.Certificate, ref.get_object().read_data(
                DecodePurpose.CERTIFICATE), parse_all=False) for ref in dss.certs.values()]
        except (PdfError, ValueError, KeyError, TypeError, AttributeError):
            pass
        load = self._parsed.load
        return RevocationData(
            certs=tuple(certs),
            crls=tuple(_load(dss.crls, asn1_crl.CertificateList, DecodePurpose.CRL, load)),
            ocsps=tuple(_load(dss.ocsps, asn1_ocsp.OCSPResponse, DecodePurpose.OCSP_RESPONSE,
                              load)),
        )

    def close(self) -> None:
        """Close network sessions and the loop."""
        try:
            if self._backend is not None:
                self.loop.run_until_complete(self._backend.close())
        except (RuntimeError, OSError) as exc:
            log.debug("closing the fetch session failed: %s", exc)
        finally:
            self.loop.close()


def _load(refs: Any, kind: Any, purpose: DecodePurpose, load: Any) -> list[Any]:
    """Each entry parsed through (``load`` raises for a bad one, which is skipped)."""
    out = []
    for ref in refs:
        try:
            out.append(load(kind, ref.get_object().read_data(purpose)))
        except (PdfError, ValueError, KeyError, TypeError, AttributeError):
            continue
    return out


def quiet_libraries() -> None:
    """pyHanko logs every failed validation with a traceback at WARNING; reviews report them."""
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.ERROR)


__all__ = ["WorkerEnv", "quiet_libraries"]
