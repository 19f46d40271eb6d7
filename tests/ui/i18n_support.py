"""Pseudo-translation for tests: every string that goes through Qt's translation comes back
marked, "⟦Sign In⟧", and `untranslated_texts` lists what a window shows that is not marked.

The marks wrap the source text and change nothing inside it, so `%n` (replaced by Qt after the
translator answers), `{placeholders}` filled in with `.format()` afterwards, and `&` mnemonics
keep working. Qt's own strings (standard buttons, context menus) are marked too, because Qt
asks the same translators for them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from examhub_desktop.core import i18n as core_i18n
from examhub_desktop.ui.i18n import remove_translations

OPEN, CLOSE = "⟦", "⟧"
_MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_TAG = re.compile(r"<[^>]*>")
_LETTER = re.compile(r"[^\W\d_]")


class PseudoTranslator(QTranslator):
    """Translates every message into itself between marks."""

    def translate(  # type: ignore[override]
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"{OPEN}{source_text}{CLOSE}" if source_text else ""

    def isEmpty(self) -> bool:
        return False


@contextmanager
def pseudo_translated() -> Iterator[PseudoTranslator]:
    """Only the pseudo-translator for the duration (the services' `translate` included)."""
    app = QCoreApplication.instance()
    assert app is not None
    remove_translations(app)
    translator = PseudoTranslator()
    app.installTranslator(translator)
    core_i18n.install_translator(QCoreApplication.translate)
    try:
        yield translator
    finally:
        app.removeTranslator(translator)
        core_i18n.install_translator(None)


def is_translated(text: str, data: Iterable[str] = ()) -> bool:
    """True when nothing with a letter is left of `text` once marked parts and `data` are removed."""
    rest = html.unescape(_TAG.sub(" ", text))
    while True:  # innermost first: a translated piece may be formatted into another
        shorter = _MARKED.sub(" ", rest)
        if shorter == rest:
            break
        rest = shorter
    for value in sorted(data, key=len, reverse=True):
        if value:
            rest = rest.replace(value, " ")
    return _LETTER.search(rest) is None


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) pairs a user can see or hear on `widget` itself."""
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    yield "status tip", widget.statusTip()
    yield "what's this", widget.whatsThis()
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    elif isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "group box", widget.title()
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
            yield "tab tooltip", widget.tabToolTip(i)
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()  # the typed text is the user's
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        for i in range(widget.count()):
            yield "combo item", widget.itemText(i)
    elif isinstance(widget, QMenu):
        yield "menu", widget.title()  # a menu bar's menus come through its actions
    if isinstance(widget, QSpinBox):
        yield "spin box", f"{widget.prefix()} {widget.suffix()}"
    if isinstance(widget, QAbstractSpinBox):
        yield "special value", widget.specialValueText()
    if isinstance(widget, QListWidget):
        for i in range(widget.count()):
            item = widget.item(i)
            yield "list item", item.text()
            yield "list item tooltip", item.toolTip()
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        model = widget.model()  # the cells are data; the column headers are the window's words
        for section in range(model.columnCount() if model is not None else 0):
            yield "header", str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    for action in widget.actions():
        yield "action", action.text()
        yield "action tooltip", action.toolTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from (("menu " + what, text) for what, text in _texts(menu))


def untranslated_texts(top: QWidget, data: Iterable[str] = ()) -> list[str]:
    """Every text `top` and its visible children show that did not go through translation.

    `data` lists user data and other values that are right untranslated (names, paths,
    version numbers). Hidden widgets are skipped: what they would say is checked when shown.
    """
    known = list(data)
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        for what, text in _texts(widget):
            if text and not is_translated(text, known):
                found.append(f"{type(widget).__name__} {widget.objectName()!r} {what}: {text!r}")
    return found
