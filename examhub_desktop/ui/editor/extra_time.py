"""Extra time per student, a tab of the exam editor for an exam that exists.

Unlike the settings, each change is written at once (`LibraryService.set_extra_time`): it is
about a person, not the exam's text, and a teacher giving time during an exam should not
have to remember Save. The student is picked from the school's active student accounts in a
combo box that filters as one types (a name or any part of the e-mail address); an address
that is not in the list is passed on as typed and the service says whether it exists.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.core.exam_rules import MAX_MULTIPLIER
from examhub_desktop.services.errors import FieldError
from examhub_desktop.services.library import ExtraTime
from examhub_desktop.services.permissions import Role
from examhub_desktop.services.users import UserRow
from examhub_desktop.ui.editor.answer_panels import hint
from examhub_desktop.ui.editor.context import Authoring
from examhub_desktop.ui.editor.question_editor import Message
from examhub_desktop.ui.i18n import format_number, locale
from examhub_desktop.ui.ops import Op, show_failure

DEFAULT_MULTIPLIER = 1.25
LEAST_MULTIPLIER = 1.05  # 1 would be no extra time at all: that is Remove


def button(text: str, tip: str) -> QPushButton:
    b = QPushButton(text)
    b.setAutoDefault(False)
    b.setToolTip(tip)
    return b


def who(name: str, email: str) -> str:
    return f"{name} <{email}>" if name else email


class ExtraTimePage(QWidget):
    loaded = Signal()  # the list was read (after opening and after every change)

    def __init__(self, authoring: Authoring) -> None:
        super().__init__()
        self.setObjectName("extraTimePage")
        self.authoring = authoring
        self.exam_id: str | None = None
        self.duration: int | None = None
        self.rows: list[ExtraTime] = []
        self.writing = False  # one change at a time: Enter and a click must not write twice
        self.students: list[UserRow] | None = None  # read once per exam opened

        intro = hint(
            self.tr(
                "These students get their time multiplied: ×1.5 is half as much again. "
                "Changes are saved at once; attempts already started keep their time."
            )
        )
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Students with extra time"))
        self.table.setColumnCount(2)
        self.table.setHeaderLabels([self.tr("Student"), self.tr("Time")])
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        list_label = QLabel(self.tr("Students with extra ti&me:"))
        list_label.setBuddy(self.table)
        self.empty = hint(self.tr("No student has extra time on this exam."))
        self.remove_button = button(
            self.tr("&Remove"), self.tr("Take the selected student's extra time away")
        )

        self.student = QComboBox()
        self.student.setEditable(True)
        self.student.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.student.setAccessibleName(self.tr("Student"))
        self.student.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.student.setMinimumContentsLength(16)  # not as wide as the longest address in the school
        self.student_line = line = QLineEdit()
        line.setAccessibleName(self.tr("Student"))
        line.setPlaceholderText(self.tr("Name or e-mail address"))
        self.student.setLineEdit(line)
        completer = QCompleter(self.student.model(), self.student)
        self.student.setCompleter(completer)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.student_message = Message()
        self.multiplier = QDoubleSpinBox()
        self.multiplier.setAccessibleName(self.tr("Time multiplier"))
        self.multiplier.setLocale(locale())
        self.multiplier.setPrefix(self.tr("×"))
        self.multiplier.setDecimals(2)
        self.multiplier.setRange(LEAST_MULTIPLIER, MAX_MULTIPLIER)
        self.multiplier.setSingleStep(0.25)
        self.multiplier.setValue(DEFAULT_MULTIPLIER)
        self.minutes = hint("")
        self.multiplier_message = Message()
        self.give_button = button(
            self.tr("&Give Extra Time"), self.tr("Give the student this much time (saved at once)")
        )

        self.table.currentItemChanged.connect(lambda *_: self._row_chosen())
        self.remove_button.clicked.connect(self.remove)
        self.give_button.clicked.connect(self.give)
        self.student.editTextChanged.connect(lambda _t: self._update())
        self.multiplier.valueChanged.connect(lambda _v: self._update())
        line.returnPressed.connect(self.give)

        give = QGroupBox(self.tr("Give extra time"))
        form = QFormLayout(give)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        student_label = QLabel(self.tr("Stu&dent:"))
        student_label.setBuddy(self.student)
        form.addRow(student_label, self.student)
        form.addRow("", self.student_message)
        time_row = QHBoxLayout()
        time_row.addWidget(self.multiplier)
        time_row.addWidget(self.minutes, 1)
        time_label = QLabel(self.tr("&Time:"))
        time_label.setBuddy(self.multiplier)
        form.addRow(time_label, time_row)
        form.addRow("", self.multiplier_message)
        give_row = QHBoxLayout()
        give_row.addWidget(self.give_button)
        give_row.addStretch(1)
        form.addRow("", give_row)
        self.listing = QWidget()  # the list, its label and Remove: shown once someone has extra time
        listing = QVBoxLayout(self.listing)
        listing.setContentsMargins(0, 0, 0, 0)
        listing.addWidget(list_label)
        listing.addWidget(self.table, 1)
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.remove_button)
        remove_row.addStretch(1)
        listing.addLayout(remove_row)
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.listing, 1)
        layout.addWidget(give)
        layout.addStretch(0)  # takes the room the list leaves while there is none
        self.listing.hide()
        self._update()

    # ---------------------------------------------------------------- reading
    def set_exam(self, exam_id: str) -> None:
        if exam_id != self.exam_id:
            self.exam_id, self.students = exam_id, None
            self.reload()

    def reload(self, *, students_too: bool = False) -> None:
        exam_id, a = self.exam_id, self.authoring
        if exam_id is None:
            return
        if students_too:
            self.students = None
        read_students = self.students is None

        def read() -> tuple[list[ExtraTime], list[UserRow] | None]:
            rows = a.library.extra_time(a.principal, exam_id)
            if not read_students:
                return rows, None
            people = a.users.list_users(a.principal)
            return rows, [u for u in people if u.role is Role.STUDENT and u.is_active]

        Op(a.tasks, read, self.window()).success(lambda r: self._show(*r)).run()

    def _show(self, rows: list[ExtraTime], students: list[UserRow] | None) -> None:
        if students is not None:
            self.students = students
            typed = self.student.currentText()
            self.student.blockSignals(True)
            self.student.clear()
            for s in students:
                self.student.addItem(who(s.full_name, s.email), s.id)
            self.student.setCurrentIndex(-1)
            self.student.setEditText(typed)
            self.student.blockSignals(False)
        chosen, typed = self._chosen_id(), self.student.currentText().strip().lower()
        self.rows = rows
        current: QTreeWidgetItem | None = None
        self.table.blockSignals(True)  # rebuilding is no choice of the teacher's
        self.table.clear()
        for row in rows:
            item = QTreeWidgetItem([row.full_name or row.email, self._time_text(row.time_multiplier)])
            item.setData(0, Qt.ItemDataRole.UserRole, row.user_id)
            item.setToolTip(0, row.email)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
            if row.user_id == chosen or row.email.lower() == typed:
                current = item
        self.table.setCurrentIndex(QModelIndex())
        if current is not None:  # the student just given time stays chosen
            self.table.setCurrentItem(current)
        self.table.blockSignals(False)
        self.listing.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._layout.setStretch(self._layout.count() - 1, 0 if rows else 1)
        self._update()
        self.loaded.emit()

    def set_duration(self, minutes: int | None) -> None:
        """The exam's duration as edited (not yet saved), for the minutes each multiplier gives."""
        self.duration = minutes
        for i, row in enumerate(self.rows):
            item = self.table.topLevelItem(i)
            if item is not None:
                item.setText(1, self._time_text(row.time_multiplier))
        self._update()

    def _time_text(self, multiplier: float) -> str:
        times = self.tr("×{multiplier}").format(multiplier=format_number(multiplier))
        if not self.duration:
            return times
        return self.tr("{times} ({minutes} min)").format(
            times=times, minutes=format_number(round(self.duration * multiplier, 1))
        )

    # ---------------------------------------------------------------- choosing
    def _chosen_id(self) -> str | None:
        """The account id of the student in the combo box, if the text is one of its items."""
        text = self.student.currentText().strip()
        index = self.student.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.student.itemData(index)) if index >= 0 else None

    def _existing(self) -> ExtraTime | None:
        chosen = self._chosen_id()
        text = self.student.currentText().strip().lower()
        for row in self.rows:
            if row.user_id == chosen or row.email.lower() == text:
                return row
        return None

    def _row_chosen(self) -> None:
        item = self.table.currentItem()
        if item is None:
            self._update()
            return
        row = self.rows[self.table.indexOfTopLevelItem(item)]
        index = self.student.findData(row.user_id)
        if index >= 0:
            self.student.setCurrentIndex(index)
            self.student.setEditText(self.student.itemText(index))  # also when typed over since
        else:  # no longer a student (or deactivated): still listed by address
            self.student.setEditText(row.email)
        self.multiplier.setValue(row.time_multiplier)
        self._update()

    def _update(self) -> None:
        existing = self._existing()
        self.give_button.setText(self.tr("Chan&ge Extra Time") if existing else self.tr("&Give Extra Time"))
        self.give_button.setEnabled(
            not self.writing
            and bool(self.student.currentText().strip())
            and (existing is None or existing.time_multiplier != self.multiplier.value())
        )
        self.remove_button.setEnabled(not self.writing and self.table.currentItem() is not None)
        value = self.multiplier.value()
        self.minutes.setText(
            self.tr("{minutes} min instead of {duration}").format(
                minutes=format_number(round(self.duration * value, 1)), duration=format_number(self.duration)
            )
            if self.duration
            else ""
        )

    # ---------------------------------------------------------------- writing
    def give(self) -> None:
        text = self.student.currentText().strip()
        if not text or not self.give_button.isEnabled():
            return
        student = self._chosen_id() or text
        self._write(student, self.multiplier.value())

    def remove(self) -> None:
        item = self.table.currentItem()
        if item is None or self.writing:
            return
        self._write(str(item.data(0, Qt.ItemDataRole.UserRole)), None, cleared=True)

    def _write(self, student: str, multiplier: float | None, *, cleared: bool = False) -> None:
        exam_id, a = self.exam_id, self.authoring
        if exam_id is None:
            return
        self.show_problems({})
        self.writing = True
        self._update()
        done: Callable[[object], None] = lambda _r: self._written(cleared)  # noqa: E731
        Op(
            a.tasks,
            lambda: a.library.set_extra_time(a.principal, exam_id, student, multiplier),
            self.window(),
        ).success(done).failure(self._failed).after(self._written_or_not).run()

    def _written_or_not(self) -> None:
        self.writing = False
        self._update()

    def _written(self, cleared: bool) -> None:
        if cleared:
            self.student.setEditText("")
            self.multiplier.setValue(DEFAULT_MULTIPLIER)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, FieldError):
            self.show_problems({exc.field: str(exc)})
        else:
            show_failure(self, self.tr("Not changed"), exc)

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, message, widget in (
            ("student", self.student_message, self.student_line),
            ("time_multiplier", self.multiplier_message, self.multiplier),
        ):
            text = problems.get(key, "")
            message.say([text] if text else [])
            widget.setAccessibleDescription(text)
