"""The runner's keyboard: its actions (each with its shortcuts) and the choice keys.

N / P or Page Down / Page Up move, F flags, K checks (practice), Ctrl+Enter submits, Ctrl+= /
Ctrl+- / Ctrl+0 scale the text, Ctrl+W leaves. 1-9 and 0, or A-J, pick the choice at that
position on screen; on a question that shows a choice F, F picks it and Shift+F flags.
Single-letter shortcuts do not fire while a text box has the focus (it takes the letters).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

DIGIT_KEYS = {getattr(Qt.Key, f"Key_{d}"): (d - 1) % 10 for d in range(10)}  # 1..9 -> 0..8, 0 -> 9
LETTER_KEYS = {getattr(Qt.Key, f"Key_{c}"): i for i, c in enumerate("ABCDEFGHIJ")}
Key = QKeySequence | QKeySequence.StandardKey | str


def choice_position(event: QKeyEvent) -> int | None:
    """The display position a plain 1-9 / 0 / A-J key press names, else None."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if mods != Qt.KeyboardModifier.NoModifier:
        return None
    key = Qt.Key(event.key())
    return DIGIT_KEYS.get(key, LETTER_KEYS.get(key))


def flag_keys(choice_count: int) -> list[str]:
    return ["Shift+F"] if choice_count >= 6 else ["F", "Shift+F"]


def action(owner: QWidget, text: str, slot: Callable[[], object], *keys: Key) -> QAction:
    made = QAction(text, owner)
    sequences = dict.fromkeys(QKeySequence(k).toString() for k in keys)  # ZoomOut is Ctrl+- too
    made.setShortcuts([QKeySequence(s) for s in sequences])
    made.triggered.connect(lambda _checked=False: slot())
    owner.addAction(made)
    return made


@dataclass
class RunnerActions:
    next: QAction
    previous: QAction
    flag: QAction
    check: QAction
    submit: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    leave: QAction

    @classmethod
    def make(
        cls,
        owner: QWidget,
        *,
        move: Callable[[int], None],
        flag: Callable[[], None],
        check: Callable[[], None],
        submit: Callable[[], None],
        zoom: Callable[[int], None],
        leave: Callable[[], object],
    ) -> RunnerActions:
        made = cls(
            next=action(owner, "&Next Question", lambda: move(+1), "N", "PgDown"),
            previous=action(owner, "&Previous Question", lambda: move(-1), "P", "PgUp"),
            flag=action(owner, "&Flag for Review", flag, *flag_keys(0)),
            check=action(owner, "Chec&k Answer", check, "K"),
            submit=action(owner, "&Submit…", submit, "Ctrl+Return", "Ctrl+Enter"),
            zoom_in=action(
                owner, "Zoom &In", lambda: zoom(+1), "Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn
            ),
            zoom_out=action(owner, "Zoom &Out", lambda: zoom(-1), "Ctrl+-", QKeySequence.StandardKey.ZoomOut),
            zoom_reset=action(owner, "&Actual Size", lambda: zoom(0), "Ctrl+0"),
            leave=action(owner, "&Leave", leave, QKeySequence.StandardKey.Close),
        )
        made.flag.setCheckable(True)
        return made


def submit_question(unanswered: int, flagged: int) -> str:
    """What Submit asks, naming what is left to do."""
    parts = []
    if unanswered:
        parts.append(f"{unanswered} question{'s are' if unanswered != 1 else ' is'} not answered")
    if flagged:
        parts.append(f"{flagged} question{'s are' if flagged != 1 else ' is'} flagged for review")
    status = ("; ".join(parts) + ". ") if parts else "Every question is answered. "
    return f"{status}You cannot change your answers after submitting."
