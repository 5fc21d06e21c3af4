"""The diagnostics view: the same report as ``sealdesk doctor`` (app.doctor), one row per check
with its state, what was found and what to do.  The checks run as a job (they load drivers and,
when asked, reach the network)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.doctor import FAIL, OK, WARN, DoctorOptions, Report, render, run_checks
from app.preferences import Preferences
from ui.jobs import JobRunner
from ui.presenter import message

COLOURS = {OK: QColor(27, 122, 52), WARN: QColor(176, 96, 0), FAIL: QColor(179, 38, 30)}


def _errors_text(template: str) -> str:
    return QCoreApplication.translate("errors", template)


class DoctorDialog(QDialog):
    """What this computer can do, and what to fix."""

    reported = Signal(object)  # the Report (tests)

    def __init__(self, jobs: JobRunner, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doctorDialog")
        self.setWindowTitle(self.tr("Diagnostics"))
        self.resize(960, 560)
        self.jobs = jobs
        self.prefs = prefs
        self.report: Report | None = None
        self.summary = QLabel()
        self.summary.setObjectName("doctorSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("doctorTable")
        self.table.setHorizontalHeaderLabels([self.tr("Check"), self.tr("State"),
                                              self.tr("Found"), self.tr("What to do")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.online = QCheckBox(self.tr("Also try the timestamp service and the platform"))
        self.online.setObjectName("doctorOnline")
        self.again = QPushButton(self.tr("Check again"))
        self.again.setObjectName("doctorAgain")
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.online)
        row.addStretch(1)
        row.addWidget(self.again)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.again.clicked.connect(self.run)
        self.run()

    def options(self) -> DoctorOptions:
        """The checks' options from the settings."""
        services = tuple((kind, url) for kind, url in (("tsa", self.prefs.tsa_url),
                                                       ("platform", self.prefs.platform_url))
                         if url)
        return DoctorOptions(modules=self.prefs.pkcs11_modules, online=self.online.isChecked(),
                             services=services, warning_days=self.prefs.expiry_warning_days)

    def run(self) -> None:
        """Run the checks in the background."""
        options = self.options()
        self.again.setEnabled(False)
        self.summary.setText(self.tr("Checking…"))
        self.jobs.run(self, lambda ctx: run_checks(options), on_success=self._show,
                      on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.again.setEnabled(True)
        self.summary.setText(message(exc))

    def _show(self, report: Report) -> None:
        self.again.setEnabled(True)
        self.report = report
        states = {OK: self.tr("OK"), WARN: self.tr("Warning"), FAIL: self.tr("Problem")}
        self.table.setRowCount(len(report.checks))
        for row, check in enumerate(report.checks):
            cells = [render(check.title, _errors_text), states.get(check.status, check.status),
                     render(check.message, _errors_text),
                     render(check.todo, _errors_text) if check.todo is not None else ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 1:
                    item.setForeground(QBrush(COLOURS.get(check.status, QColor(0, 0, 0))))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        problems = sum(c.status == FAIL for c in report.checks)
        warnings = sum(c.status == WARN for c in report.checks)
        if problems:
            text = self.tr("{problems} problem(s) and {warnings} warning(s): see what to do "
                           "below.")
        elif warnings:
            text = self.tr("Everything needed works; {warnings} warning(s) below.")
        else:
            text = self.tr("Everything works.")
        self.summary.setText(text.format(problems=problems, warnings=warnings))
        self.reported.emit(report)
