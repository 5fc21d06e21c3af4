"""Modifications after each signature: pyHanko's verdict and ours, judged against permissions.

For a signature over revision *s*, every later revision is checked twice: pyHanko's standard
difference policy compares revision *s* with each later one, and :mod:`crypto.review.changes`
explains each revision object by object.  The stricter answer wins, with one exception:
pyHanko rejects every annotation (and a few LTA refresh patterns, e.g. a replaced VRI entry),
so where our analysis explains *every* object by its role — without leaning on an in-place
appearance rewrite, which only pyHanko can vet — our level stands instead of OTHER.  For the
same reason pyHanko is not asked at all about a revision we explain as maintenance only
(validation data, metadata, an invisible document timestamp): its answer could not change the
verdict, and it walks the whole document to give it.

The level is then compared with what the signature (and any certification before it) permits:
DocMDP 1 → validation data only, 2 → form filling and signing, 3 → also annotations; an
approval signature allows annotations; OTHER is never allowed.  FieldMDP locks forbid changing
the locked fields.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from pyhanko.pdf_utils.generic import Reference
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import (
    DEFAULT_DIFF_POLICY,
    DiffResult,
    FormUpdatingRule,
    GenericFieldModificationRule,
    ModificationLevel,
    SigFieldCreationRule,
    SigFieldModificationRule,
    StandardDiffPolicy,
    SuspiciousModification,
)
from pyhanko.sign.fields import FieldMDPSpec, MDPPerm
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

from crypto.review.changes import RevisionDiff, RevisionReader
from crypto.review.model import Change, ChangeKind, FileReport
from crypto.review.texts import say
from crypto.review.verdict import Assessment

if TYPE_CHECKING:  # overlays loads pymupdf: only the visual comparison needs it
    from crypto.review.overlays import AnnotationChange

log = logging.getLogger(__name__)
Level = ModificationLevel
PERMITTED = {1: Level.LTA_UPDATES, 2: Level.FORM_FILLING, 3: Level.ANNOTATIONS}

#: pyHanko's default policy, except that a visible signature may be added after a
#: certification signature — ISO 32000 and Acrobat allow signing at DocMDP 2.  (A new field
#: that is *not* signed is still an annotation to us, see crypto.review.changes.)
REVIEW_DIFF_POLICY = StandardDiffPolicy(
    global_rules=DEFAULT_DIFF_POLICY.global_rules,
    form_rule=FormUpdatingRule(field_rules=[
        SigFieldCreationRule(allow_new_visible_after_certify=True),
        SigFieldModificationRule(),
        GenericFieldModificationRule(),
    ]),
)


@dataclass
class SignedRevision:
    """One signature's place in the document and what it locks."""

    revision: int  # 0-based
    docmdp: int | None = None
    locks: FieldMDPSpec | None = None
    sig: EmbeddedPdfSignature | None = None


@dataclass
class History:
    """The per-revision analyses of a document, shared by all its signatures."""

    reader: PdfFileReader
    ours: RevisionReader
    pyhanko: dict[tuple[int, int], Level | str] = field(default_factory=dict)

    def pyhanko_level(self, signed: SignedRevision, rev: int) -> Level | str:
        """pyHanko's level for revision ``rev`` against the signed one (a str: rejected)."""
        key = (signed.revision, rev)
        if key not in self.pyhanko:
            docmdp = MDPPerm(signed.docmdp) if signed.docmdp else None
            try:
                result = REVIEW_DIFF_POLICY.apply(
                    old=self.reader.get_historical_resolver(signed.revision),
                    new=self.reader.get_historical_resolver(rev),
                    field_mdp_spec=signed.locks, doc_mdp=docmdp,
                )
                self.pyhanko[key] = result.modification_level
            except SuspiciousModification as exc:
                self.pyhanko[key] = _first_line(exc)
            except (PdfError, ValueError, KeyError, TypeError, AttributeError,
                    IndexError, RecursionError) as exc:
                self.pyhanko[key] = _first_line(exc)
        return self.pyhanko[key]


def _maintenance_only(diff: RevisionDiff) -> bool:
    """Our analysis explains every object of the revision as validation data, metadata or an
    invisible document timestamp.  pyHanko's opinion cannot change the verdict then (a
    rejection is overruled at this level, see :func:`assess`; it never rates such a revision
    higher), and asking costs a walk of the whole document per revision (its reverse-xref
    cache): the largest part of reviewing an LTV archive."""
    return diff.level <= Level.LTA_UPDATES and not diff.weak


def assess(history: History, signed: SignedRevision, earlier: Sequence[SignedRevision],
           tail_problem: bool, lang: str) -> Assessment:
    """Judge everything after ``signed``; ``earlier`` are the signatures before it."""
    total = history.reader.xrefs.total_revisions
    level = Level.NONE if signed.revision >= total - 1 else Level.LTA_UPDATES
    rejected: tuple[int, str] | None = None
    weak = False
    listed = 0
    for rev in range(signed.revision + 1, total):
        diff = history.ours.diff(rev)
        level = max(level, diff.level)
        weak |= diff.weak
        listed += sum(1 for i in diff.items if i.listed)
        if rejected is None and not _maintenance_only(diff):
            verdict = history.pyhanko_level(signed, rev)
            if isinstance(verdict, str):
                rejected = (rev, verdict)
            else:
                level = max(level, verdict)
    result = Assessment(listed=listed)
    if rejected is not None and (weak or level > Level.ANNOTATIONS):
        level = Level.OTHER
        result.rejected = rejected
    if tail_problem:
        level = Level.OTHER
    result.level = level.name
    permitted, cert_level = _permitted(signed, earlier)
    if level > permitted:
        if cert_level is not None and level is not Level.OTHER:
            result.forbidden.append("r_docmdp")
            result.forbidden_params.append(
                {"level": str(cert_level), "allowed": say(f"docmdp_{cert_level}", lang)})
        else:
            result.forbidden.append("r_changes_forbidden")
            result.forbidden_params.append({})
    for name in _locked_changes(history, signed, earlier):
        result.forbidden.append("r_fieldmdp")
        result.forbidden_params.append({"name": name})
    return result


def file_changes(history: History, signatures: Sequence[SignedRevision],
                 assessments: Sequence[Assessment], lang: str) -> list[Change]:
    """Every change after the first signature, in order, each marked allowed or not."""
    if not signatures:
        return []
    out: list[Change] = []
    first = min(s.revision for s in signatures)
    for rev in range(first + 1, history.reader.xrefs.total_revisions):
        before = [s for s in signatures if s.revision < rev]
        for item in history.ours.diff(rev).items:
            if not item.listed:
                continue
            ok = item.level is not Level.OTHER
            for sig in before:
                permitted, _ = _permitted(sig, [s for s in before if s.revision < sig.revision])
                ok = ok and item.level <= permitted and not (
                    item.field_name and sig.locks is not None
                    and _is_locked(sig.locks, item.field_name))
            out.append(Change(rev + 1, item.kind, item.text(lang), allowed=ok))
    out = _collapse(out)
    seen = set()
    for assessment in assessments:
        if assessment.rejected is not None and assessment.rejected not in seen:
            seen.add(assessment.rejected)
            rev, detail = assessment.rejected
            out.append(Change(rev + 1, ChangeKind.OTHER, say("py_rejected", lang, detail=detail),
                              allowed=False))
    return sorted(out, key=lambda c: c.revision)


def flag_covering(report: FileReport, covering: Sequence[AnnotationChange],
                  reader: PdfFileReader, lang: str) -> None:
    """Mark the changes whose appearance covers signed content (crypto.review.visual), listing
    one when no change names it, and say so first in the reasons of each signature before it."""
    for annot in covering:
        revision = _revision_of(reader, annot.xref)
        what = f"{annot.subtype} {annot.field}" if annot.field else annot.subtype
        hits = [i for i, c in enumerate(report.changes)
                if c.revision == revision and _describes(c, annot, lang)]
        for i in hits:
            report.changes[i] = replace(report.changes[i], covers_signed=True)
        if not hits:
            report.changes.append(Change(revision, ChangeKind.ANNOTATION, say(
                "covers_signed", lang, page=annot.page, what=what), covers_signed=True))
        reason = say("r_covered", lang, page=annot.page, what=what, revision=revision)
        for sig in report.signatures:
            if sig.revision < revision and reason not in sig.reasons:
                sig.reasons.insert(0, reason)
    report.changes.sort(key=lambda c: c.revision)


def _revision_of(reader: PdfFileReader, xref: int) -> int:
    """1-based revision that last changed object ``xref`` (the last revision when unknown)."""
    try:
        return int(reader.xrefs.get_last_change(Reference(xref, 0))) + 1
    except (KeyError, ValueError, TypeError):
        return int(reader.xrefs.total_revisions)


def _describes(change: Change, annot: AnnotationChange, lang: str) -> bool:
    if annot.field:
        return annot.field in change.detail
    return change.detail in {say(key, lang, page=annot.page, subtype=annot.subtype)
                             for key in ("annot_added", "annot_changed")}


def _collapse(changes: list[Change]) -> list[Change]:
    """Identical changes in one revision become one entry with a count ("… ×5000")."""
    counts: dict[tuple[int, str, str, bool], int] = {}
    for c in changes:
        key = (c.revision, c.kind.value, c.detail, c.allowed)
        counts[key] = counts.get(key, 0) + 1
    out = []
    for c in changes:
        key = (c.revision, c.kind.value, c.detail, c.allowed)
        if key in counts:
            n = counts.pop(key)
            out.append(Change(c.revision, c.kind, f"{c.detail} ×{n}" if n > 1 else c.detail,
                              c.allowed))
    return out


def _permitted(signed: SignedRevision,
               earlier: Sequence[SignedRevision]) -> tuple[Level, int | None]:
    levels = [s.docmdp for s in (*earlier, signed) if s.docmdp in PERMITTED]
    if not levels:
        return Level.ANNOTATIONS, None
    strictest = min(level for level in levels if level is not None)
    return PERMITTED[strictest], strictest


def _locked_changes(history: History, signed: SignedRevision,
                    earlier: Sequence[SignedRevision]) -> list[str]:
    locks = [s.locks for s in (*earlier, signed) if s.locks is not None]
    if not locks:
        return []
    names: list[str] = []
    for rev in range(signed.revision + 1, history.reader.xrefs.total_revisions):
        for item in history.ours.diff(rev).items:
            if item.field_name and any(_is_locked(spec, item.field_name) for spec in locks):
                names.append(item.field_name)
    return sorted(set(names))


def _is_locked(spec: FieldMDPSpec, name: str) -> bool:
    try:
        return bool(spec.is_locked(name))
    except (ValueError, TypeError):
        return True


def field_locks(sig: EmbeddedPdfSignature) -> FieldMDPSpec | None:
    """The FieldMDP transform of the signature, or the /Lock of its field."""
    try:
        spec = sig.fieldmdp
        if spec is not None:
            return spec
        lock = sig.sig_field.get("/Lock")
        return FieldMDPSpec.from_pdf_object(lock) if lock is not None else None
    except (ValueError, KeyError, TypeError, PdfError):
        return None


def docmdp_level(sig: EmbeddedPdfSignature) -> int | None:
    """DocMDP permission (1–3) of a certification signature, else None."""
    try:
        perm = sig.docmdp_level
    except (ValueError, KeyError, TypeError, PdfError):
        return None
    return int(perm.value) if perm is not None else None


def pyhanko_summary(history: History,
                    signed: SignedRevision) -> DiffResult | SuspiciousModification:
    """pyHanko's overall result for a signature (what its status objects expect); revisions
    we explain as maintenance only count as what pyHanko says of them, LTA_UPDATES."""
    level = Level.NONE
    for rev in range(signed.revision + 1, history.reader.xrefs.total_revisions):
        if _maintenance_only(history.ours.diff(rev)):
            level = max(level, Level.LTA_UPDATES)
            continue
        verdict = history.pyhanko_level(signed, rev)
        if isinstance(verdict, str):
            return SuspiciousModification(verdict)
        level = max(level, verdict)
    return DiffResult(level, set())


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip() or type(exc).__name__).splitlines()[0][:160]


__all__ = [
    "History",
    "SignedRevision",
    "assess",
    "docmdp_level",
    "field_locks",
    "file_changes",
    "flag_covering",
    "pyhanko_summary",
]
