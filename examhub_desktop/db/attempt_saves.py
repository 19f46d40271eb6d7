"""The runner's save: one attempt row read under its write lock, checked, merged and written.

The runner saves on every answer change, so this is the app's hottest write, and the one
transaction whose cost a student feels. It runs one of three ways, all with the same outcome:

- SQLite: on the engine's pooled DBAPI connection with the driver's own statements.
  SQLAlchemy's Session and statement execution cost about 0.6 ms a save here, more than
  SQLite's own commit (tests/benchmarks/bench_answer_save.py: 2.9x a bare commit through the
  ORM's unit of work, 1.2x this way), and the statement is fixed, so nothing of the ORM is
  needed. The values are converted with the columns' own SQLAlchemy types (bind and result
  processors), so what is stored is what the ORM stores. The connection's events (pragmas)
  are the engine's; BEGIN IMMEDIATE takes the write lock at the start as every writing unit of
  work does (engine._sqlite_begin).
- A school server (the engine has a ticket, db/tickets.py): one call of
  `examhub_server.save_attempt`, which takes the ticket (instead of the begin event's
  use_ticket) and does the checks and the merge on the server. A new connection then runs one
  statement instead of three (use_ticket, a locking read and an update under row security),
  which took the direct-to-PostgreSQL p95 of the school benchmark from 72 to under 50 ms.
- Any other PostgreSQL: SQLAlchemy Core on a connection, the read locked FOR UPDATE.

Answers are merged per question: the stored answers of questions this save does not name
stay as they are, so two devices saving different questions never lose each other's answers,
and `expected_revision` turns the same question saved from a stale device into `changed`.

Time never comes from the window. On PostgreSQL the server's clock measures it: the elapsed
seconds grow by the server time since the stored checkpoint, which becomes the server's now.
On SQLite the caller (AttemptService) hands in what its process measured with its monotonic
clock (core/timing.AttemptTimer); the stored value is kept if it is larger. Either way a save
that arrives more than `grace_seconds` after the attempt's time limit is refused (`time-up`)
and nothing of it is written.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import bindparam, func, select, text, update

from examhub_desktop.core.exam_rules import GRACE_SECONDS
from examhub_desktop.db.engine import known_errors
from examhub_desktop.db.models import ExamAttempt
from examhub_desktop.db.tickets import TICKET_IN_STATEMENT
from examhub_desktop.db.uow import Database

Outcome = Literal["saved", "missing", "not-yours", "closed", "changed", "refused", "time-up"]


@dataclass(frozen=True)
class AttemptSave:
    """What a save changes; None leaves a value as it is."""

    attempt_id: str
    user_id: str  # the signed-in owner
    answers: Mapping[str, Any] | None = None  # question id -> stored (encoded) response
    flags: list[str] | None = None
    question_seconds: Mapping[str, float] | None = None
    expected_revision: int | None = None  # the revision this device last saw
    grace_seconds: float = GRACE_SECONDS  # the school server's function has it built in
    # SQLite only (PostgreSQL uses its own clock): the elapsed seconds this process measured
    # and when; the stored time is kept if it is larger (a clock never runs back)
    elapsed_seconds: float = 0.0
    checkpoint_at: datetime | None = None


@dataclass(frozen=True)
class SaveResult:
    outcome: Outcome
    revision: int  # after the save; the stored one when refused
    elapsed: float = 0.0  # the attempt's elapsed seconds now, as the database's clock says
    limit: int | None = None  # its time limit in seconds (None: untimed)

    @property
    def remaining(self) -> float | None:
        return None if self.limit is None else max(0.0, self.limit - self.elapsed)


def save_attempt(database: Database, save: AttemptSave) -> SaveResult:
    with known_errors(database.location):
        if database.tickets is not None:
            return _on_school_server(database, save)
        if database.location.is_sqlite:
            return _on_sqlite(database, save)
        return _on_postgresql(database, save)


def _decide(save: AttemptSave, row: Mapping[str, Any], revision: int, elapsed: float) -> Outcome | None:
    """The refusal for this row, or None when the save may be written."""
    if row["user_id"] != save.user_id:
        return "not-yours"
    if row["status"] != "in_progress":
        return "closed"
    if save.expected_revision is not None and revision != save.expected_revision:
        return "changed"
    limit = row["time_limit_seconds"]
    if limit is not None and elapsed > limit + save.grace_seconds:
        return "time-up"
    return None


def _values(
    save: AttemptSave, stored: Any, elapsed: float, checkpoint: datetime, revision: int
) -> dict[str, Any]:
    values: dict[str, Any] = {
        "elapsed_seconds": elapsed,
        "checkpoint_at": checkpoint,
        "revision": revision + 1,
    }
    if save.answers is not None:
        values["answers"] = {**dict(stored or {}), **save.answers}
    if save.flags is not None:
        values["flags"] = list(save.flags)
    if save.question_seconds is not None:
        values["question_seconds"] = dict(save.question_seconds)
    return values


# ---------------------------------------------------------------------------- SQLite

_READ_COLUMNS = ("user_id", "status", "answers", "elapsed_seconds", "revision", "time_limit_seconds")
_SQLITE_READ = f"SELECT {', '.join(_READ_COLUMNS)} FROM exam_attempts WHERE id = ?"


class _Converters:
    """The columns' SQLAlchemy type processors for one dialect, made once."""

    def __init__(self, dialect: Any) -> None:
        # dialect_impl: each type as this dialect runs it (SQLite's DATETIME text, its JSON)
        types = {c.name: c.type.dialect_impl(dialect) for c in ExamAttempt.__table__.columns}
        self.result = {name: types[name].result_processor(dialect, None) for name in _READ_COLUMNS}
        written = ("answers", "flags", "question_seconds", "elapsed_seconds", "checkpoint_at", "revision")
        self.bind = {name: types[name].bind_processor(dialect) for name in written}
        self.updates: dict[tuple[str, ...], str] = {}

    def read(self, row: tuple[Any, ...]) -> dict[str, Any]:
        out = {}
        for name, value in zip(_READ_COLUMNS, row, strict=True):
            convert = self.result[name]
            out[name] = convert(value) if convert is not None and value is not None else value
        return out

    def update(self, values: dict[str, Any]) -> tuple[str, list[Any]]:
        names = tuple(values)
        sql = self.updates.get(names)
        if sql is None:
            sets = ", ".join(f"{name} = ?" for name in names)
            sql = self.updates[names] = f"UPDATE exam_attempts SET {sets} WHERE id = ?"
        params = []
        for name in names:
            convert, value = self.bind[name], values[name]
            params.append(convert(value) if convert is not None else value)
        return sql, params


_converters: weakref.WeakKeyDictionary[Any, _Converters] = weakref.WeakKeyDictionary()  # by dialect


def _on_sqlite(database: Database, save: AttemptSave) -> SaveResult:
    dialect = database.engine.dialect
    conv = _converters.get(dialect)
    if conv is None:
        conv = _converters[dialect] = _Converters(dialect)
    pooled = database.engine.raw_connection()
    try:
        driver = pooled.driver_connection
        assert driver is not None
        driver.execute("BEGIN IMMEDIATE")
        try:
            raw = driver.execute(_SQLITE_READ, (save.attempt_id,)).fetchone()
            if raw is None:
                driver.execute("ROLLBACK")
                return SaveResult("missing", 0)
            row = conv.read(raw)
            revision = int(row["revision"] or 0)
            assert save.checkpoint_at is not None, "SQLite measures time in the process"
            elapsed = max(float(row["elapsed_seconds"] or 0.0), save.elapsed_seconds)
            limit = row["time_limit_seconds"]
            refusal = _decide(save, row, revision, elapsed)
            if refusal is not None:
                driver.execute("ROLLBACK")
                return SaveResult(refusal, revision, elapsed, limit)
            values = _values(save, row["answers"], elapsed, save.checkpoint_at, revision)
            sql, params = conv.update(values)
            driver.execute(sql, (*params, save.attempt_id))
            driver.execute("COMMIT")
            return SaveResult("saved", revision + 1, elapsed, limit)
        except BaseException:
            if driver.in_transaction:
                driver.execute("ROLLBACK")
            raise
    finally:
        pooled.close()


# ---------------------------------------------------------------------------- PostgreSQL

_PG_READ = (
    select(
        ExamAttempt.user_id,
        ExamAttempt.status,
        ExamAttempt.answers,
        ExamAttempt.elapsed_seconds,
        ExamAttempt.revision,
        ExamAttempt.time_limit_seconds,
        ExamAttempt.checkpoint_at,
        func.now().label("now"),
    )
    .where(ExamAttempt.id == bindparam("attempt_id"))
    .with_for_update()
)
_PG_WRITE = update(ExamAttempt).where(ExamAttempt.id == bindparam("attempt_id"))


def _on_postgresql(database: Database, save: AttemptSave) -> SaveResult:
    with database.engine.begin() as conn:
        row = conn.execute(_PG_READ, {"attempt_id": save.attempt_id}).one_or_none()
        if row is None:
            return SaveResult("missing", 0)
        revision = int(row.revision or 0)
        elapsed = server_elapsed(row.elapsed_seconds, row.checkpoint_at, row.now)
        refusal = _decide(save, dict(row._mapping), revision, elapsed)
        if refusal is not None:
            return SaveResult(refusal, revision, elapsed, row.time_limit_seconds)
        values = _values(save, row.answers, elapsed, row.now, revision)
        conn.execute(_PG_WRITE, {"attempt_id": save.attempt_id, **values})
        return SaveResult("saved", revision + 1, elapsed, row.time_limit_seconds)


def server_elapsed(stored: float | None, checkpoint: datetime | None, now: datetime) -> float:
    """Elapsed seconds by the server's clock: the stored ones plus the time since their checkpoint."""
    gap = 0.0 if checkpoint is None else (now - checkpoint).total_seconds()
    return float(stored or 0.0) + max(0.0, gap)


_SERVER_SAVE = text(
    "SELECT outcome, revision, elapsed, time_limit FROM examhub_server.save_attempt("
    "CAST(:ticket AS text), CAST(:attempt AS varchar), CAST(:answers AS jsonb), CAST(:flags AS json), "
    "CAST(:question_seconds AS json), CAST(:expected AS integer))"
)


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value)


def _on_school_server(database: Database, save: AttemptSave) -> SaveResult:
    assert database.tickets is not None
    params = {
        "ticket": database.tickets.secret,
        "attempt": save.attempt_id,
        "answers": _json(None if save.answers is None else dict(save.answers)),
        "flags": _json(save.flags),
        "question_seconds": _json(None if save.question_seconds is None else dict(save.question_seconds)),
        "expected": save.expected_revision,
    }
    with database.engine.connect() as conn:
        conn.execution_options(**{TICKET_IN_STATEMENT: True})  # the statement presents the ticket
        with conn.begin():
            outcome, revision, elapsed, limit = conn.execute(_SERVER_SAVE, params).one()
    return SaveResult(outcome, int(revision), float(elapsed or 0.0), limit)
