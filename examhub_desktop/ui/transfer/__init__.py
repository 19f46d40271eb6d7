"""Import and export in the main window: File ▸ Import… (Ctrl+I), File ▸ Export… (Ctrl+E).

`install(window, principal)` adds both for a teacher (an admin); `import_files(window,
principal, paths)` opens the wizard on files dropped on the library. Everything this feature
adds to the window is made here; the dialogs are in this package's other modules.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from examhub_desktop.services.permissions import Principal
from examhub_desktop.ui.main_window import LIBRARY_PAGE

if TYPE_CHECKING:
    from examhub_desktop.ui.main_window import MainWindow
    from examhub_desktop.ui.transfer.backend import FileOutcome, TransferUi
    from examhub_desktop.ui.transfer.export_dialog import ExportDialog
    from examhub_desktop.ui.transfer.wizard import ImportWizard

# The parsers, writers and dialogs load on first use, not while the main window starts.
_LAZY = {
    "ExportDialog": "examhub_desktop.ui.transfer.export_dialog",
    "ImportWizard": "examhub_desktop.ui.transfer.wizard",
    "FileOutcome": "examhub_desktop.ui.transfer.backend",
    "TransferUi": "examhub_desktop.ui.transfer.backend",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)


STATUS_MS = 10_000


class TransferActions(QObject):
    """The two menu actions of one window, and the services they use (the window's `transfer_actions`)."""

    def __init__(self, window: MainWindow, principal: Principal) -> None:
        super().__init__(window)
        self.window = window
        self.principal = principal
        self._ui: TransferUi | None = None
        self.import_action = QAction(self.tr("&Import…"), window)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(
            self.tr("Import questions from GIFT, Aiken, Moodle XML, CSV, Excel or Exam Hub files")
        )
        self.import_action.triggered.connect(lambda: self.import_files([]))
        self.export_action = QAction(self.tr("&Export…"), window)
        self.export_action.setObjectName("exportAction")
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip(
            self.tr("Export an exam to GIFT, Aiken, Moodle XML, CSV, Excel or an Exam Hub file")
        )
        self.export_action.triggered.connect(self.export)

    @property
    def ui(self) -> TransferUi:
        if self._ui is None:
            from examhub_desktop.ui.transfer.backend import TransferUi

            w = self.window
            self._ui = TransferUi(w.ctx, w.tasks, self.principal)
        return self._ui

    def import_files(self, paths: list[Path]) -> list[FileOutcome]:
        from examhub_desktop.ui.transfer import files
        from examhub_desktop.ui.transfer.wizard import ImportWizard

        if not paths:
            paths = files.choose_import_files(self.window)
            if not paths:
                return []
        outcomes = ImportWizard.ask(self.window, self.ui, paths)
        imported = sum(o.summary.imported for o in outcomes if o.summary is not None)
        if imported:
            self.window.statusBar().showMessage(self.tr("Imported %n question(s).", "", imported), STATUS_MS)
        return outcomes

    def export(self) -> Path | None:
        from examhub_desktop.ui.transfer.export_dialog import ExportDialog

        written = ExportDialog.ask(self.window, self.ui, selected_exam(self.window))
        if written is not None:
            self.window.statusBar().showMessage(self.tr("Exported to {path}").format(path=written), STATUS_MS)
        return written


def selected_exam(window: MainWindow) -> str | None:
    """The exam selected in the library page, if the window has one that says so."""
    page = window.page(LIBRARY_PAGE)
    selected = getattr(page, "selected_id", None)
    if callable(selected):
        value = selected()
        return value if isinstance(value, str) else None
    return None


def actions_of(window: MainWindow) -> TransferActions | None:
    return window.transfer_actions


def install(window: MainWindow, principal: Principal) -> None:
    """Add File ▸ Import… and File ▸ Export… for a teacher; students get neither."""
    if not principal.is_admin or actions_of(window) is not None:
        return
    actions = window.transfer_actions = TransferActions(window, principal)
    menu = window.file_menu
    first = menu.actions()[0] if menu.actions() else None
    menu.insertActions(first, [actions.import_action, actions.export_action])  # type: ignore[arg-type]
    if first is not None:
        menu.insertSeparator(first)


def import_files(window: MainWindow, principal: Principal, paths: list[Path]) -> list[FileOutcome]:
    """Open the import wizard on `paths` (files dropped on the library); what came in."""
    if not principal.is_admin:
        return []
    actions = actions_of(window)
    if actions is None:
        install(window, principal)
        actions = actions_of(window)
    assert actions is not None
    return actions.import_files(list(paths))


def export_exam(window: MainWindow) -> Path | None:
    """File ▸ Export… (for the lead's other entry points, e.g. the library's context menu)."""
    actions = actions_of(window)
    return actions.export() if actions is not None else None


__all__ = ["ExportDialog", "ImportWizard", "TransferActions", "export_exam", "import_files", "install"]
