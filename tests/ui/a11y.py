"""Accessibility checks over the accessibility tree Qt builds, also offscreen (notes §1).

- every visible interactive control has an accessible name; a combo box counts as named only
  through `accessibleName()` or a Label relation, because its Name is its current item;
- every action in a menu or on a widget has a shortcut or a mnemonic.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAccessible, QAccessibleInterface, QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QWidget

R = QAccessible.Role
INTERACTIVE = {
    R.Button,
    R.CheckBox,
    R.RadioButton,
    R.ComboBox,
    R.EditableText,
    R.SpinBox,
    R.Slider,
    R.ButtonMenu,
    R.ButtonDropDown,
    R.PageTab,
}


def walk(iface: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    yield iface
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is not None and child.isValid():
            yield from walk(child)


def _named(node: QAccessibleInterface) -> bool:
    widget = node.object()
    if isinstance(widget, QComboBox):
        labelled = node.relations(QAccessible.RelationFlag.Label)
        return bool(widget.accessibleName().strip() or labelled)
    return bool(node.text(QAccessible.Text.Name).strip())


def unnamed_interactive(top: QWidget) -> list[str]:
    root = QAccessible.queryAccessibleInterface(top)
    assert root is not None and root.isValid()
    return [
        f"{node.role().name}:{type(node.object()).__name__}:{node.object().objectName()}"
        for node in walk(root)
        if node.role() in INTERACTIVE and not node.state().invisible and not _named(node)
    ]


def actions_without_keys(top: QWidget) -> list[str]:
    """Actions of `top` and its children that have neither a shortcut nor a mnemonic."""
    missing = []
    for action in [*top.actions(), *(a for w in top.findChildren(QWidget) for a in w.actions())]:
        if not isinstance(action, QAction) or action.isSeparator() or not action.text():
            continue
        if action.menu() is not None:
            continue
        if action.shortcut().isEmpty() and QKeySequence.mnemonic(action.text()).isEmpty():
            missing.append(action.text())
    return missing
