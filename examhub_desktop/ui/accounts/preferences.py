"""This computer's choices for everyone signed in: language, theme and interface size.

Settings (the school's choices) is for administrators only, yet a student on a shared laptop
needs the dark theme, a larger interface or their language just as much. These choices are
the device's, kept in the data folder's settings.ini and never in the database, so they need
no service call and no right: the dialog holds the same two boxes the Settings dialog holds
(ui/i18n.py `LanguageBox`, ui/appearance.py `AppearanceBox`), so each choice has one
implementation. Theme and size are stored as they are picked (the theme shows at once) and
Cancel puts them back; the language is stored on OK. Language and size apply at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from examhub_desktop.ui.appearance import AppearanceBox
from examhub_desktop.ui.i18n import LanguageBox


class PreferencesDialog(QDialog):
    """Value of `ask`: True when the choices were kept (OK), False when put back (Cancel)."""

    def __init__(self, parent: QWidget | None, settings: QSettings) -> None:
        super().__init__(parent)
        self.setObjectName("PreferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.language = LanguageBox(settings, self)
        self.appearance = AppearanceBox(settings, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.accepted.connect(self.language.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.language)
        layout.addWidget(self.appearance)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)  # after the box is in the dialog, or the dialog picks its own default
        self.language.combo.setFocus()
        self.setMinimumWidth(460)

    @classmethod
    def ask(cls, parent: QWidget | None, settings: QSettings) -> bool:
        dialog = cls(parent, settings)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted
