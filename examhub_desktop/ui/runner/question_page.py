"""One question on screen: its number and points, its text, the answer editor, the save state
and, in practice mode, the Check result. Pages are built when first shown and kept, so an
essay keeps its undo history while the student moves around."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from examhub_desktop.core.question import Question, TextFormat
from examhub_desktop.services.attempts import RunnerQuestion
from examhub_desktop.ui import theme
from examhub_desktop.ui.i18n import format_number
from examhub_desktop.ui.runner.answers import AnswerEditor, editor_for
from examhub_desktop.ui.runner.describe import type_name
from examhub_desktop.ui.runner.saver import SaveState

SAVE_COLOURS: dict[SaveState, tuple[theme.Role | None, str]] = {
    SaveState.CLEAN: (None, ""),
    SaveState.EDITING: (theme.Role.WARNING, ""),
    SaveState.SAVING: (theme.Role.WARNING, ""),
    SaveState.SAVED: (theme.Role.SUCCESS, ""),
    SaveState.FAILED: (theme.Role.ERROR, "font-weight: bold;"),
}


def question_label(q: Question, *, large: bool = False) -> QLabel:
    """The question text as its author wrote it (HTML, Markdown or plain), wrapped, selectable;
    `large` sets it a step above the window's font (relative, so Ctrl+= still scales it)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    text = q.text
    if q.text_format is TextFormat.MARKDOWN:
        label.setTextFormat(Qt.TextFormat.MarkdownText)
    else:
        label.setTextFormat(Qt.TextFormat.RichText)
        if q.text_format not in (TextFormat.HTML, TextFormat.MOODLE):
            text = html.escape(text).replace("\n", "<br>")
        if large:
            text = f"<div style='font-size: large'>{text}</div>"
    label.setText(text)
    label.setObjectName("questionText")
    return label


class QuestionPage(QScrollArea):
    def __init__(self, number: int, total: int, item: RunnerQuestion, *, practice: bool) -> None:
        super().__init__()
        self.item = item
        self.number = number
        q = item.question
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName(f"questionPage{number}")
        self.setAccessibleName(self.tr("Question {number}").format(number=format_number(number)))
        body = QWidget()
        body.setObjectName("questionBody")
        points = self.tr("%n point(s)", "", q.points) if q.points else ""
        heading = self.tr("Question {number} of {total}").format(
            number=format_number(number), total=format_number(total)
        )
        self.heading = QLabel(f"<h2>{html.escape(heading)}</h2>")
        self.heading.setAccessibleName(heading)
        facts = " · ".join(p for p in (type_name(q.type), points) if p)
        self.facts = QLabel(facts)
        self.facts.setObjectName("questionFacts")
        self.flag_badge = QLabel(self.tr("⚑ Flagged for review"))
        self.flag_badge.setObjectName("flagBadge")
        theme.paint(self.flag_badge, theme.Role.BADGE_FLAG, "padding: 2px 8px; border-radius: 3px;")
        self.flag_badge.hide()
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        self.save_state.setAccessibleName(self.tr("Save state"))
        self.text = question_label(q, large=True)
        self.text.setAccessibleName(self.tr("Question text"))
        self.editor: AnswerEditor = editor_for(item)
        self.feedback = QLabel()
        self.feedback.setObjectName("practiceFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.feedback.setAccessibleName(self.tr("Feedback"))
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.feedback.setFrameShape(QFrame.Shape.StyledPanel)
        self.feedback.setMargin(10)
        self.feedback.hide()
        self.practice = practice

        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addSpacing(12)
        head.addWidget(self.flag_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addStretch(1)
        head.addWidget(self.save_state, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 8, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addWidget(self.facts)
        layout.addWidget(self.text)
        layout.addSpacing(6)
        layout.addWidget(self.editor)
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        self.setWidget(body)

    def show_save_state(self, state: SaveState, error: str = "") -> None:
        text = state.words()
        if state is SaveState.FAILED and error:
            text = self.tr("Not saved: {error}").format(error=error)
        self.save_state.setText(text)
        theme.paint(self.save_state, *SAVE_COLOURS[state])
        self.save_state.setToolTip(error)

    def show_flag(self, flagged: bool) -> None:
        self.flag_badge.setVisible(flagged)

    def show_feedback(self, html_text: str) -> None:
        self.feedback.setText(html_text)
        self.feedback.show()
        self.ensureWidgetVisible(self.feedback)

    def hide_feedback(self) -> None:
        self.feedback.hide()
        self.feedback.clear()
