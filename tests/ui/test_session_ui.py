"""The start-up flow and the signed-in window: first run, kept sessions, roles, the forced
password change, and signing out back to the sign-in dialog in the same process.

Dialogs are replaced through their `ask` classmethods; where the dialog itself matters the
replacement drives the real dialog.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from examhub_desktop.services.app import AppContext
from examhub_desktop.services.auth import AuthService
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.secrets import REFRESH_SECRET, FileStore
from examhub_desktop.services.start import StartForecast, StartService
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.accounts.first_run import FirstRunDialog
from examhub_desktop.ui.accounts.own_account import ChangePasswordDialog, ProfileDialog
from examhub_desktop.ui.accounts.session import SESSION_ENDED, SessionController
from examhub_desktop.ui.accounts.settings_dialog import SettingsDialog
from examhub_desktop.ui.accounts.sign_in import SignInDialog
from examhub_desktop.ui.app import settings_for
from examhub_desktop.ui.main_window import MainWindow
from examhub_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import ADMIN_EMAIL, GOOD, Messages

NEW = "quiet-lantern-river-7"


class Asked:
    """Replaces a dialog's ask(): records the call and answers from a list of functions."""

    def __init__(self, *answers: Callable[..., Any]) -> None:
        self.answers = list(answers)
        self.calls: list[dict[str, Any]] = []

    def __call__(self, cls: type, parent: object, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        if not self.answers:
            raise AssertionError(f"{cls.__name__}.ask was not expected again")
        return self.answers.pop(0)(*args, **kwargs)


def patch_ask(monkeypatch: pytest.MonkeyPatch, dialog: type, *answers: Callable[..., Any]) -> Asked:
    asked = Asked(*answers)
    monkeypatch.setattr(dialog, "ask", classmethod(asked))
    return asked


def gate_sign_in(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Hold the real sign-in on the worker until the returned event is set, so a test can look
    at the forecast's shell before a fast worker completes the window."""
    gate = threading.Event()
    resume = AuthService.resume_session

    def gated_resume(service: AuthService, actor: Principal | None) -> Principal | None:
        assert gate.wait(10), "the test never released the sign-in"
        return resume(service, actor)

    monkeypatch.setattr(AuthService, "resume_session", gated_resume)
    return gate


class Session:
    """A controller as run_gui makes it, with its windows closed at the end of the test."""

    def __init__(self, qtbot: QtBot, ctx: AppContext, accounts: AccountServices) -> None:
        self.qtbot, self.ctx, self.accounts = qtbot, ctx, accounts
        self.tasks = TaskRunner()
        self.controllers: list[SessionController] = []
        self.windows: list[MainWindow] = []

    def new(self, accounts: AccountServices | None = None) -> SessionController:
        controller = SessionController(
            self.ctx, accounts or self.accounts, settings_for(self.ctx.data_dir), self.tasks
        )
        controller.window_shown.connect(self.windows.append)
        self.controllers.append(controller)
        return controller

    def start(self, controller: SessionController) -> bool:
        """Run the (asynchronous) start-up flow to its end: a window shown (True) or nobody (False)."""
        outcome: list[bool] = []
        controller.window_shown.connect(lambda _w: outcome.append(True))
        controller.finished.connect(lambda: outcome.append(False))
        controller.start()
        self.qtbot.waitUntil(lambda: bool(outcome), timeout=20_000)
        return outcome[0]

    def close(self) -> None:
        for window in self.windows:
            if shiboken6.isValid(window):  # a signed-out window was deleted already
                window.close()
                window.deleteLater()
        self.tasks.wait()


@pytest.fixture
def session(qtbot: QtBot, ctx: AppContext, accounts: AccountServices) -> Iterator[Session]:
    s = Session(qtbot, ctx, accounts)
    yield s
    s.close()


def signs_in(
    accounts: AccountServices, email: str, password: str, *, keep: bool = False
) -> Callable[..., Principal]:
    return lambda *args, **kwargs: accounts.auth.sign_in(None, email, password, keep_signed_in=keep)


def nav_titles(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


# ---------------------------------------------------------------------------- start
def test_first_start_creates_the_administrator_and_opens_the_window(
    session: Session, accounts: AccountServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = patch_ask(
        monkeypatch,
        FirstRunDialog,
        lambda *a, **kw: accounts.auth.create_first_admin(None, ADMIN_EMAIL, "Ms Teacher", GOOD),
    )
    patch_ask(monkeypatch, SignInDialog)  # must not be asked
    controller = session.new()
    assert session.start(controller)
    window = controller.window
    assert window is not None and window.isVisible() and len(first.calls) == 1
    assert window.principal.role is Role.ADMIN
    assert window.account_ui.user_label.text() == "Signed in as Ms Teacher (teacher)"
    assert nav_titles(window) == ["Overview", "Library", "Attempts", "People"]
    assert window.account_ui.settings_action is not None
    assert window.account_ui.settings_action.shortcut() == QKeySequence("Ctrl+,")


def test_cancelled_first_run_ends_the_app(
    session: Session, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    patch_ask(monkeypatch, FirstRunDialog, lambda *a, **kw: None)
    controller = session.new()
    with qtbot.waitSignal(controller.finished, timeout=1000):
        assert not session.start(controller)
    assert controller.window is None


def test_keep_signed_in_resumes_at_the_next_start(
    session: Session,
    accounts: AccountServices,
    admin: Principal,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    def real_dialog(accounts_: AccountServices, tasks: TaskRunner, **kw: str) -> Principal:
        dialog = SignInDialog(None, accounts_, tasks, **kw)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.options_loaded, timeout=10_000):
            dialog.show()
        assert dialog.email.text() == "", "nobody signed in on this device yet"
        dialog.email.setText(ADMIN_EMAIL)
        dialog.password.setText(GOOD)
        dialog.keep.setChecked(True)
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            dialog.ok_button.click()
        return dialog.value  # type: ignore[no-any-return]

    patch_ask(monkeypatch, SignInDialog, real_dialog)
    controller = session.new()
    assert session.start(controller) and controller.window is not None
    controller.window.close()

    # the next start: a new controller on the same device and database resumes without asking
    patch_ask(monkeypatch, SignInDialog)
    again = session.new(AccountServices.open(accounts.ctx, FileStore(accounts.ctx.data_dir)))
    assert session.start(again) and again.window is not None
    assert again.window.principal.user_id == admin.user_id


def test_a_kept_session_shows_the_window_first_and_completes_it_once_signed_in(
    session: Session,
    accounts: AccountServices,
    admin: Principal,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    accounts.auth.sign_in(None, ADMIN_EMAIL, GOOD, keep_signed_in=True)
    token = accounts.store.get(REFRESH_SECRET)
    patch_ask(monkeypatch, SignInDialog)  # must not be asked
    gate = gate_sign_in(monkeypatch)
    controller = session.new()
    assert session.start(controller)
    window = controller.window
    assert window is not None and window.isVisible() and window.principal.user_id == admin.user_id
    assert not window.is_complete and nav_titles(window) == ["Overview"], "the shell, from the forecast"
    assert window.account_ui is None
    with qtbot.waitSignal(window.completed, timeout=10_000):
        gate.set()
    assert nav_titles(window) == ["Overview", "Library", "Attempts", "People"]
    assert window.account_ui is not None
    assert window.account_ui.user_label.text() == "Signed in as Ms Teacher (teacher)"
    assert accounts.store.get(REFRESH_SECRET) not in (None, token), "the real sign-in rotated the token"


def test_a_session_revoked_after_the_forecast_closes_the_window_and_says_why(
    session: Session,
    accounts: AccountServices,
    admin: Principal,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    accounts.auth.sign_in(None, ADMIN_EMAIL, GOOD, keep_signed_in=True)
    forecast = StartService.forecast

    def forecast_then_revoke(service: StartService, actor: Principal | None) -> StartForecast | None:
        seen = forecast(service, actor)
        with accounts.ctx.uow() as uow:  # meanwhile, on another device: "sign out everywhere"
            uow.refresh_tokens.delete_for_user(admin.user_id)
            uow.commit()
        return seen

    monkeypatch.setattr(StartService, "forecast", forecast_then_revoke)
    asked = patch_ask(monkeypatch, SignInDialog, lambda *a, **kw: None)  # who sees it quits
    controller = session.new()
    assert session.start(controller)
    window = controller.window
    assert window is not None and not window.is_complete
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        pass
    assert asked.calls == [{"email": ADMIN_EMAIL, "notice": SESSION_ENDED}]
    assert controller.window is None and accounts.store.get(REFRESH_SECRET) is None


def test_a_student_with_a_kept_session_starts_on_their_exams(
    session: Session,
    accounts: AccountServices,
    admin: Principal,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    from examhub_desktop.ui.runner.home import StudentHomePage

    accounts.users.create_user(admin, "pupil@school.org", "Pupil", Role.STUDENT, GOOD)
    accounts.auth.sign_in(None, "pupil@school.org", GOOD, keep_signed_in=True)
    gate = gate_sign_in(monkeypatch)
    controller = session.new()
    assert session.start(controller)
    window = controller.window
    assert window is not None and not window.is_complete, nav_titles(window)
    assert window.showing_placeholder(), window.pages.currentWidget()
    assert nav_titles(window) == ["Overview", "Exams"] and window.nav.currentItem().text() == "Exams"
    with qtbot.waitSignal(window.completed, timeout=10_000):
        gate.set()
    assert not window.showing_placeholder()
    assert nav_titles(window) == ["Overview", "Exams", "My Results"]
    assert isinstance(window.pages.currentWidget(), StudentHomePage)
    assert window.nav.currentItem().text() == "Exams"


def test_without_keep_signed_in_the_next_start_asks_again(
    session: Session, accounts: AccountServices, admin: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = patch_ask(monkeypatch, SignInDialog, signs_in(accounts, ADMIN_EMAIL, GOOD), lambda *a, **kw: None)
    controller = session.new()
    assert session.start(controller) and controller.window is not None
    controller.window.close()
    assert not session.start(session.new())
    assert asked.calls[1]["email"] == ADMIN_EMAIL, "the last e-mail is filled in"


def test_students_get_neither_people_nor_settings(
    session: Session, accounts: AccountServices, admin: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    accounts.users.create_user(admin, "pupil@school.org", "Pupil", Role.STUDENT, GOOD)
    patch_ask(monkeypatch, SignInDialog, signs_in(accounts, "pupil@school.org", GOOD))
    controller = session.new()
    assert session.start(controller)
    window = controller.window
    assert window is not None and window.principal.role is Role.STUDENT
    assert nav_titles(window) == ["Overview", "Exams", "My Results"]
    assert window.account_ui.people is None and window.account_ui.settings_action is None
    edit_texts = [a.text() for a in window.edit_menu.actions()]
    assert "&Settings…" not in edit_texts and not window.backup_action.isVisible()
    assert window.overview.backup_button.isHidden()
    assert window.account_ui.user_label.text() == "Signed in as Pupil (student)"
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Account", "&Help"]


def test_a_one_time_password_must_be_changed_after_sign_in(
    session: Session,
    accounts: AccountServices,
    admin: Principal,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    student, _ = accounts.users.create_user(admin, "pupil@school.org", "Pupil", Role.STUDENT, GOOD)
    one_time = accounts.users.reset_password(admin, student.id)

    def change(
        accounts_: AccountServices, tasks: TaskRunner, principal: Principal, *, forced: bool
    ) -> Principal:
        assert forced and principal.must_change_password
        dialog = ChangePasswordDialog(None, accounts_, tasks, principal, forced=True)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.cancel_button.text() == "Sign &Out"
        dialog.current.setText(one_time)
        dialog.password.setText(NEW)
        dialog.repeat.setText(NEW)
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            dialog.ok_button.click()
        return dialog.value  # type: ignore[no-any-return]

    # first the student refuses to choose a password: signed out, and asked to sign in again
    sign_in = patch_ask(
        monkeypatch,
        SignInDialog,
        signs_in(accounts, "pupil@school.org", one_time),
        signs_in(accounts, "pupil@school.org", one_time),
    )
    changes = patch_ask(monkeypatch, ChangePasswordDialog, lambda *a, **kw: None, change)
    controller = session.new()
    assert session.start(controller)
    assert len(changes.calls) == 2 and "choose a new password" in sign_in.calls[1]["notice"]
    window = controller.window
    assert window is not None and not window.principal.must_change_password
    assert accounts.auth.sign_in(None, "pupil@school.org", NEW).user_id == student.id


# ---------------------------------------------------------------------------- signing out
def test_sign_out_returns_to_the_sign_in_dialog(
    session: Session,
    accounts: AccountServices,
    admin: Principal,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    asked = patch_ask(
        monkeypatch,
        SignInDialog,
        signs_in(accounts, ADMIN_EMAIL, GOOD, keep=True),
        signs_in(accounts, ADMIN_EMAIL, GOOD),
        lambda *a, **kw: None,
    )
    controller = session.new()
    assert session.start(controller)
    first = controller.window
    assert first is not None and accounts.store.get("refresh-token")
    with qtbot.waitSignal(controller.window_shown, timeout=10_000) as shown:
        first.account_ui.sign_out_action.trigger()
    assert shown.args[0] is not first and not (shiboken6.isValid(first) and first.isVisible())
    assert asked.calls[1]["notice"] == "Ms Teacher signed out."
    assert accounts.store.get("refresh-token") is None, "this device's kept session ended"
    second = controller.window
    assert second is not None
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        second.account_ui.sign_out_action.trigger()  # ... and this time nobody signs in
    assert controller.window is None


def test_sign_out_everywhere_ends_other_devices(
    english: None,
    session: Session,
    ctx: AppContext,
    accounts: AccountServices,
    admin: Principal,
    monkeypatch: pytest.MonkeyPatch,
    messages: Messages,
    qtbot: QtBot,
) -> None:
    other = AccountServices.open(ctx, FileStore(ctx.data_dir / "other-device"))
    other.auth.sign_in(None, ADMIN_EMAIL, GOOD, keep_signed_in=True)
    asked = patch_ask(
        monkeypatch, SignInDialog, signs_in(accounts, ADMIN_EMAIL, GOOD, keep=True), lambda *a, **kw: None
    )
    controller = session.new()
    assert session.start(controller) and controller.window is not None
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.window.account_ui.everywhere_action.trigger()
    assert messages.shown[0][0] == "Sign Out Everywhere"
    assert asked.calls[1]["notice"] == "You signed out everywhere (2 kept sessions ended)."
    assert other.auth.resume_session(None) is None


def test_profile_and_settings_from_the_menus(
    main_window: MainWindow, accounts: AccountServices, admin: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    patch_ask(monkeypatch, ProfileDialog, lambda a, t, p: accounts.auth.update_profile(p, "Mrs Teacher"))
    main_window.account_ui.profile_action.trigger()
    assert main_window.principal.full_name == "Mrs Teacher"
    assert main_window.account_ui.user_label.text() == "Signed in as Mrs Teacher (teacher)"
    settings = patch_ask(
        monkeypatch, SettingsDialog, lambda a, t, p, device_settings: accounts.settings.get(p)
    )
    assert main_window.account_ui.settings_action is not None
    main_window.account_ui.settings_action.trigger()
    assert len(settings.calls) == 1 and main_window.statusBar().currentMessage() == "Settings saved."
    assert settings.calls[0]["device_settings"] is main_window.settings  # for the language choice


def test_expired_tokens_are_purged_once_the_window_is_up(
    session: Session,
    accounts: AccountServices,
    admin: Principal,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    from datetime import UTC, datetime, timedelta

    from examhub_desktop.db.models import RefreshToken
    from examhub_desktop.ui.accounts import session as session_module

    with accounts.ctx.uow() as uow:
        uow.refresh_tokens.add(
            RefreshToken(user_id=admin.user_id, token="old", expires_at=datetime.now(UTC) - timedelta(days=1))
        )
        uow.commit()
    monkeypatch.setattr(session_module, "PURGE_AFTER_MS", 0)
    patch_ask(monkeypatch, SignInDialog, signs_in(accounts, ADMIN_EMAIL, GOOD))
    controller = session.new()
    assert session.start(controller)

    def purged() -> bool:
        with accounts.ctx.uow() as uow:
            return uow.refresh_tokens.by_token("old") is None

    qtbot.waitUntil(purged, timeout=10_000)


def test_start_returns_at_once_and_the_window_follows(
    session: Session, accounts: AccountServices, admin: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No step of the start-up flow waits for the database on the GUI thread (no nested loop)."""
    patch_ask(monkeypatch, SignInDialog, signs_in(accounts, ADMIN_EMAIL, GOOD))
    controller = session.new()
    shown: list[MainWindow] = []
    controller.window_shown.connect(shown.append)
    controller.start()
    assert shown == [] and controller.window is None and session.tasks.pending > 0
    session.qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown[0].principal.user_id == admin.user_id
