"""The client's connection pool for a PostgreSQL server: keep a connection only for a moment.

A school server is shared by a few hundred laptops and PostgreSQL allows 100 connections by
default, so no laptop may sit on an idle connection. Opening one per unit of work (NullPool)
would fit, but one user action runs several units of work back to back (the role check, the
save, the next screen's read) and each new connection costs a backend start, a SCRAM
exchange and cold caches (10-25 ms here, more across a network). This pool keeps a returned connection
for `linger` seconds (engine.py chooses how long): the next unit of work of the same action
reuses it, and a laptop whose user is thinking holds nothing. SQLAlchemy's QueuePool cannot do this: it closes idle
connections only when they are checked out again (`pool_recycle`), never while they sit.

Connections that the server refuses because it is full (SQLSTATE 53300, which libpq reports at
connect without a code, so it is recognised by its message) are retried for a short while with
jittered backoff: a class of laptops starting the same exam at the same second must queue, not fail.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy.pool import ConnectionPoolEntry, Pool

__all__ = ["LingerPool", "connect_with_retry", "server_is_full"]

# What PostgreSQL (15: "...for non-replication superuser connections", 16+: "...for roles with
# the SUPERUSER attribute") and PgBouncer (max_client_conn) say when no connection slot is left.
_FULL_MESSAGES = (
    "too many clients already",
    "remaining connection slots are reserved",
    "too many connections for",  # a role's or a database's CONNECTION LIMIT
    "no more connections allowed",
)


class LingerPool(Pool):
    """At most `keep` idle connections, each closed `linger` seconds after it was returned."""

    def __init__(self, creator: Any, linger: float = 0.25, keep: int = 2, **kw: Any) -> None:
        super().__init__(creator, **kw)
        self._linger = linger
        self._keep = keep
        self._lock = threading.Lock()
        self._idle: list[tuple[float, ConnectionPoolEntry]] = []  # (returned at, record), oldest first
        self._reaper: threading.Timer | None = None

    def status(self) -> str:
        return f"LingerPool(linger={self._linger}s, idle={len(self._idle)})"

    def _do_get(self) -> ConnectionPoolEntry:
        stale: list[ConnectionPoolEntry] = []
        record: ConnectionPoolEntry | None = None
        now = time.monotonic()
        with self._lock:
            while self._idle:
                returned, candidate = self._idle.pop()
                if now - returned < self._linger:
                    record = candidate
                    break
                stale.append(candidate)
        for old in stale:
            old.close()
        return record if record is not None else self._create_connection()

    def _do_return_conn(self, record: ConnectionPoolEntry) -> None:
        if self._linger <= 0:
            record.close()
            return
        with self._lock:
            if len(self._idle) < self._keep:
                self._idle.append((time.monotonic(), record))
                self._schedule_locked()
                return
        record.close()

    def _schedule_locked(self) -> None:
        if self._reaper is not None or not self._idle:
            return
        delay = max(0.0, self._idle[0][0] + self._linger - time.monotonic())
        self._reaper = threading.Timer(delay + 0.01, self._reap)
        self._reaper.daemon = True
        self._reaper.start()

    def _reap(self) -> None:
        now = time.monotonic()
        with self._lock:
            self._reaper = None
            expired = [rec for returned, rec in self._idle if now - returned >= self._linger]
            self._idle = [(returned, rec) for returned, rec in self._idle if now - returned < self._linger]
            self._schedule_locked()
        for record in expired:
            record.close()

    def dispose(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
            if self._reaper is not None:
                self._reaper.cancel()
                self._reaper = None
        for _returned, record in idle:
            record.close()

    def recreate(self) -> LingerPool:
        return self.__class__(
            self._creator,
            linger=self._linger,
            keep=self._keep,
            recycle=self._recycle,
            echo=self.echo,
            logging_name=self._orig_logging_name,
            reset_on_return=self._reset_on_return,
            pre_ping=self._pre_ping,
            _dispatch=self.dispatch,
            dialect=self._dialect,
        )

    def idle_count(self) -> int:
        with self._lock:
            return len(self._idle)


def server_is_full(exc: BaseException) -> bool:
    """True when the server (or PgBouncer) refused a new connection for want of a free slot."""
    if getattr(exc, "sqlstate", None) == "53300":
        return True
    text = str(exc).lower()
    return any(message in text for message in _FULL_MESSAGES)


def connect_with_retry(
    connect: Callable[[], Any], *, within: float, sleep: Callable[[float], None] = time.sleep
) -> Any:
    """`connect()`, retried with jittered exponential backoff while the server is full, for up to
    `within` seconds; any other error, or a full server after that, is raised at once."""
    deadline = time.monotonic() + within
    ceiling = 0.05
    while True:
        try:
            return connect()
        except Exception as exc:
            if not server_is_full(exc):
                raise
            pause = random.uniform(ceiling / 2, ceiling)
            if time.monotonic() + pause > deadline:
                raise
            sleep(pause)
            ceiling = min(ceiling * 2, 1.0)
