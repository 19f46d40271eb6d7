"""Preferences… (language, theme, interface size) for everyone signed in, students included:
opened from the Account menu or its shortcut, and stored in the data folder's settings.ini."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from examhub_desktop.services.app import AppContext
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.ui import theme
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.accounts.preferences import PreferencesDialog
from examhub_desktop.ui.app import build_main_window
from examhub_desktop.ui.appearance import device_settings
from examhub_desktop.ui.i18n import LANGUAGE_KEY, language_setting
from examhub_desktop.ui.main_window import MainWindow
from tests.ui.conftest import GOOD
from tests.ui.test_theme import restore_palette  # noqa: F401


@pytest.fixture
def student_window(
    qtbot: QtBot, ctx: AppContext, accounts: AccountServices, admin: Principal
) -> Iterator[MainWindow]:
    row, _ = accounts.users.create_user(admin, "pupil@school.org", "Pat Pupil", Role.STUDENT, GOOD)
    student = accounts.auth.sign_in(None, "pupil@school.org", GOOD)
    assert student.user_id == row.id and not student.is_admin
    window = build_main_window(ctx, student, accounts=accounts)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.overview.counts_loaded, timeout=10_000):
        window.show()
    yield window
    window.tasks.wait()


def operate(
    monkeypatch: pytest.MonkeyPatch, choose: Callable[[PreferencesDialog], None]
) -> list[PreferencesDialog]:
    """The dialog's modal run replaced by `choose` (a user picking and pressing a button)."""
    opened: list[PreferencesDialog] = []

    def run(self: PreferencesDialog, *_args: Any) -> int:
        opened.append(self)
        choose(self)
        return self.result()

    monkeypatch.setattr(PreferencesDialog, "exec", run)
    return opened


def pick_german_dark_150(dialog: PreferencesDialog, button: QDialogButtonBox.StandardButton) -> None:
    dialog.language.combo.setCurrentIndex(dialog.language.combo.findData("de"))
    dialog.appearance.theme.setCurrentIndex(dialog.appearance.theme.findData(theme.Choice.DARK.value))
    dialog.appearance.scale.setCurrentIndex(dialog.appearance.scale.findData(150))
    assert theme.is_dark(), "the theme shows as it is picked"
    dialog.buttons.button(button).click()


@pytest.mark.usefixtures("restore_palette")
def test_a_student_opens_preferences_by_its_shortcut_and_the_choice_is_stored_in_the_data_folder(
    qtbot: QtBot,
    student_window: MainWindow,
    ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ui = student_window.account_ui
    assert ui is not None and ui.settings_action is None, "Settings stays for teachers"
    assert ui.preferences_action in ui.menu.actions()
    assert ui.preferences_action.shortcut() == QKeySequence("Ctrl+Alt+P")
    opened = operate(monkeypatch, lambda d: pick_german_dark_150(d, QDialogButtonBox.StandardButton.Ok))
    with qtbot.waitActive(student_window):
        student_window.activateWindow()
    qtbot.keyClick(
        student_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert len(opened) == 1 and opened[0].result() == QDialog.DialogCode.Accepted
    stored = device_settings(ctx.data_dir)  # a fresh reader of the file, not the window's object
    assert language_setting(stored) == "de"
    assert theme.read_choice(stored) is theme.Choice.DARK and theme.read_scale(stored) == 150
    text = (ctx.data_dir / "settings.ini").read_text(encoding="utf-8")
    assert "language=de" in text and "theme=dark" in text
    assert "next start" in student_window.statusBar().currentMessage()


@pytest.mark.usefixtures("restore_palette")
def test_cancel_puts_the_theme_back_and_stores_no_language(
    student_window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ui = student_window.account_ui
    assert ui is not None
    opened = operate(monkeypatch, lambda d: pick_german_dark_150(d, QDialogButtonBox.StandardButton.Cancel))
    ui.preferences_action.trigger()
    assert len(opened) == 1 and opened[0].result() == QDialog.DialogCode.Rejected
    stored = device_settings(ctx.data_dir)
    assert stored.value(LANGUAGE_KEY) is None
    assert theme.read_choice(stored) is theme.Choice.SYSTEM and theme.read_scale(stored) == 100
    assert not theme.is_dark()  # offscreen, "system" is light
    assert student_window.statusBar().currentMessage() == ""
