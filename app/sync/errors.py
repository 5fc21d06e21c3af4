"""Errors of the evidence sync (stable codes; texts say what happened, then what to do)."""

from __future__ import annotations

from crypto import errors


class SyncError(errors.UserError):
    """Something about the platform or the sync the user can act on."""

    code = "sync_error"
    what = "Evidence sync failed ({detail})."
    todo = "Try again later; the evidence stays in the vault and is sent then."


class InsecurePlatformUrl(SyncError):
    code = "sync_insecure_url"
    what = "The platform address {url} is not allowed: {detail}."
    todo = "Use an https:// address (plain http:// only to 127.0.0.1, ::1 or localhost)."


class PlatformNotConfigured(SyncError):
    code = "sync_not_configured"
    what = "This vault is not registered with an e-signing platform."
    todo = "Register it first: sealdesk sync register --platform URL --enrolment-token-env VAR."


class PlatformUnreachable(SyncError):
    code = "sync_unreachable"
    what = "The platform {url} could not be reached ({detail})."
    todo = "Check the network connection and proxy settings; the sync tries again by itself."


class PlatformTlsError(SyncError):
    code = "sync_tls"
    what = "The platform {url} did not prove its identity ({detail})."
    todo = (
        "Check the platform address and its certificate authority (--ca-file); "
        "do not continue if you do not trust this network."
    )


class PlatformPinMismatch(PlatformTlsError):
    code = "sync_pin_mismatch"
    what = "The platform {url} presented a key that does not match the pinned key."
    todo = "Check with the platform operator whether its key changed, then update the pin."


class PlatformRefused(SyncError):
    code = "sync_refused"
    what = "The platform refused the request: {error} ({status})."
    todo = "Check the registration and the computer's clock; ask the operator if it persists."


class DeviceRevoked(PlatformRefused):
    """The platform operator revoked this vault's device registration (final)."""

    code = "sync_device_revoked"
    what = "The platform {url} has revoked this computer's registration."
    todo = (
        "The evidence stays in the vault and is no longer sent. Ask the platform operator why "
        "this computer was revoked."
    )


class PlatformBusy(SyncError):
    code = "sync_busy"
    what = "The platform is busy or failing ({detail})."
    todo = "Nothing to do: the sync tries again later by itself."


class EnrolmentRefused(SyncError):
    code = "sync_enrolment_refused"
    what = "The platform refused the enrolment token ({detail})."
    todo = "Ask the platform operator for a new enrolment token."


class ReceiptRejected(SyncError):
    """A receipt, proof or tree head did not verify: the platform's answer is not trusted."""

    code = "sync_receipt_rejected"
    what = "A platform receipt did not verify: {detail}. The receipt was not stored."
    todo = (
        "The evidence stays in the vault. Tell the platform operator: the log may have been "
        "forked or rewritten, or the answer was altered on the way."
    )


class EventConflict(ReceiptRejected):
    code = "sync_event_conflict"
    what = "The platform already holds different fingerprints for event {event_id}."
    todo = (
        "The evidence stays in the vault. This happens when a vault is restored from an old "
        "copy; tell the platform operator."
    )
