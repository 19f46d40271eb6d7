"""The exam editor and the question editor, driven like a teacher would: every question type
created through the editor, reordering by drag and by keyboard, undo and redo, publishing
refused then accepted, the grading lock, unsaved changes, and the accessibility walk."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QSpinBox,
    QTableView,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from examhub_desktop.core.question import (
    Choice,
    Difficulty,
    MatchPair,
    NumericAnswer,
    Question,
    QuestionType,
    TextAnswer,
)
from examhub_desktop.db.models import ExamAttempt
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.library import ExamFields
from examhub_desktop.services.permissions import Principal
from examhub_desktop.ui.editor import question_editor
from examhub_desktop.ui.editor.answer_panels import (
    ChoicesPanel,
    EssayPanel,
    MatchingPanel,
    NumericalPanel,
    ShortAnswerPanel,
    TrueFalsePanel,
)
from examhub_desktop.ui.editor.context import Authoring
from examhub_desktop.ui.editor.dialogs import Problems, UnsavedChanges
from examhub_desktop.ui.editor.exam_editor import ExamEditor
from examhub_desktop.ui.editor.question_editor import QuestionEditor
from examhub_desktop.ui.editor.question_list import MIME, QuestionListModel
from examhub_desktop.ui.editor.records import Column, Kind, RecordModel
from examhub_desktop.ui.editor.rich_text import RichTextEdit
from examhub_desktop.ui.editor.type_chooser import QuestionTypeDialog, blank_question
from examhub_desktop.ui.i18n import install_translations
from examhub_desktop.ui.tasks import TaskRunner
from tests.ui.a11y import actions_without_keys, unnamed_interactive

pytestmark = pytest.mark.usefixtures("english")  # tests/ui/conftest.py: the English catalog

WAIT = 10_000


class Asked:
    """Records what the editors asked through the dialogs' `ask()` and answers for the user."""

    def __init__(self) -> None:
        self.unsaved: list[str] = []
        self.unsaved_answer = "discard"
        self.problems: list[list[str]] = []
        self.types: list[QuestionType] = []


@pytest.fixture(autouse=True)
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    record = Asked()

    def unsaved(cls: Any, parent: object, what: str) -> str:
        record.unsaved.append(what)
        return record.unsaved_answer

    def problems(cls: Any, parent: object, title: str, intro: str, items: list[str]) -> None:
        record.problems.append(items)

    def chosen(cls: Any, parent: object = None) -> QuestionType | None:
        return record.types.pop(0) if record.types else None

    monkeypatch.setattr(UnsavedChanges, "ask", classmethod(unsaved))
    monkeypatch.setattr(Problems, "ask", classmethod(problems))
    monkeypatch.setattr(QuestionTypeDialog, "ask", classmethod(chosen))
    return record


@pytest.fixture
def authoring(ctx: AppContext, tasks: TaskRunner, admin: Principal) -> Iterator[Authoring]:
    group = QUndoGroup()
    yield Authoring(ctx, tasks, admin, group)
    tasks.wait()


def settle(qtbot: QtBot, tasks: TaskRunner) -> None:
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=WAIT)


def open_exam(qtbot: QtBot, authoring: Authoring, exam_id: str | None) -> ExamEditor:
    editor = ExamEditor(authoring, exam_id)
    qtbot.addWidget(editor)
    if exam_id is None:
        editor.show()
    else:
        with qtbot.waitSignal(editor.loaded, timeout=WAIT):
            editor.show()
    return editor


def mc(text: str, right: str = "4") -> Question:
    return Question(QuestionType.MULTIPLE_CHOICE, text, choices=(Choice("3"), Choice(right, 1.0)))


def exam_with(authoring: Authoring, *questions: Question, title: str = "Algebra") -> str:
    a = authoring
    exam_id = a.library.create(a.principal, ExamFields(title))
    for q in questions:
        a.questions.add(a.principal, exam_id, q)
    return exam_id


def edit_cell(qtbot: QtBot, view: QTableView, row: int, col: int, value: Any) -> None:
    """Open the cell's editor as a double-click would, type, and press Enter."""
    index = view.model().index(row, col)
    editing = view.state() == QAbstractItemView.State.EditingState
    if not (editing and view.currentIndex() == index):  # "Add" already opened the new row's editor
        if editing:
            qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=WAIT)
        view.setCurrentIndex(index)
        view.edit(index)
    editors = [w for w in view.viewport().findChildren(QWidget) if isinstance(w, QLineEdit | QSpinBox)]
    editor = next(w for w in editors if w.isVisible() and not isinstance(w.parentWidget(), QSpinBox))
    assert editor.accessibleName().endswith(f"row {row + 1}")
    if isinstance(editor, QSpinBox):
        editor.setValue(int(value))
        qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Return)
    else:
        editor.selectAll()
        qtbot.keyClicks(editor, str(value))
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits and closes the editor by a queued call
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=WAIT)


def check_a11y(widget: QWidget) -> None:
    assert unnamed_interactive(widget) == []
    assert actions_without_keys(widget) == []
    for button in widget.findChildren(QAbstractButton):
        box = button.parentWidget()
        if (
            isinstance(box, QDialogButtonBox)
            and box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
        ):
            continue
        if isinstance(button, QToolButton) and button.defaultAction() is not None:
            continue
        if button.isVisibleTo(widget) and button.text() and button.accessibleName() == "":
            assert not QKeySequence.mnemonic(button.text()).isEmpty(), f"{button.text()!r} has no mnemonic"


# --------------------------------------------------------------------------- models


def test_models_pass_the_model_tester(qtmodeltester: Any, qtbot: QtBot, authoring: Authoring) -> None:
    a = authoring
    exam_id = exam_with(a, mc("one"), mc("two"), Question(QuestionType.ESSAY, "three"))
    model = QuestionListModel()
    model.set_items(a.questions.list(a.principal, exam_id))
    qtmodeltester.check(model)
    model.move(0, 1)
    qtmodeltester.check(model)
    records: RecordModel[Choice] = RecordModel(
        [
            Column("Choice", lambda c: c.text, lambda c, v: Choice(v, c.fraction, c.feedback), stretch=True),
            Column("Credit", lambda c: c.fraction, lambda c, v: Choice(c.text, v, c.feedback), Kind.PERCENT),
        ],
        lambda: Choice(""),
    )
    records.set_rows([Choice("a", 1.0), Choice("b", -0.5)])
    qtmodeltester.check(records)
    assert records.data(records.index(1, 1)) == "-50 %"
    assert records.setData(records.index(1, 1), 250) and records.rows[1].fraction == 1.0  # clamped
    assert not records.setData(records.index(1, 1), "many")


# --------------------------------------------------------------------------- each question type


def fill_choices(qtbot: QtBot, panel: Any, texts: list[str], credits: list[int]) -> None:
    view = panel.choices.view
    while panel.choices.model.rowCount() < len(texts):
        panel.choices.add_button.click()
    for row, (text, credit) in enumerate(zip(texts, credits, strict=True)):
        edit_cell(qtbot, view, row, 0, text)
        edit_cell(qtbot, view, row, 1, credit)


def expected_and_fill(qtbot: QtBot, editor: QuestionEditor, qtype: QuestionType) -> dict[str, Any]:
    p = editor.panel
    if qtype is QuestionType.MULTIPLE_CHOICE:
        assert isinstance(p, ChoicesPanel)
        fill_choices(qtbot, p, ["3", "4", "5", "22"], [0, 100, 0, -50])
        return {"choices": (Choice("3", 0.0), Choice("4", 1.0), Choice("5", 0.0), Choice("22", -0.5))}
    if qtype is QuestionType.MULTIPLE_RESPONSE:
        assert isinstance(p, ChoicesPanel)
        fill_choices(qtbot, p, ["2", "3", "4", "9"], [50, 50, -100, -100])
        return {"choices": (Choice("2", 0.5), Choice("3", 0.5), Choice("4", -1.0), Choice("9", -1.0))}
    if qtype is QuestionType.TRUE_FALSE:
        assert isinstance(p, TrueFalsePanel)
        p.false_radio.click()
        qtbot.keyClicks(p.true_feedback, "No: 2 is prime.")
        qtbot.keyClicks(p.false_feedback, "Right.")
        return {"correct": False, "true_feedback": "No: 2 is prime.", "false_feedback": "Right."}
    if qtype is QuestionType.SHORT_ANSWER:
        assert isinstance(p, ShortAnswerPanel)
        edit_cell(qtbot, p.answers.view, 0, 0, "photo*synthesis")
        p.answers.add_button.click()
        edit_cell(qtbot, p.answers.view, 1, 0, "light")
        edit_cell(qtbot, p.answers.view, 1, 1, 50)
        p.case_sensitive.click()
        return {
            "answers": (TextAnswer("photo*synthesis", 1.0), TextAnswer("light", 0.5)),
            "case_sensitive": True,
        }
    if qtype is QuestionType.NUMERICAL:
        assert isinstance(p, NumericalPanel)
        p.by_range.click()
        assert p.answers.model.headerData(0, Qt.Orientation.Horizontal) == "Minimum"
        edit_cell(qtbot, p.answers.view, 0, 1, "3,2")  # a decimal comma is read too
        edit_cell(qtbot, p.answers.view, 0, 0, "3.1")
        return {"numeric_answers": (NumericAnswer(3.15, 0.05, 1.0),)}
    if qtype is QuestionType.MATCHING:
        assert isinstance(p, MatchingPanel)
        for row, (prompt, answer) in enumerate((("France", "Paris"), ("Italy", "Rome"), ("Spain", "Madrid"))):
            edit_cell(qtbot, p.pairs.view, row, 0, prompt)
            edit_cell(qtbot, p.pairs.view, row, 1, answer)
        p.distractors.add_button.click()
        edit_cell(qtbot, p.distractors.view, 0, 0, "Lyon")
        return {
            "pairs": (MatchPair("France", "Paris"), MatchPair("Italy", "Rome"), MatchPair("Spain", "Madrid")),
            "distractors": ("Lyon",),
        }
    if qtype is QuestionType.ESSAY:
        assert isinstance(p, EssayPanel)
        qtbot.keyClicks(p.grader_info, "Mentions chlorophyll.")
        return {"grader_info": "Mentions chlorophyll."}
    return {}


@pytest.mark.parametrize("qtype", list(QuestionType))
def test_create_each_type_through_the_editor(
    qtype: QuestionType, qtbot: QtBot, authoring: Authoring, tasks: TaskRunner, asked: Asked
) -> None:
    a = authoring
    exam_id = exam_with(a, mc("first"))
    editor_window = open_exam(qtbot, a, exam_id)
    asked.types.append(qtype)
    editor_window.add_action.trigger()
    (editor,) = editor_window.question_editors.values()
    assert editor.isVisible() and editor.windowTitle().startswith("New ")
    qtbot.keyClicks(editor.text.editor, "Which one?")
    expected = expected_and_fill(qtbot, editor, qtype)
    qtbot.keyClicks(editor.explanation, "Because.")
    editor.difficulty.setCurrentIndex(editor.difficulty.findData("hard"))
    editor.points.setValue(0 if qtype is QuestionType.DESCRIPTION else 2)
    assert editor.problems() == [], editor.problems()
    assert not editor.text_message.isVisible()
    with (
        qtbot.waitSignal(editor_window.loaded, timeout=WAIT),
        qtbot.waitSignal(editor.question_saved, timeout=WAIT),
    ):
        editor.save_button.click()
    assert editor_window.question_editors == {}  # closed (and deleted) after saving
    items = a.questions.list(a.principal, exam_id)
    assert [i.number for i in items] == [1, 2]
    stored = items[1].question
    assert stored.type is qtype and stored.text == "<p>Which one?</p>"
    assert stored.explanation == "Because." and stored.difficulty is Difficulty.HARD
    for key, value in expected.items():
        got = getattr(stored, key)
        if key == "numeric_answers":
            assert math.isclose(got[0].value, 3.15) and math.isclose(got[0].tolerance, 0.05)
        else:
            assert got == value, key
    assert editor_window.model.rowCount() == 2


def test_a_new_question_saved_and_kept_open_is_numbered_and_opened_once(
    qtbot: QtBot, authoring: Authoring, tasks: TaskRunner, asked: Asked
) -> None:
    a = authoring
    exam_id = exam_with(a, mc("first"))
    editor_window = open_exam(qtbot, a, exam_id)
    asked.types.append(QuestionType.TRUE_FALSE)
    editor_window.add_action.trigger()
    (editor,) = editor_window.question_editors.values()
    assert editor.windowTitle() == "New Question — True / false"
    qtbot.keyClicks(editor.text.editor, "The sky is blue.")
    assert editor.windowTitle() == "New Question — True / false *"
    assert editor.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    with (
        qtbot.waitSignal(editor_window.loaded, timeout=WAIT),
        qtbot.waitSignal(editor.question_saved, timeout=WAIT),
    ):
        editor.save_action.trigger()  # Ctrl+S: save and stay
    assert editor.isVisible() and editor.windowTitle() == "Question 2 — True / false"
    new_id = a.questions.list(a.principal, exam_id)[1].id
    assert editor_window.question_editors == {new_id: editor}
    editor_window.form.questions.setCurrentIndex(editor_window.model.index(1, 2))
    editor_window.edit_question()
    assert editor_window.question_editors == {new_id: editor}, "the open editor is raised, not a second one"


def test_validation_messages_follow_typing(qtbot: QtBot, authoring: Authoring) -> None:
    exam_id = exam_with(authoring)
    editor = QuestionEditor(authoring, exam_id, blank_question(QuestionType.MULTIPLE_CHOICE))
    qtbot.addWidget(editor)
    editor.show()
    assert editor.text_message.isVisible() and "question text is empty" in editor.text_message.text()
    assert "Every choice needs text" in editor.answer_message.text()
    assert editor.text.editor.accessibleDescription() == "The question text is empty."
    qtbot.keyClicks(editor.text.editor, "2 + 2?")
    assert not editor.text_message.isVisible()
    fill_choices(qtbot, editor.panel, ["4", "5", "6", "7"], [100, 100, 0, 0])
    assert "exactly one fully correct" in editor.answer_message.text()
    edit_cell(qtbot, editor.panel.choices.view, 1, 1, 0)  # type: ignore[attr-defined]
    assert not editor.answer_message.isVisible()
    editor.points.setValue(0)
    assert editor.problems() == []


def test_validation_messages_find_their_place_in_any_language(
    qtbot: QtBot, authoring: Authoring, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Core's messages are translated, so where a problem is shown cannot hang on its English
    words: with every message reworded, the text's problem still shows under the text."""
    reworded = {  # as a translation would: no "question text", no leading "Points"
        "The question text is empty.": "Der Fragetext ist leer.",
        "Every choice needs text.": "Jede Antwortmöglichkeit braucht Text.",
    }
    original = question_editor.validate
    monkeypatch.setattr(question_editor, "validate", lambda q: [reworded.get(p, p) for p in original(q)])
    editor = QuestionEditor(authoring, exam_with(authoring), blank_question(QuestionType.MULTIPLE_CHOICE))
    qtbot.addWidget(editor)
    editor.show()
    assert editor.text_message.text() == "Der Fragetext ist leer."
    assert "Jede Antwortmöglichkeit braucht Text." in editor.answer_message.text().splitlines()
    assert "Der Fragetext ist leer." not in editor.answer_message.text()
    assert not editor.points_message.isVisible()


def test_answer_tables_speak_german_numbers(qtbot: QtBot) -> None:
    """Under German the tables show and take "1.234,5"; a plain "2.5" still reads as 2.5."""
    app = QApplication.instance()
    assert app is not None
    install_translations(app, language="de")
    panel = NumericalPanel()
    qtbot.addWidget(panel)
    panel.load(Question(QuestionType.NUMERICAL, "x", numeric_answers=(NumericAnswer(1234.5, 0.25, 0.5),)))
    model = panel.answers.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Wert",
        "Toleranz ±",
        "Anteil",
    ]
    assert model.index(0, 0).data() == "1.234,5" and model.index(0, 2).data() == "50 %"
    assert model.index(0, 0).data(Qt.ItemDataRole.EditRole) == "1234,5"  # no grouping to trip over
    assert model.setData(model.index(0, 1), "0,75") and model.rows[0].tolerance == 0.75
    assert model.setData(model.index(0, 0), "2.5") and model.rows[0].value == 2.5
    assert not model.setData(model.index(0, 0), "zwei") and model.rows[0].value == 2.5


def test_rich_text_is_stored_as_clean_html(qtbot: QtBot) -> None:
    box = RichTextEdit("Question text")
    qtbot.addWidget(box)
    box.show()
    qtbot.keyClicks(box.editor, "Solve x")
    box.editor.selectAll()
    box.actions_by_name["bold"].trigger()
    cursor = box.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    box.editor.setTextCursor(cursor)
    box.actions_by_name["bold"].trigger()
    qtbot.keyClicks(box.editor, " now")
    qtbot.keyClick(box.editor, Qt.Key.Key_Return)
    box.actions_by_name["bullets"].trigger()
    qtbot.keyClicks(box.editor, "a < b")
    box.actions_by_name["italic"].trigger()
    qtbot.keyClicks(box.editor, " & c")
    box.actions_by_name["code"].trigger()
    qtbot.keyClicks(box.editor, "x=1")
    assert box.html() == (
        "<p><strong>Solve x</strong> now</p><ul><li>a &lt; b<em> &amp; c<code>x=1</code></em></li></ul>"
    )
    box.set_html("<p>kept <span class='x'>as is</span></p>")
    assert box.html() == "<p>kept <span class='x'>as is</span></p>"  # untouched imports stay byte for byte


# --------------------------------------------------------------------------- undo and redo


def test_undo_and_redo_across_the_question_editor(qtbot: QtBot, authoring: Authoring) -> None:
    exam_id = exam_with(authoring)
    editor = QuestionEditor(authoring, exam_id, blank_question(QuestionType.MULTIPLE_CHOICE))
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    assert authoring.undo_group is not None and editor.stack in authoring.undo_group.stacks()
    qtbot.keyClicks(editor.text.editor, "Capital")  # typing merges into one step
    edit_cell(qtbot, editor.panel.choices.view, 0, 0, "Paris")  # type: ignore[attr-defined]
    editor.points.setValue(3)
    editor.panel.choices.add_button.click()  # type: ignore[attr-defined]
    assert editor.stack.count() == 4 and len(editor.state.choices) == 5
    editor.stack.undo()
    assert len(editor.state.choices) == 4 and editor.panel.choices.model.rowCount() == 4  # type: ignore[attr-defined]
    editor.stack.undo()
    assert editor.points.value() == 1
    editor.text.editor.setFocus()
    qtbot.keyClick(
        editor.text.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )  # Ctrl+Z reaches the stack
    assert editor.state.choices[0].text == "" and editor.panel.choices.model.rows[0].text == ""  # type: ignore[attr-defined]
    editor.stack.undo()
    assert editor.text.editor.toPlainText() == "" and editor.state.text == ""
    assert editor.stack.isClean() and not editor.dirty
    editor.stack.redo()
    editor.stack.redo()
    assert editor.text.editor.toPlainText() == "Capital" and editor.state.choices[0].text == "Paris"
    assert editor.windowTitle().endswith(" *")
    group = authoring.undo_group
    assert group is not None and group.activeStack() is editor.stack
    other = QWidget()
    qtbot.addWidget(other)
    with qtbot.waitActive(other):
        other.show()
        other.activateWindow()
    assert group.activeStack() is None  # Edit ▸ Undo elsewhere does not undo this editor


def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, authoring: Authoring, tasks: TaskRunner, asked: Asked
) -> None:
    exam_id = exam_with(authoring, mc("2 + 2"))
    item = authoring.questions.list(authoring.principal, exam_id)[0]
    editor = QuestionEditor(authoring, exam_id, item.question, question_id=item.id, number=1)
    qtbot.addWidget(editor)
    editor.show()
    editor.close()
    assert asked.unsaved == [] and not editor.isVisible()  # nothing changed: no question
    editor.show()
    qtbot.keyClicks(editor.text.editor, "Now: ")
    asked.unsaved_answer = "cancel"
    editor.close()
    assert asked.unsaved == ["this question"] and editor.isVisible()
    asked.unsaved_answer = "save"
    with qtbot.waitSignal(editor.question_saved, timeout=WAIT):
        editor.reject()  # Escape
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT)
    assert authoring.questions.get(authoring.principal, item.id).question.text == "<p>Now: 2 + 2</p>"

    window = open_exam(qtbot, authoring, exam_id)
    qtbot.keyClick(window.form.title, Qt.Key.Key_End)
    qtbot.keyClicks(window.form.title, " II")
    asked.unsaved_answer = "discard"
    window.close()
    assert asked.unsaved[-1] == "“Algebra II”" and not window.isVisible()
    assert authoring.library.get(authoring.principal, exam_id).fields.title == "Algebra"


# --------------------------------------------------------------------------- the exam editor


def test_new_exam_settings_undo_and_save(qtbot: QtBot, authoring: Authoring, tasks: TaskRunner) -> None:
    window = open_exam(qtbot, authoring, None)
    window.save_action.trigger()
    qtbot.waitUntil(lambda: window.form.title_message.isVisible(), timeout=WAIT)
    assert window.form.title_message.text() == "The title is empty."
    qtbot.keyClicks(window.form.title, "Biology")
    qtbot.keyClicks(window.form.description, "Cells")
    window.form.duration.setValue(45)
    window.form.untimed.click()
    window.form.passing.setValue(70)
    window.form.public.click()
    assert window.state == ExamFields("Biology", "Cells", None, 70, True)
    assert window.undo_action.text() == "&Undo Change Visibility" and not window.redo_action.isEnabled()
    window.stack.undo()
    assert not window.form.public.isChecked()
    assert window.redo_action.text() == "&Redo Change Visibility" and window.redo_action.isEnabled()
    window.stack.undo()
    window.stack.undo()
    assert window.form.duration.isEnabled() and window.state.duration_minutes == 45
    window.stack.redo()
    window.stack.redo()
    window.stack.redo()
    assert window.state == ExamFields("Biology", "Cells", None, 70, True) and window.dirty
    with qtbot.waitSignal(window.saved, timeout=WAIT):
        window.save_action.trigger()
    assert not window.dirty and window.exam_id is not None
    assert authoring.library.get(authoring.principal, window.exam_id).fields == window.state
    qtbot.waitUntil(lambda: window.detail is not None, timeout=WAIT)
    assert window.form.status.text() == "Draft · 0 questions · 0 attempts"


def test_reorder_by_drag_and_by_keyboard_with_undo(
    qtbot: QtBot, authoring: Authoring, tasks: TaskRunner
) -> None:
    a = authoring
    exam_id = exam_with(a, mc("A"), mc("B"), mc("C"), mc("D"))
    window = open_exam(qtbot, a, exam_id)

    def stored() -> list[str]:
        return [i.question.text for i in a.questions.list(a.principal, exam_id)]

    model = window.model
    data = model.mimeData([model.index(0, 0)])
    assert data.hasFormat(MIME)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())  # drop A before D
    settle(qtbot, tasks)
    assert stored() == ["B", "C", "A", "D"]
    assert [model.index(r, 0).data() for r in range(4)] == ["1", "2", "3", "4"]
    window.form.questions.setCurrentIndex(model.index(3, 2))
    window.form.questions.setFocus()
    window.up_action.trigger()  # Ctrl+Up
    settle(qtbot, tasks)
    assert stored() == ["B", "C", "D", "A"] and window.current_row() == 2
    window.undo_action.trigger()
    settle(qtbot, tasks)
    assert stored() == ["B", "C", "A", "D"]
    window.stack.undo()
    settle(qtbot, tasks)
    assert stored() == ["A", "B", "C", "D"] and [i.question.text for i in model.items] == ["A", "B", "C", "D"]
    window.stack.redo()
    settle(qtbot, tasks)
    assert stored() == ["B", "C", "A", "D"]
    with a.ctx.uow() as uow:
        assert [r.order_index for r in uow.questions.for_exam(exam_id)] == [0, 1, 2, 3]


def test_delete_question_and_undo(
    qtbot: QtBot, authoring: Authoring, tasks: TaskRunner, messages: Any
) -> None:
    a = authoring
    exam_id = exam_with(a, mc("A"), mc("B"), mc("C"))
    window = open_exam(qtbot, a, exam_id)
    window.form.questions.setCurrentIndex(window.model.index(1, 2))
    messages.answer = False
    window.delete_action.trigger()
    assert messages.texts[-1].startswith("Delete question 2 (Multiple choice)?")
    settle(qtbot, tasks)
    assert window.model.rowCount() == 3
    messages.answer = True
    with qtbot.waitSignal(window.loaded, timeout=WAIT):
        window.delete_action.trigger()
    assert [i.question.text for i in a.questions.list(a.principal, exam_id)] == ["A", "C"]
    with qtbot.waitSignal(window.loaded, timeout=WAIT):
        window.stack.undo()
    assert [i.question.text for i in a.questions.list(a.principal, exam_id)] == ["A", "B", "C"]
    with qtbot.waitSignal(window.loaded, timeout=WAIT):
        window.stack.redo()
    assert [i.question.text for i in a.questions.list(a.principal, exam_id)] == ["A", "C"]
    assert a.library.get(a.principal, exam_id).question_ids == tuple(window.model.ids())


def test_publish_refused_then_accepted(
    qtbot: QtBot, authoring: Authoring, tasks: TaskRunner, asked: Asked
) -> None:
    a = authoring
    broken = Question(
        QuestionType.MULTIPLE_CHOICE, "two right?", choices=(Choice("a", 1.0), Choice("b", 1.0))
    )
    exam_id = exam_with(a, mc("fine"), broken)
    window = open_exam(qtbot, a, exam_id)
    assert window.model.index(1, 5).data() == "1 problem"
    assert window.publish_action.isEnabled() and not window.archive_action.isEnabled()
    window.form.publish_button.click()
    qtbot.waitUntil(lambda: bool(asked.problems), timeout=WAIT)
    assert asked.problems == [
        ["Question 2: Multiple choice needs at least two options and exactly one fully correct."]
    ]
    assert a.library.get(a.principal, exam_id).status == "draft"

    window.form.questions.setCurrentIndex(window.model.index(1, 2))
    window.edit_action.trigger()
    editor = window.question_editors[window.model.items[1].id]
    edit_cell(qtbot, editor.panel.choices.view, 1, 1, 0)  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.loaded, timeout=WAIT):
        editor.save_button.click()
    assert window.model.index(1, 5).data() == "OK"
    with qtbot.waitSignal(window.status_changed, timeout=WAIT):
        window.publish_action.trigger()
    assert a.library.get(a.principal, exam_id).status == "published"
    qtbot.waitUntil(lambda: window.archive_action.isEnabled(), timeout=WAIT)
    assert not window.publish_action.isEnabled() and window.draft_action.isEnabled()


def test_attempts_lock_grading_and_offer_a_copy(
    qtbot: QtBot, authoring: Authoring, tasks: TaskRunner
) -> None:
    a = authoring
    exam_id = exam_with(a, mc("2 + 2"), mc("3 + 1"))
    a.library.set_status(a.principal, exam_id, "published")
    with a.ctx.uow() as uow:
        uow.attempts.add(ExamAttempt(exam_id=exam_id, score=100))
        uow.commit()
    window = open_exam(qtbot, a, exam_id)
    assert window.form.lock_banner.isVisible() and "1 attempt" in window.form.lock_text.text()
    assert window.form.passing.isReadOnly() and not window.model.movable
    assert not window.add_action.isEnabled() and not window.delete_action.isEnabled()
    assert not window.draft_action.isEnabled() and window.archive_action.isEnabled()
    assert not (window.model.flags(window.model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled)
    window.form.questions.setCurrentIndex(window.model.index(0, 2))
    window.edit_action.trigger()
    (viewer,) = window.question_editors.values()
    assert viewer.read_only and viewer.text.editor.isReadOnly() and not viewer.save_button.isVisible()
    assert "Duplicate as New Draft" in viewer.banner.text()
    viewer.close()
    with qtbot.waitSignal(window.open_exam_requested, timeout=WAIT) as opened:
        window.form.duplicate_button.click()
    copy = a.library.get(a.principal, opened.args[0])
    assert copy.status == "draft" and copy.attempts == 0 and len(copy.question_ids) == 2
    qtbot.keyClick(window.form.title, Qt.Key.Key_End)
    qtbot.keyClicks(window.form.title, " (kept)")  # the title is not a grading field
    with qtbot.waitSignal(window.saved, timeout=WAIT):
        window.save_action.trigger()


# --------------------------------------------------------------------------- accessibility


def test_exam_editor_names_every_control(qtbot: QtBot, authoring: Authoring, tasks: TaskRunner) -> None:
    a = authoring
    exam_id = exam_with(a, mc("2 + 2"))
    window = open_exam(qtbot, a, exam_id)
    window.form.questions.setCurrentIndex(window.model.index(0, 2))
    check_a11y(window)
    with a.ctx.uow() as uow:
        uow.attempts.add(ExamAttempt(exam_id=exam_id, score=100))
        uow.commit()
    with qtbot.waitSignal(window.loaded, timeout=WAIT):
        window.reload()
    assert window.form.lock_banner.isVisible()
    check_a11y(window)


@pytest.mark.parametrize("qtype", list(QuestionType))
def test_question_editor_names_every_control(qtype: QuestionType, qtbot: QtBot, authoring: Authoring) -> None:
    exam_id = exam_with(authoring)
    editor = QuestionEditor(authoring, exam_id, blank_question(qtype))
    qtbot.addWidget(editor)
    editor.show()
    check_a11y(editor)
    if isinstance(editor.panel, NumericalPanel):
        editor.panel.by_range.click()
        check_a11y(editor)


def test_small_dialogs_name_every_control(qtbot: QtBot) -> None:
    chooser = QuestionTypeDialog()
    problems = Problems(None, "Not published", "Fix these:", ["Question 1: empty."])
    for dialog in (chooser, problems):
        qtbot.addWidget(dialog)
        dialog.show()
        check_a11y(dialog)
    assert chooser.chosen() is QuestionType.MULTIPLE_CHOICE
    chooser.list.setCurrentRow(6)
    assert chooser.chosen() is QuestionType.ESSAY


def test_tab_reaches_the_answer_table_and_its_buttons(qtbot: QtBot, authoring: Authoring) -> None:
    exam_id = exam_with(authoring)
    editor = QuestionEditor(authoring, exam_id, blank_question(QuestionType.SHORT_ANSWER))
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    editor.text.editor.setFocus()
    reached: list[str] = []
    for _ in range(12):
        focus = QApplication.focusWidget()
        assert focus is not None
        reached.append(focus.accessibleName())
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    for name in ("Question text", "Accepted answers", "Add answer", "Explanation", "Difficulty", "Points"):
        assert name in reached, reached
