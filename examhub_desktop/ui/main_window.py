"""The main window: menus, the left navigation, pages, the status bar and remembered geometry.

Pages register themselves with `add_page` under a key; later features (library, runner,
results, users) add theirs, and find a page, a menu or each other through the window's
references (`page(key)`, `file_menu`, `help_menu`, `transfer_actions`), never by a title a
translation would change. Signals are wired here, in one place, as DESIGN.md asks. The
window belongs to one signed-in person (`principal`); signing out closes it (`signed_out`),
and the session controller (ui/accounts/session.py) shows the sign-in dialog again.

The window comes in two steps so that it can be on screen before the services load: the
shell (menus, navigation, Overview, status bar; standard library reads only) and then,
given the account services, `complete()` installs the features. Until then a student's
start page is a placeholder that the real page replaces in the same place.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from examhub_desktop import APP_NAME
from examhub_desktop.paths import log_path
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.permissions import Principal
from examhub_desktop.ui.about import AboutDialog
from examhub_desktop.ui.changes import Changes
from examhub_desktop.ui.messages import MessageDialog
from examhub_desktop.ui.ops import Op
from examhub_desktop.ui.overview import OverviewPage
from examhub_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from examhub_desktop.ui.accounts.account_menu import AccountUi
    from examhub_desktop.ui.accounts.backend import AccountServices
    from examhub_desktop.ui.transfer import TransferActions

# The pages' keys: features find a page by these, never by its title, which a translation changes.
OVERVIEW_PAGE = "overview"
LIBRARY_PAGE = "library"
ATTEMPTS_PAGE = "attempts"
STUDENT_START_PAGE = "exams"  # the runner's home page, which replaces the student's placeholder
MY_RESULTS_PAGE = "my-results"
PEOPLE_PAGE = "people"


class MainWindow(QMainWindow):
    data_changed = Signal(object)  # app-wide ui.changes.Changes: views refresh for kinds they show
    signed_out = Signal(str)  # the person signed out (the text is a notice for the sign-in dialog)
    closed = Signal()
    completed = Signal()  # the features are installed

    def __init__(
        self,
        ctx: AppContext,
        settings: QSettings,
        tasks: TaskRunner,
        principal: Principal,
        accounts: AccountServices | None = None,
    ) -> None:
        """Without `accounts`, only the shell: call `complete()` once the services are loaded."""
        super().__init__()
        self.ctx, self.settings, self.tasks = ctx, settings, tasks
        self.principal = principal
        self.accounts: AccountServices | None = None
        self.account_ui: AccountUi | None = None
        self._placeholders: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {}  # by key, in the navigation's order
        self.transfer_actions: TransferActions | None = None  # set by ui/transfer's install()
        self.setObjectName("MainWindow")
        self.setWindowTitle(f"{APP_NAME} — {ctx.location.describe()}")
        self.undo_group = QUndoGroup(self)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.pages = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([200, 900])
        self.setCentralWidget(self.splitter)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)

        self.db_label = QLabel()
        self.db_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self.db_label)
        self.db_label.setText(
            f"{'SQLite' if ctx.location.is_sqlite else 'PostgreSQL'}: {ctx.location.describe()}"
        )
        self.db_label.setToolTip(self.tr("The database in use"))

        self.overview = OverviewPage(ctx, tasks)
        self.add_page(OVERVIEW_PAGE, self.tr("Overview"), self.overview)
        self.overview.backup_requested.connect(self.backup_database)
        self.overview.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.data_changed.connect(self.overview.refresh)
        self.tasks.changed.connect(self.data_changed)  # what an Op's `changes` announce

        self._build_menus()
        self.overview.set_admin(principal.is_admin)
        self.backup_action.setVisible(principal.is_admin)
        if not principal.is_admin:  # a student starts on their exams
            placeholder = QLabel(self.tr("Loading your exams…"))
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.add_page(STUDENT_START_PAGE, self.tr("Exams"), placeholder)
            self._placeholders[STUDENT_START_PAGE] = placeholder
            self.show_page(STUDENT_START_PAGE)
        self._restore_geometry()
        if accounts is not None:
            self.complete(accounts)

    @property
    def is_complete(self) -> bool:
        return self.accounts is not None

    def showing_placeholder(self) -> bool:
        return self.pages.currentWidget() in self._placeholders.values()

    def complete(self, accounts: AccountServices) -> None:
        """Install the features (their modules import the services, so only now)."""
        from examhub_desktop.ui.accounts.account_menu import AccountUi

        self.accounts = accounts
        self._install_features(self.principal)
        self.account_ui = AccountUi(self, accounts)
        self.completed.emit()

    def _install_features(self, principal: Principal) -> None:
        """Each feature adds its own pages and actions."""
        from examhub_desktop.ui import library, runner, transfer

        if principal.is_admin:
            library.install(self, principal)
        runner.install(self, principal)
        transfer.install(self, principal)
        page = library.library_page(self)
        if page is not None:
            page.files_dropped.connect(lambda paths: transfer.import_files(self, principal, paths))

    # ------------------------------------------------------------------ structure
    def add_page(self, key: str, title: str, page: QWidget) -> None:
        """`page` under `title` in the navigation, found by `key`; it takes the place of a
        placeholder added under the same key."""
        placeholder = self._placeholders.pop(key, None)
        if placeholder is not None:
            index = self.pages.indexOf(placeholder)
            self.pages.insertWidget(index, page)
            if self.pages.currentWidget() is placeholder:
                self.pages.setCurrentWidget(page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self.nav.item(index).setText(title)
            self._pages[key] = page
            return
        if key in self._pages:
            raise ValueError(f"the window already has a page {key!r}")
        self._pages[key] = page
        self.pages.addWidget(page)
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(0, 32))
        self.nav.addItem(item)

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def show_page(self, key: str) -> None:
        page = self._pages.get(key)
        if page is not None:
            self.nav.setCurrentRow(self.pages.indexOf(page))  # the navigation's rows are the pages

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(self.tr("&File"))
        self.backup_action = self._action(self.tr("&Back Up Database…"), self.backup_database, "Ctrl+Shift+B")
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self._action(self.tr("Open &Data Folder"), self.open_data_folder))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        edit = self.edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addActions([undo, redo])
        edit.addSeparator()
        for name, key in (
            (self.tr("Cu&t"), "cut"),
            (self.tr("&Copy"), "copy"),
            (self.tr("&Paste"), "paste"),
            (self.tr("Select &All"), "selectAll"),
        ):
            standard = {
                "cut": QKeySequence.StandardKey.Cut,
                "copy": QKeySequence.StandardKey.Copy,
                "paste": QKeySequence.StandardKey.Paste,
                "selectAll": QKeySequence.StandardKey.SelectAll,
            }[key]
            edit.addAction(self._action(name, lambda _=False, k=key: self._forward_edit(k), standard))

        view = bar.addMenu(self.tr("&View"))
        self.toggle_nav = self._action(
            self.tr("Show &Navigation"), lambda on: self.nav.setVisible(on), "Ctrl+Shift+N"
        )
        self.toggle_nav.setCheckable(True)
        self.toggle_nav.setChecked(True)
        self.toggle_status = self._action(
            self.tr("Show &Status Bar"), lambda on: self.statusBar().setVisible(on)
        )
        self.toggle_status.setCheckable(True)
        self.toggle_status.setChecked(True)
        full = self._action(
            self.tr("&Full Screen"), self._toggle_full_screen, QKeySequence.StandardKey.FullScreen
        )
        refresh = self._action(
            self.tr("&Refresh"),
            lambda: self.data_changed.emit(Changes.everything()),
            QKeySequence.StandardKey.Refresh,
        )
        view.addActions([self.toggle_nav, self.toggle_status, full, refresh])

        help_menu = self.help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("Show &Log File"), self.open_log))
        help_menu.addAction(self._action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts, "Ctrl+/"))
        help_menu.addAction(
            self._action(
                self.tr("&About {app}").format(app=APP_NAME),
                self.show_about,
                QKeySequence.StandardKey.HelpContents,
            )
        )

    # ------------------------------------------------------------------ actions
    def _forward_edit(self, method: str) -> None:
        widget = QApplication.focusWidget()
        if widget is not None and hasattr(widget, method):
            getattr(widget, method)()

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def show_about(self) -> None:
        AboutDialog(self.ctx, self.tasks, self).exec()

    def show_shortcuts(self) -> None:
        from examhub_desktop.ui.shortcuts import ShortcutsDialog

        ShortcutsDialog.ask(self)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir)))

    def open_log(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_path(self.ctx.data_dir))))

    def backup_database(self) -> None:
        if not self.ctx.location.is_sqlite:
            MessageDialog.ask(
                self,
                self.tr("Back Up Database"),
                self.tr("This database is on a PostgreSQL server; back it up with the server's tools."),
            )
            return
        suggested = str(self.ctx.data_dir / "backups" / "examhub-backup.db")
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back Up Database"), suggested, self.tr("Databases (*.db)")
        )
        if not target:
            return
        self.statusBar().showMessage(self.tr("Backing up…"))
        Op(self.tasks, lambda: self.ctx.backup(Path(target)), self).success(
            lambda path: self.statusBar().showMessage(
                self.tr("Backup written to {path}").format(path=path), 10000
            )
        ).failure(self._backup_failed).run()

    def _backup_failed(self, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        MessageDialog.ask(self, self.tr("Backup failed"), str(exc), kind="warning")

    # ------------------------------------------------------------------ geometry
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        state = self.settings.value("main_window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("main_window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_geometry(self) -> None:
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.setValue("main_window/state", self.saveState())
        self.settings.setValue("main_window/splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        self.tasks.wait(10_000)
        super().closeEvent(event)
        self.closed.emit()
