"""Table models of the import wizard: the questions found in a file, and the problems found.

Both hold the parser's frozen results and compute a row's texts when the view asks for it, so
a 10,000-question file previews without building 60,000 strings up front. A row with an error
is tinted red and one with only warnings amber, mixed into the palette's base colour so the
text keeps its contrast in dark mode too; the tint is never the only sign (the Problems column
says "Error:" / "Warning:" with an icon).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP
from examhub_desktop.core.question import plain_text
from examhub_desktop.formats import Diagnostic, ParsedQuestion
from examhub_desktop.ui import theme
from examhub_desktop.ui.transfer.describe import (
    answers_summary,
    location,
    one_line,
    problems_text,
    question_text,
    tooltip,
    type_label,
)

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
ROOT = QModelIndex()
SEVERITY_WORDS = {
    "error": QT_TRANSLATE_NOOP("ImportTables", "Error"),
    "warning": QT_TRANSLATE_NOOP("ImportTables", "Warning"),
}


def severity_word(severity: str) -> str:
    return QCoreApplication.translate("ImportTables", SEVERITY_WORDS[severity])


def tint(colour: QColor, amount: float) -> QColor:
    base = QGuiApplication.palette().base().color()

    def mix(b: int, c: int) -> int:
        return round(b * (1 - amount) + c * amount)

    return QColor(
        mix(base.red(), colour.red()), mix(base.green(), colour.green()), mix(base.blue(), colour.blue())
    )


def severity_icon(severity: str | None) -> QIcon | None:
    if severity is None:
        return None
    pixmap = (
        QStyle.StandardPixmap.SP_MessageBoxCritical
        if severity == "error"
        else QStyle.StandardPixmap.SP_MessageBoxWarning
    )
    return QApplication.style().standardIcon(pixmap)


def worst(diagnostics: tuple[Diagnostic, ...]) -> str | None:
    if any(d.severity == "error" for d in diagnostics):
        return "error"
    return "warning" if diagnostics else None


class _RowsModel(QAbstractTableModel):
    """A read-only table of `_rows` under the column titles `HEADERS` (marked in the context
    "ImportTables", translated when the view asks)."""

    HEADERS: tuple[str, ...] = ()
    _rows: Sequence[Any]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("ImportTables", self.HEADERS[section])
        return None


class PreviewModel(_RowsModel):
    """The questions of one parsed file, in file order."""

    HEADERS = (
        "#",
        QT_TRANSLATE_NOOP("ImportTables", "Line / element"),
        QT_TRANSLATE_NOOP("ImportTables", "Type"),
        QT_TRANSLATE_NOOP("ImportTables", "Question"),
        QT_TRANSLATE_NOOP("ImportTables", "Answers"),
        QT_TRANSLATE_NOOP("ImportTables", "Problems"),
    )
    NUMBER, WHERE, TYPE, TEXT, ANSWERS, PROBLEMS = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[ParsedQuestion, ...] = ()

    def set_questions(self, questions: tuple[ParsedQuestion, ...]) -> None:
        self.beginResetModel()
        self._rows = questions
        self.endResetModel()

    def question(self, row: int) -> ParsedQuestion:
        return self._rows[row]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        pq = self._rows[index.row()]
        column = index.column()
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(pq, index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TEXT:
                return tooltip(plain_text(pq.question) or question_text(pq))
            if column == self.PROBLEMS and pq.diagnostics:
                return tooltip(
                    "\n".join(
                        QCoreApplication.translate("ImportTables", "{severity}: {message}").format(
                            severity=severity_word(d.severity), message=d.message
                        )
                        for d in pq.diagnostics
                    )
                )
            if column == self.ANSWERS:
                return tooltip(answers_summary(pq.question))
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.PROBLEMS:
            return severity_icon(worst(pq.diagnostics))
        if role == Qt.ItemDataRole.BackgroundRole:
            level = worst(pq.diagnostics)
            if level == "error":
                return tint(theme.colour(theme.Role.ERROR), 0.16)
            if level == "warning":
                return tint(theme.colour(theme.Role.WARNING), 0.18)
        return None

    def _text(self, pq: ParsedQuestion, row: int, column: int) -> str:
        if column == self.NUMBER:
            return str(row + 1)
        if column == self.WHERE:
            return location(pq.line, pq.path)
        if column == self.TYPE:
            return type_label(pq.question.type)
        if column == self.TEXT:
            return question_text(pq)
        if column == self.ANSWERS:
            return answers_summary(pq.question)
        return problems_text(pq.diagnostics)


class DiagnosticModel(_RowsModel):
    """Problems in file order: file-level ones and those of a question (named by its number).

    `file` is shown in the location when problems of several files are listed together.
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("ImportTables", "Severity"),
        QT_TRANSLATE_NOOP("ImportTables", "Where"),
        QT_TRANSLATE_NOOP("ImportTables", "Problem"),
    )
    SEVERITY, WHERE, MESSAGE = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Diagnostic]] = []

    def set_diagnostics(self, diagnostics: list[tuple[str, Diagnostic]]) -> None:
        """(file name or "", diagnostic) pairs, sorted by the caller."""
        self.beginResetModel()
        self._rows = list(diagnostics)
        self.endResetModel()

    def diagnostic(self, row: int) -> Diagnostic:
        return self._rows[row][1]

    def rows_of_question(self, question_index: int) -> list[int]:
        return [i for i, (_f, d) in enumerate(self._rows) if d.question_index == question_index]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        file_name, d = self._rows[index.row()]
        column = index.column()
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.SEVERITY:
                return severity_word(d.severity)
            if column == self.WHERE:
                return self.where(file_name, d)
            return one_line(d.message, 400)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.MESSAGE:
            return tooltip(d.message)
        if role == Qt.ItemDataRole.DecorationRole and column == self.SEVERITY:
            return severity_icon(d.severity)
        return None

    @staticmethod
    def where(file_name: str, d: Diagnostic) -> str:
        parts = [file_name] if file_name else []
        place = location(d.line, d.path)
        if place:
            parts.append(place)
        if d.question_index is not None:
            parts.append(
                QCoreApplication.translate("ImportTables", "question {number}").format(
                    number=d.question_index + 1
                )
            )
        return ", ".join(parts) or QCoreApplication.translate("ImportTables", "the whole file")


def by_line(
    file_name: str, diagnostics: tuple[Diagnostic, ...] | list[Diagnostic]
) -> list[tuple[str, Diagnostic]]:
    """File-level problems without a line first, then the rest by line, keeping file order."""
    ordered = sorted(enumerate(diagnostics), key=lambda p: (p[1].line is not None, p[1].line or 0, p[0]))
    return [(file_name, d) for _i, d in ordered]


__all__ = ["DiagnosticModel", "PreviewModel", "by_line", "severity_icon", "severity_word", "tint", "worst"]
