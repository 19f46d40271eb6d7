"""Where the database is and what went wrong with it, in words a user understands.

A PostgreSQL URL without a user name is a school-server profile: nobody connects until
someone signs in, and then as that account's own login role with the password just typed
(`DatabaseLocation.for_account`), so the device never holds a credential worth more than its
user's account. A URL with a user name connects as that role (the database owner for the
`server` commands, or a trusted single-user setup); libpq finds its password in PGPASSWORD,
PGPASSFILE or ~/.pgpass when the URL has none.

`?pgbouncer=true` on a server URL (the form Prisma and others use) says the address is a
PgBouncer in transaction pooling mode. The parameter is taken off before libpq sees it; it
lets the engine keep its idle connection to PgBouncer (which holds no server connection for
it) instead of closing it after a moment (`engine.py`).

Standard library only: the GUI reads these before SQLAlchemy is imported (see
`db/state.py`), so that a window can be on screen while the ORM loads. SQLAlchemy's `URL`
is made on first use, which for the default SQLite file is when the engine is created.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from examhub_desktop.core.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.engine import URL


class DatabaseProblem(Exception):
    """A known problem with the database; `str()` is a message for the user."""

    def __init__(self, message: str, *, kind: str = "error") -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class DatabaseLocation:
    """What database we talk to: a SQLite file (`path`) or a server (`url_text`)."""

    url_text: str = field(repr=False)  # may hold a server password
    path: Path | None  # the SQLite file, None for a server
    _url: list[URL] = field(default_factory=list, compare=False, repr=False)
    shown_as: str = ""  # what describe() says, when not the URL (a login role's is meaningless)
    pgbouncer: bool = False  # the URL said ?pgbouncer=true: a transaction-pooling PgBouncer

    @property
    def url(self) -> URL:
        if not self._url:
            from sqlalchemy.engine import make_url

            self._url.append(make_url(self.url_text))
        return self._url[0]

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    @property
    def is_server_profile(self) -> bool:
        """A server URL without a user name: connect only after sign-in, as the account."""
        return self.path is None and not self.url.username

    @property
    def database_name(self) -> str:
        return self.url.database or ""

    def for_account(self, role: str, password: str) -> DatabaseLocation:
        """The same server as the login role `role`, with a password kept only in memory."""
        url = self.url.set(username=role, password=password)
        return DatabaseLocation(
            url.render_as_string(hide_password=False), None, [url], self.describe(), pgbouncer=self.pgbouncer
        )

    def describe(self) -> str:
        if self.path is not None:
            return str(self.path)
        return self.shown_as or self.url.render_as_string(hide_password=True)


ENV_DATABASE_URL = "EXAMHUB_DATABASE_URL"
PGBOUNCER_FLAGS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}


def url_has_password(database_url: str) -> bool:
    """Whether a server URL carries its password (then it is readable in the process list)."""
    from urllib.parse import urlsplit  # not SQLAlchemy: the GUI's start reads this

    try:
        parts = urlsplit(database_url)
        return parts.scheme.split("+")[0] in ("postgresql", "postgres") and bool(parts.password)
    except ValueError:
        return False  # location_for explains what is wrong with it


def sqlite_location(path: Path) -> DatabaseLocation:
    return DatabaseLocation(f"sqlite+pysqlite:///{path}", path)


def location_for(database_url: str | None, data_dir: Path) -> DatabaseLocation:
    """Parse `--database-url`, or default to examhub.db in the data directory."""
    if not database_url:
        return sqlite_location(data_dir / "examhub.db")
    from sqlalchemy.engine import make_url

    try:
        url = make_url(database_url)
    except Exception:
        raise DatabaseProblem(
            translate(
                "DatabaseProblem",
                "The database URL {url} is not valid. "
                "Use sqlite:///PATH or postgresql+psycopg://USER:PASSWORD@HOST:PORT/NAME.",
            ).format(url=repr(database_url)),
            kind="bad-url",
        ) from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise DatabaseProblem(
                translate("DatabaseProblem", "A SQLite database URL must name a file: sqlite:///PATH."),
                kind="bad-url",
            )
        return sqlite_location(Path(url.database).expanduser().resolve())
    if backend == "postgresql":
        server = url.set(drivername="postgresql+psycopg")
        flag = str(server.query.get("pgbouncer", "false")).strip().lower()
        if flag not in PGBOUNCER_FLAGS:
            raise DatabaseProblem(
                translate(
                    "DatabaseProblem", "In the database URL, pgbouncer= must be true or false, not {value}."
                ).format(value=repr(flag)),
                kind="bad-url",
            )
        server = server.difference_update_query(["pgbouncer"])
        return DatabaseLocation(
            server.render_as_string(hide_password=False), None, [server], pgbouncer=PGBOUNCER_FLAGS[flag]
        )
    raise DatabaseProblem(
        translate(
            "DatabaseProblem", "Databases of type {backend} are not supported; use SQLite or PostgreSQL."
        ).format(backend=repr(backend)),
        kind="bad-url",
    )


def ensure_writable_dir(folder: Path) -> None:
    """Create `folder` if needed and check we may write there, or explain why not."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseProblem(
            translate(
                "DatabaseProblem",
                "The data folder {folder} cannot be created ({reason}). "
                "Choose another folder with --data-dir or fix its permissions.",
            ).format(folder=folder, reason=exc.strerror or exc),
            kind="not-writable",
        ) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseProblem(
            translate(
                "DatabaseProblem",
                "The data folder {folder} is not writable. "
                "Choose another folder with --data-dir or fix its permissions.",
            ).format(folder=folder),
            kind="not-writable",
        )
