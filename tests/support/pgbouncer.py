"""A throw-away PgBouncer in front of the test PostgreSQL server, in transaction pooling mode.

A school with more laptops than PostgreSQL connections puts PgBouncer in front of the server;
transaction pooling hands a server connection to a client for one transaction only, which
breaks anything that keeps session state (prepared statements, SET, session advisory locks,
LISTEN). The client must work through it, so the suite runs the important service paths
through a real one (Debian's `pgbouncer`, 1.18 on Debian 12), started here on a free loopback port.

Authentication is SCRAM against what the server stores: the superuser `postgres` is in the
auth file with a password made up for the run (the test server trusts it, so PgBouncer's own
login to the server needs none), and every other role is looked up with `auth_query` run as
`postgres`, so the per-account login roles work with their own passwords.

PgBouncer, like PostgreSQL, is run as the ``postgres`` system user when the tests run as root.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import psycopg

from tests.support.pgserver import (
    REQUIRE_ENV,
    SERVICE_USER,
    SUPERUSER,
    PgServer,
    PgStartError,
    PgUnavailable,
    _as_service_user,
    _ensure_service_user,
    _free_port,
    _tail,
)

__all__ = ["PgBouncer", "find_pgbouncer", "pgbouncer_or_skip"]

BIN_ENV = "EXAMHUB_PGBOUNCER"
_START_ATTEMPTS = 3
_READY_SECONDS = 15.0

# Transaction pooling and a database-wide cap well under the server's 100 connections. Every
# signed-in laptop's transactions share the client role's one pool (db/tickets.py), whose idle
# server connections should stay warm; each sign-in leaves an idle connection in its login
# role's own pool, which must not hold a slot for long: 10 s serves both (README).
DEFAULT_SETTINGS: dict[str, str] = {
    "pool_mode": "transaction",
    "max_client_conn": "2000",
    "default_pool_size": "20",
    "max_db_connections": "80",
    "server_idle_timeout": "10",
    "server_lifetime": "3600",
    "query_wait_timeout": "60",
    "ignore_startup_parameters": "extra_float_digits",
}


def find_pgbouncer() -> Path | None:
    """$EXAMHUB_PGBOUNCER, PATH, or Debian's /usr/sbin (not on a normal user's PATH)."""
    override = os.environ.get(BIN_ENV)
    candidates = [override] if override else [shutil.which("pgbouncer"), "/usr/sbin/pgbouncer"]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return Path(candidate)
    return None


class PgBouncer:
    """One running PgBouncer on 127.0.0.1:`port` in front of `server`."""

    def __init__(
        self, binary: Path, server: PgServer, root: Path, port: int, *, as_service_user: bool
    ) -> None:
        self.binary = binary
        self.server = server
        self.root = root
        self.port = port
        self.host = "127.0.0.1"
        self.password = secrets.token_urlsafe(16)  # postgres's password at PgBouncer only
        self.config = root / "pgbouncer.ini"
        self.log_file = root / "pgbouncer.log"
        self.pid_file = root / "pgbouncer.pid"
        self.as_service_user = as_service_user
        self.settings = dict(DEFAULT_SETTINGS)
        self._pid: int | None = None

    @classmethod
    def start(cls, server: PgServer, *, settings: Mapping[str, str] | None = None) -> PgBouncer:
        binary = find_pgbouncer()
        if binary is None:
            raise PgUnavailable(
                f"pgbouncer not found on PATH or in /usr/sbin; install it (Debian: apt-get install "
                f"pgbouncer) or point {BIN_ENV} at it"
            )
        as_root = os.geteuid() == 0
        owner = _ensure_service_user() if as_root else None
        root = Path(tempfile.mkdtemp(prefix="examhub-pgbouncer-", dir=server.root.parent))
        bouncer = cls(binary, server, root, _free_port(), as_service_user=as_root)
        bouncer.settings.update(settings or {})
        try:
            if owner is not None:
                root.chmod(0o700)
                os.chown(root, owner.pw_uid, owner.pw_gid)
            bouncer._start_with_retries()
        except BaseException:
            bouncer.stop()
            raise
        atexit.register(bouncer.stop)
        return bouncer

    def url(self, dbname: str, user: str = SUPERUSER, password: str | None = None) -> str:
        """A SQLAlchemy URL through PgBouncer; `postgres` gets its PgBouncer password."""
        secret = self.password if user == SUPERUSER and password is None else password
        auth = user if secret is None else f"{user}:{secret}"
        return f"postgresql+psycopg://{auth}@{self.host}:{self.port}/{dbname}"

    def connect(self, dbname: str, **kwargs: Any) -> psycopg.Connection[Any]:
        """A plain psycopg connection through PgBouncer, as `postgres` unless `user` is given."""
        params: dict[str, Any] = {"user": SUPERUSER, "password": self.password, "prepare_threshold": None}
        params.update(kwargs)
        return psycopg.connect(host=self.host, port=self.port, dbname=dbname, connect_timeout=10, **params)

    def show(self, what: str) -> list[dict[str, Any]]:
        """`SHOW <what>` on PgBouncer's admin console (POOLS, STATS, CONFIG...), as dicts."""
        with psycopg.connect(
            host=self.host,
            port=self.port,
            dbname="pgbouncer",
            user=SUPERUSER,
            password=self.password,
            autocommit=True,
            cursor_factory=psycopg.ClientCursor,  # the console speaks the simple protocol only
            connect_timeout=10,
        ) as conn:
            cur = conn.execute(f"SHOW {what}")
            names = [col.name for col in cur.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def stop(self) -> None:
        """Stop PgBouncer at once and delete its directory; safe to call twice."""
        atexit.unregister(self.stop)
        try:
            pid = self._pid or self._read_pid()
            if pid is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGTERM)
                    deadline = time.monotonic() + 10
                    while time.monotonic() < deadline and _alive(pid):
                        time.sleep(0.05)
                    if _alive(pid):
                        os.kill(pid, signal.SIGKILL)
            self._pid = None
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- internals ----------------------------------------------------------------------------

    def _write_files(self) -> None:
        lines = [
            "[databases]",
            f"* = host={self.server.host} port={self.server.port}",
            "[pgbouncer]",
            f"listen_addr = {self.host}",
            f"listen_port = {self.port}",
            "unix_socket_dir =",
            f"pidfile = {self.pid_file}",
            f"logfile = {self.log_file}",
            "auth_type = scram-sha-256",
            f"auth_file = {self.root / 'userlist.txt'}",
            f"auth_user = {SUPERUSER}",
            f"admin_users = {SUPERUSER}",
            f"stats_users = {SUPERUSER}",
            *(f"{key} = {value}" for key, value in self.settings.items()),
        ]
        self._write(self.config, "\n".join(lines) + "\n")
        self._write(self.root / "userlist.txt", f'"{SUPERUSER}" "{self.password}"\n')

    def _write(self, path: Path, text: str) -> None:
        path.write_text(text, encoding="utf-8")
        path.chmod(0o600)
        if self.as_service_user:
            owner = pwd.getpwnam(SERVICE_USER)
            os.chown(path, owner.pw_uid, owner.pw_gid)

    def _start_with_retries(self) -> None:
        for attempt in range(1, _START_ATTEMPTS + 1):
            self._write_files()
            argv = [str(self.binary), "-d", str(self.config)]
            command = _as_service_user(argv) if self.as_service_user else argv
            result = subprocess.run(
                command, cwd=self.root, capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL
            )
            if result.returncode == 0 and self._wait_ready():
                return
            log = _tail(self.log_file)
            if attempt < _START_ATTEMPTS and "Address already in use" in log:
                self.port = _free_port()
                continue
            raise PgStartError(
                f"PgBouncer did not start (exit {result.returncode}): {(result.stdout + result.stderr).strip()}\n"
                f"--- last lines of {self.log_file} ---\n{log}"
            )

    def _read_pid(self) -> int | None:
        try:
            return int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None

    def _wait_ready(self) -> bool:
        deadline = time.monotonic() + _READY_SECONDS
        while time.monotonic() < deadline:
            self._pid = self._read_pid()
            if self._pid is not None:
                try:
                    with socket.create_connection((self.host, self.port), timeout=1):
                        return True
                except OSError:
                    pass
                try:
                    os.kill(self._pid, 0)
                except ProcessLookupError:
                    return False
            time.sleep(0.05)
        return False


def _alive(pid: int) -> bool:
    """Running and not a zombie (a daemon's parent is init, which may be slow to reap it)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


def pgbouncer_or_skip(server: PgServer) -> PgBouncer:
    """Start PgBouncer for a pytest fixture; skip without it, fail instead under EXAMHUB_REQUIRE_PG=1."""
    import pytest

    try:
        return PgBouncer.start(server)
    except PgUnavailable as exc:
        reason = str(exc)
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{REQUIRE_ENV}=1 but PgBouncer is not available: {reason}", pytrace=False)
    pytest.skip(f"PgBouncer not available: {reason}")
