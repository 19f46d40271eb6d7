"""The side doors of signing in: a forgotten password (a code by e-mail), creating an account
(when the administrator allows it) and verifying the e-mail address with a mailed code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from examhub_desktop import APP_NAME
from examhub_desktop.core.emails import email_problem
from examhub_desktop.services.auth import CODE_MINUTES
from examhub_desktop.services.mail import MailError
from examhub_desktop.services.permissions import Principal
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.accounts.forms import PasswordBox, RepeatWatcher, repeat_problem
from examhub_desktop.ui.accounts.new_account import NewAccountDialog
from examhub_desktop.ui.forms import ServiceDialog, first_problem, line_edit
from examhub_desktop.ui.messages import MessageDialog
from examhub_desktop.ui.tasks import TaskRunner


def code_problem(code: str) -> str | None:
    return (
        None
        if code.strip()
        else QCoreApplication.translate("AccountForms", "Enter the code from the e-mail.")
    )


class ForgotPasswordDialog(ServiceDialog):
    """Step 1 mails a reset code; step 2 takes the code and a new password. Value: the e-mail."""

    def __init__(
        self, parent: QWidget | None, accounts: AccountServices, tasks: TaskRunner, *, email: str = ""
    ) -> None:
        super().__init__(parent, tasks, "")
        self.setWindowTitle(self.tr("Reset Your Password"))
        self.setObjectName("ForgotPasswordDialog")
        self.accounts = accounts
        self.email = line_edit(placeholder=self.tr("name@school.org"))
        self.email.setText(email)
        self.code = line_edit(placeholder=self.tr("8 letters and digits"))
        self.password = PasswordBox(self.tr("New password"), meter=True, email=self.email.text)
        self.repeat = PasswordBox(self.tr("Repeat new password"))
        self.add_field("email", self.tr("&E-mail:"), self.email, self.tr("E-mail"))
        self.add_field("code", self.tr("&Code:"), self.code, self.tr("Code from the e-mail"))
        self.add_field("password", self.tr("&New password:"), self.password, self.tr("New password"))
        self.add_field("repeat", self.tr("&Repeat password:"), self.repeat, self.tr("Repeat new password"))
        self.resend_button = QPushButton(self.tr("Send &Another Code"))
        self.buttons.addButton(self.resend_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.resend_button.clicked.connect(self.send_code)
        self.repeat_watch = RepeatWatcher(self.fields["repeat"], self.password, self.repeat)
        self.finish_layout(
            self.tr(
                "Exam Hub mails a code to your address. Enter it here with a new password; "
                "the code works once, for %n minute(s).",
                "",
                CODE_MINUTES,
            )
        )
        self.setMinimumWidth(540)
        self.show_step(1)

    def show_step(self, step: int) -> None:
        self.step = step
        for key in ("code", "password", "repeat"):
            self.fields[key].set_visible(step == 2)
        self.email.setReadOnly(step == 2)
        self.resend_button.setVisible(step == 2)
        self.ok_button.setText(self.tr("&Send Code") if step == 1 else self.tr("Set &Password"))
        (self.email if step == 1 else self.code).setFocus()

    def submit(self) -> None:
        if self.step == 1:
            self.send_code()
            return
        self.banner.clear()
        email, code, password = self.email.text(), self.code.text(), self.password.text()
        if first_problem(
            [
                (self.fields["code"], code_problem(code)),
                (self.fields["password"], " ".join(self.password.problems()) or None),
                (self.fields["repeat"], repeat_problem(password, self.repeat.text())),
            ]
        ):
            return
        auth = self.accounts.auth
        self.call(
            lambda: auth.reset_password_with_code(None, email, code, password),
            lambda _none: self.finish(email.strip()),
            self.tr("Setting your new password…"),
        )

    def send_code(self) -> None:
        self.banner.clear()
        email = self.email.text()
        if first_problem([(self.fields["email"], email_problem(email))]):
            return
        auth = self.accounts.auth
        self.call(
            lambda: auth.request_password_reset(None, email), self._code_sent, self.tr("Sending the code…")
        )

    def _code_sent(self, _none: object) -> None:
        self.show_step(2)
        self.banner.info(
            self.tr(
                "If {email} has an account here, a code is on its way. Check your inbox (and the spam folder)."
            ).format(email=self.email.text().strip())
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, accounts: AccountServices, tasks: TaskRunner, *, email: str = ""
    ) -> str | None:
        return cls.run_modal(cls(parent, accounts, tasks, email=email))  # type: ignore[no-any-return]


class RegisterDialog(NewAccountDialog):
    """A student creates their own account; value: the new, signed-in Principal."""

    def __init__(
        self, parent: QWidget | None, accounts: AccountServices, tasks: TaskRunner, *, mail: bool
    ) -> None:
        super().__init__(parent, tasks, "")
        self.setWindowTitle(self.tr("Create Your Account"))
        self.setObjectName("RegisterDialog")
        self.accounts, self.mail = accounts, mail
        self.add_account_fields(self.tr("as your teacher knows you"))
        self.ok_button.setText(self.tr("&Create Account"))
        if mail:
            intro = self.tr(
                "Create a student account on this copy of {app}. We will e-mail you a code to confirm your address."
            )
        else:
            intro = self.tr("Create a student account on this copy of {app}.")
        self.finish_layout(intro.format(app=APP_NAME))
        self.setMinimumWidth(540)

    def submit(self) -> None:
        values = self.account_values()
        if values is None:
            return
        email, name, password = values
        auth = self.accounts.auth
        self.call(
            lambda: auth.register(None, email, name.strip(), password),
            self._registered,
            self.tr("Creating your account…"),
        )

    def _registered(self, principal: Principal) -> None:
        if self.mail:
            VerifyEmailDialog.ask(self, self.accounts, self.tasks, principal)
        self.finish(principal)

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, MailError):
            # register() sends the code after the account was written: the account exists.
            MessageDialog.ask(
                self,
                self.tr("Account created"),
                self.tr(
                    "Your account was created, but the e-mail with your code could not be sent: {error}\n\n"
                    "Sign in with your e-mail address and password; a teacher can confirm your address."
                ).format(error=exc),
                kind="warning",
            )
            self.reject()
            return
        super().show_error(exc)

    @classmethod
    def ask(
        cls, parent: QWidget | None, accounts: AccountServices, tasks: TaskRunner, *, mail: bool
    ) -> Principal | None:
        return cls.run_modal(cls(parent, accounts, tasks, mail=mail))  # type: ignore[no-any-return]


class VerifyEmailDialog(ServiceDialog):
    """Enter the mailed code to confirm the address; value True once verified."""

    def __init__(
        self, parent: QWidget | None, accounts: AccountServices, tasks: TaskRunner, principal: Principal
    ) -> None:
        super().__init__(parent, tasks, "")
        self.setWindowTitle(self.tr("Confirm Your E-mail Address"))
        self.setObjectName("VerifyEmailDialog")
        self.accounts, self.principal = accounts, principal
        self.code = line_edit(placeholder=self.tr("8 letters and digits"))
        self.add_field("code", self.tr("C&ode:"), self.code, self.tr("Code from the e-mail"))
        self.resend_button = QPushButton(self.tr("Send a &New Code"))
        self.buttons.addButton(self.resend_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.resend_button.clicked.connect(self.resend)
        self.ok_button.setText(self.tr("&Confirm"))
        self.cancel_button.setText(self.tr("&Later"))
        self.finish_layout(
            self.tr(
                "We sent a code to {email}. Enter it to confirm that the address is yours; "
                "it works for %n minute(s).",
                "",
                CODE_MINUTES,
            ).format(email=principal.email)
        )
        self.setMinimumWidth(480)

    def submit(self) -> None:
        self.banner.clear()
        code = self.code.text()
        if first_problem([(self.fields["code"], code_problem(code))]):
            return
        auth, principal = self.accounts.auth, self.principal
        self.call(
            lambda: auth.verify_email(principal, code),
            lambda _none: self.finish(True),
            self.tr("Checking the code…"),
        )

    def resend(self) -> None:
        self.banner.clear()
        auth, principal = self.accounts.auth, self.principal
        self.call(
            lambda: auth.send_verification_code(principal),
            lambda _none: self.banner.info(
                self.tr("A new code is on its way to {email}.").format(email=principal.email)
            ),
            self.tr("Sending a new code…"),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, accounts: AccountServices, tasks: TaskRunner, principal: Principal
    ) -> bool:
        return bool(cls.run_modal(cls(parent, accounts, tasks, principal)))
