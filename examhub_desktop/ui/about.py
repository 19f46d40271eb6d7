"""About: version, data directory and database, with buttons to copy or open them."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from examhub_desktop import APP_NAME, __version__
from examhub_desktop.services.app import AppContext


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        info = ctx.info()
        version = self.tr("Version {version}").format(version=__version__)
        title = QLabel(f"<h2>{APP_NAME}</h2><p>{version}</p>")
        title.setAccessibleName(self.tr("{app} version {version}").format(app=APP_NAME, version=__version__))
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        rows = (
            (self.tr("Data folder"), str(info.data_dir)),
            (self.tr("Database"), info.description),
            (self.tr("Database type"), info.dialect),
            (self.tr("Schema revision"), info.revision or self.tr("none")),
            ("Qt", f"{qVersion()} (PySide6 {pyside_version})"),
            (
                "Python",
                self.tr("{python} on {system} {machine}").format(
                    python=platform.python_version(), system=platform.system(), machine=platform.machine()
                ),
            ),
        )
        for name, value in rows:
            label = QLabel(value)
            label.setTextInteractionFlags(
                label.textInteractionFlags() | label.textInteractionFlags().TextSelectableByMouse
            )
            label.setAccessibleName(name)
            label.setWordWrap(True)
            form.addRow(self.tr("{name}:").format(name=name), label)
            self.fields[name] = label
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy Details"), QDialogButtonBox.ButtonRole.ActionRole)
        open_folder = buttons.addButton(self.tr("Open &Data Folder"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText("\n".join(f"{n}: {v}" for n, v in rows))
        )
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(info.data_dir))))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
