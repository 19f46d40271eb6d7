"""Background work with results delivered on the GUI thread.

Modelled on anki's `TaskManager` (qt/aqt/taskman.py) and `CollectionOp`: database work runs on
one serial worker (SQLite has one writer, and ordering keeps "save then reload" honest),
other work (hashing, printing, parsing) on a general pool. Callbacks run on the GUI thread by a
queued signal; a widget is never touched off that thread, and nothing the GUI thread owns
is released on a worker (see `_Job`, and `GuiGarbageCollector` for the cyclic collector).
"""

from __future__ import annotations

import gc
import itertools
import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from a worker arrive there queued."""

    finished = Signal(int, object, object)  # (job number, result, error)


def _drop_frames(error: BaseException) -> None:
    """Forget the worker's frames (their text is kept in `__traceback_text__`): they hold what
    the function captured, which must not be released on the worker thread."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.__traceback__ = None
        current = current.__cause__ or current.__context__


class _Job(QRunnable):
    """Runs one function on a pool thread and reports by job number.

    The worker never holds the last reference to anything the GUI thread owns: the function
    and the callbacks stay in the runner's table (GUI thread) and are dropped there, so no
    widget or event loop captured by a lambda is ever destroyed on a worker thread (that
    crashes Qt). The result and error travel by queued signal.
    """

    def __init__(self, number: int, table: dict[int, tuple[Callable[[], Any], Any]], relay: _Relay) -> None:
        super().__init__()
        self.number, self.table, self.relay = number, table, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        result: Any = None
        error: BaseException | None = None
        fn = self.table[self.number][0]
        try:
            result = fn()
        except BaseException as exc:
            error = exc
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            _drop_frames(error)
        del fn
        self.relay.finished.emit(self.number, result, error)
        del result, error  # no frame <-> traceback cycle for the garbage collector to find here


class TaskRunner(QObject):
    """`run_db(fn, on_done, on_error)`: fn runs on the serial database worker; `run_pool` on
    the general pool. Features do not call these directly but through `ui/ops.py`'s `Op`."""

    changed = Signal(object)  # ui.changes.Changes, emitted by an Op after a successful write

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self._jobs: dict[int, tuple[Callable[[], Any], Any]] = {}
        self._numbers = itertools.count(1)
        self._background: set[int] = set()
        self.pending = 0

    @property
    def busy(self) -> bool:
        """Work someone is waiting to see is queued (not counting `background` work)."""
        return self.pending > len(self._background)

    def _submit(
        self,
        pool: QThreadPool,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        background: bool = False,
    ) -> None:
        number = next(self._numbers)
        self._jobs[number] = (fn, (on_done, on_error))
        self.pending += 1
        if background:
            self._background.add(number)
        pool.start(_Job(number, self._jobs, self._relay))

    @Slot(int, object, object)
    def _deliver(self, number: int, result: Any, error: Any) -> None:
        _fn, (on_done, on_error) = self._jobs.pop(number)
        self.pending -= 1
        self._background.discard(number)
        if error is None:
            if on_done is not None:
                on_done(result)
        elif on_error is not None:
            on_error(error)
        else:
            log.error("background task failed: %s", getattr(error, "__traceback_text__", error))
            raise error

    def run_db(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        background: bool = False,
    ) -> None:
        """`background`: nobody looks at a window waiting for this (loading what later actions
        need), so `busy` leaves it out."""
        self._submit(self._db_pool, fn, on_done, on_error, background)

    def run_pool(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """CPU work that needs no database (parsing a file, statistics)."""
        self._submit(self._pool, fn, on_done, on_error)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is done (shutdown and tests)."""
        return self._db_pool.waitForDone(msecs) and self._pool.waitForDone(msecs)


class GuiGarbageCollector(QObject):
    """Runs Python's cyclic garbage collector on the GUI thread only.

    Left automatic, the collector runs in whichever thread happens to allocate, often the
    database worker; if the garbage it frees holds a live Qt object (a dialog in a reference
    cycle), that object is destroyed off its thread, which makes Qt warn ("QBasicTimer::stop:
    Failed") or crash. So automatic collection is switched off while this object lives, and a
    timer collects here by the same generation thresholds.
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for level in range(3):
            if counts[level] > thresholds[level]:
                generation = level
        if generation >= 0:
            gc.collect(generation)

    def stop(self) -> None:
        self.timer.stop()
        gc.collect()
        if self.was_enabled:
            gc.enable()
