"""What a signature should look like: level, certification, field, seal, reason."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from crypto.errors import Text, UsageError


class SignatureLevel(enum.Enum):
    """PAdES baseline levels (ETSI EN 319 142-1)."""

    B_B = "B-B"
    B_T = "B-T"
    B_LT = "B-LT"
    B_LTA = "B-LTA"

    @classmethod
    def parse(cls, text: str) -> SignatureLevel:
        """'B-T', 'b_t', 'BT' → SignatureLevel.B_T."""
        norm = text.strip().upper().replace("_", "-")
        if not norm.startswith("B-") and norm.startswith("B"):
            norm = "B-" + norm[1:]
        for level in cls:
            if level.value == norm:
                return level
        raise UsageError(
            detail=Text("unknown signature level {text!r} (use B-B, B-T, B-LT or B-LTA)", text=text)
        )

    @property
    def needs_timestamp(self) -> bool:
        return self is not SignatureLevel.B_B

    @property
    def needs_revocation_info(self) -> bool:
        return self in (SignatureLevel.B_LT, SignatureLevel.B_LTA)


@dataclass(frozen=True)
class TsaConfig:
    """A time-stamping authority (RFC 3161) and how to reach it."""

    url: str
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 10.0


@dataclass(frozen=True)
class SignOptions:
    """Everything about one signature except the key and the document."""

    level: SignatureLevel = SignatureLevel.B_T
    tsa: TsaConfig | None = None
    certify: int | None = None  # DocMDP permission level 1, 2 or 3; None = approval signature
    field_name: str | None = None
    reason: str | None = None
    location: str | None = None
    contact: str | None = None
    use_pss: bool = False
    md_algorithm: str = "sha256"

    def __post_init__(self) -> None:
        if self.certify is not None and self.certify not in (1, 2, 3):
            raise UsageError(detail=Text("--certify takes 1, 2 or 3"))
        if self.level.needs_timestamp and self.tsa is None:
            raise UsageError(
                detail=Text(
                    "level {level} needs a timestamp service (--tsa URL)", level=self.level.value
                )
            )
