"""The main window shell: menus, navigation, status bar, About, geometry, overview."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from examhub_desktop import __version__
from examhub_desktop.db.migrate import HEAD_REVISION
from examhub_desktop.db.models import Exam, User
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.permissions import Principal
from examhub_desktop.ui.about import AboutDialog
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.app import build_main_window
from examhub_desktop.ui.changes import EXAMS
from examhub_desktop.ui.main_window import MainWindow
from examhub_desktop.ui.tasks import TaskRunner


def test_menus_navigation_and_status_bar(main_window: MainWindow, ctx: AppContext) -> None:
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "E&xams", "&Account", "&Help"]
    assert main_window.nav.count() >= 1 and main_window.nav.item(0).text() == "Overview"
    assert str(ctx.location.path) in main_window.db_label.text()
    assert main_window.db_label.text().startswith("SQLite:")


def test_every_menu_action_has_a_shortcut_or_mnemonic(main_window: MainWindow) -> None:
    for menu_action in main_window.menuBar().actions():
        menu = menu_action.menu()
        assert QKeySequence.mnemonic(menu_action.text()).count() == 1
        for action in menu.actions():
            if action.isSeparator():
                continue
            assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()


def test_about_names_version_data_folder_and_database(
    qtbot: QtBot, ctx: AppContext, tasks: TaskRunner
) -> None:
    dialog = AboutDialog(ctx, tasks)
    qtbot.addWidget(dialog)
    assert dialog.fields["data_dir"].text() == str(ctx.data_dir)
    assert dialog.fields["database"].text() == str(ctx.location.path)
    assert dialog.fields["revision"].text() == "Loading…"  # read on the worker, not here
    qtbot.waitUntil(lambda: dialog.fields["revision"].text() == HEAD_REVISION)
    assert __version__ in dialog.findChildren(type(dialog.fields["database"]))[0].text()


def test_geometry_is_remembered(
    qtbot: QtBot, ctx: AppContext, accounts: AccountServices, admin: Principal
) -> None:
    first = build_main_window(ctx, admin, accounts=accounts)
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(QRect(40, 50, 700, 520))  # inside the offscreen 800x600 screen
    first.close()
    first.tasks.wait()
    second = build_main_window(ctx, admin, accounts=accounts)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (700, 520)
    second.close()
    second.tasks.wait()


def test_overview_counts_and_refresh_on_change(
    qtbot: QtBot, main_window: MainWindow, ctx: AppContext
) -> None:
    assert main_window.overview.count_labels["exams"].text() == "0"
    assert main_window.overview.count_labels["users"].text() == "1"  # the administrator
    with ctx.uow() as uow:
        uow.users.add(User(email="a@b.org", hashed_password="!"))
        uow.exams.add(Exam(title="Algebra"))
        uow.commit()
    with qtbot.waitSignal(main_window.overview.counts_loaded, timeout=10_000):
        main_window.data_changed.emit(EXAMS)
    assert main_window.overview.count_labels["exams"].text() == "1"
    assert main_window.overview.count_labels["users"].text() == "2"


def test_check_database_button(qtbot: QtBot, main_window: MainWindow) -> None:
    page = main_window.overview
    page.check_button.click()
    qtbot.waitUntil(lambda: page.check_button.isEnabled(), timeout=10_000)
    assert page.check_result.text().startswith("No problems found")


def test_toggle_navigation(main_window: MainWindow) -> None:
    main_window.toggle_nav.trigger()
    assert not main_window.nav.isVisible()
    main_window.toggle_nav.trigger()
    assert main_window.nav.isVisible()
