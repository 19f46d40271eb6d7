"""Choosing the type of a new question, and what a new question of each type starts with.

The type names and their help are the editor's words for core's `QuestionType` (core has no
display names): marked at import time and translated where shown, through `type_name`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP
from examhub_desktop.core.question import (
    Choice,
    Difficulty,
    MatchPair,
    NumericAnswer,
    Question,
    QuestionType,
    TextAnswer,
)

TYPE_NAMES = {
    QuestionType.MULTIPLE_CHOICE: QT_TRANSLATE_NOOP("QuestionTypes", "Multiple choice"),
    QuestionType.MULTIPLE_RESPONSE: QT_TRANSLATE_NOOP("QuestionTypes", "Multiple response"),
    QuestionType.TRUE_FALSE: QT_TRANSLATE_NOOP("QuestionTypes", "True / false"),
    QuestionType.SHORT_ANSWER: QT_TRANSLATE_NOOP("QuestionTypes", "Short answer"),
    QuestionType.NUMERICAL: QT_TRANSLATE_NOOP("QuestionTypes", "Numerical"),
    QuestionType.MATCHING: QT_TRANSLATE_NOOP("QuestionTypes", "Matching"),
    QuestionType.ESSAY: QT_TRANSLATE_NOOP("QuestionTypes", "Essay"),
    QuestionType.DESCRIPTION: QT_TRANSLATE_NOOP("QuestionTypes", "Description"),
}
TYPE_HELP = {
    QuestionType.MULTIPLE_CHOICE: QT_TRANSLATE_NOOP("QuestionTypes", "One right choice among several."),
    QuestionType.MULTIPLE_RESPONSE: QT_TRANSLATE_NOOP(
        "QuestionTypes", "Several right choices; credit is shared among them."
    ),
    QuestionType.TRUE_FALSE: QT_TRANSLATE_NOOP(
        "QuestionTypes", "A statement the student marks true or false."
    ),
    QuestionType.SHORT_ANSWER: QT_TRANSLATE_NOOP(
        "QuestionTypes", "A word or phrase typed in, compared with accepted answers (wildcards allowed)."
    ),
    QuestionType.NUMERICAL: QT_TRANSLATE_NOOP(
        "QuestionTypes", "A number, accepted within a tolerance or a range."
    ),
    QuestionType.MATCHING: QT_TRANSLATE_NOOP(
        "QuestionTypes", "Prompts matched with answers, optionally with extra wrong answers."
    ),
    QuestionType.ESSAY: QT_TRANSLATE_NOOP("QuestionTypes", "A free text answer, graded by hand."),
    QuestionType.DESCRIPTION: QT_TRANSLATE_NOOP(
        "QuestionTypes", "Text shown between questions; nothing to answer."
    ),
}

DIFFICULTY_NAMES = {
    Difficulty.EASY: QT_TRANSLATE_NOOP("QuestionTypes", "Easy"),
    Difficulty.MEDIUM: QT_TRANSLATE_NOOP("QuestionTypes", "Medium"),
    Difficulty.HARD: QT_TRANSLATE_NOOP("QuestionTypes", "Hard"),
}


def type_name(qtype: QuestionType) -> str:
    """The type's name in the user's language ("Multiple choice")."""
    return QCoreApplication.translate("QuestionTypes", TYPE_NAMES[qtype])


def type_help(qtype: QuestionType) -> str:
    return QCoreApplication.translate("QuestionTypes", TYPE_HELP[qtype])


def difficulty_name(difficulty: Difficulty) -> str:
    return QCoreApplication.translate("QuestionTypes", DIFFICULTY_NAMES[difficulty])


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
        self.setWindowTitle(self.tr("Add Question"))
        self.setObjectName("QuestionTypeDialog")
        label = QLabel(self.tr("&Type of the new question:"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Question type"))
        for qtype in TYPE_NAMES:
            name, help_text = type_name(qtype), type_help(qtype)
            item = QListWidgetItem(f"{name}\n    {help_text}")
            item.setData(Qt.ItemDataRole.UserRole, qtype.value)
            spoken = self.tr("{type}: {help}").format(type=name, help=help_text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        # As wide as the longest line in this language (German runs ~30 % longer than English).
        widest = max(self.fontMetrics().horizontalAdvance(f"    {type_help(t)}") for t in TYPE_NAMES)
        self.list.setMinimumSize(max(520, widest + 40), 8 * 2 * self.fontMetrics().lineSpacing() + 40)
        self.list.itemActivated.connect(lambda _i: self.accept())
        label.setBuddy(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
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
