"""Keyboard shortcuts made discoverable: in tooltips, and in one list under Help.

The list is read from the actions themselves (their text, shortcuts and where they sit), so it
cannot drift from what the keys really do; nothing here is a hand-kept copy. The runner's keys
come from `RunnerActions.make` on a holder widget, the same code that gives the runner its keys,
and the formatting keys from a question text box made for the purpose.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

NATIVE = QKeySequence.SequenceFormat.NativeText


def plain(text: str) -> str:
    """An action's text as read aloud: no mnemonic ampersand, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…").strip()


def keys_text(action: QAction) -> str:
    """ "Ctrl+N" or "N or PgDown": every shortcut of `action`, as the platform writes them."""
    keys = [s.toString(NATIVE) for s in action.shortcuts() if not s.isEmpty()]
    text = keys[0] if keys else ""
    for key in keys[1:]:
        text = QCoreApplication.translate("ShortcutsDialog", "{keys} or {key}").format(keys=text, key=key)
    return text


def tip_with_keys(tip: str, action: QAction) -> str:
    keys = keys_text(action)
    if not keys:
        return tip
    return QCoreApplication.translate("ShortcutsDialog", "{action} ({keys})").format(action=tip, keys=keys)


def show_keys_in_tooltips(actions: Iterable[QAction]) -> None:
    """Each action's tooltip (and so its toolbar button's) names its shortcut."""
    for action in actions:
        action.setToolTip(tip_with_keys(plain(action.text()), action))


@dataclass(frozen=True)
class ShortcutRow:
    where: str
    action: str
    keys: str


def _menu_rows(menu: QMenu, where: str) -> Iterable[ShortcutRow]:
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _menu_rows(sub, f"{where} › {plain(sub.title())}")
        elif not action.isSeparator() and action.isVisible() and keys_text(action):
            yield ShortcutRow(where, plain(action.text()), keys_text(action))


def page_titles(window: QMainWindow) -> dict[QWidget, str]:
    """The main window's pages by the title the navigation shows for them."""
    from examhub_desktop.ui.main_window import MainWindow

    if not isinstance(window, MainWindow):
        return {}
    titles: dict[QWidget, str] = {}
    for i in range(window.nav.count()):
        page = window.pages.widget(i)
        if page is not None:
            titles[page] = window.nav.item(i).text()
    return titles


def _place(widget: QWidget, titles: dict[QWidget, str]) -> str:
    here: QWidget | None = widget
    while here is not None:
        if here in titles:
            return titles[here]
        if here.accessibleName():
            return here.accessibleName()
        here = here.parentWidget()
    return ""


def window_rows(window: QMainWindow) -> list[ShortcutRow]:
    """The menus' shortcuts, then those of actions that live on the window's pages."""
    rows: list[ShortcutRow] = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.isVisible():
            rows.extend(_menu_rows(menu, plain(menu.title())))
    seen = {(r.action, r.keys) for r in rows}
    titles = page_titles(window)
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QMenu):
            continue
        place = _place(widget, titles)
        for action in widget.actions():
            keys = keys_text(action)
            key = (plain(action.text()), keys)
            if action.isSeparator() or not keys or not action.text() or key in seen:
                continue
            seen.add(key)
            rows.append(ShortcutRow(place, key[0], keys))
    return rows


def runner_rows() -> list[ShortcutRow]:
    """The exam runner's keys, from the same actions the runner makes."""
    from examhub_desktop.ui.runner.runner_actions import RunnerActions, choice_keys_text

    holder = QWidget()
    made = RunnerActions.make(
        holder,
        move=lambda _step: None,
        flag=lambda: None,
        check=lambda: None,
        submit=lambda: None,
        zoom=lambda _step: None,
        leave=lambda: None,
    )
    exam = QCoreApplication.translate("ShortcutsDialog", "Exam")
    rows = [ShortcutRow(exam, plain(a.text()), keys_text(a)) for a in holder.actions() if keys_text(a)]
    pick = QCoreApplication.translate("ShortcutsDialog", "Pick the choice at that position")
    rows.insert(0, ShortcutRow(exam, pick, choice_keys_text()))
    del made
    holder.deleteLater()
    return rows


def text_editor_rows() -> list[ShortcutRow]:
    """The formatting keys of the question editor's text boxes, from a text box's own actions."""
    from examhub_desktop.ui.editor.rich_text import RichTextEdit

    where = QCoreApplication.translate("ShortcutsDialog", "Question text")
    box = RichTextEdit(where)
    rows = [ShortcutRow(where, plain(a.text()), keys_text(a)) for a in box.actions() if keys_text(a)]
    box.deleteLater()
    return rows


class ShortcutsDialog(QDialog):
    """Every shortcut of the main window, the question text boxes and the exam runner in one table."""

    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.rows = rows
        intro = QLabel(
            self.tr("Tab and Shift+Tab move between controls; Alt with an underlined letter picks it.")
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Action"), self.tr("Keys")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        for i, row in enumerate(rows):
            for j, text in enumerate((row.where, row.action, row.keys)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.close_button.setDefault(True)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        width = self.table.horizontalHeader().length() + 48
        self.resize(max(560, width), 520)

    @classmethod
    def for_window(cls, window: QMainWindow) -> ShortcutsDialog:
        return cls([*window_rows(window), *text_editor_rows(), *runner_rows()], window)

    @classmethod
    def ask(cls, window: QMainWindow) -> None:
        cls.for_window(window).exec()
