"""Repositories and the unit of work on a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from examhub_desktop.db.models import Exam, Question, RefreshToken, User
from examhub_desktop.services.app import AppContext, Counts, open_app
from examhub_desktop.services.selftest import exercise_every_table


@pytest.fixture
def ctx(db_url: str, data_dir: Path) -> Iterator[AppContext]:
    context = open_app(data_dir, db_url)
    yield context
    context.close()


def test_every_table_and_the_delete_rules(ctx: AppContext) -> None:
    assert exercise_every_table(ctx)
    assert ctx.check() == []


def test_the_overview_counts_agree_with_the_repositories(ctx: AppContext) -> None:
    """SQLite counts through plain sqlite3 (the window shows them before the ORM loads), a
    server through SQLAlchemy: the same SQL, the same answer as the repositories give."""
    assert ctx.counts() == Counts(0, 0, 0, 0)
    with ctx.uow() as uow:
        uow.users.add(User(email="x@y.org", hashed_password="!"))
        for title in ("Algebra", "Biology"):
            exam = uow.exams.add(Exam(title=title))
            uow.flush()
            uow.questions.add(Question(exam_id=exam.id, question_text="q", options={}, correct_answer=""))
        uow.commit()
    with ctx.uow() as uow:
        expected = Counts(uow.users.count(), uow.exams.count(), uow.questions.count(), uow.attempts.count())
    assert ctx.counts() == expected == Counts(1, 2, 2, 0)


def test_uncommitted_work_is_rolled_back(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        uow.exams.add(Exam(title="never saved"))
        uow.flush()
    with ctx.uow() as uow:
        assert uow.exams.count() == 0


# Each dialect words a violation its own way; both name the constraint (or, for SQLite's UNIQUE,
# the column), so a different violation than the one a test provokes cannot pass for it.
DUPLICATE_EMAIL = r'(?m)UNIQUE constraint failed: users\.email$|duplicate key value violates unique constraint "users_email_key"'


def violated_check(name: str) -> str:
    return rf'(?m)CHECK constraint failed: {name}$|violates check constraint "{name}"'


def test_an_error_rolls_back_the_whole_unit(ctx: AppContext) -> None:
    with pytest.raises(IntegrityError, match=DUPLICATE_EMAIL), ctx.uow() as uow:
        uow.users.add(User(email="x@y.org", hashed_password="!"))
        uow.flush()
        uow.users.add(User(email="x@y.org", hashed_password="!"))
        uow.commit()
    with ctx.uow() as uow:
        assert uow.users.count() == 0


def test_check_constraints_hold(ctx: AppContext) -> None:
    with pytest.raises(IntegrityError, match=violated_check("ck_users_role")), ctx.uow() as uow:
        uow.users.add(User(email="x@y.org", hashed_password="!", role="superuser"))
        uow.commit()
    with pytest.raises(IntegrityError, match=violated_check("ck_questions_question_type")), ctx.uow() as uow:
        exam = uow.exams.add(Exam(title="t"))
        uow.flush()
        uow.questions.add(
            Question(exam_id=exam.id, question_text="q", options={}, correct_answer="", question_type="cloze")
        )
        uow.commit()


def test_user_search_and_admin_count(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        uow.users.add_all(
            [
                User(email="ada@school.org", full_name="Ada Lovelace", hashed_password="!", role="admin"),
                User(email="alan@school.org", full_name="Alan Turing", hashed_password="!"),
                User(
                    email="grace@school.org",
                    full_name="Grace Hopper",
                    hashed_password="!",
                    role="admin",
                    is_active=False,
                ),
            ]
        )
        uow.commit()
    with ctx.uow() as uow:
        assert [u.email for u in uow.users.list(search="TURING")] == ["alan@school.org"]
        assert [u.email for u in uow.users.list(search="a")][:2] == ["ada@school.org", "alan@school.org"]
        assert uow.users.count_active_admins() == 1
        assert uow.users.by_email("  GRACE@school.org ") is not None


def test_expired_tokens_are_purged(ctx: AppContext) -> None:
    now = datetime.now(UTC)
    with ctx.uow() as uow:
        user = uow.users.add(User(email="t@y.org", hashed_password="!"))
        uow.flush()
        uow.refresh_tokens.add_all(
            [
                RefreshToken(user_id=user.id, token="old", expires_at=now - timedelta(seconds=1)),
                RefreshToken(user_id=user.id, token="new", expires_at=now + timedelta(days=30)),
            ]
        )
        uow.commit()
    with ctx.uow() as uow:
        assert uow.refresh_tokens.purge_expired(now) == 1
        uow.commit()
    with ctx.uow() as uow:
        assert [t.token for t in uow.refresh_tokens.for_user(user.id)] == ["new"]
        token = uow.refresh_tokens.by_token("new")
        assert token is not None and token.expires_at.tzinfo is not None
        assert abs(token.expires_at - (now + timedelta(days=30))) < timedelta(seconds=1)


def test_bulk_insert_and_question_count(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        exam = uow.exams.add(Exam(title="bulk"))
        uow.flush()
        uow.questions.bulk_insert(
            [
                {
                    "id": f"00000000-0000-0000-0000-{i:012d}",
                    "exam_id": exam.id,
                    "question_text": f"q{i}",
                    "options": {"version": 1},
                    "correct_answer": "",
                    "question_type": "essay",
                    "order_index": i,
                }
                for i in range(250)
            ]
        )
        assert uow.exams.refresh_question_count(exam.id) == 250
        uow.commit()
    with ctx.uow() as uow:
        rows = uow.questions.for_exam(exam.id)
        assert [r.order_index for r in rows] == list(range(250))
