"""The runner for keyboard and screen-reader users: N / P in a number box move instead of typing,
the hint names only keys that work where the focus is, a key-moved focus is drawn, Leave has a
button and a shortcut, and "Saved", time warnings and question changes are announced."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from examhub_desktop.services.app import AppContext
from examhub_desktop.ui import announce
from examhub_desktop.ui.runner.runner_window import RunnerWindow
from examhub_desktop.ui.tasks import TaskRunner
from tests.ui.runner_support import (
    MC,
    NUM,
    QUESTIONS,
    SHORT,
    TF,
    Dialogs,
    World,
    make_world,
    open_runner,
    settle,
    stored,
)

pytestmark = pytest.mark.usefixtures("english", "dialogs")

Key = Qt.Key


class Spoken:
    """The accessibility events `announce.send` really sent (they still go to Qt)."""

    def __init__(self) -> None:
        self.events: list[tuple[str, bool, str]] = []  # message, assertive, source class

    def __call__(self, event: QAccessibleEvent) -> None:
        assert event.type() == QAccessible.Event.Announcement
        message = event.message()  # type: ignore[attr-defined]
        assertive = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive  # type: ignore[attr-defined]
        self.events.append((message, assertive, type(event.object()).__name__))
        real_send(event)

    @property
    def messages(self) -> list[str]:
        return [m for m, _a, _s in self.events]


real_send = announce.send


@pytest.fixture
def spoken(monkeypatch: pytest.MonkeyPatch) -> Spoken:
    recorder = Spoken()
    monkeypatch.setattr(announce, "send", recorder)
    return recorder


def opened(qtbot: QtBot, world: World, mode: str = "exam") -> RunnerWindow:
    attempt_id = world.services.attempts.start(world.student, world.exam_id, mode)
    window = open_runner(qtbot, world, attempt_id)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def index_of(window: RunnerWindow, text: str) -> int:
    assert window.state is not None
    return next(i for i, q in enumerate(window.state.questions) if q.question.text == text)


def focus() -> QLineEdit:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit), f"focus is on {widget!r}"
    return widget


def test_n_and_p_in_a_number_box_move_instead_of_typing(qtbot: QtBot, world: World) -> None:
    window = opened(qtbot, world)
    number = index_of(window, NUM)
    window.go(number)
    qtbot.keyClicks(focus(), "6")
    qtbot.keyClick(focus(), Key.Key_N)  # was typed: "6n"
    assert window.index == number + 1 or number == len(window.state.questions) - 1  # type: ignore[union-attr]
    window.go(number)
    assert focus().text() == "6"
    qtbot.keyClick(focus(), Key.Key_P)
    assert window.index == number - 1 or number == 0
    settle(qtbot, window)
    assert window.answers[world.ids[NUM]] == "6"


def test_n_and_p_are_not_typed_where_there_is_nowhere_to_move(
    qtbot: QtBot, ctx: AppContext, tasks: TaskRunner
) -> None:
    lone = make_world(ctx, tasks, questions=[q for q in QUESTIONS if q.text == NUM], title="One number")
    window = opened(qtbot, lone)
    assert window.index == 0 and not window.next_action.isEnabled() and not window.prev_action.isEnabled()
    qtbot.keyClicks(focus(), "6")
    qtbot.keyClick(focus(), Key.Key_N)
    qtbot.keyClick(focus(), Key.Key_P)
    assert focus().text() == "6"
    tasks.wait()


def test_letters_still_type_in_a_short_answer_and_the_hint_says_so(qtbot: QtBot, world: World) -> None:
    window = opened(qtbot, world)
    short = index_of(window, SHORT)
    window.go(short)
    qtbot.keyClicks(focus(), "London")
    assert window.index == short and focus().text() == "London"
    hint = window.ui.keys_hint.text()
    assert "Page Down / Page Up move" in hint and "N / P" not in hint and "pick" not in hint
    window.go(index_of(window, NUM))
    assert "N / P or Page Down / Page Up move" in window.ui.keys_hint.text()
    window.go(index_of(window, MC))
    hint = window.ui.keys_hint.text()
    assert hint.startswith("Keys: 1–9, 0 or A–J pick · N / P move · F or Shift+F flag")
    assert "K check" not in hint  # exam mode
    settle(qtbot, window)  # "London" is saved before the window goes


def test_the_practice_hint_names_check(qtbot: QtBot, world: World) -> None:
    window = opened(qtbot, world, "practice")
    window.go(index_of(window, TF))
    assert "K check" in window.ui.keys_hint.text()


def test_a_choice_reached_by_a_key_shows_its_focus(qtbot: QtBot, world: World) -> None:
    window = opened(qtbot, world)
    tf = index_of(window, TF)
    before, key = (tf - 1, Key.Key_N) if tf > 0 else (tf + 1, Key.Key_P)
    window.go(before)
    qtbot.mouseClick(window.ui.flag_button, Qt.MouseButton.LeftButton)  # a click leaves keyboard mode
    assert not window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    qtbot.keyClick(QApplication.focusWidget(), key)  # N / P onto the true/false question
    assert window.index == tf
    button = QApplication.focusWidget()
    assert isinstance(button, QAbstractButton) and button.text().endswith("True")
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    with_focus: QImage = button.grab().toImage()
    qtbot.mouseClick(window.ui.flag_button, Qt.MouseButton.LeftButton)  # the focus moves away
    assert button.grab().toImage() != with_focus  # so the frame was drawn
    assert not window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    qtbot.keyClick(window, Key.Key_A)  # A picks the first choice and puts the focus on it
    assert QApplication.focusWidget() is button and button.isChecked()
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    checked_with_focus = button.grab().toImage()
    window.ui.submit_button.setFocus(Qt.FocusReason.OtherFocusReason)
    assert button.grab().toImage() != checked_with_focus
    settle(qtbot, window)


def test_leave_has_a_button_with_its_shortcut_in_the_tooltip(
    qtbot: QtBot, world: World, dialogs: Dialogs
) -> None:
    window = opened(qtbot, world)
    button = window.ui.leave_button
    assert button.isVisible() and "Ctrl+W" in button.toolTip()
    dialogs.answer = False
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialogs.asked and dialogs.asked[-1][0] == "Leave this attempt?"
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert len(dialogs.asked) == 2 and window.isVisible()


def test_question_changes_saves_and_time_warnings_are_announced(
    qtbot: QtBot, world: World, spoken: Spoken
) -> None:
    window = opened(qtbot, world)
    window.ticker.stop()  # the test drives the clock
    assert window.state is not None
    count = len(window.state.questions)
    window.go(1)
    assert spoken.events[-1] == (f"Question 2 of {count}", False, "RunnerWindow")
    window.go(index_of(window, TF))
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_A)
    qtbot.waitUntil(lambda: "Saved" in spoken.messages, timeout=10_000)
    settle(qtbot, window)
    assert spoken.messages.count("Saved") == 1  # said once per save, not on every repaint
    world.clock.advance(300)  # 5:00 left
    window.poll()
    assert spoken.events[-1][:2] == ("5 minutes left. Your answers are saved as you go.", False)
    world.clock.advance(241)  # 0:59 left
    window.poll()
    assert spoken.events[-1][:2] == ("1 minute left. Your answers are saved as you go.", True)


def test_a_save_answered_after_its_window_is_gone_is_dropped(qtbot: QtBot, world: World) -> None:
    """The save is committed on the worker; its acknowledgement finds the window (and its
    saver) deleted and is dropped instead of emitting on a deleted object."""
    attempt_id = world.services.attempts.start(world.student, world.exam_id, "exam")
    window = RunnerWindow(world.services, attempt_id)  # not qtbot's: this test deletes it
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.show()
    saver = window.saver
    assert saver is not None
    settle(qtbot, window)
    before = stored(world, attempt_id)["revision"]
    gate = threading.Event()
    world.tasks.run_db(gate.wait)  # holds the serial worker: the save queues behind it
    saver.touch()
    assert saver.busy
    window.ticker.stop()
    window.closed_mid_attempt = True
    window.deleteLater()
    qtbot.waitUntil(lambda: not Shiboken.isValid(saver))
    gate.set()
    qtbot.waitUntil(lambda: world.tasks.pending == 0)
    QApplication.processEvents()
    assert stored(world, attempt_id)["revision"] > before  # written all the same
