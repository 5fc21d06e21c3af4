"""Certificate notices: before use ("your certificate will now sign …"), after use (signed,
with fingerprints), issued, renewal (with consent) — each a window-modal dialog opened, never
exec'd.  The caller records the notice (app.compliance.notices) when it is shown or answered."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


class CertificateNoticeDialog(QDialog):
    """A notice: a message, the documents and fingerprints, and the buttons it needs."""

    def __init__(self, kind: str, title: str, message: str, details: Sequence[str],
                 parent: QWidget | None = None, *, accept_text: str | None = None,
                 reject_text: str | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"notice_{kind}")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(640, 340)
        self.message = QLabel(message)
        self.message.setObjectName("noticeMessage")
        self.message.setWordWrap(True)
        self.details = QPlainTextEdit("\n".join(details))
        self.details.setObjectName("noticeDetails")
        self.details.setReadOnly(True)
        self.details.setVisible(bool(details))
        self.buttons = QDialogButtonBox()
        ok = self.buttons.addButton(accept_text or self.tr("OK"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("noticeAccept")
        if reject_text:
            no = self.buttons.addButton(reject_text, QDialogButtonBox.ButtonRole.RejectRole)
            no.setObjectName("noticeReject")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)


def _lines(documents: Sequence[tuple[str, str]], certificate_sha256: str) -> list[str]:
    out = [f"{name}\n    SHA-256 {sha}" for name, sha in documents]
    return [*out, "", _cert_line(certificate_sha256)]


def _cert_line(sha: str) -> str:
    return translate("CertificateNoticeDialog", "Certificate SHA-256 {sha}").format(sha=sha)


def before_use(parent: QWidget | None, subject: str, certificate_sha256: str,
               documents: Sequence[tuple[str, str]]) -> CertificateNoticeDialog:
    """"Your certificate will now sign …": Sign / Cancel."""
    message = translate(
        "CertificateNoticeDialog",
        "Your certificate {subject} will now sign the following {count} document(s). "
        "Continue only if you mean to sign them.")
    return CertificateNoticeDialog(
        "before_use", translate("CertificateNoticeDialog", "Certificate use"),
        message.format(subject=subject, count=len(documents)),
        _lines(documents, certificate_sha256), parent,
        accept_text=translate("CertificateNoticeDialog", "Sign"),
        reject_text=translate("CertificateNoticeDialog", "Cancel"))


def after_use(parent: QWidget | None, subject: str, certificate_sha256: str,
              signed: Sequence[tuple[str, str]]) -> CertificateNoticeDialog:
    """Signed successfully: each signed file with its fingerprint."""
    message = translate(
        "CertificateNoticeDialog",
        "Your certificate {subject} signed {count} document(s) successfully.")
    return CertificateNoticeDialog(
        "after_use", translate("CertificateNoticeDialog", "Signed"),
        message.format(subject=subject, count=len(signed)),
        _lines(signed, certificate_sha256), parent)


def issued(parent: QWidget | None, subject: str, certificate_sha256: str, where: str,
           not_after: str, issued_at: str | None = None) -> CertificateNoticeDialog:
    """On issuance: when, and where the certificate is kept."""
    message = translate(
        "CertificateNoticeDialog",
        "Your certificate {subject} was issued and is stored in {where}. It is valid until "
        "{not_after}.")
    when = [] if issued_at is None else [
        translate("CertificateNoticeDialog", "Issued at {at}").format(at=issued_at)]
    return CertificateNoticeDialog(
        "issued", translate("CertificateNoticeDialog", "Certificate issued"),
        message.format(subject=subject, where=where, not_after=not_after),
        [*when, _cert_line(certificate_sha256)], parent)


def renewal(parent: QWidget | None, subject: str, not_after: str,
            days_left: int) -> CertificateNoticeDialog:
    """Renewal in advance: agree now, or be asked at the next signing."""
    message = translate(
        "CertificateNoticeDialog",
        "Your certificate {subject} expires on {not_after} ({days} days left). Do you agree "
        "that it is renewed? You can also decide at your next signing.")
    return _renewal("renewal", message.format(subject=subject, not_after=not_after,
                                              days=days_left), parent,
                    translate("CertificateNoticeDialog", "Ask me at the next signing"))


def renewal_at_signing(parent: QWidget | None, subject: str, not_after: str,
                       days_left: int) -> CertificateNoticeDialog:
    """Renewal consent at a signing: agree or decline; either way the signing goes on."""
    message = translate(
        "CertificateNoticeDialog",
        "Your certificate {subject} expires on {not_after} ({days} days left). Do you agree "
        "that it is renewed? Your answer is recorded; the signing continues either way.")
    return _renewal("renewal_at_signing", message.format(subject=subject, not_after=not_after,
                                                         days=days_left), parent,
                    translate("CertificateNoticeDialog", "Decline renewal"))


def _renewal(kind: str, message: str, parent: QWidget | None,
             other: str) -> CertificateNoticeDialog:
    return CertificateNoticeDialog(
        kind, translate("CertificateNoticeDialog", "Certificate renewal"), message, [], parent,
        accept_text=translate("CertificateNoticeDialog", "Agree to renewal"), reject_text=other)
