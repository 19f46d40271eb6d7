"""The question editor: one window per question, every type, live validation, undo, save.

The editor's value is a core `Question` (`state`). Widgets change it through `_edited`, which
pushes a snapshot onto the window's QUndoStack; undo puts the old snapshot back (`apply`).
Problems from `core.validate` are shown under the part they are about while the teacher
types. Saving accepts an unfinished question in a draft (the service's rule); publishing is
where every question has to be complete.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.core.question import MAX_POINTS, Difficulty, Question, TextFormat, validate
from examhub_desktop.services.errors import FieldError
from examhub_desktop.ui import theme
from examhub_desktop.ui.changes import QUESTIONS
from examhub_desktop.ui.editor.answer_panels import AnswerPanel, hint, panel_for, set_text
from examhub_desktop.ui.editor.context import Authoring
from examhub_desktop.ui.editor.dialogs import UnsavedChanges
from examhub_desktop.ui.editor.rich_text import RichTextEdit
from examhub_desktop.ui.editor.type_chooser import difficulty_name, type_name
from examhub_desktop.ui.editor.undo import (
    StateCommand,
    UndoKeys,
    activate_stack,
    join_group,
    leave_group,
    redo_action,
    route_undo_keys,
    undo_action,
)
from examhub_desktop.ui.flow import ActionBar
from examhub_desktop.ui.i18n import format_number
from examhub_desktop.ui.ops import Op, owner_gone, retire


class Message(QLabel):
    """The line under a field: its problems, in red; hidden when there are none."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        theme.paint(self, theme.Role.ERROR)
        self.hide()

    def say(self, lines: list[str]) -> None:
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))


def problems_by_place(q: Question) -> dict[str, list[str]]:
    """`validate(q)` sorted under the part each problem is about. Core's messages are
    translated, so the place is found by what fixes a problem, not by its wording: a problem
    that goes away once the text is filled in is the text's, once the points are valid the
    points', and everything else is the answer's."""
    problems = validate(q)
    text_ok = set(validate(replace(q, text="x")))
    points_ok = set(validate(replace(q, points=min(max(q.points, 0), MAX_POINTS))))
    by_place: dict[str, list[str]] = {"text": [], "points": [], "answer": []}
    for p in problems:
        place = "text" if p not in text_ok else "points" if p not in points_ok else "answer"
        by_place[place].append(p)
    return by_place


class QuestionEditor(QDialog):
    question_saved = Signal(str)  # the question's id, after the write committed

    def __init__(
        self,
        authoring: Authoring,
        exam_id: str,
        question: Question,
        *,
        question_id: str | None = None,
        number: int | None = None,
        position: int | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.authoring, self.exam_id = authoring, exam_id
        self.question_id, self.number, self.position = question_id, number, position
        self.read_only = read_only
        self.state = question
        self.saving = False
        self._loading = False
        self._close_after_save = False
        self.setObjectName("QuestionEditor")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowTitle(self._title())

        self.stack = QUndoStack(self)
        join_group(self.stack, authoring.undo_group)
        self.stack.cleanChanged.connect(self._update_title)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("banner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.hide()

        self.text = RichTextEdit(self.tr("Question text"))
        self.text.edited.connect(lambda: self._edited("text", True))
        self.text_message = Message()
        self.panel: AnswerPanel = panel_for(question.type)
        self.panel.edited.connect(self._edited)
        self.answer_message = Message()
        self.explanation = QPlainTextEdit()
        self.explanation.setAccessibleName(self.tr("Explanation"))
        self.explanation.setUndoRedoEnabled(False)
        self.explanation.setTabChangesFocus(True)
        self.explanation.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.explanation.textChanged.connect(lambda: self._edited("explanation", True))
        self.difficulty = QComboBox()
        self.difficulty.setAccessibleName(self.tr("Difficulty"))
        for d in Difficulty:
            self.difficulty.addItem(difficulty_name(d), d.value)
        self.difficulty.currentIndexChanged.connect(lambda _i: self._edited("difficulty", False))
        self.points = QSpinBox()
        self.points.setAccessibleName(self.tr("Points"))
        self.points.setRange(0, MAX_POINTS)
        self.points.valueChanged.connect(lambda _v: self._edited("points", True))
        self.points_message = Message()

        content = QWidget()
        form = QVBoxLayout(content)
        text_label = QLabel(self.tr("&Question text:"))
        text_label.setBuddy(self.text.editor)
        form.addWidget(text_label)
        form.addWidget(self.text)
        form.addWidget(self.text_message)
        answer_box = QGroupBox(self.tr("Answer — {type}").format(type=type_name(question.type)))
        answer_layout = QVBoxLayout(answer_box)
        answer_layout.addWidget(self.panel)
        answer_layout.addWidget(self.answer_message)
        form.addWidget(answer_box)
        details = QFormLayout()
        details.addRow(self.tr("E&xplanation:"), self.explanation)
        row = QHBoxLayout()
        row.addWidget(self.difficulty)
        points_label = QLabel(self.tr("&Points:"))
        points_label.setBuddy(self.points)
        row.addSpacing(16)
        row.addWidget(points_label)
        row.addWidget(self.points)
        row.addStretch(1)
        difficulty_label = QLabel(self.tr("&Difficulty:"))
        difficulty_label.setBuddy(self.difficulty)
        details.addRow(difficulty_label, row)
        form.addLayout(details)
        form.addWidget(self.points_message)
        form.addWidget(hint(self.tr("Students see the explanation after the attempt is graded.")))
        form.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a nameless stop: the fields inside take the focus

        self.toolbar = ActionBar(self.tr("Question"))
        self.undo_action = undo_action(self.stack, self)
        self.redo_action = redo_action(self.stack, self)
        self.addActions([self.undo_action, self.redo_action])
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        for action, name in ((self.undo_action, self.tr("Undo")), (self.redo_action, self.tr("Redo"))):
            button = self.toolbar.widgetForAction(action)
            button.setAccessibleName(name)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | (QDialogButtonBox.StandardButton.Close if read_only else QDialogButtonBox.StandardButton.Cancel)
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save and close (Ctrl+S saves and stays)"))
        self.save_button.clicked.connect(lambda: self.save(close_after=True))
        self.buttons.rejected.connect(self.reject)
        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(lambda: self.save(close_after=False))
        self.addAction(self.save_action)

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        for push in self.findChildren(QPushButton):
            push.setAutoDefault(False)  # Enter in a table must not press a button
        self._keys = UndoKeys(self)
        route_undo_keys(self, self._keys)
        self.apply(question)
        if read_only:
            self._make_read_only()
        chrome = self.toolbar.sizeHint().height() + self.save_button.sizeHint().height() + 60
        self.resize(840, min(860, content.sizeHint().height() + chrome))
        self.text.editor.setFocus(Qt.FocusReason.OtherFocusReason)  # open on the question's text

    # ---------------------------------------------------------------- value
    def collect(self) -> Question:
        q = self.state
        text = self.text.html()
        q = replace(
            q,
            text=text,
            text_format=TextFormat.HTML if text != q.text else q.text_format,
            explanation=self.explanation.toPlainText(),
            difficulty=Difficulty(self.difficulty.currentData()),
            points=self.points.value(),
        )
        return self.panel.collect(q)

    def apply(self, state: Question) -> None:
        """Show `state` in the widgets (loading and undo); not itself an edit."""
        self._loading = True
        try:
            self.text.set_html(state.text, plain=state.text_format is TextFormat.PLAIN)
            self.explanation.blockSignals(True)
            set_text(self.explanation, state.explanation)
            self.explanation.blockSignals(False)
            self.difficulty.setCurrentIndex(max(0, self.difficulty.findData(state.difficulty.value)))
            self.points.setValue(state.points)
            self.panel.load(state)
        finally:
            self._loading = False
        self.state = state
        self.revalidate()

    def _edited(self, part: str, typing: bool) -> None:
        if self._loading or self.read_only:
            return
        new = self.collect()
        if new == self.state:
            return
        before, self.state = self.state, new
        self.stack.push(StateCommand(self, before, new, part, typing))
        self.revalidate()

    def problems(self) -> list[str]:
        return validate(self.state)

    def revalidate(self) -> None:
        by_place = problems_by_place(self.state)
        self.text_message.say(by_place["text"])
        self.answer_message.say(by_place["answer"])
        self.points_message.say(by_place["points"])
        self.text.editor.setAccessibleDescription(" ".join(by_place["text"]))

    @property
    def dirty(self) -> bool:
        return not self.stack.isClean()

    def _title(self) -> str:
        kind = type_name(self.state.type)
        if self.number:
            return self.tr("Question {number} — {type}").format(number=format_number(self.number), type=kind)
        return self.tr("New Question — {type}").format(type=kind)

    def set_number(self, number: int) -> None:
        """The question's place in its exam, shown in the title (a new one gets it once saved)."""
        self.number = number
        self.setWindowTitle(self._title())
        self._update_title()

    def _update_title(self) -> None:
        title = self.windowTitle().removesuffix(" *")
        self.setWindowTitle(title + ("" if self.stack.isClean() else " *"))

    def _make_read_only(self) -> None:
        self.text.set_read_only(True)
        self.panel.set_read_only(True)
        self.explanation.setReadOnly(True)
        self.difficulty.setEnabled(False)
        self.points.setReadOnly(True)
        self.save_button.hide()
        self.toolbar.setEnabled(False)
        self.show_banner(
            self.tr(
                "This exam has attempts, so its questions cannot change (their scores would be wrong). "
                "Use “Duplicate as New Draft” in the exam editor to change a copy."
            ),
            error=False,
        )

    def show_banner(self, text: str, *, error: bool = True) -> None:
        theme.paint(self.banner, theme.Role.ERROR if error else None, "padding: 6px;")
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # ---------------------------------------------------------------- saving
    def save(self, *, close_after: bool = False) -> None:
        if self.saving or self.read_only:
            return
        self.saving = True
        self._close_after_save = close_after
        self.save_button.setEnabled(False)
        self.show_banner("")
        q, a = self.state, self.authoring
        if self.question_id is None:
            exam_id, position = self.exam_id, self.position
            Op(a.tasks, lambda: a.questions.add(a.principal, exam_id, q, position)).success(
                self._saved
            ).failure(self._save_failed).run()
        else:
            qid = self.question_id
            Op(a.tasks, lambda: (a.questions.update(a.principal, qid, q), qid)[1]).success(
                self._saved
            ).failure(self._save_failed).run()

    def _saved(self, question_id: str) -> None:
        self.authoring.tasks.changed.emit(QUESTIONS)
        if owner_gone(self):  # closed meanwhile: the write stands, the window is gone
            return
        self.saving = False
        self.save_button.setEnabled(True)
        self.question_id = question_id
        self.stack.setClean()
        self.question_saved.emit(question_id)
        if self._close_after_save:
            self._close_after_save = False
            self.done(QDialog.DialogCode.Accepted)

    def _save_failed(self, exc: BaseException) -> None:
        if owner_gone(self):
            return
        self.saving = False
        self._close_after_save = False
        self.save_button.setEnabled(True)
        if isinstance(exc, FieldError) and exc.field in ("text", "points", "choices"):
            target = {"text": self.text_message, "points": self.points_message}.get(
                exc.field, self.answer_message
            )
            target.say([str(exc)])
        self.show_banner(self.tr("Not saved: {reason}").format(reason=exc))

    # ---------------------------------------------------------------- closing
    def may_close(self) -> bool:
        """True when the window may close now; asks first when there are unsaved changes."""
        if self.read_only or not self.dirty:
            return True
        answer = UnsavedChanges.ask(self, self.tr("this question"))
        if answer == "discard":
            return True
        if answer == "save":
            self.save(close_after=True)
        return False

    def reject(self) -> None:
        if self.may_close():
            super().reject()

    def showEvent(self, event: QShowEvent) -> None:
        retire(self, False)  # shown (again): answers are wanted
        join_group(self.stack, self.authoring.undo_group)
        super().showEvent(event)

    def done(self, result: int) -> None:
        leave_group(self.stack, self.authoring.undo_group)
        retire(self)
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange:
            activate_stack(self.stack, self.authoring.undo_group, self.isActiveWindow())
        super().changeEvent(event)
