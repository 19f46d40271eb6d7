"""The people table: a model that holds ids and their fetched rows, and a sorting/filtering proxy.

Rows come from `UserService.list_users` on the task runner (the page fetches them); the model
never touches the database. Sorting uses `SORT_ROLE` (dates as timestamps, flags as numbers),
so "Last sign-in" sorts by time and not by its text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP
from examhub_desktop.services.permissions import Role
from examhub_desktop.services.users import UserRow
from examhub_desktop.ui.i18n import format_datetime

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = (
    QT_TRANSLATE_NOOP("UsersModel", "E-mail"),
    QT_TRANSLATE_NOOP("UsersModel", "Name"),
    QT_TRANSLATE_NOOP("UsersModel", "Role"),
    QT_TRANSLATE_NOOP("UsersModel", "Active"),
    QT_TRANSLATE_NOOP("UsersModel", "E-mail verified"),
    QT_TRANSLATE_NOOP("UsersModel", "Last sign-in"),
)
EMAIL, NAME, ROLE, ACTIVE, VERIFIED, LAST = range(len(COLUMNS))
ROLE_TEXT = {
    Role.ADMIN: QT_TRANSLATE_NOOP("UsersModel", "Teacher"),
    Role.STUDENT: QT_TRANSLATE_NOOP("UsersModel", "Student"),
}

Index = QModelIndex | QPersistentModelIndex


def when(row: UserRow) -> str:
    if row.last_login is None:
        return QCoreApplication.translate("UsersModel", "Never")
    return format_datetime(row.last_login)


class UsersModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._rows: dict[str, UserRow] = {}

    # ---------------------------------------------------------------- contents
    def set_rows(self, rows: Sequence[UserRow]) -> None:
        self.beginResetModel()
        self._ids = [r.id for r in rows]
        self._rows = {r.id: r for r in rows}
        self.endResetModel()

    def row_of(self, user_id: str) -> int:
        try:
            return self._ids.index(user_id)
        except ValueError:
            return -1

    def user(self, row: int) -> UserRow:
        return self._rows[self._ids[row]]

    def ids(self) -> list[str]:
        return list(self._ids)

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row = self._rows[self._ids[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column == EMAIL and row.must_change_password:
            return self.tr("Must choose a new password at the next sign-in")
        return None

    @staticmethod
    def _text(row: UserRow, column: int) -> str:
        if column == EMAIL:
            return row.email
        if column == NAME:
            return row.full_name
        if column == ROLE:
            return QCoreApplication.translate("UsersModel", ROLE_TEXT[row.role])
        if column == ACTIVE:
            if row.is_active:
                return QCoreApplication.translate("UsersModel", "Active")
            return QCoreApplication.translate("UsersModel", "Deactivated")
        if column == VERIFIED:
            if row.email_verified:
                return QCoreApplication.translate("UsersModel", "Yes")
            return QCoreApplication.translate("UsersModel", "No")
        return when(row)

    @staticmethod
    def _sort_key(row: UserRow, column: int) -> Any:
        if column == LAST:
            return row.last_login.timestamp() if row.last_login else 0.0
        if column == ACTIVE:
            return int(row.is_active)
        if column == VERIFIED:
            return int(row.email_verified)
        return UsersModel._text(row, column).casefold()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class UsersProxy(QSortFilterProxyModel):
    """Sorts by `SORT_ROLE`; the filter text matches the e-mail or the name, ignoring case."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        pattern = self.filterRegularExpression()
        if not pattern.pattern():
            return True
        model = self.sourceModel()
        return any(
            pattern.match(str(model.data(model.index(source_row, column, source_parent)))).hasMatch()
            for column in (EMAIL, NAME)
        )
