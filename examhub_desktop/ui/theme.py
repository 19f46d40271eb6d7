"""Every colour the window uses, by what it means, for a light and a dark palette.

Colours used to be literals in style sheets, chosen for white: in a dark scheme the error red
and the save colours fell to 1.4–2.6:1, and Fusion's own selection (white on #308cc6, 3.69:1)
and placeholder text (black at 50 %) failed 4.5:1 even in light. So the palettes are our own
(Fusion draws every role we set, on every platform), each colour here is checked by a test
against the backgrounds it is drawn on, and widgets ask for a role, never a colour.

A scheme change (the system's, or the Settings dialog's) sets a new application palette and
re-paints the widgets that `paint()` styled; item models and painters ask `colour()` when
they draw, so they follow without help.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

THEME_KEY = "appearance/theme"
SCALE_KEY = "appearance/scale"
SCALES = (100, 125, 150, 175, 200)
ROLE_PROPERTY = "examhubThemeRole"  # set by paint(): the widgets to re-style on a scheme change
EXTRA_PROPERTY = "examhubThemeExtra"


class Choice(enum.Enum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class Role(enum.Enum):
    """Text roles are drawn on the window or a view's base; badge roles bring their own fill."""

    ERROR = "error"
    WARNING = "warning"  # "saving", "editing", a warning line
    SUCCESS = "success"  # "saved"
    HINT = "hint"
    BADGE_SUCCESS = "badge-success"  # answered, passed, correct
    BADGE_WARNING = "badge-warning"  # partly right, the time warning banner
    BADGE_ERROR = "badge-error"  # wrong, not passed, the last-minute banner
    BADGE_NEUTRAL = "badge-neutral"  # unanswered, no pass mark, exam mode
    BADGE_INFO = "badge-info"  # pending, practice mode
    BADGE_FLAG = "badge-flag"  # a flagged question
    BADGE_URGENT = "badge-urgent"  # the clock in its last minutes


@dataclass(frozen=True)
class Swatch:
    text: str
    fill: str | None = None  # None: drawn on the window's or the view's own background


LIGHT: dict[Role, Swatch] = {
    Role.ERROR: Swatch("#b3261e"),
    Role.WARNING: Swatch("#5c4400"),
    Role.SUCCESS: Swatch("#0b5d1e"),
    Role.HINT: Swatch("#595959"),
    Role.BADGE_SUCCESS: Swatch("#0b3d14", "#cdeccf"),
    Role.BADGE_WARNING: Swatch("#4a2c00", "#ffe9b3"),
    Role.BADGE_ERROR: Swatch("#5c0f0a", "#f9d0cc"),
    Role.BADGE_NEUTRAL: Swatch("#1f2328", "#e6e9ef"),
    Role.BADGE_INFO: Swatch("#0a2a66", "#dbe7ff"),
    Role.BADGE_FLAG: Swatch("#4a2c00", "#ffd98a"),
    Role.BADGE_URGENT: Swatch("#ffffff", "#b3261e"),
}
DARK: dict[Role, Swatch] = {
    Role.ERROR: Swatch("#ff8a80"),
    Role.WARNING: Swatch("#f0c36a"),
    Role.SUCCESS: Swatch("#7ddc8f"),
    Role.HINT: Swatch("#a9adb3"),
    Role.BADGE_SUCCESS: Swatch("#cdeccf", "#1e4620"),
    Role.BADGE_WARNING: Swatch("#ffe9b3", "#4a3a00"),
    Role.BADGE_ERROR: Swatch("#ffd6d1", "#5c1a14"),
    Role.BADGE_NEUTRAL: Swatch("#e6e9ef", "#3a3f47"),
    Role.BADGE_INFO: Swatch("#dbe7ff", "#1c3260"),
    Role.BADGE_FLAG: Swatch("#ffd98a", "#5a3d00"),
    Role.BADGE_URGENT: Swatch("#ffffff", "#b3261e"),
}
# The password meter's bar (not text: WCAG 1.4.11 asks 3:1 against the groove), very weak..very strong.
STRENGTH = {
    False: ("#b3261e", "#c2410c", "#8a5a00", "#15803d", "#166534"),
    True: ("#ff8a80", "#ffab70", "#f0c36a", "#7ddc8f", "#4cc26a"),
}

R = QPalette.ColorRole
# Only what we change from Fusion's light palette: the selection and the placeholder failed 4.5:1.
LIGHT_PALETTE = {
    R.Highlight: "#1d6aa5",
    R.Accent: "#1d6aa5",
    R.PlaceholderText: "#595959",
    R.Link: "#0645ad",
    R.LinkVisited: "#6b2fa0",
}
# Complete, because a platform in light mode gives nothing dark to start from.
DARK_PALETTE = {
    R.Window: "#202124",
    R.WindowText: "#e8eaed",
    R.Base: "#17181a",
    R.AlternateBase: "#26282b",
    R.Text: "#e8eaed",
    R.Button: "#2d2f33",
    R.ButtonText: "#e8eaed",
    R.BrightText: "#ffffff",
    R.Highlight: "#2f65b5",
    R.Accent: "#2f65b5",
    R.HighlightedText: "#ffffff",
    R.PlaceholderText: "#9aa0a6",
    R.ToolTipBase: "#2d2f33",
    R.ToolTipText: "#e8eaed",
    R.Link: "#8ab4f8",
    R.LinkVisited: "#c58af9",
    R.Light: "#4a4d52",
    R.Midlight: "#3a3d42",
    R.Mid: "#5f6368",
    R.Dark: "#111214",
    R.Shadow: "#000000",
}
DARK_DISABLED = {R.WindowText: "#80858c", R.Text: "#80858c", R.ButtonText: "#80858c", R.Button: "#26282b"}
# The text / background pairs Qt draws with; each must reach 4.5:1 (tests/ui/test_theme.py).
TEXT_PAIRS = (
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.HighlightedText, R.Highlight),
    (R.PlaceholderText, R.Base),
    (R.ButtonText, R.Button),
    (R.ToolTipText, R.ToolTipBase),
    (R.Link, R.Base),
)


# ---------------------------------------------------------------- contrast (WCAG 2.x)
def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    """WCAG relative luminance of "#rrggbb"."""
    h = hex_colour.lstrip("#")
    if len(h) != 6:
        raise ValueError(f"not a #rrggbb colour: {hex_colour!r}")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """(L1 + 0.05) / (L2 + 0.05), lighter over darker: 1.0 (same) to 21.0 (black on white)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# ---------------------------------------------------------------- palettes and roles
def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    pal = QPalette(style.standardPalette()) if style is not None else QPalette()
    for role, value in LIGHT_PALETTE.items():
        pal.setColor(role, QColor(value))
    return pal


def dark_palette() -> QPalette:
    pal = QPalette()
    for role, value in DARK_PALETTE.items():
        pal.setColor(role, QColor(value))
    for role, value in DARK_DISABLED.items():
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(value))
    return pal


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette or QGuiApplication.palette()
    return pal.color(R.Window).lightness() < 128


def swatches(palette: QPalette | None = None) -> dict[Role, Swatch]:
    return DARK if is_dark(palette) else LIGHT


def colour(role: Role) -> QColor:
    return QColor(swatches()[role].text)


def fill(role: Role) -> QColor:
    swatch = swatches()[role]
    return QColor(swatch.fill) if swatch.fill else QGuiApplication.palette().color(R.Window)


def strength_colours() -> tuple[str, ...]:
    return STRENGTH[is_dark()]


def outcome_colours() -> dict[str, tuple[str, str]]:
    """Badge roles as (fill, text) by role value, for HTML written in plain-Python modules."""
    return {r.value: (s.fill or "", s.text) for r, s in swatches().items() if s.fill}


def css(role: Role | None) -> str:
    if role is None:
        return ""
    swatch = swatches()[role]
    back = f"background: {swatch.fill}; " if swatch.fill else ""
    return f"{back}color: {swatch.text};"


def paint(widget: QWidget, role: Role | None, extra: str = "") -> None:
    """Style `widget` with `role`'s colours plus `extra` (padding, weight...), now and after
    every scheme change. `None` leaves only `extra`."""
    widget.setProperty(ROLE_PROPERTY, role.value if role else "")
    widget.setProperty(EXTRA_PROPERTY, extra)
    sheet = f"{css(role)} {extra}".strip()
    widget.setStyleSheet(sheet)


def repaint_all() -> None:
    for widget in QApplication.allWidgets():
        value = widget.property(ROLE_PROPERTY)
        if value is None:
            continue
        paint(widget, Role(value) if value else None, str(widget.property(EXTRA_PROPERTY) or ""))


# ---------------------------------------------------------------- the scheme
def read_choice(settings: QSettings) -> Choice:
    value = str(settings.value(THEME_KEY, Choice.SYSTEM.value))
    return Choice(value) if value in {c.value for c in Choice} else Choice.SYSTEM


def system_is_dark(app: QGuiApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


class Theme:
    """The app's one theme: applies a choice, and follows the system while the choice is System."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.choice = Choice.SYSTEM
        app.setStyle("Fusion")  # draws every palette role, so our palettes look the same everywhere
        app.styleHints().colorSchemeChanged.connect(self._system_changed)

    def apply(self, choice: Choice) -> None:
        self.choice = choice
        hints = self.app.styleHints()
        if choice is Choice.SYSTEM:
            hints.unsetColorScheme()
        else:  # also tells the platform (Windows 11 draws a dark frame); offscreen ignores it
            hints.setColorScheme(Qt.ColorScheme.Dark if choice is Choice.DARK else Qt.ColorScheme.Light)
        self._repalette()

    def _repalette(self) -> None:
        choice = self.choice
        dark = choice is Choice.DARK or (choice is Choice.SYSTEM and system_is_dark(self.app))
        self.app.setPalette(dark_palette() if dark else light_palette())
        repaint_all()

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice is Choice.SYSTEM:  # a forced choice ignores the system (its own set emits too)
            self._repalette()


def install(app: QApplication, settings: QSettings) -> Theme:
    """The theme the device settings ask for (at start, and when the Settings dialog changes it)."""
    return use(app, read_choice(settings))


def use(app: QApplication, choice: Choice) -> Theme:
    """The app's one Theme (made on first use), showing `choice`. Tests and tools call it too."""
    theme: Theme | None = getattr(app, "_examhub_theme", None)
    if theme is None:
        theme = Theme(app)
        app._examhub_theme = theme  # type: ignore[attr-defined]
    theme.apply(choice)
    return theme


def current(app: QApplication) -> Theme | None:
    return getattr(app, "_examhub_theme", None)


# ---------------------------------------------------------------- interface size
def read_scale(settings: QSettings) -> int:
    try:
        value = int(str(settings.value(SCALE_KEY, 100)))
    except ValueError:
        return 100
    return value if value in SCALES else 100


def apply_scale_before_app(settings_file: Path) -> None:
    """Before the QApplication exists: QT_SCALE_FACTOR scales text, icons, margins and fixed
    sizes alike and makes the screen's logical size smaller, so layouts fit; a bigger app font
    would leave icons, spacings and pixel sizes as they were. A QT_SCALE_FACTOR the user set wins."""
    if "QT_SCALE_FACTOR" in os.environ or not settings_file.exists():
        return
    scale = read_scale(QSettings(str(settings_file), QSettings.Format.IniFormat))
    if scale != 100:
        os.environ["QT_SCALE_FACTOR"] = f"{scale / 100:g}"
