"""The People page (administrators): model, search, and every action through the UI."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from examhub_desktop.db.models import ExamAttempt
from examhub_desktop.services.auth import SignInRefused
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.users import UserRow
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.accounts.people_dialogs import NewPersonDialog, OneTimePasswordDialog, RoleDialog
from examhub_desktop.ui.accounts.people_page import PeoplePage
from examhub_desktop.ui.accounts.users_model import ACTIVE, EMAIL, LAST, SORT_ROLE, UsersModel, UsersProxy
from examhub_desktop.ui.changes import USERS
from examhub_desktop.ui.main_window import MainWindow
from tests.ui.conftest import ADMIN_EMAIL, GOOD, Messages


def add_people(accounts: AccountServices, admin: Principal, n: int = 3) -> list[UserRow]:
    return [
        accounts.users.create_user(admin, f"pupil{i}@school.org", f"Pupil {i}", Role.STUDENT, GOOD)[0]
        for i in range(n)
    ]


@pytest.fixture
def page(qtbot: QtBot, main_window: MainWindow, accounts: AccountServices, admin: Principal) -> PeoplePage:
    add_people(accounts, admin)
    people = main_window.account_ui.people
    assert people is not None
    with qtbot.waitSignal(people.rows_loaded, timeout=10_000):
        (item,) = main_window.nav.findItems("People", Qt.MatchFlag.MatchExactly)
        main_window.nav.setCurrentItem(item)  # "People" loads when first shown
    assert main_window.nav.currentItem().text() == "People"
    return people


def rows(page: PeoplePage) -> list[str]:
    return [page.proxy.index(r, EMAIL).data() for r in range(page.proxy.rowCount())]


def select(page: PeoplePage, email: str) -> UserRow:
    (row,) = [page.model.user(r) for r in range(page.model.rowCount()) if page.model.user(r).email == email]
    page.select(row.id)
    current = page.current()
    assert current is not None and current.email == email
    return current


def run_action(qtbot: QtBot, page: PeoplePage, action_name: str) -> None:
    with qtbot.waitSignal(page.rows_loaded, timeout=10_000):
        getattr(page, action_name).trigger()


def test_model_passes_the_model_tester(
    qtmodeltester: object, accounts: AccountServices, admin: Principal
) -> None:
    people = add_people(accounts, admin)
    model = UsersModel()
    model.set_rows(accounts.users.list_users(admin))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    proxy = UsersProxy()
    proxy.setSourceModel(model)
    proxy.sort(LAST, Qt.SortOrder.DescendingOrder)
    proxy.setFilterFixedString("PUPIL 1")
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    assert proxy.rowCount() == 1 and proxy.index(0, EMAIL).data() == people[1].email
    assert model.index(0, ACTIVE).data() == "Active" and isinstance(
        model.index(0, LAST).data(SORT_ROLE), float
    )
    assert model.rowCount(model.index(0, 0)) == 0 and model.data(QModelIndex()) is None


def test_students_and_admins_are_listed_and_searched_as_you_type(
    qtbot: QtBot, english: None, page: PeoplePage
) -> None:
    assert rows(page) == ["pupil0@school.org", "pupil1@school.org", "pupil2@school.org", ADMIN_EMAIL]
    assert page.count_label.text() == "4 people"
    qtbot.keyClicks(page.search, "pupil")
    assert len(rows(page)) == 3 and page.count_label.text() == "3 of 4 shown"
    qtbot.keyClicks(page.search, "2")
    assert rows(page) == ["pupil2@school.org"]
    page.search.clear()
    qtbot.keyClicks(page.search, "ms teach")  # names match too
    assert rows(page) == [ADMIN_EMAIL]
    assert page.proxy.index(0, 2).data() == "Teacher"


# offscreen, a popup menu cannot raise itself or grab the keyboard; only there
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_actions_follow_the_selection_and_are_in_the_context_menu(qtbot: QtBot, page: PeoplePage) -> None:
    page.table.clearSelection()
    assert not page.delete_action.isEnabled() and page.new_action.isEnabled()
    select(page, "pupil0@school.org")
    assert page.delete_action.isEnabled() and page.active_action.text() == "&Deactivate…"
    assert all(not a.shortcut().isEmpty() for a in [page.new_action, *page.selection_actions])
    page.table.clearSelection()
    index = page.proxy.index(2, EMAIL)
    page.table.customContextMenuRequested.emit(page.table.visualRect(index).center())
    assert page.context_menu.isVisible()
    assert [a.text() for a in page.context_menu.actions() if not a.isSeparator()] == [
        "&New Person…",
        "Set &Role…",
        "&Deactivate…",
        "Reset &Password…",
        "Mark E-mail &Verified",
        "De&lete…",
    ]
    current = page.current()
    assert current is not None and current.email == "pupil2@school.org", "right-click selects the row"
    page.context_menu.close()


def test_new_person_gets_a_one_time_password(
    qtbot: QtBot, page: PeoplePage, accounts: AccountServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []

    def fill_in(
        cls: type[NewPersonDialog], parent: object, a: AccountServices, t: object, p: Principal
    ) -> object:
        dialog = NewPersonDialog(page, a, page.tasks, p)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.email.setText("Pupil0@School.org")  # a duplicate, compared case-insensitively
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
        assert "exists already" in dialog.fields["email"].message.text()
        dialog.email.setText("new.pupil@school.org")
        dialog.full_name.setText("New Pupil")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.STUDENT))
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            dialog.ok_button.click()
        return dialog.value

    monkeypatch.setattr(NewPersonDialog, "ask", classmethod(fill_in))
    monkeypatch.setattr(
        OneTimePasswordDialog, "ask", classmethod(lambda cls, parent, e, pw: shown.append((e, pw)))
    )
    run_action(qtbot, page, "new_action")
    ((email, one_time),) = shown
    assert email == "new.pupil@school.org" and "new.pupil@school.org" in rows(page)
    current = page.current()
    assert current is not None and current.email == email and current.must_change_password
    assert accounts.auth.sign_in(None, email, one_time).must_change_password


def test_deactivate_and_activate(
    qtbot: QtBot, page: PeoplePage, accounts: AccountServices, messages: Messages
) -> None:
    select(page, "pupil1@school.org")
    messages.answer = False
    page.active_action.trigger()
    assert page.current() is not None and page.current().is_active, "cancelled: nothing changed"  # type: ignore[union-attr]
    messages.answer = True
    run_action(qtbot, page, "active_action")
    row = page.current()
    assert row is not None and not row.is_active and page.active_action.text() == "&Activate"
    assert page.proxy.index(page.table.currentIndex().row(), ACTIVE).data() == "Deactivated"
    with pytest.raises(SignInRefused, match="deactivated"):
        accounts.auth.sign_in(None, "pupil1@school.org", GOOD)
    run_action(qtbot, page, "active_action")
    assert page.current() is not None and page.current().is_active  # type: ignore[union-attr]


def test_reset_password_shows_a_copyable_one_time_password(
    qtbot: QtBot, page: PeoplePage, accounts: AccountServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs: list[OneTimePasswordDialog] = []

    def show(cls: type[OneTimePasswordDialog], parent: object, email: str, password: str) -> None:
        dialog = OneTimePasswordDialog(None, email, password)
        qtbot.addWidget(dialog)
        dialog.copy_button.click()
        dialogs.append(dialog)

    monkeypatch.setattr(OneTimePasswordDialog, "ask", classmethod(show))
    select(page, "pupil2@school.org")
    run_action(qtbot, page, "reset_action")
    (dialog,) = dialogs
    one_time = dialog.password.text()
    assert dialog.password.isReadOnly() and len(one_time) == 14
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == one_time
    with pytest.raises(SignInRefused):
        accounts.auth.sign_in(None, "pupil2@school.org", GOOD)
    assert accounts.auth.sign_in(None, "pupil2@school.org", one_time).must_change_password


def test_set_role_and_mark_verified(
    qtbot: QtBot, page: PeoplePage, monkeypatch: pytest.MonkeyPatch, main_window: MainWindow
) -> None:
    monkeypatch.setattr(RoleDialog, "ask", classmethod(lambda cls, parent, row: Role.ADMIN))
    select(page, "pupil0@school.org")
    run_action(qtbot, page, "role_action")
    row = page.current()
    assert row is not None and row.role is Role.ADMIN
    assert main_window.statusBar().currentMessage() == "pupil0@school.org is now a teacher."
    assert page.verify_action.isEnabled()
    run_action(qtbot, page, "verify_action")
    row = page.current()
    assert row is not None and row.email_verified and not page.verify_action.isEnabled()


def test_refusals_show_the_services_message(
    qtbot: QtBot, page: PeoplePage, messages: Messages, monkeypatch: pytest.MonkeyPatch
) -> None:
    select(page, ADMIN_EMAIL)
    page.active_action.trigger()  # confirmed by `messages`, refused by the service
    qtbot.waitUntil(lambda: len(messages.shown) == 2, timeout=10_000)
    assert messages.shown[1] == (
        "Deactivate",
        f"{ADMIN_EMAIL} is the last active administrator; make someone else an administrator first.",
    )
    assert page.current() is not None and page.current().is_active and page.delete_action.isEnabled()  # type: ignore[union-attr]
    monkeypatch.setattr(RoleDialog, "ask", classmethod(lambda cls, parent, row: Role.STUDENT))
    page.role_action.trigger()
    qtbot.waitUntil(lambda: len(messages.shown) == 3, timeout=10_000)
    assert "last active administrator" in messages.texts[-1]


def test_delete_asks_and_says_how_many_attempts_are_kept(
    qtbot: QtBot,
    english: None,
    page: PeoplePage,
    accounts: AccountServices,
    messages: Messages,
    main_window: MainWindow,
) -> None:
    row = select(page, "pupil0@school.org")
    with accounts.ctx.uow() as uow:
        for _ in range(2):
            uow.attempts.add(ExamAttempt(user_id=row.id, score=50, start_time=datetime.now(UTC)))
        uow.commit()
    messages.answer = False
    asked = len(messages.texts)
    page.delete_action.trigger()
    qtbot.waitUntil(lambda: len(messages.texts) > asked, timeout=10_000)  # counted in the background
    assert "Their 2 exam attempts will be kept" in messages.texts[-1]
    assert "pupil0@school.org" in rows(page)
    messages.answer = True
    run_action(qtbot, page, "delete_action")
    assert "pupil0@school.org" not in rows(page)
    assert (
        main_window.statusBar().currentMessage()
        == "Deleted pupil0@school.org; 2 attempts kept without a name."
    )
    with accounts.ctx.uow() as uow:
        assert [a.user_id for a in uow.session.query(ExamAttempt).all()] == [None, None]


def test_demoting_yourself_signs_you_out(
    qtbot: QtBot,
    page: PeoplePage,
    accounts: AccountServices,
    admin: Principal,
    main_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    accounts.users.create_user(admin, "second@school.org", "", Role.ADMIN, GOOD)
    with qtbot.waitSignal(page.rows_loaded, timeout=10_000):
        main_window.data_changed.emit(USERS)
    monkeypatch.setattr(RoleDialog, "ask", classmethod(lambda cls, parent, row: Role.STUDENT))
    select(page, ADMIN_EMAIL)
    with qtbot.waitSignal(main_window.signed_out, timeout=10_000) as signal:
        page.role_action.trigger()
    assert "is now a student" in signal.args[0] and "Sign in again" in signal.args[0]
