"""Signing in at every start (when no kept session resumed), and after signing out.

"Forgot password?" mails a reset code when SMTP is set up, and otherwise tells the student to
ask a teacher. "Create account" is there only while the administrator allows
self-registration. Which of these apply is read from the database on the task runner as the
dialog opens (`options_loaded`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QPushButton, QWidget

from examhub_desktop import APP_NAME
from examhub_desktop.services.auth import SignInRefused
from examhub_desktop.services.permissions import Principal
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.accounts.dialog_base import MessageDialog, ServiceDialog
from examhub_desktop.ui.accounts.forms import PasswordBox, first_problem, line_edit
from examhub_desktop.ui.accounts.recovery import ForgotPasswordDialog, RegisterDialog
from examhub_desktop.ui.ops import Op
from examhub_desktop.ui.tasks import TaskRunner

ASK_A_TEACHER = (
    "E-mail is not set up on this computer, so Exam Hub cannot send you a reset code.\n\n"
    "Ask a teacher to reset your password: they will give you a one-time password, and you "
    "choose a new one when you sign in with it."
)


@dataclass(frozen=True)
class SignInOptions:
    self_registration: bool
    mail: bool


class SignInDialog(ServiceDialog):
    """Its value is the signed-in Principal (from signing in or from creating an account)."""

    options_loaded = Signal(object)  # SignInOptions

    def __init__(
        self,
        parent: QWidget | None,
        accounts: AccountServices,
        tasks: TaskRunner,
        *,
        email: str = "",
        notice: str = "",
    ) -> None:
        super().__init__(parent, tasks, f"Sign In — {APP_NAME}")
        self.setObjectName("SignInDialog")
        self.accounts = accounts
        self.options: SignInOptions | None = None
        heading = QLabel(f"<h2>Sign in to {APP_NAME}</h2>")
        heading.setAccessibleName(f"Sign in to {APP_NAME}")
        self.layout_.addWidget(heading)

        self.email = line_edit(placeholder="name@school.org")
        self.email.setText(email)
        self.password = PasswordBox("Password")
        self.add_field("email", "&E-mail:", self.email, "E-mail")
        self.add_field("password", "&Password:", self.password, "Password")
        self.keep = QCheckBox("&Keep me signed in on this device")
        self.keep.setToolTip("For 30 days, or until you sign out. Do not use this on a shared computer.")
        self.form.addRow("", self.keep)

        self.ok_button.setText("&Sign In")
        self.cancel_button.setText("&Quit")
        self.forgot_button = QPushButton("&Forgot Password?")
        self.register_button = QPushButton("Create &Account…")
        self.forgot_button.setEnabled(False)
        self.register_button.hide()
        self.buttons.addButton(self.forgot_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(self.register_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.forgot_button.clicked.connect(self.forgot_password)
        self.register_button.clicked.connect(self.create_account)
        self.finish_layout()
        if notice:
            self.banner.info(notice)
        (self.password if email else self.email).setFocus()
        self.setMinimumWidth(520)

        settings = accounts.settings
        Op(
            tasks,
            lambda: SignInOptions(settings.self_registration_enabled(None), settings.mail_configured(None)),
            self,
        ).success(self._options_ready).failure(self._options_failed).run()

    # ---------------------------------------------------------------- options
    def _options_ready(self, options: SignInOptions) -> None:
        self.options = options
        self.forgot_button.setEnabled(True)
        self.register_button.setVisible(options.self_registration)
        self.options_loaded.emit(options)

    def _options_failed(self, exc: BaseException) -> None:
        self.show_error(exc)
        self.options_loaded.emit(None)

    # ---------------------------------------------------------------- signing in
    def submit(self) -> None:
        self.banner.clear()
        email, password = self.email.text(), self.password.text()
        if first_problem(
            [
                (self.fields["email"], None if email.strip() else "Enter your e-mail address."),
                (self.fields["password"], None if password else "Enter your password."),
            ]
        ):
            return
        auth, keep = self.accounts.auth, self.keep.isChecked()
        self.call(
            lambda: auth.sign_in(None, email, password, keep_signed_in=keep), self.finish, "Signing in…"
        )

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, SignInRefused):
            # One message for a wrong e-mail or password; the throttle's says when to try again.
            self.banner.error(str(exc))
            self.password.setText("")
            self.password.setFocus()
            return
        super().show_error(exc)

    # ---------------------------------------------------------------- side doors
    def forgot_password(self) -> None:
        if self.options is None:
            return
        if not self.options.mail:
            MessageDialog.ask(self, "Forgot password", ASK_A_TEACHER)
            return
        email = ForgotPasswordDialog.ask(self, self.accounts, self.tasks, email=self.email.text())
        if email:
            self.email.setText(email)
            self.password.setText("")
            self.banner.info("Your password was changed. Sign in with the new one.")
            self.password.setFocus()

    def create_account(self) -> None:
        if self.options is None or not self.options.self_registration:
            return
        principal = RegisterDialog.ask(self, self.accounts, self.tasks, mail=self.options.mail)
        if principal is not None:
            self.finish(principal)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        accounts: AccountServices,
        tasks: TaskRunner,
        *,
        email: str = "",
        notice: str = "",
    ) -> Principal | None:
        return cls.run_modal(cls(parent, accounts, tasks, email=email, notice=notice))  # type: ignore[no-any-return]
