"""Form pieces every feature's dialogs share: a labelled field with its message line, the
banner, the first-problem check, and `ServiceDialog`, a form whose OK runs a service call.

A field's problem appears under it and becomes its accessible description, so a screen reader
hears it too. Every dialog built on `ServiceDialog` has a classmethod `ask()` that runs it
modally and returns its result, so the start-up flow and the tests replace dialogs by
patching `ask` (DESIGN.md). Field-level problems appear under the field; other known errors
in the banner at the top.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.services.errors import FieldError, is_known
from examhub_desktop.ui import theme
from examhub_desktop.ui.ops import Op, retire
from examhub_desktop.ui.tasks import TaskRunner


class FieldMessage(QLabel):
    """The line under a field: a problem (red) or a hint; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def say(self, text: str, *, error: bool = True) -> None:
        theme.paint(self, theme.Role.ERROR if error else None)
        self.setText(text)
        self.setVisible(bool(text))


class Field:
    """A labelled form row: the input widget with its message line under it."""

    def __init__(self, form: QFormLayout, label: str, widget: QWidget, name: str) -> None:
        self.widget = widget
        self.name = name
        widget.setAccessibleName(name)  # the buddy label is not a sibling, so name it directly
        self.message = FieldMessage()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(widget)
        column.addWidget(self.message)
        self.label = QLabel(label)
        self.label.setBuddy(self.target)
        self.form, self.box = form, box
        form.addRow(self.label, box)

    def set_visible(self, visible: bool) -> None:
        self.form.setRowVisible(self.box, visible)

    @property
    def target(self) -> QWidget:
        """The widget that takes focus (a password box's line edit)."""
        return self.widget.focusProxy() or self.widget

    def error(self, text: str) -> None:
        self.message.say(text)
        self.target.setAccessibleDescription(text)

    def clear(self) -> None:
        self.message.say("")
        self.target.setAccessibleDescription("")


def line_edit(*, password: bool = False, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    edit.setMinimumWidth(280)
    return edit


class Banner(QLabel):
    """The dialog's general message: a refusal from a service, or progress."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def error(self, text: str) -> None:
        theme.paint(self, theme.Role.ERROR, "font-weight: bold;")
        self.setText(text)
        self.setVisible(bool(text))

    def info(self, text: str) -> None:
        theme.paint(self, None)
        self.setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.info("")


def first_problem(checks: list[tuple[Field, str | None]]) -> bool:
    """Show each field's problem (or clear it); True if any field has one. Focus goes to the first."""
    first: Field | None = None
    for field, problem in checks:
        if problem:
            field.error(problem)
            first = first or field
        else:
            field.clear()
    if first is not None:
        first.widget.setFocus()
    return first is not None


class ServiceDialog(QDialog):
    """A form whose OK button runs a service call on the task runner.

    While the call runs, the OK button is disabled and the banner says what is happening; a
    `FieldError` lands under its field, another known error in the banner, and a bug is
    re-raised to the crash handler. Closing the dialog early drops the late result.
    """

    def __init__(self, parent: QWidget | None, tasks: TaskRunner, title: str) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.value: Any = None
        self.fields: dict[str, Field] = {}
        self.busy = False
        self.setWindowTitle(title)
        self.banner = Banner()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(10)

    # ---------------------------------------------------------------- building
    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def cancel_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def add_field(self, key: str, label: str, widget: QWidget, name: str) -> Field:
        field = Field(self.form, label, widget, name)
        self.fields[key] = field
        return field

    def finish_layout(self, intro: str = "") -> None:
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            self.layout_.addWidget(text)
        self.layout_.addWidget(self.banner)
        self.layout_.addLayout(self.form)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)

    # ---------------------------------------------------------------- running
    def submit(self) -> None:
        """OK was pressed: subclasses check their fields and `call` a service."""
        raise NotImplementedError

    def clear_messages(self) -> None:
        self.banner.clear()
        for field in self.fields.values():
            field.clear()

    def call(self, fn: Callable[[], Any], on_done: Callable[[Any], None], busy_text: str = "") -> None:
        """`busy_text`: what the banner says meanwhile (translated by the caller)."""
        self.set_busy(True, busy_text or QCoreApplication.translate("ServiceDialog", "Working…"))

        def done(result: Any) -> None:
            self.set_busy(False)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self.set_busy(False)
            self.show_error(exc)

        Op(self.tasks, fn, self).success(done).failure(failed).run()

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.ok_button.setEnabled(not busy)
        if busy:
            self.banner.info(text)
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.banner.clear()
            self.unsetCursor()

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, FieldError) and exc.field in self.fields:
            field = self.fields[exc.field]
            field.error(str(exc))
            field.widget.setFocus()
        elif is_known(exc):
            self.banner.error(str(exc))
        else:
            raise exc

    def finish(self, value: Any) -> None:
        self.value = value
        self.accept()

    def done(self, result: int) -> None:
        retire(self)  # a late answer finds the dialog closed and is dropped
        super().done(result)

    @classmethod
    def run_modal(cls, dialog: ServiceDialog) -> Any:
        """exec() the dialog and return its value (None when cancelled)."""
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.value if accepted else None
        dialog.deleteLater()
        return value
