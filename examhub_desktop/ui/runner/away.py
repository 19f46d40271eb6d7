"""Full-screen exam mode: notices each time the student leaves the runner's window.

Leaving is anything that takes the window out of the student's hands: another application
(the application is no longer active), another window of this app (the main window, another
app's dialog), a minimised window. The runner's own dialogs (Submit?, Leave?) are part of the
runner and do not count. When the student is back, `came_back(seconds)` says for how long;
the window records it with the attempt (AttemptService.record_away).

A blink shorter than MIN_AWAY_SECONDS (a window manager handing the focus from the runner to
its own dialog in two steps) is not counted. The clock is the runner's (core.timing.Clock):
its monotonic seconds, so a clock turned back makes no time disappear. AwayRecorder stores
each absence with the attempt (AttemptService.record_away) through the database worker.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from examhub_desktop.core.timing import Clock
from examhub_desktop.ui.runner.backend import RunnerServices

MIN_AWAY_SECONDS = 0.5
WATCHED = (QEvent.Type.ActivationChange, QEvent.Type.WindowStateChange, QEvent.Type.Hide, QEvent.Type.Show)


class AwayWatch(QObject):
    came_back = Signal(float)  # seconds away, just ended

    def __init__(self, window: QWidget, clock: Clock) -> None:
        super().__init__(window)
        self.window, self.clock = window, clock
        self.watching = False
        self.away_since: float | None = None  # the clock's monotonic seconds when the student left
        self._seen = False  # the window has been in the student's hands once since `start`
        window.installEventFilter(self)
        app = QApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.applicationStateChanged.connect(self._application_state_changed)

    def start(self) -> None:
        self.watching = True
        self.check()

    def stop(self) -> float:
        """Stop watching; the seconds of an absence still going on (0 if none)."""
        seconds = self.take()
        self.watching = False
        self.away_since = None
        return seconds

    def take(self) -> float:
        """The seconds of an absence going on now, ended here and counted from now on again."""
        if self.away_since is None:
            return 0.0
        now = self.clock.monotonic()
        seconds, self.away_since = max(0.0, now - self.away_since), now
        return seconds if seconds >= MIN_AWAY_SECONDS else 0.0

    def present(self) -> bool:
        """The runner (or one of its own dialogs) is the active window of the active application."""
        window = self.window
        if not window.isVisible() or window.isMinimized():
            return False
        if QGuiApplication.applicationState() != Qt.ApplicationState.ApplicationActive:
            return False
        active = QApplication.activeWindow()
        while active is not None:
            if active is window:
                return True
            active = active.parentWidget()
        return False

    def check(self) -> None:
        if not self.watching:
            return
        here = self.present()
        if here:
            self._seen = True
            if self.away_since is not None:
                seconds = max(0.0, self.clock.monotonic() - self.away_since)
                self.away_since = None
                if seconds >= MIN_AWAY_SECONDS:
                    self.came_back.emit(seconds)
        elif self._seen and self.away_since is None:
            self.away_since = self.clock.monotonic()

    def _application_state_changed(self, _state: Qt.ApplicationState) -> None:
        self.check()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in WATCHED:
            self.check()
        return False


class AwayRecorder(QObject):
    """Watches a full-screen attempt's window and stores each absence with the attempt, on the
    database worker. An absence whose recording failed is sent again with `retry` (the window
    calls it after its next save that worked)."""

    recorded = Signal(float)  # seconds of an absence now stored

    def __init__(self, window: QWidget, services: RunnerServices, attempt_id: str) -> None:
        super().__init__(window)
        self.services, self.attempt_id = services, attempt_id
        self.watch = AwayWatch(window, services.clock)
        self.watch.came_back.connect(self.send)
        self.backlog: list[float] = []
        self.closed = False  # the attempt is submitted: nothing more can be kept with it

    def start(self) -> None:
        self.watch.start()

    def record_now(self, *, stop: bool, record: bool = True) -> None:
        """Store an absence going on now (`stop`: and watch no more; `record`: False when the
        attempt is closed already)."""
        seconds = self.watch.stop() if stop else self.watch.take()
        if not record:
            self.closed = True
        elif seconds > 0:
            self.send(seconds)

    def send(self, seconds: float) -> None:
        if self.closed:
            return
        s, aid = self.services, self.attempt_id
        s.run(
            lambda: s.attempts.record_away(s.principal, aid, seconds),
            lambda _none: self.recorded.emit(seconds),
            lambda _message: self.backlog.append(seconds),
            owner=self,
        )

    def retry(self) -> None:
        backlog, self.backlog = self.backlog, []
        for seconds in backlog:
            self.send(seconds)
