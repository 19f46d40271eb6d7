"""The import wizard: files → preview → target → import (background, cancellable) → summary.

The wizard owns the chosen files (`entries`) and runs every job on the task runner: reading
and previewing each file (again when the teacher picks another format), listing the drafts,
and the import itself. Answers that arrive after the wizard closed, or for a file read again
meanwhile, are dropped. While an import runs, Cancel and Escape ask it to stop instead of
closing the window, so the wizard is still there to say that nothing was written.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from examhub_desktop.ui.changes import EXAMS_AND_QUESTIONS
from examhub_desktop.ui.messages import MessageDialog
from examhub_desktop.ui.ops import Op
from examhub_desktop.ui.transfer.backend import (
    FileEntry,
    FileOutcome,
    ImportRequest,
    ProgressRelay,
    TransferUi,
    import_job,
    load,
)
from examhub_desktop.ui.transfer.wizard_pages import FilePage, PreviewPage
from examhub_desktop.ui.transfer.wizard_run import RunPage, SummaryPage, TargetPage


class ImportWizard(QWizard):
    FILES, PREVIEW, TARGET, RUN, SUMMARY = range(5)

    entry_changed = Signal(object)  # a FileEntry was read, previewed, or started loading again
    files_loaded = Signal()  # no file is loading any more
    drafts_loaded = Signal(int)  # the target page's list of drafts arrived
    import_finished = Signal(object)  # list[FileOutcome]

    def __init__(self, ui: TransferUi, paths: Iterable[Path] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("ImportWizard")
        self.setWindowTitle(self.tr("Import Questions"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Back")),
            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("&Cancel")),
        ):
            self.setButtonText(button, text)
        self.entries: list[FileEntry] = []
        self.outcomes: list[FileOutcome] = []
        self.running = False
        self.closed = False
        self.stop = threading.Event()
        self.relay: ProgressRelay | None = None
        self._requests: list[ImportRequest] = []

        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.target_page = TargetPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        for number, page in enumerate(
            (self.file_page, self.preview_page, self.target_page, self.run_page, self.summary_page)
        ):
            self.setPage(number, page)
        self.setStartId(self.FILES)
        self.currentIdChanged.connect(lambda _id: self._focus_page())
        self.resize(1040, 700)
        self._advance_when_loaded = False
        paths = list(paths)
        if paths:
            self._advance_when_loaded = True  # files dropped on the library: straight to the preview
            self.add_files(paths)
        self.file_page.refresh()

    # ---------------------------------------------------------------- files
    def _focus_page(self) -> None:
        """A new page opens on its first field (the focus would stay on the hidden page's)."""
        page = self.currentPage()
        focus = QApplication.focusWidget()
        if page is None or (focus is not None and focus.isVisible() and page.isAncestorOf(focus)):
            return
        widget: QWidget | None = page.nextInFocusChain()
        while widget is not None and widget is not page:
            usable = widget.isVisible() and widget.isEnabled()
            if page.isAncestorOf(widget) and usable and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            widget = widget.nextInFocusChain()
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.NextButton):
            button = self.button(which)  # a page with nothing to fill in: on to its way out
            if button is not None and button.isVisible() and button.isEnabled():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def add_files(self, paths: Iterable[Path]) -> None:
        known = {e.path for e in self.entries}
        for path in paths:
            if path not in known:
                known.add(path)
                entry = FileEntry(path)
                self.entries.append(entry)
                self.load(entry)

    def remove_entry(self, entry: FileEntry) -> None:
        if entry in self.entries:
            self.entries.remove(entry)
            entry.generation += 1  # an answer still on its way is dropped
            self.entry_changed.emit(entry)
            self._check_loaded()

    def load(self, entry: FileEntry, fmt: str | None = None) -> None:
        """Read (once) and preview `entry` on the worker, as `fmt` or as detected."""
        entry.fmt, entry.loading = fmt, True
        entry.generation += 1
        generation = entry.generation
        load(self.ui, entry.path, entry.data, fmt, lambda answer: self._loaded(entry, generation, answer))
        self.entry_changed.emit(entry)

    def _loaded(self, entry: FileEntry, generation: int, answer: Any) -> None:
        if self.closed or generation != entry.generation:
            return
        entry.data, entry.preview, entry.error = answer
        entry.loading = False
        self.entry_changed.emit(entry)
        self._check_loaded()

    def _check_loaded(self) -> None:
        if any(e.loading for e in self.entries):
            return
        self.files_loaded.emit()
        if self._advance_when_loaded and self.currentId() == self.FILES:
            self._advance_when_loaded = False
            if self.entries and all(e.preview is not None for e in self.entries):
                self.next()

    def usable_entries(self) -> list[FileEntry]:
        return [e for e in self.entries if e.usable]

    def failed(self, exc: BaseException) -> None:
        """A known error no file explains (the database went away): say so over the wizard."""
        if not self.closed:
            MessageDialog.ask(self, self.tr("Import"), str(exc), kind="warning")

    # ---------------------------------------------------------------- import
    def start_import(self) -> None:
        left_out: list[FileOutcome] = []
        self._requests = []
        for entry in self.entries:
            if entry.usable and entry.data is not None:
                self._requests.append(ImportRequest(entry.name, entry.data, entry.fmt or entry.detected))
            elif entry.error:
                left_out.append(FileOutcome(entry.name, error=entry.error))
            else:
                left_out.append(FileOutcome(entry.name, error=self.tr("no question in it can be imported.")))
        self.running = True
        self.stop.clear()
        # No parent: the job keeps the relay alive until its answer is delivered on this thread,
        # even if the wizard is gone by then (the connection then simply ends with it).
        self.relay = ProgressRelay()
        self.relay.progressed.connect(self._progressed)
        self.run_page.started(len(self._requests))
        self.run_page.completeChanged.emit()
        job = import_job(self.ui, self._requests, self.target_page.target(), self.relay, self.stop)
        Op(self.ui.tasks, job).success(lambda outcomes: self._imported(outcomes + left_out)).failure(
            self._import_failed
        ).after(self._import_ended).run()

    def _progressed(self, number: int, done: int, total: int) -> None:
        if self.running and not self.stop.is_set() and number < len(self._requests):
            self.run_page.progressed(number, self._requests[number].name, len(self._requests), done, total)

    def cancel_import(self) -> None:
        if self.running and not self.stop.is_set():
            self.stop.set()
            self.run_page.cancelling()

    def _imported(self, outcomes: list[FileOutcome]) -> None:
        self.running = False
        self.outcomes = outcomes
        if any(o.summary is not None for o in outcomes):
            self.ui.tasks.changed.emit(EXAMS_AND_QUESTIONS)
        self.import_finished.emit(outcomes)
        if not self.closed:
            self.run_page.completeChanged.emit()
            self.next()

    def _import_ended(self) -> None:
        """However it ended (a bug included): the wizard is no longer importing."""
        self.running = False

    def _import_failed(self, exc: BaseException) -> None:
        """A known error outside any one file (a bug goes to the crash dialog instead)."""
        self.running = False
        self.outcomes = [FileOutcome("", error=self.tr("{error} Nothing was written.").format(error=exc))]
        if not self.closed:
            self.next()

    # ---------------------------------------------------------------- closing
    def reject(self) -> None:
        if self.running:
            self.cancel_import()
            return
        super().reject()

    def done(self, result: int) -> None:
        self.closed = True
        super().done(result)

    @classmethod
    def ask(cls, parent: QWidget | None, ui: TransferUi, paths: Iterable[Path] = ()) -> list[FileOutcome]:
        """Run the wizard modally; what each file's import came to (empty if none was run)."""
        wizard = cls(ui, paths, parent)
        wizard.exec()
        outcomes = list(wizard.outcomes)
        wizard.deleteLater()
        return outcomes


__all__ = ["ImportWizard"]
