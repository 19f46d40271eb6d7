"""Choosing the type of a new question, and what a new question of each type starts with."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.core.question import Choice, MatchPair, NumericAnswer, Question, QuestionType, TextAnswer

TYPE_NAMES = {
    QuestionType.MULTIPLE_CHOICE: "Multiple choice",
    QuestionType.MULTIPLE_RESPONSE: "Multiple response",
    QuestionType.TRUE_FALSE: "True / false",
    QuestionType.SHORT_ANSWER: "Short answer",
    QuestionType.NUMERICAL: "Numerical",
    QuestionType.MATCHING: "Matching",
    QuestionType.ESSAY: "Essay",
    QuestionType.DESCRIPTION: "Description",
}
TYPE_HELP = {
    QuestionType.MULTIPLE_CHOICE: "One right choice among several.",
    QuestionType.MULTIPLE_RESPONSE: "Several right choices; credit is shared among them.",
    QuestionType.TRUE_FALSE: "A statement the student marks true or false.",
    QuestionType.SHORT_ANSWER: "A word or phrase typed in, compared with accepted answers (wildcards allowed).",
    QuestionType.NUMERICAL: "A number, accepted within a tolerance or a range.",
    QuestionType.MATCHING: "Prompts matched with answers, optionally with extra wrong answers.",
    QuestionType.ESSAY: "A free text answer, graded by hand.",
    QuestionType.DESCRIPTION: "Text shown between questions; nothing to answer.",
}


def blank_question(qtype: QuestionType) -> Question:
    """A new question of `qtype` with the rows a teacher fills in first."""
    if qtype is QuestionType.MULTIPLE_CHOICE:
        return Question(qtype, "", choices=(Choice("", 1.0), Choice(""), Choice(""), Choice("")))
    if qtype is QuestionType.MULTIPLE_RESPONSE:
        return Question(qtype, "", choices=(Choice(""), Choice(""), Choice(""), Choice("")))
    if qtype is QuestionType.SHORT_ANSWER:
        return Question(qtype, "", answers=(TextAnswer("", 1.0),))
    if qtype is QuestionType.NUMERICAL:
        return Question(qtype, "", numeric_answers=(NumericAnswer(0.0, 0.0, 1.0),))
    if qtype is QuestionType.MATCHING:
        return Question(qtype, "", pairs=(MatchPair("", ""), MatchPair("", ""), MatchPair("", "")))
    if qtype is QuestionType.DESCRIPTION:
        return Question(qtype, "", points=0)
    return Question(qtype, "")


class QuestionTypeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add Question")
        self.setObjectName("QuestionTypeDialog")
        label = QLabel("&Type of the new question:")
        self.list = QListWidget()
        self.list.setAccessibleName("Question type")
        for qtype, name in TYPE_NAMES.items():
            item = QListWidgetItem(f"{name}\n    {TYPE_HELP[qtype]}")
            item.setData(Qt.ItemDataRole.UserRole, qtype.value)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}: {TYPE_HELP[qtype]}")
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setMinimumSize(520, 8 * 2 * self.fontMetrics().lineSpacing() + 40)
        self.list.itemActivated.connect(lambda _i: self.accept())
        label.setBuddy(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Add")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> QuestionType | None:
        item = self.list.currentItem()
        return None if item is None else QuestionType(item.data(Qt.ItemDataRole.UserRole))

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> QuestionType | None:
        dialog = cls(parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
