"""Review one file in this process: open it, check every signature, judge, report.

This is the work a review worker does per file (:mod:`crypto.review.engine` runs it in a child
process with a time limit).  It never raises for a bad file: anything that stops the review
becomes an ERROR report with a sentence; a surprise in one signature becomes that signature's
FORMAT_FAILURE, not a crash.
"""

from __future__ import annotations

import hashlib
import logging
import mmap
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.crypt import AuthStatus
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

from crypto.review.changes import RevisionReader
from crypto.review.documents import (
    ReviewedDocument,
    ReviewStopped,
    open_document,
    preload_number_arrays,
    preload_signature_objects,
)
from crypto.review.legacy import LEGACY, judge_sha1, legacy_signature, validate_legacy
from crypto.review.levels import LevelAssessor
from crypto.review.model import FileReport, Integrity, ReviewOptions
from crypto.review.modifications import (
    History,
    SignedRevision,
    assess,
    docmdp_level,
    field_locks,
    file_changes,
    flag_covering,
    pyhanko_summary,
)
from crypto.review.pdfobjects import WalkLimit, form_fields, raw
from crypto.review.poe import (
    cure_timestamps,
    validate_at_timestamp,
    validate_in_the_past,
    worth_trying,
)
from crypto.review.reports import signature_report
from crypto.review.signature import (
    SM2_SIGNER_IDS,
    RevocationData,
    SignatureFacts,
    Validator,
    algorithm_name,
    revocation_attr_data,
    signing_certificate_attr,
    sm2_signer_id_used,
)
from crypto.review.structure import check_byte_range, check_tail, revision_ends
from crypto.review.texts import say
from crypto.review.verdict import file_integrity, judge_signature
from crypto.review.worker_env import WorkerEnv

log = logging.getLogger(__name__)

SUPPORTED = frozenset({"/adbe.pkcs7.detached", "/ETSI.CAdES.detached", "/ETSI.RFC3161"})
HASH_CHUNK = 1 << 20


def analyse_file(path: Path, options: ReviewOptions, env: WorkerEnv) -> FileReport:
    """Review ``path`` here and now (no time limit: the caller provides one)."""
    try:
        digest = _sha256(path)
    except OSError as exc:
        return _error(path, "", "e_unreadable", options.lang, detail=exc.strerror or str(exc))
    try:
        with open(path, "rb") as fh, _mapped(fh) as data:
            return _review(path, digest, fh, data, options, env)
    except ReviewStopped as stop:
        report = _error(path, digest, stop.key, options.lang, **stop.params)
        report.needs_password = stop.key in ("e_encrypted", "e_wrong_password")
        return report
    except OSError as exc:
        return _error(path, digest, "e_unreadable", options.lang, detail=exc.strerror or str(exc))
    except (PdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, AssertionError, NotImplementedError) as exc:
        log.info("review of %s failed", path, exc_info=exc)
        return _error(path, digest, "e_damaged", options.lang, detail=_short(exc))


def _review(path: Path, digest: str, fh: BinaryIO, data: Any, options: ReviewOptions,
            env: WorkerEnv) -> FileReport:
    doc = open_document(fh, data)
    if doc.reader.encrypted:
        _decrypt(doc.reader, options.password)
    reader = doc.reader
    preload_signature_objects(reader, data, _signature_value_refs(reader))
    sigs = _signatures(reader)
    last = reader.xrefs.total_revisions - 1
    if any(facts.revision < last for facts, _ in sigs):  # a difference analysis will read
        preload_number_arrays(reader, data)  # every object of the signed revisions
    report = FileReport(str(path), digest, Integrity.NONE, revisions=reader.xrefs.total_revisions)
    if not sigs:
        if doc.garbage:  # the readable part has no signature, the rest is unreadable
            detail = f"{doc.garbage} bytes at the end are unreadable"
            raise ReviewStopped("e_damaged", detail=detail)
        return report
    lang = options.lang
    ends = revision_ends(data, reader)
    byte_ranges = {id(f): _byte_range(data, s, ends, doc.size) for f, s in sigs}
    signed = [SignedRevision(f.revision, docmdp_level(s), field_locks(s), s) if s else
              SignedRevision(f.revision) for f, s in sigs]
    history = History(reader, RevisionReader(reader))
    tail = _tail(data, reader, sigs, byte_ranges, ends, doc)
    assessments = []
    for i, (facts, sig) in enumerate(sigs):
        earlier = [s for s in signed[:i] if s.revision < signed[i].revision]
        assessments.append(assess(history, signed[i], earlier, bool(tail), lang))
        if sig is not None:
            facts.docmdp = signed[i].docmdp
            _integrity(sig, history, signed[i], facts)
    levels = LevelAssessor(reader)
    _validate(sigs, reader, options, env, levels)
    stamps = [f for f, _ in sigs if f.kind == "doc_timestamp"]
    forbidden = False
    for (facts, _sig), assessment in zip(sigs, assessments, strict=True):
        problems = list(byte_ranges[id(facts)])
        if tail:
            assessment.forbidden.insert(0, "r_tail")
            assessment.forbidden_params.insert(0, {"detail": tail})
        verdict = judge_signature(facts, problems, assessment, lang, options.offline)
        forbidden |= bool(assessment.forbidden)
        report.signatures.append(signature_report(
            facts, verdict, assessment, levels.level(facts, stamps)))
        if facts.extra.get("sm2_signer_id"):  # verified only with an ID given for this review
            report.signatures[-1].sm2_signer_id = facts.extra["sm2_signer_id"]
            report.signatures[-1].reasons.insert(  # after the verdict's own sentence
                1, say("r_sm2_signer_id", lang, id=facts.extra["sm2_signer_id"]))
    report.changes = file_changes(history, signed, assessments, lang)
    structural = bool(tail) or any(byte_ranges[id(f)] for f, _ in sigs) or any(
        s is not None and f.format_error is None and f.coverage == "PARTIAL" for f, s in sigs)
    report.integrity = file_integrity(
        facts=[f for f, _ in sigs], structural=structural, forbidden=forbidden,
        listed=len(report.changes))
    if all(f.unsupported for f, _ in sigs):
        report.integrity = Integrity.ERROR
        report.error = say("e_unsupported", lang, detail=", ".join(
            sorted({f.subfilter or "?" for f, _ in sigs})))
        return report
    if options.visual and report.integrity in (Integrity.CHANGED, Integrity.MANIPULATED):
        _visual(path, data, reader, sigs, ends, report, options)
    return report


def _visual(path: Path, data: Any, reader: PdfFileReader, sigs: list[Any], ends: list[int],
            report: FileReport, options: ReviewOptions) -> None:
    """Render what the first signer signed and what is displayed now; note the pages that
    differ (the comparison hides later signatures' own seals, see crypto.review.visual)."""
    first = next((f for f, s in sigs if s is not None and f.kind == "signature"), None) or next(
        (f for f, s in sigs if s is not None), None)
    if first is None or first.revision >= reader.xrefs.total_revisions - 1:
        return
    lang = options.lang
    end = ends[first.revision]
    if end <= 0:
        return
    # a certified document shows later signatures too: a new signature's appearance over
    # certified content is the Sneaky Signature Attack; elsewhere a later party's seal is not
    # a difference in what the first party signed (crypto.review.visual hides it)
    certified = first.docmdp is not None
    try:
        from crypto.review.visual import compare_revision

        diff = compare_revision(path, bytes(data[:end]), thumbnails=0, password=options.password,
                                hide_later_signatures=not certified)
    except Exception as exc:  # noqa: BLE001 - rendering is best effort; the verdict stands
        log.info("visual comparison of %s failed: %s", path, exc)
        return
    report.visual_difference = diff.differs
    report.differing_pages = diff.differing_pages
    if diff.covering:
        flag_covering(report, diff.covering, reader, lang)


def _signatures(reader: PdfFileReader) -> list[tuple[SignatureFacts, EmbeddedPdfSignature | None]]:
    """Every filled signature field, in signing order; unreadable ones keep a FORMAT_FAILURE."""
    found = []
    for name, value, field_ref in enumerate_sig_fields(reader, filled_status=True):
        sig_obj = value.get_object() if isinstance(value, generic.IndirectObject) else value
        subfilter = str(sig_obj.get("/SubFilter", "")) if isinstance(
            sig_obj, generic.DictionaryObject) else ""
        kind = "doc_timestamp" if isinstance(sig_obj, generic.DictionaryObject) and sig_obj.get(
            "/Type") == "/DocTimeStamp" else "signature"
        revision = _revision_of(reader, value)
        facts = SignatureFacts(field=str(name), kind=kind, revision=revision, subfilter=subfilter)
        sig: EmbeddedPdfSignature | None = None
        if subfilter not in SUPPORTED and subfilter not in LEGACY:
            facts.unsupported = True
        else:
            try:
                sig = (legacy_signature(reader, field_ref, name, subfilter)
                       if subfilter in LEGACY else EmbeddedPdfSignature(reader, field_ref, name))
                facts.revision = sig.signed_revision
                if sig.signer_info is not None:
                    facts.signing_cert_attr = signing_certificate_attr(sig.signer_info)
                facts.algorithm = algorithm_name(sig.signer_info, sig.signer_cert)
                facts.signer = sig.signer_cert
            except (PdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
                facts.format_error = _short(exc)
                sig = None
        found.append((facts, sig))
    found.sort(key=lambda pair: pair[0].revision)
    return found


def _signature_value_refs(reader: PdfFileReader) -> list[generic.Reference]:
    """References of the signature dictionaries, found without reading them."""
    try:
        form = reader.root.get("/AcroForm")
        fields = form_fields(reader.get_object, form) if form is not None else {}
    except (PdfError, WalkLimit, ValueError, KeyError, TypeError):
        return []
    refs = []
    for fld in fields.values():
        value = raw(reader.get_object(fld.ref), "/V") if fld.kind == "/Sig" else None
        if isinstance(value, generic.IndirectObject):
            refs.append(value.reference)
    return refs


def _revision_of(reader: PdfFileReader, value: Any) -> int:
    if isinstance(value, generic.IndirectObject):
        try:
            return int(reader.xrefs.get_last_change(value.reference))
        except KeyError:
            pass
    return int(reader.xrefs.total_revisions) - 1


def _byte_range(data: Any, sig: EmbeddedPdfSignature | None, ends: list[int],
                size: int) -> tuple[str, ...]:
    if sig is None:
        return ()
    return check_byte_range(data, sig, ends, size).problems


def _tail(data: Any, reader: PdfFileReader, sigs: list[Any], byte_ranges: dict[int, Any],
          ends: list[int], doc: ReviewedDocument) -> str:
    """Problems after the last signed revision, as one sentence (empty: clean)."""
    good = [f.revision for f, s in sigs if s is not None and not byte_ranges[id(f)]]
    if not good:
        return ""
    last = max(good)
    check = check_tail(data, reader, last, ends[last], doc.size)
    problems = list(check.problems)
    if doc.garbage:
        problems.append(f"{doc.garbage} bytes follow the last %%EOF")
    return "; ".join(problems)


def _integrity(sig: EmbeddedPdfSignature, history: History, signed: SignedRevision,
               facts: SignatureFacts) -> None:
    """Digest and coverage by pyHanko; its diff result from our per-revision run."""
    try:
        sig.compute_integrity_info(skip_diff=True)
        sig.diff_result = pyhanko_summary(history, signed)  # type: ignore[assignment]
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        facts.format_error = _short(exc)
        return
    name = getattr(sig.coverage, "name", "")
    facts.coverage = name if name in ("ENTIRE_FILE", "ENTIRE_REVISION") else "PARTIAL"


def _validate(sigs: list[Any], reader: PdfFileReader, options: ReviewOptions,
              env: WorkerEnv, levels: LevelAssessor) -> None:
    trust = env.trust_store(options)
    data = env.document_revinfo(reader)
    fetchers = env.fetchers(options)
    validator = Validator(trust, data, fetchers)
    loop = env.loop
    sm2_ids = SM2_SIGNER_IDS.set(options.sm2_signer_ids)  # seen by every signature_validator()

    async def run() -> None:
        for facts, sig in sigs:
            if sig is None or facts.format_error is not None or facts.unsupported:
                continue
            try:
                if facts.kind == "doc_timestamp":
                    await validator.doc_timestamp(sig, facts)
                elif facts.subfilter in LEGACY:
                    await validate_legacy(sig, facts, validator, RevocationData())
                else:
                    await validator.signature(sig, facts, revocation_attr_data(sig))
                    if options.sm2_signer_ids and facts.crypto_valid:
                        facts.extra["sm2_signer_id"] = sm2_signer_id_used(sig)
            except (PdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
                log.info("validation of %s failed", facts.field, exc_info=exc)
                facts.format_error = _short(exc)
        await cure_timestamps(sigs, trust, data)
        stamps = [f for f, _ in sigs if f.kind == "doc_timestamp"]
        for facts, sig in sigs:
            if sig is not None and worth_trying(facts) and facts.subfilter not in LEGACY:
                await _past(sig, facts, stamps)
            judge_sha1(facts)

    async def _past(sig: EmbeddedPdfSignature, facts: SignatureFacts,
                    stamps: list[SignatureFacts]) -> None:
        when = await validate_in_the_past(sig, facts, trust, data, online=fetchers is not None,
                                          backend=env.fetcher_backend)
        if when is None and levels.level(facts, stamps) == "B-LTA":
            when = await validate_at_timestamp(sig, facts, trust, data)
        if when is not None:
            facts.trust_problem, facts.trusted = None, True
            facts.revocation = "good"
            facts.extra["past"] = when

    try:
        loop.run_until_complete(run())
    finally:
        SM2_SIGNER_IDS.reset(sm2_ids)


def _decrypt(reader: PdfFileReader, password: str | None) -> None:
    """Open an encrypted file: the empty user password first (such files open without asking),
    then ``password``; ReviewStopped (``needs_password``) when neither opens it."""
    for candidate in ("", password) if password else ("",):
        try:
            result = reader.decrypt(candidate)
        except (PdfError, NotImplementedError, ValueError, KeyError, TypeError) as exc:
            raise ReviewStopped("e_encryption_unsupported", detail=_short(exc)) from exc
        if result.status is not AuthStatus.FAILED:
            return
    raise ReviewStopped("e_wrong_password" if password else "e_encrypted")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(HASH_CHUNK):
            h.update(chunk)
    return h.hexdigest()


@contextmanager
def _mapped(fh: BinaryIO) -> Iterator[Any]:
    size = os.fstat(fh.fileno()).st_size
    if size == 0:
        yield b""
        return
    with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        yield data


def _error(path: Path, digest: str, key: str, lang: str, **params: object) -> FileReport:
    return FileReport(str(path), digest, Integrity.ERROR, error=say(key, lang, **params))


def _short(exc: BaseException) -> str:
    return (str(exc).strip() or type(exc).__name__).splitlines()[0][:160]


__all__ = ["analyse_file"]
