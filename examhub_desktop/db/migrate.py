"""Open a database: recognise what it is, back it up, migrate it to head, or refuse it.

Start-up must stay fast on a current database, so the state is read with two plain queries
and Alembic is imported only when there is something to migrate. `HEAD_REVISION` is checked
against the scripts' real head by a test.

What a database can be:
- empty (a new file, or a server database with no tables): migrated from scratch;
- ours (alembic_version holds a revision we know): migrated forward if behind;
- newer (a revision we do not know): refused, naming the revision and the app version that wrote it;
- seed (the earlier web version's tables, no alembic_version): stamped at 0001_seed and upgraded;
- foreign (anything else): refused and left untouched.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

from examhub_desktop import __version__
from examhub_desktop.db.engine import (
    DatabaseLocation,
    DatabaseProblem,
    ensure_writable_dir,
    explain_sqlite_error,
    known_errors,
    make_engine,
)

REVISIONS = (
    "0001_seed",
    "0002_checks_tokens_meta",
    "0003_accounts",
    "0004_search_and_kept_attempts",
    "0005_attempt_runner",
)
HEAD_REVISION = REVISIONS[-1]
SEED_REVISION = REVISIONS[0]

# The columns by which the earlier web version's database is recognised (a subset of the DDL).
SEED_SIGNATURE = {
    "users": {"id", "email", "hashed_password", "role", "is_active"},
    "exams": {"id", "title", "status", "passing_score"},
    "questions": {"id", "exam_id", "question_text", "options", "correct_answer"},
    "exam_attempts": {"id", "user_id", "exam_id", "score", "answers"},
}
META_WRITTEN_BY = "app_version"

if TYPE_CHECKING:
    from alembic.config import Config

StateKind = Literal["empty", "ours", "newer", "seed", "foreign"]


@dataclass(frozen=True)
class DatabaseState:
    kind: StateKind
    revision: str | None
    tables: frozenset[str]
    written_by: str | None = None

    @property
    def needs_upgrade(self) -> bool:
        return self.kind in ("empty", "seed") or (self.kind == "ours" and self.revision != HEAD_REVISION)


def read_state(conn: Connection) -> DatabaseState:
    tables = frozenset(inspect(conn).get_table_names())
    if not tables:
        return DatabaseState("empty", None, tables)
    if "alembic_version" in tables:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        written_by = None
        if "app_meta" in tables:
            written_by = conn.execute(
                text("SELECT value FROM app_meta WHERE key = :k"), {"k": META_WRITTEN_BY}
            ).scalar()
        kind: StateKind = "ours" if revision in REVISIONS else "newer"
        if revision is None:
            kind = "empty" if tables == {"alembic_version"} else "foreign"
        return DatabaseState(kind, revision, tables, written_by)
    if _looks_like_seed(conn, tables):
        return DatabaseState("seed", None, tables)
    return DatabaseState("foreign", None, tables)


def _looks_like_seed(conn: Connection, tables: frozenset[str]) -> bool:
    if not set(SEED_SIGNATURE) <= tables:
        return False
    insp = inspect(conn)
    return all({c["name"] for c in insp.get_columns(t)} >= cols for t, cols in SEED_SIGNATURE.items())


def refuse_if_unusable(state: DatabaseState, where: str) -> None:
    if state.kind == "newer":
        by = f" by Exam Hub {state.written_by}" if state.written_by else ""
        raise DatabaseProblem(
            f"The database {where} was made{by} at schema revision {state.revision}, which is newer "
            f"than this Exam Hub ({__version__}) understands. Update Exam Hub to open it; the file "
            "was left untouched.",
            kind="newer",
        )
    if state.kind == "foreign":
        sample = ", ".join(sorted(state.tables)[:6])
        raise DatabaseProblem(
            f"The database {where} belongs to another program (its tables: {sample}). It was left "
            "untouched; choose another data folder or database URL.",
            kind="foreign",
        )


def preflight_sqlite(path: Path) -> DatabaseState:
    """Read the state without writing a byte: read-only URI, no pragmas that write."""
    if not path.exists():
        ensure_writable_dir(path.parent)
        return DatabaseState("empty", None, frozenset())
    if path.is_dir():
        raise DatabaseProblem(f"{path} is a folder, not a database file.", kind="not-a-database")
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseProblem(
            f"The database {path} cannot be read ({exc.strerror}).", kind="unreadable"
        ) from None
    if header and header != b"SQLite format 3\x00":
        raise explain_sqlite_error(sqlite3.DatabaseError("file is not a database"), path)
    if not header:  # a zero-byte file: sqlite treats it as an empty database
        return DatabaseState("empty", None, frozenset())
    try:
        raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2.0)
    except sqlite3.Error as exc:
        raise explain_sqlite_error(exc, path) from exc
    engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
    try:
        with engine.connect() as conn:
            return read_state(conn)
    except sqlite3.Error as exc:
        raise explain_sqlite_error(exc, path) from exc
    except DBAPIError as exc:
        raise explain_sqlite_error(exc, path) from exc
    finally:
        engine.dispose()
        raw.close()


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
                raise DatabaseProblem(f"The backup copy failed its check: {check}", kind="corrupt")
        finally:
            dst.close()
        partial.replace(target)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise explain_sqlite_error(exc, source) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseProblem(
            f"The backup to {target} could not be written ({exc.strerror or exc}); the disk may be full.",
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
                f"The database {location.describe()} is at revision {state.revision or 'none'}; "
                f"run 'examhub db upgrade' to bring it to {HEAD_REVISION}.",
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
