"""From findings to verdicts: ETSI EN 319 102-1 indications per signature, integrity per file.

The rules, most serious first (a signature gets the first that applies):

==============================================  =================================================
finding                                          signature verdict
==============================================  =================================================
unreadable CMS / unsupported format              TOTAL-FAILED/FORMAT_FAILURE (unsupported:
                                                 INDETERMINATE/GENERIC)
/ByteRange not the normal shape                  TOTAL-FAILED/FORMAT_FAILURE
digest over the byte ranges differs              TOTAL-FAILED/HASH_FAILURE
signature value invalid                          TOTAL-FAILED/SIG_CRYPTO_FAILURE
signer revoked, trusted timestamp after it       TOTAL-FAILED/REVOKED
changes the signature forbids (DocMDP,           TOTAL-FAILED/SIG_CONSTRAINTS_FAILURE
FieldMDP, or anything unrecognised)
signer revoked, no proof of earlier existence    INDETERMINATE/REVOKED_NO_POE
signer revoked after a trusted timestamp         (revocation does not count: ETSI past validation)
certificate expired, timestamp after expiry      INDETERMINATE/EXPIRED
certificate expired, no proof of existence       INDETERMINATE/OUT_OF_BOUNDS_NO_POE
no path to a trust anchor                        INDETERMINATE/NO_CERTIFICATE_CHAIN_FOUND
revocation status unknown                        INDETERMINATE/TRY_LATER
SHA-1 era signature made (or claimed) after      INDETERMINATE/CRYPTO_CONSTRAINTS_FAILURE
the SHA-1 sunset (2014), or only claiming an     (…_NO_POE when only the claimed time is
earlier time                                     earlier; see crypto.review.legacy)
other chain / key usage / algorithm problems     INDETERMINATE/<pyHanko's sub-indication>
signature timestamp invalid or untrusted         INDETERMINATE/<the timestamp's problem>
everything holds                                 TOTAL-PASSED (changes that are allowed are
                                                 listed; the file is then CHANGED, not UNCHANGED)
==============================================  =================================================

File integrity: ERROR (not processed) > BROKEN (a signature's bytes do not verify) >
MANIPULATED (byte-range anomaly, unclean bytes after the last signed revision, or a forbidden
change) > CHANGED (allowed changes, each listed) > UNCHANGED (nothing, or only validation data
and archive timestamps) ; NONE when there is no signature.  A permitted change whose appearance
is drawn over signed content (Evil Annotation, Sneaky Signature, a refilled field: see
crypto.review.visual) stays CHANGED, flagged ``covers_signed``, and the file does not pass.
Timestamps that fail only because time has passed are validated at the time the next
timestamp of the chain proves (crypto.review.poe).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pyhanko.sign.ades.report import AdESIndeterminate

from crypto.review.model import Indication, Integrity, SubIndication
from crypto.review.signature import SignatureFacts
from crypto.review.texts import level_name, say

I = Indication  # noqa: E741 - local shorthand
S = SubIndication


@dataclass
class Assessment:
    """Modifications after one signature, judged against what it permits."""

    level: str = "NONE"  # ModificationLevel name after combining pyHanko's and ours
    listed: int = 0  # changes worth listing (beyond LTA maintenance)
    forbidden: list[str] = field(default_factory=list)  # reason keys with params, see reasons
    forbidden_params: list[dict[str, str]] = field(default_factory=list)
    rejected: tuple[int, str] | None = None  # (revision, why) pyHanko's analysis refused


@dataclass(frozen=True)
class SignatureVerdict:
    indication: Indication
    sub_indication: SubIndication | None
    reasons: tuple[str, ...]


def judge_signature(facts: SignatureFacts, byte_range: Sequence[str], changes: Assessment,
                    lang: str, offline: bool) -> SignatureVerdict:
    """The ETSI verdict for one signature and its reasons, most serious first."""
    reasons: list[str] = []

    def result(ind: Indication, sub: SubIndication | None,
               *keys: tuple[str, dict[str, str]]) -> SignatureVerdict:
        for key, params in keys:
            reasons.insert(0, say(key, lang, **params))
        return SignatureVerdict(ind, sub, tuple(_dedupe(reasons)))

    for key, params in zip(changes.forbidden, changes.forbidden_params, strict=True):
        reasons.append(say(key, lang, **params))
    if changes.listed and not changes.forbidden:
        reasons.append(say("r_changed_allowed", lang, level=level_name(changes.level, lang)))
    elif changes.level == "LTA_UPDATES":
        reasons.append(say("r_lta_only", lang))

    if facts.unsupported:
        return result(I.INDETERMINATE, S.GENERIC, ("r_unsupported", {"detail": facts.subfilter}))
    if facts.format_error is not None:
        return result(I.TOTAL_FAILED, S.FORMAT_FAILURE,
                      ("r_format", {"detail": facts.format_error}))
    if byte_range:
        return result(I.TOTAL_FAILED, S.FORMAT_FAILURE,
                      ("r_byte_range", {"detail": "; ".join(byte_range)}))
    if not facts.intact:
        return result(I.TOTAL_FAILED, S.HASH_FAILURE, ("r_hash", {}))
    if not facts.crypto_valid:
        return result(I.TOTAL_FAILED, S.SIG_CRYPTO_FAILURE, ("r_crypto", {}))
    if facts.coverage == "PARTIAL":
        return result(I.TOTAL_FAILED, S.FORMAT_FAILURE, ("r_coverage", {}))
    ts = facts.timestamp if facts.kind == "signature" else None
    ts_ok = ts is not None and ts.intact and ts.valid and ts.trusted
    revoked_passes = False
    past = facts.extra.get("past")
    if facts.revoked_at is not None and not facts.ca_revoked:
        when = _iso(facts.revoked_at)
        if ts_ok and ts is not None and ts.time < facts.revoked_at:
            revoked_passes = True
            reasons.append(say("r_revoked_after_ts", lang, when=when, ts=_iso(ts.time)))
        elif facts.kind == "doc_timestamp" and past is not None and past < facts.revoked_at:
            revoked_passes = True  # a later archive timestamp proves it existed before that
            reasons.append(say("r_revoked_after_ts", lang, when=when, ts=_iso(past)))
        elif ts_ok:
            return result(I.TOTAL_FAILED, S.REVOKED, ("r_revoked", {"when": when}))
    if changes.forbidden:
        return result(I.TOTAL_FAILED, S.SIG_CONSTRAINTS_FAILURE)
    if facts.revoked_at is not None and not facts.ca_revoked and not revoked_passes:
        return result(I.INDETERMINATE, S.REVOKED_NO_POE,
                      ("r_revoked_no_poe", {"when": _iso(facts.revoked_at)}))
    problem = facts.trust_problem
    if problem is not None and not revoked_passes:
        return result(I.INDETERMINATE, *_trust_reason(facts, offline, lang))
    if not facts.trusted and not revoked_passes:
        return result(I.INDETERMINATE, S.NO_CERTIFICATE_CHAIN_FOUND, ("r_no_chain", {}))
    if not facts.key_usage_ok:
        return result(I.INDETERMINATE, S.CHAIN_CONSTRAINTS_FAILURE, ("r_key_usage", {}))
    if ts is not None and not ts_ok:
        sub = _sub(ts.problem) if ts.problem is not None else S.GENERIC
        detail = ts.problem.standard_name if ts.problem is not None else (
            "the token does not match the signature" if not ts.intact else "invalid token")
        return result(I.INDETERMINATE, sub, ("r_timestamp_invalid", {"detail": detail}))
    if "ts_past" in facts.extra:
        reasons.insert(0, say("r_ts_past", lang, when=_iso(facts.extra["ts_past"])))
    if past is not None:
        reasons.insert(0, say("r_past", lang, when=_iso(past)))
    return result(I.TOTAL_PASSED, None,
                  ("r_passed_ts" if facts.kind == "doc_timestamp" else "r_passed", {}))


def _trust_reason(facts: SignatureFacts, offline: bool,
                  lang: str) -> tuple[SubIndication, tuple[str, dict[str, str]]]:
    problem = facts.trust_problem
    cert = facts.signer
    ts = facts.timestamp if facts.kind == "signature" else None
    if problem == AdESIndeterminate.OUT_OF_BOUNDS_NO_POE and cert is not None:
        not_after = cert.not_valid_after
        if ts is not None and ts.trusted and ts.time > not_after:
            return S.EXPIRED, ("r_expired", {"ts": _iso(ts.time), "when": _iso(not_after)})
        return S.OUT_OF_BOUNDS_NO_POE, ("r_expired_no_poe", {"when": _iso(not_after)})
    if problem == AdESIndeterminate.NOT_YET_VALID:
        return S.NOT_YET_VALID, ("r_not_yet_valid", {})
    if problem == AdESIndeterminate.NO_CERTIFICATE_CHAIN_FOUND:
        return S.NO_CERTIFICATE_CHAIN_FOUND, ("r_no_chain", {})
    if problem == AdESIndeterminate.REVOKED_CA_NO_POE:
        return S.REVOKED_CA_NO_POE, ("r_ca_revoked", {})
    if problem in (AdESIndeterminate.TRY_LATER, AdESIndeterminate.REVOCATION_OUT_OF_BOUNDS_NO_POE):
        note = say("r_offline", lang) if offline else ""
        return S.TRY_LATER, ("r_revocation_unknown", {"offline": note})
    if problem in (AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE,
                   AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE_NO_POE):
        sunset = facts.extra.get("sha1_sunset")
        if sunset is not None:  # see crypto.review.legacy.judge_sha1
            when = _iso(facts.signing_time) if facts.signing_time else "?"
            key = ("r_sha1_no_poe" if problem == AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE_NO_POE
                   else "r_sha1_after_sunset")
            return _sub(problem), (key, {"when": when, "sunset": _iso(sunset)[:10]})
        return _sub(problem), ("r_weak_algorithm", {"detail": facts.algorithm or "?"})
    if problem == AdESIndeterminate.CHAIN_CONSTRAINTS_FAILURE and not facts.key_usage_ok:
        return S.CHAIN_CONSTRAINTS_FAILURE, ("r_key_usage", {})
    detail = facts.chain_detail or (problem.standard_name if problem is not None else "?")
    return _sub(problem), ("r_chain", {"detail": detail})


def _sub(problem: object) -> SubIndication:
    name = getattr(problem, "standard_name", None) or getattr(problem, "name", "")
    try:
        return SubIndication(name)
    except ValueError:
        return SubIndication.GENERIC


def file_integrity(*, facts: Sequence[SignatureFacts], structural: bool, forbidden: bool,
                   listed: int) -> Integrity:
    """The file's integrity verdict (see the module docstring for the order)."""
    if not facts:
        return Integrity.NONE
    broken = any(not f.unsupported and (f.format_error is not None or not f.intact
                                        or not f.crypto_valid) for f in facts)
    if broken:
        return Integrity.BROKEN
    if structural or forbidden:
        return Integrity.MANIPULATED
    if listed:
        return Integrity.CHANGED
    return Integrity.UNCHANGED


def _iso(moment: object) -> str:
    iso = getattr(moment, "isoformat", None)
    return iso(timespec="seconds") if callable(iso) else str(moment)


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    return [i for i in items if not (i in seen or seen.add(i))]  # type: ignore[func-returns-value]


__all__ = ["Assessment", "SignatureVerdict", "file_integrity", "judge_signature"]
