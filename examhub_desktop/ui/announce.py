"""Spoken status for screen readers: what changes without the focus moving.

A sighted student sees "Saved", the five-minute banner or the question number change; a
screen-reader user hears nothing unless the window says so through an accessibility event.
Qt 6.8 added QAccessibleAnnouncementEvent for this (AT-SPI, UIA and NSAccessibility all
have a live-region call). `send` is the one Qt call, kept as a module name so a test can
record the events that really go out; `announced` tells the window's own listeners.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

send = QAccessible.updateAccessibility


class Announcer(QObject):
    """Announces on behalf of `source` (the widget a screen reader attributes the words to)."""

    announced = Signal(str)

    def __init__(self, source: QWidget) -> None:
        super().__init__(source)
        self.source = source

    def say(self, text: str, *, urgent: bool = False) -> None:
        event = QAccessibleAnnouncementEvent(self.source, text)
        politeness = QAccessible.AnnouncementPoliteness
        event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
        send(event)
        self.announced.emit(text)
