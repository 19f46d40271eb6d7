"""Accessibility walk over every account dialog and page (notes §1): each visible interactive
control has an accessible name, each action a shortcut or mnemonic, and Tab reaches the
fields of the sign-in and first-run dialogs in order."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.settings import AppSettings
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.accounts.first_run import FirstRunDialog
from examhub_desktop.ui.accounts.own_account import ChangePasswordDialog, ProfileDialog
from examhub_desktop.ui.accounts.people_dialogs import NewPersonDialog, OneTimePasswordDialog, RoleDialog
from examhub_desktop.ui.accounts.recovery import ForgotPasswordDialog, RegisterDialog, VerifyEmailDialog
from examhub_desktop.ui.accounts.settings_dialog import SettingsDialog
from examhub_desktop.ui.accounts.sign_in import SignInDialog
from examhub_desktop.ui.main_window import MainWindow
from examhub_desktop.ui.tasks import TaskRunner
from tests.ui.a11y import actions_without_keys, unnamed_interactive

Make = Callable[[QtBot, AccountServices, TaskRunner, Principal], QWidget]


def loaded(qtbot: QtBot, dialog: QWidget, signal_name: str) -> QWidget:
    with qtbot.waitSignal(getattr(dialog, signal_name), timeout=10_000):
        dialog.show()
    return dialog


def forgot_step_two(qtbot: QtBot, a: AccountServices, t: TaskRunner, p: Principal) -> QWidget:
    dialog = ForgotPasswordDialog(None, a, t, email=p.email)
    dialog.show_step(2)
    return dialog


def sign_in_with_everything(qtbot: QtBot, a: AccountServices, t: TaskRunner, p: Principal) -> QWidget:
    a.settings.save(p, AppSettings(allow_self_registration=True))
    dialog = loaded(qtbot, SignInDialog(None, a, t), "options_loaded")
    assert dialog.register_button.isVisible()  # type: ignore[attr-defined]
    return dialog


def settings_with_password(qtbot: QtBot, a: AccountServices, t: TaskRunner, p: Principal) -> QWidget:
    a.store.set("smtp-password", "x")  # shows "Forget the stored password"
    return loaded(qtbot, SettingsDialog(None, a, t, p), "loaded")


DIALOGS: dict[str, Make] = {
    "first-run": lambda q, a, t, p: FirstRunDialog(None, a, t),
    "sign-in": sign_in_with_everything,
    "forgot-1": lambda q, a, t, p: ForgotPasswordDialog(None, a, t),
    "forgot-2": forgot_step_two,
    "register": lambda q, a, t, p: RegisterDialog(None, a, t, mail=True),
    "verify": lambda q, a, t, p: VerifyEmailDialog(None, a, t, p),
    "profile": lambda q, a, t, p: ProfileDialog(None, a, t, p),
    "change-password": lambda q, a, t, p: ChangePasswordDialog(None, a, t, p),
    "forced-change": lambda q, a, t, p: ChangePasswordDialog(None, a, t, p, forced=True),
    "new-person": lambda q, a, t, p: NewPersonDialog(None, a, t, p),
    "role": lambda q, a, t, p: RoleDialog(None, a.users.list_users(p)[0]),
    "one-time-password": lambda q, a, t, p: OneTimePasswordDialog(None, "pupil@school.org", "abcd-efgh-jkmn"),
    "settings": settings_with_password,
}


def check(widget: QWidget) -> None:
    assert unnamed_interactive(widget) == []
    assert actions_without_keys(widget) == []
    for button in widget.findChildren(QAbstractButton):
        box = button.parentWidget()
        if (
            isinstance(box, QDialogButtonBox)
            and box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
        ):
            continue  # OK / Cancel / Close: Enter and Escape
        if isinstance(button, QToolButton) and button.defaultAction() is not None:
            continue  # a toolbar button: its action was checked above
        if button.isVisibleTo(widget) and button.text() and button.accessibleName() == "":
            assert not QKeySequence.mnemonic(button.text()).isEmpty(), f"{button.text()!r} has no mnemonic"


@pytest.mark.parametrize("name", list(DIALOGS))
def test_dialogs_name_every_control(
    name: str, qtbot: QtBot, accounts: AccountServices, tasks: TaskRunner, admin: Principal
) -> None:
    widget = DIALOGS[name](qtbot, accounts, tasks, admin)
    qtbot.addWidget(widget)
    widget.show()
    check(widget)


def test_field_messages_become_accessible_descriptions(
    qtbot: QtBot, accounts: AccountServices, tasks: TaskRunner
) -> None:
    dialog = FirstRunDialog(None, accounts, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ok_button.click()
    assert dialog.email.accessibleDescription() == "Enter an e-mail address."
    assert dialog.password.edit.accessibleDescription().startswith("Use at least 10 characters")
    check(dialog)  # the messages appear without adding unnamed controls


def test_people_page_and_main_window(
    qtbot: QtBot, main_window: MainWindow, accounts: AccountServices, admin: Principal
) -> None:
    accounts.users.create_user(admin, "pupil@school.org", "Pupil", Role.STUDENT)
    people = main_window.account_ui.people
    assert people is not None
    with qtbot.waitSignal(people.rows_loaded, timeout=10_000):
        main_window.nav.setCurrentRow(main_window.pages.indexOf(people))
    people.select(people.model.ids()[0])
    check(main_window)
    qtbot.keyClicks(people.search, "pupil")  # the clear button appears
    check(main_window)


@pytest.mark.parametrize("name", ["sign-in", "first-run"])
def test_tab_reaches_every_field_in_order(
    name: str, qtbot: QtBot, accounts: AccountServices, tasks: TaskRunner, admin: Principal
) -> None:
    widget = DIALOGS[name](qtbot, accounts, tasks, admin)
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    expected = (
        ["E-mail", "Password", "Show password", "Keep me signed in on this device"]
        if name == "sign-in"
        else ["E-mail", "Full name", "Password", "Show password", "Repeat password", "Show repeat password"]
    )
    first = widget.email  # type: ignore[attr-defined]
    first.setFocus()
    reached = []
    for _ in range(len(expected)):
        focus = QApplication.focusWidget()
        assert focus is not None
        reached.append(focus.accessibleName() or focus.text().replace("&", ""))  # type: ignore[attr-defined]
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert reached == expected
