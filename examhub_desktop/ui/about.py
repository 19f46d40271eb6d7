"""About: version, data directory and database, with buttons to copy or open them.

The schema revision is read from the database, which on a school server is a network round
trip (or a timeout when the server is down): it is loaded by an `Op` and filled in when it
arrives, so opening About never freezes the window.
"""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from examhub_desktop import APP_NAME, __version__
from examhub_desktop.services.app import AppContext, DatabaseInfo
from examhub_desktop.ui.ops import Op
from examhub_desktop.ui.tasks import TaskRunner

LOADING = "Loading…"


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(f"About {APP_NAME}")
        location = ctx.location
        title = QLabel(f"<h2>{APP_NAME}</h2><p>Version {__version__}</p>")
        title.setAccessibleName(f"{APP_NAME} version {__version__}")
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        rows = (
            ("Data folder", str(ctx.data_dir)),
            ("Database", location.describe()),
            ("Database type", "SQLite" if location.is_sqlite else "PostgreSQL"),
            ("Schema revision", LOADING),
            ("Qt", f"{qVersion()} (PySide6 {pyside_version})"),
            ("Python", f"{platform.python_version()} on {platform.system()} {platform.machine()}"),
        )
        for name, value in rows:
            label = QLabel(value)
            label.setTextInteractionFlags(
                label.textInteractionFlags() | label.textInteractionFlags().TextSelectableByMouse
            )
            label.setAccessibleName(name)
            label.setWordWrap(True)
            form.addRow(f"{name}:", label)
            self.fields[name] = label
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton("&Copy Details", QDialogButtonBox.ButtonRole.ActionRole)
        open_folder = buttons.addButton("Open &Data Folder", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(
                "\n".join(f"{n}: {label.text()}" for n, label in self.fields.items())
            )
        )
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(ctx.data_dir))))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        Op(tasks, ctx.info, self).success(self._loaded).failure(self._failed).run()

    def _loaded(self, info: DatabaseInfo) -> None:
        self.fields["Schema revision"].setText(info.revision or "none")

    def _failed(self, exc: BaseException) -> None:
        self.fields["Schema revision"].setText(f"unknown ({exc})")
