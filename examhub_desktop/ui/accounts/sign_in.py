"""Signing in at every start (when no kept session resumed), and after signing out.

"Forgot password?" mails a reset code when SMTP is set up, and otherwise tells the student to
ask a teacher. "Create account" is there only while the administrator allows
self-registration. Which of these apply is read from the database on the task runner as the
dialog opens (`options_loaded`).

On a school server (`ctx.server`) there is nothing to read before signing in, and nothing is
kept: the server checks the password on every start, so "Keep me signed in" is not offered
and the dialog names the server instead.

Translated throughout: the worked example of a dialog under ui/i18n.py's conventions.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QPushButton, QWidget

from examhub_desktop import APP_NAME
from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP
from examhub_desktop.services.auth import SESSION_DAYS, SignInRefused
from examhub_desktop.services.permissions import Principal
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.accounts.forms import PasswordBox
from examhub_desktop.ui.accounts.recovery import ForgotPasswordDialog, RegisterDialog
from examhub_desktop.ui.forms import ServiceDialog, first_problem, line_edit
from examhub_desktop.ui.i18n import format_time
from examhub_desktop.ui.messages import MessageDialog
from examhub_desktop.ui.ops import Op
from examhub_desktop.ui.tasks import TaskRunner

ASK_A_TEACHER = QT_TRANSLATE_NOOP(
    "SignInDialog",
    "E-mail is not set up on this computer, so Exam Hub cannot send you a reset code.\n\n"
    "Ask a teacher to reset your password: they will give you a one-time password, and you "
    "choose a new one when you sign in with it.",
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
        super().__init__(parent, tasks, "")
        self.setWindowTitle(self.tr("Sign In — {app}").format(app=APP_NAME))
        self.setObjectName("SignInDialog")
        self.accounts = accounts
        self.options: SignInOptions | None = None
        heading = QLabel("<h2>{}</h2>".format(self.tr("Sign in to {app}").format(app=APP_NAME)))
        heading.setAccessibleName(self.tr("Sign in to {app}").format(app=APP_NAME))
        self.layout_.addWidget(heading)
        server = accounts.ctx.server
        if server is not None:
            where = QLabel(
                self.tr("School server: {database} on {host}").format(
                    database=server.database_name, host=server.url.host or "localhost"
                )
            )
            where.setObjectName("serverLabel")
            self.layout_.addWidget(where)

        self.email = line_edit(placeholder=self.tr("name@school.org"))
        self.email.setText(email)
        self.password = PasswordBox(self.tr("Password"))
        self.add_field("email", self.tr("&E-mail:"), self.email, self.tr("E-mail"))
        self.add_field("password", self.tr("&Password:"), self.password, self.tr("Password"))
        self.keep = QCheckBox(self.tr("&Keep me signed in on this device"))
        self.keep.setToolTip(
            self.tr(
                "For %n day(s), or until you sign out. Do not use this on a shared computer.",
                "",
                SESSION_DAYS,
            )
        )
        if server is None:
            self.form.addRow("", self.keep)
        else:  # a copied token must not outlive the password on a shared server
            self.keep.setParent(self)
            self.keep.hide()

        self.ok_button.setText(self.tr("&Sign In"))
        self.cancel_button.setText(self.tr("&Quit"))
        self.forgot_button = QPushButton(self.tr("&Forgot Password?"))
        self.register_button = QPushButton(self.tr("Create &Account…"))
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
        if server is not None:  # accounts come from a teacher; no connection before sign-in
            Op(tasks, lambda: SignInOptions(False, False), self).success(self._options_ready).run()
            return
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
                (self.fields["email"], None if email.strip() else self.tr("Enter your e-mail address.")),
                (self.fields["password"], None if password else self.tr("Enter your password.")),
            ]
        ):
            return
        auth, keep = self.accounts.auth, self.keep.isChecked()
        self.call(
            lambda: auth.sign_in(None, email, password, keep_signed_in=keep),
            self.finish,
            self.tr("Signing in…"),
        )

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, SignInRefused):
            # One message for a wrong e-mail or password; the throttle's says when to try again.
            text = str(exc)
            if exc.retry_at is not None:
                at = self.tr("That is at {time}.").format(time=format_time(exc.retry_at))
                text = f"{text} {at}"
            self.banner.error(text)
            self.password.setText("")
            self.password.setFocus()
            return
        super().show_error(exc)
        self.adjustSize()  # a server's message can take more than one line

    # ---------------------------------------------------------------- side doors
    def forgot_password(self) -> None:
        if self.options is None:
            return
        if not self.options.mail:
            text = QCoreApplication.translate("SignInDialog", ASK_A_TEACHER)
            MessageDialog.ask(self, self.tr("Forgot password"), text)
            return
        email = ForgotPasswordDialog.ask(self, self.accounts, self.tasks, email=self.email.text())
        if email:
            self.email.setText(email)
            self.password.setText("")
            self.banner.info(self.tr("Your password was changed. Sign in with the new one."))
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
