"""One answer editor per question type; all speak `Response` (core/responses.py).

Choices and matching prompts are shown in the attempt's stored order, and a response always
names them by their authored index, never by the position on screen. Editors emit `edited`
only for a change the student made (`set_response` is silent), so restoring a resumed attempt
saves nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP
from examhub_desktop.core.question import QuestionType
from examhub_desktop.core.responses import Response
from examhub_desktop.services.attempts import RunnerQuestion
from examhub_desktop.ui.runner.describe import letter, plain, rich
from examhub_desktop.ui.runner.runner_actions import NumberBoxKeys

TEXT_SAVE_DELAY_MS = 800  # a pause in typing this long saves a text answer
UNCHOSEN = QT_TRANSLATE_NOOP("MatchingEditor", "(choose)")


class AnswerEditor(QWidget):
    """Base: `response()`, silent `set_response()`, `pick()` for the 1-9 / A-J keys."""

    edited = Signal()  # the student changed the answer (text editors: after a pause in typing)
    typing = Signal()  # text editors: a keystroke, not saved yet

    is_text = False

    def __init__(self, item: RunnerQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.question = item.question
        self._quiet = False

    def response(self) -> Response | None:
        return None

    def set_response(self, response: Response | None) -> None:
        self._quiet = True
        try:
            self._show(response)
        finally:
            self._quiet = False

    def _show(self, response: Response | None) -> None:
        pass

    def _emit(self) -> None:
        if not self._quiet:
            self.edited.emit()

    def pick(self, position: int) -> bool:
        """The key for display position `position` was pressed; True if it did something."""
        return False

    def choice_count(self) -> int:
        return 0

    def flush(self) -> bool:
        """Text editors: emit a pending change now (leaving the question); True if there was one."""
        return False

    def set_locked(self, locked: bool) -> None:
        for w in self.findChildren(QWidget):
            if isinstance(w, QLineEdit | QPlainTextEdit):
                w.setReadOnly(locked)
            elif isinstance(w, QAbstractButton | QComboBox):
                w.setEnabled(not locked)

    def first_focus(self) -> QWidget | None:
        return None


class _ClickLabel(QLabel):
    """A choice's text: wraps, and clicking it clicks its button."""

    def __init__(self, text: str, is_rich: bool, button: QAbstractButton) -> None:
        super().__init__(text)
        self.button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText if is_rich else Qt.TextFormat.PlainText)
        self.setBuddy(button)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.click()
        super().mouseReleaseEvent(event)


class ChoiceEditor(AnswerEditor):
    """Multiple choice (radio buttons) or multiple response (check boxes), in display order."""

    def __init__(self, item: RunnerQuestion, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        q = self.question
        self.single = q.type is QuestionType.MULTIPLE_CHOICE
        self.order = [i for i in item.choice_order if 0 <= i < len(q.choices)]
        self.group = QButtonGroup(self)
        self.group.setExclusive(self.single)
        self.buttons: list[QAbstractButton] = []
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(10)
        for position, index in enumerate(self.order):
            key = letter(position)
            # the key (A-J) that picks it, as a language writes a list's labels ("A.", "A)")
            mark = self.tr("{key}.").format(key=key)
            button: QAbstractButton = QRadioButton(mark) if self.single else QCheckBox(mark)
            text, is_rich = rich(q.choices[index].text, q.text_format)
            choice = plain(q.choices[index].text, q.text_format)
            button.setAccessibleName(self.tr("{key}. {choice}").format(key=key, choice=choice))
            button.setObjectName(f"choice{key}")
            label = _ClickLabel(text, is_rich, button)
            self.group.addButton(button, index)
            self.buttons.append(button)
            grid.addWidget(button, position, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, position, 1)
        # a radio switch toggles two buttons: save once, on the one turned on
        self.group.buttonToggled.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        if self.single:
            self.clear_button = QPushButton(self.tr("C&lear Answer"))
            self.clear_button.setAccessibleName(self.tr("Clear answer"))
            self.clear_button.clicked.connect(self.clear)
            row = QHBoxLayout()
            row.addWidget(self.clear_button)
            row.addStretch(1)
            layout.addLayout(row)

    def response(self) -> Response | None:
        chosen = frozenset(self.group.id(b) for b in self.buttons if b.isChecked())
        if self.single:
            return next(iter(chosen)) if chosen else None
        return chosen or None

    def _show(self, response: Response | None) -> None:
        chosen: set[int] = set()
        if isinstance(response, int) and not isinstance(response, bool):
            chosen = {response}
        elif isinstance(response, frozenset):
            chosen = set(response)
        self.group.setExclusive(False)
        for b in self.buttons:
            b.setChecked(self.group.id(b) in chosen)
        self.group.setExclusive(self.single)

    def clear(self) -> None:
        if self.response() is None:
            return
        self.group.setExclusive(False)
        for b in self.buttons:
            b.setChecked(False)
        self.group.setExclusive(self.single)
        self._emit()

    def pick(self, position: int) -> bool:
        if not 0 <= position < len(self.buttons) or not self.buttons[position].isEnabled():
            return False
        button = self.buttons[position]
        if self.single:
            button.setChecked(True)
        else:
            button.toggle()
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def choice_count(self) -> int:
        return len(self.buttons)

    def _toggled(self, _button: QAbstractButton, on: bool) -> None:
        if on or not self.single:  # a radio switch toggles two buttons: save once
            self._emit()

    def first_focus(self) -> QWidget | None:
        checked = [b for b in self.buttons if b.isChecked()]
        return (checked or self.buttons)[0] if self.buttons else None


class TrueFalseEditor(AnswerEditor):
    def __init__(self, item: RunnerQuestion, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        # A and B are the keys that pick them (as for the choices), in every language
        true_text = self.tr("A. True")
        false_text = self.tr("B. False")
        self.true_button = QRadioButton(true_text)
        self.false_button = QRadioButton(false_text)
        self.true_button.setAccessibleName(true_text)
        self.false_button.setAccessibleName(false_text)
        self.buttons: list[QAbstractButton] = [self.true_button, self.false_button]
        self.group = QButtonGroup(self)
        for b in self.buttons:
            self.group.addButton(b)
        self.group.buttonToggled.connect(self._toggled)
        self.clear_button = QPushButton(self.tr("C&lear Answer"))
        self.clear_button.setAccessibleName(self.tr("Clear answer"))
        self.clear_button.clicked.connect(self.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        # left-aligned: a radio button reacts to clicks on its text, not on the empty space beyond
        layout.addWidget(self.true_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.false_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addWidget(self.clear_button)
        row.addStretch(1)
        layout.addLayout(row)

    def response(self) -> Response | None:
        if self.true_button.isChecked():
            return True
        return False if self.false_button.isChecked() else None

    def _show(self, response: Response | None) -> None:
        self.group.setExclusive(False)
        self.true_button.setChecked(response is True)
        self.false_button.setChecked(response is False)
        self.group.setExclusive(True)

    def clear(self) -> None:
        if self.response() is not None:
            self._show(None)
            self._emit()

    def _toggled(self, _button: QAbstractButton, on: bool) -> None:
        if on:
            self._emit()

    def pick(self, position: int) -> bool:
        if position not in (0, 1) or not self.buttons[position].isEnabled():
            return False
        self.buttons[position].setChecked(True)
        self.buttons[position].setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def choice_count(self) -> int:
        return 2

    def first_focus(self) -> QWidget | None:
        return self.false_button if self.false_button.isChecked() else self.true_button


class _TextEditorBase(AnswerEditor):
    """Saves after a pause in typing (TEXT_SAVE_DELAY_MS) and when the student leaves."""

    is_text = True

    def __init__(self, item: RunnerQuestion, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(TEXT_SAVE_DELAY_MS)
        self.pause.timeout.connect(self._emit)
        self._dirty = False

    def _typed(self) -> None:
        if self._quiet:
            return
        self._dirty = True
        self.typing.emit()
        self.pause.start()

    def _emit(self) -> None:
        self.pause.stop()
        self._dirty = False
        super()._emit()

    def flush(self) -> bool:
        if not self._dirty:
            return False
        self._emit()
        return True

    @property
    def dirty(self) -> bool:
        return self._dirty


class LineAnswerEditor(_TextEditorBase):
    """Short answer and numerical: one line."""

    def __init__(self, item: RunnerQuestion, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        numeric = self.question.type is QuestionType.NUMERICAL
        self.edit = QLineEdit()
        self.edit.setObjectName("answerLine")
        self.edit.setAccessibleName(self.tr("Your answer"))
        self.edit.setMaxLength(1000)
        self.edit.setMinimumWidth(260)
        self.number_box = numeric
        if numeric:
            self._number_keys = NumberBoxKeys(self)
            self.edit.installEventFilter(self._number_keys)
        label = QLabel(self.tr("&Your answer:"))
        label.setBuddy(self.edit)
        hint = QLabel(
            self.tr("A number: 3.5 or 3,5 are both fine.") if numeric else self.tr("Type your answer.")
        )
        hint.setObjectName("hint")
        self.edit.setAccessibleDescription(hint.text())
        self.edit.textEdited.connect(lambda _t: self._typed())
        self.edit.returnPressed.connect(self.flush)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        row = QHBoxLayout()
        row.addWidget(self.edit, 2)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(hint)

    def response(self) -> Response | None:
        return self.edit.text() or None

    def _show(self, response: Response | None) -> None:
        self.edit.setText(response if isinstance(response, str) else "")

    def first_focus(self) -> QWidget | None:
        return self.edit


class EssayEditor(_TextEditorBase):
    def __init__(self, item: RunnerQuestion, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("essay")
        self.edit.setAccessibleName(self.tr("Your essay"))
        self.edit.setTabChangesFocus(True)  # Tab leaves the essay, as everywhere else
        self.edit.setMinimumHeight(200)
        label = QLabel(self.tr("&Your essay:"))
        label.setBuddy(self.edit)
        self.count = QLabel(self.tr("%n word(s)", "", 0))
        self.count.setObjectName("wordCount")
        self.edit.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)

    def _changed(self) -> None:
        words = len(self.edit.toPlainText().split())
        self.count.setText(self.tr("%n word(s)", "", words))
        self._typed()

    def response(self) -> Response | None:
        return self.edit.toPlainText() or None

    def _show(self, response: Response | None) -> None:
        self.edit.setPlainText(response if isinstance(response, str) else "")

    def first_focus(self) -> QWidget | None:
        return self.edit


class MatchingEditor(AnswerEditor):
    """One combo box per prompt (prompt order stored with the attempt), offering match_options."""

    def __init__(self, item: RunnerQuestion, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        q = self.question
        options = list(item.match_options) or sorted({p.answer for p in q.pairs} | set(q.distractors))
        self.combos: dict[int, QComboBox] = {}
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(10)
        for row, index in enumerate(i for i in item.prompt_order if 0 <= i < len(q.pairs)):
            prompt = plain(q.pairs[index].prompt, q.text_format)
            label = QLabel(prompt)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            combo = QComboBox()
            combo.addItem(self.tr(UNCHOSEN), None)
            for text in options:
                combo.addItem(text, text)
            combo.setAccessibleName(self.tr("Match for {prompt}").format(prompt=prompt))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _i: self._emit())
            self.combos[index] = combo
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)

    def response(self) -> Response | None:
        chosen: dict[int, str] = {}
        for index, combo in self.combos.items():
            data: Any = combo.currentData()
            if isinstance(data, str):
                chosen[index] = data
        return chosen or None

    def _show(self, response: Response | None) -> None:
        given: Mapping[int, str] = response if isinstance(response, Mapping) else {}
        for index, combo in self.combos.items():
            found = combo.findData(given.get(index)) if index in given else 0
            combo.setCurrentIndex(max(0, found))

    def first_focus(self) -> QWidget | None:
        return next(iter(self.combos.values()), None)


class DescriptionEditor(AnswerEditor):
    def __init__(self, item: RunnerQuestion, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        note = QLabel(
            self.tr("This is information for the questions that follow; there is nothing to answer.")
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)


def editor_for(item: RunnerQuestion) -> AnswerEditor:
    t = item.question.type
    if t in (QuestionType.MULTIPLE_CHOICE, QuestionType.MULTIPLE_RESPONSE):
        return ChoiceEditor(item)
    if t is QuestionType.TRUE_FALSE:
        return TrueFalseEditor(item)
    if t in (QuestionType.SHORT_ANSWER, QuestionType.NUMERICAL):
        return LineAnswerEditor(item)
    if t is QuestionType.ESSAY:
        return EssayEditor(item)
    if t is QuestionType.MATCHING:
        return MatchingEditor(item)
    return DescriptionEditor(item)
