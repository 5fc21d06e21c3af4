"""Batch signing: pick files or a folder → one review table (file, pages, fingerprint, seal rule)
→ one identity, one confirmation, one login → per-file progress and result.

The signing core keeps a journal per batch, so running the same batch again after a crash or a
cancel signs only what is missing (already signed files show as "already signed").

With the vault (issue 6): the agreements must have been accepted; the signing policy's checks
beyond the PIN (SMS code, face check) run once for the reviewed list, bound to the SHA-256 over
it; once the key is open, renewal consent is asked for a certificate that expires soon and
"your certificate will now sign these N documents" lists each one's fingerprint; then every
signed copy is archived with its before-use, intent and after-use evidence.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.compliance.intent import IntentPolicy, IntentResult
from app.identity import IdentitySpec
from app.preferences import Preferences
from app.signing.batch import FileJob, FileResult, plan_outputs
from crypto import errors
from crypto.pades.options import SignOptions
from ui.i18n import current_language
from ui.jobs import Job, JobContext, JobRunner
from ui.presenter import message
from ui.sign.identity import IdentityPage
from ui.sign.intent_checks import IntentChecks, extra_steps
from ui.sign.interaction import QtInteraction
from ui.sign.options import OptionsPage
from ui.sign.placement import PlacementChoice
from ui.sign.vault_box import VaultArchiveBox, ask_renewal, confirm_batch_use

if TYPE_CHECKING:
    from app.compliance.recording import SigningRecord
    from app.vault.vault import ArchiveResult, Vault
    from ui.vault.session import VaultSession

MAX_FILES = 5000
COLUMNS = 5  # file, pages, SHA-256, seal rule, result


@dataclass(frozen=True)
class FileFacts:
    """What the review table shows about one input."""

    path: Path
    pages: int | None
    sha256: str
    problem: str = ""


def file_facts(paths: list[Path], ctx: JobContext) -> list[FileFacts]:
    """Page count and SHA-256 of each file (worker thread); unreadable files say why."""
    import pymupdf

    out = []
    for i, path in enumerate(paths):
        ctx.check()
        ctx.progress(i, len(paths))
        digest = hashlib.sha256()
        try:
            with path.open("rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
            with pymupdf.open(path) as doc:
                pages = doc.page_count
            out.append(FileFacts(path, pages, digest.hexdigest()))
        except Exception as exc:  # noqa: BLE001 - shown in the table, the batch goes on
            out.append(FileFacts(path, None, digest.hexdigest(), str(exc)[:200]))
    return out


@dataclass(frozen=True)
class BatchRequest:
    """One batch: files, identity, options and the seal rule (secrets only in memory)."""

    jobs: tuple[FileJob, ...]
    identity: IdentitySpec
    options: SignOptions
    placement: PlacementChoice
    trust_files: tuple[Path, ...] = ()
    hashes: tuple[str, ...] = ()  # each input's SHA-256 as reviewed in the table
    vault: Vault | None = None  # archive the signed copies with their evidence
    checks: tuple[IntentResult, ...] = ()  # passed before signing, for signer_sha256
    signer_sha256: str | None = None
    language: str = "zh_CN"
    warning_days: int = 30


@dataclass(frozen=True)
class BatchOutcome:
    """The per-file results, and what the vault took (empty without the vault)."""

    results: list[FileResult]
    archived: list[tuple[FileResult, ArchiveResult | errors.SealDeskError]]


class BatchDialog(QDialog):
    """The batch signing window."""

    fileDone = Signal(object)  # FileResult (tests)

    def __init__(self, jobs: JobRunner, prefs: Preferences, parent: QWidget | None = None,
                 session: VaultSession | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchDialog")
        self.setWindowTitle(self.tr("Sign many documents"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(1000, 680)
        self.jobs = jobs
        self.prefs = prefs
        self.facts: list[FileFacts] = []
        self.results: dict[Path, FileResult] = {}
        self.job: Job[BatchOutcome] | None = None
        self.session = session
        self.preparing = False  # unlocking the vault or running the intent checks
        self.intent_checks = IntentChecks(jobs, self, current_language())
        self.vault_box = VaultArchiveBox(
            jobs, session, self.tr("Keep the signed copies and their evidence in the vault"))
        self.title = QLabel()
        self.title.setObjectName("stepTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.pages = QStackedWidget()
        self.pages.addWidget(self._files_page())
        self.identity = IdentityPage(jobs, prefs.pkcs11_modules, prefs.expiry_warning_days)
        self.pages.addWidget(self.identity)
        self.pages.addWidget(self._options_page())
        self.status = QLabel()
        self.status.setObjectName("batchStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("batchProgress")
        self.progress.hide()
        self.back = QPushButton(self.tr("Back"))
        self.next = QPushButton(self.tr("Next"))
        self.next.setObjectName("nextButton")
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.setObjectName("cancelButton")
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        for b in (self.back, self.next, self.close_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.interaction = QtInteraction(self, jobs, lambda: self.job is not None
                                         and self.job.cancelled)
        self.interaction.noticed.connect(self.status.setText)
        self.back.clicked.connect(lambda: self._go(self.pages.currentIndex() - 1))
        self.next.clicked.connect(self._next)
        self.close_button.clicked.connect(self._close_or_cancel)
        self.identity.changed.connect(self._update)
        self.options.changed.connect(self._update)
        self.identity.refresh()
        self._go(0)

    # --- pages ----------------------------------------------------------------------------

    def _files_page(self) -> QWidget:
        page = QWidget()
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("batchTable")
        self.table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Pages"),
                                              self.tr("SHA-256"), self.tr("Seal"),
                                              self.tr("Result")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("Add documents…"))
        add.setObjectName("addFiles")
        folder = QPushButton(self.tr("Add a folder…"))
        folder.setObjectName("addFolder")
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("removeFiles")
        add.clicked.connect(self._add_files)
        folder.clicked.connect(self._add_folder)
        remove.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        for b in (add, folder, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        return page

    def _options_page(self) -> QWidget:
        page = QWidget()
        self.rule = QComboBox()
        self.rule.setObjectName("sealRule")
        self.rule.addItem(self.tr("Centred on a text"), "anchor")
        self.rule.addItem(self.tr("Across the page edges (骑缝章)"), "cross")
        self.rule.addItem(self.tr("No visible seal"), "none")
        self.anchor = QLineEdit(self.prefs.seal_anchor)
        self.anchor.setObjectName("anchorText")
        self.seal_image = QComboBox()
        self.seal_image.setObjectName("sealImage")
        self.seal_image.addItem(self.tr("Text seal: signer and time"), "")
        for path in self.prefs.seal_images:
            self.seal_image.addItem(Path(path).name, path)
        self.out_dir = QLineEdit()
        self.out_dir.setObjectName("outDir")
        self.options = OptionsPage(self.prefs.level, self.prefs.tsa_url)
        self.confirm = QCheckBox()
        self.confirm.setObjectName("confirmBatch")
        self.confirm.toggled.connect(self._update)
        self.rule.currentIndexChanged.connect(self._update)
        self.out_dir.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("Seal position"), self.rule)
        form.addRow(self.tr("Text"), self.anchor)
        form.addRow(self.tr("Seal"), self.seal_image)
        form.addRow(self.tr("Signed copies go to"), self.out_dir)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.options)
        layout.addWidget(self.confirm)
        layout.addWidget(self.vault_box)
        layout.addStretch(1)
        return page

    def _go(self, index: int) -> None:
        index = max(0, min(index, 2))
        self.pages.setCurrentIndex(index)
        titles = [self.tr("1 / 3  Documents to sign"), self.tr("2 / 3  Who signs"),
                  self.tr("3 / 3  Seal and options")]
        self.title.setText(titles[index])
        if index == 2:
            count = len(self._signable())
            self.confirm.setText(self.tr("I have reviewed these {count} documents (their "
                                         "fingerprints are listed) and intend to sign all of "
                                         "them.").format(count=count))
            if not self.out_dir.text() and self.facts:
                self.out_dir.setText(str(self.facts[0].path.parent / "signed"))
        self._update()

    def _update(self) -> None:
        index = self.pages.currentIndex()
        busy = self.job is not None or self.preparing
        self.back.setEnabled(index > 0 and not busy)
        if index == 0:
            ok = bool(self._signable())
        elif index == 1:
            ok = self.identity.is_complete()
        else:
            ok = (self.options.is_complete() and self.confirm.isChecked()
                  and bool(self.out_dir.text().strip()) and self._rule_ok())
        self.next.setText(self.tr("Sign {count} documents").format(count=len(self._signable()))
                          if index == 2 else self.tr("Next"))
        self.next.setEnabled(ok and not busy)
        self.close_button.setText(self.tr("Stop") if busy else self.tr("Close"))
        self.anchor.setEnabled(self.rule.currentData() == "anchor")

    def _rule_ok(self) -> bool:
        rule = self.rule.currentData()
        if rule == "anchor":
            return bool(self.anchor.text().strip())
        if rule == "cross":
            return bool(self.seal_image.currentData())
        return True

    def _next(self) -> None:
        if self.pages.currentIndex() < 2:
            self._go(self.pages.currentIndex() + 1)
        else:
            self.start()

    # --- the file list ----------------------------------------------------------------------

    def _add_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Documents to sign"), "",
                                                self.tr("PDF documents (*.pdf)"))
        self.add_paths([Path(n) for n in names])

    def _add_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("A folder of documents"))
        if name:
            self.add_paths(sorted(p for p in Path(name).iterdir()
                                  if p.suffix.lower() == ".pdf" and p.is_file()))

    def add_paths(self, paths: list[Path]) -> None:
        """Add documents (duplicates ignored); pages and fingerprints are read in the background."""
        known = {f.path for f in self.facts}
        new = [p.absolute() for p in paths if p.absolute() not in known][:MAX_FILES]
        if not new:
            return
        self.status.setText(self.tr("Reading {count} documents…").format(count=len(new)))
        self.jobs.run(self, lambda ctx: file_facts(new, ctx), on_success=self._facts_read,
                      label=self.tr("Reading the documents…"), cancellable=True)

    def _facts_read(self, facts: list[FileFacts]) -> None:
        self.facts += facts
        self.status.setText("")
        self._fill_table()

    def _remove_selected(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        self.facts = [f for i, f in enumerate(self.facts) if i not in rows]
        self._fill_table()

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.facts))
        rule = self.tr("as chosen in step 3")
        for row, f in enumerate(self.facts):
            cells = [f.path.name, str(f.pages) if f.pages is not None else "—",
                     f.sha256[:16] + "…", rule, f.problem]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setToolTip(str(f.path))
                if col == 2:
                    item.setToolTip(f.sha256)
                self.table.setItem(row, col, item)
        self._update()

    def _signable(self) -> list[FileFacts]:
        return [f for f in self.facts if not f.problem]

    # --- signing ----------------------------------------------------------------------------

    def request(self) -> BatchRequest:
        """The batch as chosen now."""
        out_dir = Path(self.out_dir.text().strip())
        planned = plan_outputs([f.path for f in self._signable()], None, out_dir)
        image = self.seal_image.currentData()
        placement = PlacementChoice(mode=str(self.rule.currentData()),
                                    anchor=self.anchor.text().strip(),
                                    size=self.prefs.seal_size,
                                    image=Path(image) if image else None)
        sha = {f.path: f.sha256 for f in self.facts}
        return BatchRequest(tuple(planned), self.identity.spec(), self.options.options(),
                            placement, tuple(Path(p) for p in self.prefs.trust_anchors),
                            hashes=tuple(sha[job.source] for job in planned),
                            vault=self.vault_box.vault, language=current_language(),
                            warning_days=self.prefs.expiry_warning_days)

    def start(self) -> None:
        """Unlock the vault when the copies go there, run the policy's checks for the whole
        list, then sign the batch in the background (one login)."""
        if self.job is not None or self.preparing:
            return
        self.preparing = True
        self._update()
        self.vault_box.unlock_then(self.interaction, self._checks, self._unlock_failed)

    def _unlock_failed(self, exc: BaseException) -> None:
        self.preparing = False
        self.status.setText(self.tr("The vault stays locked: nothing was signed.")
                            if isinstance(exc, errors.Cancelled) else message(exc))
        self._update()

    def _not_started(self, exc: BaseException) -> None:
        self.preparing = False
        self._update()
        self.vault_box.not_signed(self, self.status, exc, self.start)

    def _checks(self) -> None:
        try:
            request = self.request()
        except errors.SealDeskError as exc:
            self._not_started(exc)
            return
        policy = IntentPolicy.parse(self.prefs.intent_policy)
        if not extra_steps(policy):
            self._launch(request)
            return
        if request.vault is None:
            self._not_started(errors.UsageError(detail=errors.Text(
                "the signing policy's checks are recorded in the vault: keep the signed copy "
                "in the vault")))
            return
        chosen = self.identity.selected()
        cert_der = chosen[1].certificate.dump() if chosen is not None else None

        def done(results: list[IntentResult], signer: str | None) -> None:
            self._launch(replace(request, checks=tuple(results), signer_sha256=signer))

        self.intent_checks.run(policy, request.vault, [job.source for job in request.jobs],
                               request.identity, cert_der, self.interaction, done,
                               self._not_started)

    def _launch(self, request: BatchRequest) -> None:
        self.preparing = False
        interaction = self.interaction
        self.progress.setRange(0, len(request.jobs))
        self.progress.setValue(0)
        self.progress.show()
        self._go(0)  # back to the table: the results appear there
        self.status.setText(self.tr("Signing…"))
        self.job = self.jobs.run(self, lambda ctx: self._sign(request, interaction, ctx),
                                 on_success=self._finished, on_failure=self._failed,
                                 on_cancel=self._cancelled, cancellable=True)
        self._update()

    def _sign(self, request: BatchRequest, interaction: QtInteraction,
              ctx: JobContext) -> BatchOutcome:
        from app.compliance.recording import SigningRecord, archive_results
        from app.signing.runner import SigningRun

        record: SigningRecord | None = None
        method = "pin" if request.identity.pkcs11_uri else "key_file_password"
        if request.vault is not None:  # consent first: nothing is signed without it
            listed = [(job.source.name, sha) for job, sha in zip(request.jobs, request.hashes,
                                                                 strict=True)]
            record = SigningRecord(
                request.vault, [job.source for job in request.jobs], method,
                announce=lambda cert, now: confirm_batch_use(
                    interaction, cert, [(name, sha) for (name, sha), job
                                        in zip(listed, request.jobs, strict=True)
                                        if job.source in now]),
                language=request.language, checks=request.checks,
                signer_sha256=request.signer_sha256,
                ask_renewal=lambda cert, now: ask_renewal(interaction, cert, now),
                warning_days=request.warning_days, reviewed=request.hashes)

        request.jobs[0].output.parent.mkdir(parents=True, exist_ok=True)
        seal = request.placement.seal_spec(request.jobs[0].source) \
            if request.placement.mode != "drag" else None
        run = SigningRun(identity=request.identity, options=request.options,
                         seal=seal,  # type: ignore[arg-type]
                         trust_files=request.trust_files, cancelled=lambda: ctx.cancelled,
                         on_open=record.opened if record is not None else None)

        def progress(done: int, total: int, result: FileResult) -> None:
            self.jobs.post_to_gui(lambda: self._file_done(done, result))

        results = run.execute(list(request.jobs), interaction, progress)
        if request.vault is None:
            return BatchOutcome(results, [])
        intent = "token_pin" if request.identity.pkcs11_uri else "key_file_password"
        tsa = request.options.tsa.url if request.options.tsa else None
        archived = archive_results(request.vault, results, record,
                                   level=request.options.level.value, intent=intent, tsa_url=tsa)
        return BatchOutcome(results, archived)

    def _file_done(self, done: int, result: FileResult) -> None:
        if not shiboken6.isValid(self):
            return
        self.results[result.source] = result
        self.progress.setValue(done)
        for row, f in enumerate(self.facts):
            if f.path == result.source:
                self.table.setItem(row, 4, QTableWidgetItem(self._result_text(result)))
        self.fileDone.emit(result)

    def _result_text(self, result: FileResult) -> str:
        if result.status == "signed":
            return self.tr("Signed → {name}").format(name=result.output.name)
        if result.status == "skipped":
            return self.tr("Already signed (earlier run)")
        if isinstance(result.error, errors.Cancelled):
            return self.tr("Not signed (stopped)")
        return message(result.error) if result.error else self.tr("Failed")

    def _finished(self, outcome: BatchOutcome) -> None:
        self.job = None
        results = outcome.results
        for result in results:
            self._file_done(self.progress.value(), result)
        signed = sum(r.status == "signed" for r in results)
        skipped = sum(r.status == "skipped" for r in results)
        failed = len(results) - signed - skipped
        text = self.tr("{signed} signed, {skipped} already signed, {failed} not "
                       "signed.").format(signed=signed, skipped=skipped, failed=failed)
        if outcome.archived:
            problems = [(r, e) for r, e in outcome.archived if isinstance(e, errors.SealDeskError)]
            kept = len(outcome.archived) - len(problems)
            text += " " + self.tr("{kept} kept in the vault.").format(kept=kept)
            for result, exc in problems:
                text += "\n" + self.tr("Not kept in the vault: {name}: {why}").format(
                    name=result.output.name, why=message(exc))
            if self.session is not None:
                self.session.touched()  # new evidence: sync soon
        self.status.setText(text)
        self._update()

    def _failed(self, exc: BaseException) -> None:
        from app.compliance.errors import ConsentRequired

        self.job = None
        self.progress.hide()
        self.status.setText(message(exc))
        self._update()
        if isinstance(exc, ConsentRequired):
            self.vault_box.ask_consent(self, self.start)

    def _cancelled(self) -> None:
        self.job = None
        self.status.setText(self.tr("Stopped. Run the same batch again to sign the rest."))
        self._update()

    def _close_or_cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            return
        self.reject()

    def reject(self) -> None:
        """Close: a running batch stops after the file being signed; secrets are dropped."""
        if self.job is not None and shiboken6.isValid(self.job):
            self.job.cancel()
        self.intent_checks.cancel()
        self.identity.forget_secrets()
        self.vault_box.forget_secrets()
        super().reject()
