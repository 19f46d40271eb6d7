"""Health checks and online backups of the database.

`check` runs SQLite's integrity and foreign-key checks, or on PostgreSQL reads the catalog
(missing tables, columns, indexes; invalid indexes; foreign keys not validated), and on both
compares the schema against the models so a half-migrated or hand-edited database is named.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from examhub_desktop.core.i18n import translate
from examhub_desktop.db.engine import DatabaseLocation, DatabaseProblem, known_errors
from examhub_desktop.db.migrate import HEAD_REVISION, backup_sqlite, read_state
from examhub_desktop.db.models import metadata


def check(engine: Engine, location: DatabaseLocation) -> list[str]:
    """Every problem found, as lines for the user; empty when the database is healthy."""
    problems: list[str] = []
    with known_errors(location), engine.connect() as conn:
        state = read_state(conn)
        if state.revision != HEAD_REVISION:
            problems.append(
                translate("DatabaseCheck", "schema revision is {revision}, expected {head}").format(
                    revision=state.revision or translate("DatabaseCheck", "none"), head=HEAD_REVISION
                )
            )
        if conn.dialect.name == "sqlite":
            problems += _sqlite_checks(conn)
        else:
            problems += _postgres_checks(conn)
        problems += _schema_drift(conn)
    return problems


def _sqlite_checks(conn: Connection) -> list[str]:
    out: list[str] = []
    for (line,) in conn.exec_driver_sql("PRAGMA integrity_check").all():
        if line != "ok":
            out.append(translate("DatabaseCheck", "integrity: {problem}").format(problem=line))
    for table, rowid, parent, _fkid in conn.exec_driver_sql("PRAGMA foreign_key_check").all():
        out.append(
            translate(
                "DatabaseCheck", "foreign key: {table} row {row} points to a missing {parent} row"
            ).format(table=table, row=rowid, parent=parent)
        )
    out += _sqlite_search_checks(conn)
    return out


SEARCH_TRIGGERS = {f"{t}_fts_{op}" for t in ("exams", "questions") for op in ("ai", "ad", "au")}


def _sqlite_search_checks(conn: Connection) -> list[str]:
    """The FTS5 index must have one row per exam and question, kept so by triggers (0004)."""
    names = {n for (n,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    missing = translate("DatabaseCheck", "search trigger {trigger} is missing (search would go stale)")
    out = [missing.format(trigger=t) for t in sorted(SEARCH_TRIGGERS - names)]
    tables = {n for (n,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for source in ("exams", "questions"):
        if f"{source}_fts" not in tables:
            out.append(
                translate("DatabaseCheck", "search index {index} is missing").format(index=f"{source}_fts")
            )
            continue
        stale = conn.exec_driver_sql(
            f"SELECT (SELECT count(*) FROM {source}) - (SELECT count(*) FROM {source}_fts)"
        ).scalar()
        if stale:
            out.append(  # a signed difference, not a count: no plural forms
                translate(
                    "DatabaseCheck", "search index {index} is out of step with {table} ({difference} rows)"
                ).format(index=f"{source}_fts", table=source, difference=f"{stale:+d}")
            )
    return out


def _postgres_checks(conn: Connection) -> list[str]:
    out: list[str] = []
    invalid = conn.execute(
        text(
            "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)"
        )
    ).scalars()
    out += [
        translate("DatabaseCheck", "index {index} is invalid (rebuild it with REINDEX)").format(index=name)
        for name in invalid
    ]
    unvalidated = conn.execute(
        text(
            "SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE n.nspname = current_schema() AND NOT c.convalidated"
        )
    ).scalars()
    out += [
        translate("DatabaseCheck", "constraint {constraint} is not validated").format(constraint=name)
        for name in unvalidated
    ]
    return out


def _schema_drift(conn: Connection) -> list[str]:
    insp = inspect(conn)
    out: list[str] = []
    present = set(insp.get_table_names())
    for table in metadata.sorted_tables:
        if table.name not in present:
            out.append(translate("DatabaseCheck", "table {table} is missing").format(table=table.name))
            continue
        columns = {c["name"] for c in insp.get_columns(table.name)}
        out += [
            translate("DatabaseCheck", "column {column} is missing").format(column=f"{table.name}.{c.name}")
            for c in table.columns
            if c.name not in columns
        ]
        indexes = {i["name"] for i in insp.get_indexes(table.name)}
        out += [
            translate("DatabaseCheck", "index {index} is missing").format(index=i.name)
            for i in table.indexes
            if i.name not in indexes
        ]
    return out


def backup(engine: Engine, location: DatabaseLocation, target: Path) -> Path:
    """A consistent copy while the app may be running (SQLite only: a server has its own tools)."""
    if location.path is None:
        raise DatabaseProblem(
            translate(
                "DatabaseProblem",
                "Backups of a PostgreSQL database are made with the server's tools (pg_dump).",
            ),
            kind="unsupported",
        )
    target = target.expanduser().resolve()
    if target == location.path:
        raise DatabaseProblem(
            translate("DatabaseProblem", "The backup cannot overwrite the database itself."),
            kind="bad-target",
        )
    if target.is_dir():
        target = target / f"examhub-backup-{location.path.stem}.db"
    engine.dispose()  # release pooled connections; the backup API reads a consistent snapshot
    return backup_sqlite(location.path, target)
