"""On a school server PostgreSQL itself refuses what an account's role may not do, whatever the client.

Every case connects with raw psycopg as an account's own login role, as a student with psql
would, and checks the database's answer: 42501, or the row hidden or left alone by row-level
security. The module runs its own throw-away server whose pg_hba.conf asks every role but the
superuser for its SCRAM password (the shared test server trusts everyone), so a case also
proves that the verifier made on the client is the password PostgreSQL checks.
"""

from __future__ import annotations

import functools
import io
import secrets
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
import sqlalchemy as sa
from psycopg import errors

from examhub_desktop.db import server_access, server_sql, tickets
from examhub_desktop.db.location import DatabaseLocation, location_for
from examhub_desktop.db.models import ExamAttempt
from examhub_desktop.services import passwords, server_admin
from examhub_desktop.services.errors import ServiceError
from tests.support.pgserver import PgServer, pg_server_or_skip
from tests.support.school import open_ticket

pytestmark = pytest.mark.pg

PASSWORD = {
    "a@school.org": "Admin-Ann-Pass-4471",
    "b@school.org": "Teacher-Bob-Pass-9931",
    "s1@school.org": "Student-One-Pass-2207",
    "s2@school.org": "Student-Two-Pass-5813",
}
HBA = """\
local all postgres trust
host all postgres 127.0.0.1/32 trust
host all postgres ::1/128 trust
local all all scram-sha-256
host all all 127.0.0.1/32 scram-sha-256
host all all ::1/128 scram-sha-256
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PgServer]:
    srv = pg_server_or_skip(tmp_path_factory.mktemp("pg-scram"))
    try:
        (srv.data_dir / "pg_hba.conf").write_text(HBA)
        with srv.connect() as conn:
            conn.execute("SELECT pg_reload_conf()")
        yield srv
    finally:
        srv.stop()


def new_database(srv: PgServer) -> tuple[str, str]:
    name = f"t_{uuid.uuid4().hex[:12]}"
    return name, srv.create_database(name)


def connect(
    srv: PgServer, db: str, email: str, *, password: str | None = None, autocommit: bool = False
) -> Any:
    return psycopg.connect(
        host=srv.host,
        port=srv.port,
        dbname=db,
        user=server_access.account_role(db, email),
        password=PASSWORD[email] if password is None else password,
        autocommit=autocommit,
        connect_timeout=10,
    )


def connect_client(srv: PgServer, db: str, *, autocommit: bool = False) -> Any:
    """A connection of the shared client role, with the password every client derives."""
    return psycopg.connect(
        host=srv.host,
        port=srv.port,
        dbname=db,
        user=server_access.client_role(db),
        password=server_access.client_password(db),
        autocommit=autocommit,
        connect_timeout=10,
    )


def add_account(conn: Any, email: str, name: str, role: str = "user") -> str:
    """`server_access.create_account` with the account's password from PASSWORD; its id."""
    return server_access.create_account(
        conn,
        email=email,
        full_name=name,
        role=role,
        password=PASSWORD[email],
        argon2=passwords.hash_password(PASSWORD[email]),
    )


def owner(url: str) -> sa.Engine:
    """The database owner's engine; no pool, so no connection outlives its block."""
    return sa.create_engine(url, poolclass=sa.NullPool)


def init(url: str, admin: str = "a@school.org") -> None:
    server_admin.init(location_for(url, Path("/nonexistent")), admin, "Ann Admin", lambda: PASSWORD[admin])


@pytest.fixture(scope="module")
def world(server: PgServer) -> Iterator[dict[str, Any]]:
    """Admin A, teacher-admin B, students S1 and S2, a draft, a published and a published
    but not public exam, attempts of both students (one open, one submitted each), tokens."""
    db, url = new_database(server)
    init(url)
    engine = owner(url)
    w: dict[str, Any] = {"db": db, "url": url}
    with engine.begin() as conn:
        w["a"] = conn.execute(sa.text("SELECT id FROM users WHERE email = 'a@school.org'")).scalar_one()
        for key, email, role in (
            ("b", "b@school.org", "admin"),
            ("s1", "s1@school.org", "user"),
            ("s2", "s2@school.org", "user"),
        ):
            w[key] = add_account(conn, email, key.upper(), role)
        for key, status, public in (
            ("p", "published", True),
            ("d", "draft", False),
            ("pn", "published", False),
        ):
            w[key] = str(uuid.uuid4())
            conn.execute(
                sa.text("INSERT INTO exams (id, title, status, is_public) VALUES (:id, :t, :s, :p)"),
                {"id": w[key], "t": f"Exam {key}", "s": status, "p": public},
            )
            for n in range(3):
                w[f"q_{key}"] = str(uuid.uuid4())
                conn.execute(
                    sa.text(
                        "INSERT INTO questions (id, exam_id, question_text, options, correct_answer) "
                        "VALUES (:id, :e, :t, '{}', 'A')"
                    ),
                    {"id": w[f"q_{key}"], "e": w[key], "t": f"Question {n}"},
                )
        for who in ("s1", "s2"):
            for state in ("open", "done"):
                w[f"{who}_{state}"] = str(uuid.uuid4())
                conn.execute(
                    sa.text(
                        "INSERT INTO exam_attempts (id, user_id, exam_id, status) VALUES (:id, :u, :e, :s)"
                    ),
                    {
                        "id": w[f"{who}_{state}"],
                        "u": w[who],
                        "e": w["p"],
                        "s": "in_progress" if state == "open" else "submitted",
                    },
                )
        for who in ("s1", "s2", "b"):
            for table, prefix in (("refresh_tokens", "t"), ("email_verification_tokens", "v")):
                w[f"{prefix}_{who}"] = str(uuid.uuid4())
                conn.execute(
                    sa.text(
                        f"INSERT INTO {table} (id, user_id, token, expires_at) VALUES (:id, :u, :t, now() + interval '1 day')"
                    ),
                    {"id": w[f"{prefix}_{who}"], "u": w[who], "t": uuid.uuid4().hex},
                )
            w[f"e_{who}"] = f"{who}@school.org"
            conn.execute(
                sa.text("INSERT INTO login_throttle (email, failures) VALUES (:e, 2)"), {"e": w[f"e_{who}"]}
            )
    engine.dispose()
    w["conn"] = {
        "student": connect(server, db, "s1@school.org"),
        "admin": connect(server, db, "b@school.org"),
    }
    # The same two accounts on the shared client role, each with a ticket its login role opened.
    w["ticket"] = {who: open_ticket(conn) for who, conn in w["conn"].items()}
    w["conn"]["client"] = connect_client(server, db)
    yield w
    for c in w["conn"].values():
        c.close()
    server.drop_database(db)


DENIED = "denied"
NEW = "gen_random_uuid()::text"
# (who, table, what is tried, SQL, expected): an int is the count selected or rows changed.
MATRIX: list[tuple[str, str, str, str, int | str]] = [
    ("student", "users", "select own row", "SELECT count(*) FROM users WHERE id = %(s1)s", 1),
    ("student", "users", "select every row", "SELECT count(*) FROM users", 1),
    ("student", "users", "select another user", "SELECT count(*) FROM users WHERE id = %(s2)s", 0),
    (
        "student",
        "users",
        "insert",
        f"INSERT INTO users (id, email, hashed_password) VALUES ({NEW}, 'x@x.org', 'h')",
        DENIED,
    ),
    ("student", "users", "update own role", "UPDATE users SET role = 'admin' WHERE id = %(s1)s", DENIED),
    ("student", "users", "delete another user", "DELETE FROM users WHERE id = %(s2)s", DENIED),
    ("student", "exams", "select published public", "SELECT count(*) FROM exams WHERE id = %(p)s", 1),
    ("student", "exams", "select draft", "SELECT count(*) FROM exams WHERE id = %(d)s", 0),
    ("student", "exams", "select published not public", "SELECT count(*) FROM exams WHERE id = %(pn)s", 0),
    ("student", "exams", "insert", f"INSERT INTO exams (id, title) VALUES ({NEW}, 'mine')", DENIED),
    ("student", "exams", "update published", "UPDATE exams SET title = 'x' WHERE id = %(p)s", DENIED),
    ("student", "exams", "delete published", "DELETE FROM exams WHERE id = %(p)s", DENIED),
    (
        "student",
        "questions",
        "select of published exam",
        "SELECT count(*) FROM questions WHERE exam_id = %(p)s",
        3,
    ),
    ("student", "questions", "select of draft", "SELECT count(*) FROM questions WHERE exam_id = %(d)s", 0),
    ("student", "questions", "select every row", "SELECT count(*) FROM questions", 3),
    (
        "student",
        "questions",
        "insert",
        f"INSERT INTO questions (id, exam_id, question_text, options, correct_answer) VALUES ({NEW}, %(p)s, 'q', '{{}}', 'A')",
        DENIED,
    ),
    (
        "student",
        "questions",
        "update",
        "UPDATE questions SET correct_answer = 'B' WHERE exam_id = %(p)s",
        DENIED,
    ),
    ("student", "questions", "delete", "DELETE FROM questions WHERE exam_id = %(p)s", DENIED),
    (
        "student",
        "exam_attempts",
        "select own",
        "SELECT count(*) FROM exam_attempts WHERE user_id = %(s1)s",
        2,
    ),
    (
        "student",
        "exam_attempts",
        "select another student's",
        "SELECT count(*) FROM exam_attempts WHERE user_id = %(s2)s",
        0,
    ),
    ("student", "exam_attempts", "select every row", "SELECT count(*) FROM exam_attempts", 2),
    (
        "student",
        "exam_attempts",
        "insert own on published",
        f"INSERT INTO exam_attempts (id, user_id, exam_id, status) VALUES ({NEW}, %(s1)s, %(p)s, 'in_progress')",
        1,
    ),
    (
        "student",
        "exam_attempts",
        "insert own on draft",
        f"INSERT INTO exam_attempts (id, user_id, exam_id) VALUES ({NEW}, %(s1)s, %(d)s)",
        DENIED,
    ),
    (
        "student",
        "exam_attempts",
        "insert for another student",
        f"INSERT INTO exam_attempts (id, user_id, exam_id) VALUES ({NEW}, %(s2)s, %(p)s)",
        DENIED,
    ),
    (
        "student",
        "exam_attempts",
        "update own in progress",
        "UPDATE exam_attempts SET answers = '{}' WHERE id = %(s1_open)s",
        1,
    ),
    (
        "student",
        "exam_attempts",
        "update own submitted",
        "UPDATE exam_attempts SET score = 100 WHERE id = %(s1_done)s",
        0,
    ),
    (
        "student",
        "exam_attempts",
        "update another student's",
        "UPDATE exam_attempts SET answers = NULL WHERE user_id = %(s2)s",
        0,
    ),
    (
        "student",
        "exam_attempts",
        "give own attempt away",
        "UPDATE exam_attempts SET user_id = %(s2)s WHERE id = %(s1_open)s",
        DENIED,
    ),
    ("student", "exam_attempts", "delete own", "DELETE FROM exam_attempts WHERE id = %(s1_open)s", DENIED),
    (
        "student",
        "exam_attempts",
        "insert own already scored",
        f"INSERT INTO exam_attempts (id, user_id, exam_id, status, score) VALUES ({NEW}, %(s1)s, %(p)s, 'submitted', 100)",
        DENIED,
    ),
    (
        "student",
        "exam_attempts",
        "insert own exam with a time limit the exam does not set (the server sets its own)",
        f"INSERT INTO exam_attempts (id, user_id, exam_id, status, time_limit_seconds) "
        f"VALUES ({NEW}, %(s1)s, %(p)s, 'in_progress', 99999)",
        1,
    ),
    (
        "student",
        "exam_attempts",
        "lengthen own time limit",
        "UPDATE exam_attempts SET time_limit_seconds = 999999 WHERE id = %(s1_open)s",
        DENIED,
    ),
    (
        "student",
        "exam_attempts",
        "switch own attempt to practice",
        "UPDATE exam_attempts SET mode = 'practice' WHERE id = %(s1_open)s",
        DENIED,
    ),
    (
        "student",
        "refresh_tokens",
        "select own",
        "SELECT count(*) FROM refresh_tokens WHERE user_id = %(s1)s",
        1,
    ),
    (
        "student",
        "refresh_tokens",
        "select another's",
        "SELECT count(*) FROM refresh_tokens WHERE user_id <> %(s1)s",
        0,
    ),
    (
        "student",
        "refresh_tokens",
        "insert own",
        f"INSERT INTO refresh_tokens (id, user_id, token, expires_at) VALUES ({NEW}, %(s1)s, {NEW}, now())",
        1,
    ),
    (
        "student",
        "refresh_tokens",
        "insert another's",
        f"INSERT INTO refresh_tokens (id, user_id, token, expires_at) VALUES ({NEW}, %(s2)s, {NEW}, now())",
        DENIED,
    ),
    (
        "student",
        "refresh_tokens",
        "update another's",
        "UPDATE refresh_tokens SET rotated_at = now() WHERE id = %(t_s2)s",
        0,
    ),
    ("student", "refresh_tokens", "delete own", "DELETE FROM refresh_tokens WHERE id = %(t_s1)s", 1),
    ("student", "refresh_tokens", "delete another's", "DELETE FROM refresh_tokens WHERE id = %(t_s2)s", 0),
    (
        "student",
        "email_verification_tokens",
        "select own",
        "SELECT count(*) FROM email_verification_tokens WHERE id = %(v_s1)s",
        1,
    ),
    (
        "student",
        "email_verification_tokens",
        "select another's",
        "SELECT count(*) FROM email_verification_tokens WHERE id = %(v_s2)s",
        0,
    ),
    (
        "student",
        "email_verification_tokens",
        "insert another's",
        f"INSERT INTO email_verification_tokens (id, user_id, token, expires_at) VALUES ({NEW}, %(s2)s, {NEW}, now())",
        DENIED,
    ),
    (
        "student",
        "email_verification_tokens",
        "update another's",
        "UPDATE email_verification_tokens SET expires_at = now() WHERE id = %(v_s2)s",
        DENIED,
    ),
    (
        "student",
        "email_verification_tokens",
        "delete another's",
        "DELETE FROM email_verification_tokens WHERE id = %(v_s2)s",
        0,
    ),
    (
        "student",
        "login_throttle",
        "select own",
        "SELECT count(*) FROM login_throttle WHERE email = %(e_s1)s",
        1,
    ),
    (
        "student",
        "login_throttle",
        "select another's",
        "SELECT count(*) FROM login_throttle WHERE email = %(e_s2)s",
        0,
    ),
    (
        "student",
        "login_throttle",
        "insert another's",
        "INSERT INTO login_throttle (email, failures) VALUES ('a@school.org', 99)",
        DENIED,
    ),
    (
        "student",
        "login_throttle",
        "update another's",
        "UPDATE login_throttle SET failures = 0 WHERE email = %(e_s2)s",
        0,
    ),
    ("student", "login_throttle", "delete own", "DELETE FROM login_throttle WHERE email = %(e_s1)s", 1),
    ("student", "login_throttle", "delete another's", "DELETE FROM login_throttle WHERE email = %(e_s2)s", 0),
    ("student", "app_meta", "select", "SELECT count(*) FROM app_meta WHERE key = 'app_version'", 1),
    ("student", "app_meta", "insert", "INSERT INTO app_meta (key, value) VALUES ('k', 'v')", DENIED),
    ("student", "app_meta", "update", "UPDATE app_meta SET value = 'x'", DENIED),
    ("student", "app_meta", "delete", "DELETE FROM app_meta", DENIED),
    ("student", "alembic_version", "select", "SELECT count(*) FROM alembic_version", 1),
    ("student", "alembic_version", "insert", "INSERT INTO alembic_version VALUES ('x')", DENIED),
    ("student", "alembic_version", "update", "UPDATE alembic_version SET version_num = 'x'", DENIED),
    ("student", "alembic_version", "delete", "DELETE FROM alembic_version", DENIED),
    ("student", "examhub_server.accounts", "select", "SELECT count(*) FROM examhub_server.accounts", DENIED),
    ("admin", "users", "select every row", "SELECT count(*) FROM users", 4),
    (
        "admin",
        "users",
        "select the columns the app lists",
        "SELECT count(email) + count(role) + count(is_active) FROM users",
        12,
    ),
    ("admin", "users", "select hashed_password", "SELECT count(hashed_password) FROM users", DENIED),
    (
        "admin",
        "users",
        "select password_reset_token",
        "SELECT count(password_reset_token) FROM users",
        DENIED,
    ),
    (
        "admin",
        "users",
        "select email_verification_token",
        "SELECT count(email_verification_token) FROM users",
        DENIED,
    ),
    ("admin", "users", "select *", "SELECT * FROM users", DENIED),
    (
        "admin",
        "users",
        "insert",
        f"INSERT INTO users (id, email, hashed_password) VALUES ({NEW}, 'x@x.org', 'h')",
        DENIED,
    ),
    ("admin", "users", "update a role directly", "UPDATE users SET role = 'admin' WHERE id = %(s1)s", DENIED),
    ("admin", "users", "delete directly", "DELETE FROM users WHERE id = %(s2)s", DENIED),
    ("admin", "exams", "select every row", "SELECT count(*) FROM exams", 3),
    ("admin", "exams", "insert", f"INSERT INTO exams (id, title) VALUES ({NEW}, 'new')", 1),
    ("admin", "exams", "update draft", "UPDATE exams SET title = 'x' WHERE id = %(d)s", 1),
    ("admin", "exams", "delete draft", "DELETE FROM exams WHERE id = %(d)s", 1),
    ("admin", "questions", "select every row", "SELECT count(*) FROM questions", 9),
    (
        "admin",
        "questions",
        "insert",
        f"INSERT INTO questions (id, exam_id, question_text, options, correct_answer) VALUES ({NEW}, %(d)s, 'q', '{{}}', 'A')",
        1,
    ),
    ("admin", "questions", "update", "UPDATE questions SET correct_answer = 'B' WHERE exam_id = %(d)s", 3),
    ("admin", "questions", "delete", "DELETE FROM questions WHERE exam_id = %(d)s", 3),
    ("admin", "exam_attempts", "select every student's", "SELECT count(*) FROM exam_attempts", 4),
    (
        "admin",
        "exam_attempts",
        "insert",
        f"INSERT INTO exam_attempts (id, user_id, exam_id) VALUES ({NEW}, %(b)s, %(d)s)",
        1,
    ),
    (
        "admin",
        "exam_attempts",
        "update a submitted attempt",
        "UPDATE exam_attempts SET score = 50 WHERE id = %(s1_done)s",
        1,
    ),
    ("admin", "exam_attempts", "delete a student's", "DELETE FROM exam_attempts WHERE id = %(s2_done)s", 1),
    ("admin", "refresh_tokens", "select own", "SELECT count(*) FROM refresh_tokens WHERE id = %(t_b)s", 1),
    (
        "admin",
        "refresh_tokens",
        "select a student's",
        "SELECT count(*) FROM refresh_tokens WHERE id = %(t_s1)s",
        0,
    ),
    ("admin", "refresh_tokens", "delete a student's", "DELETE FROM refresh_tokens WHERE id = %(t_s1)s", 0),
    (
        "admin",
        "email_verification_tokens",
        "select a student's",
        "SELECT count(*) FROM email_verification_tokens WHERE id = %(v_s1)s",
        0,
    ),
    (
        "admin",
        "login_throttle",
        "select a student's",
        "SELECT count(*) FROM login_throttle WHERE email = %(e_s1)s",
        0,
    ),
    ("admin", "login_throttle", "delete a student's", "DELETE FROM login_throttle WHERE email = %(e_s1)s", 0),
    ("admin", "app_meta", "insert", "INSERT INTO app_meta (key, value) VALUES ('k', 'v')", 1),
    ("admin", "app_meta", "update", "UPDATE app_meta SET value = 'x' WHERE key = 'app_version'", 1),
    ("admin", "app_meta", "delete", "DELETE FROM app_meta WHERE key = 'app_version'", 1),
    ("admin", "alembic_version", "select", "SELECT count(*) FROM alembic_version", 1),
    ("admin", "alembic_version", "update", "UPDATE alembic_version SET version_num = 'x'", DENIED),
    ("admin", "examhub_server.accounts", "select", "SELECT count(*) FROM examhub_server.accounts", DENIED),
]


def run_case(conn: Any, sql: str, params: dict[str, Any], ticket: str | None = None) -> int | str:
    """The count selected or rows changed, or DENIED on 42501; always rolled back."""
    try:
        with conn.cursor() as cur:
            if ticket is not None:
                cur.execute(tickets.USE_TICKET, (ticket,))
            cur.execute(sql, params)
            if cur.description is not None and sql.lstrip().upper().startswith("SELECT COUNT"):
                return int(cur.fetchone()[0])
            return cur.rowcount
    except errors.InsufficientPrivilege:
        return DENIED
    finally:
        conn.rollback()


@pytest.mark.parametrize(
    ("who", "table", "what", "sql", "expected"),
    MATRIX,
    ids=[f"{who}|{table}|{what}" for who, table, what, _, _ in MATRIX],
)
@pytest.mark.parametrize("transport", ["login", "ticket"])
def test_role_matrix(
    world: dict[str, Any], transport: str, who: str, table: str, what: str, sql: str, expected: int | str
) -> None:
    """Each account's rights are the same on its own login role and on the shared client role
    with its ticket; only the form of a refusal may differ there: the client role holds the
    union of the grants, so an UPDATE or DELETE of rows the policies hide changes 0 rows
    instead of being refused."""
    params = {k: v for k, v in world.items() if isinstance(v, str)}
    if transport == "login":
        assert run_case(world["conn"][who], sql, params) == expected
        return
    got = run_case(world["conn"]["client"], sql, params, world["ticket"][who])
    hidden = sql.lstrip().upper().startswith(("UPDATE", "DELETE"))
    assert got == expected or (expected == DENIED and hidden and got == 0), got


SAVE = (
    "SELECT outcome, revision FROM examhub_server.save_attempt("
    "%(ticket)s, %(attempt)s, %(answers)s::jsonb, NULL, NULL, %(expected)s)"
)


def save_call(conn: Any, ticket: str | None, before: str | None = None, **params: Any) -> tuple[Any, ...]:
    """save_attempt's (outcome, revision), then the row's (answers, revision); all rolled back.
    The ticket goes in the call itself, as the app sends it, after use_ticket if `before` needs
    one too."""
    try:
        with conn.cursor() as cur:
            if before is not None:
                if ticket is not None:
                    cur.execute(tickets.USE_TICKET, (ticket,))
                cur.execute(before, params)
            got = cur.execute(SAVE, {"expected": None, "ticket": ticket, **params}).fetchone()
            row = cur.execute(
                "SELECT answers::jsonb, revision FROM exam_attempts WHERE id = %(attempt)s", params
            ).fetchone()
            return (*got, *(row or (None, None)))
    finally:
        conn.rollback()


@pytest.mark.parametrize("transport", ["login", "ticket"])
def test_the_save_function_keeps_to_the_attempt_rules(world: dict[str, Any], transport: str) -> None:
    """examhub_server.save_attempt runs as its definer (past row security), so it must refuse
    what the update policy refuses: another student's attempt (as if it did not exist), a
    submitted one, and a stale revision; and it merges answers per question."""

    def call(who: str, before: str | None = None, **params: Any) -> tuple[Any, ...]:
        if transport == "login":
            return save_call(world["conn"][who], None, before, **params)
        return save_call(world["conn"]["client"], world["ticket"][who], before, **params)

    s1_open, s2_open = world["s1_open"], world["s2_open"]
    earlier = "UPDATE exam_attempts SET answers = '{\"q1\": 1}', revision = 7 WHERE id = %(attempt)s"
    outcome, revision, answers, stored_revision = call(
        "student", earlier, attempt=s1_open, answers='{"q2": 2}'
    )
    assert (outcome, revision, answers, stored_revision) == ("saved", 8, {"q1": 1, "q2": 2}, 8)
    assert call("student", earlier, attempt=s1_open, answers='{"q2": 3}', expected=6)[:3] == (
        "changed",
        7,
        {"q1": 1},
    )
    assert call("student", attempt=s2_open, answers='{"q1": 0}')[0] == "missing"
    assert call("student", attempt=world["s1_done"], answers='{"q1": 0}')[0] == "closed"
    assert call("student", attempt=str(uuid.uuid4()), answers="{}")[0] == "missing"
    assert call("admin", attempt=s2_open, answers='{"q1": 0}')[:3] == ("not-yours", 0, None)
    if transport == "ticket":  # the client role without a ticket is nobody; a made-up one ends
        assert save_call(world["conn"]["client"], None, attempt=s1_open, answers="{}")[0] == "missing"
        with pytest.raises(errors.InvalidAuthorizationSpecification) as ended:
            save_call(world["conn"]["client"], "made-up", attempt=s1_open, answers="{}")
        assert ended.value.diag.message_detail == "ticket-ended"


def test_the_save_function_refuses_an_attempt_of_an_exam_no_longer_open(
    world: dict[str, Any], server: PgServer
) -> None:
    """The update policy lets a student write only attempts of exams they may take; the
    function keeps that rule for an exam taken back to draft during the attempt."""
    with server.connect(world["db"]) as owner_conn:
        owner_conn.execute("UPDATE exams SET status = 'draft' WHERE id = %s", (world["p"],))
    try:
        for conn, ticket in (
            (world["conn"]["student"], None),
            (world["conn"]["client"], world["ticket"]["student"]),
        ):
            assert save_call(conn, ticket, attempt=world["s1_open"], answers='{"q1": 0}')[:3] == (
                "refused",
                0,
                None,
            )
    finally:
        with server.connect(world["db"]) as owner_conn:
            owner_conn.execute("UPDATE exams SET status = 'published' WHERE id = %s", (world["p"],))


FIXED_ATTEMPT_COLUMNS = [
    c.name for c in ExamAttempt.__table__.columns if c.name not in server_sql.RUNNER_COLUMNS
]


@pytest.mark.parametrize("column", FIXED_ATTEMPT_COLUMNS)
def test_a_student_on_the_client_role_changes_no_fixed_column_of_an_attempt(
    world: dict[str, Any], column: str
) -> None:
    """The runner_only trigger's WHEN clause names every column but the runner's."""
    value = {"layout": "'{}'::json", "manual_marks": "'{}'::json"}.get(column, f"{column}")
    sql = f"UPDATE exam_attempts SET {column} = NULL WHERE id = %(s1_open)s"
    if column == "id":
        sql = "UPDATE exam_attempts SET id = gen_random_uuid()::text WHERE id = %(s1_open)s"
    elif column in ("mode",):
        sql = "UPDATE exam_attempts SET mode = 'practice' WHERE id = %(s1_open)s"
    elif value != column:
        sql = f"UPDATE exam_attempts SET {column} = {value} WHERE id = %(s1_open)s"
    elif column == "exam_title":
        sql = "UPDATE exam_attempts SET exam_title = 'Renamed' WHERE id = %(s1_open)s"
    elif column in ("order_seed", "time_limit_seconds"):
        sql = f"UPDATE exam_attempts SET {column} = 12345 WHERE id = %(s1_open)s"
    elif column in ("start_time", "created_at"):
        sql = f"UPDATE exam_attempts SET {column} = now() - interval '3 days' WHERE id = %(s1_open)s"
    params = {k: v for k, v in world.items() if isinstance(v, str)}
    got = run_case(world["conn"]["client"], sql, params, world["ticket"]["student"])
    assert got == DENIED, (column, got)


def test_role_names_match_on_client_and_server(world: dict[str, Any]) -> None:
    db = world["db"]
    with world["conn"]["student"].cursor() as cur:
        cur.execute("SELECT examhub_server.role_name_for(%s), session_user", ("  S1@School.ORG ",))
        on_server, me = cur.fetchone()
    world["conn"]["student"].rollback()
    assert on_server == me == server_access.account_role(db, "s1@school.org")
    assert me.startswith(server_access.role_prefix(db) + "_u_") and len(me) <= 63


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT examhub_server.create_account('x@school.org', 'X', 'admin', %(scram)s, %(argon2)s, false)",
        "SELECT examhub_server.set_role(%(s1)s, 'admin')",
        "SELECT examhub_server.set_active(%(s2)s, false)",
        "SELECT examhub_server.set_password(%(s2)s, %(scram)s, %(argon2)s, false)",
        "SELECT examhub_server.delete_account(%(s2)s)",
        "SELECT examhub_server.attach_role(%(s2)s)",
        "SET ROLE %(admin_group)s",
        "SET ROLE %(admin_role)s",
        "SET SESSION AUTHORIZATION postgres",
        "CREATE TABLE public.mine (x int)",
        "CREATE TEMP TABLE mine (x int)",
        "SELECT count(rolpassword) FROM pg_authid",
    ],
)
def test_a_student_is_refused(world: dict[str, Any], sql: str) -> None:
    conn = world["conn"]["student"]
    params = {k: v for k, v in world.items() if isinstance(v, str)}
    params["scram"] = _verifier(conn, "Whatever-Pass-1234")
    params["argon2"] = "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA"
    params["admin_group"] = server_access.admin_group(world["db"])
    params["admin_role"] = server_access.account_role(world["db"], "a@school.org")
    for name in ("admin_group", "admin_role"):
        sql = sql.replace(f"%({name})s", f'"{params[name]}"')
    assert run_case(conn, sql, params) == DENIED


def _verifier(conn: Any, password: str) -> str:
    return bytes(conn.pgconn.encrypt_password(password.encode(), b"", b"scram-sha-256")).decode()


def test_set_role_to_the_group_gives_nothing_more(world: dict[str, Any]) -> None:
    """Policies key on session_user, which SET ROLE does not change."""
    conn = world["conn"]["student"]
    try:
        with conn.cursor() as cur:
            cur.execute(f'SET ROLE "{server_access.student_group(world["db"])}"')
            cur.execute("SELECT current_user <> session_user, examhub_server.uid()")
            assert cur.fetchone() == (True, world["s1"])
            cur.execute("SELECT count(*) FROM exam_attempts")
            assert cur.fetchone()[0] == 2
            cur.execute("SELECT count(*) FROM users")
            assert cur.fetchone()[0] == 1
    finally:
        conn.rollback()


def test_an_account_may_change_its_own_password_and_sign_in(world: dict[str, Any], server: PgServer) -> None:
    conn = world["conn"]["student"]
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT examhub_server.signed_in()")
            cur.execute(
                "SELECT examhub_server.set_password(%s, %s, %s, false)",
                (
                    world["s1"],
                    _verifier(conn, "A-New-Secret-5521"),
                    passwords.hash_password("A-New-Secret-5521"),
                ),
            )
    finally:
        conn.rollback()  # the new password never took effect; the next check is on the old one
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        connect(server, world["db"], "s1@school.org", password="A-New-Secret-5521")
    connect(server, world["db"], "s1@school.org").close()


def test_the_functions_refuse_what_is_not_a_verifier(server: PgServer) -> None:
    db, url = new_database(server)
    try:
        init(url)
        with connect(server, db, "a@school.org") as conn, conn.cursor() as cur:
            for scram in ("plain-password", "md5" + "0" * 32, ""):
                with pytest.raises(errors.RaiseException) as refused:
                    cur.execute(
                        "SELECT examhub_server.create_account('x@school.org', 'X', 'user', %s, %s, false)",
                        (scram, passwords.hash_password("x")),
                    )
                assert refused.value.diag.message_detail == "bad-verifier"
                conn.rollback()
    finally:
        server.drop_database(db)


def test_sql_injection_through_email_and_name_is_harmless(server: PgServer) -> None:
    db, url = new_database(server)
    try:
        init(url)
        with connect(server, db, "a@school.org") as conn, conn.cursor() as cur:
            scram, argon2 = _verifier(conn, "Some-Pass-8812"), passwords.hash_password("Some-Pass-8812")
            with pytest.raises(errors.RaiseException) as refused:
                cur.execute(
                    "SELECT examhub_server.create_account(%s, 'X', 'user', %s, %s, false)",
                    ("x'); DROP TABLE users; --@school.org", scram, argon2),
                )
            assert refused.value.diag.message_detail == "bad-email"
            conn.rollback()
            name = "Robert'); DROP ROLE postgres; DROP TABLE users; --\"%I"
            cur.execute(
                "SELECT examhub_server.create_account(%s, %s, 'user', %s, %s, false)",
                ("o'brien+%I@school.org", name, scram, argon2),
            )
            conn.commit()
            cur.execute("SELECT email, full_name FROM users WHERE email LIKE 'o%%'")
            assert cur.fetchone() == ("o'brien+%i@school.org", name)
        connect(server, db, "o'brien+%I@school.org", password="Some-Pass-8812").close()
        with server.connect(db) as su:
            assert su.execute("SELECT count(*) FROM users").fetchone()[0] == 2
            assert su.execute("SELECT count(*) FROM pg_roles WHERE rolname = 'postgres'").fetchone()[0] == 1
    finally:
        server.drop_database(db)


def test_a_deactivated_account_cannot_connect_and_its_open_session_sees_nothing(server: PgServer) -> None:
    db, url = new_database(server)
    try:
        init(url)
        with owner(url).begin() as conn:
            s1 = add_account(conn, "s1@school.org", "S1")
            conn.execute(
                sa.text(
                    "INSERT INTO refresh_tokens (id, user_id, token, expires_at) VALUES ('t1', :u, 'x', now())"
                ),
                {"u": s1},
            )
        still_open = connect(server, db, "s1@school.org", autocommit=True)
        with connect(server, db, "a@school.org", autocommit=True) as admin:
            admin.execute("SELECT examhub_server.set_active(%s, false)", (s1,))
        with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
            connect(server, db, "s1@school.org")
        assert still_open.execute("SELECT examhub_server.uid(), count(*) FROM users").fetchone() == (None, 0)
        still_open.close()
        with server.connect(db) as su:
            assert su.execute("SELECT count(*) FROM refresh_tokens").fetchone()[0] == 0
        with connect(server, db, "a@school.org", autocommit=True) as admin:
            admin.execute("SELECT examhub_server.set_active(%s, true)", (s1,))
        connect(server, db, "s1@school.org").close()
    finally:
        server.drop_database(db)


def test_a_wrong_password_is_refused_by_postgresql(world: dict[str, Any], server: PgServer) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        connect(server, world["db"], "s1@school.org", password="Student-Two-Pass-5813")


RACE_ROUNDS = 100
RACES = {
    "demote": "SELECT examhub_server.set_role(%s, 'user')",
    "deactivate": "SELECT examhub_server.set_active(%s, false)",
    "delete": "SELECT examhub_server.delete_account(%s)",
}


def at_once(*actions: Callable[[], str]) -> list[str]:
    """Run the actions in threads released together; what each returned."""
    barrier = threading.Barrier(len(actions))
    results = [""] * len(actions)

    def run(i: int) -> None:
        barrier.wait()
        results[i] = actions[i]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(actions))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def end_admin(conn: Any, sql: str, target: str) -> str:
    try:
        conn.execute(sql, (target,))
    except (errors.InsufficientPrivilege, errors.RaiseException) as exc:
        return type(exc).__name__
    except errors.UndefinedObject as exc:  # the loser's own role was dropped under it
        return "own role dropped" if "invalid role OID" in str(exc) else repr(exc)
    return "won"


def test_two_admins_racing_never_leave_zero_admins(server: PgServer) -> None:
    """Each round the only two administrators turn on each other at the same instant, with
    one of the three changes that can end an administrator; exactly one of them wins. (The
    loser is no administrator any more when its turn comes, so it is refused with 42501; a
    deleted loser's session fails on its dropped role.)"""
    db, url = new_database(server)
    emails = ("a@school.org", "b@school.org")
    engine = owner(url)
    try:
        init(url)
        hashes = {e: passwords.hash_password(PASSWORD[e]) for e in emails}
        outcomes: dict[str, int] = {}
        for round_ in range(RACE_ROUNDS):
            kind = list(RACES)[round_ % len(RACES)]
            with engine.begin() as conn:  # both administrators again, whatever the last round did
                ids = {str(e): str(i) for e, i in conn.execute(sa.text("SELECT email, id FROM users"))}
                for email in emails:
                    if email not in ids:
                        ids[email] = server_access.create_account(
                            conn,
                            email=email,
                            full_name="",
                            role="admin",
                            password=PASSWORD[email],
                            argon2=hashes[email],
                        )
                    conn.execute(sa.text("SELECT examhub_server.set_role(:id, 'admin')"), {"id": ids[email]})
                    conn.execute(sa.text("SELECT examhub_server.set_active(:id, true)"), {"id": ids[email]})
            conns = [connect(server, db, e, autocommit=True) for e in emails]
            try:
                results = at_once(
                    functools.partial(end_admin, conns[0], RACES[kind], ids[emails[1]]),
                    functools.partial(end_admin, conns[1], RACES[kind], ids[emails[0]]),
                )
            finally:
                for c in conns:
                    c.close()
            with engine.connect() as conn:
                admins = conn.execute(
                    sa.text("SELECT count(*) FROM users WHERE role = 'admin' AND is_active")
                ).scalar_one()
            assert admins == 1, (round_, kind, results)
            assert results.count("won") == 1, (round_, kind, results)
            for r in results:
                outcomes[r] = outcomes.get(r, 0) + 1
        print(f"admin races: {RACE_ROUNDS} rounds, outcomes {outcomes}")
    finally:
        engine.dispose()
        server.drop_database(db)


@pytest.mark.parametrize("sql", list(RACES.values()), ids=list(RACES))
def test_the_last_admin_cannot_end_itself(server: PgServer, sql: str) -> None:
    db, url = new_database(server)
    try:
        init(url)
        with connect(server, db, "a@school.org", autocommit=True) as conn:
            me = conn.execute("SELECT examhub_server.uid()").fetchone()[0]
            with pytest.raises(errors.RaiseException, match="last active administrator") as refused:
                conn.execute(sql, (me,))
            assert refused.value.diag.message_detail == "last-admin"
            assert conn.execute("SELECT examhub_server.is_admin()").fetchone()[0] is True
    finally:
        server.drop_database(db)


def run_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], url: str, *args: str, stdin: str = ""
) -> tuple[int, str, str]:
    from examhub_desktop import cli

    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(["--database-url", url, "server", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_server_init_status_upgrade_on_the_command_line(
    server: PgServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db, url = new_database(server)
    try:
        code, out, _ = run_cli(monkeypatch, capsys, url, "status")
        assert code == 1 and "access control: missing" in out and "revision: none" in out
        code, out, err = run_cli(
            monkeypatch,
            capsys,
            url,
            "init",
            "--admin",
            "Boss@School.org",
            "--name",
            "Boss",
            stdin="Correct-Horse-77-battery\n",
        )
        assert code == 0, err
        assert "created the administrator boss@school.org" in out
        code, out, _ = run_cli(monkeypatch, capsys, url, "status")
        assert code == 0
        assert (
            f"access control: version {server_access.ACCESS_VERSION} (current)" in out
            and "accounts: 1 admin" in out
        )
        assert "idle_session_timeout: 5min" in out and "max_connections 100" in out
        connect_as_boss = psycopg.connect(
            host=server.host,
            port=server.port,
            dbname=db,
            user=server_access.account_role(db, "boss@school.org"),
            password="Correct-Horse-77-battery",
        )
        assert connect_as_boss.execute("SHOW idle_session_timeout").fetchone()[0] == "5min"
        connect_as_boss.rollback()
        open_ticket(connect_as_boss)
        open_ticket(connect_as_boss)  # two devices of one account
        connect_as_boss.close()
        code, out, _ = run_cli(monkeypatch, capsys, url, "status")
        assert code == 0 and "signed-in devices: 2 (accounts: 1)" in out, out

        code, _, err = run_cli(
            monkeypatch,
            capsys,
            url,
            "init",
            "--admin",
            "other@school.org",
            stdin="Correct-Horse-77-battery\n",
        )
        assert code == 2 and "already has an administrator (boss@school.org)" in err and "--as" in err
        code, out, _ = run_cli(monkeypatch, capsys, url, "init", "--admin", "boss@school.org")
        assert code == 0 and "already an administrator; nothing changed" in out
        code, out, _ = run_cli(monkeypatch, capsys, url, "upgrade")
        assert code == 0 and "access control installed" in out

        with server.connect(db) as su:  # an older install: status says what to do
            su.execute(
                "CREATE OR REPLACE FUNCTION examhub_server.access_version() RETURNS integer LANGUAGE sql AS 'SELECT 0'"
            )
        code, out, _ = run_cli(monkeypatch, capsys, url, "status")
        assert code == 1 and "behind: run 'examhub server upgrade'" in out
        assert run_cli(monkeypatch, capsys, url, "upgrade")[0] == 0
        assert run_cli(monkeypatch, capsys, url, "status")[0] == 0

        from examhub_desktop.services.app import open_app

        ctx = open_app(
            Path(tempfile.mkdtemp()), url
        )  # `db check` sees public exactly as the migrations made it
        try:
            assert ctx.check() == []
        finally:
            ctx.close()
    finally:
        server.drop_database(db)


def test_server_init_refuses_sqlite_and_a_weak_password(
    server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(monkeypatch, capsys, f"sqlite:///{tmp_path / 'x.db'}", "init")
    assert code == 2 and "SQLite file" in err
    db, url = new_database(server)
    try:
        code, _, err = run_cli(
            monkeypatch, capsys, url, "init", "--admin", "boss@school.org", stdin="123456\n"
        )
        assert code == 2 and "characters" in err
        with server.connect(db) as su:
            assert su.execute("SELECT count(*) FROM users").fetchone()[0] == 0
    finally:
        server.drop_database(db)


def test_server_init_needs_an_owner_who_may_create_roles(
    server: PgServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = new_database(server)
    weak = f"weak_{uuid.uuid4().hex[:8]}"
    try:
        with server.connect() as su:
            su.execute(f"CREATE ROLE {weak} LOGIN PASSWORD 'weak-pass-1'")
            su.execute(f"ALTER DATABASE {db} OWNER TO {weak}")
        monkeypatch.setenv("PGPASSWORD", "weak-pass-1")  # libpq's own way, not the URL
        url = f"postgresql+psycopg://{weak}@{server.host}:{server.port}/{db}"
        code, _, err = run_cli(monkeypatch, capsys, url, "init")
        assert code == 2 and f"The PostgreSQL role {weak} may not create roles" in err
        assert len(err.strip().splitlines()) == 1
        with server.connect() as su:
            su.execute(f"ALTER ROLE {weak} CREATEROLE")
        code, _, err = run_cli(
            monkeypatch, capsys, url, "init", "--admin", "a@school.org", stdin=PASSWORD["a@school.org"] + "\n"
        )
        assert code == 0, err
        connect(server, db, "a@school.org").close()
    finally:
        server.drop_database(db)


def test_upgrade_adopts_existing_accounts_without_a_password_until_reset(server: PgServer) -> None:
    """A database used in trusted mode before: its accounts get login roles that cannot sign in."""
    db, url = new_database(server)
    try:
        from examhub_desktop.services.app import open_app
        from examhub_desktop.services.cli_admin import UsersCli

        ctx = open_app(Path(tempfile.mkdtemp()), url)
        try:
            cli_users = UsersCli(ctx)
            cli_users.add("old-admin@school.org", "Old", "admin", PASSWORD["a@school.org"])
            cli_users.add("old-student@school.org", "Kid", "user", PASSWORD["s1@school.org"])
        finally:
            ctx.close()
        result = server_admin.upgrade(location_for(url, Path("/nonexistent")))
        assert result.adopted == 2
        assert server_admin.status(location_for(url, Path("/nonexistent"))).access.without_login == 2
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            connect(server, db, "old-student@school.org", password=PASSWORD["s1@school.org"])
        with server.connect() as su:
            kid_role = server_access.account_role(db, "old-student@school.org")
            found = su.execute(
                "SELECT rolcanlogin, rolpassword FROM pg_authid WHERE rolname = %s", (kid_role,)
            )
            assert found.fetchall() == [(False, None)]
        # The first administrator named at init is the adopted one: it gets its password.
        server_admin.init(
            location_for(url, Path("/nonexistent")),
            "old-admin@school.org",
            "",
            lambda: PASSWORD["b@school.org"],
        )
        with connect(
            server, db, "old-admin@school.org", password=PASSWORD["b@school.org"], autocommit=True
        ) as admin:
            kid = admin.execute("SELECT id FROM users WHERE email = 'old-student@school.org'").fetchone()[0]
            admin.execute(
                "SELECT examhub_server.set_password(%s, %s, %s, true)",
                (
                    kid,
                    _verifier(admin, "Reset-Kid-Pass-3310"),
                    passwords.hash_password("Reset-Kid-Pass-3310"),
                ),
            )
        with connect(server, db, "old-student@school.org", password="Reset-Kid-Pass-3310") as kid_conn:
            row = kid_conn.execute("SELECT email, must_change_password FROM users").fetchall()
        assert row == [("old-student@school.org", True)]
    finally:
        server.drop_database(db)


FIRST_RUN_ROUNDS = 20


def first_run(location: DatabaseLocation, email: str) -> str:
    try:
        server_admin.init(location, email, "", lambda: "Correct-Horse-77-battery")
    except ServiceError as exc:
        return "refused" if "already has an administrator" in str(exc) else repr(exc)
    return "made"


def test_two_first_runs_at_once_make_one_administrator(server: PgServer) -> None:
    """Two `server init --admin` for different people at once (setup lock, then the accounts
    lock): one is made, the other is told an administrator exists."""
    db, url = new_database(server)
    location = location_for(url, Path("/nonexistent"))
    engine = owner(url)
    try:
        server_admin.upgrade(location)
        outcomes: dict[str, int] = {}
        for round_ in range(FIRST_RUN_ROUNDS):
            with engine.begin() as conn:  # back to no accounts at all
                roles = list(conn.execute(sa.text("SELECT role_name FROM examhub_server.accounts")).scalars())
                conn.execute(sa.text("DELETE FROM users"))
                for role in roles:
                    conn.execute(sa.text(f'DROP ROLE "{role}"'))
            results = at_once(
                functools.partial(first_run, location, "first0@school.org"),
                functools.partial(first_run, location, "first1@school.org"),
            )
            with engine.connect() as conn:
                admins = conn.execute(sa.text("SELECT count(*) FROM users WHERE role = 'admin'")).scalar_one()
            assert admins == 1 and sorted(results) == ["made", "refused"], (round_, results)
            for r in results:
                outcomes[r] = outcomes.get(r, 0) + 1
        print(f"first runs: {FIRST_RUN_ROUNDS} rounds, outcomes {outcomes}")
    finally:
        engine.dispose()
        server.drop_database(db)


def test_password_needed_asks_libpq(server: PgServer, world: dict[str, Any]) -> None:
    """What `examhub server` uses to decide on a prompt: libpq found no password anywhere."""
    role = server_access.account_role(world["db"], "s1@school.org")
    assert server_access.password_needed(f"postgresql://{role}@{server.host}:{server.port}/{world['db']}")
    assert not server_access.password_needed(server.url(world["db"]))  # the superuser is trusted


# ---------------------------------------------------------------- changes to one's own account
def as_account(srv: PgServer, db: str, email: str, password: str | None = None) -> sa.Engine:
    """An account's engine as the client makes it: its own login role and password, no pool."""
    url = sa.engine.URL.create(
        "postgresql+psycopg",
        username=server_access.account_role(db, email),
        password=PASSWORD[email] if password is None else password,
        host=srv.host,
        port=srv.port,
        database=db,
    )
    return sa.create_engine(url, poolclass=sa.NullPool)


@pytest.fixture(scope="module")
def own(server: PgServer) -> Iterator[dict[str, Any]]:
    """Its own database (names and verification change here): admin A, admin B, students S1, S2."""
    db, url = new_database(server)
    init(url)
    w: dict[str, Any] = {"db": db, "url": url, "owner": owner(url)}
    with w["owner"].begin() as conn:
        w["a@school.org"] = conn.execute(
            sa.text("SELECT id FROM users WHERE email = 'a@school.org'")
        ).scalar_one()
        for email, role in (("b@school.org", "admin"), ("s1@school.org", "user"), ("s2@school.org", "user")):
            w[email] = add_account(conn, email, email.split("@")[0].upper(), role)
    yield w
    w["owner"].dispose()
    server.drop_database(db)


def names(w: dict[str, Any]) -> dict[str, str | None]:
    with w["owner"].connect() as conn:
        return {str(e): n for e, n in conn.execute(sa.text("SELECT email, full_name FROM users"))}


def refusal_of(action: Callable[[], object]) -> server_access.AccountRefusal:
    with pytest.raises(sa.exc.DBAPIError) as raised:
        action()
    found = server_access.account_refusal(raised.value)
    assert found is not None, raised.value
    return found


@pytest.mark.parametrize("email", ["s1@school.org", "b@school.org"])
def test_an_account_changes_only_its_own_name(own: dict[str, Any], server: PgServer, email: str) -> None:
    engine = as_account(server, own["db"], email)
    try:
        before = names(own)
        name = "  Robert'); UPDATE users SET role = 'admin'; --\"%I  "
        with engine.begin() as conn:
            server_access.update_profile(conn, name)
        after = names(own)
        assert after[email] == name.strip()
        assert {e: n for e, n in after.items() if e != email} == {
            e: n for e, n in before.items() if e != email
        }
        with own["owner"].connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM users WHERE role = 'admin'")).scalar_one() == 2

        for blank in ("", " \t\n "):
            with engine.begin() as conn:
                server_access.update_profile(conn, blank)
            assert names(own)[email] is None
        with engine.begin() as conn:
            server_access.update_profile(conn, "x" * 255)
        assert names(own)[email] == "x" * 255

        def too_long() -> None:
            with engine.begin() as conn:
                server_access.update_profile(conn, "y" * 256)

        refused = refusal_of(too_long)
        assert (refused.sqlstate, refused.key) == ("P0001", "name-too-long")
        assert "at most 255 characters" in refused.message
        assert names(own)[email] == "x" * 255

        def directly() -> None:  # the function stays the only way to the row
            with engine.begin() as conn:
                conn.execute(sa.text("UPDATE users SET full_name = 'Z' WHERE id = :id"), {"id": own[email]})

        assert refusal_of(directly).sqlstate == "42501"
    finally:
        engine.dispose()


def add_code(w: dict[str, Any], email: str, code: str, *, expires: str = "1 hour") -> str:
    """A code as send_verification_code stores it: its digest, with an expiry."""
    from examhub_desktop.services.secrets import digest

    token = digest(passwords.normalise_code(code))
    with w["owner"].begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO email_verification_tokens (id, user_id, token, expires_at) "
                "VALUES (:id, :u, :t, now() + CAST(:e AS interval))"
            ),
            {"id": str(uuid.uuid4()), "u": w[email], "t": token, "e": expires},
        )
    return token


def verification(w: dict[str, Any], email: str) -> tuple[bool, int]:
    """Whether the address is verified, and how many codes the account still has."""
    with w["owner"].connect() as conn:
        row = conn.execute(
            sa.text(
                "SELECT u.email_verified, (SELECT count(*) FROM email_verification_tokens t "
                "WHERE t.user_id = u.id) FROM users u WHERE u.email = :e"
            ),
            {"e": email},
        ).one()
    return bool(row[0]), int(row[1])


def test_only_an_administrator_marks_an_address_verified(own: dict[str, Any], server: PgServer) -> None:
    add_code(own, "s1@school.org", "ABCD-2345")
    student, teacher = (
        as_account(server, own["db"], "s1@school.org"),
        as_account(server, own["db"], "b@school.org"),
    )
    try:

        def mark(engine: sa.Engine, user_id: str) -> None:
            with engine.begin() as conn:
                server_access.mark_verified(conn, user_id)

        assert refusal_of(lambda: mark(student, own["s1@school.org"])).sqlstate == "42501"
        assert verification(own, "s1@school.org") == (False, 1)

        def own_code() -> None:  # a code of one's own making would prove nothing to the server
            with student.begin() as conn:
                conn.execute(
                    sa.text(
                        "INSERT INTO email_verification_tokens (id, user_id, token, expires_at) "
                        "VALUES (:id, :u, 'x', now() + interval '1 hour')"
                    ),
                    {"id": str(uuid.uuid4()), "u": own["s1@school.org"]},
                )

        assert refusal_of(own_code).sqlstate == "42501"
        mark(teacher, own["s1@school.org"])
        assert verification(own, "s1@school.org") == (True, 0)
        refused = refusal_of(lambda: mark(teacher, str(uuid.uuid4())))
        assert (refused.sqlstate, refused.key) == ("P0001", "not-found")
    finally:
        student.dispose()
        teacher.dispose()


def test_own_account_functions_need_an_active_account_of_this_database(
    own: dict[str, Any], server: PgServer
) -> None:
    db = own["db"]
    with own["owner"].begin() as conn:
        s3 = own["s3@school.org"] = server_access.create_account(
            conn,
            email="s3@school.org",
            full_name="S3",
            role="user",
            password="Student-Three-Pass-7741",
            argon2=passwords.hash_password("Student-Three-Pass-7741"),
        )
    still_open = psycopg.connect(
        host=server.host,
        port=server.port,
        dbname=db,
        user=server_access.account_role(db, "s3@school.org"),
        password="Student-Three-Pass-7741",
        autocommit=True,
    )
    outsider = f"outsider_{uuid.uuid4().hex[:8]}"
    try:
        with connect(server, db, "a@school.org", autocommit=True) as admin:
            admin.execute("SELECT examhub_server.set_active(%s, false)", (s3,))
        for sql, args in (("SELECT examhub_server.update_profile(%s)", ("Back again",)),):
            with pytest.raises(errors.InsufficientPrivilege, match="not an active Exam Hub account"):
                still_open.execute(sql, args)
        with own["owner"].connect() as conn:
            row = conn.execute(
                sa.text("SELECT full_name, email_verified FROM users WHERE id = :id"), {"id": s3}
            ).one()
        assert tuple(row) == ("S3", False)

        # A login role of the cluster that is no account (CONNECT is PUBLIC's): EXECUTE is not.
        with server.connect() as su:
            su.execute(f"CREATE ROLE {outsider} LOGIN PASSWORD 'outsider-pass-1'")
        with psycopg.connect(
            host=server.host, port=server.port, dbname=db, user=outsider, password="outsider-pass-1"
        ) as conn:
            for sql in (
                "SELECT examhub_server.update_profile('x')",
                "SELECT examhub_server.mark_verified('x')",
            ):
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(sql)
                conn.rollback()
        with server.connect(db) as su:  # EXECUTE: the owner, the two groups and the client role only
            grantees = su.execute(
                "SELECT p.proname, array_agg(a.grantee::regrole::text ORDER BY a.grantee::regrole::text) "
                "FROM pg_proc p, aclexplode(p.proacl) a "
                "WHERE p.pronamespace = 'examhub_server'::regnamespace AND a.grantee <> p.proowner "
                "AND p.proname IN ('mark_verified', 'update_profile') AND a.privilege_type = 'EXECUTE' "
                "GROUP BY p.proname ORDER BY p.proname"
            ).fetchall()
        groups = sorted(
            [server_access.admin_group(db), server_access.student_group(db), server_access.client_role(db)]
        )
        assert grantees == [("mark_verified", groups), ("update_profile", groups)]
    finally:
        still_open.close()
        with server.connect() as su:
            su.execute(f"DROP ROLE IF EXISTS {outsider}")


# ---------------------------------------------------------------------------- tickets


@pytest.fixture(scope="module")
def ticketed(server: PgServer) -> Iterator[dict[str, Any]]:
    """Its own database (tickets end here): admin A and student S1, with the owner's engine."""
    db, url = new_database(server)
    init(url)
    w: dict[str, Any] = {"db": db, "owner": owner(url)}
    with w["owner"].begin() as conn:
        w["s1"] = add_account(conn, "s1@school.org", "S1")
    yield w
    w["owner"].dispose()
    server.drop_database(db)


def ticket_user(srv: PgServer, db: str, secret: str) -> str | None:
    """Whom a ticket names on a fresh client-role connection, or the server's refusal key."""
    with connect_client(srv, db) as conn:
        try:
            conn.execute(tickets.USE_TICKET, (secret,))
        except errors.InvalidAuthorizationSpecification as exc:
            assert exc.diag.message_detail == "ticket-ended"
            return "ended"
        row = conn.execute("SELECT examhub_server.uid()").fetchone()
        return None if row is None else row[0]


def test_the_client_role_alone_sees_and_changes_nothing(ticketed: dict[str, Any], server: PgServer) -> None:
    db = ticketed["db"]
    with connect_client(server, db) as conn:
        for table in ("users", "exams", "questions", "exam_attempts", "app_meta", "refresh_tokens"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
        conn.execute("SELECT set_config('examhub.ticket', 'made-up', false)")  # a forged ticket
        assert conn.execute("SELECT examhub_server.uid(), examhub_server.is_admin()").fetchone() == (
            None,
            False,
        )
        assert conn.execute("SELECT count(*) FROM users").fetchone() == (0,)
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("INSERT INTO exams (id, title) VALUES (gen_random_uuid()::text, 'x')")
        conn.rollback()
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT examhub_server.set_role(%s, 'admin')", (ticketed["s1"],))
        conn.rollback()
        with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
            conn.execute("SELECT count(*) FROM examhub_server.tickets")
    assert ticket_user(server, db, "made-up") == "ended"


def test_a_ticket_counts_for_its_transaction_only_and_only_a_password_opens_one(
    ticketed: dict[str, Any], server: PgServer
) -> None:
    db, s1 = ticketed["db"], ticketed["s1"]
    with connect(server, db, "s1@school.org") as login:
        secret = open_ticket(login)
        with pytest.raises(errors.RaiseException, match="SHA-256"):
            login.execute("SELECT examhub_server.open_ticket('\\x00'::bytea)")
        login.rollback()
    with connect_client(server, db) as conn:
        conn.execute(tickets.USE_TICKET, (secret,))
        assert conn.execute("SELECT examhub_server.uid(), count(*) FROM users").fetchone() == (s1, 1)
        conn.commit()  # the next transaction on this connection (as PgBouncer hands it on) is nobody's
        assert conn.execute("SELECT examhub_server.uid(), count(*) FROM users").fetchone() == (None, 0)
        conn.rollback()
        conn.execute(tickets.USE_TICKET, (secret,))  # a ticket cannot open another: no EXECUTE
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT examhub_server.open_ticket(%s)", (tickets.ticket_hash("another-secret"),))
    with ticketed["owner"].connect() as conn:
        stored = conn.execute(
            sa.text("SELECT token_hash FROM examhub_server.tickets WHERE user_id = :u"), {"u": s1}
        ).scalars()
        assert tickets.ticket_hash(secret) in {bytes(h) for h in stored}, "the server keeps only the hash"


def test_the_secret_never_shows_in_pg_stat_activity(ticketed: dict[str, Any], server: PgServer) -> None:
    db = ticketed["db"]
    with connect(server, db, "s1@school.org") as login:
        secret = open_ticket(login)
    with connect_client(server, db) as holder, connect_client(server, db, autocommit=True) as other:
        holder.execute(tickets.USE_TICKET, (secret,))  # left idle in its transaction
        pid = holder.info.backend_pid
        seen = other.execute("SELECT query FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone()
        assert seen is not None and "use_ticket($1)" in seen[0] and secret not in seen[0], seen
        assert other.execute("SELECT current_setting('examhub.ticket', true)").fetchone() in ((None,), ("",))


def test_tickets_end_at_sign_out_password_change_deactivation_and_expiry(
    ticketed: dict[str, Any], server: PgServer
) -> None:
    db, s1 = ticketed["db"], ticketed["s1"]
    with connect(server, db, "s1@school.org") as login:
        laptop, phone = open_ticket(login), open_ticket(login)
    assert ticket_user(server, db, laptop) == ticket_user(server, db, phone) == s1
    with connect_client(server, db) as conn:  # sign-out on the laptop ends the laptop's only
        conn.execute(tickets.USE_TICKET, (laptop,))
        conn.execute("SELECT examhub_server.close_ticket()")
        conn.commit()
    assert (ticket_user(server, db, laptop), ticket_user(server, db, phone)) == ("ended", s1)

    with connect(server, db, "s1@school.org") as login:  # renewal ends the ticket it replaces
        renewed = secrets.token_urlsafe(32)
        login.execute(
            "SELECT examhub_server.open_ticket(%s, %s)",
            (tickets.ticket_hash(renewed), tickets.ticket_hash(phone)),
        )
        login.commit()
    assert (ticket_user(server, db, phone), ticket_user(server, db, renewed)) == ("ended", s1)

    new_password = "Student-One-New-Pass-88"
    with connect(server, db, "a@school.org", autocommit=True) as admin:  # a reset: every device anew
        admin.execute(
            "SELECT examhub_server.set_password(%s, %s, %s, true)",
            (s1, _verifier(admin, new_password), passwords.hash_password(new_password)),
        )
    assert ticket_user(server, db, renewed) == "ended"

    with connect(server, db, "s1@school.org", password=new_password) as login:
        late, kept = open_ticket(login), open_ticket(login)
    with ticketed["owner"].begin() as conn:  # one of them is past its lifetime
        conn.execute(
            sa.text(
                "UPDATE examhub_server.tickets SET expires_at = now() - interval '1 second' WHERE token_hash = :h"
            ),
            {"h": tickets.ticket_hash(late)},
        )
    assert (ticket_user(server, db, late), ticket_user(server, db, kept)) == ("ended", s1)

    with connect(server, db, "a@school.org", autocommit=True) as admin:
        admin.execute("SELECT examhub_server.set_active(%s, false)", (s1,))
    assert ticket_user(server, db, kept) == "ended"
    with ticketed["owner"].connect() as conn:
        left = conn.execute(
            sa.text("SELECT count(*) FROM examhub_server.tickets WHERE user_id = :u"), {"u": s1}
        )
        assert left.scalar_one() == 0, "deactivation removes the account's tickets"
