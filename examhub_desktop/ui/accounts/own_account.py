"""The signed-in person's own account: their name, and their password.

A person whose password was reset by a teacher (a one-time password) is sent through
`ChangePasswordDialog` in its forced form right after signing in; cancelling it signs out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.accounts.forms import PasswordBox, RepeatWatcher, name_problem, repeat_problem
from examhub_desktop.ui.forms import ServiceDialog, first_problem, line_edit
from examhub_desktop.ui.tasks import TaskRunner

ROLE_NAMES = {
    Role.ADMIN: QT_TRANSLATE_NOOP("ProfileDialog", "Teacher (administrator)"),
    Role.STUDENT: QT_TRANSLATE_NOOP("ProfileDialog", "Student"),
}


def role_name(role: Role) -> str:
    """The role as the account dialogs and the People page name it, in the user's language."""
    return QCoreApplication.translate("ProfileDialog", ROLE_NAMES[role])


class ProfileDialog(ServiceDialog):
    """Change the name others see; value: the updated Principal."""

    def __init__(
        self, parent: QWidget | None, accounts: AccountServices, tasks: TaskRunner, principal: Principal
    ) -> None:
        super().__init__(parent, tasks, "")
        self.setWindowTitle(self.tr("Your Profile"))
        self.setObjectName("ProfileDialog")
        self.accounts, self.principal = accounts, principal
        email = QLabel(principal.email)
        email.setAccessibleName(self.tr("E-mail"))
        role = QLabel(role_name(principal.role))
        role.setAccessibleName(self.tr("Role"))
        self.form.addRow(self.tr("E-mail:"), email)
        self.form.addRow(self.tr("Role:"), role)
        self.full_name = line_edit()
        self.full_name.setText(principal.full_name)
        self.add_field("full_name", self.tr("Full &name:"), self.full_name, self.tr("Full name"))
        self.ok_button.setText(self.tr("&Save"))
        self.finish_layout(self.tr("Your name appears on your results and in the list of people."))
        self.setMinimumWidth(480)

    def submit(self) -> None:
        self.banner.clear()
        name = self.full_name.text()
        if first_problem([(self.fields["full_name"], name_problem(name, required=False))]):
            return
        auth, principal = self.accounts.auth, self.principal
        self.call(lambda: auth.update_profile(principal, name), self.finish, self.tr("Saving…"))

    @classmethod
    def ask(
        cls, parent: QWidget | None, accounts: AccountServices, tasks: TaskRunner, principal: Principal
    ) -> Principal | None:
        return cls.run_modal(cls(parent, accounts, tasks, principal))  # type: ignore[no-any-return]


class ChangePasswordDialog(ServiceDialog):
    """Needs the current password; ends the kept sessions of other devices. Value: the Principal."""

    def __init__(
        self,
        parent: QWidget | None,
        accounts: AccountServices,
        tasks: TaskRunner,
        principal: Principal,
        *,
        forced: bool = False,
    ) -> None:
        super().__init__(parent, tasks, "")
        self.setWindowTitle(self.tr("Choose a New Password") if forced else self.tr("Change Password"))
        self.setObjectName("ChangePasswordDialog")
        self.accounts, self.principal, self.forced = accounts, principal, forced
        self.current = PasswordBox(self.tr("One-time password") if forced else self.tr("Current password"))
        self.password = PasswordBox(self.tr("New password"), meter=True, email=lambda: principal.email)
        self.repeat = PasswordBox(self.tr("Repeat new password"))
        self.add_field(
            "current",
            self.tr("On&e-time password:") if forced else self.tr("C&urrent password:"),
            self.current,
            self.current.edit.accessibleName(),
        )
        self.add_field("password", self.tr("&New password:"), self.password, self.tr("New password"))
        self.add_field("repeat", self.tr("&Repeat password:"), self.repeat, self.tr("Repeat new password"))
        self.repeat_watch = RepeatWatcher(self.fields["repeat"], self.password, self.repeat)
        self.ok_button.setText(self.tr("&Change Password"))
        if forced:
            self.cancel_button.setText(self.tr("Sign &Out"))
            intro = self.tr(
                "{name}, your password was reset by a teacher. Type the one-time "
                "password you were given, then choose your own password to continue."
            ).format(name=principal.display_name)
        else:
            intro = self.tr("Your other devices will be signed out; this one stays signed in.")
        self.finish_layout(intro)
        self.setMinimumWidth(540)

    def submit(self) -> None:
        self.banner.clear()
        current, new = self.current.text(), self.password.text()
        if first_problem(
            [
                (self.fields["current"], None if current else self._missing_current()),
                (self.fields["password"], " ".join(self.password.problems()) or None),
                (self.fields["repeat"], repeat_problem(new, self.repeat.text())),
            ]
        ):
            return
        auth, principal = self.accounts.auth, self.principal
        self.call(
            lambda: auth.change_password(principal, current, new),
            self.finish,
            self.tr("Changing your password…"),
        )

    def _missing_current(self) -> str:
        if self.forced:
            return self.tr("Enter your one-time password.")
        return self.tr("Enter your current password.")

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        accounts: AccountServices,
        tasks: TaskRunner,
        principal: Principal,
        *,
        forced: bool = False,
    ) -> Principal | None:
        return cls.run_modal(cls(parent, accounts, tasks, principal, forced=forced))  # type: ignore[no-any-return]
