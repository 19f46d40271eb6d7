"""Known database errors versus bugs, decided by SQLite's result code and PostgreSQL's SQLSTATE.

Every error here is a real one from a real driver: a locked file, a statement naming a
column that does not exist, a server that terminates the session or listens nowhere.
"""

from __future__ import annotations

import socket
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from examhub_desktop.db.engine import DatabaseProblem
from examhub_desktop.db.errors import postgres_problem, sqlite_problem
from examhub_desktop.services.app import AppContext, open_app
from examhub_desktop.services.errors import NotFound, is_known


@pytest.fixture
def ctx(db_url: str, data_dir: Path) -> Iterator[AppContext]:
    c = open_app(data_dir, db_url)
    yield c
    c.close()


def test_a_sql_bug_is_not_a_known_error_on_either_dialect(ctx: AppContext) -> None:
    """'no such column' (SQLite) / undefined column 42703 (PostgreSQL) must reach the crash dialog."""
    with pytest.raises(DBAPIError, match=r"(?i)no such column|does not exist") as info, ctx.uow() as uow:
        uow.session.execute(text("SELECT no_such_column FROM users"))
    assert not isinstance(info.value, DatabaseProblem)
    assert not is_known(info.value)
    if ctx.location.is_sqlite:
        assert getattr(info.value.orig, "sqlite_errorname", None) == "SQLITE_ERROR"
    else:
        assert getattr(info.value.orig, "sqlstate", None) == "42703"


def test_a_syntax_error_is_a_bug(ctx: AppContext) -> None:
    with pytest.raises(DBAPIError, match=r"(?i)syntax error") as info, ctx.uow() as uow:
        uow.session.execute(text("SELEC 1"))
    assert not is_known(info.value)


def test_service_errors_are_known() -> None:
    assert is_known(NotFound("gone"))
    assert is_known(DatabaseProblem("locked", kind="locked"))
    assert not is_known(KeyError("x"))


def test_a_locked_sqlite_file_is_known(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0)
    try:
        with pytest.raises(sqlite3.OperationalError) as info:
            other.execute("SELECT * FROM t").fetchall()
        problem = sqlite_problem(info.value, path)
        assert problem is not None and problem.kind == "locked"
        assert "locked by another program" in str(problem) and str(path) in str(problem)
    finally:
        other.close()
        holder.close()


def test_sqlite_bugs_are_not_classified(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db")
    try:
        conn.execute("CREATE TABLE t (x UNIQUE)")
        with pytest.raises(sqlite3.OperationalError) as missing:
            conn.execute("SELECT nope FROM t")
        conn.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(sqlite3.IntegrityError) as duplicate:
            conn.execute("INSERT INTO t VALUES (1)")
    finally:
        conn.close()
    assert sqlite_problem(missing.value, tmp_path) is None
    assert sqlite_problem(duplicate.value, tmp_path) is None


def test_a_read_only_sqlite_file_is_known(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    sqlite3.connect(path).close()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as info:
            conn.execute("CREATE TABLE t (x)")
    finally:
        conn.close()
    problem = sqlite_problem(info.value, path)
    assert problem is not None and problem.kind == "not-writable"


def test_a_missing_folder_is_cantopen(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "x.db"
    with pytest.raises(sqlite3.OperationalError) as info:
        sqlite3.connect(path)
    problem = sqlite_problem(info.value, path)
    assert problem is not None and "cannot be opened" in str(problem)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_postgres_on_a_wrong_port_reads_cannot_connect(data_dir: Path) -> None:
    port = _free_port()
    with pytest.raises(
        DatabaseProblem, match=rf"Cannot connect to the PostgreSQL server at .*:{port}"
    ) as info:
        open_app(data_dir, f"postgresql+psycopg://exam:secret@127.0.0.1:{port}/examhub")
    assert info.value.kind == "unreachable"


@pytest.mark.pg
def test_postgres_errors_have_a_message_per_sqlstate(pg_server: Any) -> None:
    """A terminated session (57P01), missing rights (42501), a missing database: each its own words."""
    import psycopg

    victim = pg_server.connect()
    with pg_server.connect() as admin:
        pid = victim.info.backend_pid
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        with pytest.raises(psycopg.OperationalError) as ended:
            victim.execute("SELECT 1")
        victim.close()
        problem = postgres_problem(ended.value, "the server")
        assert problem is not None and problem.kind == "unreachable", ended.value

        role = f"r_{uuid.uuid4().hex[:8]}"
        admin.execute(f"CREATE ROLE {role}")
        admin.execute(f"CREATE TABLE IF NOT EXISTS secret_{role} (x int)")
        with pg_server.connect() as limited:
            limited.execute(f"SET ROLE {role}")
            with pytest.raises(psycopg.errors.InsufficientPrivilege) as denied:
                limited.execute(f"SELECT * FROM secret_{role}")
        admin.execute(f"DROP TABLE secret_{role}")
        admin.execute(f"DROP ROLE {role}")
    problem = postgres_problem(denied.value, "the server")
    assert problem is not None and problem.kind == "privilege" and "grant" in str(problem)

    with pytest.raises(psycopg.OperationalError) as nodb:
        psycopg.connect(host=pg_server.host, port=pg_server.port, user="postgres", dbname="no_such_db_here")
    problem = postgres_problem(nodb.value, "the server")
    assert problem is not None and problem.kind in {"no-database", "unreachable"}


@pytest.mark.pg
def test_postgres_sql_bugs_are_not_known(pg_server: Any) -> None:
    import psycopg

    with pg_server.connect() as conn:
        with pytest.raises(psycopg.errors.UndefinedColumn) as undefined:
            conn.execute("SELECT no_such_column FROM pg_class")
        with pytest.raises(psycopg.errors.SyntaxError) as syntax:
            conn.execute("SELEC 1")
    assert postgres_problem(undefined.value, "s") is None
    assert postgres_problem(syntax.value, "s") is None


@pytest.mark.pg
def test_the_overview_counts_of_a_stopped_server_are_a_known_problem(pg_server: Any, data_dir: Path) -> None:
    """A server that goes away while the window is open: the counts say so, not the crash dialog."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    ctx = open_app(data_dir, pg_server.create_database(name))
    try:
        assert ctx.counts().exams == 0
        with pg_server.connect() as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,)
            )
            admin.execute(f"ALTER DATABASE {name} WITH ALLOW_CONNECTIONS false")
        with pytest.raises(DatabaseProblem) as info:
            ctx.counts()
        assert is_known(info.value) and str(pg_server.port) in str(info.value)
    finally:
        ctx.close()
        with pg_server.connect() as admin:
            admin.execute(f"ALTER DATABASE {name} WITH ALLOW_CONNECTIONS true")
        pg_server.drop_database(name)
