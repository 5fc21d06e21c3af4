"""Timestamps validated at the time the next timestamp of the chain proves (ETSI EN 319 102-1 §5.6).

A signature's timestamp and a first archive timestamp come from a TSA whose certificate
expires a few seconds later; a second archive timestamp from a long-lived TSA covers them (and
the validation data archived for them) before that.  Once the short-lived certificate has
expired, both older timestamps fail at the current time, yet each is proven to exist while
the certificate was valid: they must pass.  Without the covering archive timestamp they stay
INDETERMINATE.
"""

from __future__ import annotations

import datetime as dt
import io
import time
from pathlib import Path

import pytest
from asn1crypto import tsp
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from crypto.pki import Pki, TimeStampAuthority
from crypto.pki.certificates import issue_certificate, key_usage_extension, make_identity
from crypto.review.engine import review_file
from crypto.review.model import Indication, ReviewOptions, SubIndication

pytestmark = pytest.mark.net

LIFETIME = 6.0  # seconds the short-lived TSA certificate stays valid


class LocalTsa(TimeStamper):
    """An RFC 3161 TSA in this process (our test TSA's code, any identity)."""

    def __init__(self, authority: TimeStampAuthority) -> None:
        super().__init__()
        self.authority = authority

    async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        return tsp.TimeStampResp.load(self.authority.respond(req.dump()))


def short_lived_tsa(pki: Pki, seconds: float):  # type: ignore[no-untyped-def]
    """A TSA identity issued by the test intermediate, valid for ``seconds`` from now."""
    from crypto.pki.builder import revocation_pointers

    key = rsa.generate_private_key(65537, 2048)
    now = dt.datetime.now(dt.UTC)
    cert = issue_certificate(
        pki.intermediate,
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Short-lived TSA")]),
        key.public_key(), now - dt.timedelta(hours=1), now + dt.timedelta(seconds=seconds),
        [(x509.BasicConstraints(ca=False, path_length=None), True),
         (key_usage_extension({"digital_signature"}), True),
         (x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), True),
         *revocation_pointers(pki.base_url, "intermediate")],
    )
    identity = make_identity("tsa-short", cert, key, pki.intermediate)
    pki.leaves["tsa-short"] = identity  # the OCSP responder and the CRL know it
    return identity


def _context(pki: Pki) -> ValidationContext:
    return ValidationContext(trust_roots=[pki.root.cert], other_certs=[pki.intermediate.cert],
                             allow_fetching=True)


def _signed(src: Path, pki: Pki, tsa: TimeStamper) -> bytes:
    """B-LT: signature timestamp from ``tsa``, validation data embedded."""
    leaf = pki["seal-rsa"]
    signer = signers.SimpleSigner(
        signing_cert=leaf.cert, signing_key=leaf.key_info(),
        cert_registry=SimpleCertificateStore.from_certs(list(leaf.chain)))
    meta = signers.PdfSignatureMetadata(
        field_name="Seal", subfilter=fields.SigSeedSubFilter.PADES, embed_validation_info=True,
        validation_context=_context(pki))
    with open(src, "rb") as fh:
        w = IncrementalPdfFileWriter(fh)
        out = signers.PdfSigner(meta, signer, timestamper=tsa).sign_pdf(w)
    return bytes(out.getvalue())


def _doc_timestamp(data: bytes, pki: Pki, tsa: TimeStamper) -> bytes:
    """A document timestamp from ``tsa``, its validation data in the DSS."""
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    out = signers.PdfTimeStamper(tsa).timestamp_pdf(w, "sha256", validation_context=_context(pki))
    return bytes(out.getvalue())


def _archive(data: bytes, pki: Pki, tsa: TimeStamper) -> bytes:
    """The LTA refresh: the last timestamp's validation data, then a new archive timestamp."""
    out = io.BytesIO()
    signers.PdfTimeStamper(tsa).update_archival_timestamp_chain(
        PdfFileReader(io.BytesIO(data)), _context(pki), in_place=False, output=out)
    return out.getvalue()


@pytest.fixture
def chains(contract_template, fresh_pki_server, tmp_path) -> dict[str, Path]:
    pki = fresh_pki_server.pki
    short = short_lived_tsa(pki, LIFETIME)
    short_tsa, long_tsa = LocalTsa(TimeStampAuthority(short)), LocalTsa(TimeStampAuthority(pki.tsa))
    first = _doc_timestamp(_signed(contract_template, pki, short_tsa), pki, short_tsa)
    covered = _archive(first, pki, long_tsa)
    paths = {"covered": tmp_path / "covered.pdf", "uncovered": tmp_path / "uncovered.pdf"}
    paths["covered"].write_bytes(covered)
    paths["uncovered"].write_bytes(first)
    left = (short.cert.not_valid_after - dt.datetime.now(dt.UTC)).total_seconds()
    assert left > 0, "building the samples outlived the short TSA certificate"
    time.sleep(left + 1.0)
    return paths


def _review(path: Path, pki: Pki):  # type: ignore[no-untyped-def]
    return review_file(path, ReviewOptions(trust_roots=(pki.root.cert.dump(),),
                                           system_trust=False, visual=False, lang="en"))


def test_archive_timestamp_proves_the_older_timestamps(chains, fresh_pki_server):
    pki = fresh_pki_server.pki
    report = _review(chains["covered"], pki)
    by_field = {s.field: s for s in report.signatures}
    assert [s.kind for s in report.signatures] == ["signature", "doc_timestamp", "doc_timestamp"]
    sig, first, last = report.signatures
    for entry in (sig, first, last):
        assert entry.indication is Indication.TOTAL_PASSED, (entry.field, entry.reasons)
    assert any("Validated as of" in r for r in first.reasons), first.reasons
    assert any("later archive timestamp" in r for r in sig.reasons), sig.reasons
    assert not any("Validated as of" in r for r in last.reasons)  # valid now: no POE needed
    assert sig.pades_level == "B-LTA" and report.passed, by_field


def test_without_a_covering_timestamp_they_stay_indeterminate(chains, fresh_pki_server):
    pki = fresh_pki_server.pki
    report = _review(chains["uncovered"], pki)
    sig, stamp = report.signatures
    assert stamp.kind == "doc_timestamp"
    assert stamp.indication is Indication.INDETERMINATE, stamp.reasons
    assert stamp.sub_indication in (SubIndication.OUT_OF_BOUNDS_NO_POE, SubIndication.EXPIRED)
    assert sig.indication is Indication.INDETERMINATE, sig.reasons
    assert not report.passed


def test_past_validation_reuses_the_workers_http_session(tmp_path, monkeypatch):
    """With the revocation responders gone (an old archive), each B-T signature fails for want
    of revocation data and is tried again by past validation, which fetches through the
    worker's backend: one HTTP session (and one TLS context, ~15 ms to build) per worker, not
    one per signature."""
    from pyhanko_certvalidator.fetchers.aiohttp_fetchers import util

    from crypto.pki import PkiServer, generate_pki
    from crypto.review.analysis import analyse_file
    from crypto.review.worker_env import WorkerEnv
    from tests.data.review.make_corpus import build_corpus

    with PkiServer(host="127.0.0.1", port=0) as server:
        pki = server.serve(generate_pki(server.base_url)).pki
        path = build_corpus(tmp_path, pki, tsa_url=server.tsa_url, names=("legit_bt",))[
            "legit_bt"]
    made = []
    original = util._default_session
    monkeypatch.setattr(util, "_default_session", lambda: made.append(1) or original())
    options = ReviewOptions(trust_roots=(pki.root.cert.dump(),), system_trust=False, lang="en",
                            time_limit=20.0)
    env = WorkerEnv()
    try:
        reports = [analyse_file(path, options, env) for _ in range(3)]
    finally:
        env.close()
    assert all(r.signatures[0].sub_indication is SubIndication.TRY_LATER for r in reports), [
        (r.integrity, r.signatures[0].sub_indication) for r in reports]
    assert len(made) == 1, f"{len(made)} HTTP sessions for 3 reviews"
