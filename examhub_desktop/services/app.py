"""Opening the app's database and describing it: the entry every front end goes through."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from examhub_desktop import __version__
from examhub_desktop.db import maintenance
from examhub_desktop.db.engine import DatabaseLocation, DatabaseProblem, ensure_writable_dir, location_for
from examhub_desktop.db.migrate import current_state, open_database
from examhub_desktop.db.uow import Database, UnitOfWork
from examhub_desktop.paths import backups_dir

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


class AppContext:
    """The one database of a running app; hands out units of work."""

    def __init__(self, data_dir: Path, database: Database) -> None:
        self.data_dir = data_dir
        self.database = database

    @property
    def location(self) -> DatabaseLocation:
        return self.database.location

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
        with self.uow() as uow:
            return Counts(uow.users.count(), uow.exams.count(), uow.questions.count(), uow.attempts.count())

    def check(self) -> list[str]:
        return maintenance.check(self.database.engine, self.location)

    def backup(self, target: Path) -> Path:
        return maintenance.backup(self.database.engine, self.location, target)

    def close(self) -> None:
        self.database.dispose()


def resolve_location(data_dir: Path, database_url: str | None) -> DatabaseLocation:
    return location_for(database_url, data_dir)


def open_app(data_dir: Path, database_url: str | None = None, *, upgrade: bool = True) -> AppContext:
    """Create the data directory, open (and by default migrate) the database."""
    ensure_writable_dir(data_dir)
    location = location_for(database_url, data_dir)
    engine = open_database(location, backups=backups_dir(data_dir), upgrade=upgrade)
    return AppContext(data_dir, Database(engine, location))
