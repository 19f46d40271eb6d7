"""The runner's keyboard: its actions (each with its shortcuts) and the choice keys.

N / P or Page Down / Page Up move, F flags, K checks (practice), Ctrl+Enter submits, Ctrl+= /
Ctrl+- / Ctrl+0 scale the text, Ctrl+W leaves. 1-9 and 0, or A-J, pick the choice at that
position on screen; on a question that shows a choice F, F picks it and Shift+F flags.
Single-letter shortcuts do not fire while a text box has the focus (it takes the letters), so
the hint under the question names only the keys that work where the focus is; a number box
takes no letters, so there N and P move (`NumberBoxKeys`) instead of typing "6n".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from examhub_desktop.core.i18n import translate

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


def key_names(keys: list[str]) -> str:
    """ "F or Shift+F": key names as the platform writes them, joined in the user's language."""
    names = [QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys]
    text = names[0]
    for name in names[1:]:
        text = translate("RunnerActions", "{keys} or {key}").format(keys=text, key=name)
    return text


def choice_keys_text() -> str:
    # the keys are the letters A-J and the digits in every language (the choices are labelled so)
    return translate("RunnerActions", "1–9, 0 or A–J")


def hint_text(*, in_text: bool, number_box: bool, choices: int, practice: bool) -> str:
    """The keys that work with the focus where it is (in a text box letters type)."""
    submit = translate("RunnerActions", "Ctrl+Enter submit")
    if in_text:
        if number_box:
            move = translate("RunnerActions", "N / P or Page Down / Page Up move")
        else:
            move = translate("RunnerActions", "Page Down / Page Up move")
        parts = [move, submit, translate("RunnerActions", "Tab leaves the box")]
    else:
        parts = [translate("RunnerActions", "{keys} pick").format(keys=choice_keys_text())] if choices else []
        parts.append(translate("RunnerActions", "N / P move"))
        parts.append(translate("RunnerActions", "{keys} flag").format(keys=key_names(flag_keys(choices))))
        if practice:
            parts.append(translate("RunnerActions", "K check"))
        parts.append(submit)
    return translate("RunnerActions", "Keys: {keys}").format(keys=" · ".join(parts))


class NumberBoxKeys(QObject):
    """On a number box, plain N and P are the window's shortcuts, not letters to type."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(
            event, QKeyEvent
        ):
            return False
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        if not plain or event.key() not in (Qt.Key.Key_N, Qt.Key.Key_P):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.ignore()  # not overridden: the window's shortcut fires instead of typing
        return True  # on the first or last question (nothing to move to) the key is still not typed


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
            next=action(owner, translate("RunnerActions", "&Next Question"), lambda: move(+1), "N", "PgDown"),
            previous=action(
                owner, translate("RunnerActions", "&Previous Question"), lambda: move(-1), "P", "PgUp"
            ),
            flag=action(owner, translate("RunnerActions", "&Flag for Review"), flag, *flag_keys(0)),
            check=action(owner, translate("RunnerActions", "Chec&k Answer"), check, "K"),
            submit=action(owner, translate("RunnerActions", "&Submit…"), submit, "Ctrl+Return", "Ctrl+Enter"),
            zoom_in=action(
                owner,
                translate("RunnerActions", "Zoom &In"),
                lambda: zoom(+1),
                "Ctrl+=",
                "Ctrl++",
                QKeySequence.StandardKey.ZoomIn,
            ),
            zoom_out=action(
                owner,
                translate("RunnerActions", "Zoom &Out"),
                lambda: zoom(-1),
                "Ctrl+-",
                QKeySequence.StandardKey.ZoomOut,
            ),
            zoom_reset=action(owner, translate("RunnerActions", "&Actual Size"), lambda: zoom(0), "Ctrl+0"),
            leave=action(
                owner, translate("RunnerActions", "&Leave"), leave, QKeySequence.StandardKey.Close, "Ctrl+W"
            ),
        )
        made.flag.setCheckable(True)
        return made


def submit_question(unanswered: int, flagged: int) -> str:
    """What Submit asks, naming what is left to do."""
    parts = []  # whole sentences, each with its own count
    if unanswered:
        parts.append(translate("RunnerActions", "%n question(s) not answered.", None, unanswered))
    if flagged:
        parts.append(translate("RunnerActions", "%n question(s) flagged for review.", None, flagged))
    if not parts:
        parts.append(translate("RunnerActions", "Every question is answered."))
    parts.append(translate("RunnerActions", "You cannot change your answers after submitting."))
    return " ".join(parts)
