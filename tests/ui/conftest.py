"""UI fixtures: an opened app context on a temporary data folder, account services on a secrets
file there (never the real keyring), an administrator, and a main window.

Four guards keep tests honest and quick:
- Python's cyclic garbage collector runs only on the GUI thread (as `GuiGarbageCollector` does
  in the app), at the end of each test: run automatically it can free a dialog on the
  database worker, which crashes Qt;
- Argon2 runs with small parameters (the services' own tests use the real ones), so a UI
  test that signs in costs milliseconds, not ~120 ms per hash;
- message boxes go through `MessageDialog.ask`, recorded by the `messages` fixture;
- a modal `exec()` that a test did not replace through a dialog's `ask` fails at once
  instead of waiting for a click that never comes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from examhub_desktop.services.app import AppContext, open_app
from examhub_desktop.services.permissions import Principal
from examhub_desktop.services.secrets import FileStore
from examhub_desktop.services.settings import AppSettings
from examhub_desktop.ui import i18n
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.app import build_main_window
from examhub_desktop.ui.main_window import MainWindow
from examhub_desktop.ui.messages import MessageDialog
from examhub_desktop.ui.runner.dialogs import Confirm, Notice
from examhub_desktop.ui.tasks import TaskRunner
from tests.ui.mailbox import Inbox, running_inbox
from tests.ui.runner_support import Dialogs, World, make_world

GOOD = "violet-harbour-42"
ADMIN_EMAIL = "teacher@school.org"


@pytest.fixture(autouse=True)
def collect_on_gui_thread() -> Iterator[None]:
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        gc.enable()


@pytest.fixture(autouse=True)
def quick_hashes(fast_hashing: None) -> None:
    """Every window test hashes with tests/conftest.py's small Argon2 parameters."""


@pytest.fixture(autouse=True)
def no_unexpected_modal(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: QDialog, *args: Any) -> int:
        raise AssertionError(f"unexpected modal dialog {type(self).__name__}: replace its ask() in the test")

    monkeypatch.setattr(QDialog, "exec", refuse)


class Messages:
    """What `MessageDialog.ask` was asked; `answer` is what every confirmation returns."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer = True

    def ask(
        self, parent: object, title: str, text: str, *, kind: str = "info", confirm: str | None = None
    ) -> bool:
        self.shown.append((title, text))
        return self.answer if confirm is not None else True

    @property
    def texts(self) -> list[str]:
        return [text for _title, text in self.shown]


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    recorder = Messages()
    monkeypatch.setattr(MessageDialog, "ask", classmethod(lambda cls, *a, **kw: recorder.ask(*a, **kw)))
    return recorder


@pytest.fixture
def english(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The English catalog installed, as the app does on an English system: it holds the real
    English plural forms ("1 question", "2 points") of source texts written "%n question(s)"."""
    monkeypatch.delenv(i18n.ENV_LANGUAGE, raising=False)
    i18n.install_translations(qapp, language="en")
    yield
    i18n.remove_translations(qapp)


@pytest.fixture
def world(ctx: AppContext, tasks: TaskRunner) -> Iterator[World]:
    """The runner's tests' world (tests/ui/runner_support.py): a published exam and a student."""
    yield make_world(ctx, tasks)
    tasks.wait()


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """The runner's Confirm and Notice, recorded (and Confirm answered) instead of shown."""
    recorder = Dialogs()
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a, **kw: recorder.confirm(*a, **kw)))
    monkeypatch.setattr(Notice, "ask", classmethod(lambda cls, *a, **kw: recorder.notice(*a, **kw)))
    return recorder


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[AppContext]:
    context = open_app(data_dir)
    yield context
    context.close()


@pytest.fixture
def accounts(ctx: AppContext) -> AccountServices:
    return AccountServices.open(ctx, FileStore(ctx.data_dir))


@pytest.fixture
def admin(accounts: AccountServices) -> Principal:
    return accounts.auth.create_first_admin(None, ADMIN_EMAIL, "Ms Teacher", GOOD)


@pytest.fixture
def main_window(
    qtbot: QtBot, ctx: AppContext, accounts: AccountServices, admin: Principal
) -> Iterator[MainWindow]:
    window = build_main_window(ctx, admin, accounts=accounts)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.overview.counts_loaded, timeout=10_000):
        window.show()
    yield window
    window.tasks.wait()


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture
def inbox() -> Iterator[Inbox]:
    with running_inbox() as box:
        yield box


@pytest.fixture
def mail_on(accounts: AccountServices, admin: Principal, inbox: Inbox) -> Inbox:
    """SMTP set up (and self-registration allowed) through the settings service."""
    accounts.settings.save(admin, AppSettings(True, inbox.settings()))
    return inbox
