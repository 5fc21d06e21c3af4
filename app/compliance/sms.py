"""SMS one-time codes from the platform (PROTOCOL.md, "Signing intent: SMS one-time codes").

The client asks for a challenge bound to the document fingerprint and the signer (the SHA-256
of the signer's certificate, an opaque id: the platform keeps the phone number), the person
types the 6-digit code, the platform verifies it and answers with a signed attestation.  Codes
never reach a log, an event or an exception text.  Requests are the sync client's signed
requests (:class:`app.sync.transport.PlatformClient`), sent once: an interactive check is not
retried behind the person's back.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace
from typing import Any

from app.compliance import errors as cerr
from app.compliance.attestation import verify_attestation
from app.compliance.intent import SMS, IntentResult
from app.sync.errors import PlatformBusy, PlatformRefused, PlatformUnreachable
from app.sync.receipts import LogKey
from app.sync.transport import ErrorAnswer, PlatformClient, PlatformRefusal, PlatformStrained
from crypto.errors import Text, UsageError

CODE_LENGTH = 6
DEFAULT_WAIT = 60  # seconds, when a 429 comes without Retry-After (the protocol's cool-down)


def parse_time(text: Any) -> dt.datetime:
    """An RFC 3339 UTC time from the platform."""
    try:
        return dt.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        raise cerr.PlatformRefused(detail=Text("a time the platform sent is not valid")) from None


@dataclass(frozen=True)
class SmsChallenge:
    """A code was sent: where (masked), until when, when a resend is allowed, tries left."""

    challenge_id: str
    signer_id: str
    document_sha256: str
    expires_at: dt.datetime
    resend_after: dt.datetime
    masked_phone: str
    attempts_left: int

    def seconds_to_resend(self, now: dt.datetime | None = None) -> int:
        """Whole seconds until a resend is allowed (0: now)."""
        now = now or dt.datetime.now(dt.UTC)
        return max(0, int((self.resend_after - now).total_seconds() + 0.999))

    def seconds_to_expiry(self, now: dt.datetime | None = None) -> int:
        """Whole seconds until the code expires (0: expired)."""
        now = now or dt.datetime.now(dt.UTC)
        return max(0, int((self.expires_at - now).total_seconds()))


def check_code(code: str) -> str:
    """Six ASCII digits, or a UsageError (the code itself is never put in the message)."""
    code = code.strip()
    if len(code) != CODE_LENGTH or not (code.isascii() and code.isdigit()):
        raise UsageError(detail=Text("the code has six digits"))
    return code


class SmsIntent:
    """One signer's SMS checks against one platform.

    Tries left and the resend cool-down are the platform's word (its challenge answer, the
    ``attempts_left`` of a ``wrong_code`` refusal, the ``Retry-After`` of a ``429``): the
    client never counts on its own, so two windows on one challenge show the same numbers.
    """

    def __init__(self, client: PlatformClient, log_key: LogKey, signer_id: str) -> None:
        self.client = client
        self.log_key = log_key
        self.signer_id = signer_id
        self._left: dict[str, int] = {}  # tries left per challenge, as the platform last said

    def start(self, document_sha256: str) -> SmsChallenge:
        """Ask the platform to send a code for this document."""
        answer = self._post("/v1/intent/sms", {"signer_id": self.signer_id,
                                                "document_sha256": document_sha256})
        return self._challenge(answer, document_sha256)

    def resend(self, challenge: SmsChallenge) -> SmsChallenge:
        """A new code for the same challenge (SmsResendTooSoon with the platform's wait)."""
        answer = self._post(f"/v1/intent/sms/{challenge.challenge_id}/resend", None)
        return self._challenge(answer, challenge.document_sha256)

    def verify(self, challenge: SmsChallenge, code: str) -> tuple[IntentResult, SmsChallenge]:
        """Check the code: the intent result, or SmsWrongCode / SmsExpired / too many tries.

        The challenge comes back with the tries left (for the dialog)."""
        digits = check_code(code)
        try:
            answer = self._post(f"/v1/intent/sms/{challenge.challenge_id}/verify",
                                {"code": digits})
        except cerr.SmsWrongCode as exc:
            self._left[challenge.challenge_id] = exc.attempts_left
            raise
        except cerr.SmsTooManyAttempts:
            self._left[challenge.challenge_id] = 0
            raise
        if not isinstance(answer, dict) or answer.get("verified") is not True:
            raise cerr.PlatformRefused(detail=Text("the code was not confirmed"))
        digest = verify_attestation(answer.get("attestation"), self.log_key, method=SMS,
                                    signer_id=self.signer_id,
                                    document_sha256=challenge.document_sha256)
        result = IntentResult(SMS, attestation_sha256=digest,
                              challenge_id=challenge.challenge_id)
        self._left[challenge.challenge_id] = 0  # used
        return result, replace(challenge, attempts_left=0)

    def attempts_left(self, challenge: SmsChallenge) -> int:
        """Tries left for ``challenge``, as the platform last said."""
        return self._left.get(challenge.challenge_id, challenge.attempts_left)

    def _challenge(self, answer: Any, document_sha256: str) -> SmsChallenge:
        try:
            made = SmsChallenge(
                challenge_id=str(answer["challenge_id"]),
                signer_id=self.signer_id,
                document_sha256=document_sha256,
                expires_at=parse_time(answer["expires_at"]),
                resend_after=parse_time(answer["resend_after"]),
                masked_phone=str(answer["masked_phone"]),
                attempts_left=int(answer["attempts_left"]),
            )
        except (KeyError, TypeError, ValueError):
            raise cerr.PlatformRefused(detail=Text("the challenge answer is incomplete")) from None
        self._left[made.challenge_id] = made.attempts_left
        return made

    def post(self, path: str, doc: Any) -> Any:
        """A signed POST to the platform, its refusals as the errors the person sees."""
        return self._post(path, doc)

    def _post(self, path: str, doc: Any) -> Any:
        try:
            return self.client.post(path, doc if doc is not None else {})
        except PlatformRefusal as exc:
            raise _refused(exc.answer) from None
        except PlatformStrained as exc:
            raise _strained(exc.answer, self.client.endpoint.url) from None
        except PlatformRefused as exc:
            raise cerr.PlatformRefused(detail=str(exc.params.get("error", "-"))) from None
        except (PlatformBusy, PlatformUnreachable) as exc:
            raise cerr.PlatformUnavailable(url=self.client.endpoint.url,
                                           detail=exc.params.get("detail", "-")) from None


def _refused(answer: ErrorAnswer) -> Exception:
    """A final refusal as the error the person sees."""
    code = answer.error
    if code == "wrong_code":
        left = answer.integer("attempts_left")
        if left is None or left < 0:
            return cerr.PlatformRefused(detail=Text("the answer does not say how many tries "
                                                    "are left"))
        return cerr.SmsWrongCode(left)
    simple: dict[str, type[Exception]] = {
        "expired": cerr.SmsExpired,
        "too_many_attempts": cerr.SmsTooManyAttempts,
        "challenge_closed": cerr.SmsChallengeClosed,
        "unknown_challenge": cerr.SmsChallengeClosed,
        "unknown_signer": cerr.UnknownSigner,
    }
    if code in simple:
        return simple[code]()
    return cerr.PlatformRefused(detail=code or "-")


def _strained(answer: ErrorAnswer, url: str) -> Exception:
    """A 429/5xx answer: the platform's own wait, or "unavailable"."""
    if answer.error in ("resend_too_soon", "rate_limited"):
        wait = max(1, math.ceil(answer.retry_after if answer.retry_after is not None
                                else DEFAULT_WAIT))
        if answer.error == "resend_too_soon":
            return cerr.SmsResendTooSoon(wait)
        return cerr.RateLimited(wait)
    return cerr.PlatformUnavailable(url=url, detail=Text("HTTP {status} {error}",
                                                         status=answer.status,
                                                         error=answer.error or "-"))
