"""The important service paths through a real PgBouncer in transaction pooling mode.

A school puts PgBouncer in front of its server when it has more laptops than connections.
Transaction pooling gives each transaction whichever server connection is free, so anything
that leans on session state (server-side prepared statements, SET, session advisory locks,
LISTEN) breaks there and only there; these tests run the app's paths through it, with several
students at once so that transactions really move between server connections.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import text

from examhub_desktop.core.question import Choice, Question, QuestionType
from examhub_desktop.db import server_access
from examhub_desktop.db.location import location_for
from examhub_desktop.services import passwords, server_admin
from examhub_desktop.services.app import AppContext, open_app
from examhub_desktop.services.attempts import AttemptService
from examhub_desktop.services.auth import AuthService, SignInRefused
from examhub_desktop.services.library import ExamFields, LibraryService
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.questions import QuestionService
from examhub_desktop.services.results import ResultsService
from examhub_desktop.services.secrets import FileStore
from examhub_desktop.services.server_accounts import ServerAccounts
from examhub_desktop.services.users import UserService

pytestmark = pytest.mark.pg

GOOD = "violet-harbour-42"
QUESTIONS = 12


@pytest.fixture
def ctx(pgbouncer_db_url: str, tmp_path: Path) -> Iterator[AppContext]:
    context = open_app(tmp_path / "teacher", pgbouncer_db_url)  # migrated through PgBouncer
    yield context
    context.close()


def exam(ctx: AppContext, teacher: Principal) -> tuple[str, list[str]]:
    lib, qs = LibraryService(ctx), QuestionService(ctx)
    exam_id = lib.create(teacher, ExamFields("Through PgBouncer", duration_minutes=30, is_public=True))
    ids = [
        qs.add(
            teacher,
            exam_id,
            Question(QuestionType.MULTIPLE_CHOICE, f"Q{i}", choices=(Choice("right", 1.0), Choice("wrong"))),
        )
        for i in range(QUESTIONS)
    ]
    lib.set_status(teacher, exam_id, "published")
    return exam_id, ids


def test_the_fixture_is_a_transaction_pooler(pgbouncer: Any, pgbouncer_db_url: str) -> None:
    config = {row["key"]: row["value"] for row in pgbouncer.show("CONFIG")}
    assert config["pool_mode"] == "transaction"
    dbname = pgbouncer_db_url.rsplit("/", 1)[1]
    with pgbouncer.connect(dbname, autocommit=True) as one, pgbouncer.connect(dbname) as two:
        first = one.execute("SELECT pg_backend_pid()").fetchone()
        # `one` is between transactions, so its server connection went back to the pool, and
        # `two`'s transaction gets it; `one` carries on on another (session pooling would pin it).
        assert two.execute("SELECT pg_backend_pid()").fetchone() == first
        assert one.execute("SELECT pg_backend_pid()").fetchone() != first
        two.rollback()


def test_a_whole_exam_through_pgbouncer(ctx: AppContext, tmp_path: Path) -> None:
    auth = AuthService(ctx, FileStore(ctx.data_dir))
    teacher = auth.create_first_admin(None, "teacher@school.org", "Ms Teacher", GOOD)
    assert auth.sign_in(None, "teacher@school.org", GOOD).role is Role.ADMIN
    exam_id, ids = exam(ctx, teacher)
    UserService(ctx).create_user(teacher, "pupil@school.org", "Pupil", Role.STUDENT, GOOD)

    laptop = open_app(tmp_path / "pupil", ctx.location.url_text)  # the student's own app
    try:
        pupil_auth = AuthService(laptop, FileStore(laptop.data_dir))
        with pytest.raises(SignInRefused, match="password is not right"):
            pupil_auth.sign_in(None, "pupil@school.org", "wrong-password-1")
        pupil = pupil_auth.sign_in(None, "pupil@school.org", GOOD, keep_signed_in=True)
        assert pupil_auth.resume_session(None) == pupil
        attempts = AttemptService(laptop)
        attempt_id = attempts.start(pupil, exam_id)
        attempts.state(pupil, attempt_id)
        for k, qid in enumerate(ids):  # one save per answer, as the runner does
            ack = attempts.save(pupil, attempt_id, answers={qid: k % 2})
            assert ack.revision == k + 1
        assert attempts.state(pupil, attempt_id).answers == {qid: k % 2 for k, qid in enumerate(ids)}
        attempts.submit(pupil, attempt_id)
        review = ResultsService(laptop).review(pupil, attempt_id)
        assert (review.earned, review.possible) == (Fraction(QUESTIONS // 2), Fraction(QUESTIONS))
        assert review.score == 50 and review.status == "submitted"
        assert [a.score for a in ResultsService(laptop).my_attempts(pupil)] == [50]
    finally:
        laptop.close()
    assert [a.score for a in ResultsService(ctx).exam_attempts(teacher, exam_id)] == [50]


def test_students_at_once_through_pgbouncer(ctx: AppContext, tmp_path: Path) -> None:
    """Each student saves every answer on its own app while the others do the same."""
    auth = AuthService(ctx, FileStore(ctx.data_dir))
    teacher = auth.create_first_admin(None, "teacher@school.org", "Ms Teacher", GOOD)
    exam_id, ids = exam(ctx, teacher)
    users = UserService(ctx)
    students = []
    for n in range(6):
        row, _ = users.create_user(teacher, f"s{n}@school.org", f"S{n}", Role.STUDENT, GOOD)
        students.append(Principal(row.id, row.email, Role.STUDENT, row.full_name))
    errors: list[BaseException] = []
    done: dict[str, str] = {}
    start = threading.Barrier(len(students))

    def take(student: Principal) -> None:
        laptop = open_app(tmp_path / student.user_id, ctx.location.url_text)
        try:
            attempts = AttemptService(laptop)
            start.wait()
            attempt_id = attempts.start(student, exam_id)
            attempts.state(student, attempt_id)
            for _round in range(3):
                for qid in ids:
                    attempts.save(student, attempt_id, answers={qid: 0})
            attempts.submit(student, attempt_id)
            done[student.user_id] = attempt_id
        except BaseException as exc:
            errors.append(exc)
        finally:
            laptop.close()

    threads = [threading.Thread(target=take, args=(s,)) for s in students]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    summaries = ResultsService(ctx).exam_attempts(teacher, exam_id)
    assert sorted(a.attempt_id for a in summaries) == sorted(done.values())
    assert [(a.status, a.score) for a in summaries] == [("submitted", 100)] * len(students)
    assert all(a.ended is not None and a.ended <= datetime.now(UTC) for a in summaries)


def login_url(pgbouncer: Any, dbname: str, email: str, password: str) -> str:
    """Through PgBouncer as the account's own login role, as a school-server laptop connects."""
    return pgbouncer.url(dbname, user=server_access.account_role(dbname, email), password=password)


def test_login_roles_through_pgbouncer(
    pg_server: Any, pgbouncer: Any, pgbouncer_db_url: str, tmp_path: Path
) -> None:
    """PgBouncer checks each account's password against the server's SCRAM verifier (auth_query),
    and the server's row-level security still sees the account, not PgBouncer."""
    dbname = pgbouncer_db_url.rsplit("/", 1)[1]
    # `server init` talks to PostgreSQL itself: it holds a session advisory lock, which
    # transaction pooling would hand to whichever client came next.
    server_admin.init(location_for(pg_server.url(dbname), tmp_path), "teacher@school.org", "T", lambda: GOOD)
    staff = AppContext(
        tmp_path / "t", location_for(login_url(pgbouncer, dbname, "teacher@school.org", GOOD), tmp_path)
    )
    try:
        with staff.database.engine.begin() as conn:
            teacher_id = str(conn.execute(text("SELECT examhub_server.uid()")).scalar_one())
            pupils = [
                server_access.create_account(
                    conn,
                    email=f"p{n}@school.org",
                    full_name=f"P{n}",
                    role="user",
                    password=f"{GOOD}-{n}",
                    argon2=passwords.hash_password(f"{GOOD}-{n}"),
                )
                for n in range(2)
            ]
        exam_id, ids = exam(staff, Principal(teacher_id, "teacher@school.org", Role.ADMIN, "T"))
    finally:
        staff.close()

    with pytest.raises(psycopg.OperationalError, match="authentication failed"):
        pgbouncer.connect(
            dbname, user=server_access.account_role(dbname, "p0@school.org"), password="wrong-one-1"
        )
    attempt_ids = []
    for n, pupil_id in enumerate(pupils):
        url = login_url(pgbouncer, dbname, f"p{n}@school.org", f"{GOOD}-{n}")
        laptop = AppContext(tmp_path / f"p{n}", location_for(url, tmp_path))
        try:
            pupil = Principal(pupil_id, f"p{n}@school.org", Role.STUDENT, f"P{n}")
            attempts = AttemptService(laptop)
            attempt_id = attempts.start(pupil, exam_id)
            attempts.state(pupil, attempt_id)
            for qid in ids:
                attempts.save(pupil, attempt_id, answers={qid: 0})
            attempts.submit(pupil, attempt_id)
            assert ResultsService(laptop).review(pupil, attempt_id).score == 100
            with laptop.database.engine.connect() as conn:  # the database, not the app, hides the others
                seen = conn.execute(text("SELECT user_id FROM exam_attempts")).scalars().all()
                assert seen == [pupil_id]
                assert conn.execute(text("SELECT count(*) FROM users")).scalar_one() == 1
            attempt_ids.append(attempt_id)
        finally:
            laptop.close()
    assert len(set(attempt_ids)) == 2


def test_a_school_profile_through_pgbouncer_shares_server_connections_between_accounts(
    pg_server: Any, pgbouncer: Any, pgbouncer_db_url: str, tmp_path: Path
) -> None:
    """What `?pgbouncer=true` on a school-server profile does: each laptop keeps its idle client
    connection (it holds no server connection), and the students' transactions run on the same
    server connections of the shared client role, each as its own account by its ticket."""
    dbname = pgbouncer_db_url.rsplit("/", 1)[1]
    server_admin.init(location_for(pg_server.url(dbname), tmp_path), "teacher@school.org", "T", lambda: GOOD)
    profile = f"postgresql://{pgbouncer.host}:{pgbouncer.port}/{dbname}?pgbouncer=true"
    staff = open_app(tmp_path / "t", profile)
    laptops: list[AppContext] = []
    try:
        assert staff.location.pgbouncer and "pgbouncer" not in staff.location.url_text
        teacher = ServerAccounts(staff).sign_in("teacher@school.org", GOOD)
        for n in range(2):
            UserService(staff).create_user(teacher, f"p{n}@school.org", f"P{n}", Role.STUDENT, f"{GOOD}-{n}")
        exam_id, ids = exam(staff, teacher)
        pupils = []
        for n in range(2):
            laptop = open_app(tmp_path / f"p{n}", profile)
            laptops.append(laptop)
            pupils.append(ServerAccounts(laptop).sign_in(f"p{n}@school.org", f"{GOOD}-{n}"))
        attempt_ids = [AttemptService(lap).start(p, exam_id) for lap, p in zip(laptops, pupils, strict=True)]
        for lap, p, a in zip(laptops, pupils, attempt_ids, strict=True):
            AttemptService(lap).state(p, a)
        backends: set[int] = set()
        for qid in ids:  # the two students take turns, one transaction at a time
            for laptop, pupil, attempt_id in zip(laptops, pupils, attempt_ids, strict=True):
                AttemptService(laptop).save(pupil, attempt_id, answers={qid: 0})
                with laptop.uow().reading() as uow:
                    row = uow.session.execute(
                        text("SELECT pg_backend_pid(), examhub_server.uid(), count(*) FROM exam_attempts")
                    ).one()
                assert (row[1], row[2]) == (pupil.user_id, 1), "each transaction is its own account's"
                backends.add(int(row[0]))
        time.sleep(0.5)  # longer than the linger straight to PostgreSQL
        assert all(lap.database.engine.pool.idle_count() == 1 for lap in laptops)  # type: ignore[attr-defined]
        assert len(backends) < len(ids), f"server connections were shared between accounts: {backends}"
        for laptop, pupil, attempt_id in zip(laptops, pupils, attempt_ids, strict=True):
            AttemptService(laptop).submit(pupil, attempt_id)
            assert ResultsService(laptop).review(pupil, attempt_id).score == 100
    finally:
        for ctx in [*laptops, staff]:
            ctx.close()
