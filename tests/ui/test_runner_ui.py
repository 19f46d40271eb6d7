"""The runner window on a real SQLite database: whole exams by keyboard and by mouse, practice
checks, flags and the palette, saving, the timer on a fake clock, resume, zoom, accessibility."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from examhub_desktop.core.grading import Outcome
from examhub_desktop.core.question import Choice, Question, QuestionType
from examhub_desktop.services.app import AppContext
from examhub_desktop.ui.runner import answers as answers_module
from examhub_desktop.ui.runner.answers import ChoiceEditor, LineAnswerEditor, MatchingEditor, TrueFalseEditor
from examhub_desktop.ui.runner.palette import Mark
from examhub_desktop.ui.runner.runner_window import RunnerWindow
from examhub_desktop.ui.runner.saver import SaveState
from examhub_desktop.ui.tasks import TaskRunner
from tests.ui.a11y import actions_without_keys, unnamed_interactive
from tests.ui.runner_support import (
    ESSAY,
    INFO,
    MATCH,
    MC,
    MR,
    NUM,
    RIGHT,
    SHORT,
    TF,
    Dialogs,
    World,
    make_world,
    open_runner,
    quiet,
    settle,
    stored,
)

pytestmark = pytest.mark.usefixtures("english", "dialogs")

Key = Qt.Key


def start(world: World, mode: str = "exam", *, timed: bool = False) -> str:
    return world.services.attempts.start(world.student, world.exam_id, mode, timed=timed)


def activate(qtbot: QtBot, window: QWidget) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is, as a user's would land."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert isinstance(target, QLineEdit | QPlainTextEdit), f"focus is on {target!r}"
    qtbot.keyClicks(target, text)


def qtext(window: RunnerWindow) -> str:
    page = window.current_page()
    assert page is not None
    return page.item.question.text


def display_position(window: RunnerWindow, authored_index: int) -> int:
    page = window.current_page()
    assert page is not None
    return list(page.item.choice_order).index(authored_index)


DIGITS = [Key.Key_1, Key.Key_2, Key.Key_3, Key.Key_4, Key.Key_5, Key.Key_6, Key.Key_7, Key.Key_8, Key.Key_9]
LETTERS = [Key.Key_A, Key.Key_B, Key.Key_C, Key.Key_D, Key.Key_E, Key.Key_F, Key.Key_G]


# ---------------------------------------------------------------------------- whole exams
def answer_by_keyboard(qtbot: QtBot, window: RunnerWindow) -> None:
    """Answer the current question right using only the keyboard."""
    text = qtext(window)
    if text == MC:
        press(qtbot, DIGITS[display_position(window, 1)])
    elif text == MR:
        press(qtbot, LETTERS[display_position(window, 0)])
        press(qtbot, LETTERS[display_position(window, 1)])
    elif text == TF:
        press(qtbot, Key.Key_A)  # A. True
    elif text in (SHORT, NUM, ESSAY):
        type_text(qtbot, str(RIGHT[text]))
    elif text == MATCH:
        page = window.current_page()
        assert page is not None and isinstance(page.editor, MatchingEditor)
        for index in page.item.prompt_order:
            combo = QApplication.focusWidget()
            assert isinstance(combo, QComboBox)
            want = RIGHT[MATCH][index]  # type: ignore[index]
            while combo.currentData() != want:
                qtbot.keyClick(combo, Key.Key_Down)
            qtbot.keyClick(combo, Key.Key_Tab)


def test_a_whole_exam_by_keyboard_only(qtbot: QtBot, world: World, dialogs: Dialogs) -> None:
    attempt_id = start(world)
    window = open_runner(qtbot, world, attempt_id)
    activate(qtbot, window)
    assert window.state is not None
    count = len(window.state.questions)
    window.go(0)
    for i in range(count):
        assert window.index == i
        answer_by_keyboard(qtbot, window)
        if qtext(window) == TF:
            press(qtbot, Key.Key_F)  # flag it
        if i < count - 1:
            # Page Down moves on from anywhere, a text box included (N would be typed there)
            press(qtbot, Key.Key_PageDown)
    press(qtbot, Key.Key_PageUp)
    assert window.index == count - 2
    settle(qtbot, window)
    palette = window.ui.question_palette
    assert palette.counts() == (7, 0, 1)
    with qtbot.waitSignal(window.review_shown, timeout=10_000) as review:
        press(qtbot, Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.asked == [
        (
            "Submit your answers?",
            "1 question is flagged for review. You cannot change your answers after submitting.",
        )
    ]
    row = stored(world, attempt_id)
    assert row["status"] == "pending" and row["finish_reason"] == "submitted"  # the essay awaits a mark
    assert review.args[0].score == 63  # 7 of 11 points: everything right but the pending 4-point essay
    answers = row["answers"]
    assert isinstance(answers, dict)
    assert answers[world.ids[MC]] == 1 and answers[world.ids[MR]] == [0, 1] and answers[world.ids[TF]] is True
    assert answers[world.ids[MATCH]] == {"0": "Paris", "1": "Rome"}
    assert row["flags"] == [world.ids[TF]]


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def choose_in_combo_by_mouse(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    click(qtbot, combo)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    row = combo.findData(text)
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # a popup ignores a release that quick
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentData() == text


def answer_by_mouse(qtbot: QtBot, window: RunnerWindow) -> None:
    page = window.current_page()
    assert page is not None
    editor, text = page.editor, qtext(window)
    if text == MC:
        assert isinstance(editor, ChoiceEditor)
        # the choice's text is a label: clicking it picks the choice, as clicking the button does
        label = editor.findChildren(type(page.facts))[display_position(window, 1)]
        click(qtbot, label)
    elif text == MR:
        assert isinstance(editor, ChoiceEditor)
        click(qtbot, editor.buttons[display_position(window, 0)])
        click(qtbot, editor.buttons[display_position(window, 1)])
    elif text == TF:
        assert isinstance(editor, TrueFalseEditor)
        click(qtbot, editor.false_button)  # wrong on purpose
    elif text in (SHORT, NUM):
        assert isinstance(editor, LineAnswerEditor)
        click(qtbot, editor.edit)
        qtbot.keyClicks(editor.edit, str(RIGHT[text]))  # typing is the only way to write an answer
    elif text == MATCH:
        assert isinstance(editor, MatchingEditor)
        for index, combo in editor.combos.items():
            choose_in_combo_by_mouse(qtbot, combo, RIGHT[MATCH][index])  # type: ignore[index]


# the offscreen platform cannot raise a combo box's popup or grab the keyboard for it
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_whole_exam_by_mouse_only(qtbot: QtBot, world: World, dialogs: Dialogs) -> None:
    attempt_id = start(world)
    window = open_runner(qtbot, world, attempt_id)
    activate(qtbot, window)
    assert window.state is not None
    palette = window.ui.question_palette
    # jump around with the palette, then walk with the Next button
    click(qtbot, palette.buttons[-1])
    assert window.index == len(palette.buttons) - 1
    click(qtbot, palette.buttons[0])
    assert window.index == 0
    for i in range(len(palette.buttons)):
        answer_by_mouse(qtbot, window)
        if qtext(window) == MR:
            click(qtbot, window.ui.flag_button)
        if i < len(palette.buttons) - 1:
            click(qtbot, window.ui.next_button)
    assert not window.ui.next_button.isEnabled()
    settle(qtbot, window)
    assert palette.counts() == (6, 1, 1)  # the essay is left unanswered
    with qtbot.waitSignal(window.review_shown, timeout=10_000):
        click(qtbot, window.ui.submit_button)
    assert "1 question is not answered. 1 question is flagged for review." in dialogs.asked[0][1]
    row = stored(world, attempt_id)
    assert row["status"] == "submitted"
    answers = row["answers"]
    assert isinstance(answers, dict) and answers[world.ids[TF]] is False
    assert answers[world.ids[SHORT]] == "Paris" and answers[world.ids[MC]] == 1


def test_submit_can_be_cancelled(qtbot: QtBot, world: World, dialogs: Dialogs) -> None:
    window = open_runner(qtbot, world, start(world))
    dialogs.answer = False
    window.submit_action.trigger()
    assert dialogs.asked[0][1].startswith("7 questions are not answered.")
    assert not window.finished and not window.submitting and window.ui.submit_button.isEnabled()


# ---------------------------------------------------------------------------- practice
def go_to(window: RunnerWindow, text: str) -> None:
    assert window.state is not None
    window.go(next(i for i, q in enumerate(window.state.questions) if q.question.text == text))


def test_practice_shows_right_wrong_feedback_and_explanation(
    qtbot: QtBot, world: World, dialogs: Dialogs
) -> None:
    window = open_runner(qtbot, world, start(world, "practice"))
    assert window.ui.check_button.isVisible() and "Practice" in window.windowTitle()
    assert window.ui.clock.text().startswith("Untimed")
    go_to(window, MC)
    page = window.current_page()
    assert page is not None and isinstance(page.editor, ChoiceEditor)
    assert not window.check_action.isEnabled()  # nothing to check yet
    page.editor.pick(display_position(window, 0))  # "3": wrong
    with qtbot.waitSignal(window.checked, timeout=10_000) as checked:
        window.ui.check_button.click()
    assert checked.args[1].outcome is Outcome.WRONG
    shown = page.feedback.text()
    assert page.feedback.isVisible()
    assert "✗ Wrong" in shown and "One short." in shown  # the picked choice's feedback
    assert "4 — right" in shown and "3 — your answer" in shown  # per choice
    assert "Right answer:</b> 4" in shown and "Addition of small numbers." in shown
    page.editor.pick(display_position(window, 1))
    assert not page.feedback.isVisible()  # a changed answer hides the old verdict
    with qtbot.waitSignal(window.checked, timeout=10_000) as checked:
        window.check_action.trigger()
    assert checked.args[1].outcome is Outcome.CORRECT and "✓ Right" in page.feedback.text()

    go_to(window, SHORT)
    page = window.current_page()
    assert page is not None and isinstance(page.editor, LineAnswerEditor)
    page.editor.edit.setFocus()
    qtbot.keyClicks(page.editor.edit, "paris")
    # Check flushes the typed text, waits for its save, then asks
    with qtbot.waitSignal(window.checked, timeout=10_000) as checked:
        window.check_action.trigger()
    assert checked.args[1].outcome is Outcome.CORRECT and "Paris since 987." in page.feedback.text()


def test_exam_mode_has_no_check(qtbot: QtBot, world: World) -> None:
    window = open_runner(qtbot, world, start(world))
    go_to(window, MC)
    page = window.current_page()
    assert page is not None and page.editor.pick(0)
    assert not window.ui.check_button.isVisible() and not window.check_action.isEnabled()


# ---------------------------------------------------------------------------- flags and palette
def test_flags_and_palette_states_are_not_colour_alone(qtbot: QtBot, world: World) -> None:
    attempt_id = start(world)
    window = open_runner(qtbot, world, attempt_id)
    palette = window.ui.question_palette
    go_to(window, MC)
    mc = window.index
    page = window.current_page()
    assert page is not None and page.editor.pick(0)
    go_to(window, TF)
    tf = window.index
    window.flag_action.trigger()
    go_to(window, INFO)
    info = window.index
    go_to(window, SHORT)
    short = window.index
    settle(qtbot, window)
    buttons = palette.buttons
    assert buttons[mc].text().endswith("✓") and buttons[mc].accessibleName() == f"Question {mc + 1}, answered"
    assert buttons[tf].text().endswith("⚑○")
    assert buttons[tf].accessibleName() == f"Question {tf + 1}, not answered, flagged"
    assert buttons[info].text().endswith("i")
    assert buttons[short].accessibleName() == f"Question {short + 1}, not answered, current"
    colours = {i: buttons[i].palette().color(QPalette.ColorRole.Button).name() for i in (mc, tf, info, short)}
    assert len(set(colours.values())) == 4  # colour repeats what the symbols say
    assert palette.counts() == (1, 6, 1)
    assert stored(world, attempt_id)["flags"] == [world.ids[TF]]
    go_to(window, TF)
    page = window.current_page()
    assert page is not None and page.flag_badge.isVisible() and window.ui.flag_button.isChecked()
    window.ui.flag_button.click()  # unflag
    settle(qtbot, window)
    assert not page.flag_badge.isVisible() and stored(world, attempt_id)["flags"] == []


def test_f_picks_choice_f_where_there_is_one_and_shift_f_flags(
    qtbot: QtBot, ctx: AppContext, tasks: TaskRunner
) -> None:
    six = Question(
        QuestionType.MULTIPLE_RESPONSE,
        "Pick the vowels.",
        choices=tuple(Choice(c, 0.5 if c in "AE" else 0.0) for c in "ABCDEF"),
        shuffle_choices=False,
    )
    two = Question(QuestionType.TRUE_FALSE, "Sure?", correct=True)
    w = make_world(ctx, tasks, questions=[six, two])
    window = open_runner(qtbot, w, w.services.attempts.start(w.student, w.exam_id))
    activate(qtbot, window)
    go_to(window, "Pick the vowels.")
    page = window.current_page()
    assert page is not None and isinstance(page.editor, ChoiceEditor)
    press(qtbot, Key.Key_F)
    assert page.editor.buttons[5].isChecked() and not window.flags
    press(qtbot, Key.Key_F, Qt.KeyboardModifier.ShiftModifier)
    assert window.flags == {w.ids["Pick the vowels."]}
    go_to(window, "Sure?")
    press(qtbot, Key.Key_F)  # no choice F here: F flags
    assert w.ids["Sure?"] in window.flags
    settle(qtbot, window)
    tasks.wait()


# ---------------------------------------------------------------------------- saving
def test_saved_shows_only_when_the_save_has_returned(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempt_id = start(world)
    window = open_runner(qtbot, world, attempt_id)
    gate = threading.Event()
    real_save = world.services.attempts.save

    def slow_save(*args: Any, **kwargs: Any) -> Any:
        assert gate.wait(10)
        return real_save(*args, **kwargs)

    monkeypatch.setattr(world.services.attempts, "save", slow_save)
    go_to(window, MC)
    page = window.current_page()
    assert page is not None and window.saver is not None
    assert page.editor.pick(0)
    qid = world.ids[MC]
    assert window.saver.state(qid) is SaveState.SAVING and page.save_state.text() == "Saving…"
    assert page.editor.pick(1) and page.editor.pick(2)  # changes while one save is in flight wait
    qtbot.wait(50)
    assert page.save_state.text() == "Saving…" and stored(world, attempt_id)["answers"] == {}
    gate.set()
    qtbot.waitUntil(lambda: page.save_state.text() == "Saved", timeout=10_000)
    settle(qtbot, window)
    row = stored(world, attempt_id)
    assert row["answers"] == {qid: page.item.choice_order[2]}
    assert window.saver.saves == 2  # the first click, then the last two together


def test_text_is_saved_after_a_pause_and_on_leaving(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempt_id = start(world)
    window = open_runner(qtbot, world, attempt_id)
    go_to(window, SHORT)
    page = window.current_page()
    assert page is not None and isinstance(page.editor, LineAnswerEditor)
    page.editor.pause.setInterval(50)
    qtbot.keyClicks(page.editor.edit, "Par")
    assert page.save_state.text() == "Not saved yet"
    qtbot.waitUntil(lambda: page.save_state.text() == "Saved", timeout=10_000)
    assert stored(world, attempt_id)["answers"] == {world.ids[SHORT]: "Par"}
    page.editor.pause.setInterval(60_000)  # no pause long enough: leaving the question saves
    qtbot.keyClicks(page.editor.edit, "is")
    go_to(window, MC)
    settle(qtbot, window)
    assert stored(world, attempt_id)["answers"] == {world.ids[SHORT]: "Paris"}
    assert answers_module.TEXT_SAVE_DELAY_MS <= 1000


def test_a_failed_save_says_so_and_is_retried(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from examhub_desktop.services.errors import ServiceError

    attempt_id = start(world)
    window = open_runner(qtbot, world, attempt_id)
    real_save = world.services.attempts.save
    calls = {"n": 0}

    def flaky(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 1:
            raise ServiceError("The database is locked.")
        return real_save(*args, **kwargs)

    monkeypatch.setattr(world.services.attempts, "save", flaky)
    go_to(window, MC)
    page = window.current_page()
    assert page is not None and page.editor.pick(0)
    qtbot.waitUntil(lambda: page.save_state.text().startswith("Not saved"), timeout=10_000)
    assert "locked" in page.save_state.text() and "not saved" in window.ui.save_summary.text()
    window.flag_action.trigger()  # the next save carries the failed answer along
    qtbot.waitUntil(lambda: page.save_state.text() == "Saved", timeout=10_000)
    assert stored(world, attempt_id)["answers"] == {world.ids[MC]: page.item.choice_order[0]}


# ---------------------------------------------------------------------------- time
def test_warnings_at_5_and_1_minutes_and_expiry_submits_exactly_once(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempt_id = start(world)  # 10 minutes
    window = open_runner(qtbot, world, attempt_id)
    window.ticker.stop()  # the test is the clock's only driver
    submits: list[str] = []
    real_submit = world.services.attempts.submit

    def counting_submit(*args: Any, **kwargs: Any) -> Any:
        submits.append(kwargs.get("reason", ""))
        return real_submit(*args, **kwargs)

    monkeypatch.setattr(world.services.attempts, "submit", counting_submit)
    warnings: list[float] = []
    window.time_warning.connect(warnings.append)
    ups: list[bool] = []
    window.time_up.connect(lambda: ups.append(True))
    clock = world.clock
    clock.advance(60)
    window.poll()
    assert window.ui.clock.text() == "Time left 9:00" and warnings == []
    clock.advance(240)  # 5:00 left
    window.poll()
    window.poll()
    assert warnings == [300.0] and "5 minutes left" in window.ui.banner.text()
    assert window.ui.clock.property("level") == "warn"
    clock.advance(241)  # 0:59 left
    window.poll()
    assert warnings == [300.0, 60.0] and window.ui.clock.property("level") == "urgent"
    assert "1 minute left" in window.ui.banner.text()
    go_to(window, SHORT)
    page = window.current_page()
    assert page is not None and isinstance(page.editor, LineAnswerEditor)
    page.editor.pause.setInterval(60_000)
    qtbot.keyClicks(page.editor.edit, "Paris")  # typed, not yet saved when the time runs out
    clock.advance(59)
    with qtbot.waitSignal(window.review_shown, timeout=10_000):
        for _ in range(5):  # polled again and again while the submission is on its way
            window.poll()
            clock.advance(1)  # (the service's grace after the limit is 15 s)
    for _ in range(10):
        window.poll()
    settle_tasks(qtbot, world)
    assert ups == [True] and submits == ["time_up"]
    row = stored(world, attempt_id)
    assert row["status"] != "in_progress" and row["finish_reason"] == "time_up"
    assert row["elapsed"] == 600.0
    assert row["answers"] == {world.ids[SHORT]: "Paris"}  # the typed text was saved first
    assert window.finished and not window.ticker.isActive()


def settle_tasks(qtbot: QtBot, world: World) -> None:
    qtbot.waitUntil(lambda: not world.tasks.pending, timeout=10_000)


def test_opening_an_attempt_whose_time_is_up_submits_it(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempt_id = start(world)
    world.clock.advance(599.5)
    window = RunnerWindow(world.services, attempt_id)
    qtbot.addWidget(window, before_close_func=quiet)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.show()
    world.clock.advance(1)
    with qtbot.waitSignal(window.review_shown, timeout=10_000):
        window.poll()
    assert stored(world, attempt_id)["finish_reason"] == "time_up"


# ---------------------------------------------------------------------------- resume
def test_closing_asks_and_resume_restores_order_answers_flags_and_time(
    qtbot: QtBot, world: World, dialogs: Dialogs
) -> None:
    attempt_id = start(world)
    window = open_runner(qtbot, world, attempt_id)
    assert window.state is not None
    order = [q.question.id for q in window.state.questions]
    choice_orders = [q.choice_order for q in window.state.questions]
    go_to(window, MR)
    page = window.current_page()
    assert page is not None and page.editor.pick(0) and page.editor.pick(2)
    mr_answer = page.editor.response()
    window.flag_action.trigger()
    go_to(window, ESSAY)
    essay = window.current_page()
    assert essay is not None
    essay.editor.pause.setInterval(60_000)  # type: ignore[attr-defined]
    qtbot.keyClicks(essay.editor.edit, "Because of scattering.")  # type: ignore[attr-defined]
    world.clock.advance(120)
    window.poll()
    dialogs.answer = False
    window.close()
    assert window.isVisible() and dialogs.asked[-1][0] == "Leave this attempt?"
    assert "time keeps running" in dialogs.asked[-1][1]
    dialogs.answer = True
    with qtbot.waitSignal(window.left):
        window.close()
    assert not window.isVisible()
    settle_tasks(qtbot, world)
    row = stored(world, attempt_id)
    assert row["status"] == "in_progress" and row["elapsed"] == pytest.approx(120)
    assert row["answers"][world.ids[ESSAY]] == "Because of scattering."  # type: ignore[index]

    world.clock.advance(30)  # away for half a minute: exam time keeps running
    again = open_runner(qtbot, world, attempt_id)
    assert again.state is not None
    assert [q.question.id for q in again.state.questions] == order
    assert [q.choice_order for q in again.state.questions] == choice_orders
    assert again.flags == {world.ids[MR]}
    assert again.ui.clock.text() == "Time left 7:30"
    marks = [b.mark for b in again.ui.question_palette.buttons]
    assert marks.count(Mark.ANSWERED) == 2
    go_to(again, MR)
    page = again.current_page()
    assert page is not None and page.editor.response() == mr_answer and page.flag_badge.isVisible()
    go_to(again, ESSAY)
    page = again.current_page()
    assert page is not None and page.editor.response() == "Because of scattering."
    assert page.save_state.text() == "Saved"  # committed in the earlier session
    assert again.saver is not None and again.saver.saves == 0  # restoring saved nothing
    again.leave()
    settle_tasks(qtbot, world)


def test_resume_starts_at_the_first_unanswered_question(qtbot: QtBot, world: World) -> None:
    attempt_id = start(world)
    state = world.services.attempts.state(world.student, attempt_id)
    first = state.questions[0].question
    if first.type is QuestionType.DESCRIPTION:
        first = state.questions[1].question
    assert first.id is not None
    world.services.attempts.save(world.student, attempt_id, answers={first.id: RIGHT[first.text]})
    window = open_runner(qtbot, world, attempt_id)
    assert window.ui.question_palette.buttons[window.index].mark is Mark.UNANSWERED


# ---------------------------------------------------------------------------- zoom and a11y
def test_ctrl_plus_and_minus_scale_the_text(qtbot: QtBot, world: World) -> None:
    window = open_runner(qtbot, world, start(world))
    activate(qtbot, window)
    page = window.current_page()
    assert page is not None
    before = page.text.font().pointSizeF()
    press(qtbot, Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert page.text.font().pointSizeF() == pytest.approx(before * 1.3)
    assert window.ui.question_palette.buttons[0].font().pointSizeF() == pytest.approx(before * 1.3)
    press(qtbot, Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert page.text.font().pointSizeF() == pytest.approx(before * 1.15)
    assert window.ui.clock.font().pointSizeF() == pytest.approx(before * 1.15)  # styled labels too
    window.go(1)  # the current palette button changes font weight while zoomed
    press(qtbot, Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert page.text.font().pointSizeF() == pytest.approx(before)
    sizes = [b.font().pointSizeF() for b in window.ui.question_palette.buttons]
    assert sizes == [pytest.approx(before)] * len(sizes) and window.ui.clock.font().bold()


@pytest.mark.parametrize("mode", ["exam", "practice"])
def test_runner_is_accessible(qtbot: QtBot, world: World, mode: str) -> None:
    window = open_runner(qtbot, world, start(world, mode))
    assert window.state is not None
    for i in range(len(window.state.questions)):  # every kind of question page
        window.go(i)
        assert unnamed_interactive(window) == [], window.current_page()
    assert actions_without_keys(window) == []
    # every palette button, the editor and the buttons are Tab stops
    chain, w = [], window.nextInFocusChain()
    while w is not window and w not in chain:
        chain.append(w)
        w = w.nextInFocusChain()
    stops = {
        w for w in chain if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    }
    for needed in [*window.ui.question_palette.buttons, window.ui.submit_button, window.ui.flag_button]:
        assert needed in stops


def test_keyboard_focus_reaches_the_submit_button_by_tab(qtbot: QtBot, world: World) -> None:
    window = open_runner(qtbot, world, start(world))
    activate(qtbot, window)
    window.go(1)
    page = window.current_page()
    assert page is not None
    order = []
    for _ in range(40):
        press(qtbot, Key.Key_Tab)
        order.append(QApplication.focusWidget())
    ui = window.ui
    palette = ui.question_palette.buttons
    wanted = [*palette, page, ui.prev_button, ui.flag_button, ui.next_button, ui.submit_button]
    assert all(w in order for w in wanted)
    # in reading order: the palette, the question, then the buttons under it
    first_round = order[order.index(palette[0]) :]
    assert first_round.index(palette[-1]) < first_round.index(page) < first_round.index(ui.submit_button)


def test_page_down_and_ctrl_enter_work_from_inside_an_essay(
    qtbot: QtBot, world: World, dialogs: Dialogs
) -> None:
    window = open_runner(qtbot, world, start(world))
    activate(qtbot, window)
    go_to(window, ESSAY)
    essay_index = window.index
    page = window.current_page()
    assert page is not None and isinstance(QApplication.focusWidget(), QPlainTextEdit)
    type_text(qtbot, "Short.")
    dialogs.answer = False
    press(qtbot, Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.asked and dialogs.asked[-1][0] == "Submit your answers?"
    assert page.editor.response() == "Short."  # Ctrl+Enter typed no new line
    if essay_index < len(window.ui.question_palette.buttons) - 1:
        window.go(essay_index)
        page.editor.first_focus().setFocus()  # type: ignore[union-attr]
        press(qtbot, Key.Key_PageDown)
        assert window.index == essay_index + 1
    qtbot.waitUntil(lambda: page.save_state.text() == "Saved", timeout=10_000)  # left, or paused
    assert stored(world, window.attempt_id)["answers"] == {world.ids[ESSAY]: "Short."}


def test_a_refused_submit_unlocks_and_says_why(
    qtbot: QtBot, world: World, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    from examhub_desktop.services.errors import ServiceError

    window = open_runner(qtbot, world, start(world))

    def refuse(*_a: Any, **_k: Any) -> Any:
        raise ServiceError("The database is locked by another program.")

    monkeypatch.setattr(world.services.attempts, "submit", refuse)
    window.submit_action.trigger()
    assert window.submitting and not window.ui.submit_button.isEnabled()
    qtbot.waitUntil(lambda: bool(dialogs.notices), timeout=10_000)
    assert "locked by another program" in dialogs.notices[0][1]
    assert not window.submitting and not window.finished and window.submit_action.isEnabled()
    page = window.current_page()
    assert page is not None
    control = page.editor.first_focus()
    if control is not None:  # answering works again
        assert control.isEnabled() and not getattr(control, "isReadOnly", lambda: False)()
    assert "Could not submit" in window.ui.banner.text()
