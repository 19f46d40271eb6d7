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

from examhub_desktop.core.i18n import translate
from examhub_desktop.services.attempts import HomeExam
from examhub_desktop.ui.messages import MessageDialog
from examhub_desktop.ui.runner.describe import percent


@dataclass(frozen=True)
class StartChoice:
    mode: str  # "exam" | "practice"
    timed: bool = False


def exam_facts(exam: HomeExam) -> str:
    """ "12 questions · 30 minutes · pass mark 60%"."""
    parts = [translate("StartDialog", "%n question(s)", None, exam.question_count)]
    if exam.duration_minutes:
        parts.append(translate("StartDialog", "%n minute(s)", None, exam.duration_minutes))
    else:
        parts.append(translate("StartDialog", "no time limit"))
    if exam.passing_score is not None:
        parts.append(
            translate("StartDialog", "pass mark {percent}").format(percent=percent(exam.passing_score))
        )
    return " · ".join(parts)


class StartDialog(QDialog):
    """Exam mode or practice mode (practice may be timed, if the exam has a duration)."""

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
        if exam.duration_minutes:
            exam_words = self.tr(
                "Counts toward your results: you have %n minute(s); you see your score and the right "
                "answers after you submit.",
                "",
                exam.duration_minutes,
            )
        else:
            exam_words = self.tr(
                "Counts toward your results: no time limit; you see your score and the right answers "
                "after you submit."
            )
        exam_note = QLabel(exam_words)
        self.practice_mode = QRadioButton(self.tr("&Practice mode"))
        self.practice_mode.setAccessibleName(self.tr("Practice mode"))
        practice_note = QLabel(
            self.tr("Check each answer as you go: see whether it is right, the feedback and the explanation.")
        )
        for note in (exam_note, practice_note):
            note.setWordWrap(True)
            note.setIndent(24)
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
        self.exam_mode.setChecked(True)
        self.practice_mode.toggled.connect(
            lambda on: self.timed.setEnabled(on and bool(exam.duration_minutes))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.addButton(self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole)
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
