"""The client's pool on a PostgreSQL server: connections are shared within an action, then closed.

Counted on the real server (pg_stat_activity), since "no idle connection held for long" is a
promise about what the server sees, not about the pool's bookkeeping.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import Engine, text

from examhub_desktop.db import engine as engine_module
from examhub_desktop.db.engine import DatabaseProblem, known_errors, make_engine
from examhub_desktop.db.location import location_for
from examhub_desktop.db.pool import connect_with_retry, server_is_full

pytestmark = pytest.mark.pg


@pytest.fixture
def database(pg_server: Any) -> Iterator[str]:
    name = f"p_{uuid.uuid4().hex[:12]}"
    url: str = pg_server.create_database(name)
    yield url
    pg_server.drop_database(name)


def open_connections(pg_server: Any, url: str) -> int:
    """The app's connections to this test's database, as the server counts them."""
    dbname = url.rsplit("/", 1)[1]
    with pg_server.connect() as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND application_name = 'examhub-desktop'",
            (dbname,),
        ).fetchone()
    return int(row[0]) if row else 0


def backend_pid(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())


def test_one_action_shares_a_connection_and_an_idle_client_holds_none(
    pg_server: Any, database: str, tmp_path: Path
) -> None:
    engine = make_engine(location_for(database, tmp_path))
    try:
        first = backend_pid(engine)
        assert [backend_pid(engine) for _ in range(3)] == [first] * 3, "units of work of one action share"
        assert open_connections(pg_server, database) == 1
        time.sleep(engine_module.PG_LINGER_S + 0.5)
        assert open_connections(pg_server, database) == 0, "closed while idle, not at the next checkout"
        assert backend_pid(engine) != first
    finally:
        engine.dispose()
    assert open_connections(pg_server, database) == 0


def test_a_burst_keeps_at_most_two_idle_connections(pg_server: Any, database: str, tmp_path: Path) -> None:
    engine = make_engine(location_for(database, tmp_path))
    try:
        held = [engine.connect() for _ in range(5)]
        for conn in held:
            conn.execute(text("SELECT 1"))
        assert open_connections(pg_server, database) == 5
        for conn in held:
            conn.close()
        assert open_connections(pg_server, database) == 2
    finally:
        engine.dispose()
    assert open_connections(pg_server, database) == 0


def test_server_side_prepared_statements_are_off(database: str, tmp_path: Path) -> None:
    """PgBouncer in transaction pooling mode hands each transaction any server connection."""
    engine = make_engine(location_for(database, tmp_path))
    try:
        with engine.connect() as conn:
            driver = conn.connection.driver_connection
            assert isinstance(driver, psycopg.Connection)
            assert driver.prepare_threshold is None
            for _ in range(10):
                conn.execute(text("SELECT count(*) FROM pg_class WHERE relname = :n"), {"n": "x"})
            assert conn.execute(text("SELECT count(*) FROM pg_prepared_statements")).scalar_one() == 0
    finally:
        engine.dispose()


@pytest.fixture
def limited_role(pg_server: Any, database: str) -> Iterator[str]:
    """A role allowed one connection: the server refuses a second with 53300, as when it is full."""
    role = f"lim_{uuid.uuid4().hex[:8]}"
    with pg_server.connect() as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN CONNECTION LIMIT 1").format(sql.Identifier(role)))
    yield role
    with pg_server.connect() as conn:
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (role,))
        conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def test_a_full_server_is_waited_for_briefly(
    pg_server: Any, database: str, limited_role: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = database.replace("postgres@", f"{limited_role}@")
    dbname = database.rsplit("/", 1)[1]
    blocker = psycopg.connect(host=pg_server.host, port=pg_server.port, user=limited_role, dbname=dbname)
    with pytest.raises(psycopg.OperationalError) as refused:
        psycopg.connect(host=pg_server.host, port=pg_server.port, user=limited_role, dbname=dbname)
    assert server_is_full(refused.value)
    location = location_for(url, tmp_path)
    engine = make_engine(location)
    timer = threading.Timer(0.4, blocker.close)
    began = time.monotonic()
    timer.start()
    try:
        assert backend_pid(engine) > 0  # waited for the slot instead of failing
        assert 0.4 <= time.monotonic() - began < engine_module.PG_FULL_RETRY_S
        engine.dispose()
        timer.join()
        blocker = psycopg.connect(host=pg_server.host, port=pg_server.port, user=limited_role, dbname=dbname)
        monkeypatch.setattr(engine_module, "PG_FULL_RETRY_S", 0.5)
        began = time.monotonic()
        with pytest.raises(DatabaseProblem, match="too many connections") as problem, known_errors(location):
            backend_pid(engine)
        assert 0.1 < time.monotonic() - began < 5.0, "retried, then gave up within its window, not 10 s"
        assert problem.value.kind == "unreachable"
    finally:
        blocker.close()
        engine.dispose()


def test_only_a_full_server_is_retried() -> None:
    calls: list[float] = []

    def refuse() -> None:
        calls.append(time.monotonic())
        raise psycopg.OperationalError(
            'connection failed: FATAL:  password authentication failed for user "x"'
        )

    with pytest.raises(psycopg.OperationalError, match="password authentication"):
        connect_with_retry(refuse, within=5.0, sleep=lambda _s: None)
    assert len(calls) == 1


@pytest.mark.parametrize(
    ("query", "pgbouncer"),
    [
        ("", False),
        ("?pgbouncer=true", True),
        ("?pgbouncer=1&connect_timeout=3", True),
        ("?pgbouncer=no", False),
    ],
)
def test_a_url_says_it_is_pgbouncer_and_libpq_never_sees_it(
    query: str, pgbouncer: bool, tmp_path: Path
) -> None:
    location = location_for(f"postgresql://school.example.org:6432/examhub{query}", tmp_path)
    assert location.pgbouncer is pgbouncer and "pgbouncer" not in location.url_text
    assert location.for_account("eh_x_client", "pw").pgbouncer is pgbouncer
    engine = make_engine(location)
    try:
        assert engine.pool._linger == (  # type: ignore[attr-defined]
            engine_module.PGBOUNCER_LINGER_S if pgbouncer else engine_module.PG_LINGER_S
        )
        assert engine.pool._pre_ping is pgbouncer
    finally:
        engine.dispose()


def test_a_bad_pgbouncer_flag_is_said_plainly(tmp_path: Path) -> None:
    with pytest.raises(DatabaseProblem, match="pgbouncer= must be true or false") as info:
        location_for("postgresql://school.example.org/examhub?pgbouncer=maybe", tmp_path)
    assert info.value.kind == "bad-url"
