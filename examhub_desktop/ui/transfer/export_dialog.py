"""Export one exam to a file: the exam, the format, the file, then a background export.

The file is written by `TransferService.export_to_file` (a temporary file renamed into place),
so a refusal (Aiken holds only single-answer multiple choice; the service's message names the
questions) or a disk error leaves no file behind. The message appears in the dialog's banner
and the teacher can pick another format without starting again.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from examhub_desktop import APP_NAME
from examhub_desktop.formats import FILE_EXTENSIONS, FORMAT_NAMES
from examhub_desktop.services.library import ExamRow
from examhub_desktop.ui.forms import ServiceDialog
from examhub_desktop.ui.library.model import status_name
from examhub_desktop.ui.messages import MessageDialog
from examhub_desktop.ui.transfer import files
from examhub_desktop.ui.transfer.backend import TransferUi
from examhub_desktop.ui.transfer.describe import format_label

_SEPARATORS = re.compile(r"\s*[\\/:|]+\s*")
_DROPPED = re.compile(r'[*?"<>\x00-\x1f]+')


def file_stem(title: str) -> str:
    """A file name for an exam title: characters no file system accepts replaced."""
    stem = _SEPARATORS.sub(" - ", _DROPPED.sub("", title))
    stem = " ".join(stem.split()).strip(" .-")
    return stem[:80] or QCoreApplication.translate("ExportDialog", "exam")


def with_extension(path: Path, fmt: str) -> Path:
    """`path` with the format's extension instead of any known export extension."""
    name = path.name
    for extension in sorted(set(FILE_EXTENSIONS.values()), key=len, reverse=True):
        if name.lower().endswith(extension):
            name = name[: -len(extension)]
            break
    return path.with_name(name + FILE_EXTENSIONS[fmt])


class ExportDialog(ServiceDialog):
    exams_loaded = Signal(int)
    exported = Signal(object)  # the Path written

    def __init__(
        self, parent: QWidget | None, ui: TransferUi, exam_id: str | None = None, fmt: str = "gift"
    ) -> None:
        super().__init__(parent, ui.tasks, QCoreApplication.translate("ExportDialog", "Export Exam"))
        self.ui = ui
        self.setObjectName("ExportDialog")
        self.preferred = exam_id
        self._chosen_path: Path | None = None  # confirmed through the file dialog
        self._suggested = True  # the path is ours (after the exam), not typed or chosen
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.exam = QComboBox()
        self.exam.setPlaceholderText(self.tr("Loading exams…"))
        self.exam.setMinimumContentsLength(64)
        self.exam.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.exam.currentIndexChanged.connect(lambda _i: self._suggest_path())
        self.format = QComboBox()
        for name in FORMAT_NAMES:
            self.format.addItem(format_label(name), name)
        self.format.setCurrentIndex(FORMAT_NAMES.index(fmt))
        self.format.currentIndexChanged.connect(lambda _i: self._format_changed())
        self.path = QLineEdit()
        self.path.setMinimumWidth(420)
        self.path.textEdited.connect(self._typed)
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setToolTip(self.tr("Choose where to save the file"))
        self.browse.clicked.connect(self.choose_path)
        path_row = QWidget()
        row = QHBoxLayout(path_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        path_row.setFocusProxy(self.path)

        self.add_field("exam", self.tr("E&xam:"), self.exam, self.tr("Exam"))
        self.add_field("format", self.tr("&Format:"), self.format, self.tr("Format"))
        self.add_field("path", self.tr("&Save as:"), path_row, self.tr("File"))
        self.path.setAccessibleName(self.tr("File"))
        self.ok_button.setText(self.tr("&Export"))
        self.finish_layout(
            self.tr(
                "{app} writes the exam in the format other tools read. Some formats cannot hold "
                "every question type; {app} then says which questions, and writes nothing."
            ).format(app=APP_NAME)
        )
        self.ok_button.setEnabled(False)
        self.call(lambda: ui.exam_rows(drafts_only=False), self._exams_loaded, self.tr("Loading the exams…"))

    # ---------------------------------------------------------------- filling in
    def _exams_loaded(self, rows: list[ExamRow]) -> None:
        self.exam.clear()
        for row in rows:
            text = self.tr("{title} ({status}, %n question(s))", "", row.total_questions)
            self.exam.addItem(text.format(title=row.title, status=status_name(row.status)), row.id)
            self.exam.setItemData(self.exam.count() - 1, row.title, Qt.ItemDataRole.UserRole + 1)
        ids = [r.id for r in rows]
        if self.preferred in ids:
            self.exam.setCurrentIndex(ids.index(self.preferred))
        elif rows:
            self.exam.setCurrentIndex(0)
        else:
            self.exam.setPlaceholderText(self.tr("There are no exams yet"))
            self.banner.info(self.tr("There is no exam to export yet."))
        self.ok_button.setEnabled(bool(rows))
        self._suggest_path()
        self.exams_loaded.emit(len(rows))

    @property
    def fmt(self) -> str:
        return str(self.format.currentData())

    def exam_title(self) -> str:
        title = self.exam.currentData(Qt.ItemDataRole.UserRole + 1)
        return str(title) if title else self.tr("exam")

    def _typed(self, _text: str) -> None:
        self._chosen_path = None
        self._suggested = False

    def _suggest_path(self) -> None:
        """A name after the exam, in the folder of the current path (or Documents)."""
        if not self._suggested or self.exam.currentIndex() < 0:
            return
        current = self.path.text().strip()
        folder = Path(current).expanduser().parent if current else files.documents_folder()
        self.path.setText(str(folder / (file_stem(self.exam_title()) + FILE_EXTENSIONS[self.fmt])))

    def _format_changed(self) -> None:
        current = self.path.text().strip()
        if current:
            self.path.setText(str(with_extension(Path(current), self.fmt)))
            self._chosen_path = None
        self.clear_messages()

    def choose_path(self) -> None:
        current = self.path.text().strip()
        suggested = Path(current) if current else files.documents_folder() / file_stem(self.exam_title())
        chosen = files.choose_export_path(self, self.fmt, suggested)
        if chosen is not None:
            self.path.setText(str(chosen))
            self._chosen_path = chosen
            self._suggested = False

    # ---------------------------------------------------------------- exporting
    def submit(self) -> None:
        self.clear_messages()
        exam_id = self.exam.currentData()
        text = self.path.text().strip()
        if exam_id is None:
            self.fields["exam"].error(self.tr("Choose the exam to export."))
            return
        if not text:
            self.fields["path"].error(self.tr("Choose where to save the file."))
            self.path.setFocus()
            return
        path = Path(text).expanduser()
        if not path.parent.is_dir():
            self.fields["path"].error(
                self.tr("The folder {folder} does not exist.").format(folder=path.parent)
            )
            self.path.setFocus()
            return
        if path.is_dir():
            self.fields["path"].error(self.tr("{path} is a folder; add a file name.").format(path=path))
            self.path.setFocus()
            return
        if path.exists() and path != self._chosen_path:
            replace = MessageDialog.ask(
                self,
                self.tr("Export Exam"),
                self.tr("{file} already exists. Replace it?").format(file=path.name),
                kind="question",
                confirm=self.tr("&Replace"),
            )
            if not replace:
                return
        fmt, ui = self.fmt, self.ui
        self.call(
            lambda: ui.transfer.export_to_file(ui.principal, [exam_id], fmt, path),
            self._written,
            self.tr("Exporting to {format}…").format(format=format_label(fmt)),
        )

    def _written(self, path: Path) -> None:
        self.exported.emit(path)
        self.finish(path)

    @classmethod
    def ask(
        cls, parent: QWidget | None, ui: TransferUi, exam_id: str | None = None, fmt: str = "gift"
    ) -> Path | None:
        """Run the dialog modally; the file written, or None when cancelled."""
        return cls.run_modal(cls(parent, ui, exam_id, fmt))  # type: ignore[no-any-return]


__all__ = ["ExportDialog", "file_stem", "with_extension"]
