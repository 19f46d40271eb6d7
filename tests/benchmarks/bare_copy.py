"""The baseline the write benchmarks compare against: the same rows, copied with plain sqlite3.

A fresh file gets the app's schema (triggers included, so the search index costs the same)
and the app's pragmas; the rows of `tables` are read from a database the app wrote, untimed,
then inserted with executemany in one transaction, timed.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

CHUNK = 5000


def schema_of(conn: sqlite3.Connection) -> list[str]:
    """The app's DDL in creation order, without FTS5 shadow tables (their virtual table makes them)."""
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    virtual = [name for _, name, sql in rows if sql.upper().startswith("CREATE VIRTUAL TABLE")]
    return [
        sql
        for kind, name, sql in rows
        if name != "alembic_version"
        and not (kind == "table" and any(name.startswith(f"{v}_") for v in virtual))
    ]


def copy_rows(source: Path, target: Path, tables: Sequence[str], chunk: int = CHUNK) -> tuple[int, float]:
    """(rows inserted, seconds) for a bare executemany of `source`'s rows into `target`."""
    src = sqlite3.connect(source)
    data = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    columns = {t: len(src.execute(f"SELECT * FROM {t} LIMIT 1").description) for t in tables}
    ddl = schema_of(src)
    src.close()
    conn = sqlite3.connect(target, isolation_level=None)
    for pragma in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = FULL"):
        conn.execute(f"PRAGMA {pragma}")
    for statement in ddl:
        conn.execute(statement)
    started = time.perf_counter()
    conn.execute("BEGIN")
    for table in tables:
        sql = f"INSERT INTO {table} VALUES ({', '.join('?' * columns[table])})"
        rows = data[table]
        for i in range(0, len(rows), chunk):
            conn.executemany(sql, rows[i : i + chunk])
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return sum(len(rows) for rows in data.values()), seconds
