"""What the first-run and registration dialogs share: the fields that make an account.

Its texts are translated in the context "NewAccountDialog", not through `self.tr`, whose
context would be the subclass's name at run time (ui/i18n.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from examhub_desktop.ui.accounts.forms import EmailWatcher, PasswordBox, RepeatWatcher, new_account_refused
from examhub_desktop.ui.forms import ServiceDialog, line_edit


class NewAccountDialog(ServiceDialog):
    """A dialog that creates an account: e-mail, full name, password with its meter, repeat."""

    def add_account_fields(self, name_hint: str) -> None:
        """`name_hint`: the name field's placeholder, translated by the caller."""
        email, password = (
            QCoreApplication.translate("NewAccountDialog", "E-mail"),
            QCoreApplication.translate("NewAccountDialog", "Password"),
        )
        self.email = line_edit(placeholder=QCoreApplication.translate("NewAccountDialog", "name@school.org"))
        self.full_name = line_edit(placeholder=name_hint)
        self.password = PasswordBox(password, meter=True, email=self.email.text)
        self.repeat = PasswordBox(QCoreApplication.translate("NewAccountDialog", "Repeat password"))
        self.add_field("email", QCoreApplication.translate("NewAccountDialog", "&E-mail:"), self.email, email)
        self.add_field(
            "full_name",
            QCoreApplication.translate("NewAccountDialog", "Full &name:"),
            self.full_name,
            QCoreApplication.translate("NewAccountDialog", "Full name"),
        )
        self.add_field(
            "password", QCoreApplication.translate("NewAccountDialog", "&Password:"), self.password, password
        )
        self.add_field(
            "repeat",
            QCoreApplication.translate("NewAccountDialog", "&Repeat password:"),
            self.repeat,
            self.repeat.edit.accessibleName(),
        )
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
