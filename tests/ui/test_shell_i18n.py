"""The shell in another language: the main window's menus, navigation and status bar, Overview,
the shortcuts list (read from the translated actions), the crash and start-up messages, the
op layer's default title, and the database layer's messages, which reach the user through
`core.i18n.translate` without the db layer importing Qt."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from examhub_desktop import APP_NAME
from examhub_desktop.db import errors
from examhub_desktop.db.location import DatabaseProblem, location_for
from examhub_desktop.db.state import DatabaseState, refuse_if_unusable
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.permissions import Principal
from examhub_desktop.ui import app as bootstrap
from examhub_desktop.ui import i18n
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.main_window import MainWindow
from examhub_desktop.ui.ops import Op
from examhub_desktop.ui.runner.runner_actions import choice_keys_text
from examhub_desktop.ui.shortcuts import ShortcutRow, runner_rows, window_rows
from examhub_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import Messages
from tests.ui.i18n_support import OPEN, pseudo_translated


@pytest.fixture
def german(qapp: QApplication) -> Iterator[QApplication]:
    assert i18n.install_translations(qapp, QSettings(), language="de") == "de"
    yield qapp
    i18n.remove_translations(qapp)


def open_window(qtbot: QtBot, ctx: AppContext, accounts: AccountServices, admin: Principal) -> MainWindow:
    window = bootstrap.build_main_window(ctx, admin, accounts=accounts)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.overview.counts_loaded, timeout=10_000):
        window.show()
    return window


def test_the_main_window_and_its_shortcuts_list_in_german(
    qtbot: QtBot, german: QApplication, ctx: AppContext, accounts: AccountServices, admin: Principal
) -> None:
    window = open_window(qtbot, ctx, accounts, admin)
    menus = [a.text() for a in window.menuBar().actions()]
    assert {"&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"} <= set(menus)
    assert window.nav.item(0).text() == "Übersicht"
    assert window.nav.accessibleName() == "Bereiche"
    assert window.help_menu.actions()[-1].text() == f"&Über {APP_NAME}"

    rows = window_rows(window)  # the list reads the actions' own, translated, texts
    assert ShortcutRow("Hilfe", "Tastenkürzel", "Strg+/") in rows
    assert ShortcutRow("Datei", "Datenbank sichern", "Strg+Umschalt+B") in rows
    exam = runner_rows()
    assert exam[0] == ShortcutRow("Prüfung", "Antwort an dieser Stelle wählen", choice_keys_text())
    joined = [r.keys for r in exam[1:] if "+" not in r.keys and " " in r.keys]  # "N or PgDown"
    assert joined and all(" oder " in keys and " or " not in keys for keys in joined), joined

    with qtbot.waitSignal(window.overview.status_message, timeout=10_000) as status:
        window.overview.run_check()
    assert window.overview.check_result.text().startswith("Keine Probleme gefunden")
    assert status.args == ["Datenbankprüfung: keine Probleme gefunden."]
    window.tasks.wait()


def test_a_backup_reports_in_german_in_the_status_bar(
    qtbot: QtBot,
    german: QApplication,
    ctx: AppContext,
    accounts: AccountServices,
    admin: Principal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(qtbot, ctx, accounts, admin)
    target = tmp_path / "copy.db"
    asked: list[str] = []

    def choose(_parent: QWidget, title: str, _suggested: str, kinds: str) -> tuple[str, str]:
        asked.extend([title, kinds])
        return str(target), kinds

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    window.backup_action.trigger()
    assert window.statusBar().currentMessage() == "Sicherung läuft…"
    qtbot.waitUntil(lambda: window.tasks.pending == 0)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "Sicherung läuft…")
    assert asked == ["Datenbank sichern", "Datenbanken (*.db)"]
    assert window.statusBar().currentMessage() == f"Sicherung gespeichert unter {target}"
    assert target.exists()


def test_the_overview_counts_problems_in_real_english_plurals(
    qtbot: QtBot, english: None, main_window: MainWindow
) -> None:
    overview = main_window.overview
    for problems, heading, status in (
        (["table users is missing"], "1 problem:", "Database check: 1 problem found."),
        (["a", "b"], "2 problems:", "Database check: 2 problems found."),
    ):
        with qtbot.waitSignal(overview.status_message) as said:
            overview._checked(problems)
        assert overview.check_result.text().splitlines() == [heading, *problems]
        assert said.args == [status]


def test_an_op_without_its_own_failure_handler_titles_the_warning_in_german(
    qtbot: QtBot, german: QApplication, tasks: TaskRunner, messages: Messages
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)

    def locked() -> None:
        raise DatabaseProblem("locked", kind="locked")

    Op(tasks, locked, owner).run()
    qtbot.waitUntil(lambda: tasks.pending == 0)
    qtbot.waitUntil(lambda: bool(messages.shown))
    assert messages.shown == [("Vorgang nicht abgeschlossen", "locked")]


def test_a_start_up_problem_is_explained_in_german(
    german: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "examhub.db").mkdir()  # a folder where the database file should be
    shown: list[tuple[str, str]] = []
    monkeypatch.delenv(bootstrap.ENV_NO_DIALOGS, raising=False)
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))
    assert bootstrap.open_or_explain(tmp_path, None) is None
    assert shown == [
        (
            f"{APP_NAME} kann seine Datenbank nicht öffnen",
            f"{tmp_path / 'examhub.db'} ist ein Ordner, keine Datenbankdatei.",
        )
    ]


def test_the_crash_dialog_speaks_german(
    german: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: boxes.append(self) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    log_file = tmp_path / "examhub.log"
    bootstrap.install_crash_handler(log_file)
    sys.excepthook(RuntimeError, RuntimeError("boom"), None)
    [box] = boxes
    assert box.windowTitle() == f"{APP_NAME} – unerwarteter Fehler"
    assert box.text().startswith(f"Etwas ist schiefgegangen, womit {APP_NAME} nicht gerechnet hat: boom")
    assert f"in {log_file} gespeichert" in box.text()
    assert "RuntimeError: boom" in box.detailedText()


class _PgError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__("server says no")
        self.sqlstate = sqlstate


def _sqlite_error(code: int) -> sqlite3.Error:
    error = sqlite3.OperationalError("database is locked")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    error.sqlite_errorname = "SQLITE_BUSY"  # type: ignore[attr-defined]
    return error


def _messages(path: Path) -> list[str]:
    """One message of each kind of place in the db layer: functions, import-time tables, state."""
    found: list[Any] = [
        errors.not_a_database(path),
        errors.sqlite_problem(_sqlite_error(errors.SQLITE_BUSY), path),
        errors.postgres_problem(_PgError("08006"), "db.school.org"),  # a class from the table
        errors.postgres_problem(_PgError("40001"), "db.school.org"),  # a code from the table
    ]
    for call in (
        lambda: location_for("mysql://host/exams", path.parent),
        lambda: refuse_if_unusable(DatabaseState("newer", "0099_future", frozenset({"x"}), "9.0"), str(path)),
        lambda: refuse_if_unusable(DatabaseState("foreign", None, frozenset({"wiki_pages"})), str(path)),
    ):
        with pytest.raises(DatabaseProblem) as raised:
            call()
        found.append(raised.value)
    assert all(isinstance(p, DatabaseProblem) for p in found)
    return [str(p) for p in found]


def test_the_database_layers_messages_go_through_translation(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "examhub.db"
    with pseudo_translated():
        marked = _messages(path)
    assert all(text.startswith(OPEN) for text in marked), marked
    english = _messages(path)  # without a catalog: the source text, placeholders filled in
    assert english[1].startswith(f"The database {path} is locked by another program")
    assert english[2].startswith("Cannot connect to the PostgreSQL server at db.school.org: server says no.")
    assert english[4] == "Databases of type 'mysql' are not supported; use SQLite or PostgreSQL."
    assert "made by Exam Hub 9.0 at schema revision 0099_future" in english[5]


def test_the_database_layers_messages_in_german(german: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "examhub.db"
    german_texts = _messages(path)
    assert german_texts[0].startswith(f"Die Datei {path} ist keine Exam-Hub-Datenbank")
    assert german_texts[2].startswith("Keine Verbindung zum PostgreSQL-Server unter db.school.org")
    assert german_texts[3].startswith("Ein anderes Gerät hat gleichzeitig dieselben Zeilen geändert")
    assert (
        german_texts[4]
        == "Datenbanken vom Typ 'mysql' werden nicht unterstützt; verwenden Sie SQLite oder PostgreSQL."
    )
    assert "von Exam Hub 9.0 mit der Schema-Revision 0099_future" in german_texts[5]
