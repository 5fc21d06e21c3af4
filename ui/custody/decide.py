"""Approving or rejecting a request (用印审批): the approver sees the documents, gives a reason,
and signs the decision with their own key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.preferences import Preferences
from ui.custody.details import RequestDetails
from ui.custody.person_dialog import PersonDialog
from ui.vault.session import VaultSession

if TYPE_CHECKING:
    from app.custody.requests import SealRequest
    from app.custody.signed import ActingKey
    from app.vault.vault import Vault


def _decide(vault: Vault, ident: str, key: ActingKey, approve: bool, reason: str) -> SealRequest:
    from app.custody.requests import decide_request

    return decide_request(vault, ident, key, approve=approve, reason=reason)


class DecisionDialog(PersonDialog):
    """Approve (or reject, with a reason) one pending request, signed by the approver."""

    def __init__(self, session: VaultSession, prefs: Preferences, request: SealRequest,
                 approve: bool, seal_name: str, parent: QWidget | None = None) -> None:
        super().__init__(session, prefs,
                         self.tr("Sign and approve") if approve else self.tr("Sign and reject"),
                         self.tr("Your key (the decision is signed with it)"), parent)
        self.setObjectName("decisionDialog")
        self.setWindowTitle(self.tr("Approve the request") if approve
                            else self.tr("Reject the request"))
        self.resize(1160, 640)
        self.request = request
        self.approve = approve
        self.details = RequestDetails()
        self.details.show_request(request, seal_name)
        self.reason = QLineEdit()
        self.reason.setObjectName("decisionReason")
        self.reason.setPlaceholderText(self.tr("Optional") if approve
                                       else self.tr("Required: why the seal may not be used"))
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        left = QVBoxLayout()
        left.addWidget(self.details, 1)
        left.addLayout(form)
        self.lay_out(left, (1, 1))
        self.action_button.clicked.connect(self.decide)

    def decide(self) -> None:
        """Sign the decision with the chosen key and store it."""
        reason = self.reason.text().strip()
        if not self.approve and not reason:
            self.status.setText(self.tr("Give the reason for the rejection."))
            return
        ident, approve = self.request.id, self.approve
        self.sign_with_key(lambda v, key: _decide(v, ident, key, approve, reason),
                           self.tr("Signing the decision…"))
