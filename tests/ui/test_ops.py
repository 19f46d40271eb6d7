"""The one failure policy of `ui.ops.Op`: success, known error, bug, late result, changes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from examhub_desktop.services.app import AppContext
from examhub_desktop.services.errors import DatabaseProblem, NotFound
from examhub_desktop.ui.changes import EXAMS, QUESTIONS, Changes
from examhub_desktop.ui.main_window import MainWindow
from examhub_desktop.ui.ops import Latest, Op, owner_gone, retire
from examhub_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import Messages


def settle(qtbot: QtBot, tasks: TaskRunner) -> None:
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=10_000)


def test_success_runs_on_the_worker_and_answers_on_the_gui_thread(qtbot: QtBot, tasks: TaskRunner) -> None:
    seen: list[tuple[int, bool]] = []
    gui = threading.get_ident()
    Op(tasks, threading.get_ident).success(
        lambda ident: seen.append((ident, threading.get_ident() == gui))
    ).run()
    settle(qtbot, tasks)
    assert len(seen) == 1 and seen[0][0] != gui and seen[0][1]


def test_cpu_work_runs_on_the_pool(qtbot: QtBot, tasks: TaskRunner) -> None:
    got: list[int] = []
    Op(tasks, lambda: sum(range(1000))).on_pool().success(got.append).run()
    settle(qtbot, tasks)
    assert got == [499500]


def test_changes_are_broadcast_after_success_only(qtbot: QtBot, tasks: TaskRunner) -> None:
    heard: list[Changes] = []
    tasks.changed.connect(heard.append)
    Op(tasks, lambda: 1).changes(EXAMS | QUESTIONS).run()
    Op(tasks, lambda: (_ for _ in ()).throw(NotFound("gone"))).failure(lambda _e: None).changes(EXAMS).run()
    settle(qtbot, tasks)
    assert heard == [Changes(exams=True, questions=True)]
    assert heard[0].touches("questions") and not heard[0].touches("users")
    with pytest.raises(ValueError, match="unknown kinds"):
        heard[0].touches("exam")


def test_a_known_error_goes_to_the_failure_callback(qtbot: QtBot, tasks: TaskRunner) -> None:
    got: list[BaseException] = []

    def refuse() -> None:
        raise NotFound("That exam was deleted.")

    Op(tasks, refuse).success(lambda _r: pytest.fail("no success")).failure(got.append).run()
    settle(qtbot, tasks)
    assert [str(e) for e in got] == ["That exam was deleted."]


def test_a_known_error_without_a_callback_is_shown_naming_the_cause(
    qtbot: QtBot, tasks: TaskRunner, messages: Messages
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)

    def locked() -> None:
        raise DatabaseProblem("The database x.db is locked by another program.", kind="locked")

    Op(tasks, locked, owner).title("Save").run()
    settle(qtbot, tasks)
    assert messages.shown == [("Save", "The database x.db is locked by another program.")]


def test_a_real_sql_bug_is_raised_on_the_gui_thread(
    qtbot: QtBot, tasks: TaskRunner, ctx: AppContext, messages: Messages
) -> None:
    """'no such column' is not a message for the user: it reaches the crash handler."""
    called: list[BaseException] = []

    def broken() -> None:
        with ctx.uow() as uow:
            uow.session.execute(text("SELECT no_such_column FROM users"))

    with qtbot.captureExceptions() as raised:
        Op(tasks, broken).failure(called.append).run()
        settle(qtbot, tasks)
    assert called == [] and messages.shown == []
    assert len(raised) == 1 and isinstance(raised[0][1], DBAPIError)
    assert "no such column" in str(raised[0][1])


def test_a_late_result_for_a_deleted_owner_is_dropped(qtbot: QtBot, tasks: TaskRunner) -> None:
    owner = QWidget()
    gate = threading.Event()
    got: list[object] = []
    Op(tasks, lambda: gate.wait(10), owner).success(got.append).failure(got.append).run()
    owner.deleteLater()
    qtbot.waitUntil(lambda: owner_gone(owner))
    gate.set()
    settle(qtbot, tasks)
    assert got == []


def test_a_retired_owner_gets_neither_results_nor_known_errors(
    qtbot: QtBot, tasks: TaskRunner, messages: Messages
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    got: list[object] = []
    retire(owner)
    Op(tasks, lambda: 1, owner).success(got.append).run()
    Op(tasks, lambda: (_ for _ in ()).throw(NotFound("x")), owner).run()
    settle(qtbot, tasks)
    assert got == [] and messages.shown == []
    retire(owner, False)
    Op(tasks, lambda: 2, owner).success(got.append).run()
    settle(qtbot, tasks)
    assert got == [2]


def test_a_bug_is_raised_even_when_the_owner_is_gone(qtbot: QtBot, tasks: TaskRunner) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    retire(owner)
    with qtbot.captureExceptions() as raised:
        Op(tasks, lambda: 1 / 0, owner).run()
        settle(qtbot, tasks)
    assert len(raised) == 1 and isinstance(raised[0][1], ZeroDivisionError)


def test_latest_only_the_newest_query_answers(qtbot: QtBot, tasks: TaskRunner, tmp_path: Path) -> None:
    gate = threading.Event()
    ran: list[str] = []
    got: list[str] = []
    counter = Latest()

    def query(word: str) -> str:
        ran.append(word)
        return word

    Op(tasks, lambda: gate.wait(10)).run()  # holds the worker while the teacher types
    for word in ("p", "ph", "phy"):
        Op(tasks, lambda w=word: query(w)).latest(counter).success(got.append).run()
    gate.set()
    settle(qtbot, tasks)
    assert ran == ["phy"] and got == ["phy"]


def test_a_write_for_a_gone_owner_still_announces_its_changes(qtbot: QtBot, tasks: TaskRunner) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    retire(owner)
    heard: list[Changes] = []
    got: list[int] = []
    tasks.changed.connect(heard.append)
    Op(tasks, lambda: 1, owner).success(got.append).changes(QUESTIONS).run()
    settle(qtbot, tasks)
    assert got == [] and heard == [QUESTIONS]


def test_after_runs_for_success_known_error_and_bug(qtbot: QtBot, tasks: TaskRunner) -> None:
    """What an op locked (a button, a 'working' flag) is unlocked whatever happened."""
    ended: list[str] = []
    Op(tasks, lambda: 1).after(lambda: ended.append("ok")).run()
    Op(tasks, lambda: (_ for _ in ()).throw(NotFound("x"))).failure(lambda _e: None).after(
        lambda: ended.append("known")
    ).run()
    with qtbot.captureExceptions() as raised:
        Op(tasks, lambda: 1 / 0).after(lambda: ended.append("bug")).run()
        settle(qtbot, tasks)
    assert ended == ["ok", "known", "bug"] and len(raised) == 1


def test_an_ops_changes_reach_the_windows_data_changed(qtbot: QtBot, main_window: MainWindow) -> None:
    """Views listen to `MainWindow.data_changed`; an op announces on the task runner."""
    with qtbot.waitSignal(main_window.data_changed, timeout=10_000) as got:
        Op(main_window.tasks, lambda: None).changes(EXAMS).run()
    assert got.args == [EXAMS]
