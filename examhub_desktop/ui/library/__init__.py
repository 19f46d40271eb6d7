"""Teacher authoring in the main window: the Library page, its Exams menu, and the editors.

The main window calls `install(window, principal)` for a teacher (an admin); everything this
feature adds to the window (page, menu, signal connections) is made here, in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from examhub_desktop.services.permissions import Principal
from examhub_desktop.ui.editor.context import Authoring
from examhub_desktop.ui.library.page import LibraryPage

if TYPE_CHECKING:
    from examhub_desktop.ui.main_window import MainWindow

PAGE_TITLE = "Library"


def install(window: MainWindow, principal: Principal) -> None:
    """Add the Library page and the Exams menu to `window`, acting as `principal`."""
    if library_page(window) is not None:
        return
    authoring = Authoring(window.ctx, window.tasks, principal, window.undo_group)
    page = LibraryPage(authoring)
    window.add_page(PAGE_TITLE, page)
    window.data_changed.connect(page.on_data_changed)

    def show_page() -> None:
        window.nav.setCurrentRow(window.pages.indexOf(page))

    page.reveal = show_page

    menu = QMenu("E&xams", window)
    menu.setObjectName("examsMenu")
    menu.addActions([page.new_action, page.bank_action, page.find_action])
    menu.addSeparator()
    menu.addActions(page.exam_actions)
    bar = window.menuBar()
    help_menu = next((a for a in bar.actions() if a.text().replace("&", "") == "Help"), None)
    if help_menu is not None:
        bar.insertMenu(help_menu, menu)
    else:
        bar.addMenu(menu)
    # The page queries its exams when it is first shown, so a teacher's start-up does not wait on it.


def library_page(window: MainWindow) -> LibraryPage | None:
    return window.findChild(LibraryPage)


__all__ = ["LibraryPage", "install", "library_page"]
