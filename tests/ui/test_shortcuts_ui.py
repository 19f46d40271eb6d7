"""Shortcuts are discoverable: Help lists every one, read from the actions themselves, and
toolbar buttons name theirs in their tooltips."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from examhub_desktop.ui.main_window import MainWindow
from examhub_desktop.ui.shortcuts import ShortcutRow, ShortcutsDialog, plain, runner_rows, window_rows


def people_page(qtbot: QtBot, window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.account_ui is not None and window.account_ui.people is not None
    people = window.account_ui.people
    with qtbot.waitSignal(people.rows_loaded, timeout=10_000):
        window.nav.setCurrentRow(window.pages.indexOf(people))
    return people


def test_help_lists_the_shortcuts_of_menus_pages_and_the_runner(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    people_page(qtbot, main_window)
    rows = window_rows(main_window)
    assert ShortcutRow("Help", "Keyboard Shortcuts", "Ctrl+/") in rows
    assert ShortcutRow("File", "Back Up Database", "Ctrl+Shift+B") in rows
    assert ShortcutRow("People", "New Person", "Ctrl+N") in rows
    exam = runner_rows()
    assert ShortcutRow("Exam", "Next Question", "N or PgDown") in exam
    assert ShortcutRow("Exam", "Leave", "Ctrl+W") in exam or any(
        r.action == "Leave" and "Ctrl+W" in r.keys for r in exam
    )
    assert len({(r.where, r.action) for r in rows}) == len(rows)  # each once

    shown: list[ShortcutsDialog] = []
    monkeypatch.setattr(ShortcutsDialog, "ask", classmethod(lambda cls, w: shown.append(cls.for_window(w))))
    help_action = next(a for a in main_window.help_menu.actions() if plain(a.text()) == "Keyboard Shortcuts")
    help_action.trigger()
    dialog = shown[0]
    qtbot.addWidget(dialog)
    dialog.show()
    table = [tuple(dialog.table.item(i, j).text() for j in range(3)) for i in range(dialog.table.rowCount())]
    assert ("People", "New Person", "Ctrl+N") in table and ("Exam", "Next Question", "N or PgDown") in table
    assert ("Question text", "Bold", "Ctrl+B") in table and ("Question text", "Code", "Ctrl+Shift+K") in table
    assert dialog.close_button.isDefault()
    dialog.grab().save("/tmp/keyboard-shortcuts.png")


def test_people_toolbar_tooltips_name_the_keys(qtbot: QtBot, main_window: MainWindow) -> None:
    people = people_page(qtbot, main_window)
    tips = {
        plain(a.text()): people.toolbar.widgetForAction(a).toolTip()
        for a in people.toolbar.actions()
        if a.text()
    }
    assert tips["New Person"] == "New Person (Ctrl+N)"
    assert tips["Reset Password"] == "Reset Password (Ctrl+Shift+P)"
    assert tips["Delete"].startswith("Delete (Del")
