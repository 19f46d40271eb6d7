"""One engine per database for the life of the app, with SQLite pragmas set on every connection.

SQLite: foreign_keys=ON (the seed's cascades depend on it), WAL so readers never block the
writer, a busy timeout so a second process waits instead of failing at once, and
synchronous=FULL: with WAL, NORMAL already keeps a committed row when the process is
killed, FULL also keeps it when a laptop's battery dies mid-exam, at the price of one fsync
per commit, which the answer-save benchmark measures.

A PostgreSQL server (a school's, shared by a few hundred laptops under the default
max_connections = 100): a laptop holds a connection only while it works. `db/pool.py`'s
LingerPool keeps a returned connection for PG_LINGER_S (0.25 s): the units of work of one user
action (role check, save, the next screen's read) come within milliseconds of each other and
share it, and a student reading the next question holds nothing, so N laptops saving every S
seconds hold about N x 0.25 / S connections. The alternatives, measured by
tests/benchmarks/bench_school_server.py: a pool that keeps nothing (NullPool) pays a new
connection on every unit of work (backend start, SCRAM, and a cold backend's first statements
under row-level security: 10-25 ms here, against 1-2 ms on a warm connection); one that keeps
its connections (QueuePool) holds one per laptop for good, 300 laptops 300 connections. A
laptop cannot share its connections with other laptops, so straight to PostgreSQL a save after
a pause always pays a new backend; behind PgBouncer (a `?pgbouncer=true` URL, db/location.py)
the connection to PgBouncer is kept for PGBOUNCER_LINGER_S, with a pre-ping, because an idle
one holds no server connection, and every account's transactions share PgBouncer's warm server
connections of the client role (db/tickets.py). The
server's idle_session_timeout (set by `server init`) is the backstop for a client that does not
close. A connection refused because the server is full (53300) is retried with jitter for
PG_FULL_RETRY_S. Server-side prepared statements are off (prepare_threshold=None): they cannot
pay off on connections that live a moment, and PgBouncer in transaction pooling mode (1.18,
Debian 12) breaks them; for the same reason the app keeps no session state on a connection
(SET, session advisory locks, LISTEN); transaction advisory locks and SET LOCAL are fine. No
pre-ping straight to PostgreSQL: a pooled connection is at most a quarter of a second old.

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
from examhub_desktop.db.pool import LingerPool, connect_with_retry

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
PG_LINGER_S = 0.25  # how long a returned server connection is kept for the next unit of work
# Behind a transaction-pooling PgBouncer (?pgbouncer=true) an idle client connection holds no
# server connection, so it is kept for the next save; checked before use, since PgBouncer may
# have been restarted meanwhile.
PGBOUNCER_LINGER_S = 120.0
PG_FULL_RETRY_S = 10.0  # how long a connection refused by a full server is retried (a class opening an exam)


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
    return _server_engine(location, echo=echo)


def _server_engine(location: DatabaseLocation, *, echo: bool) -> Engine:
    """See "A PostgreSQL server" in the module docstring for why these settings."""
    engine = create_engine(
        location.url,
        echo=echo,
        poolclass=LingerPool,
        linger=PGBOUNCER_LINGER_S if location.pgbouncer else PG_LINGER_S,
        pool_pre_ping=location.pgbouncer,
        # A ticket's secret is a statement parameter (db/tickets.py): never in an error's text.
        hide_parameters=True,
        connect_args={
            "connect_timeout": PG_CONNECT_TIMEOUT_S,
            "application_name": "examhub-desktop",
            "prepare_threshold": None,
        },
    )

    def connect(dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
        return connect_with_retry(lambda: dialect.connect(*cargs, **cparams), within=PG_FULL_RETRY_S)

    event.listen(engine, "do_connect", connect)
    return engine


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
