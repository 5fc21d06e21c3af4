"""What the review engine must say about every corpus sample, and why.

Each entry: the file verdicts allowed (``integrity``), the ETSI indications allowed per signature
field (``"*"`` for fields not named, e.g. document timestamps), the attack class, variant and
source, a one-line description and the reasoning behind the verdict.

Rules the tests apply (tests/net/test_review_corpus.py):

* legitimate samples (``attack == "legit"``): integrity as listed, every signature
  TOTAL-PASSED, at least ``signatures`` of them reported — false alarms fail here;
* hostile samples: integrity as listed and never UNCHANGED; the *victim* signatures (those the
  attack abuses: listed with ``NOT_PASSED``) never TOTAL-PASSED; the file never passes
  (``FileReport.passed`` false) — unless ``spec_allowed``;
* ``spec_allowed`` hostile samples use only changes the PDF specification permits after that
  signature (form filling after an approval signature, annotations under DocMDP P3, a new
  signature under P2): the engine cannot call them forbidden by the letter of the spec, but it
  must not call them UNCHANGED either — it must list the change and (with the visual
  comparison on) report the visual difference, and the file must not be plain green.

Signatures added by an attacker's accomplice with a trusted certificate may themselves be
TOTAL-PASSED (they are genuine signatures over what their signer saw); the verdict that matters
is the victim's and the file's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

PASSED = frozenset({"TOTAL-PASSED"})
FAILED = frozenset({"TOTAL-FAILED"})
NOT_PASSED = frozenset({"TOTAL-FAILED", "INDETERMINATE"})
ANY = PASSED | NOT_PASSED

CCS19 = (
    'Mladenov, Mainka, Meyer zu Selhausen, Grothe, Schwenk: "1 Trillion Dollar Refund - How To '
    'Spoof PDF Signatures", ACM CCS 2019 (and the 2018 vulnerability report "Attacks bypassing '
    'the signature validation in PDF"); https://pdf-insecurity.org/'
)
NDSS21 = (
    'Mainka, Mladenov, Rohlmann: "Shadow Attacks: Hiding and Replacing Content in Signed PDFs", '
    "NDSS 2021; https://pdf-insecurity.org/"
)
SP21 = (
    'Rohlmann, Mladenov, Mainka, Schwenk: "Breaking the Specification: PDF Certification", IEEE '
    "S&P 2021; https://pdf-insecurity.org/signature/certification.html"
)
ISO = "ISO 32000-2:2020 §7.5.6 (incremental updates), §12.8 (signatures, /ByteRange, DocMDP)"
PADES = "ETSI EN 319 142-1 (PAdES baseline), ETSI EN 319 102-1 (validation, indications)"
ROBUST = "issue 3: a verdict for whatever an archive holds, never a crash or a hang"


@dataclass(frozen=True)
class Expected:
    integrity: frozenset[str]
    # legit | USF | ISA | SWA | Shadow-hide | Shadow-replace | Shadow-hide-and-replace | EAA | SSA
    # | DocMDP | Damaged
    attack: str
    variant: str
    source: str
    description: str
    reasoning: str
    indications: Mapping[str, frozenset[str]] = field(default_factory=lambda: {"*": ANY})
    spec_allowed: bool = False
    signatures: int = 0  # at least this many signature reports
    docmdp: Mapping[str, int] = field(default_factory=dict)  # field → expected DocMDP level
    sub_indication: Mapping[str, str] = field(default_factory=dict)  # field → expected
    visual_difference: bool | None = None  # required value (with ReviewOptions.visual on)
    password: str | None = None  # the user password the review is given (encrypted samples)
    # a change after signing must be flagged as drawn over signed content (and the file then
    # never passes); legitimate samples must never get that flag
    covers_signed: bool = False

    @property
    def hostile(self) -> bool:
        return self.attack not in ("legit", "legacy")


def _legit(
    integrity: set[str], variant: str, description: str, reasoning: str, **kw: Any
) -> Expected:
    return Expected(
        integrity=frozenset(integrity),
        attack="legit",
        variant=variant,
        source=kw.pop("source", PADES),
        description=description,
        reasoning=reasoning,
        indications={"*": PASSED},
        **kw,
    )


def _hostile(
    attack: str,
    variant: str,
    source: str,
    integrity: set[str],
    description: str,
    reasoning: str,
    *,
    victims: tuple[str, ...] = ("Seal1",),
    others: frozenset[str] = ANY,
    **kw: Any,
) -> Expected:
    victim_rule = kw.pop("victim_rule", NOT_PASSED)
    rules: dict[str, frozenset[str]] = {"*": others}
    rules.update({name: victim_rule for name in victims})
    return Expected(
        integrity=frozenset(integrity),
        attack=attack,
        variant=variant,
        source=source,
        description=description,
        reasoning=reasoning,
        indications=rules,
        **kw,
    )


BROKEN_OR_MANIPULATED = {"BROKEN", "MANIPULATED"}
LISTED = {"CHANGED", "MANIPULATED"}
UNREADABLE = {"BROKEN", "ERROR", "MANIPULATED"}

_USF_REASON = (
    "The signature dictionary cannot be checked (no CMS value, no byte range, or nothing to "
    "verify), and the amount was changed in place to 9,000.00: a signature that cannot be "
    "verified is never valid, and a signature dictionary an attacker mangled is a structural "
    "attack (MANIPULATED) or a failed signature (BROKEN)."
)

EXPECTED: dict[str, Expected] = {
    # ------------------------------------------------------------------ legitimate
    "legit_unsigned": _legit(
        {"NONE"}, "no signature", "The payment order, never signed.",
        "No signature field with a value: NONE, and no signature reports.",
        source=ROBUST,
    ),
    "legit_bb": _legit(
        {"UNCHANGED"}, "B-B, seal image", "Contract sealed by the seller on 盖章处 (PAdES B-B).",
        "One signature covering the whole file, chain to the trusted test root.", signatures=1,
    ),
    "legit_bt": _legit(
        {"UNCHANGED"}, "B-T", "Contract sealed with a signature timestamp (PAdES B-T).",
        "As legit_bb, plus a valid signature timestamp from the test TSA.", signatures=1,
    ),
    "legit_two_sigs": _legit(
        {"UNCHANGED", "CHANGED"}, "two approval signatures",
        "Seller's seal, then the buyer's seal on (Seal) (transparent seal image).",
        "The second signature is an allowed change after the first and covers the whole "
        "file; the buyer's seal covers no signed text with opaque paint.", signatures=2,
    ),
    "legit_three_sigs": _legit(
        {"UNCHANGED", "CHANGED"}, "three approval signatures",
        "legit_two_sigs plus an invisible witness signature (ECDSA key).",
        "Each later signature is an allowed change; the last covers the whole file.",
        signatures=3,
    ),
    "legit_cert_p1": _legit(
        {"UNCHANGED"}, "certified DocMDP 1", "Contract certified 'no changes allowed'.",
        "Certification signature, nothing after it.", signatures=1, docmdp={"SellerSeal": 1},
    ),
    "legit_cert_p2": _legit(
        {"UNCHANGED"}, "certified DocMDP 2", "Payment order form certified with P2.",
        "Certification signature, nothing after it.", signatures=1, docmdp={"Seal1": 2},
    ),
    "legit_cert_p3": _legit(
        {"UNCHANGED"}, "certified DocMDP 3", "Payment order form certified with P3.",
        "Certification signature, nothing after it.", signatures=1, docmdp={"Seal1": 3},
    ),
    "legit_p2_fill": _legit(
        {"CHANGED"}, "DocMDP 2 + form filling", "P2-certified form, the note field filled in.",
        "Form filling is permitted by P2: CHANGED with the field change listed.  (pyHanko's "
        "writer, like most form fillers, re-serialises the field dictionary: /Rect "
        "[90.0 194.0 …] becomes [90 194 …], numerically the same — not a change.)",
        signatures=1, docmdp={"Seal1": 2}, visual_difference=True,
    ),
    "legit_p2_fill_then_sign": _legit(
        {"UNCHANGED", "CHANGED"}, "DocMDP 2 + form filling + signature",
        "P2-certified form, note filled in, then an invisible approval signature.",
        "Form filling and signing are both permitted by P2.", signatures=2,
        docmdp={"Seal1": 2},
    ),
    "legit_p2_visible_sign": _legit(
        {"UNCHANGED", "CHANGED"}, "DocMDP 2 + visible signature",
        "P2-certified form, then the buyer's visible seal on blank space.",
        "Signing is permitted by P2 and Acrobat accepts new visible signature fields; the seal "
        "hides no signed content.  (pyHanko's default diff policy refuses new visible fields "
        "after certification — an engine using it as is will raise a false alarm here.)",
        signatures=2, docmdp={"Seal1": 2},
    ),
    "legit_p3_annotation": _legit(
        {"CHANGED"}, "DocMDP 3 + annotation",
        "P3-certified form with a reviewer's sticky note (Text annotation) in the margin.",
        "Annotations are permitted by P3; the note covers no content.  (pyHanko's standard "
        "diff policy does not support P3 and reports OTHER.)",
        signatures=1, docmdp={"Seal1": 3},
    ),
    "legit_approval_fill": _legit(
        {"CHANGED"}, "approval signature + form filling",
        "Payment order approved (signed), then the note field filled in.",
        "Form filling after an approval signature without field locks is permitted (the "
        "field dictionary is re-serialised as in legit_p2_fill).",
        signatures=1, visual_difference=True,
    ),
    "legit_lta": _legit(
        {"UNCHANGED"}, "B-LTA refreshed",
        "Contract signed B-LTA, then `sealdesk ltv --archive-timestamp` (DSS + new timestamp).",
        "Only LTA updates (DSS, document timestamps) follow the signature.", signatures=3,
    ),
    "legit_dss": _legit(
        {"UNCHANGED"}, "B-B + DSS", "Contract signed B-B, then `sealdesk ltv` added the DSS.",
        "A DSS update is an LTA update: no change to the signed content.", signatures=1,
    ),
    # ------------------------------------------------------------------ USF
    "usf_contents_missing": _hostile(
        "USF", "/Contents missing", CCS19, BROKEN_OR_MANIPULATED,
        "Signature dictionary without /Contents; amount changed in place.", _USF_REASON,
    ),
    "usf_contents_empty": _hostile(
        "USF", "/Contents <>", CCS19, BROKEN_OR_MANIPULATED,
        "Empty /Contents hex string; amount changed in place.", _USF_REASON,
    ),
    "usf_contents_null": _hostile(
        "USF", "/Contents null", CCS19, BROKEN_OR_MANIPULATED,
        "/Contents is the null object; amount changed in place.", _USF_REASON,
    ),
    "usf_contents_not_cms": _hostile(
        "USF", "/Contents not CMS", CCS19, BROKEN_OR_MANIPULATED,
        "/Contents holds a well-formed DER SEQUENCE that is not a CMS SignedData.", _USF_REASON,
    ),
    "usf_cms_no_signer": _hostile(
        "USF", "CMS without SignerInfo", CCS19, BROKEN_OR_MANIPULATED,
        "The real CMS (certificates included) with SignerInfos emptied; amount changed.",
        _USF_REASON + "  The certificates alone prove nothing.",
    ),
    "usf_byterange_missing": _hostile(
        "USF", "/ByteRange missing", CCS19, BROKEN_OR_MANIPULATED,
        "Signature dictionary without /ByteRange; amount changed in place.", _USF_REASON,
    ),
    "usf_byterange_null": _hostile(
        "USF", "/ByteRange null", CCS19, BROKEN_OR_MANIPULATED,
        "/ByteRange is the null object; amount changed in place.", _USF_REASON,
    ),
    "usf_byterange_zero": _hostile(
        "USF", "/ByteRange [0 0 0 0]", CCS19, BROKEN_OR_MANIPULATED,
        "The byte range covers nothing; amount changed in place.", _USF_REASON,
    ),
    "usf_byterange_beyond_eof": _hostile(
        "USF", "/ByteRange past end of file", CCS19, BROKEN_OR_MANIPULATED,
        "Second range ends 99,999,999 bytes in (beyond the file); amount changed in place.",
        _USF_REASON + "  A range outside the file fails byte-range sanity.",
    ),
    "usf_no_filter": _hostile(
        "USF", "no /Filter", CCS19, BROKEN_OR_MANIPULATED,
        "Signature dictionary without /Filter; amount changed in place.",
        "Viewers that dispatch on /Filter skipped verification but showed the signer.  The "
        "CMS and range are still there: the digest no longer matches (BROKEN, HASH_FAILURE) or "
        "the malformed dictionary is refused (MANIPULATED).",
    ),
    "usf_stolen_cms": _hostile(
        "USF", "CMS copied from another document", CCS19, BROKEN_OR_MANIPULATED,
        "A never-signed order (9,000,000) given a signature field carrying another document's "
        "genuine CMS, with a proper /ByteRange.",
        "The CMS verifies over its own signed attributes, but its messageDigest is of another "
        "document: HASH_FAILURE.  The trusted certificate inside must not make it green.",
    ),
    # ------------------------------------------------------------------ ISA
    "isa_new_stream": _hostile(
        "ISA", "clean update, new content stream", CCS19, {"MANIPULATED"},
        "A well-formed update (pyHanko's writer) adds a content stream painting 9,000,000 over "
        "the amount.",
        "Page content changed after signing: never an allowed change.",
        visual_difference=True,
    ),
    "isa_redefine_stream": _hostile(
        "ISA", "redefine a signed object", CCS19, {"MANIPULATED"},
        "A well-formed update redefines the signed content stream (same object number).",
        "The signed revision's object is replaced: forbidden change.", visual_difference=True,
    ),
    "isa_no_xref": _hostile(
        "ISA", "no xref, no trailer", CCS19, {"MANIPULATED"},
        "Only the redefined object appended after %%EOF (readers that rebuild the xref use it).",
        "Bytes after the signed revision that are not a clean incremental update.",
    ),
    "isa_no_trailer": _hostile(
        "ISA", "xref without trailer", CCS19, {"MANIPULATED"},
        "Redefined object and an xref table, no trailer: readers repair the file and show it.",
        "Unparseable update after the signed revision; the displayed document differs.",
    ),
    "isa_startxref_broken": _hostile(
        "ISA", "final startxref wrong", CCS19, {"MANIPULATED"},
        "A complete update whose final startxref is 0: reconstruction picks the forged object.",
        "The file's own index is broken after the signed revision; repair shows other content.",
    ),
    "isa_startxref_into_signed": _hostile(
        "ISA", "startxref pointing into the signed part", CCS19, {"MANIPULATED"},
        "A complete update appended, but the final startxref points at the signed revision's "
        "own xref.",
        "Conforming readers show the signed revision, readers that search for the last xref "
        "show the forged one: the bytes after the signature are not a clean update.",
    ),
    "isa_prev_missing": _hostile(
        "ISA", "full xref, no /Prev", CCS19, {"MANIPULATED"},
        "The update's xref lists every object and has no /Prev (looks like one revision).",
        "The signature covers only a prefix of the file; content changed after it.",
        visual_difference=True,
    ),
    "isa_prev_loop": _hostile(
        "ISA", "/Prev loop", CCS19, {"MANIPULATED", "ERROR"},
        "The update's /Prev points at its own xref section.",
        "A reader that follows /Prev naively hangs; the engine must answer within its time "
        "limit (ERROR is acceptable: MuPDF cannot open it either).",
    ),
    "isa_prev_skip": _hostile(
        "ISA", "/Prev skipping the signed revision", CCS19, {"MANIPULATED"},
        "The update repeats the signature revision's xref entries and links /Prev past it.",
        "The revision chain no longer contains the signed revision; content changed.",
        visual_difference=True,
    ),
    "isa_redefine_sigdict": _hostile(
        "ISA", "signature dictionary redefined", CCS19, BROKEN_OR_MANIPULATED,
        "Content changed and the signature dictionary redefined with a /ByteRange over the "
        "whole new file (old CMS).",
        "The digest of the claimed range does not match the CMS (BROKEN), or the redefinition "
        "of a signed signature dictionary is caught (MANIPULATED).",
    ),
    # ------------------------------------------------------------------ SWA
    "swa_relocated_end": _hostile(
        "SWA", "second signed part moved to the end", CCS19, {"MANIPULATED", "BROKEN"},
        "Forged /ByteRange (in the unsigned gap) points at the signed part 2 moved to the end; "
        "new objects and an xref table sit where the original startxref points.",
        "The digest over the named ranges matches (a naive validator says intact), but the "
        "gap holds far more than /Contents: byte-range sanity fails and content changed.",
        visual_difference=True,
    ),
    "swa_relocated_stream": _hostile(
        "SWA", "second signed part inside a stream", CCS19, {"MANIPULATED", "BROKEN"},
        "Signed part 2 wrapped in a dummy stream object in the gap; forged objects and a new "
        "xref appended.",
        "Digest matches, the ranges do not cover the file and the gap is not just /Contents.",
        visual_difference=True,
    ),
    "swa_gap_objects": _hostile(
        "SWA", "objects hidden in the /Contents gap", CCS19, {"MANIPULATED", "BROKEN"},
        "Original /ByteRange kept; forged objects hidden behind the CMS inside the unsigned "
        "/Contents gap, activated by an appended xref-only update.",
        "The signature is intact, but the update points into the unsigned gap and the page "
        "content changes: never allowed.",
        visual_difference=True,
    ),
    # ------------------------------------------------------------------ Shadow
    "shadow_hide_xref_only": _hostile(
        "Shadow-hide", "hide via referenced object (xref only)", NDSS21, {"MANIPULATED"},
        "The cover over the forged amount is redirected, by a one-entry xref update with no "
        "object, to a spare empty definition already in the signed bytes.",
        "The displayed page changes after signing through an xref entry pointing into the "
        "signed revision: forbidden, even though no object was appended.",
        visual_difference=True,
    ),
    "shadow_hide_object_replaced": _hostile(
        "Shadow-hide", "hide via object replacement", NDSS21, {"MANIPULATED"},
        "The cover XObject is redefined as an empty form; the forged amount below shows.",
        "Redefinition of a page resource after signing: forbidden.", visual_difference=True,
    ),
    "shadow_hide_ocg": _hostile(
        "Shadow-hide", "hide via optional content", NDSS21, {"MANIPULATED"},
        "The catalog is redefined so the optional content group of the cover is OFF.",
        "Catalog (/OCProperties) change after signing: forbidden.", visual_difference=True,
    ),
    "shadow_hide_form": _hostile(
        "Shadow-hide", "hide via form field", NDSS21, LISTED,
        "The forged amount is printed under an opaque 'amount' field; the field is then "
        "emptied (transparent), revealing it.",
        "Form filling after an approval signature is permitted, so this may be CHANGED — but "
        "the field change must be listed and the visual difference shown.",
        victims=(), spec_allowed=True, visual_difference=True, covers_signed=True,
    ),
    "shadow_replace_form": _hostile(
        "Shadow-replace", "replace via overlay (form field)", NDSS21, LISTED,
        "The borderless 'amount' field that reads as body text is refilled with 9,000,000.00.",
        "Permitted form filling after an approval signature: at least CHANGED with "
        "'amount: 1,000.00 → 9,000,000.00' listed and the visual difference shown.",
        victims=(), spec_allowed=True, visual_difference=True, covers_signed=True,
    ),
    "shadow_replace_font": _hostile(
        "Shadow-replace", "replace via overwrite (font)", NDSS21, {"MANIPULATED"},
        "The amount's font is redefined with an encoding that draws '1' as 'nine'.",
        "A font (page resource) redefined after signing: forbidden; text bytes unchanged "
        "but the rendering differs.", visual_difference=True,
    ),
    "shadow_hnr_root": _hostile(
        "Shadow-hide-and-replace", "/Root swapped via trailer", NDSS21, {"MANIPULATED"},
        "The signed file holds a second, unused document; the update is a bare trailer whose "
        "/Root names its catalog.",
        "The whole displayed document is replaced after signing.", visual_difference=True,
    ),
    "shadow_hnr_catalog": _hostile(
        "Shadow-hide-and-replace", "catalog redefined", NDSS21, {"MANIPULATED"},
        "The catalog is redefined to point at the second, signed-but-unused page tree.",
        "Catalog change after signing: forbidden.", visual_difference=True,
    ),
    "shadow_hnr_objstm": _hostile(
        "Shadow-hide-and-replace", "object streams swapped", NDSS21, {"MANIPULATED"},
        "An xref-stream update moves page 3 from object stream 10 to the spare object stream "
        "11 (signed, unused) whose page shows the forged amount.",
        "The page object changes after signing via a compressed xref entry alone.",
        visual_difference=True,
    ),
    # ------------------------------------------------------------------ EAA
    "eaa_p2_freetext": _hostile(
        "EAA", "FreeText on P2", SP21, {"MANIPULATED"},
        "P2-certified form; a FreeText annotation paints another account number over it.",
        "Annotations are not permitted by P2: the certification fails (SIG_CONSTRAINTS_FAILURE).",
        visual_difference=True, covers_signed=True,
    ),
    "eaa_p2_stamp": _hostile(
        "EAA", "Stamp on P2", SP21, {"MANIPULATED"},
        "P2-certified form; a Stamp annotation whose appearance is another account number.",
        "Annotations are not permitted by P2.", visual_difference=True, covers_signed=True,
    ),
    "eaa_p2_redact": _hostile(
        "EAA", "Redact on P2", SP21, {"MANIPULATED"},
        "P2-certified form; an (unapplied) Redact annotation whose appearance is another "
        "account number.",
        "Annotations are not permitted by P2.", visual_difference=True, covers_signed=True,
    ),
    "eaa_p2_with_signature": _hostile(
        "EAA", "annotation in the same revision as a signature", SP21, {"MANIPULATED"},
        "P2-certified form; an insider's (permitted) approval signature whose revision also "
        "adds the evil FreeText annotation.",
        "Signing is permitted by P2, the annotation is not, whatever revision it rides in.  The "
        "insider's own signature may pass; the certification must not.",
        visual_difference=True, covers_signed=True,
    ),
    "eaa_p3_freetext": _hostile(
        "EAA", "FreeText on P3", SP21, LISTED,
        "P3-certified form; a FreeText annotation paints another account number over it.",
        "P3 permits annotations, so the letter of the spec allows it: at least CHANGED with the "
        "annotation listed and the visual difference shown.",
        victims=(), spec_allowed=True, visual_difference=True, covers_signed=True,
    ),
    # ------------------------------------------------------------------ SSA
    "ssa_p2_attacker": _hostile(
        "SSA", "signature field overlay, attacker's key", SP21, LISTED,
        "P2-certified form; a new signature field over the account line, signed with a "
        "self-made certificate, whose appearance is another account number.",
        "Signing is permitted by P2, but the new signature has no trusted chain and its "
        "appearance hides certified content.",
        victims=("Approval",), visual_difference=True, covers_signed=True,
    ),
    "ssa_p2_insider": _hostile(
        "SSA", "signature field overlay, trusted insider", SP21, LISTED,
        "As ssa_p2_attacker, signed with a certificate the reviewer trusts.",
        "Every signature is cryptographically good and P2 permits signing, so only the picture "
        "lies: the engine must not say UNCHANGED (the last signature covering the file is not "
        "enough) — it must list the new signature and show the visual difference.",
        victims=(), spec_allowed=True, visual_difference=True, covers_signed=True,
    ),
    "ssa_p2_empty_field": _hostile(
        "SSA", "unsigned signature field overlay", SP21, LISTED,
        "P2-certified form; a new, unsigned signature field whose appearance is another "
        "account number (MuPDF draws its own marker instead of the /AP).",
        "Creating a field is at most form-level change; pyHanko refuses it after "
        "certification.  Never UNCHANGED.",
        victims=(), spec_allowed=True,
    ),
    # ------------------------------------------------------------------ DocMDP
    "mdp_p1_then_sign": _hostile(
        "DocMDP", "signature after P1", SP21, {"MANIPULATED"},
        "Contract certified with P1 (no changes), then a second signature.",
        "P1 permits no change at all, not even a signature: the certification fails.  The "
        "second signature itself may pass.",
        victims=("SellerSeal",),
    ),
    # ------------------------------------------------------------------ damaged
    "garbage_after_eof": _hostile(
        "Damaged", "garbage after %%EOF", ROBUST, {"MANIPULATED"},
        "Signed order followed by binary noise that is no incremental update.",
        "Bytes after the last signed revision that do not parse as a clean update mean "
        "MANIPULATED (issue 3); the signature itself may be intact.",
        victims=(),
    ),
    "second_eof_tail": _hostile(
        "Damaged", "second %%EOF, non-xref tail", ROBUST, {"MANIPULATED"},
        "Signed order followed by text and a second %%EOF, with no xref or trailer.",
        "As garbage_after_eof.", victims=(),
    ),
    "truncated_half": _hostile(
        "Damaged", "truncated in the middle", ROBUST, UNREADABLE | {"NONE"},
        "The signed order cut in half (inside the /Contents hex string).",
        "The byte range reaches past the end of file: nothing can be verified.  The signature "
        "dictionary itself is cut, so a reader may find no signature at all (NONE); never "
        "UNCHANGED.",
    ),
    "truncated_tail": _hostile(
        "Damaged", "trailer cut off", ROBUST, UNREADABLE,
        "The signed order without its last startxref/%%EOF.",
        "The byte range reaches past the end of file.",
    ),
    "bitflip_content": _hostile(
        "Damaged", "bit flip in signed content", ROBUST, {"BROKEN"},
        "One bit flipped in the signed content stream ('1' → '9': CNY 9,000.00).",
        "The digest does not match: TOTAL-FAILED / HASH_FAILURE.",
        victim_rule=FAILED, sub_indication={"Seal1": "HASH_FAILURE"},
    ),
    "bitflip_sigdict": _hostile(
        "Damaged", "bit flip in signed part 2", ROBUST, {"BROKEN"},
        "One bit flipped in the signing time inside the signature dictionary (signed part 2).",
        "The digest does not match: TOTAL-FAILED / HASH_FAILURE.",
        victim_rule=FAILED, sub_indication={"Seal1": "HASH_FAILURE"},
    ),
    "not_a_pdf": _hostile(
        "Damaged", "not a PDF", ROBUST, {"ERROR"},
        "A PNG image named .pdf.", "Cannot be processed: ERROR, with a reason, not a crash.",
        victims=(),
    ),
    "empty_file": _hostile(
        "Damaged", "empty file", ROBUST, {"ERROR"},
        "Zero bytes.", "Cannot be processed: ERROR.", victims=(),
    ),
}


# what real archives hold (encrypted files, SHA-1 era subfilters, other producers' files):
# expected_archive.py, which builds on the definitions above
from .expected_archive import ARCHIVE  # noqa: E402

EXPECTED.update(ARCHIVE)
