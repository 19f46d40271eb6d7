"""The exam's questions as a table the teacher reorders by dragging (or Ctrl+Up / Ctrl+Down).

The model only moves its own rows and reports the new order (`order_changed`); the exam
editor turns that into an undoable reorder on the service, which keeps order_index dense.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP
from examhub_desktop.services.questions import QuestionItem
from examhub_desktop.ui import theme
from examhub_desktop.ui.editor.type_chooser import difficulty_name, type_name
from examhub_desktop.ui.i18n import format_number

MIME = "application/x-examhub-question-row"
HEADERS = (
    QT_TRANSLATE_NOOP("QuestionListModel", "#"),
    QT_TRANSLATE_NOOP("QuestionListModel", "Type"),
    QT_TRANSLATE_NOOP("QuestionListModel", "Question"),
    QT_TRANSLATE_NOOP("QuestionListModel", "Points"),
    QT_TRANSLATE_NOOP("QuestionListModel", "Difficulty"),
    QT_TRANSLATE_NOOP("QuestionListModel", "Check"),
)
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class QuestionListModel(QAbstractTableModel):
    order_changed = Signal(list, list)  # (ids before, ids after) after a move the teacher made

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[QuestionItem] = []
        self.movable = True

    def set_items(self, items: list[QuestionItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def ids(self) -> list[str]:
        return [i.id for i in self.items]

    def set_order(self, ids: list[str]) -> None:
        """Show the questions in `ids` order (undo of a move); unknown ids are ignored."""
        by_id = {i.id: i for i in self.items}
        if set(ids) != set(by_id):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_rows = [(p, self.items[p.row()].id, p.column()) for p in old]
        self.items = [by_id[i] for i in ids]
        where = {item.id: n for n, item in enumerate(self.items)}
        self.changePersistentIndexList(
            [p for p, _i, _c in old_rows], [self.index(where[i], c) for _p, i, c in old_rows]
        )
        self.layoutChanged.emit()

    # ---------------------------------------------------------------- reading
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item, col = self.items[index.row()], index.column()
        q = item.question
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return format_number(index.row() + 1)
            if col == 1:
                return type_name(q.type)
            if col == 2:
                return item.preview or self.tr("(no text yet)")
            if col == 3:
                return format_number(q.points)
            if col == 4:
                return difficulty_name(q.difficulty)
            if col == 5:
                n = len(item.problems)
                return self.tr("OK") if n == 0 else self.tr("%n problem(s)", "", n)
        if role == Qt.ItemDataRole.ToolTipRole and col in (2, 5):
            return "\n".join(item.problems) if col == 5 and item.problems else item.preview
        if role == Qt.ItemDataRole.ForegroundRole and col == 5 and item.problems:
            return theme.colour(theme.Role.ERROR)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (
                QCoreApplication.translate("QuestionListModel", HEADERS[section])
                if 0 <= section < len(HEADERS)
                else None
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.movable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.movable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    # ---------------------------------------------------------------- moving
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME) or not self.movable:
            return False
        try:
            rows = [int(r) for r in bytes(data.data(MIME).data()).decode().split(",") if r]
        except ValueError:
            return False
        if len(rows) != 1:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.items))
        # The view then asks to remove the dragged rows; removeRows is not supported, so nothing is lost.
        return self.moveRows(QModelIndex(), rows[0], 1, QModelIndex(), target)

    def moveRows(
        self, source_parent: Index, source_row: int, count: int, destination_parent: Index, destination: int
    ) -> bool:
        n = len(self.items)
        if (
            source_parent.isValid()
            or destination_parent.isValid()
            or count != 1
            or not 0 <= source_row < n
            or not 0 <= destination <= n
            or destination in (source_row, source_row + 1)
        ):
            return False
        before = self.ids()
        if not self.beginMoveRows(ROOT, source_row, source_row, ROOT, destination):
            return False
        item = self.items.pop(source_row)
        self.items.insert(destination - 1 if destination > source_row else destination, item)
        self.endMoveRows()
        first, last = min(source_row, destination), max(source_row, destination - 1)
        self.dataChanged.emit(self.index(first, 0), self.index(min(last, n - 1), 0))  # the # column
        self.order_changed.emit(before, self.ids())
        return True

    def move(self, row: int, delta: int) -> int:
        """Move one row up (-1) or down (+1); returns where it went."""
        to = row + delta
        if not 0 <= to < len(self.items):
            return row
        self.moveRows(QModelIndex(), row, 1, QModelIndex(), to + 1 if delta > 0 else to)
        return to
