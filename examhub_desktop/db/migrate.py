"""Open a database: back it up, migrate it to head, or refuse it (see `db/state.py` for what
a database can be).

Start-up must stay fast on a current database, so the state is read with plain queries and
Alembic is imported only when there is something to migrate.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from examhub_desktop import __version__
from examhub_desktop.core.i18n import translate
from examhub_desktop.db.engine import (
    DatabaseLocation,
    DatabaseProblem,
    ensure_writable_dir,
    known_errors,
    make_engine,
)
from examhub_desktop.db.errors import sqlite_problem
from examhub_desktop.db.state import (
    HEAD_REVISION,
    META_WRITTEN_BY,
    REVISIONS,
    SEED_REVISION,
    DatabaseState,
    classify,
    preflight_sqlite,
    refuse_if_unusable,
)

__all__ = [
    "HEAD_REVISION",
    "REVISIONS",
    "SEED_REVISION",
    "DatabaseState",
    "alembic_config",
    "alembic_upgrade",
    "backup_sqlite",
    "current_state",
    "migrate",
    "open_database",
    "preflight_sqlite",
    "read_state",
    "refuse_if_unusable",
]

if TYPE_CHECKING:
    from alembic.config import Config


def read_state(conn: Connection) -> DatabaseState:
    """The state of a server database (SQLite files are read by `preflight_sqlite`)."""
    insp = inspect(conn)
    return classify(
        frozenset(insp.get_table_names()),
        lambda sql: conn.execute(text(sql)).scalar(),
        lambda table: {c["name"] for c in insp.get_columns(table)},
    )


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy through the sqlite3 backup API, safe while others use the database."""
    ensure_writable_dir(target.parent)
    partial = target.with_name(target.name + ".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=10.0)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            check = dst.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                raise DatabaseProblem(
                    translate("DatabaseProblem", "The backup copy failed its check: {result}").format(
                        result=check
                    ),
                    kind="corrupt",
                )
        finally:
            dst.close()
        partial.replace(target)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        problem = sqlite_problem(exc, source)
        if problem is None:
            raise
        raise problem from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseProblem(
            translate(
                "DatabaseProblem",
                "The backup to {target} could not be written ({reason}); the disk may be full.",
            ).format(target=target, reason=exc.strerror or exc),
            kind="disk-full",
        ) from None
    finally:
        src.close()
    return target


def alembic_upgrade(conn: Connection, *, stamp_first: str | None = None, target: str = "head") -> None:
    """Run the migration scripts on `conn` (imports Alembic, so only when needed)."""
    from alembic import command

    cfg = alembic_config(conn)
    if stamp_first:
        command.stamp(cfg, stamp_first)
    command.upgrade(cfg, target)


def alembic_config(conn: Connection | None = None) -> Config:
    from alembic.config import Config

    from examhub_desktop.paths import migrations_dir

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


def _record_writer(conn: Connection) -> None:
    conn.execute(text("DELETE FROM app_meta WHERE key = :k"), {"k": META_WRITTEN_BY})
    conn.execute(
        text("INSERT INTO app_meta (key, value) VALUES (:k, :v)"), {"k": META_WRITTEN_BY, "v": __version__}
    )


def migrate(location: DatabaseLocation, backups: Path | None, state: DatabaseState) -> str | None:
    """Bring the database to head; returns the backup path taken, if any."""
    taken: str | None = None
    if location.path is not None and backups is not None and state.kind in ("ours", "seed"):
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        before = state.revision or "seed"
        taken = str(backup_sqlite(location.path, backups / f"examhub-{stamp}-before-{before}.db"))
    engine = make_engine(location, foreign_keys=False)
    try:
        with known_errors(location), engine.connect() as conn:
            alembic_upgrade(conn, stamp_first=SEED_REVISION if state.kind == "seed" else None)
            conn.commit()
            with conn.begin():
                _record_writer(conn)
    finally:
        engine.dispose()
    return taken


def open_database(location: DatabaseLocation, *, backups: Path | None = None, upgrade: bool = True) -> Engine:
    """The app's engine on a database at head, or a `DatabaseProblem` explaining why not."""
    if location.path is not None:
        state = preflight_sqlite(location.path)
    else:
        probe = make_engine(location)
        try:
            with known_errors(location), probe.connect() as conn:
                state = read_state(conn)
        finally:
            probe.dispose()
    refuse_if_unusable(state, location.describe())
    if state.needs_upgrade:
        if not upgrade:
            raise DatabaseProblem(
                translate(
                    "DatabaseProblem",
                    "The database {where} is at revision {revision}; "
                    "run 'examhub db upgrade' to bring it to {head}.",
                ).format(
                    where=location.describe(),
                    revision=state.revision or translate("DatabaseProblem", "none"),
                    head=HEAD_REVISION,
                ),
                kind="outdated",
            )
        migrate(location, backups, state)
    return make_engine(location)


def current_state(location: DatabaseLocation) -> DatabaseState:
    if location.path is not None:
        return preflight_sqlite(location.path)
    engine = make_engine(location)
    try:
        with known_errors(location), engine.connect() as conn:
            return read_state(conn)
    finally:
        engine.dispose()
