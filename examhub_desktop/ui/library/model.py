"""The library table: holds exam ids, fetches the rows the view asks for in pages, caches them.

After anki's browser table model (qt/aqt/browser/table/model.py): the search returns ids
only, and `data()` serves cached rows. Unlike anki, a missing row is never read on the GUI
thread: `data()` shows a placeholder and asks the task runner for the whole page of ids
around it; when the page arrives, the rows are cached and `dataChanged` repaints them.
After a write the cache is marked stale: stale rows keep showing (no flicker) while their
page is fetched again. Answers for an older id list (a newer search replaced it) are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP
from examhub_desktop.services.library import ExamRow
from examhub_desktop.ui.i18n import format_datetime, format_number

PAGE = 100
COLUMNS: tuple[tuple[str, str], ...] = (  # (key, title marked for translation)
    ("title", QT_TRANSLATE_NOOP("ExamTableModel", "Title")),
    ("status", QT_TRANSLATE_NOOP("ExamTableModel", "Status")),
    ("is_public", QT_TRANSLATE_NOOP("ExamTableModel", "Visibility")),
    ("total_questions", QT_TRANSLATE_NOOP("ExamTableModel", "Questions")),
    ("duration_minutes", QT_TRANSLATE_NOOP("ExamTableModel", "Duration")),
    ("passing_score", QT_TRANSLATE_NOOP("ExamTableModel", "Passing Score")),
    ("attempts", QT_TRANSLATE_NOOP("ExamTableModel", "Attempts")),
    ("updated_at", QT_TRANSLATE_NOOP("ExamTableModel", "Last Change")),
)
STATUS_NAMES = {
    "draft": QT_TRANSLATE_NOOP("ExamTableModel", "Draft"),
    "published": QT_TRANSLATE_NOOP("ExamTableModel", "Published"),
    "archived": QT_TRANSLATE_NOOP("ExamTableModel", "Archived"),
}
ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
LOADING = "…"
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None]


def when(value: datetime | None) -> str:
    return "" if value is None else format_datetime(value)


def column_title(column: int) -> str:
    return QCoreApplication.translate("ExamTableModel", COLUMNS[column][1])


def status_name(status: str) -> str:
    return (
        QCoreApplication.translate("ExamTableModel", STATUS_NAMES[status])
        if status in STATUS_NAMES
        else status
    )


def cell(row: ExamRow, key: str) -> str:
    if key == "title":
        return row.title
    if key == "status":
        return status_name(row.status)
    if key == "is_public":
        if row.is_public:
            return QCoreApplication.translate("ExamTableModel", "Public")
        return QCoreApplication.translate("ExamTableModel", "Private")
    if key == "total_questions":
        return format_number(row.total_questions)
    if key == "duration_minutes":
        if row.duration_minutes is None:
            return QCoreApplication.translate("ExamTableModel", "Untimed")
        return QCoreApplication.translate("ExamTableModel", "{minutes} min").format(
            minutes=format_number(row.duration_minutes)
        )
    if key == "passing_score":
        if row.passing_score is None:
            return "—"
        return QCoreApplication.translate("ExamTableModel", "{percent} %").format(
            percent=format_number(row.passing_score)
        )
    if key == "attempts":
        return format_number(row.attempts)
    return when(row.updated_at)


class ExamTableModel(QAbstractTableModel):
    page_loaded = Signal(int)  # a page of rows arrived and was painted (its number)
    sort_requested = Signal(str, bool)  # (column key, descending): the owner queries ids again

    def __init__(
        self, fetch_rows: Callable[[list[str]], list[ExamRow]], run: Runner, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._fetch_rows, self._run = fetch_rows, run
        self.ids: list[str] = []
        self._row_of: dict[str, int] = {}
        self._rows: dict[str, ExamRow] = {}
        self._fresh: set[str] = set()  # cached rows read since the last write
        self._gone: set[str] = set()  # ids whose exam was deleted meanwhile
        self._pending: set[int] = set()
        self._generation = 0
        self.sort_key, self.descending = "updated_at", True

    # ---------------------------------------------------------------- ids and cache
    def set_ids(self, ids: list[str], *, stale: bool = False) -> None:
        """Show `ids` (a new search, filter or sort); with `stale`, cached rows are re-read."""
        self.beginResetModel()
        self._generation += 1
        self._pending.clear()
        self.ids = list(ids)
        self._row_of = {exam_id: n for n, exam_id in enumerate(self.ids)}
        if stale:
            self._fresh.clear()
            self._gone.clear()
        self.endResetModel()

    def exam_id(self, row: int) -> str | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, exam_id: str) -> int:
        return self._row_of.get(exam_id, -1)

    def cached(self, exam_id: str) -> ExamRow | None:
        return self._rows.get(exam_id)

    def _request(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        ids = self.ids[page * PAGE : (page + 1) * PAGE]
        generation, fetch = self._generation, self._fetch_rows
        self._run(
            lambda: fetch(ids),
            lambda rows: self._loaded(generation, page, ids, rows),
            lambda _exc: self._pending.discard(page) if generation == self._generation else None,
        )

    def _loaded(self, generation: int, page: int, ids: list[str], rows: list[ExamRow]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        for row in rows:
            self._rows[row.id] = row
        self._fresh.update(ids)
        self._gone.update(set(ids) - {r.id for r in rows})
        first, last = page * PAGE, min(len(self.ids), (page + 1) * PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self.page_loaded.emit(page)

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        exam_id = self.ids[index.row()]
        if role == ID_ROLE:
            return exam_id
        if exam_id not in self._fresh:
            self._request(index.row() // PAGE)
        row = self._rows.get(exam_id)
        key = COLUMNS[index.column()][0]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if exam_id in self._gone:
                return self.tr("(deleted)") if key == "title" else ""
            if row is None:
                return LOADING if key == "title" else ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.title if key == "title" else None
            return cell(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in (
            "total_questions",
            "duration_minutes",
            "passing_score",
            "attempts",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(section)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Sort by this column: {column}").format(column=column_title(section))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the database's job: ask the owner to query the ids again."""
        if not 0 <= column < len(COLUMNS):
            return
        key, descending = COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.sort_requested.emit(key, descending)
