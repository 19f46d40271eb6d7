"""Opening the app's database and describing it: the entry every front end goes through.

A current SQLite file is checked with the standard library only, and SQLAlchemy is imported
and the engine made on first use (`AppContext.database`), on the database worker: so the GUI
can put a window on screen while the ORM loads. Anything to migrate, and every server, goes
the whole way through SQLAlchemy at once.

A school-server profile (a PostgreSQL URL without a user name, `ctx.server`) opens nothing:
the database owner migrates it (`examhub server init|upgrade`), and a client connects only
once someone signs in: the account's login role proves the password and opens a ticket, and
the engine connects as the shared client role with it (`connect_as`, db/tickets.py); signing
out ends the ticket and drops the engine and with it the only copy of the password.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from examhub_desktop import __version__
from examhub_desktop.core.i18n import translate
from examhub_desktop.db import quick
from examhub_desktop.db.location import DatabaseLocation, DatabaseProblem, ensure_writable_dir, location_for
from examhub_desktop.db.state import DatabaseState, preflight_sqlite, refuse_if_unusable
from examhub_desktop.paths import backups_dir

if TYPE_CHECKING:
    from examhub_desktop.db.uow import Database, UnitOfWork

__all__ = [
    "AppContext",
    "Counts",
    "DatabaseInfo",
    "DatabaseProblem",
    "current_state",
    "open_app",
    "resolve_location",
]


@dataclass(frozen=True)
class Counts:
    users: int
    exams: int
    questions: int
    attempts: int


@dataclass(frozen=True)
class DatabaseInfo:
    description: str
    dialect: str
    revision: str | None
    app_version: str
    data_dir: Path
    path: Path | None


def signed_out_problem() -> DatabaseProblem:
    return DatabaseProblem(
        translate("AppContext", "Sign in first: this school server is used as your own account."),
        kind="signed-out",
    )


class AppContext:
    """The one database of a running app; hands out units of work."""

    def __init__(self, data_dir: Path, location: DatabaseLocation, database: Database | None = None) -> None:
        self.data_dir = data_dir
        self.location = location
        self._database = database
        self._lock = threading.Lock()
        # The password-less school-server profile; `location` is the signed-in account's.
        self.server: DatabaseLocation | None = location if location.is_server_profile else None

    @property
    def signed_in_role(self) -> str | None:
        """The signed-in account's login role on a school server, None before sign-in."""
        database = self._database
        if self.server is None or database is None or database.tickets is None:
            return None
        return database.tickets.account_role

    def connect_as(self, database: Database) -> None:
        """Use `database` (the shared client role with one account's ticket) from now on."""
        with self._lock:
            old, self._database = self._database, database
            self.location = database.location
        if old is not None:
            old.dispose()

    def disconnect(self) -> None:
        """Sign-out on a school server: no engine, no password left in this process."""
        if self.server is None:
            return
        with self._lock:
            old, self._database = self._database, None
            self.location = self.server
        if old is not None:
            old.dispose()

    @property
    def database(self) -> Database:
        """The engine and session factory, made on first use (imports SQLAlchemy)."""
        with self._lock:
            if self._database is None:
                if self.server is not None:
                    raise signed_out_problem()
                from examhub_desktop.db.engine import make_engine
                from examhub_desktop.db.uow import Database

                self._database = Database(make_engine(self.location), self.location)
            return self._database

    def uow(self) -> UnitOfWork:
        return self.database.uow()

    def info(self) -> DatabaseInfo:
        state = current_state(self.location)
        return DatabaseInfo(
            description=self.location.describe(),
            dialect="SQLite" if self.location.is_sqlite else "PostgreSQL",
            revision=state.revision,
            app_version=__version__,
            data_dir=self.data_dir,
            path=self.location.path,
        )

    def counts(self) -> Counts:
        if self.location.path is not None:
            return Counts(*quick.counts(self.location.path))
        from sqlalchemy import text

        from examhub_desktop.db.engine import known_errors

        with known_errors(self.location), self.database.engine.connect() as conn:
            row = conn.execute(text(quick.COUNTS_SQL)).one()
        return Counts(*(int(n) for n in row))

    def check(self) -> list[str]:
        from examhub_desktop.db import maintenance

        return maintenance.check(self.database.engine, self.location)

    def backup(self, target: Path) -> Path:
        from examhub_desktop.db import maintenance

        return maintenance.backup(self.database.engine, self.location, target)

    def close(self) -> None:
        with self._lock:
            if self._database is not None:
                self._database.dispose()


def resolve_location(data_dir: Path, database_url: str | None) -> DatabaseLocation:
    return location_for(database_url, data_dir)


def current_state(location: DatabaseLocation) -> DatabaseState:
    if location.path is not None:
        return preflight_sqlite(location.path)
    from examhub_desktop.db import migrate

    return migrate.current_state(location)


def open_app(data_dir: Path, database_url: str | None = None, *, upgrade: bool = True) -> AppContext:
    """Create the data directory, open (and by default migrate) the database."""
    ensure_writable_dir(data_dir)
    location = location_for(database_url, data_dir)
    if location.path is None and location.is_server_profile:
        return AppContext(data_dir, location)
    if location.path is not None:
        state = preflight_sqlite(location.path)
        refuse_if_unusable(state, location.describe())
        if not state.needs_upgrade:
            return AppContext(data_dir, location)
    from examhub_desktop.db.migrate import open_database
    from examhub_desktop.db.uow import Database

    engine = open_database(location, backups=backups_dir(data_dir), upgrade=upgrade)
    return AppContext(data_dir, location, Database(engine, location))
