"""About: version, data directory and database, with buttons to copy or open them.

The schema revision is read from the database, which on a school server is a network round
trip (or a timeout when the server is down): it is loaded by an `Op` and filled in when it
arrives, so opening About never freezes the window. `fields` is keyed by stable names, not by
the (translated) labels shown.
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


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        location = ctx.location
        version = self.tr("Version {version}").format(version=__version__)
        title = QLabel(f"<h2>{APP_NAME}</h2><p>{version}</p>")
        title.setAccessibleName(self.tr("{app} version {version}").format(app=APP_NAME, version=__version__))
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        self.labels: dict[str, str] = {}
        rows = (
            ("data_dir", self.tr("Data folder"), str(ctx.data_dir)),
            ("database", self.tr("Database"), location.describe()),
            ("dialect", self.tr("Database type"), "SQLite" if location.is_sqlite else "PostgreSQL"),
            ("revision", self.tr("Schema revision"), self.tr("Loading…")),
            ("qt", "Qt", f"{qVersion()} (PySide6 {pyside_version})"),
            (
                "python",
                "Python",
                self.tr("{python} on {system} {machine}").format(
                    python=platform.python_version(), system=platform.system(), machine=platform.machine()
                ),
            ),
        )
        for key, name, value in rows:
            label = QLabel(value)
            label.setTextInteractionFlags(
                label.textInteractionFlags() | label.textInteractionFlags().TextSelectableByMouse
            )
            label.setAccessibleName(name)
            label.setWordWrap(True)
            form.addRow(self.tr("{name}:").format(name=name), label)
            self.fields[key] = label
            self.labels[key] = name
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy Details"), QDialogButtonBox.ButtonRole.ActionRole)
        open_folder = buttons.addButton(self.tr("Open &Data Folder"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(
                "\n".join(f"{self.labels[k]}: {label.text()}" for k, label in self.fields.items())
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
        self.fields["revision"].setText(info.revision or self.tr("none"))

    def _failed(self, exc: BaseException) -> None:
        self.fields["revision"].setText(self.tr("unknown ({reason})").format(reason=exc))
