"""The throw-away PostgreSQL server the integration suite runs against starts, serves and cleans up."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from tests.support.pgserver import PgServer, pg_server_or_skip

pytestmark = pytest.mark.pg


@pytest.fixture(scope="session")
def selftest_pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PgServer]:
    server = pg_server_or_skip(tmp_path_factory.mktemp("pgserver-selftest"))
    try:
        yield server
    finally:
        server.stop()


def test_create_connect_and_drop_database(selftest_pg_server: PgServer) -> None:
    server = selftest_pg_server
    name = f"selftest_{uuid.uuid4().hex[:12]}"
    url = server.create_database(name)
    assert url == server.url(name)
    assert url.startswith("postgresql+psycopg://") and f"@127.0.0.1:{server.port}/{name}" in url

    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            version = conn.execute(sa.text("SELECT version()")).scalar_one()
            database = conn.execute(sa.text("SELECT current_database()")).scalar_one()
            timezone = conn.execute(sa.text("SHOW timezone")).scalar_one()
    finally:
        engine.dispose()
    assert str(version).startswith("PostgreSQL ")
    assert database == name
    assert timezone == "UTC"

    server.drop_database(name)
    with server.connect() as admin:
        row = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    assert row is None


def test_drop_database_with_open_connection(selftest_pg_server: PgServer) -> None:
    """A test that leaks a connection must not make teardown hang or fail."""
    server = selftest_pg_server
    name = f"selftest_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(server.create_database(name))
    try:
        conn = engine.connect()
        conn.execute(sa.text("SELECT 1"))
        server.drop_database(name)
        conn.invalidate()
        conn.close()
    finally:
        engine.dispose()
