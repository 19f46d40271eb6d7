"""An editable table over a list of immutable records (choices, answers, pairs, distractors).

The rows are the core's frozen dataclasses themselves; each column says how to show a row and
how to make a changed copy of it, so the question editor reads `model.rows` straight into a
`Question` and undo only has to put an old list back. Edits are reported by `rows_edited`;
the model never talks to the database.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.core import answer_text
from examhub_desktop.ui.i18n import format_number, locale

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class Kind:
    TEXT = "text"
    PERCENT = "percent"  # a fraction -1..1 shown and edited as a whole percentage
    NUMBER = "number"  # a float typed as text, so no precision is lost to a spin box


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str  # translated by the panel that makes the column, as is `tooltip`
    get: Callable[[R], Any]
    set: Callable[[R, Any], R]
    kind: str = Kind.TEXT
    minimum: int = -100
    maximum: int = 100
    tooltip: str = ""
    stretch: bool = False


@dataclass(frozen=True)
class RowTexts:
    """What a record table's buttons say and are called, translated by the panel: whole
    phrases per table, because "Remove {noun}" cannot be assembled in every language."""

    add: str  # "Add Choice"
    remove: str  # "Remove Choice"
    add_name: str  # "Add choice"
    remove_name: str  # "Remove the selected choice"
    up_name: str  # "Move the selected choice up"
    down_name: str  # "Move the selected choice down"


def fmt_number(value: float) -> str:
    """The value to edit: the user's decimal sign, no grouping, as many digits as it has."""
    if not math.isfinite(value):
        return ""
    plain = QLocale(locale())
    plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return plain.toString(float(value), "g", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)


def parse_number(text: Any) -> float | None:
    """A typed number in either decimal sign ("2.5", "2,5", "1.234,5"), as the runner reads
    a student's; None when it is not one."""
    exact = answer_text.parse_number(str(text))
    if exact is None:
        return None
    value = float(exact)
    return value if math.isfinite(value) else None


def percent(fraction: float) -> int:
    return round(fraction * 100) if math.isfinite(fraction) else 0


class RecordModel(QAbstractTableModel, Generic[R]):
    rows_edited = Signal()  # any change a user made: a cell, a row added, removed or moved

    def __init__(self, columns: Sequence[Column[R]], new_row: Callable[[], R], parent: QObject | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.new_row = new_row
        self.rows: list[R] = []
        self.read_only = False

    # ---------------------------------------------------------------- reading
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        column = self.columns[index.column()]
        value = column.get(self.rows[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind == Kind.PERCENT:
                return QCoreApplication.translate("RecordModel", "{percent} %").format(
                    percent=format_number(percent(value))
                )
            if column.kind == Kind.NUMBER:
                return format_number(value) if math.isfinite(value) else ""
            return str(value)
        if role == Qt.ItemDataRole.EditRole:
            if column.kind == Kind.PERCENT:
                return percent(value)
            if column.kind == Kind.NUMBER:
                return fmt_number(value)
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind != Kind.TEXT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].tooltip:
                return self.columns[section].tooltip
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and section >= 0:
            return format_number(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.read_only else base | Qt.ItemFlag.ItemIsEditable

    # ---------------------------------------------------------------- editing
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        column = self.columns[index.column()]
        if column.kind == Kind.PERCENT:
            try:
                value = max(column.minimum, min(column.maximum, int(value))) / 100
            except (TypeError, ValueError):
                return False
        elif column.kind == Kind.NUMBER:
            value = parse_number(value)
            if value is None:
                return False
        else:
            value = str(value)
        old = self.rows[index.row()]
        new = column.set(old, value)
        if new == old:
            return True
        self.rows[index.row()] = new
        self.dataChanged.emit(index, index)
        self.rows_edited.emit()
        return True

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace everything (loading, undo); not reported as an edit."""
        if list(rows) == self.rows:
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def add_row(self, row: R | None = None) -> int:
        at = len(self.rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.append(self.new_row() if row is None else row)
        self.endInsertRows()
        self.rows_edited.emit()
        return at

    def remove_row(self, at: int) -> None:
        if not 0 <= at < len(self.rows):
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        del self.rows[at]
        self.endRemoveRows()
        self.rows_edited.emit()

    def move_row(self, at: int, delta: int) -> int:
        to = at + delta
        if not (0 <= at < len(self.rows) and 0 <= to < len(self.rows)) or delta == 0:
            return at
        self.beginMoveRows(QModelIndex(), at, at, QModelIndex(), to + 1 if delta > 0 else to)
        self.rows.insert(to, self.rows.pop(at))
        self.endMoveRows()
        self.rows_edited.emit()
        return to


class RecordDelegate(QStyledItemDelegate):
    """Editors that respect each column's range and carry the column's name for screen readers."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        header = str(model.headerData(index.column(), Qt.Orientation.Horizontal) or self.tr("Value"))
        column = getattr(model, "columns", [None] * (index.column() + 1))[index.column()]
        editor: QWidget
        if column is not None and column.kind == Kind.PERCENT:
            spin = QSpinBox(parent)
            spin.setRange(column.minimum, column.maximum)
            spin.setSuffix(self.tr(" %"))
            editor = spin
        else:
            editor = QLineEdit(parent)
        editor.setAccessibleName(self.tr("{column}, row {row}").format(column=header, row=index.row() + 1))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())


def record_view(model: RecordModel[Any], name: str, rows_visible: int = 4) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(RecordDelegate(view))
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setTabKeyNavigation(False)  # Tab leaves the table, so the buttons below are reachable
    view.setWordWrap(False)
    header = view.horizontalHeader()
    for i, column in enumerate(model.columns):
        mode = QHeaderView.ResizeMode.Stretch if column.stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(i, mode)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    row_height = view.verticalHeader().defaultSectionSize()
    view.setMinimumHeight(header.sizeHint().height() + row_height * rows_visible + 4)
    view.setMaximumHeight(header.sizeHint().height() + row_height * (rows_visible + 1) + 4)
    return view


class RecordEditor(QWidget):
    """A record table with Add / Remove / Move up / Move down buttons under it."""

    def __init__(self, model: RecordModel[Any], name: str, texts: RowTexts, rows_visible: int = 4) -> None:
        super().__init__()
        self.model = model
        self.view: QTableView = record_view(model, name, rows_visible)
        self.add_button = QPushButton(texts.add)
        self.remove_button = QPushButton(texts.remove)
        self.up_button = QPushButton(self.tr("Move Up"))
        self.down_button = QPushButton(self.tr("Move Down"))
        self.add_button.setAccessibleName(texts.add_name)
        self.remove_button.setAccessibleName(texts.remove_name)
        self.up_button.setAccessibleName(texts.up_name)
        self.down_button.setAccessibleName(texts.down_name)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.limit: int | None = None
        model.modelReset.connect(self.update_buttons)
        model.rowsInserted.connect(self.update_buttons)
        model.rowsRemoved.connect(self.update_buttons)
        self.update_buttons()

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def add(self) -> None:
        row = self.model.add_row()
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.edit(self.model.index(row, 0))

    def remove(self) -> None:
        row = self.current_row()
        if row < 0:
            row = self.model.rowCount() - 1
        self.model.remove_row(row)

    def move_current(self, delta: int) -> None:
        row = self.current_row()
        if row >= 0:
            to = self.model.move_row(row, delta)
            self.view.setCurrentIndex(self.model.index(to, max(0, self.view.currentIndex().column())))

    def update_buttons(self) -> None:
        editable = not self.model.read_only
        n = self.model.rowCount()
        self.add_button.setEnabled(editable and (self.limit is None or n < self.limit))
        for b in (self.remove_button, self.up_button, self.down_button):
            b.setEnabled(editable and n > 0)

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.update_buttons()
