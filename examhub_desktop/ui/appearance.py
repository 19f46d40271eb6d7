"""The device's look: theme (System / Light / Dark) and interface size, as a group box a dialog adds.

These belong to this computer, not to the school's database, so they go to the data folder's
settings file at once rather than through the dialog's service call. The theme shows at once,
so a user sees what they pick; Cancel puts both back. The size is applied only at the next
start, because QT_SCALE_FACTOR must be set before the QApplication exists (ui/theme.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFormLayout, QGroupBox, QLabel

from examhub_desktop import APP_NAME
from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP
from examhub_desktop.ui import theme
from examhub_desktop.ui.i18n import format_number

THEME_NAMES = {
    theme.Choice.SYSTEM: QT_TRANSLATE_NOOP("AppearanceBox", "Same as the system"),
    theme.Choice.LIGHT: QT_TRANSLATE_NOOP("AppearanceBox", "Light"),
    theme.Choice.DARK: QT_TRANSLATE_NOOP("AppearanceBox", "Dark"),
}


def device_settings(data_dir: Path) -> QSettings:
    """The data folder's settings file (ui/app.py `settings_for` opens the same file)."""
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


class AppearanceBox(QGroupBox):
    def __init__(self, settings: QSettings, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.setTitle(self.tr("Appearance"))  # self.tr needs the QObject made first
        self.setObjectName("appearance")
        self.settings = settings
        self.first_choice = theme.read_choice(settings)
        self.first_scale = theme.read_scale(settings)
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.theme = QComboBox()
        for choice, name in THEME_NAMES.items():
            self.theme.addItem(self.tr(name), choice.value)
        self.theme.setCurrentIndex(self.theme.findData(self.first_choice.value))
        self.theme.setAccessibleName(self.tr("Theme"))
        self.scale = QComboBox()
        for percent in theme.SCALES:
            self.scale.addItem(self.tr("{percent} %").format(percent=format_number(percent)), percent)
        self.scale.setCurrentIndex(self.scale.findData(self.first_scale))
        self.scale.setAccessibleName(self.tr("Interface size"))
        layout.addRow(self.tr("T&heme:"), self.theme)
        layout.addRow(self.tr("Interface si&ze:"), self.scale)
        note = QLabel(
            self.tr("The theme changes at once; the interface size when {app} next starts.").format(
                app=APP_NAME
            )
        )
        note.setWordWrap(True)
        layout.addRow(note)
        self.theme.currentIndexChanged.connect(self._picked)
        self.scale.currentIndexChanged.connect(self._picked)
        dialog.rejected.connect(self.revert)

    def choice(self) -> theme.Choice:
        return theme.Choice(self.theme.currentData())

    def _picked(self) -> None:
        self._store(self.choice(), int(self.scale.currentData()))

    def _store(self, choice: theme.Choice, scale: int) -> None:
        self.settings.setValue(theme.THEME_KEY, choice.value)
        self.settings.setValue(theme.SCALE_KEY, scale)
        self.settings.sync()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.install(app, self.settings)

    def revert(self) -> None:
        if (self.choice(), int(self.scale.currentData())) != (self.first_choice, self.first_scale):
            self._store(self.first_choice, self.first_scale)
