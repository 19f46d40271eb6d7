"""Settings shared by everyone using this database (administrators only): whether students may
create their own accounts, and the school's SMTP server for verification and reset codes; and
this device's appearance (ui/appearance.py), which is kept in the data folder instead.

The SMTP password is handed to the settings service, which keeps it in the system keyring (or
a file only the owner can read); the dialog never shows it back, only whether one is stored.
"Send Test E-mail" saves the form first, because the service sends with the saved settings.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.core.emails import email_problem
from examhub_desktop.services.mail import SmtpSettings
from examhub_desktop.services.permissions import Principal
from examhub_desktop.services.secrets import KeyringStore
from examhub_desktop.services.settings import AppSettings
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.accounts.dialog_base import ServiceDialog
from examhub_desktop.ui.accounts.forms import Field, PasswordBox, first_problem, line_edit
from examhub_desktop.ui.appearance import AppearanceBox
from examhub_desktop.ui.appearance import device_settings as settings_file
from examhub_desktop.ui.i18n import LanguageBox
from examhub_desktop.ui.ops import Op
from examhub_desktop.ui.tasks import TaskRunner

SECURITY = (("starttls", "STARTTLS (port 587)"), ("ssl", "SSL/TLS (port 465)"), ("none", "None (port 25)"))
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


class SettingsDialog(ServiceDialog):
    """Value: the saved AppSettings."""

    loaded = Signal(object)  # AppSettings
    test_sent = Signal(str)  # the recipient

    def __init__(
        self,
        parent: QWidget | None,
        accounts: AccountServices,
        tasks: TaskRunner,
        principal: Principal,
        *,
        device_settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent, tasks, "Settings")
        self.setObjectName("SettingsDialog")
        self.accounts, self.principal = accounts, principal
        self.current: AppSettings | None = None

        accounts_box = QGroupBox("Accounts")
        accounts_layout = QVBoxLayout(accounts_box)
        self.self_registration = QCheckBox("&Allow students to create their own accounts")
        note = QLabel(
            "When this is on, the sign-in window offers “Create Account”. New accounts are students; "
            "with e-mail set up below they confirm their address with a code."
        )
        note.setWordWrap(True)
        accounts_layout.addWidget(self.self_registration)
        accounts_layout.addWidget(note)

        mail_box = QGroupBox("E-mail (SMTP)")
        mail_layout = QVBoxLayout(mail_box)
        intro = QLabel(
            "Exam Hub sends verification and password reset codes through your school's mail "
            "server. Leave the server empty to switch e-mail off."
        )
        intro.setWordWrap(True)
        mail_layout.addWidget(intro)
        smtp = QFormLayout()
        smtp.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        mail_layout.addLayout(smtp)
        self.host = line_edit(placeholder="smtp.school.org")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox()
        for key, text in SECURITY:
            self.security.addItem(text, key)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.username = line_edit(placeholder="often your e-mail address; empty if none")
        self.smtp_password = PasswordBox("SMTP password")
        self.password_state = QLabel()
        self.forget_password = QCheckBox("&Forget the stored password")
        self.sender_edit = line_edit(placeholder="exams@school.org")
        for key, label, widget, name in (
            ("host", "Ser&ver:", self.host, "SMTP server"),
            ("port", "P&ort:", self.port, "SMTP port"),
            ("security", "S&ecurity:", self.security, "Security"),
            ("username", "&User name:", self.username, "SMTP user name"),
            ("smtp_password", "Pass&word:", self.smtp_password, "SMTP password"),
            ("sender", "Se&nder address:", self.sender_edit, "Sender address"),
        ):
            self.fields[key] = Field(smtp, label, widget, name)
        smtp.insertRow(smtp.rowCount() - 1, "", self.password_state)
        smtp.insertRow(smtp.rowCount() - 1, "", self.forget_password)

        test_row = QHBoxLayout()
        self.test_to = line_edit(placeholder="name@school.org")
        self.test_to.setText(principal.email)
        self.test_button = QPushButton("Save and Send &Test E-mail")
        self.test_button.clicked.connect(self.send_test)
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        test_holder = QWidget()
        test_holder.setLayout(test_row)
        test_holder.setFocusProxy(self.test_to)
        test_row.setContentsMargins(0, 0, 0, 0)
        test_row.setSpacing(8)
        self.fields["test_to"] = Field(smtp, "Sen&d test to:", test_holder, "Test e-mail recipient")
        self.test_to.setAccessibleName("Test e-mail recipient")

        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Save")
        self.layout_.addWidget(self.banner)
        self.layout_.addWidget(accounts_box)
        self.layout_.addWidget(mail_box)
        # this computer's choices (the data folder's settings file), not the database's
        device = device_settings if device_settings is not None else settings_file(accounts.ctx.data_dir)
        self.language = LanguageBox(device)  # stored when the dialog's OK succeeds
        self.appearance = AppearanceBox(device, self)
        self.layout_.addWidget(self.language)
        self.layout_.addWidget(self.appearance)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.accepted.connect(self.language.save)
        QWidget.setTabOrder(self.test_button, self.language.combo)  # in reading order, before Save
        self._set_enabled(False)
        self.banner.info("Loading the settings…")
        settings = accounts.settings
        Op(tasks, lambda: settings.get(principal), self).success(self._loaded).failure(
            self._load_failed
        ).run()

    # ---------------------------------------------------------------- loading
    def _set_enabled(self, on: bool) -> None:
        widgets: list[QWidget] = [self.self_registration, self.host, self.port, self.security, self.username]
        widgets += [
            self.smtp_password,
            self.forget_password,
            self.sender_edit,
            self.test_to,
            self.test_button,
        ]
        for widget in widgets:
            widget.setEnabled(on)
        self.ok_button.setEnabled(on)

    def _loaded(self, settings: AppSettings) -> None:
        self.banner.clear()
        self.show_settings(settings)
        self._set_enabled(True)
        self.ok_button.setDefault(True)  # it was disabled while loading, so focus had moved on
        self.self_registration.setFocus()
        self.loaded.emit(settings)

    def _load_failed(self, exc: BaseException) -> None:
        self.banner.clear()
        self.show_error(exc)
        self.loaded.emit(None)

    def show_settings(self, settings: AppSettings) -> None:
        self.current = settings
        smtp = settings.smtp
        self.self_registration.setChecked(settings.allow_self_registration)
        self.host.setText(smtp.host)
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(0, self.security.findData(smtp.security)))
        self.security.blockSignals(False)
        self.port.setValue(smtp.port)
        self.username.setText(smtp.username)
        self.sender_edit.setText(smtp.sender)
        self.smtp_password.setText("")
        self.forget_password.setChecked(False)
        self.forget_password.setVisible(settings.smtp_password_set)
        store = self.accounts.store
        where = "the system keyring" if isinstance(store, KeyringStore) else "a file only you can read"
        stored = settings.smtp_password_set
        self.password_state.setText(f"A password is stored, in {where}." if stored else f"Kept in {where}.")
        self.smtp_password.edit.setPlaceholderText("type a new one to replace it" if stored else "")
        self.password_state.setToolTip(f"Kept in the {store.description}")

    def _security_changed(self) -> None:
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[self.security.currentData()])

    # ---------------------------------------------------------------- saving
    def form_settings(self) -> AppSettings:
        smtp = SmtpSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=str(self.security.currentData()),
            username=self.username.text().strip(),
            sender=self.sender_edit.text().strip(),
        )
        return AppSettings(allow_self_registration=self.self_registration.isChecked(), smtp=smtp)

    def password_change(self) -> str | None:
        """None keeps the stored password, "" forgets it, text replaces it."""
        if self.smtp_password.text():
            return self.smtp_password.text()
        return "" if self.forget_password.isChecked() else None

    def _check(self, *, for_test: bool = False) -> bool:
        s = self.form_settings().smtp
        wanted = for_test or bool(s.host or s.sender or s.username)
        checks = [
            (
                self.fields["host"],
                "Enter the mail server's name, as in smtp.school.org." if wanted and not s.host else None,
            ),
            (self.fields["sender"], email_problem(s.sender) if wanted else None),
        ]
        if for_test:
            checks.append((self.fields["test_to"], email_problem(self.test_to.text())))
        else:
            self.fields["test_to"].clear()
        return not first_problem(checks)

    def submit(self) -> None:
        self.banner.clear()
        if not self._check():
            return
        settings, password = self.form_settings(), self.password_change()
        service, principal = self.accounts.settings, self.principal
        self.call(lambda: service.save(principal, settings, smtp_password=password), self.finish, "Saving…")

    def send_test(self) -> None:
        self.banner.clear()
        if not self._check(for_test=True):
            return
        settings, password, to = self.form_settings(), self.password_change(), self.test_to.text().strip()
        service, principal = self.accounts.settings, self.principal

        def save_and_send() -> AppSettings:
            saved = service.save(principal, settings, smtp_password=password)
            service.send_test_email(principal, to)
            return saved

        def sent(saved: AppSettings) -> None:
            self.show_settings(saved)
            self.banner.info(f"Settings saved. A test e-mail was sent to {to}; check that it arrived.")
            self.test_sent.emit(to)

        self.test_button.setEnabled(False)
        self.call(save_and_send, sent, f"Saving and sending a test e-mail to {to}…")

    def set_busy(self, busy: bool, text: str = "") -> None:
        super().set_busy(busy, text)
        self.test_button.setEnabled(not busy)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        accounts: AccountServices,
        tasks: TaskRunner,
        principal: Principal,
        *,
        device_settings: QSettings | None = None,
    ) -> AppSettings | None:
        return cls.run_modal(cls(parent, accounts, tasks, principal, device_settings=device_settings))  # type: ignore[no-any-return]
