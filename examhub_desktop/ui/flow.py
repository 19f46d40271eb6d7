"""A toolbar whose buttons wrap onto another row instead of hiding behind "»".

At 200 % text (or in a narrow window) QToolBar moves the actions that do not fit into its
extension menu, where nobody looks for "Delete" or "Reset Password". `ActionBar` takes the
same calls the pages make of a QToolBar (`addAction`, `addActions`, `addSeparator`,
`widgetForAction`, `setToolButtonStyle`) and lays its buttons out in a `FlowLayout`, which
reports its height for a width so the page makes room for a second row.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QActionEvent
from PySide6.QtWidgets import QFrame, QLayout, QLayoutItem, QSizePolicy, QStyle, QToolButton, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new row when the next one does not fit (Qt's example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 2) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def move_last_to(self, index: int) -> None:
        self._items.insert(index, self._items.pop())
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One row: the width it would like, so a window opens wide enough when it can."""
        shown = [i.sizeHint() for i in self._items if not i.isEmpty()]
        width = sum(s.width() for s in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((s.height() for s in shown), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, row_height, gap = area.x(), area.y(), 0, self.spacing()
        owner = self.parentWidget()
        direction = owner.layoutDirection() if owner is not None else Qt.LayoutDirection.LeftToRight
        for item in self._items:
            if item.isEmpty():  # a hidden button takes no room
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, row_height = area.x(), y + row_height + gap, 0
            if move:  # mirrored in a right-to-left language: the first action on the right
                item.setGeometry(QStyle.visualRect(direction, area, QRect(QPoint(x, y), hint)))
            x += hint.width() + gap
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + m.bottom()


class ActionBar(QWidget):
    """A wrapping stand-in for the pages' QToolBars: one QToolButton per action, in order."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.flow = FlowLayout(self)
        self._style = Qt.ToolButtonStyle.ToolButtonTextOnly
        self._widgets: dict[QAction, QWidget] = {}
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setToolButtonStyle(self, style: Qt.ToolButtonStyle) -> None:
        self._style = style
        for widget in self._widgets.values():
            if isinstance(widget, QToolButton):
                widget.setToolButtonStyle(style)

    def addSeparator(self) -> QAction:
        action = QAction(self)
        action.setSeparator(True)
        self.addAction(action)
        return action

    def widgetForAction(self, action: QAction) -> QWidget:
        return self._widgets[action]

    def actionEvent(self, event: QActionEvent) -> None:
        action = event.action()
        kind = event.type()
        if kind == QActionEvent.Type.ActionAdded:
            self._widgets[action] = widget = self._make(action)
            before = self._widgets.get(event.before()) if event.before() is not None else None
            index = self.flow.indexOf(before) if before is not None else -1
            self.flow.addWidget(widget)
            if index >= 0:  # insertAction: keep the order
                self.flow.move_last_to(index)
            widget.setVisible(action.isVisible())
        elif kind == QActionEvent.Type.ActionChanged and action in self._widgets:
            self._widgets[action].setVisible(action.isVisible())
            self.flow.invalidate()
        elif kind == QActionEvent.Type.ActionRemoved and action in self._widgets:
            widget = self._widgets.pop(action)
            self.flow.removeWidget(widget)
            widget.deleteLater()
        super().actionEvent(event)

    def _make(self, action: QAction) -> QWidget:
        if action.isSeparator():
            line = QFrame(self)
            line.setFrameShape(QFrame.Shape.VLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            return line
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(self._style)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # as in a QToolBar: the actions have keys
        return button
