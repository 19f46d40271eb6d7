"""What a database is, read without writing a byte, and which revisions this app knows.

Standard library only (sqlite3), so the GUI can check its SQLite file and show a window before
SQLAlchemy is imported; `db/migrate.py` reads a server's state through SQLAlchemy instead and
acts on both. `HEAD_REVISION` is checked against the scripts' real head by a test.

What a database can be:
- empty (a new file, or a server database with no tables): migrated from scratch;
- ours (alembic_version holds a revision we know): migrated forward if behind;
- newer (a revision we do not know): refused, naming the revision and the app version that wrote it;
- seed (the earlier web version's tables, no alembic_version): stamped at 0001_seed and upgraded;
- foreign (anything else): refused and left untouched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from examhub_desktop import __version__
from examhub_desktop.core.i18n import translate
from examhub_desktop.db.errors import not_a_database, sqlite_problem
from examhub_desktop.db.location import DatabaseProblem, ensure_writable_dir

REVISIONS = (
    "0001_seed",
    "0002_checks_tokens_meta",
    "0003_accounts",
    "0004_search_and_kept_attempts",
    "0005_attempt_runner",
    "0006_exam_rules",
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


def classify(
    tables: frozenset[str],
    scalar: Callable[[str], Any],
    columns_of: Callable[[str], set[str]],
) -> DatabaseState:
    """The state from the table names, a one-value query and a table's columns (any dialect)."""
    if not tables:
        return DatabaseState("empty", None, tables)
    if "alembic_version" in tables:
        revision = scalar("SELECT version_num FROM alembic_version")
        written_by = None
        if "app_meta" in tables:
            written_by = scalar(f"SELECT value FROM app_meta WHERE key = '{META_WRITTEN_BY}'")
        kind: StateKind = "ours" if revision in REVISIONS else "newer"
        if revision is None:
            kind = "empty" if tables == {"alembic_version"} else "foreign"
        return DatabaseState(kind, revision, tables, written_by)
    if set(SEED_SIGNATURE) <= tables and all(columns_of(t) >= cols for t, cols in SEED_SIGNATURE.items()):
        return DatabaseState("seed", None, tables)
    return DatabaseState("foreign", None, tables)


def refuse_if_unusable(state: DatabaseState, where: str) -> None:
    if state.kind == "newer":
        if state.written_by:
            text = translate(
                "DatabaseProblem",
                "The database {where} was made by Exam Hub {writer} at schema revision {revision}, "
                "which is newer than this Exam Hub ({version}) understands. Update Exam Hub to open "
                "it; the file was left untouched.",
            )
        else:
            text = translate(
                "DatabaseProblem",
                "The database {where} was made at schema revision {revision}, which is newer than "
                "this Exam Hub ({version}) understands. Update Exam Hub to open it; the file was "
                "left untouched.",
            )
        raise DatabaseProblem(
            text.format(where=where, writer=state.written_by, revision=state.revision, version=__version__),
            kind="newer",
        )
    if state.kind == "foreign":
        sample = ", ".join(sorted(state.tables)[:6])
        raise DatabaseProblem(
            translate(
                "DatabaseProblem",
                "The database {where} belongs to another program (its tables: {tables}). It was left "
                "untouched; choose another data folder or database URL.",
            ).format(where=where, tables=sample),
            kind="foreign",
        )


@contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to an existing SQLite file; driver errors become `DatabaseProblem`."""
    try:  # opening and every read: one translation of driver errors
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2.0)
        try:
            yield conn
        finally:
            conn.close()
    except sqlite3.Error as exc:
        problem = sqlite_problem(exc, path)
        if problem is None:
            raise
        raise problem from exc


def preflight_sqlite(path: Path) -> DatabaseState:
    """Read the state without writing a byte: read-only URI, no pragmas that write."""
    if not path.exists():
        ensure_writable_dir(path.parent)
        return DatabaseState("empty", None, frozenset())
    if path.is_dir():
        raise DatabaseProblem(
            translate("DatabaseProblem", "{path} is a folder, not a database file.").format(path=path),
            kind="not-a-database",
        )
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseProblem(
            translate("DatabaseProblem", "The database {path} cannot be read ({reason}).").format(
                path=path, reason=exc.strerror
            ),
            kind="unreadable",
        ) from None
    if header and header != b"SQLite format 3\x00":
        raise not_a_database(path)
    if not header:  # a zero-byte file: sqlite treats it as an empty database
        return DatabaseState("empty", None, frozenset())
    with read_only(path) as conn:
        rows = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite~_%' ESCAPE '~'"
        )
        tables = frozenset(name for (name,) in rows)

        def scalar(sql: str) -> Any:
            row = conn.execute(sql).fetchone()
            return row[0] if row else None

        def columns_of(table: str) -> set[str]:
            return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}

        return classify(tables, scalar, columns_of)
