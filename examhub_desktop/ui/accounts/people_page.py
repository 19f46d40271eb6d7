"""People (administrators only): find, create, change and remove accounts.

The page loads when first shown, and again after every change (here or elsewhere: the
window's `data_changed`). Up to `PAGE` people are held; the search box filters them as you
type, and when there are more than that it also asks the service (after a short pause).
Refusals from the services (the last administrator, a vanished person) are shown as they are
worded there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.users import UserRow
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.accounts.people_dialogs import NewPersonDialog, OneTimePasswordDialog, RoleDialog
from examhub_desktop.ui.accounts.users_model import (
    ACTIVE,
    EMAIL,
    LAST,
    NAME,
    ROLE,
    VERIFIED,
    UsersModel,
    UsersProxy,
)
from examhub_desktop.ui.changes import USERS, Changes
from examhub_desktop.ui.flow import ActionBar
from examhub_desktop.ui.i18n import format_number
from examhub_desktop.ui.messages import MessageDialog
from examhub_desktop.ui.ops import Op
from examhub_desktop.ui.shortcuts import show_keys_in_tooltips
from examhub_desktop.ui.sizing import column_widths
from examhub_desktop.ui.tasks import TaskRunner

PAGE = 1000
SEARCH_PAUSE_MS = 250


class PeoplePage(QWidget):
    changed = Signal(object)  # Changes written here: the window broadcasts them as data_changed
    status_message = Signal(str)
    rows_loaded = Signal(int)
    own_account_changed = Signal(str)  # the administrator changed their own role or access

    def __init__(
        self, accounts: AccountServices, tasks: TaskRunner, principal: Callable[[], Principal]
    ) -> None:
        super().__init__()
        self.setObjectName("PeoplePage")
        self.accounts, self.tasks, self.principal = accounts, tasks, principal
        self.stale = True
        self.truncated = False
        self.working = False
        self._broadcasting = False

        self.model = UsersModel(self)
        self.proxy = UsersProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleName(self.tr("People"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(EMAIL, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(EMAIL, QHeaderView.ResizeMode.Stretch)  # the rest fit their text
        header.setStretchLastSection(False)
        column_widths(
            self.table, {NAME: 16, ROLE: 8, ACTIVE: 10, VERIFIED: 11.5, LAST: 13}, stretch=(EMAIL, 20)
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.set_role())

        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setPlaceholderText(self.tr("Search by e-mail or name"))
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):  # Qt leaves its clear button unnamed
            button.setAccessibleName(self.tr("Clear search"))
        self.search.textChanged.connect(self._search_changed)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_PAUSE_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of people"))

        self.toolbar = ActionBar(self.tr("People actions"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = self._action(self.tr("&New Person…"), self.new_person, "Ctrl+N")
        self.role_action = self._action(self.tr("Set &Role…"), self.set_role, "Ctrl+R")
        self.active_action = self._action(self.tr("&Deactivate…"), self.toggle_active, "Ctrl+Shift+D")
        self.reset_action = self._action(self.tr("Reset &Password…"), self.reset_password, "Ctrl+Shift+P")
        self.verify_action = self._action(
            self.tr("Mark E-mail &Verified"), self.mark_verified, "Ctrl+Shift+M"
        )
        self.delete_action = self._action(self.tr("De&lete…"), self.delete, QKeySequence.StandardKey.Delete)
        self.selection_actions = [
            self.role_action,
            self.active_action,
            self.reset_action,
            self.verify_action,
            self.delete_action,
        ]
        show_keys_in_tooltips([self.new_action, *self.selection_actions])
        self.toolbar.addAction(self.new_action)
        self.toolbar.addSeparator()
        self.toolbar.addActions(self.selection_actions)
        self.context_menu = QMenu(self)
        self.context_menu.addAction(self.new_action)
        self.context_menu.addSeparator()
        self.context_menu.addActions(self.selection_actions)

        heading = QLabel("<h2>{}</h2>".format(self.tr("People")))
        heading.setAccessibleName(self.tr("People"))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.count_label)
        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    def _action(self, text: str, slot: Callable[[], None], key: str | QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # only on this page
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # ---------------------------------------------------------------- loading
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def on_data_changed(self, changes: Changes) -> None:
        if self._broadcasting or not changes.touches(
            "users"
        ):  # our own change: `_changed` reloads and keeps the selection
            return
        self.stale = True
        if self.isVisible():
            self.refresh()

    def _changed(self, select: str | None) -> None:
        """After a write: tell the window (other views refresh), then reload here."""
        self._broadcasting = True
        try:
            self.changed.emit(USERS)
        finally:
            self._broadcasting = False
        self.refresh(select=select)

    def refresh(self, select: str | None = None) -> None:
        self.stale = False
        current = self.current()
        keep = select or (current.id if current else None)
        users, principal = self.accounts.users, self.principal()
        search = self.search.text().strip() if self.truncated else ""
        Op(self.tasks, lambda: users.list_users(principal, search, limit=PAGE + 1), self).success(
            lambda rows: self._loaded(rows, keep)
        ).failure(self._failed).run()

    def _loaded(self, rows: list[UserRow], select: str | None) -> None:
        self.truncated = self.truncated or len(rows) > PAGE
        self.model.set_rows(rows[:PAGE])
        self._show_count()
        if select:
            self.select(select)
        self._update_actions()
        self.rows_loaded.emit(self.model.rowCount())

    def _failed(self, exc: BaseException) -> None:
        self.status_message.emit(self.tr("Could not load the people: {error}").format(error=exc))

    def _search_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._show_count()
        if self.truncated:
            self.search_timer.start()

    def _show_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            text = (
                self.tr("More than %Ln people", "", total)
                if self.truncated
                else self.tr("%Ln person(s)", "", total)
            )
        elif self.truncated:
            text = self.tr("{shown} of more than %Ln shown", "", total).format(shown=format_number(shown))
        else:
            text = self.tr("{shown} of %Ln shown", "", total).format(shown=format_number(shown))
        self.count_label.setText(text)

    # ---------------------------------------------------------------- selection
    def current(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.user(self.proxy.mapToSource(rows[0]).row())

    def select(self, user_id: str) -> None:
        row = self.model.row_of(user_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)

    def _update_actions(self, *_args: Any) -> None:
        row = self.current()
        for action in self.selection_actions:
            action.setEnabled(row is not None and not self.working)
        self.new_action.setEnabled(not self.working)
        active = row is None or row.is_active
        self.active_action.setText(self.tr("&Deactivate…") if active else self.tr("&Activate"))
        show_keys_in_tooltips([self.active_action])
        if row is not None and row.email_verified:
            self.verify_action.setEnabled(False)

    def _context_menu(self, pos: QPoint) -> None:
        if self.table.indexAt(pos).isValid():
            self.table.selectRow(self.table.indexAt(pos).row())
        self.context_menu.popup(self.table.viewport().mapToGlobal(pos))

    # ---------------------------------------------------------------- actions
    def _run(self, fn: Callable[[], Any], on_done: Callable[[Any], None], title: str) -> None:
        """Run a change on the task runner; afterwards broadcast it and reload."""
        self.working = True
        self._update_actions()

        def unlock() -> None:
            self.working = False
            self._update_actions()

        Op(self.tasks, fn, self).success(on_done).title(title).after(unlock).run()

    def _after(self, row: UserRow, message: str, *, own_change: bool = False) -> None:
        self.status_message.emit(message)
        self._changed(row.id)
        if own_change and row.id == self.principal().user_id:
            self.own_account_changed.emit(message)

    def new_person(self) -> None:
        created = NewPersonDialog.ask(self, self.accounts, self.tasks, self.principal())
        if created is None:
            return
        row, one_time = created
        self.status_message.emit(self.tr("Created an account for {email}.").format(email=row.email))
        self._changed(row.id)
        if one_time:
            OneTimePasswordDialog.ask(self, row.email, one_time)

    def set_role(self) -> None:
        row = self.current()
        if row is None:
            return
        role = RoleDialog.ask(self, row)
        if role is None or role is row.role:
            return
        users, principal = self.accounts.users, self.principal()
        self._run(
            lambda: users.set_role(principal, row.id, role),
            lambda new: self._after(new, self._role_changed(new.email, role), own_change=True),
            self.tr("Set Role"),
        )

    def _role_changed(self, email: str, role: Role) -> str:
        if role is Role.ADMIN:
            return self.tr("{email} is now a teacher.").format(email=email)
        return self.tr("{email} is now a student.").format(email=email)

    def toggle_active(self) -> None:
        row = self.current()
        if row is None:
            return
        if row.is_active and not MessageDialog.ask(
            self,
            self.tr("Deactivate"),
            self.tr(
                "Deactivate {email}? They can no longer sign in, and they are signed out on "
                "every device. You can activate the account again later."
            ).format(email=row.email),
            kind="question",
            confirm=self.tr("&Deactivate"),
        ):
            return
        users, principal, active = self.accounts.users, self.principal(), not row.is_active
        self._run(
            lambda: users.set_active(principal, row.id, active),
            lambda new: self._after(
                new,
                (
                    self.tr("{email} is active again.") if active else self.tr("{email} is deactivated.")
                ).format(email=new.email),
                own_change=not active,
            ),
            self.tr("Activate") if active else self.tr("Deactivate"),
        )

    def reset_password(self) -> None:
        row = self.current()
        if row is None:
            return
        if not MessageDialog.ask(
            self,
            self.tr("Reset Password"),
            self.tr(
                "Give {email} a one-time password? Their current password stops working, they "
                "are signed out everywhere, and they choose a new password at their next sign-in."
            ).format(email=row.email),
            kind="question",
            confirm=self.tr("&Reset Password"),
        ):
            return
        users, principal = self.accounts.users, self.principal()

        def done(one_time: str) -> None:
            self._after(row, self.tr("{email} has a one-time password.").format(email=row.email))
            OneTimePasswordDialog.ask(self, row.email, one_time)

        self._run(lambda: users.reset_password(principal, row.id), done, self.tr("Reset Password"))

    def mark_verified(self) -> None:
        row = self.current()
        if row is None:
            return
        users, principal = self.accounts.users, self.principal()
        self._run(
            lambda: users.mark_verified(principal, row.id),
            lambda new: self._after(
                new, self.tr("The e-mail address {email} is marked verified.").format(email=new.email)
            ),
            self.tr("Mark E-mail Verified"),
        )

    def delete(self) -> None:
        row = self.current()
        if row is None:
            return
        users, principal = self.accounts.users, self.principal()

        # a read, so it does not lock the page the way a change does (_run)
        Op(self.tasks, lambda: users.attempt_count(principal, row.id), self).success(
            lambda n: self._confirm_delete(row, n)
        ).title(self.tr("Delete")).run()

    def _confirm_delete(self, row: UserRow, attempts: int) -> None:
        if attempts:
            text = self.tr(
                "Delete the account of {email}? This cannot be undone. Their %Ln exam attempt(s) "
                "will be kept for the statistics, without their name.",
                "",
                attempts,
            )
        else:
            text = self.tr(
                "Delete the account of {email}? This cannot be undone. They have no exam attempts."
            )
        if not MessageDialog.ask(
            self,
            self.tr("Delete"),
            text.format(email=row.email),
            kind="question",
            confirm=self.tr("De&lete"),
        ):
            return
        users, principal = self.accounts.users, self.principal()

        def done(kept: int) -> None:
            self.status_message.emit(
                self.tr("Deleted {email}; %Ln attempt(s) kept without a name.", "", kept).format(
                    email=row.email
                )
            )
            self._changed(None)
            if row.id == principal.user_id:
                self.own_account_changed.emit(
                    self.tr("Your account {email} was deleted.").format(email=row.email)
                )

        self._run(lambda: users.delete_user(principal, row.id), done, "Delete")
