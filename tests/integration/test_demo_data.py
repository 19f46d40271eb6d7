"""`demo-data --scale small` on a real database: counts, every question type, questions that
read back through the one question model, scores that core.grading agrees with, valid foreign
keys, the same data for the same seed, and a second run refused."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from examhub_desktop.core import demo_text
from examhub_desktop.core.grading import grade_attempt, grade_question
from examhub_desktop.core.question import QuestionType, from_row, validate
from examhub_desktop.core.responses import decode_response
from examhub_desktop.db.models import Exam, ExamAttempt, Question, User
from examhub_desktop.services import passwords
from examhub_desktop.services.app import AppContext, open_app
from examhub_desktop.services.demo_data import (
    DEMO_TEACHER_EMAIL,
    DEMO_TEACHER_PASSWORD,
    DemoDataRefused,
    DemoSummary,
    generate,
)
from examhub_desktop.services.errors import ServiceError

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
ROW_FIELDS = (
    "question_type",
    "question_text",
    "options",
    "correct_answer",
    "explanation",
    "difficulty",
    "points",
    "id",
)


@pytest.fixture
def ctx(db_url: str, data_dir: Path) -> Iterator[AppContext]:
    context = open_app(data_dir, db_url)
    yield context
    context.close()


def _rows(ctx: AppContext, model: Any, *order: Any) -> list[dict[str, Any]]:
    with ctx.uow() as uow:
        table = model.__table__
        return [dict(r._mapping) for r in uow.session.execute(select(table).order_by(*order))]


def test_small_is_a_graded_classroom(ctx: AppContext) -> None:
    seen: list[tuple[str, int, int]] = []
    summary = generate(ctx, "small", seed=7, now=NOW, progress=lambda *a: seen.append(a))

    users = _rows(ctx, User, User.email)
    exams = {e["id"]: e for e in _rows(ctx, Exam, Exam.id)}
    questions = _rows(ctx, Question, Question.exam_id, Question.order_index)
    attempts = _rows(ctx, ExamAttempt, ExamAttempt.id)
    counts = {
        "users": len(users),
        "exams": len(exams),
        "questions": len(questions),
        "exam_attempts": len(attempts),
    }
    assert summary.counts == counts
    assert [u["role"] for u in users].count("admin") == 1 and len(users) == 31
    assert len(exams) == 5 and len({e["title"].split(" ")[0] for e in exams.values()}) >= 4
    assert 60 <= len(attempts) <= 150
    assert ("exam_attempts", len(attempts), len(attempts)) in seen and "users" in summary.describe()
    assert {e["status"] for e in exams.values()} == {"draft", "published", "archived"}
    assert {e["is_public"] for e in exams.values()} == {True, False}
    assert len({u["email"] for u in users}) == len(users)
    assert ctx.check() == []
    if ctx.location.is_sqlite:
        with ctx.uow() as uow:
            assert uow.session.execute(text("PRAGMA foreign_key_check")).all() == []

    # Every question reads back through the one model and is valid; every type is there.
    model: dict[str, Any] = {}
    for row in questions:
        q = from_row(**{k: row[k] for k in ROW_FIELDS})
        assert validate(q) == [], (q, validate(q))
        model[row["id"]] = (q, row["exam_id"])
    assert {q.type for q, _ in model.values()} == set(QuestionType)
    per_exam = Counter(row["exam_id"] for row in questions)
    assert all(e["total_questions"] == per_exam[e["id"]] for e in exams.values())

    # Every stored score is what grade_attempt says of the stored answers.
    by_exam: dict[str, list[Any]] = {}
    for q, exam_id in model.values():
        by_exam.setdefault(exam_id, []).append(q)
    students = {u["id"]: u for u in users if u["role"] == "user"}
    outcomes: Counter[str] = Counter()
    for a in attempts:
        exam = exams[a["exam_id"]]
        assert exam["status"] == "archived" or (exam["status"] == "published" and exam["is_public"])
        assert a["user_id"] in students
        assert exam["created_at"] < a["start_time"] < a["end_time"] < NOW
        qs = by_exam[a["exam_id"]]
        types = {q.id: q.type for q in qs}
        responses = {qid: decode_response(types[qid], raw) for qid, raw in a["answers"].items()}
        marks = {qid: Fraction(mark) for qid, mark in (a["manual_marks"] or {}).items()}
        grade = grade_attempt(
            [(q, q.points) for q in qs], responses, marks, passing_score=exam["passing_score"]
        )
        assert (a["score"], a["passed"]) == (grade.score, grade.passed)
        assert a["status"] == ("pending" if grade.pending else "submitted")
        assert a["exam_title"] == exam["title"] and a["elapsed_seconds"] > 0
        if a["time_limit_seconds"] is not None:
            assert a["elapsed_seconds"] <= a["time_limit_seconds"] and a["mode"] == "exam"
        outcomes.update(s.result.outcome.value for s in grade.questions)
        outcomes.update(["marked"] * len(marks))
    assert {"correct", "partial", "wrong", "unanswered", "pending", "marked", "not_graded"} <= set(outcomes)
    assert {a["mode"] for a in attempts} == {"exam", "practice"}
    assert {a["status"] for a in attempts} == {"submitted", "pending"}
    assert {True, False} <= {a["passed"] for a in attempts}
    assert len({a["score"] for a in attempts}) > 10  # students of varying ability


def test_the_demo_teacher_can_sign_in_and_no_one_else(ctx: AppContext) -> None:
    summary = generate(ctx, "small", now=NOW)
    assert summary.teacher_email == DEMO_TEACHER_EMAIL
    with ctx.uow() as uow:
        teacher = uow.users.by_email(DEMO_TEACHER_EMAIL)
        assert teacher is not None and teacher.role == "admin"
        assert passwords.verify_password(teacher.hashed_password, DEMO_TEACHER_PASSWORD)
        student = uow.session.scalars(select(User).where(User.role == "user")).first()
        assert student is not None and not passwords.verify_password(student.hashed_password, "")


def _snapshot(ctx: AppContext) -> list[list[dict[str, Any]]]:
    users = [{**u, "hashed_password": u["hashed_password"][:6]} for u in _rows(ctx, User, User.id)]
    return [
        users,
        _rows(ctx, Exam, Exam.id),
        _rows(ctx, Question, Question.id),
        _rows(ctx, ExamAttempt, ExamAttempt.id),
    ]


def test_the_same_seed_gives_the_same_data(tmp_path: Path) -> None:
    snaps = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        ctx = open_app(tmp_path / name)
        generate(ctx, "small", seed=seed, now=NOW)
        snaps.append(_snapshot(ctx))
        ctx.close()
    assert snaps[0] == snaps[1]
    assert snaps[0][3] != snaps[2][3]


def test_a_database_with_data_is_refused_unless_forced(tmp_path: Path) -> None:
    ctx = open_app(tmp_path / "data")
    try:
        first = generate(ctx, "small", now=NOW)
        with pytest.raises(DemoDataRefused, match="empty database"):
            generate(ctx, "small", now=NOW)
        assert ctx.counts().users == first.counts["users"]
        second = generate(ctx, "small", now=NOW, force=True)
        assert ctx.counts().users == first.counts["users"] + second.counts["users"]
        assert second.teacher_email != first.teacher_email
        assert ctx.check() == []
    finally:
        ctx.close()


def test_unknown_scale(tmp_path: Path) -> None:
    ctx = open_app(tmp_path / "data")
    try:
        with pytest.raises(ServiceError, match="Unknown demo scale"):
            generate(ctx, "huge")
    finally:
        ctx.close()


def test_generated_questions_are_valid_and_their_candidates_grade_as_labelled() -> None:
    """The pure generator on its own, over many draws of every subject and type."""
    rng = random.Random(11)
    for subject in demo_text.SUBJECTS:
        for qtype in QuestionType:
            for _ in range(15):
                dq = demo_text.make_question(rng, subject, qtype)
                assert dq.question.type is qtype and validate(dq.question) == []
                if dq.right is None or qtype is QuestionType.ESSAY:
                    continue
                credits = [
                    [grade_question(dq.question, r).credit for r in g]
                    for g in ([dq.right], dq.partial, dq.wrong)
                ]
                assert credits[0] == [1]
                assert all(c is not None and 0 < c < 1 for c in credits[1])
                assert all(c == 0 for c in credits[2])


def test_summary_describes_itself() -> None:
    s = DemoSummary(
        "seed", 1, {"users": 1, "exams": 2, "questions": 3, "exam_attempts": 4}, 2.0, "t@x.example"
    )
    assert s.rows == 10 and "(5 rows/s)" in s.describe() and "t@x.example" in s.describe()
