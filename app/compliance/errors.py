"""Errors of the compliance flows: consent missing, intent checks failing, the camera, the
platform's SMS and face services.  Stable codes; what happened, then what to do."""

from __future__ import annotations

from typing import Any

from crypto import errors


class ConsentRequired(errors.UserError):
    code = "consent_required"
    what = "SealDesk cannot {action} before you agree to the {agreements}."
    todo = ("Read and accept the agreements (Settings → Agreements, or: sealdesk consent "
            "accept), then try again.")


class PurposeNotAgreed(errors.UserError):
    code = "purpose_not_agreed"
    what = "You have not agreed to {purpose}."
    todo = "Choose another method, or agree to it in Settings → Agreements."


class UnknownAgreement(errors.UsageError):
    code = "unknown_agreement"
    what = "There is no agreement named {kind}."
    todo = "Use one of: {kinds}."


class AgreementNotConfirmed(errors.UsageError):
    code = "agreement_not_confirmed"
    what = "Nothing was recorded: agreeing to {agreements} needs your explicit confirmation."
    todo = "Read each text (sealdesk consent show KIND), then repeat the command with {flags}."


class NotAStandingConsent(errors.UsageError):
    code = "not_a_standing_consent"
    what = "Consent to {kind} is not given in advance: it is asked before each face check."
    todo = "Choose the face check when signing; its consent is asked there."


class AgreementTextMissing(errors.InternalError):
    code = "agreement_text_missing"
    what = "The agreement text {name} is missing or damaged ({detail})."


class IntentNotChecked(errors.UserError):
    code = "intent_not_checked"
    what = "Your intent to sign was not confirmed: {detail}."
    todo = "Confirm it with one of the offered methods, then sign again."


class PlatformUnavailable(errors.ServiceError):
    code = "platform_unavailable"
    what = "The e-signing platform at {url} could not be reached ({detail})."
    todo = "Check the network, or confirm your intent with the token PIN."


class PlatformRefused(errors.ServiceError):
    code = "platform_refused"
    what = "The e-signing platform refused the request ({detail})."
    todo = "Try again later, or confirm your intent with another method."


class UnknownSigner(errors.ServiceError):
    code = "unknown_signer"
    what = "The platform does not know this signer's phone number."
    todo = "Ask your administrator to register the signer, or use another method."


class SmsWrongCode(errors.UserError):
    code = "sms_wrong_code"
    what = "The code is wrong."
    todo = "{attempts_left} attempt(s) left: check the text message and type the code again."

    def __init__(self, attempts_left: int) -> None:
        self.attempts_left = attempts_left
        super().__init__(attempts_left=attempts_left)


class SmsExpired(errors.UserError):
    code = "sms_expired"
    what = "The code has expired."
    todo = "Ask for a new code."


class SmsTooManyAttempts(errors.UserError):
    code = "sms_too_many_attempts"
    what = "Too many wrong codes were typed for this request."
    todo = "Ask for a new code, or use another method."


class SmsChallengeClosed(errors.UserError):
    code = "sms_challenge_closed"
    what = ("This code request is closed: its code was already used, or the platform no "
            "longer knows it.")
    todo = "Ask for a new code."


class SmsResendTooSoon(errors.UserError):
    code = "sms_resend_too_soon"
    what = "A new code can be sent in {seconds} s."
    todo = "Wait, then ask again."

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        super().__init__(seconds=seconds)


class RateLimited(errors.ServiceError):
    code = "rate_limited"
    what = "Too many requests were sent to the platform."
    todo = "Wait {seconds} s, then try again."

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        super().__init__(seconds=seconds)


class CameraUnavailable(errors.UserError):
    code = "camera_unavailable"
    what = "No camera can be used on this computer ({detail})."
    todo = "Connect a camera, or confirm your intent with the SMS code or the token PIN."


class FaceNotFound(errors.UserError):
    code = "face_not_found"
    what = "The picture must show exactly one face; it shows {count}."
    todo = "Face the camera alone, in good light, and try again."


class LivenessNotShown(errors.UserError):
    code = "liveness_not_shown"
    what = "No movement was seen between the two pictures."
    todo = "Turn your head slightly when asked, then try again."


class FaceNotVerified(errors.UserError):
    code = "face_not_verified"
    what = "The platform could not confirm that the face matches the signer."
    todo = "Try again in better light, or use another method."


class LetterFieldInvalid(errors.PersonalDataInvalid):
    """A field of the authorisation letter (授权书) is missing or not valid; ``field`` names it
    (one of :data:`app.compliance.company.FIELDS`), so a form can show the error beside it."""

    code = "letter_field_invalid"
    what = "The {kind} is not valid: {detail}."
    todo = "Correct it and try again."

    def __init__(self, field: str, **params: Any) -> None:
        self.field = field
        super().__init__(**params)

    def to_json(self) -> dict[str, Any]:
        """``--json`` form, with the field's stable name."""
        doc = super().to_json()
        doc["field"] = self.field
        return doc


class DocumentNotAsReviewed(errors.UserError):
    code = "document_not_as_reviewed"
    what = "{name} changed after you reviewed it: its fingerprint is no longer the one you saw."
    todo = "Nothing was signed. Review the documents again, then sign."
