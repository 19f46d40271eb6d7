"""Table models over the services' DTOs: the exams a student can take, and lists of attempts.

The lists are small (a classroom's exams, one exam's attempts), so each model holds its rows;
`set_rows` replaces them in one reset. The row's DTO is available under ROW_ROLE so views and
tests never parse display text. Column titles are marked at import time (context
"RunnerModels") and translated in `headerData`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from examhub_desktop.core.timing import format_remaining
from examhub_desktop.services.attempts import HomeExam
from examhub_desktop.services.results import AttemptSummary
from examhub_desktop.ui.i18n import format_number
from examhub_desktop.ui.runner.describe import format_duration, percent, when

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    numeric: bool = False
    spoken: Callable[[T], str] | None = None  # what a screen reader says, where the text is terse


class RowsModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column[T]]) -> None:
        super().__init__()
        self.columns = list(columns)
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: Index) -> T | None:
        return self.rows[index.row()] if index.isValid() and 0 <= index.row() < len(self.rows) else None

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row(index)
        if item is None or not 0 <= index.column() < len(self.columns):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole and column.spoken is not None:
            return column.spoken(item)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        if role == ROW_ROLE:
            return item
        if role == SORT_ROLE:
            return column.sort(item) if column.sort else column.text(item)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation is Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.columns):
            return translate("RunnerModels", self.columns[section].title)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _minutes(m: int | None) -> str:
    if not m:
        return translate("RunnerModels", "Untimed")
    return translate("RunnerModels", "{minutes} min").format(minutes=format_number(m))


def _percent(p: int | None) -> str:
    return "—" if p is None else percent(p)


def _time_limit(e: HomeExam) -> str:
    """The limit an exam attempt started now would have: extra time included."""
    if e.time_limit_seconds is None:
        return _minutes(e.duration_minutes)
    return _minutes(max(1, math.ceil(e.time_limit_seconds / 60)))


def _limit_sort(e: HomeExam) -> float:
    if e.time_limit_seconds is not None:
        return float(e.time_limit_seconds)
    return float((e.duration_minutes or 0) * 60)


def _my_attempts(e: HomeExam) -> str:
    """ "2", or "2 of 3" when the exam allows that many."""
    allowed = e.rules.max_attempts
    if allowed is None:
        return format_number(e.my_attempts)
    return translate("RunnerModels", "{count} of {allowed}").format(
        count=format_number(e.my_attempts), allowed=format_number(allowed)
    )


HOME_COLUMNS: list[Column[HomeExam]] = [
    Column(QT_TRANSLATE_NOOP("RunnerModels", "Exam"), lambda e: e.title, lambda e: e.title.casefold()),
    Column(
        QT_TRANSLATE_NOOP("RunnerModels", "Questions"),
        lambda e: format_number(e.question_count),
        lambda e: e.question_count,
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("RunnerModels", "Time limit"), _time_limit, _limit_sort, numeric=True),
    Column(
        QT_TRANSLATE_NOOP("RunnerModels", "Pass mark"),
        lambda e: _percent(e.passing_score),
        lambda e: e.passing_score or 0,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("RunnerModels", "My attempts"), _my_attempts, lambda e: e.my_attempts, numeric=True
    ),
    Column(
        QT_TRANSLATE_NOOP("RunnerModels", "My grade"),
        lambda e: _percent(e.grade),
        lambda e: -1 if e.grade is None else e.grade,
        numeric=True,
    ),
]


def verdict(a: AttemptSummary) -> str:
    if a.status == "in_progress":
        return translate("RunnerModels", "In progress")
    if a.status == "pending":
        return translate("RunnerModels", "Pending mark")
    if a.passed is None:
        return "—"
    return translate("RunnerModels", "✓ Passed") if a.passed else translate("RunnerModels", "✗ Not passed")


def _mode(a: AttemptSummary) -> str:
    return (
        translate("RunnerModels", "Practice") if a.mode == "practice" else translate("RunnerModels", "Exam")
    )


def _taken(a: AttemptSummary) -> str:
    return "—" if a.status == "in_progress" else format_duration(a.seconds_taken)


def _away(a: AttemptSummary) -> str:
    """ "3× · 1:05": how often a full-screen attempt's window was left, and for how long in all."""
    if not a.away:
        return ""
    return translate("RunnerModels", "{count}× · {time}").format(
        count=format_number(len(a.away)), time=format_remaining(a.away_seconds)
    )


def _away_spoken(a: AttemptSummary) -> str:
    if not a.away:
        return ""
    return translate("RunnerModels", "Left the window %n time(s), {time} in all", None, len(a.away)).format(
        time=format_duration(a.away_seconds)
    )


def _away_sort(a: AttemptSummary) -> float:
    return a.away_seconds + len(a.away) / 1000 if a.away else -1.0


def _stamp(a: AttemptSummary) -> float:
    moment = a.ended or a.started
    return moment.timestamp() if moment else 0.0


MY_COLUMNS: list[Column[AttemptSummary]] = [
    Column(QT_TRANSLATE_NOOP("RunnerModels", "Finished"), lambda a: when(a.ended), _stamp),
    Column(
        QT_TRANSLATE_NOOP("RunnerModels", "Exam"), lambda a: a.exam_title, lambda a: a.exam_title.casefold()
    ),
    Column(QT_TRANSLATE_NOOP("RunnerModels", "Mode"), _mode),
    Column(
        QT_TRANSLATE_NOOP("RunnerModels", "Score"),
        lambda a: _percent(a.score),
        lambda a: -1 if a.score is None else a.score,
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("RunnerModels", "Result"), verdict),
    Column(QT_TRANSLATE_NOOP("RunnerModels", "Time taken"), _taken, lambda a: a.seconds_taken, numeric=True),
]

EXAM_COLUMNS: list[Column[AttemptSummary]] = [
    Column(QT_TRANSLATE_NOOP("RunnerModels", "Student"), lambda a: a.student, lambda a: a.student.casefold()),
    Column(QT_TRANSLATE_NOOP("RunnerModels", "Started"), lambda a: when(a.started), _stamp),
    Column(QT_TRANSLATE_NOOP("RunnerModels", "Mode"), _mode),
    Column(
        QT_TRANSLATE_NOOP("RunnerModels", "Score"),
        lambda a: "—" if a.status == "in_progress" else _percent(a.score),
        lambda a: -1 if a.score is None else a.score,
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("RunnerModels", "Result"), verdict),
    Column(QT_TRANSLATE_NOOP("RunnerModels", "Time taken"), _taken, lambda a: a.seconds_taken, numeric=True),
    Column(
        QT_TRANSLATE_NOOP("RunnerModels", "Left window"), _away, _away_sort, numeric=True, spoken=_away_spoken
    ),
]


def home_model() -> RowsModel[HomeExam]:
    return RowsModel(HOME_COLUMNS)


def my_attempts_model() -> RowsModel[AttemptSummary]:
    return RowsModel(MY_COLUMNS)


def exam_attempts_model() -> RowsModel[AttemptSummary]:
    return RowsModel(EXAM_COLUMNS)
