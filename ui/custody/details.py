"""One request as an approver or custodian reads it: who asked, for which seal, why, where the
seal goes, the decision, and every document with its fingerprints."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.custody.common import fill_table, read_only_table, when, words

if TYPE_CHECKING:
    from app.custody.requests import SealRequest


class RequestDetails(QWidget):
    """A request's facts and its documents."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestDetails")
        self.facts = QLabel()
        self.facts.setObjectName("requestFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.documents = read_only_table([self.tr("Document"), self.tr("Size"),
                                          self.tr("SHA-256"), self.tr("SM3")], "detailDocuments")
        for column, width in enumerate((180, 80, 440)):
            self.documents.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.facts)
        layout.addWidget(self.documents, 1)

    def clear(self) -> None:
        self.facts.clear()
        self.documents.setRowCount(0)

    def show_request(self, request: SealRequest, seal_name: str) -> None:
        """Show ``request`` (of the seal named ``seal_name``)."""
        e = html.escape
        lines = [
            (self.tr("Request"), f"<code>{e(request.id)}</code>"),
            (self.tr("Seal"), e(seal_name)),
            (self.tr("Purpose"), e(request.purpose)),
            (self.tr("Placement"), e(words().placement(request.placement))),
            (self.tr("Requested by"),
             self.tr("{name}, {time}").format(name=e(request.request.signer_name),
                                               time=when(request.created_at))),
            (self.tr("State"), f"<b>{e(words().state(request.state))}</b>"),
        ]
        if request.decision is not None:
            decision = request.decision
            verb = (self.tr("Approved by") if decision.payload.get("decision") == "approved"
                    else self.tr("Rejected by"))
            lines.append((verb, self.tr("{name}, {time}").format(
                name=e(decision.signer_name), time=when(request.decided_at))))
            if request.reason:
                lines.append((self.tr("Reason"), e(request.reason)))
        if request.origin == "import":
            lines.append((self.tr("Origin"),
                          self.tr("Received from a colleague (request file or platform)")))
        self.facts.setText("<table>" + "".join(
            f"<tr><td style='padding-right:12px;color:#555'>{k}</td><td>{v}</td></tr>"
            for k, v in lines) + "</table>")
        docs = request.documents
        fill_table(self.documents,
                   [[d["name"], f"{d['size']:,}", d["sha256"], d["sm3"]] for d in docs])
