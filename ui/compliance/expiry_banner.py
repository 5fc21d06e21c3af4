"""A banner over the window: certificates that expire soon, or have expired (never offered).

Expired certificates come first and turn the banner red; expiring ones alone keep it yellow.
"Renew…" is offered for one expiring certificate at a time (the soonest the person has not
answered about).  Dismiss hides the banner until something changes — a new certificate or a
certificate in a new state — never for good.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.signature_panel import common_name

if TYPE_CHECKING:  # not at start-up: the token layer loads pyHanko (~0.3 s)
    from app.compliance.expiry import CertificateStanding

EXPIRED_COLOUR = "#fde2e1"
EXPIRING_COLOUR = "#fff4ce"
TEXT_COLOUR = "#1f1f1f"  # the backgrounds are light in every theme: so is the text's contrast


class ExpiryBanner(QWidget):
    """Hidden while no certificate is flagged, or after Dismiss until something changes."""

    renewRequested = Signal(object)  # the CertificateStanding to ask about

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expiryBanner")
        self.label = QLabel()
        self.label.setObjectName("expiryText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.renew = QPushButton()
        self.renew.setObjectName("expiryRenew")
        self.renew.clicked.connect(self._renew_clicked)
        self.close_button = QPushButton()
        self.close_button.setObjectName("expiryDismiss")
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.renew, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.flagged: list[CertificateStanding] = []
        self.renew_target: CertificateStanding | None = None
        self.colour = ""
        self._dismissed: frozenset[tuple[str, str]] | None = None
        self.retranslate()
        self.hide()

    @property
    def _key(self) -> frozenset[tuple[str, str]]:
        return frozenset((s.certificate_sha256, s.state) for s in self.flagged)

    def set_standings(self, standings: Sequence[CertificateStanding],
                      renewable: Collection[str] = ()) -> None:
        """Show the flagged certificates (expired first), or hide.  ``renewable``: fingerprints
        of the expiring certificates whose renewal may be asked about now."""
        self.flagged = sorted((s for s in standings if s.flagged),
                              key=lambda s: (s.state != "expired", s.not_after))
        self.renew_target = next((s for s in self.flagged if s.state == "expiring"
                                  and s.certificate_sha256 in renewable), None)
        if self._dismissed is not None and not self._key <= self._dismissed:
            self._dismissed = None  # a new certificate, or one in a new state: shown again
        self._show()

    def dismiss(self) -> None:
        """Hide until a new certificate or a new state is flagged (one going away: no)."""
        self._dismissed = self._key
        self.hide()

    @property
    def dismissed(self) -> bool:
        return self._dismissed is not None

    def _show(self) -> None:
        if not self.flagged or self._dismissed is not None:
            self.hide()
            return
        self.label.setText("\n".join(self._line(s) for s in self.flagged))
        expired = any(s.state == "expired" for s in self.flagged)
        self.colour = EXPIRED_COLOUR if expired else EXPIRING_COLOUR
        self.setStyleSheet(f"#expiryBanner {{ background: {self.colour}; }} "
                           f"#expiryText {{ color: {TEXT_COLOUR}; }}")
        target = self.renew_target
        self.renew.setVisible(target is not None)
        self.renew.setToolTip("" if target is None else self.tr(
            "Renewal of {subject}: agree now, or be asked at your next signing.").format(
                subject=_name(target)))
        self.show()

    def _line(self, s: CertificateStanding) -> str:
        date = s.not_after.date().isoformat()
        if s.state == "expired":
            return self.tr("{subject} expired on {date} and cannot sign; renew it.").format(
                subject=_name(s), date=date)
        if s.state == "expiring":
            return self.tr("{subject} expires on {date} ({days} days left); renew it in "
                           "time.").format(subject=_name(s), date=date, days=s.days_left)
        return self.tr("{subject} cannot sign now.").format(subject=_name(s))

    def _renew_clicked(self) -> None:
        if self.renew_target is not None:
            self.renewRequested.emit(self.renew_target)

    def retranslate(self) -> None:
        self.renew.setText(self.tr("Renew…"))
        self.close_button.setText(self.tr("Dismiss"))
        if self.flagged:
            self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _name(s: CertificateStanding) -> str:
    return common_name(s.subject)
