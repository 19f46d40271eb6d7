"""Shared fixtures: offscreen Qt, temporary data folders, and both database dialects.

`db_url` is parametrised over a real SQLite file and a real PostgreSQL server that the
tests start themselves (tests/support/pgserver.py); without PostgreSQL binaries the pg cases
skip, unless EXAMHUB_REQUIRE_PG=1 (set by .ci/run), which makes them fail. `pgbouncer_db_url`
is the same server through a real PgBouncer in transaction pooling mode (tests/support/pgbouncer.py).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("EXAMHUB_DATA_DIR", None)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from tests.support.pgserver import pg_server_or_skip

    server = pg_server_or_skip(tmp_path_factory.mktemp("pg"))
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to a new, empty database of each dialect."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    server = request.getfixturevalue("pg_server")
    name = f"t_{uuid.uuid4().hex[:12]}"
    url = server.create_database(name)
    yield url
    server.drop_database(name)


@pytest.fixture(scope="session")
def pgbouncer(pg_server: object) -> Iterator[object]:
    """A real PgBouncer in transaction pooling mode in front of `pg_server` (tests/support/pgbouncer.py)."""
    from tests.support.pgbouncer import pgbouncer_or_skip

    bouncer = pgbouncer_or_skip(pg_server)  # type: ignore[arg-type]
    yield bouncer
    bouncer.stop()


@pytest.fixture
def pgbouncer_db_url(pg_server: object, pgbouncer: object) -> Iterator[str]:
    """Like `db_url` for PostgreSQL, but every connection goes through `pgbouncer`."""
    name = f"b_{uuid.uuid4().hex[:12]}"
    pg_server.create_database(name)  # type: ignore[attr-defined]
    yield pgbouncer.url(name)  # type: ignore[attr-defined]
    pg_server.drop_database(name)  # type: ignore[attr-defined]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real Argon2 with small parameters, for tests about something else than the hash."""
    from argon2 import PasswordHasher

    from examhub_desktop.services import passwords

    quick = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(passwords, "_hasher", quick)
    dummy = quick.hash("examhub timing equaliser")
    monkeypatch.setattr(passwords, "_dummy_hash", lambda: dummy)
