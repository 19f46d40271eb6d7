"""Text zoom for a window (Ctrl+= / Ctrl+- / Ctrl+0): one font size set on a root widget.

Children take the root's font, except widgets with a style sheet, which keep the font they
were polished with; `scale_styled` gives those their own (also for pages built later).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
NORMAL = ZOOM_STEPS.index(1.0)


class TextZoom:
    def __init__(self, root: QWidget, on_changed: Callable[[], None] = lambda: None) -> None:
        self.root = root
        self.base = root.font().pointSizeF()
        self.level = NORMAL
        self.on_changed = on_changed

    @property
    def factor(self) -> float:
        return ZOOM_STEPS[self.level]

    @property
    def point_size(self) -> float:
        return self.base * self.factor

    def step(self, step: int) -> None:
        """+1 larger, -1 smaller, 0 back to normal."""
        self.level = NORMAL if step == 0 else max(0, min(len(ZOOM_STEPS) - 1, self.level + step))
        font = QFont(self.root.font())
        font.setPointSizeF(self.point_size)
        self.root.setFont(font)
        self.scale_styled(self.root)
        self.on_changed()

    def scale_styled(self, widget: QWidget) -> None:
        for w in widget.findChildren(QWidget):
            if w.styleSheet():
                own = QFont()  # only the size (and boldness) set: the rest still follows the root
                own.setPointSizeF(self.point_size)
                if w.font().bold():
                    own.setBold(True)
                w.setFont(own)
