"""One engine per database for the life of the app, with SQLite pragmas set on every connection.

SQLite: foreign_keys=ON (the seed's cascades depend on it), WAL so readers never block the
writer, a busy timeout so a second process waits instead of failing at once, and
synchronous=FULL: with WAL, NORMAL already keeps a committed row when the process is
killed, FULL also keeps it when a laptop's battery dies mid-exam, at the price of one fsync
per commit, which the answer-save benchmark measures.

Known failures (locked, not a database, corrupt, unreachable server, unwritable folder) are
turned into `DatabaseProblem` with a message naming the cause and what to do.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError

BUSY_TIMEOUT_MS = 5000
PG_CONNECT_TIMEOUT_S = 5


class DatabaseProblem(Exception):
    """A known problem with the database; `str()` is a message for the user."""

    def __init__(self, message: str, *, kind: str = "error") -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class DatabaseLocation:
    """What database we talk to, in words a user understands."""

    url: URL
    path: Path | None  # the SQLite file, None for a server

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def describe(self) -> str:
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)


def location_for(database_url: str | None, data_dir: Path) -> DatabaseLocation:
    """Parse `--database-url`, or default to examhub.db in the data directory."""
    if not database_url:
        path = data_dir / "examhub.db"
        return DatabaseLocation(URL.create("sqlite+pysqlite", database=str(path)), path)
    try:
        url = make_url(database_url)
    except Exception:
        raise DatabaseProblem(
            f"The database URL {database_url!r} is not valid. "
            "Use sqlite:///PATH or postgresql+psycopg://USER:PASSWORD@HOST:PORT/NAME.",
            kind="bad-url",
        ) from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise DatabaseProblem("A SQLite database URL must name a file: sqlite:///PATH.", kind="bad-url")
        path = Path(url.database).expanduser().resolve()
        return DatabaseLocation(url.set(drivername="sqlite+pysqlite", database=str(path)), path)
    if backend == "postgresql":
        return DatabaseLocation(url.set(drivername="postgresql+psycopg"), None)
    raise DatabaseProblem(
        f"Databases of type {backend!r} are not supported; use SQLite or PostgreSQL.", kind="bad-url"
    )


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


def _sqlite_begin(conn: Any) -> None:
    """pysqlite opens transactions only before DML, so DDL and reads would run outside one.

    SQLAlchemy's documented fix: turn pysqlite's handling off and emit BEGIN ourselves, which
    makes migrations transactional (all or nothing) and gives every unit of work a snapshot.
    """
    conn.exec_driver_sql("BEGIN")


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


def ensure_writable_dir(folder: Path) -> None:
    """Create `folder` if needed and check we may write there, or explain why not."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseProblem(
            f"The data folder {folder} cannot be created ({exc.strerror or exc}). "
            "Choose another folder with --data-dir or fix its permissions.",
            kind="not-writable",
        ) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseProblem(
            f"The data folder {folder} is not writable. "
            "Choose another folder with --data-dir or fix its permissions.",
            kind="not-writable",
        )


def explain_sqlite_error(exc: BaseException, path: Path) -> DatabaseProblem:
    """Map sqlite3's messages to causes a user can act on."""
    raw = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(raw).lower()
    if "locked" in text or "busy" in text:
        return DatabaseProblem(
            f"The database {path} is locked by another program (another Exam Hub window, a backup "
            "tool or a sync client). Close it and try again.",
            kind="locked",
        )
    if "not a database" in text or "file is encrypted" in text:
        return DatabaseProblem(
            f"The file {path} is not an Exam Hub database (it is not a SQLite database at all). "
            "It was left untouched; choose another data folder or move the file away.",
            kind="not-a-database",
        )
    if "malformed" in text or "corrupt" in text:
        return DatabaseProblem(
            f"The database {path} is damaged ({raw}). It was left untouched; restore a backup "
            "from the backups folder beside it, or run 'examhub db check' for details.",
            kind="corrupt",
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DatabaseProblem(
            f"The database {path} cannot be opened for writing ({raw}). Check the file's permissions.",
            kind="not-writable",
        )
    if "disk" in text and ("full" in text or "i/o" in text):
        return DatabaseProblem(
            f"Writing to {path} failed: the disk is full or failing ({raw}). Free some space; "
            "nothing was half-written.",
            kind="disk-full",
        )
    return DatabaseProblem(f"The database {path} could not be used: {raw}", kind="error")


def explain_pg_error(exc: BaseException, location: DatabaseLocation) -> DatabaseProblem:
    raw = exc.orig if isinstance(exc, DBAPIError) else exc
    return DatabaseProblem(
        f"Cannot connect to the PostgreSQL server at {location.describe()}: "
        f"{str(raw).strip().splitlines()[0] if str(raw).strip() else type(raw).__name__}. "
        "Check the address, that the server runs, and the user name and password.",
        kind="unreachable",
    )


def explain(exc: BaseException, location: DatabaseLocation) -> DatabaseProblem:
    if location.is_sqlite and location.path is not None:
        return explain_sqlite_error(exc, location.path)
    return explain_pg_error(exc, location)


@contextmanager
def known_errors(location: DatabaseLocation) -> Iterator[None]:
    """Turn driver errors into `DatabaseProblem` for the block."""
    try:
        yield
    except DatabaseProblem:
        raise
    except (OperationalError, sqlite3.OperationalError, sqlite3.DatabaseError) as exc:
        raise explain(exc, location) from exc
    except DBAPIError as exc:
        orig = exc.orig
        if (
            location.is_sqlite
            and isinstance(orig, sqlite3.DatabaseError)
            and not isinstance(orig, sqlite3.IntegrityError)
        ):
            raise explain(exc, location) from exc
        raise
