"""The runner's dialogs, each behind a classmethod `ask()` so tests replace them (DESIGN.md)."""

from __future__ import annotations

import html
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

from examhub_desktop.services.attempts import HomeExam
from examhub_desktop.ui.messages import MessageDialog


@dataclass(frozen=True)
class StartChoice:
    mode: str  # "exam" | "practice"
    timed: bool = False


def exam_facts(exam: HomeExam) -> str:
    """ "12 questions · 30 minutes · pass mark 60%"."""
    parts = [f"{exam.question_count} question{'s' if exam.question_count != 1 else ''}"]
    parts.append(f"{exam.duration_minutes} minutes" if exam.duration_minutes else "no time limit")
    if exam.passing_score is not None:
        parts.append(f"pass mark {exam.passing_score}%")
    return " · ".join(parts)


class StartDialog(QDialog):
    """Exam mode or practice mode (practice may be timed, if the exam has a duration)."""

    def __init__(self, exam: HomeExam, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartDialog")
        self.setWindowTitle(f"Start “{exam.title}”")
        self.exam = exam
        title = QLabel(f"<h3>{html.escape(exam.title)}</h3>")
        title.setWordWrap(True)
        facts = QLabel(exam_facts(exam))
        facts.setWordWrap(True)
        timed_words = (
            f"you have {exam.duration_minutes} minutes; " if exam.duration_minutes else "no time limit; "
        )
        self.exam_mode = QRadioButton("&Exam mode")
        self.exam_mode.setAccessibleName("Exam mode")
        exam_note = QLabel(
            f"Counts toward your results: {timed_words}you see your score and the right answers "
            "after you submit."
        )
        self.practice_mode = QRadioButton("&Practice mode")
        self.practice_mode.setAccessibleName("Practice mode")
        practice_note = QLabel(
            "Check each answer as you go: see whether it is right, the feedback and the explanation."
        )
        for note in (exam_note, practice_note):
            note.setWordWrap(True)
            note.setIndent(24)
        self.timed = QCheckBox(
            f"&Timed ({exam.duration_minutes} minutes)" if exam.duration_minutes else "&Timed"
        )
        self.timed.setAccessibleName("Timed practice")
        self.timed.setEnabled(False)
        if not exam.duration_minutes:
            self.timed.setToolTip("This exam has no time limit.")
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.exam_mode)
        self.modes.addButton(self.practice_mode)
        self.exam_mode.setChecked(True)
        self.practice_mode.toggled.connect(
            lambda on: self.timed.setEnabled(on and bool(exam.duration_minutes))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.addButton("&Start", QDialogButtonBox.ButtonRole.AcceptRole)
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
        for w in (self.exam_mode, exam_note, self.practice_mode, practice_note):
            layout.addWidget(w)
        timed_row = QVBoxLayout()
        timed_row.setContentsMargins(24, 0, 0, 0)
        timed_row.addWidget(self.timed)
        layout.addLayout(timed_row)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.start_button.setDefault(True)  # only once the box is in the dialog, or Cancel stays default
        self.setMinimumWidth(460)

    def choice(self) -> StartChoice:
        if self.practice_mode.isChecked():
            return StartChoice("practice", self.timed.isEnabled() and self.timed.isChecked())
        return StartChoice("exam")

    @classmethod
    def ask(cls, parent: QWidget | None, exam: HomeExam) -> StartChoice | None:
        dialog = cls(exam, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


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
