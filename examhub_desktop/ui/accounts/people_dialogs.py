"""Small dialogs of the People page: a new person, a role, and a one-time password to hand over."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.core.emails import email_problem
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.users import UserRow
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.accounts.forms import EmailWatcher, name_problem
from examhub_desktop.ui.accounts.own_account import role_name
from examhub_desktop.ui.forms import ServiceDialog, first_problem, line_edit
from examhub_desktop.ui.tasks import TaskRunner


def role_combo(current: Role = Role.STUDENT) -> QComboBox:
    combo = QComboBox()
    for role in (Role.STUDENT, Role.ADMIN):
        combo.addItem(role_name(role), role)
    combo.setCurrentIndex(combo.findData(current))
    combo.setAccessibleName(QCoreApplication.translate("RoleDialog", "Role"))
    return combo


class NewPersonDialog(ServiceDialog):
    """Creates an account with a one-time password; value: (UserRow, one-time password)."""

    def __init__(
        self, parent: QWidget | None, accounts: AccountServices, tasks: TaskRunner, principal: Principal
    ) -> None:
        super().__init__(parent, tasks, "")
        self.setWindowTitle(self.tr("New Person"))
        self.setObjectName("NewPersonDialog")
        self.accounts, self.principal = accounts, principal
        self.email = line_edit(placeholder=self.tr("name@school.org"))
        self.full_name = line_edit()
        self.role = role_combo()
        self.add_field("email", self.tr("&E-mail:"), self.email, self.tr("E-mail"))
        self.add_field("full_name", self.tr("Full &name:"), self.full_name, self.tr("Full name"))
        self.add_field("role", self.tr("&Role:"), self.role, self.tr("Role"))
        self.ok_button.setText(self.tr("&Create"))
        self.email_watch = EmailWatcher(self.fields["email"], self.email)
        self.finish_layout(
            self.tr(
                "Exam Hub makes a one-time password for the new person; give it to them. They "
                "choose their own password when they first sign in."
            )
        )
        self.setMinimumWidth(500)

    def submit(self) -> None:
        self.banner.clear()
        email, name = self.email.text(), self.full_name.text()
        if first_problem(
            [
                (self.fields["email"], email_problem(email)),
                (self.fields["full_name"], name_problem(name, required=False)),
            ]
        ):
            return
        users, principal, role = self.accounts.users, self.principal, Role(self.role.currentData())
        self.call(
            lambda: users.create_user(principal, email, name.strip(), role), self.finish, self.tr("Creating…")
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, accounts: AccountServices, tasks: TaskRunner, principal: Principal
    ) -> tuple[UserRow, str | None] | None:
        return cls.run_modal(cls(parent, accounts, tasks, principal))  # type: ignore[no-any-return]


class RoleDialog(QDialog):
    """Pick a role for one person; no service call (the page makes it)."""

    def __init__(self, parent: QWidget | None, row: UserRow) -> None:
        super().__init__(parent)
        self.setObjectName("RoleDialog")
        self.setWindowTitle(self.tr("Set Role"))
        self.combo = role_combo(row.role)
        form = QFormLayout()
        form.addRow(self.tr("&Role:"), self.combo)
        text = QLabel(
            self.tr(
                "Choose what {person} may do. Teachers write exams, manage "
                "people and see every result; students take exams and see their own results."
            ).format(person=row.full_name or row.email)
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    @property
    def role(self) -> Role:
        return Role(self.combo.currentData())

    @classmethod
    def ask(cls, parent: QWidget | None, row: UserRow) -> Role | None:
        dialog = cls(parent, row)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        role = dialog.role if accepted else None
        dialog.deleteLater()
        return role


class OneTimePasswordDialog(QDialog):
    """Shows a one-time password, selectable and with a Copy button, once."""

    def __init__(self, parent: QWidget | None, email: str, password: str) -> None:
        super().__init__(parent)
        self.setObjectName("OneTimePasswordDialog")
        self.setWindowTitle(self.tr("One-Time Password"))
        text = QLabel(
            self.tr(
                "Give this one-time password to {email}. It is shown only now; they must choose "
                "their own password when they sign in with it."
            ).format(email=email)
        )
        text.setWordWrap(True)
        self.password = QLineEdit(password)
        self.password.setReadOnly(True)
        self.password.setAccessibleName(self.tr("One-time password"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.Bold)
        self.password.setFont(font)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.password.selectAll()
        self.setMinimumWidth(460)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.password.text())
        self.copy_button.setText(self.tr("&Copied"))

    @classmethod
    def ask(cls, parent: QWidget | None, email: str, password: str) -> None:
        dialog = cls(parent, email, password)
        dialog.exec()
        dialog.deleteLater()
