"""One engine per database for the life of the app, with SQLite pragmas set on every connection.

SQLite: foreign_keys=ON (the seed's cascades depend on it), WAL so readers never block the
writer, a busy timeout so a second process waits instead of failing at once, and
synchronous=FULL: with WAL, NORMAL already keeps a committed row when the process is
killed, FULL also keeps it when a laptop's battery dies mid-exam, at the price of one fsync
per commit, which the answer-save benchmark measures.

Known failures (locked, not a database, corrupt, unreachable server, unwritable folder) are
turned into `DatabaseProblem` with a message naming the cause and what to do, decided by the
driver's error code in `db/errors.py`; any other driver error is a bug and passes unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event

from examhub_desktop.db.errors import postgres_problem, sqlite_problem
from examhub_desktop.db.location import (
    DatabaseLocation,
    DatabaseProblem,
    ensure_writable_dir,
    location_for,
)

__all__ = [
    "DatabaseLocation",
    "DatabaseProblem",
    "ensure_writable_dir",
    "explain",
    "known_errors",
    "location_for",
    "make_engine",
]

BUSY_TIMEOUT_MS = 5000
PG_CONNECT_TIMEOUT_S = 5


def _sqlite_connect_hook(foreign_keys: bool) -> Any:
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide where transactions start (see _sqlite_begin).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cur.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
        finally:
            cur.close()

    return on_connect


READ_ONLY = "examhub_read_only"  # execution option: this transaction never writes (SQLite: deferred BEGIN)


def _sqlite_begin(conn: Any) -> None:
    """pysqlite opens transactions only before DML, so DDL and reads would run outside one.

    SQLAlchemy's documented fix: turn pysqlite's handling off and emit BEGIN ourselves, which
    makes migrations transactional (all or nothing) and gives every unit of work a snapshot.
    IMMEDIATE takes the write lock at the start: a deferred transaction that reads and then
    writes must upgrade its lock, and SQLite refuses that upgrade at once (the busy timeout
    never applies) when another connection wrote since the read. Work that only reads asks
    for a deferred BEGIN with the `READ_ONLY` execution option, so it never waits for a writer.
    """
    conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE")


def make_engine(location: DatabaseLocation, *, echo: bool = False, foreign_keys: bool = True) -> Engine:
    """`foreign_keys=False` only for migrations, which rebuild tables (SQLite's 12-step rule)."""
    if location.is_sqlite:
        engine = create_engine(location.url, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_connect_hook(foreign_keys))
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(
        location.url,
        echo=echo,
        pool_pre_ping=True,
        connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S, "application_name": "examhub-desktop"},
    )


def explain(exc: BaseException, location: DatabaseLocation) -> DatabaseProblem | None:
    """The known problem behind a driver error, or None when the error is a bug."""
    if location.is_sqlite and location.path is not None:
        return sqlite_problem(exc, location.path)
    return postgres_problem(exc, location.describe())


@contextmanager
def known_errors(location: DatabaseLocation) -> Iterator[None]:
    """Turn driver errors with a known code into `DatabaseProblem` for the block."""
    try:
        yield
    except DatabaseProblem:
        raise
    except Exception as exc:
        problem = explain(exc, location)
        if problem is None:
            raise
        raise problem from exc
