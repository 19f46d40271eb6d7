"""Column widths in ems of the view's own font, never narrower than the column's header.

Widths in pixels were right for one font size only: at 200 % text the headers and values of
the library, people and import tables were cut off. An em (the width of "M") grows with the
font, and the header's size hint (its text, sort arrow and margins) is a floor. The widths are
worked out again when the view's font changes (the runner's zoom, a larger system font).

The stretching column (a title, an e-mail address) fills what is left, but not below its own
minimum: when the others leave less than that, it keeps its minimum and the view scrolls
sideways instead of squeezing it to "Com…".
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


def em(view: QTableView) -> int:
    return view.fontMetrics().horizontalAdvance("M")


class ColumnWidths(QObject):
    """Sets the widths now and after every font change of `view`; lives as long as the view."""

    def __init__(
        self, view: QTableView, ems: Mapping[int, float], stretch: tuple[int, float] | None = None
    ) -> None:
        super().__init__(view)
        self.view = view
        self.ems = dict(ems)
        self.stretch = stretch  # (column, its minimum in ems)
        view.installEventFilter(self)
        self.apply()

    def set(self, column: int, ems: float) -> None:
        self.ems[column] = ems
        self.apply()

    def apply(self) -> None:
        header, unit = self.view.horizontalHeader(), em(self.view)
        for column, ems in self.ems.items():
            self.view.setColumnWidth(column, max(round(ems * unit), header.sectionSizeHint(column)))
        self.fit_stretch()

    def fit_stretch(self) -> None:
        if self.stretch is None:
            return
        header, (column, ems) = self.view.horizontalHeader(), self.stretch
        least = max(round(ems * em(self.view)), header.sectionSizeHint(column))
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != column)
        room = self.view.viewport().width() - others
        mode = QHeaderView.ResizeMode.Stretch if room >= least else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(column) != mode:
            header.setSectionResizeMode(column, mode)
        if mode is QHeaderView.ResizeMode.Interactive:
            self.view.setColumnWidth(column, least)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.FontChange:
            self.apply()
        elif watched is self.view and event.type() == QEvent.Type.Resize:
            self.fit_stretch()
        return False


def column_widths(
    view: QTableView, ems: Mapping[int, float], stretch: tuple[int, float] | None = None
) -> ColumnWidths:
    return ColumnWidths(view, ems, stretch)
