"""Expected verdicts for what real archives hold: encrypted files, SHA-1 era subfilters and
files from other producers (see expected.py for the rules; merged into its EXPECTED)."""

from __future__ import annotations

from .expected import (
    CCS19,
    FAILED,
    NDSS21,
    PASSED,
    Expected,
    _hostile,
    _legit,
)

ISO_LEGACY = (
    "ISO 32000-1:2008 §12.8.3.2-3 (adbe.x509.rsa_sha1, adbe.pkcs7.sha1); NIST SP 800-131A "
    "(SHA-1 not for signature generation after 2013); ETSI EN 319 102-1 §5.2.8"
)
OTHER_TOOLS = "issue 3: files signed by other producers (poppler pdfsig 22 with NSS, pyHanko CLI)"
ENC_PASSWORD = "open-sesame-1"  # noqa: S105 - tests/data/review/encrypted.py USER_PASSWORD


def _legacy(variant: str, reasoning: str, sub: str) -> Expected:
    """A genuine SHA-1-era signature over the whole file: UNCHANGED, INDETERMINATE/``sub``."""
    return Expected(
        integrity=frozenset({"UNCHANGED"}), attack="legacy", variant=variant, source=ISO_LEGACY,
        description=f"Payment order signed with {variant}.", reasoning=reasoning,
        indications={"*": frozenset({"INDETERMINATE"})}, signatures=1,
        sub_indication={"Legacy": sub},
    )


ARCHIVE: dict[str, Expected] = {
    # ------------------------------------------------------------------ encrypted (legit)
    **{
        f"legit_enc_{method}": _legit(
            {"UNCHANGED"}, f"encrypted {label}, user password",
            f"Payment order encrypted ({label}, user and owner passwords), then sealed.",
            "With the user password the file is reviewed like any other: the signature "
            "covers the whole file (ISO 32000 never encrypts /Contents).",
            signatures=1, password=ENC_PASSWORD,
        )
        for method, label in (("rc4_40", "RC4 40-bit"), ("rc4_128", "RC4 128-bit"),
                              ("aes128", "AES-128"), ("aes256", "AES-256"))
    },
    "legit_enc_empty_password": _legit(
        {"UNCHANGED"}, "encrypted AES-256, empty user password",
        "Payment order encrypted with only an owner password, then sealed.",
        "An empty user password opens the file without asking: no password is given.",
        signatures=1,
    ),
    # ------------------------------------------------------------------ SHA-1 era subfilters
    "legacy_pkcs7_sha1": _legacy(
        "adbe.pkcs7.sha1, signed now",
        "The CMS encapsulates the byte ranges' SHA-1, which matches; the signature and chain "
        "are good — but SHA-1 signatures made after the sunset (2014) are not acceptable.",
        "CRYPTO_CONSTRAINTS_FAILURE",
    ),
    "legacy_x509_rsa_sha1": _legacy(
        "adbe.x509.rsa_sha1, signed now",
        "Bare PKCS#1 over the byte ranges' SHA-1, certificates in /Cert: intact and valid, "
        "made after the SHA-1 sunset.",
        "CRYPTO_CONSTRAINTS_FAILURE",
    ),
    "legacy_x509_rsa_sha1_2009": _legacy(
        "adbe.x509.rsa_sha1, claims 2009",
        "The signing time (/M) claims 2009, before the sunset, but no timestamp proves it: "
        "ETSI's CRYPTO_CONSTRAINTS_FAILURE_NO_POE.",
        "CRYPTO_CONSTRAINTS_FAILURE_NO_POE",
    ),
    "legacy_x509_rsa_sha256": Expected(
        integrity=frozenset({"UNCHANGED"}), attack="legacy", variant="adbe.x509.rsa_sha1, SHA-256",
        source=ISO_LEGACY, description="The x509 subfilter with a SHA-256 DigestInfo (later "
        "Acrobat).", reasoning="No SHA-1 at all: intact, valid, trusted — TOTAL-PASSED.",
        indications={"*": PASSED}, signatures=1,
    ),
    "legacy_pkcs7_sha1_tampered": _hostile(
        "Damaged", "adbe.pkcs7.sha1, amount changed", ISO_LEGACY, {"BROKEN"},
        "The amount changed inside the bytes an adbe.pkcs7.sha1 signature covers.",
        "The byte ranges' SHA-1 no longer equals the encapsulated digest: HASH_FAILURE.",
        victims=("Legacy",), victim_rule=FAILED, sub_indication={"Legacy": "HASH_FAILURE"},
    ),
    "legacy_x509_rsa_sha1_tampered": _hostile(
        "Damaged", "adbe.x509.rsa_sha1, amount changed", ISO_LEGACY, {"BROKEN"},
        "The amount changed inside the bytes an adbe.x509.rsa_sha1 signature covers.",
        "The digest in the PKCS#1 value no longer matches: HASH_FAILURE.",
        victims=("Legacy",), victim_rule=FAILED, sub_indication={"Legacy": "HASH_FAILURE"},
    ),
    # ------------------------------------------------------------------ other producers
    "tool_pdfsig_pkcs7": _legit(
        {"UNCHANGED"}, "poppler pdfsig (NSS), adbe.pkcs7.detached",
        "Payment order signed by `pdfsig -add-signature` with an NSS database.",
        "Another producer's CMS and update layout: one signature over the whole file.",
        signatures=1, source=OTHER_TOOLS,
    ),
    "tool_pdfsig_existing_field": _legit(
        {"UNCHANGED"}, "pyHanko's empty field, signed by pdfsig -sign",
        "Payment order with an empty signature field (pyHanko), then `pdfsig -sign` fills it.",
        "Two tools' updates; the last signature covers the whole file.",
        signatures=1, source=OTHER_TOOLS,
    ),
    "tool_ours_after_pdfsig": _legit(
        {"UNCHANGED", "CHANGED"}, "pdfsig's signature, then ours",
        "Payment order signed by pdfsig, then approved with SealDesk's signer.",
        "Two producers' incremental updates; the second signature is an allowed change.",
        signatures=2, source=OTHER_TOOLS,
    ),
    "tool_pyhanko_cli_lta": _legit(
        {"UNCHANGED"}, "pyHanko CLI, PAdES B-LTA",
        "Payment order signed by `pyhanko sign addsig --use-pades-lta --with-validation-info`.",
        "The signature and its document timestamp, validation data embedded.",
        signatures=2, source=OTHER_TOOLS,
    ),
    "isa_encrypted": _hostile(
        "ISA", "clean update on an encrypted file", CCS19, {"MANIPULATED"},
        "AES-128 encrypted signed order; a well-formed encrypted update paints 9,000,000 over "
        "the amount.",
        "Encryption changes nothing: page content changed after signing is never allowed.",
        visual_difference=True, password=ENC_PASSWORD,
    ),
    "tool_pdfsig_font_rewrite": _legit(
        {"CHANGED"}, "our seal, then pdfsig's signature",
        "Contract sealed by SealDesk, then signed by `pdfsig -add-signature` (a second signer, "
        "another producer).",
        "pdfsig adds /AcroForm /DR /Font /popplerfont for its invisible field, puts that font's "
        "program in object 25 — the number pyHanko's writer left undefined below /Size (it "
        "starts one past the old /Size) and nothing in the signed revision points at — and "
        "leaves two unreferenced appearance streams (36 1, 37 1).  None of it can change what "
        "the seal's signer saw: a new signature and a /DR font no signed field draws with, "
        "listed (CHANGED).  This sample was MANIPULATED before object numbers were judged by "
        "use rather than by number.",
        signatures=2, source=OTHER_TOOLS,
    ),
    # ------------------------------------------------------------------ numbering, /DR
    "gap_dangling_font": _hostile(
        "Shadow-replace", "dangling font reference, gap filled", NDSS21, {"MANIPULATED"},
        "The signed page draws the amount with /F3 → object 8, which the signed revision never "
        "defines (pyHanko's gap below /Size); the update defines 8 as a font drawing '1' as '9'.",
        "Defining a number the signed revision points at changes what it displays: not a new "
        "object, whatever its number (see tool_pdfsig_font_rewrite for the benign case).",
    ),
    "dangling_font_beyond_size": _hostile(
        "Shadow-replace", "dangling font reference past /Size", NDSS21, {"MANIPULATED"},
        "As gap_dangling_font, with /F3 → object 40, past the signed revision's /Size.",
        "A dangling reference brought to life; the number being past /Size does not make it "
        "an unreferenced new object.",
    ),
    "dr_font_for_signed_field": _hostile(
        "Shadow-replace", "/DR gains the font a signed field's /DA names", NDSS21,
        {"MANIPULATED"},
        "A visible text field without an appearance stream (/NeedAppearances) names /Xf in its "
        "/DA, which /DR lacks when signing; the update adds /Xf to /DR as a font drawing '1' "
        "as '9'.",
        "Default resources may gain fonts for new or filled fields, not one an untouched field "
        "that viewers draw from /DA already names.",
    ),
    "tool_pdfsig_isa": _hostile(
        "ISA", "clean update on pdfsig's file", CCS19, {"MANIPULATED"},
        "Payment order signed by pdfsig; a well-formed update paints 9,000,000 over the amount.",
        "Page content changed after signing, whatever produced the signature.",
        victims=("PdfsigSeal",), visual_difference=True,
    ),
}
