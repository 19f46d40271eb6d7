"""Background work with results delivered on the GUI thread.

Modelled on anki's `TaskManager` (qt/aqt/taskman.py) and `CollectionOp`: database work runs on
one serial worker (SQLite has one writer, and ordering keeps "save then reload" honest),
other work (hashing, printing, parsing) on a general pool. Callbacks run on the GUI thread by a
queued signal; a widget is never touched off that thread. Tests can swap in `run_inline`.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from a worker arrive there queued."""

    finished = Signal(object, object, object)  # (callback, result, error)

    @Slot(object, object, object)
    def deliver(self, callback: Any, result: Any, error: Any) -> None:
        callback(result, error)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, callback: Callable[[Any, Any], None]) -> None:
        super().__init__()
        self.fn, self.relay, self.callback = fn, relay, callback
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except BaseException as exc:
            result, error = None, exc
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
        self.relay.finished.emit(self.callback, result, error)


class TaskRunner(QObject):
    """`run_db(fn, on_done, on_error)`: fn runs on the serial database worker."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._relay.deliver)
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self.pending = 0

    def _submit(
        self,
        pool: QThreadPool,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        self.pending += 1

        def callback(result: Any, error: BaseException | None) -> None:
            self.pending -= 1
            if error is None:
                if on_done is not None:
                    on_done(result)
            elif on_error is not None:
                on_error(error)
            else:
                log.error("background task failed: %s", getattr(error, "__traceback_text__", error))
                raise error

        pool.start(_Job(fn, self._relay, callback))

    def run_db(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._submit(self._db_pool, fn, on_done, on_error)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._submit(self._pool, fn, on_done, on_error)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is done (shutdown and tests)."""
        return self._db_pool.waitForDone(msecs) and self._pool.waitForDone(msecs)
