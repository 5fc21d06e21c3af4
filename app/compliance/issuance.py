"""Applying for a certificate from the platform's CA (PROTOCOL.md, "Certificate issuance").

A new EC P-256 key and a PKCS#10 request with the applicant's name are made on this computer;
the SMS check is bound to the SHA-256 of the request's DER; the platform answers with the
certificate and its chain, which are kept with the key in a password-protected PKCS#12 file.
The key never leaves this computer.

The steps, shared by ``sealdesk cert apply`` and the desktop app's dialog::

    with CertificateApplication.begin(vault, name, signer_id, language) as applying:
        # consent gate passed, platform connected, key and request made: show the
        # before-issuance notice, then the SMS check bound to applying.request_sha256
        challenge = applying.sms.start(applying.request_sha256)
        intent, _ = applying.sms.verify(challenge, code)
        applying.confirmed(intent)        # the before-issuance notice is recorded
        applying.issue()                  # the platform issues
        stored = applying.store(target, password)  # PKCS#12 written, issued notice recorded
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.atomic import atomic_output
from app.compliance import errors as cerr
from crypto import errors
from crypto.errors import Text

if TYPE_CHECKING:
    from app.compliance.intent import IntentResult
    from app.compliance.platform import IntentServices
    from app.compliance.sms import SmsIntent
    from app.evidence.events import Event
    from app.vault.vault import Vault

SIGNER_ID = re.compile(r"[0-9a-f]{64}")
NAME_MAX = 64
STRONG_PASSWORD = 8  # characters the desktop app asks for (the CLI takes any non-empty one)
STORED_WHERE = "this computer"  # the issued notice's "where" for a PKCS#12 file (no file name)


@dataclass(frozen=True)
class Application:
    """A key and the certificate request made for it."""

    key: ec.EllipticCurvePrivateKey
    csr_der: bytes

    @property
    def request_sha256(self) -> str:
        """The fingerprint the SMS check and the evidence are bound to."""
        return hashlib.sha256(self.csr_der).hexdigest()


@dataclass(frozen=True)
class Issued:
    """The platform's answer."""

    certificate: x509.Certificate
    chain: list[x509.Certificate]

    @property
    def sha256(self) -> str:
        """SHA-256 of the certificate's DER (its id in the evidence)."""
        return hashlib.sha256(self.certificate.public_bytes(serialization.Encoding.DER)
                              ).hexdigest()

    @property
    def ca(self) -> x509.Certificate | None:
        """The platform's certificate authority: the chain's self-signed last certificate."""
        last = self.chain[-1] if self.chain else None
        return last if last is not None and last.issuer == last.subject else None

    @property
    def ca_sha256(self) -> str | None:
        """SHA-256 of the CA certificate's DER (shown before it is trusted)."""
        ca = self.ca
        return None if ca is None else hashlib.sha256(
            ca.public_bytes(serialization.Encoding.DER)).hexdigest()

    @property
    def ca_pem(self) -> bytes | None:
        """The CA certificate as PEM."""
        ca = self.ca
        return None if ca is None else ca.public_bytes(serialization.Encoding.PEM)


def _check_chain(cert: x509.Certificate, chain: list[x509.Certificate]) -> None:
    """Each certificate signed by the next one, ending at a self-signed CA."""
    links = [cert, *chain]
    try:
        for child, parent in zip(links, links[1:], strict=False):
            child.verify_directly_issued_by(parent)
        links[-1].verify_directly_issued_by(links[-1])
    except (ValueError, TypeError, InvalidSignature):
        raise cerr.PlatformRefused(
            detail=Text("the certificate does not chain to the platform's CA")) from None


def save_ca(pem: bytes | None, target: Path) -> Path:
    """The platform CA's certificate (PEM) in ``target`` (written atomically), for ``--trust``
    and the reviewer's trusted roots.  A file there already is kept when it holds the same
    certificate, else refused (OutputExists): nothing is overwritten."""
    if pem is None:
        raise cerr.PlatformRefused(detail=Text("the answer names no certificate authority"))
    if target.exists():
        if not holds_certificate(target, pem):
            raise errors.OutputExists(path=str(target))
        return target.resolve()
    with atomic_output(target) as out:
        out.write(pem)
    return target.resolve()


def holds_certificate(path: Path, pem: bytes | None = None) -> bool:
    """Whether ``path`` is a file holding one certificate (PEM or DER) — the one in ``pem``
    when given."""
    try:
        data = path.read_bytes() if path.is_file() else b""
    except OSError:
        return False
    found: x509.Certificate | None = None
    for load in (x509.load_pem_x509_certificate, x509.load_der_x509_certificate):
        try:
            found = load(data)
            break
        except ValueError:
            continue
    if found is None:
        return False
    return pem is None or found == x509.load_pem_x509_certificate(pem)


def trust_ca(stored: StoredCertificate) -> Path:
    """Keep the platform's CA in the data folder, where the reviewer's trusted roots can name
    it (the person chose to trust it, having seen its SHA-256).  Reads and writes files."""
    from app.paths import data_home

    folder = data_home() / "trust"
    folder.mkdir(mode=0o700, exist_ok=True)
    return save_ca(stored.ca_pem, folder / f"platform-ca-{(stored.ca_sha256 or '')[:16]}.pem")


def new_application(name: str) -> Application:
    """A new EC P-256 key and a PKCS#10 request with ``name`` as the common name."""
    key = ec.generate_private_key(ec.SECP256R1())
    csr = (x509.CertificateSigningRequestBuilder()
           .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
           .sign(key, hashes.SHA256()))
    return Application(key, csr.public_bytes(serialization.Encoding.DER))


def request_certificate(sms: SmsIntent, application: Application, challenge_id: str) -> Issued:
    """Ask the platform to issue, after the SMS check ``challenge_id`` was verified."""
    answer = sms.post("/v1/certificates", {
        "csr": base64.b64encode(application.csr_der).decode("ascii"),
        "signer_id": sms.signer_id, "intent": challenge_id})
    try:
        cert = x509.load_der_x509_certificate(base64.b64decode(answer["certificate"],
                                                               validate=True))
        chain = [x509.load_der_x509_certificate(base64.b64decode(c, validate=True))
                 for c in answer["chain"]]
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise cerr.PlatformRefused(detail=Text("the certificate answer is not valid")) from None
    if cert.public_key() != application.key.public_key():
        raise cerr.PlatformRefused(detail=Text("the certificate is not for the new key"))
    _check_chain(cert, chain)
    return Issued(cert, chain)


def write_pkcs12(target: Path, application: Application, issued: Issued, password: str,
                 name: str) -> None:
    """Key, certificate and chain in a PKCS#12 file (AES), written atomically."""
    blob = pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"), application.key, issued.certificate, issued.chain,
        serialization.BestAvailableEncryption(password.encode("utf-8")))
    with atomic_output(target) as out:
        out.write(blob)


def not_after(issued: Issued) -> dt.datetime:
    """The end of the certificate's validity (UTC)."""
    return issued.certificate.not_valid_after_utc


def utc_text(when: dt.datetime) -> str:
    """A time as the notices show it (minutes, UTC)."""
    return when.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def applicant_problem(name: str, signer_id: str) -> Text | None:
    """What is wrong with the name or the signer ID asked for (None: nothing)."""
    return signer_problem(signer_id) or name_problem(name)


def signer_problem(signer_id: str) -> Text | None:
    """The signer ID registered with the platform: 64 lowercase hex characters."""
    if not SIGNER_ID.fullmatch(signer_id):
        return Text("the signer ID is 64 lowercase hex characters")
    return None


def name_problem(name: str) -> Text | None:
    """The name the certificate will carry: 1 to 64 characters."""
    name = name.strip()
    if not name or len(name) > NAME_MAX:
        return Text("the name is 1 to 64 characters")
    return None


def password_problem(password: str, *, minimum: int = 1,
                     repeated: str | None = None) -> Text | None:
    """What is wrong with the PKCS#12 password (and its repetition, when typed twice)."""
    if not password:
        return Text("the PKCS#12 password is empty")
    if len(password) < minimum:
        return Text("the PKCS#12 password has fewer than {n} characters", n=minimum)
    if repeated is not None and repeated != password:
        return Text("the two passwords differ")
    return None


def default_folder() -> Path:
    """Where new certificate files go unless the person chooses: the documents folder
    (platformdirs), or the data folder when SEALDESK_HOME is set or there is no documents
    folder.  Reads the file system: not on the GUI thread."""
    import platformdirs

    from app.paths import ENV_HOME, data_home

    folder = Path(platformdirs.user_documents_dir())
    if os.environ.get(ENV_HOME) or not folder.is_dir():
        folder = data_home()
    return folder


def file_name(name: str) -> str:
    """A certificate file's name after the applicant's name."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name.strip()).strip(". ")
    return f"{stem or 'certificate'}.p12"


@dataclass(frozen=True)
class StoredCertificate:
    """The new certificate on this computer: what the issued notice tells."""

    path: Path
    certificate_sha256: str
    issued_at: str  # when the issued notice was recorded (RFC 3339, UTC)
    not_after: dt.datetime
    events: tuple[int, int]  # sequence numbers of the before-issuance and issued notices
    ca_sha256: str | None = None  # the platform CA that issued it
    ca_pem: bytes | None = None

    @property
    def issued(self) -> dt.datetime:
        """When it was issued (the issued notice's time)."""
        from app.compliance.sms import parse_time

        return parse_time(self.issued_at)


class CertificateApplication:
    """One application, step by step (see the module's docstring); close it when done."""

    def __init__(self, vault: Vault, services: IntentServices, name: str,
                 application: Application) -> None:
        self.vault = vault
        self.services = services
        self.name = name
        self.application = application
        self.intent: IntentResult | None = None
        self.before: Event | None = None
        self.issued: Issued | None = None

    @classmethod
    def begin(cls, vault: Vault, name: str, signer_id: str,
              language: str = "zh_CN") -> CertificateApplication:
        """Consent gate, the platform's SMS service for ``signer_id`` and a new key + request.

        Raises before anything is sent: UsageError (name, signer ID), ConsentRequired,
        PlatformNotConfigured (the vault is not registered with a platform)."""
        from app.compliance.consent import ConsentGate
        from app.compliance.platform import intent_services

        problem = applicant_problem(name, signer_id)
        if problem is not None:
            raise errors.UsageError(detail=problem)
        ConsentGate.load(vault).require_signing(language)
        services = intent_services(vault, signer_id)
        try:
            return cls(vault, services, name.strip(), new_application(name.strip()))
        except BaseException:
            services.close()
            raise

    def reach(self) -> None:
        """One request to the platform (its log key), so that an unreachable platform is said
        before any notice is shown: PlatformUnavailable."""
        from app.sync.errors import PlatformBusy, PlatformUnreachable

        client = self.services.client
        try:
            client.get("/v1/log/key")
        except (PlatformBusy, PlatformUnreachable) as exc:
            raise cerr.PlatformUnavailable(url=client.endpoint.url,
                                           detail=exc.params.get("detail", "-")) from None

    @property
    def sms(self) -> SmsIntent:
        """The SMS check of this application (start it with :attr:`request_sha256`)."""
        return self.services.sms

    @property
    def request_sha256(self) -> str:
        """What the SMS check and the before-issuance notice are bound to."""
        return self.application.request_sha256

    def confirmed(self, intent: IntentResult) -> Event:
        """The SMS code was right: the before-issuance notice (agreement accepted, identity and
        intent confirmed by the code) is recorded in the evidence chain."""
        from app.compliance import notices
        from app.compliance.intent import SMS

        if intent.method != SMS or not intent.challenge_id:
            raise errors.InternalError()
        self.intent = intent
        self.before = notices.before_issuance(self.vault, self.request_sha256,
                                              agreement_accepted=True,
                                              identity_consistent=True, intent_method=SMS)
        return self.before

    def issue(self) -> Issued:
        """Ask the platform for the certificate (after :meth:`confirmed`)."""
        if self.intent is None or self.intent.challenge_id is None:
            raise errors.InternalError()
        self.issued = request_certificate(self.sms, self.application, self.intent.challenge_id)
        return self.issued

    def store(self, target: Path, password: str) -> StoredCertificate:
        """Key and certificate in ``target`` (written atomically), then the issued notice."""
        from app.compliance import notices

        issued, before = self.issued, self.before
        if issued is None or before is None:
            raise errors.InternalError()
        write_pkcs12(target, self.application, issued, password, self.name)
        until = not_after(issued)
        after = notices.issued(self.vault, issued.sha256, storage="soft", where=STORED_WHERE,
                               not_after=until)
        return StoredCertificate(target.resolve(), issued.sha256, after.at, until,
                                 (before.seq, after.seq), issued.ca_sha256, issued.ca_pem)

    def close(self) -> None:
        """Close the connection to the platform."""
        self.services.close()

    def __enter__(self) -> CertificateApplication:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
