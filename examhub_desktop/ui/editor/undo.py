"""Undo for the editors: whole-value snapshots, typing merged per field, Ctrl+Z routed to the stack.

An editor's value is an immutable dataclass (a core `Question`, the exam's `ExamFields`), so an
undo step is simply (before, after) and undoing puts `before` back into the widgets. Text
widgets would otherwise keep their own undo history and swallow Ctrl+Z; `UndoKeys` hands
those keys to the window's undo actions so one history covers the whole editor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, SignalInstance
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP

_MERGE_IDS: dict[str, int] = {}

# What an undo step is called in Edit ▸ Undo, by the part it changed (ExamFields attributes,
# the question editor's fields and its answer panels' keys).
STEP_NAMES = {
    "title": QT_TRANSLATE_NOOP("StateCommand", "Edit Title"),
    "description": QT_TRANSLATE_NOOP("StateCommand", "Edit Description"),
    "duration_minutes": QT_TRANSLATE_NOOP("StateCommand", "Change Duration"),
    "passing_score": QT_TRANSLATE_NOOP("StateCommand", "Change Passing Score"),
    "is_public": QT_TRANSLATE_NOOP("StateCommand", "Change Visibility"),
    "shuffle_questions": QT_TRANSLATE_NOOP("StateCommand", "Change Question Order"),
    "rules.max_attempts": QT_TRANSLATE_NOOP("StateCommand", "Change Attempts Allowed"),
    "rules.grading_method": QT_TRANSLATE_NOOP("StateCommand", "Change Grade That Counts"),
    "rules.practice_allowed": QT_TRANSLATE_NOOP("StateCommand", "Change Practice Mode"),
    "rules.fullscreen": QT_TRANSLATE_NOOP("StateCommand", "Change Full Screen"),
    "rules.opens_at": QT_TRANSLATE_NOOP("StateCommand", "Change Opening Time"),
    "rules.closes_at": QT_TRANSLATE_NOOP("StateCommand", "Change Closing Time"),
    "text": QT_TRANSLATE_NOOP("StateCommand", "Edit Question Text"),
    "explanation": QT_TRANSLATE_NOOP("StateCommand", "Edit Explanation"),
    "difficulty": QT_TRANSLATE_NOOP("StateCommand", "Change Difficulty"),
    "points": QT_TRANSLATE_NOOP("StateCommand", "Change Points"),
    "choices": QT_TRANSLATE_NOOP("StateCommand", "Edit Choices"),
    "shuffle": QT_TRANSLATE_NOOP("StateCommand", "Change Shuffling"),
    "correct": QT_TRANSLATE_NOOP("StateCommand", "Change Right Answer"),
    "true_feedback": QT_TRANSLATE_NOOP("StateCommand", "Edit Feedback"),
    "false_feedback": QT_TRANSLATE_NOOP("StateCommand", "Edit Feedback"),
    "answers": QT_TRANSLATE_NOOP("StateCommand", "Edit Accepted Answers"),
    "case_sensitive": QT_TRANSLATE_NOOP("StateCommand", "Change Case Sensitivity"),
    "numeric_answers": QT_TRANSLATE_NOOP("StateCommand", "Edit Accepted Values"),
    "pairs": QT_TRANSLATE_NOOP("StateCommand", "Edit Matching Pairs"),
    "distractors": QT_TRANSLATE_NOOP("StateCommand", "Edit Wrong Answers"),
    "grader_info": QT_TRANSLATE_NOOP("StateCommand", "Edit Notes for the Grader"),
}
GENERIC_STEP = QT_TRANSLATE_NOOP("StateCommand", "Edit")


REVIEW_STEP = QT_TRANSLATE_NOOP("StateCommand", "Change Review Options")


def step_name(part: str) -> str:
    if part.startswith("rules.review."):
        return QCoreApplication.translate("StateCommand", REVIEW_STEP)
    return QCoreApplication.translate("StateCommand", STEP_NAMES.get(part, GENERIC_STEP))


class Snapshotting(Protocol):
    def apply(self, state: Any) -> None: ...


class StateCommand(QUndoCommand):
    """Replace the editor's value; consecutive typing in one field merges into one step."""

    def __init__(self, editor: Snapshotting, before: Any, after: Any, part: str, typing: bool) -> None:
        super().__init__(step_name(part))
        self.editor, self.before, self.after = editor, before, after
        self.part, self.typing = part, typing
        self._first = True

    def id(self) -> int:
        if not self.typing:
            return -1
        return _MERGE_IDS.setdefault(self.part, len(_MERGE_IDS) + 1)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, StateCommand) or other.part != self.part or not other.typing:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._first:  # the widgets already show `after`
            self._first = False
            return
        self.editor.apply(self.after)

    def undo(self) -> None:
        self.editor.apply(self.before)


def _step_action(
    parent: QObject,
    *,
    key: QKeySequence.StandardKey,
    trigger: Callable[[], None],
    can_changed: SignalInstance,
    text_changed: SignalInstance,
    state: tuple[bool, str],
    label: Callable[[str], str],
) -> QAction:
    """An Undo or Redo action whose text names its step through `label` (a translated phrase)."""
    action = QAction(parent)
    action.setShortcut(key)
    action.triggered.connect(trigger)
    can_changed.connect(action.setEnabled)
    text_changed.connect(lambda step: action.setText(label(step)))
    action.setEnabled(state[0])
    action.setText(label(state[1]))
    return action


def undo_action(stack: QUndoStack, parent: QObject) -> QAction:
    """Edit ▸ Undo naming its step in one translatable phrase ("&Undo Edit Title"), where
    `createUndoAction`'s prefix would glue the words together in any language."""

    def label(step: str) -> str:
        if step:
            return QCoreApplication.translate("UndoActions", "&Undo {step}").format(step=step)
        return QCoreApplication.translate("UndoActions", "&Undo")

    return _step_action(
        parent,
        key=QKeySequence.StandardKey.Undo,
        trigger=stack.undo,
        can_changed=stack.canUndoChanged,
        text_changed=stack.undoTextChanged,
        state=(stack.canUndo(), stack.undoText()),
        label=label,
    )


def redo_action(stack: QUndoStack, parent: QObject) -> QAction:
    """Edit ▸ Redo, as `undo_action`."""

    def label(step: str) -> str:
        if step:
            return QCoreApplication.translate("UndoActions", "&Redo {step}").format(step=step)
        return QCoreApplication.translate("UndoActions", "&Redo")

    return _step_action(
        parent,
        key=QKeySequence.StandardKey.Redo,
        trigger=stack.redo,
        can_changed=stack.canRedoChanged,
        text_changed=stack.redoTextChanged,
        state=(stack.canRedo(), stack.redoText()),
        label=label,
    )


class UndoKeys(QObject):
    """Event filter: Ctrl+Z / Ctrl+Shift+Z in a text widget go to the window's undo actions."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))
        ):
            event.ignore()  # not overridden: the shortcut (our undo action) fires
            return True
        return False


def route_undo_keys(root: QWidget, keys: UndoKeys) -> None:
    for cls in (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox):
        for widget in root.findChildren(cls):
            widget.installEventFilter(keys)
            if isinstance(widget, QTextEdit | QPlainTextEdit):
                widget.viewport().installEventFilter(keys)


def join_group(stack: QUndoStack, group: QUndoGroup | None) -> None:
    if group is not None and stack not in group.stacks():
        group.addStack(stack)


def activate_stack(stack: QUndoStack, group: QUndoGroup | None, active: bool) -> None:
    """The group's Undo follows the active window: this editor's stack while it is active, and
    nothing of it once another window (the main window) is, so Edit ▸ Undo there cannot undo
    an edit in a window the teacher is not looking at."""
    if group is None or stack not in group.stacks():
        return
    if active:
        group.setActiveStack(stack)
    elif group.activeStack() is stack:
        group.setActiveStack(None)  # type: ignore[arg-type]  # Qt takes nullptr: no active stack


def leave_group(stack: QUndoStack, group: QUndoGroup | None) -> None:
    if group is not None and stack in group.stacks():
        group.removeStack(stack)
