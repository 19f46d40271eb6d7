"""The exam's rules in the editor: how students take it (attempts, the grade that counts,
practice, full screen, opening and closing times) and when its review shows them what.

Like `ExamForm` it only shows values and reports edits. A part is a dotted path into
`ExamFields` ("rules.max_attempts", "rules.review.marks"), so every rule is its own undo step
with its own name. The two pages are tabs of the exam form; their Alt letters are chosen
against the controls that stay visible beside them (the menus, the status and question buttons).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.core.exam_rules import (
    GRADING_METHOD_NAMES,
    GRADING_METHODS,
    MAX_ATTEMPTS,
    REVIEW_PART_NAMES,
    REVIEW_PARTS,
    REVIEW_WHEN,
    REVIEW_WHEN_NAMES,
    ExamRules,
)
from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP
from examhub_desktop.ui import theme
from examhub_desktop.ui.editor.answer_panels import hint
from examhub_desktop.ui.editor.question_editor import Message
from examhub_desktop.ui.i18n import locale

# The review grid's labels: the core's names with the Alt letter this window has free.
REVIEW_LABELS = {
    "answers": QT_TRANSLATE_NOOP("RulesForm", "Thei&r answers:"),
    "marks": QT_TRANSLATE_NOOP("RulesForm", "Right or wrong &marks:"),
    "points": QT_TRANSLATE_NOOP("RulesForm", "Points an&d score:"),
    "correct_answers": QT_TRANSLATE_NOOP("RulesForm", "&The correct answers:"),
    "feedback": QT_TRANSLATE_NOOP("RulesForm", "&Feedback and explanations:"),
}
NOT_SET = QDateTime(QDate(2000, 1, 1), QTime(0, 0))  # an unset time shows "Not set" at this value


def to_qt(moment: datetime) -> QDateTime:
    """In the computer's time zone, where the teacher reads and types times."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def from_qt(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), tz=UTC)


def next_hour(after: datetime | None = None) -> datetime:
    """The first whole hour after `after` (now): a tidy default for a time just switched on."""
    moment = (after or datetime.now(UTC)).replace(minute=0, second=0, microsecond=0)
    return moment + timedelta(hours=1)


def date_time_edit(name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setLocale(locale())
    fmt = locale().dateFormat(QLocale.FormatType.ShortFormat)
    fmt = re.sub(r"(?<!y)yy(?!y)", "yyyy", fmt)  # "3/5/26" reads as three numbers; "3/5/2026" does not
    edit.setDisplayFormat(f"{fmt} {locale().timeFormat(QLocale.FormatType.ShortFormat)}")
    edit.setMinimumDateTime(NOT_SET)
    return edit


def form_layout(page: QWidget) -> QFormLayout:
    form = QFormLayout(page)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def labelled(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def left(widget: QWidget, *under: QWidget) -> QVBoxLayout:
    """`widget` at its own width, the rest of the row empty (a spin box needs no 300 px), with
    the lines that speak about it (`under`) below it, taking no room while they are hidden."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addLayout(row)
    for line in under:
        column.addWidget(line)
    return column


class RulesForm(QObject):
    """Two pages, `taking` and `review`, over one `ExamRules`."""

    edited = Signal(str, bool, object)  # (dotted ExamFields path, typing, new value)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._kept: dict[str, QDateTime] = {}  # a time switched off comes back when switched on
        self.taking = QWidget()
        self.taking.setObjectName("takingPage")
        self.review = QWidget()
        self.review.setObjectName("reviewPage")
        self._build_taking()
        self._build_review()
        self._update_hints()

    # ---------------------------------------------------------------- building
    def _build_taking(self) -> None:
        self.attempts = QSpinBox()
        self.attempts.setAccessibleName(self.tr("Attempts allowed"))
        self.attempts.setRange(0, MAX_ATTEMPTS)
        self.attempts.setSpecialValueText(self.tr("Unlimited"))
        self.attempts.setToolTip(
            self.tr("How many times each student may take the exam in exam mode; practice does not count")
        )
        self.attempts_message = Message()
        self.grading = QComboBox()
        self.grading.setAccessibleName(self.tr("Grade that counts"))
        self.grading.setToolTip(self.tr("Which finished exam attempt gives the student's result"))
        for method in GRADING_METHODS:
            self.grading.addItem(
                QCoreApplication.translate("ExamRules", GRADING_METHOD_NAMES[method]), method
            )
        self.grading_message = Message()
        self.practice = QCheckBox(self.tr("Offer &practice mode"))
        self.practice.setToolTip(
            self.tr(
                "Students may practise with their answers checked as they go; "
                "never while one of their exam attempts is in progress"
            )
        )
        self.fullscreen = QCheckBox(self.tr("Take the exa&m in full screen"))
        fullscreen_note = hint(self.tr("Leaving the window is recorded and shown to you."))
        fullscreen_note.setObjectName("fullscreenNote")
        self.opens_set = QCheckBox(self.tr("&Opens at:"))
        self.opens_set.setToolTip(self.tr("Off: students can start the exam as soon as it is published"))
        self.opens = date_time_edit(self.tr("Opening time"))
        self.closes_set = QCheckBox(self.tr("Closes a&t:"))
        self.closes_set.setToolTip(self.tr("Off: the exam stays open"))
        self.closes = date_time_edit(self.tr("Closing time"))
        self.closes.setToolTip(self.tr("Attempts still in progress end at this time"))
        self.closes_message = Message()
        self.closes_hint = hint("")
        theme.paint(self.closes_hint, theme.Role.WARNING)
        self.closes_hint.hide()
        times_note = hint(self.tr("Times are in this computer's time zone."))

        self.attempts.valueChanged.connect(lambda v: self._emit("max_attempts", True, v or None))
        self.grading.currentIndexChanged.connect(
            lambda _i: self._emit("grading_method", False, self.grading.currentData())
        )
        self.practice.toggled.connect(lambda on: self._emit("practice_allowed", False, on))
        self.fullscreen.toggled.connect(lambda on: self._emit("fullscreen", False, on))
        self.opens_set.toggled.connect(lambda on: self._time_toggled("opens_at", self.opens, on))
        self.closes_set.toggled.connect(lambda on: self._time_toggled("closes_at", self.closes, on))
        self.opens.dateTimeChanged.connect(lambda v: self._time_edited("opens_at", self.opens_set, v))
        self.closes.dateTimeChanged.connect(lambda v: self._time_edited("closes_at", self.closes_set, v))

        form = form_layout(self.taking)
        form.addRow(
            labelled(self.tr("Attempts allowe&d:"), self.attempts), left(self.attempts, self.attempts_message)
        )
        form.addRow(
            labelled(self.tr("&Grade that counts:"), self.grading), left(self.grading, self.grading_message)
        )
        form.addRow(self.tr("Practice:"), self.practice)
        fullscreen = QVBoxLayout()
        fullscreen.setSpacing(2)
        fullscreen.addWidget(self.fullscreen)
        fullscreen.addWidget(fullscreen_note)
        form.addRow(self.tr("Full screen:"), fullscreen)
        form.addRow(self.opens_set, left(self.opens))
        form.addRow(self.closes_set, left(self.closes, self.closes_message, self.closes_hint, times_note))

    def _build_review(self) -> None:
        intro = QLabel(self.tr("When students may see each part of a finished exam attempt:"))
        intro.setWordWrap(True)
        self.review_parts: dict[str, QComboBox] = {}
        form = form_layout(self.review)
        form.addRow(intro)
        for part in REVIEW_PARTS:
            combo = QComboBox()
            combo.setAccessibleName(QCoreApplication.translate("ExamRules", REVIEW_PART_NAMES[part]))
            for when in REVIEW_WHEN:
                combo.addItem(QCoreApplication.translate("ExamRules", REVIEW_WHEN_NAMES[when]), when)
            combo.currentIndexChanged.connect(
                lambda _i, p=part, c=combo: self._emit(f"review.{p}", False, c.currentData())
            )
            self.review_parts[part] = combo
            form.addRow(labelled(QCoreApplication.translate("RulesForm", REVIEW_LABELS[part]), combo), combo)
        self.review_hint = hint("")
        theme.paint(self.review_hint, theme.Role.WARNING)
        self.review_hint.hide()
        form.addRow(self.review_hint)
        form.addRow(hint(self.tr("Marks, the correct answers and feedback are shown only with the answers.")))

    # ---------------------------------------------------------------- values
    def _emit(self, part: str, typing: bool, value: object) -> None:
        self._update_hints()
        if not self._loading:
            self.edited.emit(f"rules.{part}", typing, value)

    def _time_toggled(self, part: str, edit: QDateTimeEdit, on: bool) -> None:
        loading, self._loading = self._loading, True
        try:  # the edit's own change is not a second undo step
            if on:
                edit.setSpecialValueText("")
                edit.setDateTime(self._kept.get(part) or to_qt(self._default_time(part)))
            else:
                if edit.dateTime() != NOT_SET:
                    self._kept[part] = edit.dateTime()
                edit.setSpecialValueText(self.tr("Not set"))
                edit.setDateTime(NOT_SET)
            edit.setEnabled(on)
        finally:
            self._loading = loading
        self._emit(part, False, from_qt(edit.dateTime()) if on else None)

    def _default_time(self, part: str) -> datetime:
        if part == "closes_at" and self.opens_set.isChecked():
            return from_qt(self.opens.dateTime()) + timedelta(days=7)
        return next_hour()

    def _time_edited(self, part: str, switch: QCheckBox, value: QDateTime) -> None:
        if switch.isChecked():
            self._emit(part, True, from_qt(value))

    def _update_hints(self) -> None:
        waits = [p for p, c in self.review_parts.items() if c.currentData() == "after_close"]
        never = bool(waits) and not self.closes_set.isChecked()
        self.review_hint.setText(
            self.tr(
                "“After the exam closes” never comes while the exam has no closing time: "
                "set one under “Taking the exam”, or students never see these parts."
            )
            if never
            else ""
        )
        self.review_hint.setVisible(never)
        self.closes_hint.setText(
            self.tr("Some review options wait for the exam to close: without a closing time they never come.")
            if never
            else ""
        )
        self.closes_hint.setVisible(never)

    def apply(self, rules: ExamRules) -> None:
        loading, self._loading = self._loading, True
        try:
            self.attempts.setValue(rules.max_attempts or 0)
            self.grading.setCurrentIndex(max(0, self.grading.findData(rules.grading_method)))
            self.practice.setChecked(rules.practice_allowed)
            self.fullscreen.setChecked(rules.fullscreen)
            for part, combo in self.review_parts.items():
                combo.setCurrentIndex(max(0, combo.findData(getattr(rules.review, part))))
            for switch, edit, moment in (
                (self.opens_set, self.opens, rules.opens_at),
                (self.closes_set, self.closes, rules.closes_at),
            ):
                switch.setChecked(moment is not None)
                edit.setSpecialValueText("" if moment is not None else self.tr("Not set"))
                edit.setDateTime(NOT_SET if moment is None else to_qt(moment))
                edit.setEnabled(moment is not None)
        finally:
            self._loading = loading
        self._update_hints()

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, message, widget in (
            ("max_attempts", self.attempts_message, self.attempts),
            ("grading_method", self.grading_message, self.grading),
            ("closes_at", self.closes_message, self.closes),
        ):
            text = problems.get(key, "")
            message.say([text] if text else [])
            widget.setAccessibleDescription(text)

    def field_widget(self, field: str) -> QWidget | None:
        """The control a problem of `field` (an `ExamRules` attribute) is about."""
        widgets: dict[str, QWidget] = {
            "max_attempts": self.attempts,
            "grading_method": self.grading,
            "practice_allowed": self.practice,
            "fullscreen": self.fullscreen,
            "opens_at": self.opens if self.opens.isEnabled() else self.opens_set,
            "closes_at": self.closes if self.closes.isEnabled() else self.closes_set,
            **self.review_parts,
        }
        return widgets.get(field.removeprefix("rules.").removeprefix("review."))
