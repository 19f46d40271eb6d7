"""The runner and the student's home under the exam's integrity rules, on a real SQLite file:
time-up locks the answers and keeps them locked while the submission fails (a real write lock
held by another connection) until it lands; a save that keeps failing is named at Submit and
never dropped silently; the countdown follows the service's clock; full-screen mode records
each time the window is left; the home page shows the rules (grade, attempts left, opening
times, extra time) and offers only what they allow; the teacher's list shows the absences."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from examhub_desktop.core.exam_rules import ExamRules
from examhub_desktop.core.question import has_key
from examhub_desktop.db import engine as db_engine
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.attempts import HomeExam
from examhub_desktop.services.results import AttemptSummary, AwayEvent
from examhub_desktop.ui.runner.answers import LineAnswerEditor
from examhub_desktop.ui.runner.dialogs import StartChoice, StartDialog, Unsaved, UnsavedAnswers
from examhub_desktop.ui.runner.home import StudentHomePage
from examhub_desktop.ui.runner.models import exam_attempts_model
from examhub_desktop.ui.runner.runner_window import RunnerWindow
from examhub_desktop.ui.runner.saver import SaveState
from examhub_desktop.ui.tasks import TaskRunner
from tests.ui.a11y import unnamed_interactive
from tests.ui.runner_support import (
    MC,
    SHORT,
    TEACHER,
    TF,
    Dialogs,
    World,
    make_world,
    open_runner,
    settle,
)

pytestmark = pytest.mark.usefixtures("english", "dialogs")


# ---------------------------------------------------------------------------- helpers
def plural(text: str) -> str:
    """English plural forms as examhub_en.ts gives them ("1 answer", "questions 3, 5") also
    before `make translations` has taken this change's new "%n answer(s)" texts in."""
    text = re.sub(r"(\d+) (\w+)\(s\)", lambda m: f"{m[1]} {m[2]}{'' if m[1] == '1' else 's'}", text)
    return re.sub(r"(\w+)\(s\) (\d+(?:, \d+)*)", lambda m: f"{m[1]}{'s' if ',' in m[2] else ''} {m[2]}", text)


@dataclass
class Lock:
    """A write lock on the database file, held by another program's connection."""

    connection: sqlite3.Connection
    held: bool = True

    def release(self) -> None:
        if self.held:
            self.connection.rollback()
            self.held = False


@contextmanager
def write_lock(world: World, monkeypatch: pytest.MonkeyPatch) -> Iterator[Lock]:
    """BEGIN EXCLUSIVE from a second connection; the app's connections wait 50 ms, not 5 s."""
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 50)
    world.tasks.wait()
    world.ctx.database.engine.dispose()  # new connections take the short busy timeout
    path = world.ctx.database.location.path
    assert isinstance(path, Path)
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    lock = Lock(other)
    try:
        yield lock
    finally:
        lock.release()
        other.close()


def row_of(world: World, attempt_id: str) -> dict[str, object]:
    """The attempt's row, read without a write lock (it may be held by the test)."""
    with world.ctx.uow().reading() as uow:
        a = uow.attempts.get(attempt_id)
        assert a is not None
        return {
            "answers": dict(a.answers or {}),
            "status": a.status,
            "finish_reason": a.finish_reason,
            "away": list(a.away or []),
            "elapsed": a.elapsed_seconds,
        }


def go_to(window: RunnerWindow, text: str) -> int:
    assert window.state is not None
    index = next(i for i, q in enumerate(window.state.questions) if q.question.text == text)
    window.go(index)
    return index


def answer(window: RunnerWindow, text: str, position: int = 0) -> None:
    go_to(window, text)
    page = window.current_page()
    assert page is not None and page.editor.pick(position)


def type_short(qtbot: QtBot, window: RunnerWindow, text: str) -> int:
    index = go_to(window, SHORT)
    page = window.current_page()
    assert page is not None and isinstance(page.editor, LineAnswerEditor)
    qtbot.keyClicks(page.editor.edit, text)
    page.editor.flush()
    return index


def assert_locked(window: RunnerWindow) -> None:
    for page in window.pages.values():
        for edit in page.editor.findChildren(QWidget):
            if isinstance(edit, QLineEdit | QPlainTextEdit):
                assert edit.isReadOnly(), edit
            elif edit.focusPolicy() & Qt.FocusPolicy.TabFocus:
                assert not edit.isEnabled(), edit
    assert not any(b.isEnabled() for b in window.ui.question_palette.buttons)
    for action in (window.next_action, window.prev_action, window.flag_action, window.submit_action):
        assert not action.isEnabled()
    assert not window.ui.submit_button.isEnabled() and not window.ui.next_button.isEnabled()


def activate(qtbot: QtBot, window: QWidget) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()


# ---------------------------------------------------------------------------- time-up
def test_time_up_locks_and_stays_locked_while_the_submission_fails_until_it_lands(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs
) -> None:
    attempt_id = world.services.attempts.start(world.student, world.exam_id)
    window = open_runner(qtbot, world, attempt_id)
    window.ticker.stop()  # the test drives the clock
    window.submit_retry_ms = (20, 40, 60)
    answer(window, MC, 1)
    settle(qtbot, window)
    go_to(window, TF)
    with write_lock(world, monkeypatch) as lock:
        world.clock.advance(600)
        window.poll()  # time is up: locked at once, the submission cannot write
        assert window.expired and window.submitting
        assert_locked(window)
        qtbot.waitUntil(lambda: window.submit_tries >= 4, timeout=20_000)
        assert_locked(window)  # failed three times: still locked, never handed back
        banner = window.ui.banner.text()
        assert banner.startswith("Time is up.") and "(attempt " in banner
        qtbot.waitUntil(window.resubmit.isActive, timeout=20_000)
        assert "not submitted yet" in window.ui.banner.text()
        window.grab().save("/tmp/runner-time-up-retrying.png")
        assert row_of(world, attempt_id)["status"] == "in_progress"
        window.go(0)  # nothing moves either
        assert not window.finished and dialogs.notices == []  # nothing to acknowledge: it retries
        with qtbot.waitSignal(window.review_shown, timeout=20_000):
            lock.release()
    row = row_of(world, attempt_id)
    assert row["status"] != "in_progress" and row["finish_reason"] == "time_up"
    assert row["answers"] == {world.ids[MC]: window.pages[go_index(window, MC)].item.choice_order[1]}
    assert row["elapsed"] == 600.0


def go_index(window: RunnerWindow, text: str) -> int:
    assert window.state is not None
    return next(i for i, q in enumerate(window.state.questions) if q.question.text == text)


def test_a_manual_submission_that_fails_unlocks_until_the_time_is_up(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs
) -> None:
    window = open_runner(qtbot, world, world.services.attempts.start(world.student, world.exam_id))
    window.ticker.stop()
    assert window.saver is not None
    window.saver.retry_ms = (10,)
    with write_lock(world, monkeypatch):
        window.submit_action.trigger()
        qtbot.waitUntil(lambda: bool(dialogs.notices), timeout=20_000)
        assert "locked" in dialogs.notices[0][1].lower()
        assert not window.submitting and window.submit_action.isEnabled()  # back to work


def test_a_save_refused_as_too_late_submits_what_was_saved_and_says_which_answers_are_missing(
    qtbot: QtBot, world: World, dialogs: Dialogs
) -> None:
    attempt_id = world.services.attempts.start(world.student, world.exam_id)
    window = open_runner(qtbot, world, attempt_id)
    window.ticker.stop()
    answer(window, MC, 1)
    settle(qtbot, window)
    with world.ctx.uow() as uow:  # another device stored more time than this one shows
        row = uow.attempts.get(attempt_id)
        assert row is not None
        row.elapsed_seconds = 620.0
        uow.commit()
    assert window.ui.clock.text() == "Time left 10:00"
    with qtbot.waitSignal(window.review_shown, timeout=10_000):
        short = type_short(qtbot, window, "Paris")  # refused: the time is up by the service's clock
    assert window.expired and window.ui.clock.text() == "Time left 0:00"
    stored = row_of(world, attempt_id)
    assert stored["finish_reason"] == "time_up" and world.ids[SHORT] not in stored["answers"]  # type: ignore[operator]
    assert window.not_submitted == (short + 1,)
    title, text = dialogs.notices[-1]
    assert title == "Submitted when the time ran out"
    assert f"question {short + 1}." in plural(text) and "1 answer could not be saved" in plural(text)


def test_the_countdown_follows_the_services_clock(qtbot: QtBot, world: World) -> None:
    attempt_id = world.services.attempts.start(world.student, world.exam_id)
    window = open_runner(qtbot, world, attempt_id)
    window.ticker.stop()
    world.clock.advance(60)
    window.poll()
    assert window.ui.clock.text() == "Time left 9:00"
    answer(window, MC, 0)
    settle(qtbot, window)
    assert window.ui.clock.text() == "Time left 9:00"  # within 2 s: left alone
    with world.ctx.uow() as uow:  # another device counted 90 s more
        row = uow.attempts.get(attempt_id)
        assert row is not None
        row.elapsed_seconds = 150.0
        uow.commit()
    warnings: list[float] = []
    window.time_warning.connect(warnings.append)
    answer(window, MC, 1)
    settle(qtbot, window)
    assert window.ui.clock.text() == "Time left 7:30"
    world.clock.advance(180)  # 4:30 left: the 5-minute warning, once
    window.poll()
    window.poll()
    assert warnings == [300.0]


# ---------------------------------------------------------------------------- unsaved answers
@dataclass
class UnsavedAsked:
    numbers: list[tuple[int, ...]]
    errors: list[str]


@pytest.fixture
def unsaved(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[UnsavedAsked, list[Unsaved], list[Lock]]]:
    """UnsavedAnswers.ask recorded; it answers from `answers` and may release `locks` first."""
    asked = UnsavedAsked([], [])
    answers: list[Unsaved] = []
    locks: list[Lock] = []

    def ask(_cls: object, _parent: object, numbers: tuple[int, ...], error: str) -> Unsaved:
        asked.numbers.append(tuple(numbers))
        asked.errors.append(error)
        choice = answers.pop(0)
        if choice is not Unsaved.CANCEL:
            for lock in locks:
                lock.release()
        return choice

    monkeypatch.setattr(UnsavedAnswers, "ask", classmethod(ask))
    yield asked, answers, locks


def test_submit_names_answers_that_cannot_be_saved_and_try_again_saves_them(
    qtbot: QtBot,
    world: World,
    monkeypatch: pytest.MonkeyPatch,
    unsaved: tuple[UnsavedAsked, list[Unsaved], list[Lock]],
) -> None:
    asked, answers, locks = unsaved
    attempt_id = world.services.attempts.start(world.student, world.exam_id)
    window = open_runner(qtbot, world, attempt_id)
    window.ticker.stop()
    assert window.saver is not None
    window.saver.retry_ms = (10, 10)
    answer(window, MC, 1)
    settle(qtbot, window)
    with write_lock(world, monkeypatch) as lock:
        short = type_short(qtbot, window, "Paris")
        settle(qtbot, window)
        assert window.saver.state(world.ids[SHORT]) is SaveState.FAILED
        answers += [Unsaved.CANCEL, Unsaved.RETRY]
        window.submit_action.trigger()  # tries the save twice more, then asks
        qtbot.waitUntil(lambda: len(asked.numbers) == 1, timeout=20_000)
        assert asked.numbers == [(short + 1,)] and "locked" in asked.errors[0].lower()
        assert not window.submitting and window.submit_action.isEnabled()  # Keep Working: back to it
        locks.append(lock)  # "Try Again" after the other program let go
        with qtbot.waitSignal(window.review_shown, timeout=20_000):
            window.submit_action.trigger()
    assert asked.numbers == [(short + 1,), (short + 1,)]
    row = row_of(world, attempt_id)
    assert row["status"] == "submitted" and row["answers"][world.ids[SHORT]] == "Paris"  # type: ignore[index]


def test_submit_without_them_submits_what_was_saved(
    qtbot: QtBot,
    world: World,
    monkeypatch: pytest.MonkeyPatch,
    unsaved: tuple[UnsavedAsked, list[Unsaved], list[Lock]],
    dialogs: Dialogs,
) -> None:
    asked, answers, locks = unsaved
    attempt_id = world.services.attempts.start(world.student, world.exam_id)
    window = open_runner(qtbot, world, attempt_id)
    window.ticker.stop()
    assert window.saver is not None
    window.saver.retry_ms = (10,)
    answer(window, MC, 1)
    settle(qtbot, window)
    with write_lock(world, monkeypatch) as lock:
        type_short(qtbot, window, "Paris")
        settle(qtbot, window)
        answers.append(Unsaved.SUBMIT)
        locks.append(lock)  # the submission itself can write (the answer was not retried)
        with qtbot.waitSignal(window.review_shown, timeout=20_000):
            window.submit_action.trigger()
    assert len(asked.numbers) == 1
    row = row_of(world, attempt_id)
    assert row["status"] == "submitted" and world.ids[SHORT] not in row["answers"]  # type: ignore[operator]
    assert world.ids[MC] in row["answers"]  # type: ignore[operator]
    assert dialogs.notices == []  # the student chose it: nothing more to say


def test_the_unsaved_answers_dialog(qtbot: QtBot) -> None:
    dialog = UnsavedAnswers((3, 5), "The database is locked.")
    qtbot.addWidget(dialog)
    dialog.show()
    texts = plural(" ".join(label.text() for label in dialog.findChildren(QLabel)))
    assert "2 answers could not be saved: questions 3, 5." in texts and "The database is locked." in texts
    assert dialog.retry_button.isDefault() and dialog.submit_button.text() == "&Submit Without Them"
    assert unnamed_interactive(dialog) == []
    dialog.submit_button.click()
    assert dialog.answer is Unsaved.SUBMIT
    dialog.grab().save("/tmp/runner-unsaved-dialog.png")


# ---------------------------------------------------------------------------- full screen
@pytest.fixture
def fullscreen_world(ctx: AppContext, tasks: TaskRunner) -> Iterator[World]:
    yield make_world(ctx, tasks, rules=ExamRules(fullscreen=True))
    tasks.wait()


def summary_of(world: World, attempt_id: str) -> AttemptSummary:
    rows = world.teacher_services.results.exam_attempts(TEACHER, world.exam_id)
    return next(a for a in rows if a.attempt_id == attempt_id)


def test_full_screen_mode_records_each_time_the_window_is_left(
    qtbot: QtBot, fullscreen_world: World, dialogs: Dialogs
) -> None:
    world = fullscreen_world
    attempt_id = world.services.attempts.start(world.student, world.exam_id)
    window = open_runner(qtbot, world, attempt_id)
    window.ticker.stop()
    assert window.state is not None and window.state.fullscreen
    assert window.isFullScreen() and window.ui.fullscreen_note.isVisible()
    assert window.ui.fullscreen_note.text() == "Full-screen exam: leaving this window is recorded"
    activate(qtbot, window)
    other = QWidget()
    other.setWindowTitle("Another program")
    qtbot.addWidget(other)
    other.show()
    activate(qtbot, other)  # the student goes elsewhere...
    world.clock.advance(65)
    with qtbot.waitSignal(window.away_recorded, timeout=10_000) as recorded:
        activate(qtbot, window)  # ...and comes back after 65 s
    assert recorded.args == [65.0]
    away = summary_of(world, attempt_id).away
    assert len(away) == 1 and away[0].seconds == 65.0
    assert away[0].left_at == world.clock.now() - timedelta(seconds=65)

    window.showMinimized()  # minimised
    world.clock.advance(10)
    with qtbot.waitSignal(window.away_recorded, timeout=10_000):
        window.showFullScreen()
        activate(qtbot, window)
    window.grab().save("/tmp/runner-fullscreen.png")

    dialogs.answer = False  # the runner's own dialog is not leaving it
    window.ask_submit()
    activate(qtbot, other)  # away when the submission starts: recorded before the attempt closes
    world.clock.advance(30)
    dialogs.answer = True
    with qtbot.waitSignal(window.review_shown, timeout=10_000):
        window.ask_submit()
    assert not window.isFullScreen()  # the review is read in a normal window
    summary = summary_of(world, attempt_id)
    assert [e.seconds for e in summary.away] == [65.0, 10.0, 30.0] and summary.away_seconds == 105.0
    model = exam_attempts_model()
    model.set_rows([summary])
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    left = column.index("Left window")
    assert model.index(0, left).data() == "3× · 1:45"
    assert plural(model.index(0, left).data(Qt.ItemDataRole.AccessibleTextRole)) == (
        "Left the window 3 times, 1 min 45 s in all"
    )


def test_practice_of_a_full_screen_exam_is_not_full_screen(qtbot: QtBot, fullscreen_world: World) -> None:
    world = fullscreen_world
    window = open_runner(
        qtbot, world, world.services.attempts.start(world.student, world.exam_id, "practice")
    )
    assert window.state is not None and not window.state.fullscreen
    assert not window.isFullScreen() and not window.ui.fullscreen_note.isVisible() and window.away is None


def test_the_left_window_column_sorts_by_time_away(qtmodeltester: object) -> None:
    start = datetime(2026, 3, 1, 9, tzinfo=UTC)

    def attempt(n: int, *seconds: float) -> AttemptSummary:
        away = tuple(AwayEvent(start, s) for s in seconds)
        return AttemptSummary(
            f"a{n}", "e", "Exam", f"S{n}", "exam", "submitted", 50, True, start, start, 60.0, away
        )

    model = exam_attempts_model()
    model.set_rows([attempt(0, 5.0, 5.0), attempt(1), attempt(2, 125.0)])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole + 2)
    left = model.columnCount() - 1
    proxy.sort(left, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, left).data() for r in range(3)] == ["1× · 2:05", "2× · 0:10", ""]


# ---------------------------------------------------------------------------- practice check
def test_practice_feedback_comes_with_the_checked_question_the_runner_has_no_key(
    qtbot: QtBot, world: World
) -> None:
    window = open_runner(
        qtbot, world, world.services.attempts.start(world.student, world.exam_id, "practice")
    )
    assert window.state is not None
    assert not any(has_key(item.question) for item in window.state.questions)
    answer(window, MC, go_choice(window, MC, 1))
    with qtbot.waitSignal(window.checked, timeout=10_000):
        window.check_action.trigger()
    page = window.current_page()
    assert page is not None and "Yes: two and two make four." in page.feedback.text()


def go_choice(window: RunnerWindow, text: str, authored: int) -> int:
    go_to(window, text)
    page = window.current_page()
    assert page is not None
    return list(page.item.choice_order).index(authored)


def test_checking_while_an_exam_attempt_is_in_progress_is_refused(qtbot: QtBot, world: World) -> None:
    practice = world.services.attempts.start(world.student, world.exam_id, "practice")
    window = open_runner(qtbot, world, practice)
    world.services.attempts.start(world.student, world.exam_id, "exam")
    answer(window, TF, 0)
    settle(qtbot, window)
    page = window.current_page()
    assert page is not None
    window.check_action.trigger()
    qtbot.waitUntil(page.feedback.isVisible, timeout=10_000)
    assert "exam attempt of this exam in progress" in page.feedback.text()


# ---------------------------------------------------------------------------- the home page
def open_home(qtbot: QtBot, world: World) -> StudentHomePage:
    home = StudentHomePage(world.services)
    qtbot.addWidget(home)
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.show()
    return home


def finish(world: World, answers: dict[str, object]) -> None:
    s = world.services.attempts
    attempt_id = s.start(world.student, world.exam_id)
    s.save(world.student, attempt_id, answers={world.ids[k]: v for k, v in answers.items()})
    s.submit(world.student, attempt_id)


def test_home_shows_the_grade_that_counts_attempts_left_and_the_time_with_extra_time(
    qtbot: QtBot, ctx: AppContext, tasks: TaskRunner
) -> None:
    closes = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)
    world = make_world(ctx, tasks, rules=ExamRules(max_attempts=3, grading_method="first", closes_at=closes))
    world.teacher_services.library.set_extra_time(TEACHER, world.exam_id, world.student.user_id, 1.5)
    finish(world, {MC: 1, TF: True})
    finish(world, {MC: 1})
    home = open_home(qtbot, world)
    exam = home.selected_exam()
    assert exam is not None and exam.grade is not None
    row = [home.proxy.index(0, c).data() for c in range(home.model.columnCount())]
    assert row[2] == "15 min" and row[4] == "2 of 3" and row[5] == f"{exam.grade}%"
    details = plural(home.details.text())
    assert f"your grade {exam.grade}% (first of 2 attempts)" in details and "1 attempt left" in details
    assert "15 minutes with your extra time" in details and "closes " in details
    assert home.start_button.isEnabled() and not home.not_open.isVisibleTo(home)
    tasks.wait()


def test_home_shows_why_an_exam_cannot_start_and_disables_start(
    qtbot: QtBot, ctx: AppContext, tasks: TaskRunner
) -> None:
    opens = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)  # the world's clock says 26 November
    world = make_world(ctx, tasks, rules=ExamRules(opens_at=opens, practice_allowed=False, fullscreen=True))
    home = open_home(qtbot, world)
    exam = home.selected_exam()
    assert exam is not None and exam.not_open.startswith("This exam opens at")
    assert not home.start_button.isEnabled() and home.start_button.toolTip() == exam.not_open
    assert home.not_open.isVisibleTo(home) and home.not_open.text() == exam.not_open
    assert "no practice for this exam" in home.details.text()
    home.start_selected()  # (Enter on the row): nothing starts
    home.resize(900, 420)
    home.grab().save("/tmp/runner-home-not-open.png")
    assert home.runner is None
    tasks.wait()


def test_home_says_a_full_screen_exam_records_leaving_and_the_start_button_says_so(
    qtbot: QtBot, fullscreen_world: World
) -> None:
    home = open_home(qtbot, fullscreen_world)
    assert home.fullscreen_note.isVisibleTo(home)
    assert "every time you leave its window" in home.fullscreen_note.text().lower()
    exam = home.selected_exam()
    assert exam is not None
    dialog = StartDialog(exam)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fullscreen_note.isVisible() and dialog.start_button.text() == "&Start Full-Screen Exam"
    dialog.grab().save("/tmp/runner-start-fullscreen.png")
    dialog.practice_mode.click()  # practice is not full screen
    assert not dialog.fullscreen_note.isVisible() and dialog.start_button.text() == "&Start"
    home.grab().save("/tmp/runner-home-fullscreen.png")


def test_start_dialog_offers_only_what_the_rules_allow(qtbot: QtBot) -> None:
    no_practice = HomeExam(
        "e", "Algebra", "", 3, 30, 50, 0, None, ExamRules(practice_allowed=False), practice_offered=False
    )
    dialog = StartDialog(no_practice)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.practice_mode.isVisible() and dialog.no_practice.isVisible()
    assert dialog.choice() == StartChoice("exam")
    closed = HomeExam(
        "c", "Closed", "", 3, 30, 50, 1, 70, ExamRules(), 0, 1800, "You have used every attempt."
    )
    dialog = StartDialog(closed)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.exam_mode.isEnabled() and dialog.not_open.isVisible()
    assert dialog.not_open.text() == "You have used every attempt."
    assert dialog.choice() == StartChoice("practice") and dialog.start_button.isEnabled()


def test_the_home_page_screenshot(qtbot: QtBot, ctx: AppContext, tasks: TaskRunner) -> None:
    world = make_world(ctx, tasks, rules=ExamRules(max_attempts=3, fullscreen=True))
    world.teacher_services.library.set_extra_time(TEACHER, world.exam_id, world.student.user_id, 1.25)
    finish(world, {MC: 1, TF: True})
    home = open_home(qtbot, world)
    home.resize(900, 520)
    QApplication.processEvents()
    home.grab().save("/tmp/runner-home.png")
    tasks.wait()
