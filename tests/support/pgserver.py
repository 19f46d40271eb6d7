"""A throw-away PostgreSQL server for the test suite.

The integration suite runs against a real server, not a mock, because the dialect differences
that matter (DDL, constraint names, ON DELETE behaviour, timestamp handling) only show up there.
Each run gets its own cluster in a temporary directory on a free port, tuned for speed rather
than durability, so the tests need no shared server and leave nothing behind.

PostgreSQL refuses to run as root, so when the tests run as root (CI) the cluster is created and
run as the ``postgres`` system user; as a normal user plain ``initdb``/``pg_ctl`` are used.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import pwd
import re
import shlex
import shutil
import socket
import stat
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Self

import psycopg
from psycopg import sql
from psycopg.rows import TupleRow

__all__ = [
    "PgError",
    "PgServer",
    "PgStartError",
    "PgUnavailable",
    "find_pg_bin",
    "pg_server_or_skip",
]

REQUIRE_ENV = "EXAMHUB_REQUIRE_PG"
BIN_ENV = "EXAMHUB_PG_BIN"
SERVICE_USER = "postgres"
SUPERUSER = "postgres"
_TOOLS = ("initdb", "pg_ctl", "postgres")
_SOCKET_PATH_MAX = 100  # sun_path is 108 bytes; leave room for ".s.PGSQL.NNNNN"
_START_ATTEMPTS = 3
_LOG_TAIL_LINES = 40

# Durability is worthless for a cluster that is deleted after the run; these make start-up
# and every commit much cheaper.
_SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "timezone": "'UTC'",
    "log_timezone": "'UTC'",
    "max_connections": "100",
}


class PgError(RuntimeError):
    """A problem with the test PostgreSQL server."""


class PgUnavailable(PgError):
    """No PostgreSQL server binaries on this machine (a reason to skip, unless they are required)."""


class PgStartError(PgError):
    """The binaries exist but the cluster could not be created or started."""


def _has_tools(directory: Path) -> bool:
    return all(os.access(directory / tool, os.X_OK) for tool in _TOOLS)


def _version_key(directory: Path) -> tuple[int, ...]:
    # /usr/lib/postgresql/<version>/bin
    return tuple(int(part) for part in re.findall(r"\d+", directory.parent.name)) or (0,)


def find_pg_bin() -> Path | None:
    """Return the directory holding initdb, pg_ctl and postgres, or None.

    Looks at $EXAMHUB_PG_BIN, then PATH, then Debian's /usr/lib/postgresql/*/bin (newest first):
    Debian does not put initdb on PATH.
    """
    override = os.environ.get(BIN_ENV)
    if override:
        directory = Path(override)
        return directory if _has_tools(directory) else None
    initdb = shutil.which("initdb")
    if initdb is not None:
        # PATH may hold symlinks; the real directory is where initdb finds postgres.
        for directory in (Path(initdb).resolve().parent, Path(initdb).parent):
            if _has_tools(directory):
                return directory
    candidates = [Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin")]
    for directory in sorted(candidates, key=_version_key, reverse=True):
        if _has_tools(directory):
            return directory
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _traversable_by_others(directory: Path) -> bool:
    """True if every directory from / down to this one is searchable by any user."""
    path = directory.resolve()
    for part in (path, *path.parents):
        try:
            mode = part.stat().st_mode
        except OSError:
            return False
        if not mode & stat.S_IXOTH:
            return False
    return True


def _ensure_service_user() -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(SERVICE_USER)
    except KeyError:
        pass
    useradd = shutil.which("useradd")
    if useradd is None:
        raise PgUnavailable(
            f"running as root, PostgreSQL must run as the {SERVICE_USER!r} user, "
            "which does not exist and useradd is not available to create it"
        )
    result = subprocess.run(
        [
            useradd,
            "--system",
            "--user-group",
            "--no-create-home",
            "--shell",
            "/usr/sbin/nologin",
            SERVICE_USER,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise PgStartError(f"could not create the {SERVICE_USER!r} user: {result.stderr.strip()}")
    return pwd.getpwnam(SERVICE_USER)


def _as_service_user(argv: Sequence[str]) -> list[str]:
    runuser = shutil.which("runuser")
    if runuser is not None:
        return [runuser, "-u", SERVICE_USER, "--", *argv]
    su = shutil.which("su")
    if su is None:
        raise PgUnavailable("running as root and neither runuser nor su is available to drop privileges")
    return [su, "-s", "/bin/sh", SERVICE_USER, "-c", shlex.join(argv)]


def _tail(path: Path, lines: int = _LOG_TAIL_LINES) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError as exc:
        return f"(no server log at {path}: {exc.strerror})"
    return "\n".join(text.splitlines()[-lines:]) or "(server log is empty)"


class PgServer:
    """One running throw-away cluster; superuser ``postgres``, trust auth, TCP on 127.0.0.1."""

    def __init__(self, bin_dir: Path, root: Path, port: int, *, as_service_user: bool) -> None:
        self.bin_dir = bin_dir
        self.root = root
        self.data_dir = root / "data"
        self.socket_dir = root / "sock"
        self.log_file = root / "server.log"
        self.port = port
        self.host = "127.0.0.1"
        self.as_service_user = as_service_user
        self.startup_seconds = 0.0
        self._running = False

    # -- life cycle ---------------------------------------------------------------------------

    @classmethod
    def start(cls, base_dir: Path) -> PgServer:
        """Create a cluster in a new directory under base_dir (or a world-traversable temp dir
        when running as root) and start it; raise PgUnavailable or PgStartError."""
        began = time.perf_counter()
        bin_dir = find_pg_bin()
        if bin_dir is None:
            raise PgUnavailable(
                "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found on PATH or in "
                "/usr/lib/postgresql/*/bin; install them (Debian: apt-get install postgresql) "
                f"or point {BIN_ENV} at their directory"
            )
        as_root = os.geteuid() == 0
        owner = _ensure_service_user() if as_root else None
        root = Path(tempfile.mkdtemp(prefix="examhub-pg-", dir=cls._parent_dir(base_dir, as_root)))
        server = cls(bin_dir, root, _free_port(), as_service_user=as_root)
        try:
            if owner is not None:
                root.chmod(0o755)
                os.chown(root, owner.pw_uid, owner.pw_gid)
            server._initdb()
            server._start_with_retries()
        except BaseException:
            server._remove_files()
            raise
        server.startup_seconds = time.perf_counter() - began
        atexit.register(server.stop)
        return server

    @staticmethod
    def _parent_dir(base_dir: Path, as_root: bool) -> Path:
        if not as_root:
            base_dir.mkdir(parents=True, exist_ok=True)
            return base_dir
        # The postgres user must reach the directory: pytest's tmp dirs sit under a 0700 parent.
        for candidate in (base_dir, Path(tempfile.gettempdir()), Path("/tmp"), Path("/var/tmp")):
            if candidate.is_dir() and _traversable_by_others(candidate):
                return candidate
        raise PgStartError(
            f"no directory the {SERVICE_USER!r} user can reach for the cluster (tried {base_dir}, /tmp, /var/tmp)"
        )

    def stop(self) -> None:
        """Stop the server (fast shutdown) and delete its directory; safe to call twice."""
        atexit.unregister(self.stop)
        try:
            if self._running:
                result = self._pg_ctl("stop", "-m", "fast", "-w", "-t", "30")
                if result.returncode != 0 and (self.data_dir / "postmaster.pid").exists():
                    self._pg_ctl("stop", "-m", "immediate", "-w", "-t", "30")
                self._running = False
        finally:
            self._remove_files()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- databases ----------------------------------------------------------------------------

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@{self.host}:{self.port}/{dbname}"

    def connect(self, dbname: str = "postgres") -> psycopg.Connection[TupleRow]:
        """A plain autocommit psycopg connection (for administrative statements)."""
        return psycopg.connect(
            host=self.host, port=self.port, user=SUPERUSER, dbname=dbname, autocommit=True, connect_timeout=10
        )

    def create_database(self, name: str) -> str:
        """Create an empty database and return its SQLAlchemy URL."""
        with self.connect() as conn:
            conn.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(sql.Identifier(name))
            )
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop a database even if connections to it are still open (a leaked pool must not hang teardown)."""
        with self.connect() as conn:
            if conn.info.server_version >= 130000:
                conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
                return
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            )
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))

    # -- internals ----------------------------------------------------------------------------

    def _run(self, argv: Sequence[str]) -> subprocess.CompletedProcess[str]:
        command = _as_service_user(argv) if self.as_service_user else list(argv)
        # cwd: the postgres user may not be able to enter the caller's working directory (/root).
        return subprocess.run(
            command, cwd=self.root, capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL
        )

    def _pg_ctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self._run([str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), *args])

    def _initdb(self) -> None:
        base = [str(self.bin_dir / "initdb"), "-D", str(self.data_dir), "-U", SUPERUSER]
        base += ["--auth=trust", "--encoding=UTF8", "--no-sync"]
        # C.UTF-8 gives Unicode-aware lower()/upper(); fall back to the plain C locale without it.
        for locale_args in (["--locale=C.UTF-8"], ["--no-locale"]):
            result = self._run([*base, *locale_args])
            if result.returncode == 0:
                break
            shutil.rmtree(self.data_dir, ignore_errors=True)
        else:
            raise PgStartError(
                f"initdb failed (exit {result.returncode}):\n{result.stdout}{result.stderr}".rstrip()
            )
        settings = dict(_SETTINGS)
        socket_path = self.socket_dir / f".s.PGSQL.{self.port:05d}"
        if len(str(socket_path)) <= _SOCKET_PATH_MAX:
            self._make_dir(self.socket_dir)
            settings["unix_socket_directories"] = f"'{self.socket_dir}'"
        else:  # too long for a unix socket: TCP only
            settings["unix_socket_directories"] = "''"
        block = "".join(f"{key} = {value}\n" for key, value in settings.items())
        conf = self.data_dir / "postgresql.conf"
        # Appended as root is fine: the file stays owned by the postgres user.
        with conf.open("a", encoding="utf-8") as handle:
            handle.write("\n# examhub test server\n" + block)

    def _make_dir(self, path: Path) -> None:
        path.mkdir(mode=0o700, exist_ok=True)
        if self.as_service_user:
            owner = pwd.getpwnam(SERVICE_USER)
            os.chown(path, owner.pw_uid, owner.pw_gid)

    def _start_with_retries(self) -> None:
        # The free port is only free until someone else binds it; on a clash take another.
        for attempt in range(1, _START_ATTEMPTS + 1):
            result = self._pg_ctl(
                "start", "-w", "-t", "60", "-l", str(self.log_file), "-o", f"-p {self.port}"
            )
            if result.returncode == 0:
                self._running = True
                return
            log = _tail(self.log_file)
            if attempt < _START_ATTEMPTS and "could not bind" in log:
                self.port = _free_port()
                continue
            raise PgStartError(
                f"PostgreSQL did not start (pg_ctl exit {result.returncode}); its directory is removed\n"
                f"pg_ctl: {(result.stdout + result.stderr).strip()}\n"
                f"--- last lines of {self.log_file} ---\n{log}"
            )

    def _remove_files(self) -> None:
        with contextlib.suppress(OSError):
            shutil.rmtree(self.root)


def pg_server_or_skip(tmp_base: Path) -> PgServer:
    """Start a server for a pytest fixture; skip when PostgreSQL is not installed.

    With EXAMHUB_REQUIRE_PG=1 (set by .ci/run) a missing server fails the run instead, so CI
    can never pass by silently skipping the PostgreSQL half of the suite.
    """
    import pytest

    try:
        return PgServer.start(tmp_base)
    except PgUnavailable as exc:
        reason = str(exc)
    # Outside the except block so pytest reports the reason, not a chained traceback.
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{REQUIRE_ENV}=1 but no PostgreSQL server is available: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL not available: {reason}")
