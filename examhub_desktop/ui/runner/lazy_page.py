"""Pages that read their data only when someone looks at them."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from examhub_desktop.ui.changes import Changes


class LazyPage(QWidget):
    """Refreshes when shown if the data changed meanwhile, or at once while visible.

    Hidden pages only note that they are stale, so a write elsewhere in the app costs
    nothing for pages nobody is looking at.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def data_changed(self, changes: Changes) -> None:
        if not changes.touches("exams", "questions", "attempts"):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        """Read the data again; subclasses call `super().refresh()` first."""
        self._stale = False
