"""The answer part of the question editor, one panel per question type.

Each panel shows one slice of a core `Question` (`load`) and writes it back (`collect`), so
the editor's undo can snapshot whole questions. `edited(key, typing)` says which part changed
and whether it was typing (consecutive typing in one field merges into one undo step).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP
from examhub_desktop.core.question import (
    MAX_CHOICES,
    Choice,
    MatchPair,
    NumericAnswer,
    Question,
    QuestionType,
    TextAnswer,
)
from examhub_desktop.ui import theme
from examhub_desktop.ui.editor.records import Column, Kind, RecordEditor, RecordModel, RowTexts

WILDCARD_TIP = QT_TRANSLATE_NOOP(
    "AnswerPanel",
    "An asterisk (*) stands for any run of characters: “*photo*” accepts any answer containing "
    "“photo”, “colo*r” accepts “color” and “colour”.",
)


def wildcard_tip() -> str:
    return QCoreApplication.translate("AnswerPanel", WILDCARD_TIP)


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    theme.paint(label, theme.Role.HINT)
    return label


def set_text(edit: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Change a text box only when it differs, so undo elsewhere keeps its cursor."""
    current = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
    if current != text:
        edit.setText(text) if isinstance(edit, QLineEdit) else edit.setPlainText(text)


class AnswerPanel(QWidget):
    edited = Signal(str, bool)  # (part, typing)

    def load(self, q: Question) -> None:
        raise NotImplementedError

    def collect(self, q: Question) -> Question:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        for w in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            w.setReadOnly(read_only)
        for c in self.findChildren(QCheckBox) + self.findChildren(QRadioButton):
            c.setEnabled(not read_only)
        for r in self.findChildren(RecordEditor):
            r.set_read_only(read_only)

    def _line(self, key: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.textEdited.connect(lambda _t: self.edited.emit(key, True))
        return edit

    def _check(self, key: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.toggled.connect(lambda _on: self.edited.emit(key, False))
        return box

    def _records(
        self, key: str, model: RecordModel[Any], name: str, texts: RowTexts, rows: int = 4
    ) -> RecordEditor:
        model.setParent(self)
        model.rows_edited.connect(lambda: self.edited.emit(key, False))
        return RecordEditor(model, name, texts, rows)


class ChoicesPanel(AnswerPanel):
    """Multiple choice and multiple response: text, credit -100..100 % and feedback per choice."""

    def __init__(self, multiple: bool) -> None:
        super().__init__()
        model: RecordModel[Choice] = RecordModel(
            [
                Column(self.tr("Choice"), lambda c: c.text, lambda c, v: replace(c, text=v), stretch=True),
                Column(
                    self.tr("Credit"),
                    lambda c: c.fraction,
                    lambda c, v: replace(c, fraction=v),
                    Kind.PERCENT,
                    tooltip=self.tr(
                        "Share of the points for this choice, -100 % to 100 %; wrong choices may cost points."
                    ),
                ),
                Column(
                    self.tr("Feedback"),
                    lambda c: c.feedback,
                    lambda c, v: replace(c, feedback=v),
                    stretch=True,
                ),
            ],
            lambda: Choice(""),
        )
        texts = RowTexts(
            self.tr("Add Choice"),
            self.tr("Remove Choice"),
            self.tr("Add choice"),
            self.tr("Remove the selected choice"),
            self.tr("Move the selected choice up"),
            self.tr("Move the selected choice down"),
        )
        self.choices = self._records("choices", model, self.tr("Choices"), texts, rows=5)
        self.choices.limit = MAX_CHOICES
        self.shuffle = self._check("shuffle", self.tr("Shu&ffle the choices for each student"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            hint(
                self.tr("Give each choice its credit. The positive credits must add up to 100 %.")
                if multiple
                else self.tr(
                    "Give each choice its credit. Exactly one choice is worth 100 %; the others 0 % or less."
                )
            )
        )
        layout.addWidget(self.choices)
        layout.addWidget(self.shuffle)

    def load(self, q: Question) -> None:
        self.choices.model.set_rows(q.choices)
        self.shuffle.blockSignals(True)
        self.shuffle.setChecked(q.shuffle_choices)
        self.shuffle.blockSignals(False)

    def collect(self, q: Question) -> Question:
        return replace(q, choices=tuple(self.choices.model.rows), shuffle_choices=self.shuffle.isChecked())


class TrueFalsePanel(AnswerPanel):
    def __init__(self) -> None:
        super().__init__()
        self.true_radio = QRadioButton(self.tr("&True"))
        self.false_radio = QRadioButton(self.tr("&False"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.true_radio)
        self.group.addButton(self.false_radio)
        self.group.buttonToggled.connect(self._toggled)
        self.true_feedback = self._line("true_feedback", self.tr("Feedback for the answer True"))
        self.false_feedback = self._line("false_feedback", self.tr("Feedback for the answer False"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("The statement is:")))
        row.addWidget(self.true_radio)
        row.addWidget(self.false_radio)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Feedback for “True”:"), self.true_feedback)
        form.addRow(self.tr("Feedback for “False”:"), self.false_feedback)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(form)

    def _toggled(self, _button: object, on: bool) -> None:
        if on:
            self.edited.emit("correct", False)

    def load(self, q: Question) -> None:
        self.group.blockSignals(True)
        self.group.setExclusive(False)
        self.true_radio.setChecked(q.correct is True)
        self.false_radio.setChecked(q.correct is False)
        self.group.setExclusive(True)
        self.group.blockSignals(False)
        set_text(self.true_feedback, q.true_feedback)
        set_text(self.false_feedback, q.false_feedback)

    def collect(self, q: Question) -> Question:
        correct = True if self.true_radio.isChecked() else False if self.false_radio.isChecked() else None
        return replace(
            q,
            correct=correct,
            true_feedback=self.true_feedback.text(),
            false_feedback=self.false_feedback.text(),
        )


class ShortAnswerPanel(AnswerPanel):
    def __init__(self) -> None:
        super().__init__()
        model: RecordModel[TextAnswer] = RecordModel(
            [
                Column(
                    self.tr("Accepted answer"),
                    lambda a: a.text,
                    lambda a, v: replace(a, text=v),
                    stretch=True,
                    tooltip=wildcard_tip(),
                ),
                Column(
                    self.tr("Credit"),
                    lambda a: a.fraction,
                    lambda a, v: replace(a, fraction=v),
                    Kind.PERCENT,
                    0,
                    100,
                ),
                Column(
                    self.tr("Feedback"),
                    lambda a: a.feedback,
                    lambda a, v: replace(a, feedback=v),
                    stretch=True,
                ),
            ],
            lambda: TextAnswer("", 1.0),
        )
        texts = RowTexts(
            self.tr("Add Answer"),
            self.tr("Remove Answer"),
            self.tr("Add answer"),
            self.tr("Remove the selected answer"),
            self.tr("Move the selected answer up"),
            self.tr("Move the selected answer down"),
        )
        self.answers = self._records("answers", model, self.tr("Accepted answers"), texts)
        self.answers.view.setToolTip(wildcard_tip())
        self.case_sensitive = self._check(
            "case_sensitive", self.tr("&Case sensitive (“Paris” is not “paris”)")
        )
        wildcard = hint(self.tr("Use * as a wildcard for any characters (hover for examples)."))
        wildcard.setToolTip(wildcard_tip())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(wildcard)
        layout.addWidget(self.answers)
        layout.addWidget(self.case_sensitive)

    def load(self, q: Question) -> None:
        self.answers.model.set_rows(q.answers)
        self.case_sensitive.blockSignals(True)
        self.case_sensitive.setChecked(q.case_sensitive)
        self.case_sensitive.blockSignals(False)

    def collect(self, q: Question) -> Question:
        return replace(
            q, answers=tuple(self.answers.model.rows), case_sensitive=self.case_sensitive.isChecked()
        )


def _set_min(a: NumericAnswer, low: float) -> NumericAnswer:
    high = a.value + a.tolerance
    low, high = min(low, high), max(low, high)
    return replace(a, value=(low + high) / 2, tolerance=(high - low) / 2)


def _set_max(a: NumericAnswer, high: float) -> NumericAnswer:
    low = a.value - a.tolerance
    low, high = min(low, high), max(low, high)
    return replace(a, value=(low + high) / 2, tolerance=(high - low) / 2)


class NumericalPanel(AnswerPanel):
    """Value ± tolerance, or a range typed as min and max (stored as its middle and half-width)."""

    def __init__(self) -> None:
        super().__init__()
        credit = Column[NumericAnswer](
            self.tr("Credit"), lambda a: a.fraction, lambda a, v: replace(a, fraction=v), Kind.PERCENT, 0, 100
        )
        feedback = Column[NumericAnswer](
            self.tr("Feedback"), lambda a: a.feedback, lambda a, v: replace(a, feedback=v), stretch=True
        )
        self.value_columns = [
            Column[NumericAnswer](
                self.tr("Value"), lambda a: a.value, lambda a, v: replace(a, value=v), Kind.NUMBER
            ),
            Column[NumericAnswer](
                self.tr("Tolerance ±"),
                lambda a: a.tolerance,
                lambda a, v: replace(a, tolerance=abs(v)),
                Kind.NUMBER,
            ),
            credit,
            feedback,
        ]
        self.range_columns = [
            Column[NumericAnswer](self.tr("Minimum"), lambda a: a.value - a.tolerance, _set_min, Kind.NUMBER),
            Column[NumericAnswer](self.tr("Maximum"), lambda a: a.value + a.tolerance, _set_max, Kind.NUMBER),
            credit,
            feedback,
        ]
        model: RecordModel[NumericAnswer] = RecordModel(
            self.value_columns, lambda: NumericAnswer(0.0, 0.0, 1.0)
        )
        texts = RowTexts(
            self.tr("Add Value"),
            self.tr("Remove Value"),
            self.tr("Add value"),
            self.tr("Remove the selected value"),
            self.tr("Move the selected value up"),
            self.tr("Move the selected value down"),
        )
        self.answers = self._records("numeric_answers", model, self.tr("Accepted values"), texts)
        self.by_value = QRadioButton(self.tr("&Value ± tolerance"))
        self.by_range = QRadioButton(self.tr("&Range from minimum to maximum"))
        self.by_value.setChecked(True)
        self.by_range.toggled.connect(self._switch_columns)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Accept:")))
        row.addWidget(self.by_value)
        row.addWidget(self.by_range)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.answers)
        layout.addWidget(hint(self.tr("An answer is accepted when it lies within the range, ends included.")))

    def _switch_columns(self, by_range: bool) -> None:
        model = self.answers.model
        model.beginResetModel()
        model.columns = list(self.range_columns if by_range else self.value_columns)
        model.endResetModel()

    def load(self, q: Question) -> None:
        self.answers.model.set_rows(q.numeric_answers)

    def collect(self, q: Question) -> Question:
        return replace(q, numeric_answers=tuple(self.answers.model.rows))


class MatchingPanel(AnswerPanel):
    def __init__(self) -> None:
        super().__init__()
        pairs: RecordModel[MatchPair] = RecordModel(
            [
                Column(
                    self.tr("Prompt"), lambda p: p.prompt, lambda p, v: replace(p, prompt=v), stretch=True
                ),
                Column(
                    self.tr("Matching answer"),
                    lambda p: p.answer,
                    lambda p, v: replace(p, answer=v),
                    stretch=True,
                ),
            ],
            lambda: MatchPair("", ""),
        )
        distractors: RecordModel[str] = RecordModel(
            [Column(self.tr("Extra wrong answer"), lambda d: d, lambda _d, v: str(v), stretch=True)],
            lambda: "",
        )
        pair_texts = RowTexts(
            self.tr("Add Pair"),
            self.tr("Remove Pair"),
            self.tr("Add pair"),
            self.tr("Remove the selected pair"),
            self.tr("Move the selected pair up"),
            self.tr("Move the selected pair down"),
        )
        wrong_texts = RowTexts(
            self.tr("Add Wrong Answer"),
            self.tr("Remove Wrong Answer"),
            self.tr("Add wrong answer"),
            self.tr("Remove the selected wrong answer"),
            self.tr("Move the selected wrong answer up"),
            self.tr("Move the selected wrong answer down"),
        )
        self.pairs = self._records("pairs", pairs, self.tr("Matching pairs"), pair_texts, 5)
        self.distractors = self._records(
            "distractors", distractors, self.tr("Extra wrong answers"), wrong_texts, 3
        )
        self.shuffle = self._check("shuffle", self.tr("Shu&ffle the answers for each student"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint(self.tr("Students match each prompt to its answer.")))
        layout.addWidget(self.pairs)
        layout.addWidget(hint(self.tr("Extra wrong answers are offered with the right ones (optional).")))
        layout.addWidget(self.distractors)
        layout.addWidget(self.shuffle)

    def load(self, q: Question) -> None:
        self.pairs.model.set_rows(q.pairs)
        self.distractors.model.set_rows(q.distractors)
        self.shuffle.blockSignals(True)
        self.shuffle.setChecked(q.shuffle_choices)
        self.shuffle.blockSignals(False)

    def collect(self, q: Question) -> Question:
        return replace(
            q,
            pairs=tuple(self.pairs.model.rows),
            distractors=tuple(self.distractors.model.rows),
            shuffle_choices=self.shuffle.isChecked(),
        )


class EssayPanel(AnswerPanel):
    def __init__(self) -> None:
        super().__init__()
        self.grader_info = QPlainTextEdit()
        self.grader_info.setAccessibleName(self.tr("Notes for the grader"))
        self.grader_info.setUndoRedoEnabled(False)
        self.grader_info.setTabChangesFocus(True)
        self.grader_info.setMaximumHeight(self.fontMetrics().height() * 6)
        self.grader_info.textChanged.connect(lambda: self.edited.emit("grader_info", True))
        label = QLabel(self.tr("&Notes for the grader (what a good answer contains):"))
        label.setBuddy(self.grader_info)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            hint(self.tr("Essays are graded by hand after the attempt; students do not see these notes."))
        )
        layout.addWidget(label)
        layout.addWidget(self.grader_info)

    def load(self, q: Question) -> None:
        self.grader_info.blockSignals(True)
        set_text(self.grader_info, q.grader_info)
        self.grader_info.blockSignals(False)

    def collect(self, q: Question) -> Question:
        return replace(q, grader_info=self.grader_info.toPlainText())


class DescriptionPanel(AnswerPanel):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = hint(
            self.tr(
                "A description has no answer and earns no points: it shows its text between questions "
                "(instructions, a reading passage, a case for the next questions)."
            )
        )
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label)

    def load(self, q: Question) -> None:
        pass

    def collect(self, q: Question) -> Question:
        return q


def panel_for(qtype: QuestionType) -> AnswerPanel:
    if qtype is QuestionType.MULTIPLE_CHOICE:
        return ChoicesPanel(multiple=False)
    if qtype is QuestionType.MULTIPLE_RESPONSE:
        return ChoicesPanel(multiple=True)
    if qtype is QuestionType.TRUE_FALSE:
        return TrueFalsePanel()
    if qtype is QuestionType.SHORT_ANSWER:
        return ShortAnswerPanel()
    if qtype is QuestionType.NUMERICAL:
        return NumericalPanel()
    if qtype is QuestionType.MATCHING:
        return MatchingPanel()
    if qtype is QuestionType.ESSAY:
        return EssayPanel()
    return DescriptionPanel()
