"""The runner's dialogs, each behind a classmethod `ask()` so tests replace them (DESIGN.md)."""

from __future__ import annotations

import enum
import html
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.core.i18n import translate
from examhub_desktop.services.attempts import HomeExam
from examhub_desktop.ui import theme
from examhub_desktop.ui.i18n import format_number
from examhub_desktop.ui.messages import MessageDialog
from examhub_desktop.ui.runner.describe import format_duration, percent


@dataclass(frozen=True)
class StartChoice:
    mode: str  # "exam" | "practice"
    timed: bool = False


def limit_text(seconds: float) -> str:
    """A time limit as "45 minutes", or "2 h 30 min" from three hours on."""
    if seconds >= 3 * 3600:
        return format_duration(seconds)
    return translate("StartDialog", "%n minute(s)", None, max(1, math.ceil(seconds / 60)))


def exam_facts(exam: HomeExam) -> str:
    """ "12 questions · 30 minutes · pass mark 60%": the time limit an exam attempt started now
    would have (the student's extra time included, cut at the closing time)."""
    parts = [translate("StartDialog", "%n question(s)", None, exam.question_count)]
    limit = exam.time_limit_seconds
    if limit is not None and limit != (exam.duration_minutes or 0) * 60:
        if exam.duration_minutes and limit > exam.duration_minutes * 60:
            parts.append(
                translate("StartDialog", "{time} with your extra time").format(time=limit_text(limit))
            )
        else:
            parts.append(
                translate("StartDialog", "{time} until the exam closes").format(time=limit_text(limit))
            )
    elif exam.duration_minutes:
        parts.append(translate("StartDialog", "%n minute(s)", None, exam.duration_minutes))
    else:
        parts.append(translate("StartDialog", "no time limit"))
    if exam.passing_score is not None:
        parts.append(
            translate("StartDialog", "pass mark {percent}").format(percent=percent(exam.passing_score))
        )
    return " · ".join(parts)


def fullscreen_words() -> str:
    return translate(
        "StartDialog",
        "This exam runs full screen. Every time you leave its window (another program, another "
        "window, minimising it) is recorded with its time and length, and your teacher sees it.",
    )


class StartDialog(QDialog):
    """Exam mode or practice mode (practice may be timed, if the exam has a duration).

    Exam mode is offered only when the exam is open to a new attempt (`HomeExam.not_open` says
    why not), practice only where the teacher offers it. A full-screen exam says that leaving
    its window is recorded, and its Start button says "full screen": the click is the student's
    confirmation."""

    def __init__(self, exam: HomeExam, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartDialog")
        self.setWindowTitle(self.tr("Start “{title}”").format(title=exam.title))
        self.exam = exam
        title = QLabel(f"<h3>{html.escape(exam.title)}</h3>")
        title.setWordWrap(True)
        facts = QLabel(exam_facts(exam))
        facts.setWordWrap(True)
        self.exam_mode = QRadioButton(self.tr("&Exam mode"))
        self.exam_mode.setAccessibleName(self.tr("Exam mode"))
        minutes = exam.duration_minutes
        if exam.time_limit_seconds is not None:
            minutes = max(1, math.ceil(exam.time_limit_seconds / 60))
        if minutes:
            exam_words = self.tr("Counts toward your results: you have %n minute(s).", "", minutes)
        else:
            exam_words = self.tr("Counts toward your results: no time limit.")
        exam_words += " " + self._review_words(exam)
        if exam.attempts_left is not None and not exam.not_open:
            exam_words += " " + self.tr("%n attempt(s) left.", "", exam.attempts_left)
        exam_note = QLabel(exam_words)
        self.not_open = QLabel(exam.not_open)
        self.not_open.setObjectName("notOpenNote")
        theme.paint(self.not_open, theme.Role.ERROR)
        self.fullscreen_note = QLabel(fullscreen_words())
        self.fullscreen_note.setObjectName("fullscreenNote")
        theme.paint(self.fullscreen_note, theme.Role.BADGE_WARNING, "padding: 6px 8px; border-radius: 3px;")
        self.practice_mode = QRadioButton(self.tr("&Practice mode"))
        self.practice_mode.setAccessibleName(self.tr("Practice mode"))
        practice_note = QLabel(
            self.tr("Check each answer as you go: see whether it is right, the feedback and the explanation.")
        )
        self.no_practice = QLabel(self.tr("Practice is not offered for this exam."))
        self.no_practice.setObjectName("noPracticeNote")
        for note in (exam_note, practice_note, self.not_open, self.fullscreen_note, self.no_practice):
            note.setWordWrap(True)
            note.setIndent(24)
        self.fullscreen_note.setIndent(0)
        self.timed = QCheckBox(
            self.tr("&Timed (%n minute(s))", "", exam.duration_minutes)
            if exam.duration_minutes
            else self.tr("&Timed")
        )
        self.timed.setAccessibleName(self.tr("Timed practice"))
        self.timed.setEnabled(False)
        if not exam.duration_minutes:
            self.timed.setToolTip(self.tr("This exam has no time limit."))
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.exam_mode)
        self.modes.addButton(self.practice_mode)
        can_exam, can_practise = not exam.not_open, exam.practice_offered
        self.exam_mode.setEnabled(can_exam)
        self.not_open.setVisible(not can_exam)
        self.fullscreen_note.setVisible(can_exam and exam.rules.fullscreen)
        for w in (self.practice_mode, practice_note, self.timed):
            w.setVisible(can_practise)
        self.no_practice.setVisible(not can_practise)
        (self.exam_mode if can_exam or not can_practise else self.practice_mode).setChecked(True)
        self.practice_mode.toggled.connect(
            lambda on: self.timed.setEnabled(on and bool(exam.duration_minutes))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.addButton(self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setEnabled(can_exam or can_practise)
        self.modes.buttonToggled.connect(lambda *_: self._name_start())
        self._name_start()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(facts)
        if exam.description.strip():
            desc = QLabel(exam.description)
            desc.setWordWrap(True)
            desc.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(desc)
        layout.addSpacing(6)
        for w in (self.exam_mode, exam_note, self.not_open, self.practice_mode, practice_note):
            layout.addWidget(w)
        timed_row = QVBoxLayout()
        timed_row.setContentsMargins(24, 0, 0, 0)
        timed_row.addWidget(self.timed)
        layout.addLayout(timed_row)
        layout.addWidget(self.no_practice)
        layout.addSpacing(6)
        layout.addWidget(self.fullscreen_note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.start_button.setDefault(True)  # only once the box is in the dialog, or Cancel stays default
        self.setMinimumWidth(460)

    def _name_start(self) -> None:
        fullscreen = self.exam.rules.fullscreen and self.exam_mode.isChecked()
        self.fullscreen_note.setVisible(fullscreen)
        self.start_button.setText(self.tr("&Start Full-Screen Exam") if fullscreen else self.tr("&Start"))

    def _review_words(self, exam: HomeExam) -> str:
        """What the student sees right after submitting, as the exam's review options say."""
        shows = exam.rules.review.right_after()
        if shows.points and shows.correct_answers:
            return self.tr("You see your score and the right answers after you submit.")
        if shows.points:
            return self.tr("You see your score after you submit; the right answers are not shown then.")
        if shows.correct_answers:
            return self.tr("You see the right answers after you submit; your score is shown later.")
        return self.tr("Your teacher decides when you see your score and the right answers.")

    def choice(self) -> StartChoice:
        if self.practice_mode.isChecked():
            return StartChoice("practice", self.timed.isEnabled() and self.timed.isChecked())
        return StartChoice("exam")

    @classmethod
    def ask(cls, parent: QWidget | None, exam: HomeExam) -> StartChoice | None:
        dialog = cls(exam, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def question_numbers(numbers: Sequence[int]) -> str:
    """ "3, 5, 8": question numbers in the user's locale."""
    return ", ".join(format_number(n) for n in sorted(numbers))


class Unsaved(enum.Enum):
    RETRY = "retry"
    SUBMIT = "submit"  # without the answers that are not saved
    CANCEL = "cancel"  # back to the attempt


class UnsavedAnswers(QDialog):
    """Submit found answers that could not be saved: name them, and let the student try again,
    submit without them (said in so many words), or go back to the attempt."""

    def __init__(self, numbers: Sequence[int], error: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UnsavedAnswersDialog")
        self.setWindowTitle(self.tr("Some answers are not saved"))
        self.answer = Unsaved.CANCEL
        count = len(numbers)
        head = QLabel(
            "<b>{}</b>".format(
                html.escape(
                    self.tr("%n answer(s) could not be saved: question(s) {numbers}.", "", count).format(
                        numbers=question_numbers(numbers)
                    )
                )
            )
        )
        head.setWordWrap(True)
        head.setObjectName("unsavedQuestions")
        why = QLabel(self.tr("The reason: {error}").format(error=error) if error else "")
        why.setWordWrap(True)
        why.setTextFormat(Qt.TextFormat.PlainText)
        why.setVisible(bool(error))
        what = QLabel(
            self.tr(
                "If you submit now, these answers are not part of your attempt. Try saving them "
                "again, or submit without them. You can also go back and keep working: the answers "
                "stay on screen."
            )
        )
        what.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.retry_button = buttons.addButton(self.tr("&Try Again"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button = buttons.addButton(
            self.tr("&Submit Without Them"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("&Keep Working"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.retry_button.clicked.connect(lambda: self._done(Unsaved.RETRY))
        self.submit_button.clicked.connect(lambda: self._done(Unsaved.SUBMIT))
        self.cancel_button.clicked.connect(lambda: self._done(Unsaved.CANCEL))
        layout = QVBoxLayout(self)
        for w in (head, why, what):
            layout.addWidget(w)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.retry_button.setDefault(True)
        self.setMinimumWidth(460)

    def _done(self, answer: Unsaved) -> None:
        self.answer = answer
        if answer is Unsaved.CANCEL:
            self.reject()
        else:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, numbers: Sequence[int], error: str) -> Unsaved:
        dialog = cls(numbers, error, parent)
        dialog.exec()
        answer = dialog.answer
        dialog.deleteLater()
        return answer


class Confirm:
    """A question with one action button and Cancel (Cancel is the default): `ui.messages`."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, *, confirm: str) -> bool:
        return MessageDialog.ask(parent, title, text, kind="question", confirm=confirm)


class Notice:
    """A message the user acknowledges (a known error, or that the time is up): `ui.messages`."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
        MessageDialog.ask(parent, title, text, kind="warning" if warning else "info")
