"""SealDesk's one error tree.

Every error has a stable ``code`` (scripts and the JSON output depend on it) and a ``kind``:

* ``"user"``: something the user can act on (wrong PIN, token removed, expired certificate,
  TSA unreachable, bad input file).  Shown as a sentence: what happened, then what to do.
* ``"bug"``: our fault or an unexpected library failure.  Shown as a generic sentence; the
  trace goes to the log.
* ``"cancel"``: the user cancelled.  Never shown as an error.

Texts are English source strings; front ends translate them (``app.i18n``) in one place.
Parameters are substituted with ``str.format`` after translation, so the template is the key.
Vendor and library errors are translated into these where each backend ends.
"""

from __future__ import annotations

from typing import Any, ClassVar


class SealDeskError(Exception):
    """Root of every error SealDesk raises on purpose."""

    code: ClassVar[str] = "internal"
    kind: ClassVar[str] = "bug"
    what: ClassVar[str] = "An unexpected error occurred."
    todo: ClassVar[str] = "Please report this problem with the log file attached."

    def __init__(self, what: str | None = None, todo: str | None = None, **params: Any) -> None:
        self.what_template = what or type(self).what
        self.todo_template = todo if todo is not None else type(self).todo
        self.params = params
        super().__init__(self.render())

    def render(self, translate: Any = None) -> str:
        """What happened and what to do, as one sentence pair (optionally translated)."""
        tr = translate or (lambda s: s)
        what = _format(tr(self.what_template), self.params)
        todo = _format(tr(self.todo_template), self.params) if self.todo_template else ""
        if not todo:
            return what
        # Chinese sentences end in a full-width stop and take no space before the next one
        gap = "" if what.endswith(("。", "！", "？", "）")) else " "
        return f"{what}{gap}{todo}"

    def to_json(self) -> dict[str, Any]:
        """Machine-readable form for ``--json`` output (never contains secrets)."""
        return {"code": self.code, "kind": self.kind, "message": self.render()}


def _format(template: str, params: dict[str, Any]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


class UserError(SealDeskError):
    """The user can act on it."""

    code = "user_error"
    kind = "user"
    what = "The operation could not be completed."
    todo = ""


class Cancelled(SealDeskError):
    """The user cancelled; silent."""

    code = "cancelled"
    kind = "cancel"
    what = "Cancelled."
    todo = ""


class InternalError(SealDeskError):
    """Our bug, or a library failing in a way we did not expect."""


# --- input and output files -------------------------------------------------------------------


class InputError(UserError):
    code = "input_error"
    what = "Cannot read {path}."
    todo = "Check that the file exists and is readable."


class NotAPdf(InputError):
    code = "not_a_pdf"
    what = "{path} is not a PDF file."
    todo = "Choose a PDF document."


class DamagedPdf(InputError):
    code = "damaged_pdf"
    what = "{path} is damaged or truncated and cannot be signed ({detail})."
    todo = "Obtain an intact copy of the document."


class EncryptedPdf(InputError):
    code = "encrypted_pdf"
    what = "{path} is password-protected."
    todo = "Give the document's password (--pdf-password-env)."


class WrongPdfPassword(InputError):
    code = "wrong_pdf_password"
    what = "The password for {path} is wrong."
    todo = "Check the document's password."


class UnsupportedPdf(InputError):
    code = "unsupported_pdf"
    what = "{path} cannot be signed: {detail}."
    todo = ""


class OutputError(UserError):
    code = "output_error"
    what = "Cannot write {path} ({detail})."
    todo = "Choose a folder you can write to, with enough free space."


class OutputExists(OutputError):
    code = "output_exists"
    what = "{path} already exists."
    todo = "Choose another output name, or pass --overwrite."


# --- tokens and keys --------------------------------------------------------------------------


class TokenError(UserError):
    code = "token_error"
    what = "The security token reported an error ({detail})."
    todo = "Remove and re-insert the token, then try again."


class ModuleNotFound(TokenError):
    code = "module_not_found"
    what = "The PKCS#11 driver {path} could not be loaded ({detail})."
    todo = (
        "Install the token vendor's driver, or give its path with --module. "
        "A 64-bit SealDesk needs the 64-bit driver."
    )


class NoToken(TokenError):
    code = "no_token"
    what = "No security token was found{where}."
    todo = "Insert the USB key and check that its driver is installed."


class TokenRemoved(TokenError):
    code = "token_removed"
    what = "The security token was removed during the operation."
    todo = "Re-insert the token and sign again; nothing was written."


class PinIncorrect(TokenError):
    code = "pin_incorrect"
    what = "The PIN is wrong."
    todo = "Check the PIN and try again."

    def __init__(self, attempts_remaining: int | None = None, final_try: bool = False) -> None:
        self.attempts_remaining = attempts_remaining
        self.final_try = final_try
        if attempts_remaining is not None:
            todo = "{attempts_remaining} attempt(s) left before the token locks."
        elif final_try:
            todo = "Only one attempt is left before the token locks: check the PIN carefully."
        else:
            todo = "Check the PIN and try again."
        super().__init__(todo=todo, attempts_remaining=attempts_remaining, final_try=final_try)


class PinLocked(TokenError):
    code = "pin_locked"
    what = "The token's PIN is locked after too many wrong attempts."
    todo = "Ask your certificate authority or administrator to unlock it with the SO PIN."


class PinInvalid(TokenError):
    code = "pin_invalid"
    what = "The PIN has a form the token does not accept ({detail})."
    todo = "Check the PIN's length and characters."


class KeyNotFound(TokenError):
    code = "key_not_found"
    what = "No usable signing key matches {selector}."
    todo = "List the keys with 'sealdesk tokens' and choose one."


class PinSourceError(UserError):
    code = "pin_source"
    what = "Cannot read the PIN from {source}."
    todo = "Check the environment variable or file that should hold it."


class KeyFileError(UserError):
    code = "key_file"
    what = "Cannot load the key from {path} ({detail})."
    todo = "Check the file and its password."


class CertificateError(UserError):
    code = "certificate_error"
    what = "The signing certificate cannot be used: {detail}."
    todo = "Choose another certificate or renew this one."


class CertificateExpired(CertificateError):
    code = "certificate_expired"
    what = "The signing certificate for {subject} expired on {not_after}."
    todo = "Renew the certificate, or choose another one."


class CertificateNotYetValid(CertificateError):
    code = "certificate_not_yet_valid"
    what = "The signing certificate for {subject} is valid only from {not_before}."
    todo = "Check the computer's clock, or choose another certificate."


# --- network services ------------------------------------------------------------------------


class ServiceError(UserError):
    code = "service_error"
    what = "The service at {url} failed ({detail})."
    todo = "Check the network connection and the service address."


class TsaUnavailable(ServiceError):
    code = "tsa_unavailable"
    what = "The timestamp service at {url} could not be reached ({detail})."
    todo = "Check the network, or sign at level B-B now and add the timestamp later."


class RevocationUnavailable(ServiceError):
    code = "revocation_unavailable"
    what = "Revocation information for {subject} could not be obtained ({detail})."
    todo = "Check the network, or sign at level B-T and add validation data later."


# --- signing ---------------------------------------------------------------------------------


class SigningError(UserError):
    code = "signing_error"
    what = "The document could not be signed: {detail}."
    todo = ""


class FieldError(SigningError):
    code = "field_error"
    what = "Signature field problem: {detail}."
    todo = "Choose another field name, or omit --field to create a new one."


class PlacementError(SigningError):
    code = "placement_error"
    what = "The seal cannot be placed: {detail}."
    todo = "Check the page number, rectangle or anchor text."


class SealImageError(SigningError):
    code = "seal_image"
    what = "The seal image {path} cannot be used: {detail}."
    todo = "Use a PNG image with a transparent background."


class VerificationFailed(SigningError):
    code = "verification_failed"
    what = "The signed output did not verify: {detail}."
    todo = "Nothing was written. Please report this problem."


class UsageError(UserError):
    code = "usage"
    what = "{detail}"
    todo = "See 'sealdesk --help'."


class Pkcs11UriError(UserError):
    code = "pkcs11_uri"
    what = "The PKCS#11 URI is not valid: {detail}."
    todo = "Write it like pkcs11:token=NAME;object=LABEL (RFC 7512); 'sealdesk tokens' lists keys."


class CertificateRevoked(CertificateError):
    code = "certificate_revoked"
    what = "The signing certificate for {subject} has been revoked ({detail})."
    todo = "Do not use this certificate; ask your certificate authority for a new one."


class CertificateUntrusted(CertificateError):
    code = "certificate_untrusted"
    what = "The signing certificate's chain could not be validated: {detail}."
    todo = "Add the issuing CA with --trust, or check the network for revocation sources."


def to_portable(exc: SealDeskError) -> tuple[str, str, str, str, dict[str, Any]]:
    """An error as plain data, to cross a process boundary (exceptions with own __init__
    signatures do not survive pickling)."""
    return (
        type(exc).__module__,
        type(exc).__qualname__,
        exc.what_template,
        exc.todo_template,
        {k: v for k, v in exc.params.items() if isinstance(v, str | int | float | bool | None)},
    )


def from_portable(data: tuple[str, str, str, str, dict[str, Any]]) -> SealDeskError:
    """Rebuild an error made portable by :func:`to_portable` (unknown classes become bugs)."""
    import importlib

    module, name, what, todo, params = data
    cls: type[SealDeskError] = InternalError
    try:
        found = getattr(importlib.import_module(module), name)
        if isinstance(found, type) and issubclass(found, SealDeskError):
            cls = found
    except (ImportError, AttributeError):
        pass
    exc = cls.__new__(cls)
    exc.what_template, exc.todo_template, exc.params = what, todo, params
    for key, value in params.items():  # attributes some errors carry (attempts_remaining …)
        if not hasattr(exc, key):
            setattr(exc, key, value)
    Exception.__init__(exc, exc.render())
    return exc
