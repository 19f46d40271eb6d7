"""The runner window's widgets and their look; the window (runner_window.py) owns the behaviour."""

from __future__ import annotations

import html
import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.core.timing import format_remaining
from examhub_desktop.ui import theme
from examhub_desktop.ui.runner.palette import QuestionPalette
from examhub_desktop.ui.runner.runner_actions import flag_keys, key_names

WARN_AT = 300.0
URGENT_AT = 60.0
CLOCK_STYLES: dict[str, tuple[theme.Role | None, str]] = {
    "calm": (None, "padding: 4px 12px; border: 1px solid palette(mid); border-radius: 4px;"),
    "warn": (theme.Role.BADGE_FLAG, "padding: 4px 12px; border-radius: 4px;"),
    "urgent": (theme.Role.BADGE_URGENT, "padding: 4px 12px; border-radius: 4px;"),
}
BANNER_STYLES = {  # a border without a colour takes the text's (Qt style sheets)
    False: (theme.Role.BADGE_WARNING, "padding: 6px 12px; border: 1px solid;"),
    True: (theme.Role.BADGE_ERROR, "padding: 6px 12px; border: 1px solid;"),
}


def _button(text: str, name: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    button.setAutoDefault(False)
    return button


class RunnerLayout(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runnerLayout")
        self.title = QLabel()
        self.title.setObjectName("examTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setWordWrap(True)  # at large text a long title takes two lines, not the badge's place
        self.mode = QLabel()
        self.mode.setObjectName("modeBadge")
        self.fullscreen_note = QLabel(self.tr("Full-screen exam: leaving this window is recorded"))
        self.fullscreen_note.setObjectName("fullscreenNote")
        self.fullscreen_note.setAccessibleName(self.tr("Full-screen exam"))
        theme.paint(self.fullscreen_note, theme.Role.HINT)
        self.fullscreen_note.hide()
        self.save_summary = QLabel()
        self.save_summary.setObjectName("saveSummary")
        self.save_summary.setAccessibleName(self.tr("Saving"))
        self.clock = QLabel()
        self.clock.setObjectName("countdown")
        self.clock.setAccessibleName(self.tr("Time left"))
        theme.paint(self.clock, *CLOCK_STYLES["calm"])
        clock_font = self.clock.font()
        clock_font.setBold(True)
        self.clock.setFont(clock_font)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.mode, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addSpacing(8)
        top.addWidget(self.fullscreen_note, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addSpacing(12)
        top.addWidget(self.save_summary)
        top.addSpacing(12)
        top.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignVCenter)
        self.leave_button = _button(self.tr("Leave"), self.tr("Leave"), self.tr("Leave and resume later"))
        top.addWidget(self.leave_button)

        self.banner = QLabel()
        self.banner.setObjectName("timeBanner")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Notice"))
        self.banner.hide()

        self.question_palette = QuestionPalette()
        palette_scroll = QScrollArea()
        palette_scroll.setWidgetResizable(True)
        palette_scroll.setWidget(self.question_palette)
        palette_scroll.setFrameShape(QFrame.Shape.NoFrame)
        palette_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        palette_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        palette_scroll.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.palette_scroll = palette_scroll

        self.questions = QStackedWidget()
        self.questions.setObjectName("questions")
        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Sunken)
        middle = QHBoxLayout()
        middle.addWidget(palette_scroll)
        middle.addWidget(divider)
        middle.addWidget(self.questions, 1)

        self.prev_button = _button(
            self.tr("◀ Previous"), self.tr("Previous question"), self.tr("Previous question (P or Page Up)")
        )
        self.flag_button = _button(self.tr("⚑ Flag"), self.tr("Flag for review"), "")
        self.flag_button.setCheckable(True)
        self.set_flag_keys(flag_keys(0))
        self.check_button = _button(
            self.tr("Check Answer"), self.tr("Check answer"), self.tr("See whether your answer is right (K)")
        )
        self.next_button = _button(
            self.tr("Next ▶"), self.tr("Next question"), self.tr("Next question (N or Page Down)")
        )
        self.submit_button = _button(
            self.tr("Submit…"), self.tr("Submit"), self.tr("Hand in your answers (Ctrl+Enter)")
        )
        self.keys_hint = QLabel()  # the window names the keys that work where the focus is
        self.keys_hint.setObjectName("keysHint")
        self.keys_hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.prev_button)
        bottom.addWidget(self.flag_button)
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.next_button)
        bottom.addSpacing(12)
        bottom.addWidget(self.keys_hint, 1)
        bottom.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.prev_button, self.flag_button)

    def tab_order(self, page: QWidget) -> None:
        """Tab goes palette -> the question's controls -> the buttons under it, as they are seen."""
        inside = [
            w
            for w in page.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is self.window()  # not a popup
        ]
        chain: list[QWidget] = [
            *self.question_palette.buttons,
            page,
            *inside,
            self.prev_button,
            self.flag_button,
            self.check_button,
            self.next_button,
            self.submit_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def set_attempt(self, title: str, practice: bool, *, timed: bool, fullscreen: bool = False) -> None:
        self.fullscreen_note.setVisible(fullscreen)
        self.title.setText(f"<h2>{html.escape(title)}</h2>")
        self.title.setToolTip(title)
        self.title.setAccessibleName(title)
        self.mode.setText(self.tr("Practice") if practice else self.tr("Exam"))
        mode_role = theme.Role.BADGE_INFO if practice else theme.Role.BADGE_NEUTRAL
        theme.paint(self.mode, mode_role, "padding: 3px 10px; border-radius: 3px;")
        self.check_button.setVisible(practice)
        self.clock.setAccessibleName(self.tr("Time left") if timed else self.tr("Time so far"))

    def fit_palette(self) -> None:
        """Make the palette column as wide as a row of five buttons (after a zoom, too)."""
        bar = self.palette_scroll.verticalScrollBar().sizeHint().width()
        self.palette_scroll.setFixedWidth(self.question_palette.grid_width() + bar + 4)

    def show_time(self, remaining: float | None, elapsed: float) -> None:
        if remaining is None:
            self.clock.setText(self.tr("Untimed · {time}").format(time=format_remaining(elapsed)))
            return
        self.clock.setText(self.tr("Time left {time}").format(time=format_remaining(remaining)))
        style = "urgent" if remaining <= URGENT_AT else ("warn" if remaining <= WARN_AT else "calm")
        if self.clock.property("level") != style:
            self.clock.setProperty("level", style)
            theme.paint(self.clock, *CLOCK_STYLES[style])

    def show_banner(self, text: str, *, urgent: bool) -> None:
        self.banner.setText(text)
        theme.paint(self.banner, *BANNER_STYLES[urgent])
        self.banner.show()

    def set_save_summary(self, text: str, *, ok: bool) -> None:
        self.save_summary.setText(text)
        theme.paint(self.save_summary, None if ok else theme.Role.ERROR, "" if ok else "font-weight: bold;")

    def set_flagged(self, flagged: bool) -> None:
        self.flag_button.setChecked(flagged)
        self.flag_button.setText(self.tr("⚑ Unflag") if flagged else self.tr("⚑ Flag"))

    def set_flag_keys(self, keys: list[str]) -> None:
        self.flag_button.setToolTip(
            self.tr("Flag this question to come back to it ({keys})").format(keys=key_names(keys))
        )

    def set_locked(self, locked: bool) -> None:
        for b in (
            self.prev_button,
            self.flag_button,
            self.check_button,
            self.next_button,
            self.submit_button,
        ):
            b.setEnabled(not locked)
        for b in self.question_palette.buttons:
            b.setEnabled(not locked)
