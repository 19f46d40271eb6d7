"""Features find each other through the main window's explicit references (page keys, its
menus, its `transfer_actions`), never through a title a user reads: here every navigation
and menu title is renamed, as a translation would, before and after the features install,
and the links between them still hold.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from examhub_desktop.services.app import AppContext
from examhub_desktop.services.library import ExamFields, LibraryService
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.ui import library as library_ui
from examhub_desktop.ui import runner as runner_ui
from examhub_desktop.ui import transfer as transfer_ui
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.app import settings_for
from examhub_desktop.ui.library.page import LibraryPage
from examhub_desktop.ui.main_window import LIBRARY_PAGE, STUDENT_START_PAGE, MainWindow
from examhub_desktop.ui.runner.home import StudentHomePage
from examhub_desktop.ui.tasks import TaskRunner
from examhub_desktop.ui.transfer.export_dialog import ExportDialog
from examhub_desktop.ui.transfer.wizard import ImportWizard
from tests.ui.conftest import GOOD

WAIT = 10_000


def translated(text: str) -> str:
    """A pseudo-translation: no English title survives it, the mnemonic does."""
    return "⟦" + text.replace("&", "")[::-1] + "⟧"


def translate_titles(window: MainWindow) -> None:
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        if not item.text().startswith("⟦"):
            item.setText(translated(item.text()))
    for action in window.menuBar().actions():
        if not action.text().startswith("⟦"):
            action.setText(translated(action.text()))


@pytest.fixture
def shell(qtbot: QtBot, ctx: AppContext) -> Iterator[Any]:
    """A window's shell for a principal, as start-up draws it before the services load."""
    made: list[MainWindow] = []

    def make(principal: Principal) -> MainWindow:
        tasks = TaskRunner()
        window = MainWindow(ctx, settings_for(ctx.data_dir), tasks, principal)
        tasks.setParent(window)
        qtbot.addWidget(window)
        made.append(window)
        window.show()
        return window

    yield make
    for window in made:
        window.tasks.wait()


def test_a_teachers_features_find_each_other_whatever_the_titles_read(
    qtbot: QtBot,
    shell: Any,
    ctx: AppContext,
    accounts: AccountServices,
    admin: Principal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    LibraryService(ctx).create(admin, ExamFields("Forces"))
    window: MainWindow = shell(admin)
    translate_titles(window)
    window.complete(accounts)
    translate_titles(window)

    bar = [a.menu() for a in window.menuBar().actions()]
    assert bar[0] is window.file_menu and bar[-1] is window.help_menu, "no second File menu, Help stays last"
    page = library_ui.library_page(window)
    assert isinstance(page, LibraryPage) and window.page(LIBRARY_PAGE) is page
    exams_menu = next(m for m in bar if m is not None and page.new_action in m.actions())
    assert bar.index(exams_menu) < bar.index(window.help_menu), "the Exams menu comes before Help"

    actions = transfer_ui.actions_of(window)
    assert actions is not None and actions is window.transfer_actions
    assert window.file_menu.actions()[:2] == [actions.import_action, actions.export_action]

    window.show_page("overview")
    with qtbot.waitSignal(page.ids_loaded, timeout=WAIT):
        page.reveal()
    assert window.pages.currentWidget() is page
    page.table.selectRow(0)

    asked: list[list[Path]] = []
    monkeypatch.setattr(
        ImportWizard, "ask", classmethod(lambda cls, parent, ui, paths=(): asked.append(list(paths)) or [])
    )
    mime = QMimeData()
    dropped = tmp_path / "week3.gift"
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    drop = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    page.dropEvent(drop)
    assert asked == [[dropped]], "files dropped on the library open the import wizard"

    exported: list[str | None] = []
    monkeypatch.setattr(
        ExportDialog,
        "ask",
        classmethod(lambda cls, parent, ui, exam_id=None, fmt="gift": exported.append(exam_id)),
    )
    actions.export_action.trigger()
    assert exported == [page.selected_id()] and exported[0] is not None, "export starts on the selection"


def test_a_students_placeholder_is_replaced_whatever_the_titles_read(
    qtbot: QtBot, shell: Any, accounts: AccountServices, admin: Principal
) -> None:
    accounts.users.create_user(admin, "pupil@school.org", "Pupil", Role.STUDENT, GOOD)
    student = accounts.auth.sign_in(None, "pupil@school.org", GOOD)
    window: MainWindow = shell(student)
    placeholder = window.page(STUDENT_START_PAGE)
    assert placeholder is not None and window.pages.currentWidget() is placeholder
    row = window.nav.currentRow()
    translate_titles(window)

    window.complete(accounts)
    home = window.page(STUDENT_START_PAGE)
    assert isinstance(home, StudentHomePage) and not window.showing_placeholder()
    assert window.pages.currentWidget() is home and window.nav.currentRow() == row
    assert window.pages.indexOf(home) == row and window.nav.count() == window.pages.count()
    assert window.nav.item(row).text() == "Exams", "the page's own title replaces the placeholder's"
    assert transfer_ui.actions_of(window) is None, "students get no import or export"
    assert window.menuBar().actions()[-1].menu() is window.help_menu
    pages = window.nav.count()
    runner_ui.install(window, student)
    assert window.nav.count() == pages and window.page(STUDENT_START_PAGE) is home, "installed once only"
    qtbot.waitUntil(lambda: not window.tasks.pending, timeout=WAIT)


def test_a_page_key_is_taken_once(shell: Any, admin: Principal) -> None:
    window: MainWindow = shell(admin)
    with pytest.raises(ValueError, match="already has a page 'overview'"):
        window.add_page("overview", "Overview", QLabel("another"))
