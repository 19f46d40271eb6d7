"""The last three pages of the import wizard: where the questions go, the import running, and
what came in.

The target page is the commit page: once "Import" is pressed there is no going back, and
the import runs on the task runner (ImportWizard.start_import) with its progress relayed by
signal. Cancel stops it before it commits, so nothing of the file being imported is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from examhub_desktop.formats import Diagnostic
from examhub_desktop.services.library import ExamRow
from examhub_desktop.ui.i18n import format_number
from examhub_desktop.ui.ops import Op
from examhub_desktop.ui.sizing import column_widths
from examhub_desktop.ui.transfer.backend import FileEntry, FileOutcome, ImportTarget
from examhub_desktop.ui.transfer.models import DiagnosticModel, by_line

if TYPE_CHECKING:
    from examhub_desktop.ui.transfer.wizard import ImportWizard

STEPS = 1000  # progress bar steps per file


def default_title(entry: FileEntry) -> str:
    """What the service would call the new exam, or the name the earlier import's draft has now."""
    assert entry.preview is not None
    preview = entry.preview
    if preview.reimport_title:
        return preview.reimport_title
    if len(preview.result.exams) == 1:
        return preview.result.exams[0].title
    return preview.result.title or Path(entry.name).stem


def reimport_notice(entries: list[FileEntry]) -> str:
    again = [e for e in entries if e.preview is not None and e.preview.reimport_of]
    if not again:
        return ""
    if len(entries) == 1:
        title = again[0].preview.reimport_title if again[0].preview else ""
        return QCoreApplication.translate(
            "TargetPage",
            "This file was imported before as “{title}”: importing again replaces that draft's "
            "questions (the draft keeps its id, so links to it still work).",
        ).format(title=title)
    return "\n".join(
        QCoreApplication.translate(
            "TargetPage",
            "“{file}” was imported before as “{title}”: importing it again replaces that draft's questions.",
        ).format(file=e.name, title=e.preview.reimport_title if e.preview else "")
        for e in again
    )


class TargetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Where should the questions go?"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self._titled: tuple[int, int] | None = None  # (entry id, generation) the title was made for
        self._title_editable = True

        self.new_radio = QRadioButton(self.tr("A &new exam"))
        self.new_radio.setChecked(True)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("New exam title"))
        self.title_edit.setMaxLength(255)
        self.title_edit.setMinimumWidth(320)
        self.title_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.title_note = QLabel()
        self.title_note.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("reimportNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("font-weight: bold;")
        self.draft_radio = QRadioButton(self.tr("An existing &draft"))
        self.draft_combo = QComboBox()
        self.draft_combo.setAccessibleName(self.tr("Draft"))
        self.draft_combo.setPlaceholderText(self.tr("Loading drafts…"))
        self.draft_combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
        self.draft_note = QLabel(self.tr("The questions are added after the draft's own questions."))
        self.draft_note.setWordWrap(True)
        group = QButtonGroup(self)
        group.addButton(self.new_radio)
        group.addButton(self.draft_radio)
        group.buttonToggled.connect(lambda *_a: self._mode_changed())

        new_form = self.new_form = QFormLayout()
        new_form.setContentsMargins(24, 0, 0, 0)
        new_form.addRow(self.tr("&Title:"), self.title_edit)
        new_form.addRow(self.title_note)
        new_form.addRow(self.notice)
        draft_form = QFormLayout()
        draft_form.setContentsMargins(24, 0, 0, 0)
        draft_form.addRow(self.tr("Dra&ft:"), self.draft_combo)
        draft_form.addRow(self.draft_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.new_radio)
        layout.addLayout(new_form)
        layout.addSpacing(8)
        layout.addWidget(self.draft_radio)
        layout.addLayout(draft_form)
        layout.addStretch(1)

    def initializePage(self) -> None:
        entries = self.owner.usable_entries()
        single = len(entries) == 1
        several_exams = single and entries[0].preview is not None and len(entries[0].preview.result.exams) > 1
        key = (id(entries[0]), entries[0].generation) if single else None
        if single and key != self._titled:
            self.title_edit.setText(default_title(entries[0]))
            self._titled = key
        self._title_editable = single and not several_exams
        if several_exams:
            assert entries[0].preview is not None
            count = len(entries[0].preview.result.exams)
            self.title_note.setText(
                self.tr("The file holds %n exam(s); each becomes a new exam with its own title.", "", count)
            )
        elif not single:
            self.title_note.setText(
                self.tr(
                    "Each of the %n file(s) becomes its own exam, titled after its category or its name.",
                    "",
                    len(entries),
                )
            )
        else:
            self.title_note.setText("")
        self.title_note.setVisible(bool(self.title_note.text()))
        self.notice.setText(reimport_notice(entries))
        self.draft_combo.clear()
        self.draft_radio.setEnabled(False)
        ui = self.owner.ui
        Op(ui.tasks, lambda: ui.exam_rows(drafts_only=True)).success(self._drafts_loaded).failure(
            self.owner.failed
        ).run()
        self._mode_changed()

    def _drafts_loaded(self, rows: list[ExamRow]) -> None:
        if self.owner.closed:
            return
        self.draft_combo.clear()
        for row in rows:
            text = self.tr("{title} — %n question(s)", "", row.total_questions).format(title=row.title)
            self.draft_combo.addItem(text, row.id)
        self.draft_radio.setEnabled(bool(rows))
        self.draft_radio.setText(
            self.tr("An existing &draft") if rows else self.tr("An existing &draft (there are none)")
        )
        self.draft_combo.setPlaceholderText("" if rows else self.tr("No drafts"))
        self._mode_changed()
        self.owner.drafts_loaded.emit(len(rows))

    def _mode_changed(self) -> None:
        new = self.new_radio.isChecked()
        self.title_edit.setEnabled(new)
        self.new_form.setRowVisible(self.title_edit, self._title_editable)
        self.notice.setVisible(new and bool(self.notice.text()))
        self.title_note.setVisible(new and bool(self.title_note.text()))
        self.draft_combo.setEnabled(not new and self.draft_combo.count() > 0)
        self.draft_note.setVisible(not new)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.new_radio.isChecked():
            return not self._title_editable or bool(self.title_edit.text().strip())
        return self.draft_combo.currentData() is not None

    def target(self) -> ImportTarget:
        if self.draft_radio.isChecked():
            return ImportTarget(exam_id=self.draft_combo.currentData())
        title = self.title_edit.text().strip() if self._title_editable else ""
        return ImportTarget(title=title or None)


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(
            self.tr(
                "All of a file comes in, or none of it: cancelling writes nothing of the file being imported."
            )
        )
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("Cancel &Import"))
        self.cancel_button.clicked.connect(wizard.cancel_import)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addLayout(row)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.owner.start_import()

    def started(self, files: int) -> None:
        self.bar.setRange(0, max(1, files) * STEPS)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Starting…"))

    def progressed(self, number: int, name: str, files: int, done: int, total: int) -> None:
        self.bar.setValue(number * STEPS + (done * STEPS // total if total else STEPS))
        if files > 1:
            text = self.tr(
                "Importing {file} (file {number} of {files}): {done} of %n question(s)…", "", total
            )
        else:
            text = self.tr("Importing {file}: {done} of %n question(s)…", "", total)
        self.status.setText(
            text.format(file=name, number=number + 1, files=format_number(files), done=format_number(done))
        )

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling… nothing of the file being imported will be written."))

    def isComplete(self) -> bool:
        return not self.owner.running


def headline(outcome: FileOutcome, several: bool) -> str:
    """One sentence per file; with several files, each starts with the file's name."""
    if not several:
        return _sentence(outcome)
    return QCoreApplication.translate("SummaryPage", "{file}: {outcome}").format(
        file=outcome.name, outcome=_sentence(outcome)
    )


def _sentence(outcome: FileOutcome) -> str:
    summary = outcome.summary
    if outcome.cancelled:
        return QCoreApplication.translate("SummaryPage", "The import was cancelled; nothing was written.")
    if outcome.not_started:
        return QCoreApplication.translate(
            "SummaryPage", "Not imported: the import was cancelled before this file."
        )
    if summary is None:
        return QCoreApplication.translate("SummaryPage", "Not imported: {reason}").format(
            reason=outcome.error
        )
    n, exams = summary.imported, ""
    titles = ", ".join(
        QCoreApplication.translate("SummaryPage", "“{title}”").format(title=t) for t in outcome.titles
    )
    if summary.updated_existing:
        text = QCoreApplication.translate(
            "SummaryPage",
            "%n question(s) replaced the questions of the draft {titles}, made by an earlier import of this file.",
            None,
            n,
        )
    elif outcome.into_draft:
        text = QCoreApplication.translate(
            "SummaryPage", "%n question(s) added to the draft {titles}.", None, n
        )
    elif len(outcome.titles) == 1:
        text = QCoreApplication.translate(
            "SummaryPage", "%n question(s) imported into the new exam {titles}.", None, n
        )
    else:
        exams = QCoreApplication.translate("SummaryPage", "%n new exam(s)", None, len(outcome.titles))
        text = QCoreApplication.translate(
            "SummaryPage", "%n question(s) imported into {exams}: {titles}.", None, n
        )
    return text.format(titles=titles, exams=exams)


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Import finished"))
        self.setFinalPage(True)
        self.headline = QLabel()
        self.headline.setObjectName("importHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = DiagnosticModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)
        self.table.setObjectName("importProblems")
        self.table.setAccessibleName(self.tr("Left out and warnings, by line"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.widths = column_widths(self.table, {0: 9.5, 1: 21})
        self.table_label = QLabel()
        self.table_label.setWordWrap(True)
        self.table_label.setBuddy(self.table)
        layout = self.layout_ = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # takes the room instead of the table when there is none

    def initializePage(self) -> None:
        outcomes = self.owner.outcomes
        several = len(outcomes) > 1
        imported = [o for o in outcomes if o.summary is not None]
        if not imported:
            self.setTitle(self.tr("Nothing was imported"))
        elif len(imported) < len(outcomes):
            self.setTitle(self.tr("Import partly done"))
        else:
            self.setTitle(self.tr("Import finished"))
        self.headline.setText("\n".join(headline(o, several) for o in outcomes))
        rows: list[tuple[str, Diagnostic]] = []
        left_out = warnings = 0
        for outcome in imported:
            assert outcome.summary is not None
            file_name = outcome.name if several else ""
            rows += by_line(file_name, outcome.summary.skipped + outcome.summary.warnings)
            left_out += len(outcome.summary.skipped)
            warnings += len(outcome.summary.warnings)
        self.model.set_diagnostics(rows)
        if rows:
            self.table_label.setText(
                self.tr("&Left out ({left_out}) and warnings ({warnings}), by line:").format(
                    left_out=self.tr("%n problem(s)", "", left_out), warnings=format_number(warnings)
                )
            )
        else:
            self.table_label.setText(
                self.tr("Nothing was left out and there were no warnings.") if imported else ""
            )
        self.widths.set(1, 32 if several else 21)
        self.table.setVisible(bool(rows))
        self.layout_.setStretch(self.layout_.count() - 1, 0 if rows else 1)
        self.table_label.setVisible(bool(self.table_label.text()))


__all__ = ["RunPage", "SummaryPage", "TargetPage", "default_title", "headline", "reimport_notice"]
