"""The question text box: bold, italic, code and lists, stored as a small clean HTML fragment.

QTextDocument.toHtml() writes a whole document with inline CSS on every paragraph; the runner,
the exporters and full-text search want `<p>`, `<strong>`, `<em>`, `<code>`, `<ul>`/`<ol>`
only, so the document is written out here. Text that came from an import with richer markup
is kept as it was until the teacher actually edits it (see `RichTextEdit.html`).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCharFormat, QTextDocument, QTextListFormat
from PySide6.QtWidgets import QTextEdit, QVBoxLayout, QWidget

from examhub_desktop.ui.flow import ActionBar

MONO_FAMILIES = {"monospace", "courier", "courier new", "consolas", "menlo"}


def _is_code(fmt: QTextCharFormat) -> bool:
    families = [f.lower() for f in (fmt.fontFamilies() or [])]
    return fmt.fontFixedPitch() or any(f in MONO_FAMILIES for f in families)


def _inline(it: Any) -> str:
    out: list[str] = []
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            fmt = fragment.charFormat()
            text = html.escape(fragment.text(), quote=False).replace("\u2028", "<br>")
            if _is_code(fmt):
                text = f"<code>{text}</code>"
            if fmt.fontItalic():
                text = f"<em>{text}</em>"
            if fmt.fontWeight() >= QFont.Weight.DemiBold:
                text = f"<strong>{text}</strong>"
            out.append(text)
        it += 1
    return "".join(out).replace("</strong><strong>", "").replace("</em><em>", "")


def document_to_html(doc: QTextDocument) -> str:
    """`<p>` per paragraph, runs of list items grouped into `<ul>` / `<ol>`; empty -> ""."""
    parts: list[str] = []
    open_list: tuple[object, str] | None = None
    block = doc.begin()
    while block.isValid():
        inner = _inline(block.begin())
        text_list = block.textList()
        if text_list is not None:
            tag = (
                "ol" if text_list.format().style().value <= QTextListFormat.Style.ListDecimal.value else "ul"
            )
            key = (text_list, tag)
            if open_list is None or open_list[0] is not text_list:
                if open_list is not None:
                    parts.append(f"</{open_list[1]}>")
                parts.append(f"<{tag}>")
                open_list = key
            parts.append(f"<li>{inner}</li>")
        else:
            if open_list is not None:
                parts.append(f"</{open_list[1]}>")
                open_list = None
            parts.append(f"<p>{inner}</p>")
        block = block.next()
    if open_list is not None:
        parts.append(f"</{open_list[1]}>")
    result = "".join(parts)
    return "" if not doc.toPlainText().strip() else result


class RichTextEdit(QWidget):
    """A QTextEdit with a small formatting bar; `html()` is what gets stored."""

    edited = Signal()  # the teacher changed the text or its formatting

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        """`name` is the box's translated accessible name ("Question text")."""
        super().__init__(parent)
        self.editor = QTextEdit()
        self.editor.setAccessibleName(name)
        self.editor.setAcceptRichText(True)
        self.editor.setUndoRedoEnabled(False)  # the editor's QUndoStack owns undo
        self.editor.setTabChangesFocus(True)
        line = self.fontMetrics().lineSpacing()
        self.editor.setMinimumHeight(line * 5 + 12)
        self.editor.setMaximumHeight(line * 8 + 12)
        bar_name = self.tr("{name} formatting").format(name=name)
        self.toolbar = ActionBar(bar_name)
        self.toolbar.setAccessibleName(bar_name)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_by_name: dict[str, QAction] = {}
        for key, text, shortcut, slot, spoken, tip in (
            (
                "bold",
                self.tr("Bold"),
                QKeySequence.StandardKey.Bold,
                self.toggle_bold,
                self.tr("Bold"),
                self.tr("Bold ({key})"),
            ),
            (
                "italic",
                self.tr("Italic"),
                QKeySequence.StandardKey.Italic,
                self.toggle_italic,
                self.tr("Italic"),
                self.tr("Italic ({key})"),
            ),
            (
                "code",
                self.tr("Code"),
                "Ctrl+Shift+K",
                self.toggle_code,
                self.tr("Code, in a fixed-width font"),
                self.tr("Code, in a fixed-width font ({key})"),
            ),
            (
                "bullets",
                self.tr("• List"),
                "Ctrl+Shift+8",
                lambda: self.make_list(False),
                self.tr("Bulleted list"),
                self.tr("Bulleted list ({key})"),
            ),
            (
                "numbers",
                self.tr("1. List"),
                "Ctrl+Shift+7",
                lambda: self.make_list(True),
                self.tr("Numbered list"),
                self.tr("Numbered list ({key})"),
            ),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(tip.format(key=native))
            action.triggered.connect(slot)
            if key in ("bold", "italic", "code"):
                action.setCheckable(True)
            self.addAction(action)
            self.toolbar.addAction(action)
            button = self.toolbar.widgetForAction(action)
            button.setAccessibleName(spoken)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.actions_by_name[key] = action
        bold = self.actions_by_name["bold"].font()
        bold.setBold(True)
        self.actions_by_name["bold"].setFont(bold)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.editor)
        self.setFocusProxy(self.editor)
        self._original = ""
        self._touched = False
        self.editor.textChanged.connect(self._changed)
        self.editor.currentCharFormatChanged.connect(self._sync_buttons)

    # ---------------------------------------------------------------- value
    def set_html(self, text: str, *, plain: bool = False) -> None:
        """Load stored text; it is kept byte for byte until the teacher edits it."""
        if self.html() == text:
            return
        position = self.editor.textCursor().position()
        self.editor.blockSignals(True)
        if plain:
            self.editor.setPlainText(text)
        else:
            self.editor.setHtml(text)
        self.editor.blockSignals(False)
        cursor = self.editor.textCursor()
        cursor.setPosition(min(position, len(self.editor.document().toPlainText())))
        self.editor.setTextCursor(cursor)
        self._original = text
        self._touched = False

    def html(self) -> str:
        return document_to_html(self.editor.document()) if self._touched else self._original

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)
        self.toolbar.setEnabled(not read_only)

    def _changed(self) -> None:
        self._touched = True
        self.edited.emit()

    # ---------------------------------------------------------------- formatting
    def _merge(self, fmt: QTextCharFormat) -> None:
        """Format the selection; without one, what is typed next."""
        cursor = self.editor.textCursor()
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        self.editor.mergeCurrentCharFormat(fmt)

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.editor.fontWeight() < QFont.Weight.DemiBold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.editor.fontItalic())
        self._merge(fmt)

    def toggle_code(self) -> None:
        fmt = QTextCharFormat()
        on = not _is_code(self.editor.currentCharFormat())
        fmt.setFontFamilies(["monospace"] if on else [self.font().family()])
        fmt.setFontFixedPitch(on)
        self._merge(fmt)

    def make_list(self, numbered: bool) -> None:
        cursor = self.editor.textCursor()
        style = QTextListFormat.Style.ListDecimal if numbered else QTextListFormat.Style.ListDisc
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            for i in reversed(range(current.count())):
                current.remove(current.item(i))
            block_fmt = cursor.blockFormat()
            block_fmt.setIndent(0)
            cursor.setBlockFormat(block_fmt)
        else:
            fmt = QTextListFormat()
            fmt.setStyle(style)
            cursor.createList(fmt)
        cursor.endEditBlock()

    def _sync_buttons(self, fmt: QTextCharFormat) -> None:
        self.actions_by_name["bold"].setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold)
        self.actions_by_name["italic"].setChecked(fmt.fontItalic())
        self.actions_by_name["code"].setChecked(_is_code(fmt))
