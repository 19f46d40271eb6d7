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
from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP
from examhub_desktop.services.mail import SmtpSettings
from examhub_desktop.services.permissions import Principal
from examhub_desktop.services.secrets import FileStore, KeyringStore
from examhub_desktop.services.settings import AppSettings
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.accounts.forms import PasswordBox
from examhub_desktop.ui.appearance import AppearanceBox
from examhub_desktop.ui.appearance import device_settings as settings_file
from examhub_desktop.ui.forms import Field, ServiceDialog, first_problem, line_edit
from examhub_desktop.ui.i18n import LanguageBox
from examhub_desktop.ui.ops import Op
from examhub_desktop.ui.tasks import TaskRunner

SECURITY = (
    ("starttls", QT_TRANSLATE_NOOP("SettingsDialog", "STARTTLS (port 587)")),
    ("ssl", QT_TRANSLATE_NOOP("SettingsDialog", "SSL/TLS (port 465)")),
    ("none", QT_TRANSLATE_NOOP("SettingsDialog", "None (port 25)")),
)
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
        super().__init__(parent, tasks, "")
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("SettingsDialog")
        self.accounts, self.principal = accounts, principal
        self.current: AppSettings | None = None

        accounts_box = QGroupBox(self.tr("Accounts"))
        accounts_layout = QVBoxLayout(accounts_box)
        self.self_registration = QCheckBox(self.tr("&Allow students to create their own accounts"))
        note = QLabel(
            self.tr(
                "When this is on, the sign-in window offers “Create Account”. New accounts are students; "
                "with e-mail set up below they confirm their address with a code."
            )
        )
        note.setWordWrap(True)
        accounts_layout.addWidget(self.self_registration)
        accounts_layout.addWidget(note)

        mail_box = QGroupBox(self.tr("E-mail (SMTP)"))
        mail_layout = QVBoxLayout(mail_box)
        intro = QLabel(
            self.tr(
                "Exam Hub sends verification and password reset codes through your school's mail "
                "server. Leave the server empty to switch e-mail off."
            )
        )
        intro.setWordWrap(True)
        mail_layout.addWidget(intro)
        smtp = QFormLayout()
        smtp.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        mail_layout.addLayout(smtp)
        self.host = line_edit(placeholder=self.tr("smtp.school.org"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox()
        for key, text in SECURITY:
            self.security.addItem(self.tr(text), key)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.username = line_edit(placeholder=self.tr("often your e-mail address; empty if none"))
        self.smtp_password = PasswordBox(self.tr("SMTP password"))
        self.password_state = QLabel()
        self.forget_password = QCheckBox(self.tr("&Forget the stored password"))
        self.sender_edit = line_edit(placeholder=self.tr("exams@school.org"))
        for key, label, widget, name in (
            ("host", self.tr("Ser&ver:"), self.host, self.tr("SMTP server")),
            ("port", self.tr("P&ort:"), self.port, self.tr("SMTP port")),
            ("security", self.tr("S&ecurity:"), self.security, self.tr("Security")),
            ("username", self.tr("&User name:"), self.username, self.tr("SMTP user name")),
            ("smtp_password", self.tr("Pass&word:"), self.smtp_password, self.tr("SMTP password")),
            ("sender", self.tr("Se&nder address:"), self.sender_edit, self.tr("Sender address")),
        ):
            self.fields[key] = Field(smtp, label, widget, name)
        smtp.insertRow(smtp.rowCount() - 1, "", self.password_state)
        smtp.insertRow(smtp.rowCount() - 1, "", self.forget_password)

        test_row = QHBoxLayout()
        self.test_to = line_edit(placeholder=self.tr("name@school.org"))
        self.test_to.setText(principal.email)
        self.test_button = QPushButton(self.tr("Save and Send &Test E-mail"))
        self.test_button.clicked.connect(self.send_test)
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        test_holder = QWidget()
        test_holder.setLayout(test_row)
        test_holder.setFocusProxy(self.test_to)
        test_row.setContentsMargins(0, 0, 0, 0)
        test_row.setSpacing(8)
        recipient = self.tr("Test e-mail recipient")
        self.fields["test_to"] = Field(smtp, self.tr("Sen&d test to:"), test_holder, recipient)
        self.test_to.setAccessibleName(recipient)

        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
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
        self.banner.info(self.tr("Loading the settings…"))
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
        stored = settings.smtp_password_set
        if isinstance(store, KeyringStore):
            state = (
                self.tr("A password is stored, in the system keyring.")
                if stored
                else self.tr("Kept in the system keyring.")
            )
        else:
            state = (
                self.tr("A password is stored, in a file only you can read.")
                if stored
                else self.tr("Kept in a file only you can read.")
            )
        self.password_state.setText(state)
        self.smtp_password.edit.setPlaceholderText(self.tr("type a new one to replace it") if stored else "")
        # where exactly: the file's path (the keyring's backend is a technical name, not for this line)
        path = store.path if isinstance(store, FileStore) else None
        self.password_state.setToolTip(self.tr("Kept in {path}").format(path=path) if path else "")

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
                self.tr("Enter the mail server's name, as in smtp.school.org.")
                if wanted and not s.host
                else None,
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
        self.call(
            lambda: service.save(principal, settings, smtp_password=password), self.finish, self.tr("Saving…")
        )

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
            self.banner.info(
                self.tr("Settings saved. A test e-mail was sent to {email}; check that it arrived.").format(
                    email=to
                )
            )
            self.test_sent.emit(to)

        self.test_button.setEnabled(False)
        self.call(
            save_and_send, sent, self.tr("Saving and sending a test e-mail to {email}…").format(email=to)
        )

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
