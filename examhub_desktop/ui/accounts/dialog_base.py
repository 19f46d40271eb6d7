"""The base of the account dialogs: a form whose OK runs a service call.

Every dialog here has a classmethod `ask()` that runs it modally and returns its result, so
the start-up flow and the tests replace dialogs by patching `ask` (DESIGN.md). Field-level
problems appear under the field; other known errors appear in the banner at the top.
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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.services.errors import FieldError, is_known
from examhub_desktop.ui.accounts.forms import Banner, Field
from examhub_desktop.ui.messages import MessageDialog
from examhub_desktop.ui.ops import Op, retire
from examhub_desktop.ui.tasks import TaskRunner

__all__ = ["MessageDialog", "ServiceDialog"]


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
