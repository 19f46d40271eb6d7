"""The palette of question numbers: answered / flagged / not answered, the current one; click to jump.

State is never colour alone (WCAG 1.4.1): every button shows a symbol after its number
(✓ answered, ⚑ flagged, ○ not answered, i information) and says it in its accessible name;
the colours only repeat it. Colours go through the button's QPalette, not a style sheet, so
the style still draws its keyboard focus frame.
"""

from __future__ import annotations

import enum
import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP
from examhub_desktop.ui import theme
from examhub_desktop.ui.i18n import format_number

COLUMNS = 5


class Mark(enum.Enum):  # the values are the words, translated where shown (`words`)
    UNANSWERED = QT_TRANSLATE_NOOP("QuestionPalette", "not answered")
    ANSWERED = QT_TRANSLATE_NOOP("QuestionPalette", "answered")
    INFO = QT_TRANSLATE_NOOP("QuestionPalette", "information")

    def words(self) -> str:
        return QCoreApplication.translate("QuestionPalette", self.value)


# "i" (information) is a letter, so a language may write its own
SYMBOLS = {Mark.UNANSWERED: "○", Mark.ANSWERED: "✓", Mark.INFO: QT_TRANSLATE_NOOP("QuestionPalette", "i")}
FLAG = "⚑"
# None: the palette's own Base / Text, like an empty field
ROLES = {Mark.UNANSWERED: None, Mark.ANSWERED: theme.Role.BADGE_SUCCESS, Mark.INFO: theme.Role.BADGE_NEUTRAL}


def legend() -> str:
    return QCoreApplication.translate(
        "QuestionPalette", "✓ answered   {flag} flagged   ○ not answered"
    ).format(flag=FLAG)


def symbol(mark: Mark) -> str:
    return QCoreApplication.translate("QuestionPalette", SYMBOLS[mark])


class PaletteButton(QPushButton):
    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.mark = Mark.UNANSWERED
        self.flagged = False
        self.current = False
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setObjectName(f"palette{number}")
        self.refresh()

    def sizeHint(self) -> QSize:
        """Wide enough for the widest state, so buttons do not change size as they change state."""
        hint = super().sizeHint()
        widest = max(
            self.fontMetrics().horizontalAdvance(
                f"{format_number(max(self.number, 88))} {FLAG}{symbol(mark)}"
            )
            for mark in Mark
        )
        return QSize(widest + 16, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # light <-> dark
            self.refresh()

    def state_words(self) -> str:
        words = [self.mark.words()]
        if self.flagged:
            words.append(QCoreApplication.translate("QuestionPalette", "flagged"))
        if self.current:
            words.append(QCoreApplication.translate("QuestionPalette", "current"))
        return ", ".join(words)

    def refresh(self) -> None:
        symbols = (FLAG if self.flagged else "") + symbol(self.mark)
        number, state = format_number(self.number), self.state_words()
        self.setText(f"{number} {symbols}")
        self.setAccessibleName(
            QCoreApplication.translate("QuestionPalette", "Question {number}, {state}").format(
                number=number, state=state
            )
        )
        self.setToolTip(
            QCoreApplication.translate("QuestionPalette", "Question {number}: {state}").format(
                number=number, state=state
            )
        )
        role = theme.Role.BADGE_FLAG if self.flagged else ROLES[self.mark]
        pal = QApplication.palette()
        if role is None:
            background, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
        else:
            background, text = theme.fill(role), theme.colour(role)
        pal.setColor(QPalette.ColorRole.Button, background)
        pal.setColor(QPalette.ColorRole.ButtonText, text)
        self.setPalette(pal)
        font = QFont()  # only weight and underline are set: size and family follow the window (zoom)
        font.setBold(self.current)
        font.setUnderline(self.current)
        self.setFont(font)
        self.setChecked(self.current)


class QuestionPalette(QWidget):
    """Numbers 1..n in a grid; `jump_requested(index)` when one is clicked."""

    jump_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionPalette")
        self.buttons: list[PaletteButton] = []
        self.grid = QGridLayout()
        self.grid.setSpacing(4)
        self.heading = QLabel("<b>{}</b>".format(html.escape(self.tr("Questions"))))
        self.legend = QLabel(legend())
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.tr("Legend"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("paletteSummary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.legend)
        layout.addStretch(1)

    def grid_width(self) -> int:
        """The width of a full row of buttons (the palette is as wide as that)."""
        probe = self.buttons[0] if self.buttons else PaletteButton(88, self)
        width = probe.sizeHint().width() * COLUMNS + self.grid.spacing() * (COLUMNS - 1)
        if not self.buttons:
            probe.deleteLater()
        return width

    def set_count(self, marks: Sequence[Mark]) -> None:
        for b in self.buttons:
            b.deleteLater()
        self.buttons = []
        for i, mark in enumerate(marks):
            b = PaletteButton(i + 1, self)
            b.mark = mark
            b.refresh()
            b.clicked.connect(lambda _checked=False, index=i: self._clicked(index))
            self.grid.addWidget(b, i // COLUMNS, i % COLUMNS)
            self.buttons.append(b)
        self._summarise()

    def _clicked(self, index: int) -> None:
        self.buttons[index].setChecked(self.buttons[index].current)  # the window decides
        self.jump_requested.emit(index)

    def set_mark(self, index: int, mark: Mark) -> None:
        b = self.buttons[index]
        if b.mark is not mark:
            b.mark = mark
            b.refresh()
            self._summarise()

    def set_flagged(self, index: int, flagged: bool) -> None:
        b = self.buttons[index]
        if b.flagged != flagged:
            b.flagged = flagged
            b.refresh()
            self._summarise()

    def set_current(self, index: int) -> None:
        for i, b in enumerate(self.buttons):
            if b.current != (i == index):
                b.current = i == index
                b.refresh()

    def counts(self) -> tuple[int, int, int]:
        """(answered, not answered, flagged); information pages count as neither."""
        answered = sum(1 for b in self.buttons if b.mark is Mark.ANSWERED)
        unanswered = sum(1 for b in self.buttons if b.mark is Mark.UNANSWERED)
        flagged = sum(1 for b in self.buttons if b.flagged)
        return answered, unanswered, flagged

    def _summarise(self) -> None:
        answered, unanswered, flagged = self.counts()
        self.summary.setText(
            self.tr("{answered} answered · {unanswered} not answered · {flagged} flagged").format(
                answered=format_number(answered),
                unanswered=format_number(unanswered),
                flagged=format_number(flagged),
            )
        )

    def states(self) -> list[str]:
        """For tests and screen readers: each button's words."""
        return [b.state_words() for b in self.buttons]
