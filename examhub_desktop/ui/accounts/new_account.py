"""What the first-run and registration dialogs share: the fields that make an account."""

from __future__ import annotations

from examhub_desktop.ui.accounts.dialog_base import ServiceDialog
from examhub_desktop.ui.accounts.forms import (
    EmailWatcher,
    PasswordBox,
    RepeatWatcher,
    line_edit,
    new_account_refused,
)


class NewAccountDialog(ServiceDialog):
    """A dialog that creates an account: e-mail, full name, password with its meter, repeat."""

    def add_account_fields(self, name_hint: str) -> None:
        self.email = line_edit(placeholder="name@school.org")
        self.full_name = line_edit(placeholder=name_hint)
        self.password = PasswordBox("Password", meter=True, email=self.email.text)
        self.repeat = PasswordBox("Repeat password")
        self.add_field("email", "&E-mail:", self.email, "E-mail")
        self.add_field("full_name", "Full &name:", self.full_name, "Full name")
        self.add_field("password", "&Password:", self.password, "Password")
        self.add_field("repeat", "&Repeat password:", self.repeat, "Repeat password")
        self.email_watch = EmailWatcher(self.fields["email"], self.email)
        self.repeat_watch = RepeatWatcher(self.fields["repeat"], self.password, self.repeat)
        self.email.textChanged.connect(self.password.refresh)  # the password must not contain the e-mail

    def account_values(self) -> tuple[str, str, str] | None:
        """(e-mail, name, password), or None with the first wrong field's message shown."""
        self.banner.clear()
        email, name, password = self.email.text(), self.full_name.text(), self.password.text()
        if new_account_refused(self.fields, email, name, self.password, self.repeat.text()):
            return None
        return email, name, password
