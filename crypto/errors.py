"""SealDesk's one error tree.

Every error has a stable ``code`` (scripts and the JSON output depend on it) and a ``kind``:

* ``"user"``: something the user can act on (wrong PIN, token removed, expired certificate,
  TSA unreachable, bad input file).  Shown as a sentence: what happened, then what to do.
* ``"bug"``: our fault or an unexpected library failure.  Shown as a generic sentence; the
  trace goes to the log.
* ``"cancel"``: the user cancelled.  Never shown as an error.

Texts are English source strings; front ends translate them (``app.i18n``) in one place.
Parameters are substituted with ``str.format`` after translation, so the template is the key.
A parameter that is itself our own words (``detail=``, ``selector=``, a certificate's hidden
reason …) is a :class:`Text`, translated with the same function; plain ``str`` parameters
(file paths, labels, library messages) are shown as they are.
Vendor and library errors are translated into these where each backend ends.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Self

Translate = Callable[[str], str]


class Text(str):
    """English words of ours that keep their template, so a front end can translate them.

    ``Text("the field {name!r} is already signed", name=name)`` is the English sentence (a
    plain ``str`` for logs, JSON and comparisons) and remembers its template and parameters;
    :meth:`render` translates the template, renders nested ``Text`` parameters the same way,
    then fills them in.  The template must be a string literal (the catalog updater extracts
    it, context ``"errors"``): never an f-string.
    """

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Self:
        self = super().__new__(cls, _format(template, params))
        self.template = template
        self.params = params
        return self

    def render(self, translate: Translate | None = None) -> str:
        """The text with its template (and those of nested ``Text`` parameters) translated."""
        template = translate(self.template) if translate is not None else self.template
        return _format(template, render_params(self.params, translate))

    def __reduce__(self) -> tuple[Any, ...]:  # survives pickling (worker processes) intact
        return (_rebuild_text, (type(self), self.template, self.params))


def _rebuild_text(cls: type[Text], template: str, params: dict[str, Any]) -> Text:
    return cls(template, **params)


def render_text(value: Any, translate: Translate | None = None) -> Any:
    """``value`` rendered when it is a :class:`Text`; anything else as it is."""
    return value.render(translate) if isinstance(value, Text) else value


def render_params(params: dict[str, Any], translate: Translate | None) -> dict[str, Any]:
    """Parameters with every :class:`Text` among them rendered (translated when asked)."""
    return {key: render_text(value, translate) for key, value in params.items()}


def template_of(value: str) -> str:
    """The template of a :class:`Text` (for comparing reasons by meaning), else the text."""
    return value.template if isinstance(value, Text) else value


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

    def render(self, translate: Translate | None = None) -> str:
        """What happened and what to do, as one sentence pair (optionally translated).

        Templates and :class:`Text` parameters go through ``translate``; other parameters
        are filled in as they are.
        """
        tr = translate or (lambda s: s)
        params = render_params(self.params, translate)
        what = _format(tr(self.what_template), params)
        todo = _format(tr(self.todo_template), params) if self.todo_template else ""
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
    what = "No security token was found."
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
    what = "{detail}."
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
        # Text parameters are str and pickle with their templates, so they stay translatable
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


# --- vault and evidence (app/vault, app/evidence) ---------------------------------------------


class VaultError(UserError):
    code = "vault_error"
    what = "The vault at {path} cannot be used ({detail})."
    todo = "Check the vault folder and its permissions."


class VaultNotFound(VaultError):
    code = "vault_not_found"
    what = "There is no vault at {path}."
    todo = "Create one with 'sealdesk vault init', or give its folder with --vault."


class VaultExists(VaultError):
    code = "vault_exists"
    what = "A vault already exists at {path}."
    todo = "Use it, or choose another folder with --vault."


class VaultWrongKey(VaultError):
    code = "vault_wrong_key"
    what = "Wrong passphrase or damaged vault: {path} could not be opened."
    todo = "Check the passphrase (or the key in the system keyring); nothing was changed."


class VaultLocked(VaultError):
    code = "vault_locked"
    what = "The vault is locked."
    todo = "Unlock it again with its passphrase."


class VaultBusy(VaultError):
    code = "vault_busy"
    what = "The vault at {path} is in use by another SealDesk process."
    todo = "Close the other SealDesk window or command, then try again."


class VaultKeySourceError(VaultError):
    code = "vault_key_source"
    what = "The vault key could not be obtained from {source} ({detail})."
    todo = "Check the system keyring, or unlock the vault with its passphrase."


class VaultTooNew(VaultError):
    code = "vault_too_new"
    what = "The vault at {path} was created by a newer SealDesk (format {version})."
    todo = "Update SealDesk to open it."


class VaultDocumentNotFound(VaultError):
    code = "vault_document_not_found"
    what = "No document in the vault matches {ident}."
    todo = "List the documents with 'sealdesk vault list'."


class VaultDocumentAmbiguous(VaultError):
    code = "vault_document_ambiguous"
    what = "Several documents in the vault match {ident}."
    todo = "Give more characters of the document ID."


class VaultDocumentDestroyed(VaultError):
    code = "vault_document_destroyed"
    what = "Document {ident} was destroyed on {when} and cannot be recovered."
    todo = ""


class VaultTampered(VaultError):
    code = "vault_tampered"
    what = "The vault's contents were altered: {detail}."
    todo = "Restore the vault from a backup and keep this copy for investigation."


class PersonalDataInvalid(UserError):
    code = "personal_data_invalid"
    what = "The {kind} is not valid: {detail}."
    todo = "Check the number and type it again."


# --- SM2/SM3 (国密: crypto/sm) -----------------------------------------------------------------


class Sm2Unavailable(UserError):
    code = "sm2_unavailable"
    what = "SM2 signatures need the gmssl-pyx package, which could not be loaded ({detail})."
    todo = "Reinstall SealDesk (or run 'pip install gmssl-pyx')."


class Sm2LibraryError(InternalError):
    code = "sm2_library"
    what = "The SM2 library failed: {detail}."


class NotSm2Key(CertificateError):
    code = "not_sm2_key"
    what = "The certificate for {subject} does not have an SM2 key ({detail})."
    todo = "Choose an SM2 certificate and key for an SM2 signature."


class SkfLibraryError(TokenError):
    code = "skf_library"
    what = "The SKF library {path} could not be loaded ({detail})."
    todo = (
        "Install the USB key vendor's SKF library (GM/T 0016) and give its path. "
        "A 64-bit SealDesk needs the 64-bit library."
    )
