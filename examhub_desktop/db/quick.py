"""The few reads a start needs, in plain SQL over sqlite3: no SQLAlchemy, so the first window
can show while the ORM loads on the database worker.

Each read is one statement that the repositories' own code confirms later (the kept session
is signed in for real by `AuthService.resume_session`); `COUNTS_SQL` is also what a server
runs through SQLAlchemy, so both dialects count the same way.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from examhub_desktop.db.state import read_only

__all__ = ["COUNTS_SQL", "KeptAccount", "counts", "has_users", "kept_account", "read_only", "stored_utc"]

COUNTS_SQL = (
    "SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM exams),"
    " (SELECT count(*) FROM questions), (SELECT count(*) FROM exam_attempts)"
)

KEPT_SESSION_SQL = (
    "SELECT users.id, users.email, users.role, users.full_name, users.must_change_password,"
    " users.is_active, refresh_tokens.expires_at, refresh_tokens.rotated_at"
    " FROM refresh_tokens JOIN users ON users.id = refresh_tokens.user_id"
    " WHERE refresh_tokens.token = ?"
)


@dataclass(frozen=True)
class KeptAccount:
    """Whose kept session a token digest is, as far as a read can tell."""

    user_id: str
    email: str
    role: str
    full_name: str
    must_change_password: bool


def counts(path: Path) -> tuple[int, int, int, int]:
    """People, exams, questions and attempts in the SQLite file at `path`."""
    with read_only(path) as conn:
        users, exams, questions, attempts = conn.execute(COUNTS_SQL).fetchone()
    return int(users), int(exams), int(questions), int(attempts)


def has_users(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM users)").fetchone()[0])


def stored_utc(value: datetime | str | None) -> datetime | None:
    """A timestamp as the database hands it back (naive UTC, aware, or text in a seed database
    written by other software), as an aware UTC datetime; the ORM's UTCDateTime uses this too."""
    if value is None:
        return None
    stamp = datetime.fromisoformat(value) if isinstance(value, str) else value
    return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)


def kept_account(conn: sqlite3.Connection, token_digest: str, now: datetime) -> KeptAccount | None:
    """The active account a kept token (by its digest) belongs to, if the token is unused and
    unexpired; None in every other case, which the full sign-in path then sorts out."""
    row = conn.execute(KEPT_SESSION_SQL, (token_digest,)).fetchone()
    if row is None:
        return None
    user_id, email, role, full_name, must_change, active, expires_at, rotated_at = row
    expires = stored_utc(expires_at)
    if not active or rotated_at is not None or expires is None or expires <= now:
        return None
    return KeptAccount(user_id, email, role or "user", full_name or "", bool(must_change))
