"""What accounts add to the main window: the Account menu, who is signed in (status bar), and
for administrators the People page and the Settings dialog (Edit ▸ Settings…, Ctrl+,).
Everyone gets Account ▸ Preferences… (Ctrl+Alt+P): this computer's language, theme and size.

Students never see the administrators' parts; the services refuse them anyway.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu

from examhub_desktop.services.permissions import Principal
from examhub_desktop.ui.accounts.own_account import ChangePasswordDialog, ProfileDialog, role_name
from examhub_desktop.ui.accounts.people_page import PeoplePage
from examhub_desktop.ui.accounts.preferences import PreferencesDialog
from examhub_desktop.ui.accounts.settings_dialog import SettingsDialog
from examhub_desktop.ui.changes import SETTINGS, USERS
from examhub_desktop.ui.main_window import PEOPLE_PAGE
from examhub_desktop.ui.messages import MessageDialog
from examhub_desktop.ui.ops import Op

if TYPE_CHECKING:
    from examhub_desktop.ui.accounts.backend import AccountServices
    from examhub_desktop.ui.main_window import MainWindow


class AccountUi(QObject):
    def __init__(self, window: MainWindow, accounts: AccountServices) -> None:
        super().__init__(window)
        self.window = window
        self.accounts, self.tasks = accounts, window.tasks

        self.user_label = QLabel()
        self.user_label.setObjectName("signedInLabel")
        self.user_label.setAccessibleName(self.tr("Signed in as"))
        self.user_label.setContentsMargins(16, 0, 4, 0)  # apart from the database label beside it
        window.statusBar().addPermanentWidget(self.user_label)

        menu = self.menu = QMenu(self.tr("&Account"), window)
        window.menuBar().insertMenu(window.help_menu.menuAction(), menu)
        self.profile_action = self._action(self.tr("&Profile…"), self.edit_profile)
        self.password_action = self._action(self.tr("Change Pass&word…"), self.change_password)
        self.sign_out_action = self._action(self.tr("Sign &Out"), self.sign_out, "Ctrl+Shift+L")
        self.everywhere_action = self._action(self.tr("Sign Out &Everywhere…"), self.sign_out_everywhere)
        self.preferences_action = self._action(self.tr("P&references…"), self.edit_preferences, "Ctrl+Alt+P")
        menu.addActions([self.profile_action, self.password_action, self.preferences_action])
        menu.addSeparator()
        menu.addActions([self.sign_out_action, self.everywhere_action])

        self.people: PeoplePage | None = None
        self.settings_action: QAction | None = None
        if window.principal.is_admin:
            self.people = PeoplePage(self.accounts, self.tasks, lambda: self.window.principal)
            window.add_page(PEOPLE_PAGE, self.tr("People"), self.people)
            self.people.changed.connect(window.data_changed)
            window.data_changed.connect(self.people.on_data_changed)
            self.people.status_message.connect(lambda text: window.statusBar().showMessage(text, 10_000))
            self.people.own_account_changed.connect(self._own_account_changed)
            self.settings_action = self._action(self.tr("&Settings…"), self.edit_settings, "Ctrl+,")
            window.edit_menu.addSeparator()
            window.edit_menu.addAction(self.settings_action)
        self.show_principal(window.principal)

    def _action(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def show_principal(self, principal: Principal) -> None:
        self.window.principal = principal
        if principal.is_admin:
            text = self.tr("Signed in as {name} (teacher)")
        else:
            text = self.tr("Signed in as {name} (student)")
        self.user_label.setText(text.format(name=principal.display_name))
        self.user_label.setToolTip(
            self.tr("{email} — {role}").format(email=principal.email, role=role_name(principal.role))
        )

    # ---------------------------------------------------------------- own account
    def edit_profile(self) -> None:
        updated = ProfileDialog.ask(self.window, self.accounts, self.tasks, self.window.principal)
        if updated is not None:
            self.show_principal(updated)
            self.window.statusBar().showMessage(self.tr("Your profile was saved."), 8000)
            self.window.data_changed.emit(USERS)

    def change_password(self) -> None:
        updated = ChangePasswordDialog.ask(self.window, self.accounts, self.tasks, self.window.principal)
        if updated is not None:
            self.show_principal(updated)
            self.window.statusBar().showMessage(
                self.tr("Your password was changed; your other devices were signed out."), 10_000
            )

    def edit_preferences(self) -> None:
        if PreferencesDialog.ask(self.window, self.window.settings):
            self.window.statusBar().showMessage(
                self.tr("Preferences saved. A new language or size applies when you next start."), 8000
            )

    def edit_settings(self) -> None:
        device = self.window.settings  # this computer's settings file: the language choice
        saved = SettingsDialog.ask(
            self.window, self.accounts, self.tasks, self.window.principal, device_settings=device
        )
        if saved is not None:
            self.window.statusBar().showMessage(self.tr("Settings saved."), 8000)
            self.window.data_changed.emit(SETTINGS)

    # ---------------------------------------------------------------- signing out
    def _end(self, fn: object, notice: str | object) -> None:
        """Run a sign-out call, then hand over to the sign-in dialog with `notice`."""
        self.sign_out_action.setEnabled(False)
        self.everywhere_action.setEnabled(False)

        def done(result: object) -> None:
            text = notice(result) if callable(notice) else str(notice)
            self.window.signed_out.emit(text)

        def failed(exc: BaseException) -> None:
            self.sign_out_action.setEnabled(True)
            self.everywhere_action.setEnabled(True)
            MessageDialog.ask(self.window, self.tr("Sign out"), str(exc), kind="warning")

        Op(self.tasks, fn, self.window).success(done).failure(failed).run()  # type: ignore[arg-type]

    def sign_out(self) -> None:
        auth, principal = self.accounts.auth, self.window.principal
        self._end(
            lambda: auth.sign_out(principal),
            self.tr("{name} signed out.").format(name=principal.display_name),
        )

    def sign_out_everywhere(self) -> None:
        if not MessageDialog.ask(
            self.window,
            self.tr("Sign Out Everywhere"),
            self.tr(
                "Sign out on this computer and end every kept session of your account on other "
                "devices? You will have to sign in again everywhere."
            ),
            kind="question",
            confirm=self.tr("Sign Out &Everywhere"),
        ):
            return
        auth, principal = self.accounts.auth, self.window.principal
        self._end(
            lambda: auth.sign_out_everywhere(principal),
            lambda ended: self.tr("You signed out everywhere (%Ln kept session(s) ended).", "", ended),
        )

    def _own_account_changed(self, message: str) -> None:
        auth, principal = self.accounts.auth, self.window.principal
        self._end(
            lambda: auth.sign_out(principal),
            self.tr("{message} Sign in again to continue.").format(message=message),
        )
