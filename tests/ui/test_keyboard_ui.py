"""Every window (tests/ui/windows.py) as a keyboard user meets it: the default button is the
one its text promises and Enter presses it, Tab never gets stuck and comes round again, no two
controls answer to the same Alt+letter, and the focus starts on the first useful field."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from examhub_desktop.ui import i18n
from examhub_desktop.ui.runner.runner_window import RunnerWindow
from tests.ui.windows import WINDOWS, Env, open_window, windows_env_fixture  # noqa: F401

# the button Enter presses in each window (None: no default button; Enter belongs to the field)
DEFAULTS: dict[str, str | None] = {
    "first-run": "Create Administrator",
    "sign-in": "Sign In",
    "forgot-1": "Send Code",
    "forgot-2": "Set Password",
    "register": "Create Account",
    "verify": "Confirm",
    "profile": "Save",
    "change-password": "Change Password",
    "forced-change": "Change Password",
    "new-person": "Create",
    "role": "OK",
    "one-time-password": "Close",
    "settings": "Save",
    "preferences": "OK",
    "about": "Close",
    "shortcuts": "Close",
    "question-type": "Add",
    "problems": "Close",
    "bank": "Create Draft",
    "start": "Start",
    "import:file": "Next >",
    "import:preview": "Next >",
    "import:target": "Import",
    "import:summary": "Finish",
    "export": "Export",
    "message:info": "OK",
    "message:confirm": "Cancel",  # a confirmation defaults to the safe answer
    "runner:confirm": "Cancel",
    "runner:notice": "OK",
    "runner:unsaved": "Try Again",  # saving again is the safe answer
    "unsaved-changes": "Save",
    **{name: "Save" for name in WINDOWS if name.startswith("question-editor:")},
    # main windows: Enter acts on the focused control
    **{name: None for name in WINDOWS if name.startswith(("teacher:", "student:", "runner:e", "runner:p"))},
    "exam-editor": None,
    "exam-editor:new": None,
    "review": None,
    "review:teacher": None,
}


ENTER_ACCEPTS = {"question-type"}  # Enter on the chosen type adds it, as "Add" does


def _runner_first(window: QWidget) -> str:
    assert isinstance(window, RunnerWindow)
    page = window.current_page()
    assert page is not None
    target = page.editor.first_focus()
    assert target is not None
    return target.accessibleName() or target.text()  # type: ignore[attr-defined]


# where the focus is when each window opens (accessible name or text of the widget)
FOCUS: dict[str, str | Callable[[QWidget], str]] = {
    "first-run": "E-mail",
    "sign-in": "E-mail",
    "forgot-1": "E-mail",
    "forgot-2": "Code from the e-mail",
    "register": "E-mail",
    "verify": "Code from the e-mail",
    "profile": "Full name",
    "change-password": "Current password",
    "forced-change": "One-time password",
    "new-person": "E-mail",
    "role": "Role",
    "one-time-password": "One-time password",
    "settings": "&Allow students to create their own accounts",
    "preferences": "Language",
    **{name: "Sections" for name in WINDOWS if name.startswith(("teacher:", "student:"))},
    "about": "Close",
    "shortcuts": "Keyboard shortcuts",
    "exam-editor": "Title",
    "exam-editor:new": "Title",
    **{name: "Question text" for name in WINDOWS if name.startswith("question-editor:")},
    "question-type": "Question type",
    "problems": "Problems",
    "bank": "Filter source exams",
    "start": "Exam mode",
    "runner:unsaved": "&Try Again",
    "runner:exam": _runner_first,
    "runner:practice": _runner_first,
    "review": "Review",
    "review:teacher": "Review",
    "import:file": "Files to import",
    "import:preview": "Format",
    "import:target": "A &new exam",
    "import:summary": "&Finish",  # nothing was left out: no list of problems to read
    "export": "Exam",
    "message:info": "OK",
    "message:confirm": "Cancel",
    "runner:confirm": "Cancel",
    "runner:notice": "OK",
    "unsaved-changes": "Save",
}


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return widget.accessibleName() or text or f"{type(widget).__name__}#{widget.objectName()}"


def test_the_tables_cover_every_window() -> None:
    assert set(DEFAULTS) == set(WINDOWS)
    assert set(FOCUS) == set(WINDOWS)


@pytest.mark.parametrize("name", list(WINDOWS))
def test_focus_starts_on_the_first_useful_field(name: str, windows_env: Env) -> None:
    window = open_window(name, windows_env)
    widget = focused()
    assert (widget.isVisible() and window.isAncestorOf(widget)) or widget is window
    expected = FOCUS[name]
    assert describe(widget) == (expected(window) if callable(expected) else expected)


@pytest.mark.parametrize("name", list(WINDOWS))
def test_enter_presses_the_default_button(name: str, windows_env: Env) -> None:
    window = open_window(name, windows_env)
    defaults = [b for b in window.findChildren(QPushButton) if b.isVisible() and b.isDefault()]
    expected = DEFAULTS[name]
    assert [b.text().replace("&", "") for b in defaults] == ([expected] if expected else [])
    if expected is None or isinstance(focused(), QTextEdit | QPlainTextEdit):
        return  # Enter starts a new line there; Ctrl+S / the button itself save
    enabled = defaults[0].isEnabled()  # (pressing it may disable it: the import starts)
    pressed: list[str] = []
    if name in ENTER_ACCEPTS:
        window.accepted.connect(lambda: pressed.append(expected))  # type: ignore[attr-defined]
    buttons = [b for b in window.findChildren(QPushButton) if b.isVisible()]
    for button in buttons:
        button.pressed.connect(lambda b=button: pressed.append(b.text().replace("&", "")))
    windows_env.qtbot.keyClick(focused(), Qt.Key.Key_Return)
    for button in buttons:  # the check is the press: keep what the button does out of this test
        button.blockSignals(True)
    windows_env.qtbot.wait(150)  # a default button's "animated" click comes 100 ms later
    for button in buttons:
        button.blockSignals(False)
    assert pressed == ([expected] if enabled or name in ENTER_ACCEPTS else [])


def tab_stops(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


@pytest.mark.parametrize("name", list(WINDOWS))
def test_tab_leaves_every_control_and_comes_round(name: str, windows_env: Env) -> None:
    window = open_window(name, windows_env)
    start = focused()
    if len(tab_stops(window)) == 1:  # a lone OK: Tab has nowhere else to go
        assert tab_stops(window) == [start]
        return
    limit = len(tab_stops(window)) + 2
    visited = [start]
    for _ in range(limit):
        here = focused()
        windows_env.qtbot.keyClick(here, Qt.Key.Key_Tab)
        now = focused()
        assert now is not here, f"Tab is trapped in {describe(here)}"
        assert window.isAncestorOf(now) or now is window, f"Tab left the window for {describe(now)}"
        if now is start:
            break
        visited.append(now)
    else:
        pytest.fail(f"Tab never came back to {describe(start)}: {[describe(w) for w in visited]}")
    assert len(visited) > 1


def mnemonic(text: str) -> str:
    key = QKeySequence.mnemonic(text)
    return "" if key.isEmpty() else key.toString().removeprefix("Alt+").upper()


def clashes(texts: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Letters claimed by more than one control: {letter: [the controls' texts]}."""
    by_letter: dict[str, list[str]] = {}
    for letter, text in texts:
        if letter:
            by_letter.setdefault(letter, []).append(text)
    return {k: v for k, v in by_letter.items() if len(v) > 1}


def window_mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """The Alt+letters that act at window level: the menu bar's menus and the visible controls."""
    found: list[tuple[str, str]] = []
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        for action in window.menuBar().actions():
            if action.isVisible():
                found.append((mnemonic(action.text()), action.text()))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if (isinstance(widget, QAbstractButton) and widget.text()) or (
            isinstance(widget, QLabel) and widget.buddy() is not None and widget.buddy().isVisible()
        ):
            found.append((mnemonic(widget.text()), widget.text()))
        elif isinstance(widget, QGroupBox) and widget.title():
            found.append((mnemonic(widget.title()), widget.title()))
        elif isinstance(widget, QTabBar):
            found.extend((mnemonic(widget.tabText(i)), widget.tabText(i)) for i in range(widget.count()))
    return found


def menus_of(window: QWidget) -> list[QMenu]:
    menus = [m for m in window.findChildren(QMenu)]
    return [m for m in menus if m.menuAction().isVisible()]


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each language we ship chooses its own Alt letters, so each is walked."""
    i18n.install_translations(qapp, language=request.param)
    yield request.param
    i18n.remove_translations(qapp)


@pytest.mark.parametrize("name", list(WINDOWS))
def test_no_two_controls_share_an_alt_letter(name: str, language: str, windows_env: Env) -> None:
    window = open_window(name, windows_env)
    assert clashes(window_mnemonics(window)) == {}, f"in {language}"
    for menu in menus_of(window):
        inside = [(mnemonic(a.text()), a.text()) for a in menu.actions() if a.isVisible() and a.text()]
        assert clashes(inside) == {}, f"in the menu {menu.title()!r} ({language})"


def test_the_clash_check_finds_a_clash() -> None:
    found = clashes([("S", "&Server:"), ("S", "&Save"), ("T", "&Test"), ("", "Plain")])
    assert found == {"S": ["&Server:", "&Save"]}
    assert Counter(mnemonic(t) for t in ("&Save", "Sa&ve", "No mnemonic")) == Counter({"S": 1, "V": 1, "": 1})
