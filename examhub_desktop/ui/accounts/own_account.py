"""The signed-in person's own account: their name, and their password.

A person whose password was reset by a teacher (a one-time password) is sent through
`ChangePasswordDialog` in its forced form right after signing in; cancelling it signs out.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.accounts.dialog_base import ServiceDialog
from examhub_desktop.ui.accounts.forms import (
    PasswordBox,
    RepeatWatcher,
    first_problem,
    line_edit,
    name_problem,
    repeat_problem,
)
from examhub_desktop.ui.tasks import TaskRunner

ROLE_NAMES = {Role.ADMIN: "Teacher (administrator)", Role.STUDENT: "Student"}


class ProfileDialog(ServiceDialog):
    """Change the name others see; value: the updated Principal."""

    def __init__(
        self, parent: QWidget | None, accounts: AccountServices, tasks: TaskRunner, principal: Principal
    ) -> None:
        super().__init__(parent, tasks, "Your Profile")
        self.setObjectName("ProfileDialog")
        self.accounts, self.principal = accounts, principal
        email = QLabel(principal.email)
        email.setAccessibleName("E-mail")
        role = QLabel(ROLE_NAMES[principal.role])
        role.setAccessibleName("Role")
        self.form.addRow("E-mail:", email)
        self.form.addRow("Role:", role)
        self.full_name = line_edit()
        self.full_name.setText(principal.full_name)
        self.add_field("full_name", "Full &name:", self.full_name, "Full name")
        self.ok_button.setText("&Save")
        self.finish_layout("Your name appears on your results and in the list of people.")
        self.setMinimumWidth(480)

    def submit(self) -> None:
        self.banner.clear()
        name = self.full_name.text()
        if first_problem([(self.fields["full_name"], name_problem(name, required=False))]):
            return
        auth, principal = self.accounts.auth, self.principal
        self.call(lambda: auth.update_profile(principal, name), self.finish, "Saving…")

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
        super().__init__(parent, tasks, "Choose a New Password" if forced else "Change Password")
        self.setObjectName("ChangePasswordDialog")
        self.accounts, self.principal, self.forced = accounts, principal, forced
        self.current = PasswordBox("One-time password" if forced else "Current password")
        self.password = PasswordBox("New password", meter=True, email=lambda: principal.email)
        self.repeat = PasswordBox("Repeat new password")
        self.add_field(
            "current",
            "On&e-time password:" if forced else "C&urrent password:",
            self.current,
            self.current.edit.accessibleName(),
        )
        self.add_field("password", "&New password:", self.password, "New password")
        self.add_field("repeat", "&Repeat password:", self.repeat, "Repeat new password")
        self.repeat_watch = RepeatWatcher(self.fields["repeat"], self.password, self.repeat)
        self.ok_button.setText("&Change Password")
        if forced:
            self.cancel_button.setText("Sign &Out")
            intro = (
                f"{principal.display_name}, your password was reset by a teacher. Type the one-time "
                "password you were given, then choose your own password to continue."
            )
        else:
            intro = "Your other devices will be signed out; this one stays signed in."
        self.finish_layout(intro)
        self.setMinimumWidth(540)

    def submit(self) -> None:
        self.banner.clear()
        current, new = self.current.text(), self.password.text()
        if first_problem(
            [
                (
                    self.fields["current"],
                    None if current else f"Enter your {self.current.edit.accessibleName().lower()}.",
                ),
                (self.fields["password"], " ".join(self.password.problems()) or None),
                (self.fields["repeat"], repeat_problem(new, self.repeat.text())),
            ]
        ):
            return
        auth, principal = self.accounts.auth, self.principal
        self.call(
            lambda: auth.change_password(principal, current, new), self.finish, "Changing your password…"
        )

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
