"""Errors of seal custody: registry, signed requests and approvals, the offline queue."""

from __future__ import annotations

from crypto.errors import UserError


class CustodyError(UserError):
    """Root of this feature's errors (the user can act on all of them)."""

    code = "custody_error"
    what = "Seal custody: {detail}."
    todo = ""


class SealNotFound(CustodyError):
    code = "seal_not_found"
    what = "No seal in the registry matches {ident}."
    todo = "List the seals with 'sealdesk seal list'."


class SealExists(CustodyError):
    code = "seal_exists"
    what = "The seal {name} is already registered (id {ident})."
    todo = "Use the registered seal, or give the new one another name."


class SealInvalid(CustodyError):
    code = "seal_invalid"
    what = "The seal cannot be registered: {detail}."
    todo = "Check the seal's image, certificate and the people allowed to use it."


class SealNotValid(CustodyError):
    code = "seal_not_valid"
    what = "The seal {name} is not valid now ({detail})."
    todo = "Ask the seal's administrator to renew its validity."


class NotAllowed(CustodyError):
    code = "custody_not_allowed"
    what = "The certificate {subject} may not {action} for the seal {name}."
    todo = "Use the key of a person the seal's registry entry names."


class SignedObjectInvalid(CustodyError):
    code = "signed_object_invalid"
    what = "The signed {kind} does not verify: {detail}."
    todo = "Do not use it; ask its sender for a new copy."


class RequestNotFound(CustodyError):
    code = "request_not_found"
    what = "No seal-use request matches {ident}."
    todo = "List the requests with 'sealdesk request list'."


class RequestState(CustodyError):
    code = "request_state"
    what = "The request {ident} is {state}: it cannot be {action}."
    todo = ""


class RequestReplayed(CustodyError):
    code = "request_replayed"
    what = "The request file {path} was already imported ({detail})."
    todo = "Nothing was changed; there is nothing more to import from this file."


class RequestFileInvalid(CustodyError):
    code = "request_file_invalid"
    what = "{path} is not a valid seal-use request file: {detail}."
    todo = "Ask its sender to export it again with 'sealdesk request export'."


class DocumentNotApproved(CustodyError):
    code = "document_not_approved"
    what = "{path} is not one of the documents approved by request {ident} ({detail})."
    todo = "Seal only the documents as approved; a changed document needs a new request."


class QueueUpgradeFailed(CustodyError):
    code = "queue_upgrade_failed"
    what = "The signature of document {ident} could not be upgraded yet: {detail}."
    todo = "It stays in the queue and is tried again later."


class MailboxConflict(CustodyError):
    code = "custody_mailbox_conflict"
    what = "The platform already holds {detail} for request {ident}."
    todo = "Fetch from the platform ('sealdesk request fetch') and look at the request again."


class NotShareable(CustodyError):
    code = "custody_not_shareable"
    what = "Request {ident} is not sent to the platform: {detail}."
    todo = "Carry it as a request file instead ('sealdesk request export')."


class MailboxAnswerInvalid(CustodyError):
    code = "custody_mailbox_answer"
    what = "The platform's list of seal-use requests is not usable ({detail})."
    todo = "Nothing was changed past the last good entry; try again later or tell the operator."
