"""Which database errors a user can act on, decided by the driver's error code, not its class.

A driver's exception class says little: SQLite reports "no such column" (a bug in our SQL)
and "database is locked" (another program) both as `OperationalError`, and psycopg reports
a refused connection and a dropped table alike. So, as qutebrowser's misc/sql.py does, the
decision is made on SQLite's result code (`sqlite3.Error.sqlite_errorcode`) and PostgreSQL's
SQLSTATE (`psycopg.Error.sqlstate`): the codes listed here become a `DatabaseProblem` with a
message naming the cause and what to do; anything else returns None and stays a bug, which
reaches the crash dialog with its traceback.

Standard library only (no SQLAlchemy, no psycopg import): the GUI reads SQLite files through
these functions before the ORM is loaded (`db/state.py`).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from examhub_desktop.db.location import DatabaseProblem

# SQLite's primary result codes (the low byte of an extended code), https://sqlite.org/rescode.html
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM, SQLITE_READONLY = 3, 5, 6, 7, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_PROTOCOL = 10, 11, 13, 14, 15
SQLITE_NOLFS, SQLITE_AUTH, SQLITE_NOTADB = 22, 23, 26


def _first_line(raw: BaseException) -> str:
    text = str(raw).strip()
    return text.splitlines()[0] if text else type(raw).__name__


def driver_error(exc: BaseException) -> BaseException:
    """SQLAlchemy wraps the driver's exception as `.orig`; look at the driver's own."""
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


def not_a_database(path: Path) -> DatabaseProblem:
    return DatabaseProblem(
        translate(
            "DatabaseProblem",
            "The file {path} is not an Exam Hub database (it is not a SQLite database at all). "
            "It was left untouched; choose another data folder or move the file away.",
        ).format(path=path),
        kind="not-a-database",
    )


def sqlite_problem(exc: BaseException, path: Path) -> DatabaseProblem | None:
    """The problem a user can act on behind a SQLite error, or None when it is a bug."""
    raw = driver_error(exc)
    if not isinstance(raw, sqlite3.Error):
        return None
    code = getattr(raw, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    name = getattr(raw, "sqlite_errorname", str(code))
    if primary in (SQLITE_BUSY, SQLITE_LOCKED, SQLITE_PROTOCOL):
        return DatabaseProblem(
            translate(
                "DatabaseProblem",
                "The database {path} is locked by another program (another Exam Hub window, a backup "
                "tool or a sync client). Close it and try again.",
            ).format(path=path),
            kind="locked",
        )
    if primary == SQLITE_NOTADB:
        return not_a_database(path)
    if primary == SQLITE_CORRUPT:
        return DatabaseProblem(
            translate(
                "DatabaseProblem",
                "The database {path} is damaged ({raw}). It was left untouched; restore a backup "
                "from the backups folder beside it, or run 'examhub db check' for details.",
            ).format(path=path, raw=raw),
            kind="corrupt",
        )
    if primary in (SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH):
        return DatabaseProblem(
            translate(
                "DatabaseProblem",
                "The database {path} cannot be written ({raw}, {name}). Check the permissions of the "
                "file and its folder, and that the disk is not mounted read-only.",
            ).format(path=path, raw=raw, name=name),
            kind="not-writable",
        )
    if primary == SQLITE_CANTOPEN:
        return DatabaseProblem(
            translate(
                "DatabaseProblem",
                "The database {path} cannot be opened ({raw}, {name}). Check that its folder exists "
                "and that you may read and write there.",
            ).format(path=path, raw=raw, name=name),
            kind="not-writable",
        )
    if primary in (SQLITE_FULL, SQLITE_NOLFS):
        return DatabaseProblem(
            translate(
                "DatabaseProblem",
                "Writing to {path} failed: the disk is full ({raw}). Free some space; nothing was half-written.",
            ).format(path=path, raw=raw),
            kind="disk-full",
        )
    if primary == SQLITE_IOERR:
        return DatabaseProblem(
            translate(
                "DatabaseProblem",
                "Reading or writing {path} failed ({raw}, {name}): the disk or network drive may be "
                "failing or was removed. Nothing was half-written; check the drive and try again.",
            ).format(path=path, raw=raw, name=name),
            kind="io-error",
        )
    if primary == SQLITE_NOMEM:
        return DatabaseProblem(
            translate(
                "DatabaseProblem",
                "The computer ran out of memory while using the database. Close other programs and try again.",
            ),
            kind="no-memory",
        )
    return None  # SQLITE_ERROR (no such column, syntax), CONSTRAINT, MISUSE, RANGE...: bugs


# SQLSTATE classes (two characters) and codes a user or administrator can act on.
_PG_CLASSES: dict[str, tuple[str, str]] = {
    "08": (
        "unreachable",
        QT_TRANSLATE_NOOP(
            "DatabaseProblem",
            "Cannot connect to the PostgreSQL server at {where}: {raw}. "
            "Check the address, that the server runs, and the network.",
        ),
    ),
    "28": (
        "auth",
        QT_TRANSLATE_NOOP(
            "DatabaseProblem",
            "The PostgreSQL server at {where} refused the sign-in: {raw}. Check the user name and password.",
        ),
    ),
    "53": (
        "server-full",
        QT_TRANSLATE_NOOP(
            "DatabaseProblem",
            "The PostgreSQL server at {where} is out of resources ({raw}): it may be full, out of "
            "memory or have too many connections. Try again later or ask its administrator.",
        ),
    ),
    "3D": (
        "no-database",
        QT_TRANSLATE_NOOP(
            "DatabaseProblem",
            "The database named in {where} does not exist on the server ({raw}). Check the database "
            "name in the URL, or ask the server's administrator to create it.",
        ),
    ),
}
_PG_CODES: dict[str, tuple[str, str]] = {
    "57P01": (
        "unreachable",
        QT_TRANSLATE_NOOP(
            "DatabaseProblem",
            "The PostgreSQL server at {where} is shutting down ({raw}). Try again when it is back.",
        ),
    ),
    "57P02": (
        "unreachable",
        QT_TRANSLATE_NOOP(
            "DatabaseProblem",
            "The PostgreSQL server at {where} is restarting after a crash ({raw}). Try again in a minute.",
        ),
    ),
    "57P03": (
        "unreachable",
        QT_TRANSLATE_NOOP(
            "DatabaseProblem",
            "The PostgreSQL server at {where} is starting up and cannot accept connections yet "
            "({raw}). Try again in a moment.",
        ),
    ),
    "57014": (
        "timeout",
        QT_TRANSLATE_NOOP(
            "DatabaseProblem",
            "The PostgreSQL server at {where} cancelled a statement that took too long ({raw}). Try again.",
        ),
    ),
    # Raised only by examhub_server.ticket_ended: a ticket refused by use_ticket or save_attempt
    # (a refused connection has no SQLSTATE in libpq).
    "28000": (
        "signed-out",
        QT_TRANSLATE_NOOP(
            "DatabaseProblem",
            "Your sign-in on the school server at {where} has ended: your password was changed or "
            "reset, your account was deactivated, or the sign-in expired. Sign out and sign in "
            "again.",
        ),
    ),
    "40001": (
        "conflict",
        QT_TRANSLATE_NOOP(
            "DatabaseProblem",
            "Another device changed the same rows at the same time ({raw}). Nothing was saved; try again.",
        ),
    ),
    "40P01": (
        "conflict",
        QT_TRANSLATE_NOOP(
            "DatabaseProblem",
            "Another device changed the same rows at the same time ({raw}). Nothing was saved; try again.",
        ),
    ),
    "55P03": (
        "locked",
        QT_TRANSLATE_NOOP(
            "DatabaseProblem",
            "Rows on the PostgreSQL server at {where} are locked by another session ({raw}). Try again shortly.",
        ),
    ),
    "42501": (
        "privilege",
        QT_TRANSLATE_NOOP(
            "DatabaseProblem",
            "The PostgreSQL server at {where} does not let this account do that ({raw}). Ask the "
            "server's administrator to grant the rights Exam Hub needs.",
        ),
    ),
    "25006": (
        "not-writable",
        QT_TRANSLATE_NOOP(
            "DatabaseProblem",
            "The PostgreSQL server at {where} is read-only ({raw}), for example a standby. "
            "Connect to the primary server.",
        ),
    ),
}


def _is_psycopg_connection_failure(raw: BaseException) -> bool:
    """A connection that failed or dropped on the client side carries no SQLSTATE."""
    psycopg = sys.modules.get("psycopg")
    return psycopg is not None and isinstance(raw, psycopg.OperationalError)


def postgres_problem(exc: BaseException, where: str) -> DatabaseProblem | None:
    """The problem a user can act on behind a PostgreSQL error, or None when it is a bug."""
    raw = driver_error(exc)
    state = getattr(raw, "sqlstate", None)
    if state is None:
        if _is_psycopg_connection_failure(raw):
            kind, text = _PG_CLASSES["08"]
            return DatabaseProblem(
                translate("DatabaseProblem", text).format(where=where, raw=_first_line(raw)), kind=kind
            )
        return None
    if state == "42883" and "examhub_server." in str(raw):  # a server set up by an older app
        return DatabaseProblem(
            translate(
                "DatabaseProblem",
                "The school server at {where} was set up by an older version of Exam Hub and lacks "
                "what this version needs ({raw}). Ask its administrator to run 'examhub server upgrade'.",
            ).format(where=where, raw=_first_line(raw)),
            kind="outdated",
        )
    found = _PG_CODES.get(state) or _PG_CLASSES.get(state[:2])
    if found is None:
        return None  # 42601 syntax, 42703 undefined column, 23xxx constraints...: bugs
    kind, text = found
    return DatabaseProblem(
        translate("DatabaseProblem", text).format(where=where, raw=_first_line(raw)), kind=kind
    )
