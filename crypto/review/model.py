"""What the review engine says about a file: the data behind `sealdesk verify --json`.

The JSON form (``schema: sealdesk.verify/1``) is a stable contract: scripts, the GUI's signature
panel and the PDF report all read these objects.  Field names follow the JSON; enumerations are
strings so that they serialise as themselves.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass
from dataclasses import field as _field
from typing import Any

SCHEMA = "sealdesk.verify/1"


class Indication(str, enum.Enum):  # noqa: UP042 - str() must stay as it is for callers
    """ETSI EN 319 102-1 main status indication."""

    TOTAL_PASSED = "TOTAL-PASSED"
    TOTAL_FAILED = "TOTAL-FAILED"
    INDETERMINATE = "INDETERMINATE"


class SubIndication(str, enum.Enum):  # noqa: UP042 - str() must stay as it is for callers
    """ETSI EN 319 102-1 sub-indications (those SealDesk can reach)."""

    # TOTAL-FAILED
    FORMAT_FAILURE = "FORMAT_FAILURE"
    HASH_FAILURE = "HASH_FAILURE"
    SIG_CRYPTO_FAILURE = "SIG_CRYPTO_FAILURE"
    REVOKED = "REVOKED"
    SIG_CONSTRAINTS_FAILURE = "SIG_CONSTRAINTS_FAILURE"  # e.g. forbidden change after signing
    # INDETERMINATE
    NO_CERTIFICATE_CHAIN_FOUND = "NO_CERTIFICATE_CHAIN_FOUND"
    NO_SIGNING_CERTIFICATE_FOUND = "NO_SIGNING_CERTIFICATE_FOUND"
    OUT_OF_BOUNDS_NO_POE = "OUT_OF_BOUNDS_NO_POE"
    OUT_OF_BOUNDS_NOT_REVOKED = "OUT_OF_BOUNDS_NOT_REVOKED"
    REVOKED_NO_POE = "REVOKED_NO_POE"
    REVOKED_CA_NO_POE = "REVOKED_CA_NO_POE"
    TRY_LATER = "TRY_LATER"
    CRYPTO_CONSTRAINTS_FAILURE = "CRYPTO_CONSTRAINTS_FAILURE"
    CRYPTO_CONSTRAINTS_FAILURE_NO_POE = "CRYPTO_CONSTRAINTS_FAILURE_NO_POE"
    CHAIN_CONSTRAINTS_FAILURE = "CHAIN_CONSTRAINTS_FAILURE"
    CERTIFICATE_CHAIN_GENERAL_FAILURE = "CERTIFICATE_CHAIN_GENERAL_FAILURE"
    SIGNED_DATA_NOT_FOUND = "SIGNED_DATA_NOT_FOUND"
    NOT_YET_VALID = "NOT_YET_VALID"
    EXPIRED = "EXPIRED"
    POLICY_PROCESSING_ERROR = "POLICY_PROCESSING_ERROR"
    GENERIC = "GENERIC"


class Integrity(str, enum.Enum):  # noqa: UP042 - str() must stay as it is for callers
    """Per-file verdict on whether what is displayed is what was signed."""

    UNCHANGED = "UNCHANGED"  # the last signature covers the whole file (or only LTA updates follow)
    CHANGED = "CHANGED"  # only allowed changes after signing, each listed
    MANIPULATED = "MANIPULATED"  # forbidden or unparseable changes, or a structural attack
    BROKEN = "BROKEN"  # a signature's bytes do not verify
    NONE = "NONE"  # no signature at all
    ERROR = "ERROR"  # could not be processed (time limit, unreadable file)


class ChangeKind(str, enum.Enum):  # noqa: UP042 - str() must stay as it is for callers
    FORM_FIELD = "form_field"
    ANNOTATION = "annotation"
    PAGE = "page"
    OTHER = "other"


@dataclass(frozen=True)
class Change:
    """One change after a signature, in terms a lawyer reads."""

    revision: int  # 1-based revision in which it happened
    kind: ChangeKind
    detail: str  # e.g. 'field "amount": "100" → "900"', "page 3: annotation added (FreeText)"
    allowed: bool = True  # permitted by the signatures' DocMDP/FieldMDP and the change policy
    # its appearance covers or alters content the signer saw (visual comparison): an Evil
    # Annotation, a Sneaky Signature, a refilled field over body text — never plain green
    covers_signed: bool = False


@dataclass(frozen=True)
class Signer:
    subject: str
    issuer: str
    serial: str
    not_after: str  # ISO 8601


@dataclass
class SignatureReport:
    """One signature or document timestamp."""

    field: str
    kind: str  # "signature" | "doc_timestamp"
    indication: Indication
    sub_indication: SubIndication | None = None
    intact: bool = False  # the digest over the byte range matches
    crypto_valid: bool = False  # the signature value verifies
    trusted: bool = False  # path to a trust anchor, valid at the relevant time
    revocation: str = "not_checked"  # good | revoked | unknown | not_checked
    coverage: str = "PARTIAL"  # ENTIRE_FILE | ENTIRE_REVISION | PARTIAL
    modification_level: str = "OTHER"  # NONE | LTA_UPDATES | FORM_FILLING | ANNOTATIONS | OTHER
    docmdp: int | None = None  # 1, 2, 3 for a certification signature
    pades_level: str | None = None  # B-B | B-T | B-LT | B-LTA
    algorithm: str = ""  # e.g. "sha256_rsa", "sha256_ecdsa", "sm3_sm2"
    signer: Signer | None = None
    signing_time: str | None = None  # claimed (signed attribute or /M)
    timestamp_time: str | None = None  # from a valid signature timestamp
    revision: int = 0  # 1-based revision this signature covers
    reasons: list[str] = _field(default_factory=list)  # plain-language findings, most serious first
    # SM2: the signer ID the signature verified with, when not the default 1234567812345678
    sm2_signer_id: str | None = None


@dataclass
class FileReport:
    """One file's verdict."""

    path: str
    sha256: str
    integrity: Integrity
    error: str | None = None
    changes: list[Change] = _field(default_factory=list)
    visual_difference: bool | None = None  # None: not compared
    signatures: list[SignatureReport] = _field(default_factory=list)
    revisions: int = 0
    differing_pages: list[int] = _field(default_factory=list)  # 1-based, current document
    needs_password: bool = False  # encrypted, and no (or a wrong) password was given

    @property
    def covers_signed_content(self) -> bool:
        """A change after signing is drawn over what a signer saw (see Change.covers_signed)."""
        return any(c.covers_signed for c in self.changes)

    @property
    def passed(self) -> bool:
        """The CLI's exit-code rule: all signatures TOTAL-PASSED, UNCHANGED/CHANGED, and no
        change drawn over signed content (spec-permitted or not, what is shown is not what was
        signed)."""
        return (
            self.integrity in (Integrity.UNCHANGED, Integrity.CHANGED)
            and bool(self.signatures)
            and all(s.indication is Indication.TOTAL_PASSED for s in self.signatures)
            and not self.covers_signed_content
        )

    def to_json(self) -> dict[str, Any]:
        """The ``files[]`` entry of ``sealdesk.verify/1``."""
        doc = asdict(self)
        doc.pop("revisions", None)
        doc.pop("differing_pages", None)
        doc.pop("needs_password", None)
        plain: dict[str, Any] = _plain(doc)
        return plain


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def report_json(files: list[FileReport]) -> dict[str, Any]:
    """The whole ``sealdesk verify --json`` document."""
    return {"schema": SCHEMA, "files": [f.to_json() for f in files]}


@dataclass(frozen=True)
class ReviewOptions:
    """How to review: whom to trust, whether to go online, how long one file may take."""

    trust_roots: tuple[bytes, ...] = ()  # DER certificates from --trust (plus bundled ones)
    system_trust: bool = True  # also the operating system's trust store
    offline: bool = False  # no OCSP/CRL/AIA fetching
    time_limit: float = 60.0  # seconds per file; beyond it the file is ERROR, never a hang
    visual: bool = True  # render and compare the signed revision with what is displayed
    lang: str = "zh"  # language of the plain-language reasons and details: "zh" | "en"
    # user password of encrypted PDFs (files with an empty user password open without it);
    # never shown: repr=False keeps it out of logs and tracebacks
    password: str | None = _field(default=None, repr=False)
    # SM2 signer IDs to try besides the default 1234567812345678 (``--sm2-signer-id``)
    sm2_signer_ids: tuple[bytes, ...] = ()
