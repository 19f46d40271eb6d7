"""Small modal questions the library and the editors ask, each behind a classmethod `ask()`.

Tests replace `ask` (DESIGN.md: "dialogs replaced through a classmethod ask()"), so no test
ever blocks on a modal loop. Plain messages and yes/no questions go through the app's one
`MessageDialog`, so they look (and are tested) like every other message box.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.ui import theme
from examhub_desktop.ui.messages import MessageDialog

Choice = Literal["save", "discard", "cancel"]


class UnsavedChanges:
    """Save / Discard / Cancel when an editor with unsaved changes is closed; `what` is a whole
    translated phrase from the caller ("this question", "“Algebra”")."""

    @staticmethod
    def build(parent: QWidget | None, what: str) -> QMessageBox:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("UnsavedChanges", "Unsaved changes"))
        box.setText(
            QCoreApplication.translate("UnsavedChanges", "Save the changes to {what}?").format(what=what)
        )
        box.setInformativeText(
            QCoreApplication.translate("UnsavedChanges", "If you don't save, your changes will be lost.")
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        return box

    @classmethod
    def ask(cls, parent: QWidget | None, what: str) -> Choice:
        answer = cls.build(parent, what).exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"


class Confirm:
    """A yes/no question whose yes-button names the action ("Delete", not "OK"); the caller
    passes its texts translated."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, detail: str = "", action: str = "") -> bool:
        message = f"{text}\n\n{detail}" if detail else text
        action = action or QCoreApplication.translate("Confirm", "OK")
        return MessageDialog.ask(parent, title, message, kind="question", confirm=action)


class Problems(QDialog):
    """The reasons publishing was refused, one per line, selectable for copying."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, problems: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("ProblemsDialog")
        label = QLabel(intro)
        label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Problems"))
        self.list.addItems(problems)
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(520)
        theme.paint(self.list, theme.Role.ERROR)
        label.setBuddy(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, intro: str, problems: list[str]) -> None:
        cls(parent, title, intro, problems).exec()


class Message:
    """A known error or a notice; its text comes from the service, the title from the caller."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, *, error: bool = True) -> None:
        MessageDialog.ask(parent, title, text, kind="warning" if error else "info")
