"""Teacher authoring in the main window: the Library page, its Exams menu, and the editors.

The main window calls `install(window, principal)` for a teacher (an admin); everything this
feature adds to the window (page, menu, signal connections) is made here, in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP
from examhub_desktop.services.permissions import Principal
from examhub_desktop.ui.editor.context import Authoring
from examhub_desktop.ui.library.page import LibraryPage
from examhub_desktop.ui.main_window import LIBRARY_PAGE

if TYPE_CHECKING:
    from examhub_desktop.ui.main_window import MainWindow

PAGE_TITLE = QT_TRANSLATE_NOOP("library", "Library")  # translated where it is shown


def install(window: MainWindow, principal: Principal) -> None:
    """Add the Library page and the Exams menu to `window`, acting as `principal`."""
    if library_page(window) is not None:
        return
    authoring = Authoring(window.ctx, window.tasks, principal, window.undo_group)
    page = LibraryPage(authoring)
    window.add_page(LIBRARY_PAGE, QCoreApplication.translate("library", PAGE_TITLE), page)
    window.data_changed.connect(page.on_data_changed)

    page.reveal = lambda: window.show_page(LIBRARY_PAGE)

    menu = QMenu(QCoreApplication.translate("library", "E&xams"), window)
    menu.setObjectName("examsMenu")
    menu.addActions([page.new_action, page.bank_action, page.find_action])
    menu.addSeparator()
    menu.addActions(page.exam_actions)
    window.menuBar().insertMenu(window.help_menu.menuAction(), menu)
    # The page queries its exams when it is first shown, so a teacher's start-up does not wait on it.


def library_page(window: MainWindow) -> LibraryPage | None:
    page = window.page(LIBRARY_PAGE)
    return page if isinstance(page, LibraryPage) else None


__all__ = ["LibraryPage", "install", "library_page"]
