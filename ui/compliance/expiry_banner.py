"""A banner over the window: certificates that expire soon, or have expired (never offered)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.compliance.expiry import CertificateStanding


class ExpiryBanner(QWidget):
    """Hidden while no certificate is flagged."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expiryBanner")
        self.label = QLabel()
        self.label.setObjectName("expiryText")
        self.label.setWordWrap(True)
        close = QPushButton(self.tr("Dismiss"))
        close.setObjectName("expiryDismiss")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.hide()

    def set_standings(self, standings: Sequence[CertificateStanding]) -> None:
        """Show the flagged certificates (expired first), or hide."""
        flagged = sorted((s for s in standings if s.flagged),
                         key=lambda s: (s.state != "expired", s.not_after))
        if not flagged:
            self.hide()
            return
        lines = []
        for s in flagged:
            date = s.not_after.date().isoformat()
            if s.state == "expired":
                lines.append(self.tr("{subject} expired on {date} and cannot sign; renew it.")
                             .format(subject=s.subject, date=date))
            elif s.state == "expiring":
                lines.append(self.tr("{subject} expires on {date} ({days} days left); renew "
                                     "it in time.").format(subject=s.subject, date=date,
                                                           days=s.days_left))
            else:
                lines.append(self.tr("{subject} cannot sign now.").format(subject=s.subject))
        expired = any(s.state == "expired" for s in flagged)
        colour = "#fde2e1" if expired else "#fff4ce"
        self.setStyleSheet(f"#expiryBanner {{ background: {colour}; }}")
        self.label.setText("\n".join(lines))
        self.show()
