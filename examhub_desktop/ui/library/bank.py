"""New exam from the bank: N questions drawn at random from chosen exams, filtered by difficulty.

The dialog runs the service call itself on OK and shows its refusals beside the field they are
about; `ask()` returns the new draft's id (or None), so the library and the tests never wait on
a modal loop they cannot see.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.core.question import Difficulty
from examhub_desktop.services.errors import FieldError
from examhub_desktop.services.library import ExamFilter, ExamRow
from examhub_desktop.services.questions import MAX_BANK_DRAW
from examhub_desktop.ui import theme
from examhub_desktop.ui.editor.context import Authoring
from examhub_desktop.ui.editor.question_editor import Message
from examhub_desktop.ui.ops import Latest, Op, retire

SHOWN = 300  # exams listed at once; the filter finds the others


class BankDialog(QDialog):
    sources_loaded = Signal(int)
    created = Signal(str)

    def __init__(self, parent: QWidget | None, authoring: Authoring, preselect: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Exam from Bank"))
        self.setObjectName("BankDialog")
        self.authoring = authoring
        self.checked: dict[str, str] = {}
        self.created_id: str | None = None
        self._query = Latest()
        self._preselect = preselect

        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Filter source exams"))
        self.filter.setPlaceholderText(self.tr("Type to find exams by title, description or question"))
        self.filter.setClearButtonEnabled(True)
        for button in self.filter.findChildren(QToolButton):  # Qt leaves its clear button unnamed
            button.setAccessibleName(self.tr("Clear filter"))
        self.sources = QListWidget()
        self.sources.setAccessibleName(self.tr("Source exams"))
        self.sources.setMinimumHeight(220)
        self.sources.itemChanged.connect(self._item_changed)
        self.chosen = QLabel()
        self.sources_message = Message()
        self.difficulty_boxes: dict[str, QCheckBox] = {}
        difficulty_row = QHBoxLayout()
        for d, key in (
            (Difficulty.EASY, self.tr("&Easy")),
            (Difficulty.MEDIUM, self.tr("&Medium")),
            (Difficulty.HARD, self.tr("&Hard")),
        ):
            box = QCheckBox(key)
            box.setChecked(True)
            self.difficulty_boxes[d.value] = box
            difficulty_row.addWidget(box)
        difficulty_row.addStretch(1)
        self.count = QSpinBox()
        self.count.setAccessibleName(self.tr("Number of questions"))
        self.count.setRange(1, MAX_BANK_DRAW)
        self.count.setValue(20)
        self.count_message = Message()
        self.title = QLineEdit(self.tr("Practice exam"))
        self.title.setAccessibleName(self.tr("Title of the new exam"))
        self.title.setMaxLength(255)
        self.title_message = Message()
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        theme.paint(self.banner, theme.Role.ERROR)
        self.banner.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Find exams:"), self.filter)
        form.addRow(self.tr("&Draw from:"), self.sources)
        form.addRow("", self.chosen)
        form.addRow("", self.sources_message)
        form.addRow(self.tr("Difficulty:"), difficulty_row)
        form.addRow(self.tr("&Questions:"), self.count)
        form.addRow("", self.count_message)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow("", self.title_message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Create Draft"))
        self.buttons.accepted.connect(self.create_draft)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The new draft gets copies of questions drawn at random from the exams you tick; "
                "the source exams are not changed."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(620, 600)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.load_sources)
        self.filter.textChanged.connect(lambda _t: self._timer.start())
        self._update_chosen()
        self.load_sources()

    # ---------------------------------------------------------------- sources
    def load_sources(self) -> None:
        text, a = self.filter.text(), self.authoring

        def query() -> list[ExamRow]:
            ids = a.library.exam_ids(a.principal, ExamFilter(search=text, sort="title", descending=False))
            return a.library.exam_rows(a.principal, ids[:SHOWN])

        Op(a.tasks, query, self).success(self._show_sources).failure(self._failed).latest(self._query).run()

    def _show_sources(self, rows: list[ExamRow]) -> None:
        if self._preselect is not None:
            match = [r for r in rows if r.id == self._preselect]
            if match:
                self.checked[match[0].id] = match[0].title
            self._preselect = None
        self.sources.blockSignals(True)
        self.sources.clear()
        for row in rows:
            item = QListWidgetItem(
                self.tr("{title} (%n question(s))", "", row.total_questions).format(title=row.title)
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.id in self.checked else Qt.CheckState.Unchecked)
            self.sources.addItem(item)
        self.sources.blockSignals(False)
        self._update_chosen()
        self.sources_loaded.emit(len(rows))

    def _item_changed(self, item: QListWidgetItem) -> None:
        exam_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.checked[exam_id] = item.text()
        else:
            self.checked.pop(exam_id, None)
        self._update_chosen()

    def _update_chosen(self) -> None:
        n = len(self.checked)
        self.chosen.setText(self.tr("%n exam(s) chosen", "", n) if n else self.tr("No exam chosen yet"))

    def set_checked(self, exam_id: str, on: bool = True) -> None:
        for i in range(self.sources.count()):
            item = self.sources.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == exam_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def difficulties(self) -> list[str]:
        chosen = [d for d, box in self.difficulty_boxes.items() if box.isChecked()]
        return [] if len(chosen) == len(self.difficulty_boxes) else chosen

    # ---------------------------------------------------------------- creating
    def create_draft(self) -> None:
        for m in (self.sources_message, self.count_message, self.title_message):
            m.say([])
        self.banner.hide()
        if not any(box.isChecked() for box in self.difficulty_boxes.values()):
            self.banner.setText(self.tr("Tick at least one difficulty."))
            self.banner.show()
            return
        a = self.authoring
        title, sources, count, difficulties = (
            self.title.text(),
            list(self.checked),
            self.count.value(),
            self.difficulties(),
        )
        self.ok_button.setEnabled(False)
        Op(
            a.tasks,
            lambda: a.questions.new_exam_from_bank(
                a.principal, title, sources, count, difficulties=difficulties
            ),
            self,
        ).success(self._created).failure(self._create_failed).run()

    def _created(self, exam_id: str) -> None:
        self.ok_button.setEnabled(True)
        self.created_id = exam_id
        self.created.emit(exam_id)
        self.accept()

    def _create_failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, FieldError) and exc.field in ("sources", "count", "title"):
            {"sources": self.sources_message, "count": self.count_message, "title": self.title_message}[
                exc.field
            ].say([str(exc)])
        else:
            self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        self.banner.setText(str(exc))
        self.banner.show()

    def done(self, result: int) -> None:
        retire(self)
        super().done(result)

    @classmethod
    def ask(cls, parent: QWidget | None, authoring: Authoring, preselect: str | None = None) -> str | None:
        dialog = cls(parent, authoring, preselect)
        return dialog.created_id if dialog.exec() == QDialog.DialogCode.Accepted else None
