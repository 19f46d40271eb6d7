"""Messages and confirmations, in one place every feature uses.

Each is a classmethod `ask()` that runs a modal box and returns the answer, so tests replace
it (DESIGN.md). The default button is the one the text promises: OK for a message; for a
confirmation of something that cannot be undone, the harmless choice (Cancel), so that
Enter never destroys anything.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class MessageDialog:
    """Message boxes, replaceable in tests through `ask`."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        *,
        kind: str = "info",
        confirm: str | None = None,
    ) -> bool:
        """Show `text`. With `confirm` (the action's button text), ask: True if confirmed."""
        icon = {
            "info": QMessageBox.Icon.Information,
            "warning": QMessageBox.Icon.Warning,
            "question": QMessageBox.Icon.Question,
        }[kind]
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
        if confirm is None:
            box.addButton(QMessageBox.StandardButton.Ok)
            box.exec()
            return True
        yes = box.addButton(confirm, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes
