"""The first two pages of the import wizard: the files chosen, and the preview of each.

Reading and parsing run on the task runner (ImportWizard.load); these pages only show what
came back. A file that cannot be read says why in the list and is left out; a file read in
the wrong format shows the parser's complaint above an empty table, and the format combo lets
the teacher read it again as another format.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from examhub_desktop import APP_NAME
from examhub_desktop.formats import FORMAT_NAMES
from examhub_desktop.ui.forms import Banner
from examhub_desktop.ui.i18n import format_number
from examhub_desktop.ui.sizing import column_widths
from examhub_desktop.ui.transfer import files
from examhub_desktop.ui.transfer.backend import FileEntry
from examhub_desktop.ui.transfer.describe import encoding_label, format_label
from examhub_desktop.ui.transfer.models import DiagnosticModel, PreviewModel, by_line, severity_icon

if TYPE_CHECKING:
    from examhub_desktop.ui.transfer.wizard import ImportWizard


def entry_status(entry: FileEntry) -> str:
    if entry.loading:
        return QCoreApplication.translate("FilePage", "reading…")
    if entry.error:
        return entry.error
    preview = entry.preview
    if preview is None:
        return ""
    found = len(preview.result.questions)
    if not preview.result.format:
        return QCoreApplication.translate("FilePage", "format not recognised")
    if preview.importable < found:
        text = QCoreApplication.translate(
            "FilePage", "{format}, %n question(s) ({importable} without errors)", None, found
        )
    else:
        text = QCoreApplication.translate("FilePage", "{format}, %n question(s)", None, found)
    return text.format(
        format=format_label(preview.result.format), importable=format_number(preview.importable)
    )


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the files to import"))
        self.setSubTitle(
            self.tr(
                "GIFT, Aiken, Moodle XML, CSV or Excel question banks, and {app} files. "
                "The format is recognised from the content and the name."
            ).format(app=APP_NAME)
        )
        self.list = QListWidget()
        self.list.setObjectName("importFiles")
        self.list.setAccessibleName(self.tr("Files to import"))
        self.list.setWordWrap(True)
        self.list.setIconSize(QSize(16, 16))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        label = QLabel(self.tr("&Files:"))
        label.setBuddy(self.list)
        self.add_button = QPushButton(self.tr("&Add Files…"))
        self.add_button.setToolTip(self.tr("Choose question files to import (Ctrl+O)"))
        self.add_button.setShortcut("Ctrl+O")
        self.add_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Leave the selected files out (Delete)"))
        self.remove_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems()))
        )
        self.status = QLabel()
        self.status.setObjectName("importFilesStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        wizard.entry_changed.connect(lambda _e: self.refresh())
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if files.dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = files.dropped_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.owner.add_files(paths)

    def choose(self) -> None:
        folder = self.owner.entries[-1].path.parent if self.owner.entries else None
        paths = files.choose_import_files(self, folder)
        if paths:
            self.owner.add_files(paths)

    def remove_selected(self) -> None:
        rows = sorted((self.list.row(i) for i in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.owner.remove_entry(self.owner.entries[row])
        self.refresh()

    def refresh(self) -> None:
        entries = self.owner.entries
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(f"{entry.name} — {entry_status(entry)}")
            item.setToolTip(str(entry.path))
            if entry.error or (entry.preview is not None and not entry.importable):
                icon = severity_icon("error")
                if icon is not None:
                    item.setIcon(icon)
            self.list.addItem(item)
        loading = sum(1 for e in entries if e.loading)
        unreadable = sum(1 for e in entries if e.error and not e.loading)
        if not entries:
            text = self.tr("Add the files to import (Ctrl+O), or drop them here.")
        elif loading:
            text = self.tr("Reading %n file(s)…", "", loading)
        elif unreadable:
            text = self.tr(
                "%n file(s) cannot be read and will be left out; the reason is beside each one.",
                "",
                unreadable,
            )
        else:
            text = ""
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        entries = self.owner.entries
        return any(e.preview is not None for e in entries) and not any(e.loading for e in entries)


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.entry: FileEntry | None = None
        self.setTitle(self.tr("Check what will be imported"))
        self.setSubTitle(
            self.tr("Questions with errors are left out; warnings say what changes on the way in.")
        )

        self.file_combo = QComboBox()
        self.file_combo.setAccessibleName(self.tr("File"))
        self.file_combo.currentIndexChanged.connect(self._file_chosen)
        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Format"))
        self.format_combo.setPlaceholderText(self.tr("Choose the format"))
        for fmt in FORMAT_NAMES:
            self.format_combo.addItem(format_label(fmt), fmt)
        self.format_combo.activated.connect(self._format_chosen)
        self.detected = QLabel()
        self.detected.setObjectName("detectedFormat")
        format_row = QHBoxLayout()
        format_row.addWidget(self.format_combo)
        format_row.addWidget(self.detected, 1)
        self.encoding = QLabel()
        self.encoding.setObjectName("encoding")
        self.counts = QLabel()
        self.counts.setObjectName("previewCounts")
        self.counts.setWordWrap(True)
        self.banner = Banner()
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = self.form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("F&ile:"), self.file_combo)
        form.addRow(self.tr("F&ormat:"), format_row)
        format_label_widget = form.labelForField(format_row)
        if isinstance(format_label_widget, QLabel):
            format_label_widget.setBuddy(self.format_combo)
        form.addRow(self.tr("Encoding:"), self.encoding)

        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        self.table.setObjectName("previewTable")
        self.table.setAccessibleName(self.tr("Questions found"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        column_widths(self.table, {0: 4, 1: 10, 2: 11.5, 3: 27, 4: 21})
        self.table.selectionModel().selectionChanged.connect(self._question_selected)

        self.problems_model = DiagnosticModel(self)
        self.problems = QTableView()
        self.problems.setTabKeyNavigation(False)
        self.problems.setObjectName("previewProblems")
        self.problems.setAccessibleName(self.tr("Problems by line"))
        self.problems.setModel(self.problems_model)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setWordWrap(False)
        self.problems.verticalHeader().hide()
        self.problems.horizontalHeader().setStretchLastSection(True)
        column_widths(self.problems, {0: 9.5, 1: 21})
        self.problems.activated.connect(self._problem_activated)
        self.problems_label = QLabel()
        self.problems_label.setBuddy(self.problems)
        questions_label = QLabel(self.tr("&Questions found:"))
        questions_label.setBuddy(self.table)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(questions_label)
        top_layout.addWidget(self.table)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.problems_label)
        bottom_layout.addWidget(self.problems)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.counts)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        wizard.entry_changed.connect(self._entry_changed)

    # ---------------------------------------------------------------- state
    def readable(self) -> list[FileEntry]:
        return [e for e in self.owner.entries if e.preview is not None or (e.loading and e.data is not None)]

    def initializePage(self) -> None:
        entries = self.readable()
        self.file_combo.blockSignals(True)
        self.file_combo.clear()
        for entry in entries:
            self.file_combo.addItem(entry.name)
        self.file_combo.blockSignals(False)
        several = len(entries) > 1
        self.form.setRowVisible(self.file_combo, several)
        keep = self.entry if self.entry in entries else None
        self.show_entry(keep or (entries[0] if entries else None))

    def _file_chosen(self, index: int) -> None:
        entries = self.readable()
        if 0 <= index < len(entries):
            self.show_entry(entries[index])

    def _format_chosen(self, index: int) -> None:
        entry, fmt = self.entry, self.format_combo.itemData(index)
        if entry is None or fmt is None or (fmt == entry.detected and entry.fmt in (None, fmt)):
            return
        self.owner.load(entry, fmt)

    def _entry_changed(self, entry: FileEntry) -> None:
        if entry is self.entry:
            self.show_entry(entry)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        entries = self.readable()
        return not any(e.loading for e in entries) and any(e.usable for e in entries)

    # ---------------------------------------------------------------- showing one file
    def show_entry(self, entry: FileEntry | None) -> None:
        self.entry = entry
        if entry is not None and self.file_combo.count():
            names = [e.name for e in self.readable()]
            if entry.name in names:
                self.file_combo.blockSignals(True)
                self.file_combo.setCurrentIndex(names.index(entry.name))
                self.file_combo.blockSignals(False)
        preview = entry.preview if entry is not None and not entry.loading else None
        if entry is not None and entry.loading:
            if entry.fmt:
                reading = self.tr("Reading {file} as {format}…").format(
                    file=entry.name, format=format_label(entry.fmt)
                )
            else:
                reading = self.tr("Reading {file}…").format(file=entry.name)
            self._clear(reading)
            return
        if entry is None or preview is None:
            self._clear("")
            return
        result = preview.result
        fmt = result.format
        self.format_combo.setCurrentIndex(FORMAT_NAMES.index(fmt) if fmt in FORMAT_NAMES else -1)
        if entry.fmt is not None:
            self.detected.setText(self.tr("Chosen by you."))
        elif fmt:
            self.detected.setText(
                self.tr("Recognised from the file's content and name: {format}.").format(
                    format=format_label(fmt)
                )
            )
        else:
            self.detected.setText(
                self.tr("{app} cannot tell which format this file is in: choose it.").format(app=APP_NAME)
            )
        self.encoding.setText(self._encoding_text(result.encoding))
        self.model.set_questions(result.questions)
        self.problems_model.set_diagnostics(by_line("", result.diagnostics))
        n = len(result.diagnostics)
        self.problems_label.setText(
            self.tr("&Problems, by line ({count}):").format(count=format_number(n))
            if n
            else self.tr("&Problems, by line: none found in this file.")
        )
        self.counts.setText(self._counts_text(entry))
        if not result.questions:
            first = result.errors[0].message if result.errors else self.tr("it holds no questions")
            self.banner.error(
                self.tr(
                    "No question could be read from {file} as {format}: {reason} "
                    "If this is not the file's format, choose another one above."
                ).format(file=entry.name, format=format_label(fmt), reason=first)
            )
        elif not preview.importable:
            self.banner.error(
                self.tr("Every question in {file} has an error; fix the file and import it again.").format(
                    file=entry.name
                )
            )
        else:
            self.banner.clear()

    def _clear(self, message: str) -> None:
        self.model.set_questions(())
        self.problems_model.set_diagnostics([])
        self.problems_label.setText(self.tr("&Problems, by line:"))
        self.counts.setText(message)
        self.banner.clear()

    @staticmethod
    def _encoding_text(encoding: str) -> str:
        if not encoding:
            return QCoreApplication.translate("PreviewPage", "Not a text file (an Excel workbook).")
        if encoding == "cp1252":
            return QCoreApplication.translate(
                "PreviewPage", "Windows-1252, since the file is not UTF-8: check accented letters below."
            )
        return encoding_label(encoding)

    @staticmethod
    def _counts_text(entry: FileEntry) -> str:
        assert entry.preview is not None
        result = entry.preview.result
        found = len(result.questions)
        importable = entry.preview.importable
        sentences = [
            QCoreApplication.translate(
                "PreviewPage", "%n question(s) found: {importable} can be imported.", None, found
            ).format(importable=format_number(importable))
        ]
        if found > importable:
            sentences.append(
                QCoreApplication.translate(
                    "PreviewPage", "%n with errors will be left out.", None, found - importable
                )
            )
        unbuilt = sum(1 for d in result.errors if d.question_index is None)
        if unbuilt:
            sentences.append(
                QCoreApplication.translate("PreviewPage", "%n other problem(s) kept text out.", None, unbuilt)
            )
        warnings = len(result.warnings)
        if warnings:
            sentences.append(QCoreApplication.translate("PreviewPage", "%n warning(s).", None, warnings))
        return " ".join(sentences)

    # ---------------------------------------------------------------- linking the two tables
    def _question_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {i.row() for i in selected.indexes()}
        if len(rows) != 1:
            return
        (row,) = rows
        matches = self.problems_model.rows_of_question(row)
        selection = self.problems.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for match in matches:
            selection.select(self.problems_model.index(match, 0), flags)
        if matches:
            self.problems.scrollTo(self.problems_model.index(matches[0], 0))

    def _problem_activated(self, index: QModelIndex) -> None:
        question = self.problems_model.diagnostic(index.row()).question_index
        if question is not None and question < self.model.rowCount():
            self.table.selectRow(question)
            self.table.scrollTo(self.model.index(question, 0))


__all__ = ["FilePage", "PreviewPage", "entry_status"]
