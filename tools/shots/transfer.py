"""Screenshots of import and export for `make screenshots` (tools/screenshots.py adds SHOTS).

The wizard's preview shows a GIFT file written the way a teacher's Notepad writes it
(Windows-1252, so the encoding warning appears) with warnings and one broken question.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from examhub_desktop.services.app import AppContext
from examhub_desktop.ui.main_window import MainWindow
from examhub_desktop.ui.transfer.backend import TransferUi
from examhub_desktop.ui.transfer.export_dialog import ExportDialog
from examhub_desktop.ui.transfer.wizard import ImportWizard
from tools.shots import settle

Shot = Callable[[QApplication, MainWindow, AppContext], QWidget]

SAMPLE_GIFT = """\
// Physics, week 3: forces. Saved from Notepad (Windows-1252).
$CATEGORY: Physics/Week 3 — Forces

::SI unit:: Which is the SI unit of force? {=newton ~joule ~watt ~pascal}

::Inertia:: Newton’s first law is also called the law of inertia. {T#Right.#It is: a body keeps its motion.}

::Acceleration:: A 2 kg trolley is pushed with a net force of 10 N. What is its acceleration in m/s²?
{#=5:0.1 ~#Use F = m·a.}

::Vectors:: Which of these are vector quantities? {=velocity =force ~mass ~energy}

::Friction:: Name the force that opposes sliding between two surfaces. {=friction =kinetic friction#Also right.}

::Pairs:: Match each quantity with its unit. {
=force -> newton
=energy -> joule
=power -> watt
}

::Weight:: Your weight on the Moon is about ____ of your weight on Earth. {~half =one sixth ~the same}
"""


def sample_file(folder: Path) -> Path:
    path = folder / "week3-forces.gift"
    path.write_bytes(SAMPLE_GIFT.encode("cp1252"))
    return path


def shot_import_preview(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    ui = TransferUi(ctx, window.tasks, window.principal)
    with tempfile.TemporaryDirectory(prefix="examhub-shot-import-") as folder:
        wizard = ImportWizard(ui, [sample_file(Path(folder))], window)
        wizard.show()
        settle(app, window)  # read and previewed: the wizard moves on to the preview by itself
    page = wizard.preview_page
    error_row = next((i for i in range(page.model.rowCount()) if page.model.question(i).has_errors), 0)
    page.table.selectRow(error_row)
    settle(app, window)
    return wizard


def shot_export(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    ui = TransferUi(ctx, window.tasks, window.principal)
    dialog = ExportDialog(window, ui, fmt="moodle-xml")
    dialog.show()
    settle(app, window)
    return dialog


SHOTS: dict[str, Shot] = {
    "import-preview": shot_import_preview,
    "export": shot_export,
}

__all__ = ["SHOTS", "shot_export", "shot_import_preview"]
