"""Form pieces of the account dialogs: the password box with its strength meter and the checks
made as the user types (the generic field, banner and service dialog are in ui/forms.py).

A field's problem appears under it and becomes its accessible description, so a screen
reader hears it too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.core.emails import email_problem
from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP
from examhub_desktop.core.password_policy import check_password
from examhub_desktop.services.auth import MAX_NAME, common_passwords
from examhub_desktop.ui import theme
from examhub_desktop.ui.forms import Field, FieldMessage, first_problem, line_edit

STRENGTH_WORDS = (
    QT_TRANSLATE_NOOP("PasswordBox", "Very weak"),
    QT_TRANSLATE_NOOP("PasswordBox", "Weak"),
    QT_TRANSLATE_NOOP("PasswordBox", "Fair"),
    QT_TRANSLATE_NOOP("PasswordBox", "Strong"),
    QT_TRANSLATE_NOOP("PasswordBox", "Very strong"),
)


class PasswordBox(QWidget):
    """A password input with a Show toggle and, for new passwords, a strength meter and the
    policy's reasons, updated as the user types."""

    def __init__(
        self,
        name: str,
        *,
        meter: bool = False,
        email: Callable[[], str] = lambda: "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._email = email
        self.edit = line_edit(password=True)
        self.edit.setAccessibleName(name)
        self.show_button = QToolButton()
        self.show_button.setText(self.tr("Show"))
        self.show_button.setCheckable(True)
        self.show_button.setAccessibleName(self.tr("Show {field}").format(field=name.lower()))
        self.show_button.setToolTip(self.tr("Show or hide what you typed"))
        self.show_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.show_button.toggled.connect(
            lambda on: self.edit.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        )
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addLayout(row)
        self.meter: QProgressBar | None = None
        self.reasons = FieldMessage()
        self.strength = QLabel()
        if meter:
            # A thin bar with the word beside it: a full-height bar with text in it looks like a field.
            self.meter = QProgressBar()
            self.meter.setRange(0, len(STRENGTH_WORDS))
            self.meter.setTextVisible(False)
            self.meter.setFixedHeight(8)
            self.meter.setAccessibleName(self.tr("Password strength"))
            widest = max(  # the label keeps its width as the word changes
                self.strength.fontMetrics().horizontalAdvance(
                    self.tr("Strength: {word}").format(word=self.tr(w))
                )
                for w in STRENGTH_WORDS
            )
            self.strength.setMinimumWidth(widest + 4)
            gauge = QHBoxLayout()
            gauge.setContentsMargins(0, 0, 0, 0)
            gauge.setSpacing(8)
            gauge.addWidget(self.meter, 1)
            gauge.addWidget(self.strength)
            column.addLayout(gauge)
            column.addWidget(self.reasons)
            self.edit.textChanged.connect(self.refresh)
            self.refresh()
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def problems(self) -> list[str]:
        return list(check_password(self.text(), email=self._email(), common=common_passwords()).reasons)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # the meter's colours follow the scheme
            self.refresh()

    def refresh(self) -> None:
        """Re-score the password; called as the user types (and when the e-mail changes)."""
        if self.meter is None:
            return
        text = self.text()
        result = check_password(text, email=self._email(), common=common_passwords())
        strength = result.strength
        self.meter.setValue(strength + 1 if text else 0)  # "very weak" still shows a sliver of red
        word = self.tr(STRENGTH_WORDS[strength]) if text else "–"
        said = self.tr("Strength: {word}").format(word=word)
        self.meter.setFormat(said)
        self.meter.setAccessibleDescription(said)
        self.strength.setText(said)
        self.meter.setStyleSheet(
            f"QProgressBar::chunk {{ background-color: {theme.strength_colours()[strength]}; }}"
            if text
            else ""
        )
        reasons = result.reasons if text else ()
        self.reasons.say("\n".join(f"• {r}" for r in reasons))
        self.edit.setAccessibleDescription(" ".join(reasons))


def new_account_refused(
    fields: dict[str, Field], email: str, name: str, password: PasswordBox, repeat: str
) -> bool:
    """The checks of a form that creates an account (first run, registration): True when one
    field is wrong, its message shown beside it."""
    return first_problem(
        [
            (fields["email"], email_problem(email)),
            (fields["full_name"], name_problem(name, required=True)),
            (fields["password"], " ".join(password.problems()) or None),
            (fields["repeat"], repeat_problem(password.text(), repeat)),
        ]
    )


def name_problem(name: str, *, required: bool) -> str | None:
    if required and not name.strip():
        return QCoreApplication.translate("AccountForms", "Enter your name, as students will see it.")
    if len(name) > MAX_NAME:
        return QCoreApplication.translate(
            "AccountForms", "The name is longer than %n character(s) (it has {length}).", None, MAX_NAME
        ).format(length=len(name))
    return None


def repeat_problem(password: str, repeat: str) -> str | None:
    if not repeat:
        return QCoreApplication.translate("AccountForms", "Type the password again.")
    return (
        None
        if password == repeat
        else QCoreApplication.translate("AccountForms", "The two passwords differ.")
    )


class EmailWatcher:
    """Checks an e-mail field as the user types: quiet until the text has an @ or the field
    was left once, so a half-typed address is not scolded at the first letter."""

    def __init__(self, field: Field, edit: QLineEdit) -> None:
        self.field, self.edit = field, edit
        self.touched = False
        edit.textChanged.connect(self.check)
        edit.editingFinished.connect(self.leave)

    def leave(self) -> None:
        if self.edit.text():
            self.touched = True
        self.check()

    def check(self) -> None:
        text = self.edit.text()
        if not text.strip():
            self.field.clear()
            return
        if not (self.touched or "@" in text):
            return
        problem = email_problem(text)
        if problem:
            self.field.error(problem)
        else:
            self.field.clear()


class RepeatWatcher:
    """Says "differ" as soon as the repeated password stops matching what was typed first."""

    def __init__(self, field: Field, first: PasswordBox, repeat: PasswordBox) -> None:
        self.field, self.first, self.repeat = field, first, repeat
        repeat.edit.textChanged.connect(self.check)

    def check(self) -> None:
        typed = self.repeat.text()
        if typed and not self.first.text().startswith(typed):
            self.field.error(QCoreApplication.translate("AccountForms", "The two passwords differ."))
        else:
            self.field.clear()
