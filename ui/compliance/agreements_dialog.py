"""The agreements dialog: the three texts readable in full, three unticked boxes, Continue only
when all three are ticked; optional processing (usage statistics) ticked separately."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.compliance import agreements as texts
from app.compliance import consent
from app.compliance.agreements import Agreement, AgreementSet
from ui.jobs import JobRunner


class AgreementsDialog(QDialog):
    """First use, or a text changed: read, tick each of the three, continue."""

    def __init__(self, agreement_set: AgreementSet, language: str,
                 parent: QWidget | None = None, *, vault: Any = None,
                 jobs: JobRunner | None = None, kinds: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementsDialog")
        self.agreement_set = agreement_set
        self.language = language
        self.vault, self.jobs = vault, jobs
        self.shown: list[Agreement] = [agreement_set[k] for k in (kinds or texts.REQUIRED)]
        self.setWindowTitle(self.tr("Agreements"))
        self.resize(860, 640)

        intro = QLabel(self.tr("Please read the agreements below. Signing needs your consent to "
                               "all three; tick each one yourself."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("agreementList")
        self.list.setMaximumWidth(240)
        for agreement in self.shown:
            self.list.addItem(agreement.title(language))
        self.text = QTextBrowser()
        self.text.setObjectName("agreementText")
        self.text.setOpenExternalLinks(False)
        self.list.currentRowChanged.connect(self._show)
        reading = QHBoxLayout()
        reading.addWidget(self.list)
        reading.addWidget(self.text, 1)

        self.boxes: dict[str, QCheckBox] = {}
        ticks = QVBoxLayout()
        for agreement in self.shown:
            box = QCheckBox(self.tr("I have read and agree to the {title} (version {version})")
                            .format(title=agreement.title(language), version=agreement.version))
            box.setObjectName(f"tick_{agreement.kind}")
            box.setChecked(False)  # never pre-ticked
            box.toggled.connect(self._update)
            self.boxes[agreement.kind] = box
            ticks.addWidget(box)

        self.optional = QGroupBox(self.tr("Optional (signing works without it)"))
        optional_layout = QVBoxLayout(self.optional)
        analytics = agreement_set[texts.ANALYTICS]
        self.analytics = QCheckBox(self.tr("Allow anonymous usage statistics ({title})")
                                   .format(title=analytics.title(language)))
        self.analytics.setObjectName("tick_analytics")
        self.analytics.setChecked(False)
        optional_layout.addWidget(self.analytics)

        self.buttons = QDialogButtonBox()
        self.continue_button = self.buttons.addButton(self.tr("Continue"),
                                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setObjectName("continueButton")
        decline = self.buttons.addButton(self.tr("Decline"), QDialogButtonBox.ButtonRole.RejectRole)
        decline.setObjectName("declineButton")
        self.buttons.accepted.connect(self._continue)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setObjectName("agreementsError")
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(reading, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.optional)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.list.setCurrentRow(0)
        self._update()

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.shown):
            self.text.setMarkdown(self.shown[row].text(self.language))

    def _update(self) -> None:
        self.continue_button.setEnabled(all(b.isChecked() for b in self.boxes.values()))

    def ticks(self) -> dict[str, bool]:
        """Which texts the person ticked."""
        return {kind: box.isChecked() for kind, box in self.boxes.items()}

    def _continue(self) -> None:
        if not all(self.ticks().values()):
            return
        if self.vault is None or self.jobs is None:
            self.accept()
            return
        self.continue_button.setEnabled(False)
        ticks, analytics = self.ticks(), self.analytics.isChecked()
        vault, agreement_set, language = self.vault, self.agreement_set, self.language

        def record(_ctx: object) -> None:
            consent.accept_required(vault, agreement_set, language, ticks)
            if analytics:
                consent.give(vault, [agreement_set[texts.ANALYTICS]], language)

        self.jobs.run(self, record, on_success=lambda _r: self.accept(),
                      on_failure=self._failed, pool="vault")

    def _failed(self, exc: BaseException) -> None:
        from ui import presenter

        self.error.setText(presenter.message(exc))
        self.error.show()
        self._update()



def for_signing(owner: QWidget, vault: Any, jobs: JobRunner) -> AgreementsDialog:
    """The current texts in the app's language, recorded in ``vault`` once all are ticked."""
    from ui.i18n import current_language

    return AgreementsDialog(texts.load(), current_language(), owner, vault=vault, jobs=jobs)


def ask_agreements(owner: QWidget, vault: Any, jobs: JobRunner,
                   then: Callable[[], None]) -> AgreementsDialog:
    """Open :func:`for_signing` (window-modal, never exec'd); ``then`` once they are accepted."""
    dialog = for_signing(owner, vault, jobs)
    dialog.accepted.connect(then)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
