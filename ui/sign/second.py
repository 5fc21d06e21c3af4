"""SM2 in the sign dialog: before signing, the warning that Adobe Reader cannot verify SM2, and
the offer of a second signature (RSA or ECDSA) for readers outside China, its certificate chosen
with the same :class:`IdentityPage` as the first — a token certificate or a soft certificate file.

The core adds that second signature to the same output (``SigningRun.also``): an invisible
approval signature after the SM2 seal, both in one atomic write.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from app.identity import IdentitySpec
from crypto import errors
from ui.jobs import JobRunner
from ui.sign.identity import IdentityPage


def soft_key_type(spec: IdentitySpec) -> str | None:
    """Worker thread: the key type ("sm2", "rsa", "ec") of a soft certificate file, or None
    when it cannot be told yet (no file, wrong password: signing will say so)."""
    if spec.p12 is None:
        return None
    from crypto.tokens.soft import open_pkcs12

    try:
        session = open_pkcs12(spec.p12, spec.password)
    except errors.SealDeskError:
        return None
    try:
        kinds = {c.key_type for c in session.certificates()}
    finally:
        session.close()
    return kinds.pop() if len(kinds) == 1 else None


def reader_warning() -> str:
    """The Adobe Reader notice of crypto.sm.profile, translated."""
    from crypto.sm.profile import reader_notice
    from crypto.tokens.notice import render_notice

    return render_notice(reader_notice(),
                         lambda template: QCoreApplication.translate("tokens", template))


class SecondSignatureBox(QWidget):
    """Shown when the signing certificate is SM2: the warning, and the second signature."""

    changed = Signal()

    def __init__(self, jobs: JobRunner, modules: tuple[str, ...] = (),
                 expiry_warning_days: int = 30, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("secondSignatureBox")
        self.warning = QLabel(reader_warning())
        self.warning.setObjectName("sm2Warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b06000;")
        self.also = QCheckBox(self.tr("Also sign with an RSA or ECDSA certificate, for readers "
                                      "outside China (an invisible second signature)"))
        self.also.setObjectName("alsoSignCheck")
        self.identity = IdentityPage(jobs, modules, expiry_warning_days)
        self.identity.setObjectName("secondIdentityPage")
        self.identity.hide()
        self._scanned = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warning)
        layout.addWidget(self.also)
        layout.addWidget(self.identity, 1)
        self.also.toggled.connect(self._toggled)
        self.identity.changed.connect(self.changed)
        self.hide()

    def _toggled(self, on: bool) -> None:
        self.identity.setVisible(on)
        if on and not self._scanned:  # tokens are looked for only when asked for
            self._scanned = True
            self.identity.refresh()
        self.changed.emit()

    def wanted(self) -> bool:
        """Whether a second signature will be made."""
        return not self.isHidden() and self.also.isChecked()

    def is_complete(self) -> bool:
        """No second signature wanted, or its certificate chosen."""
        return not self.wanted() or self.identity.is_complete()

    def spec(self) -> IdentitySpec | None:
        """The second signature's identity (None: no second signature)."""
        return self.identity.spec() if self.wanted() else None

    def forget_secrets(self) -> None:
        """Clear the password field (the dialog is closing)."""
        self.identity.forget_secrets()


__all__ = ["SecondSignatureBox", "reader_warning", "soft_key_type"]
