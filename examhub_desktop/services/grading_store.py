"""Grading an attempt as stored: its questions, its answers, a teacher's marks; the result."""

from __future__ import annotations

from datetime import datetime
from fractions import Fraction
from typing import Any

from examhub_desktop.core.grading import AttemptGrade, grade_attempt
from examhub_desktop.core.question import Question
from examhub_desktop.core.responses import Response, ResponseError, decode_response
from examhub_desktop.db.models import ExamAttempt
from examhub_desktop.db.uow import UnitOfWork
from examhub_desktop.services.questions import question_of


def questions_of_attempt(uow: UnitOfWork, attempt: ExamAttempt) -> list[Question]:
    """The attempt's questions in the order it showed them (deleted exam: none)."""
    if attempt.exam_id is None:
        return []
    by_id = {row.id: question_of(row) for row in uow.questions.for_exam(attempt.exam_id)}
    order = (attempt.layout or {}).get("questions") or list(by_id)
    return [by_id[qid] for qid in order if qid in by_id]


def responses_of(questions: list[Question], raw: Any) -> dict[str, Response | None]:
    stored = raw if isinstance(raw, dict) else {}
    out: dict[str, Response | None] = {}
    for q in questions:
        assert q.id is not None
        try:
            out[q.id] = decode_response(q.type, stored.get(q.id))
        except ResponseError:
            out[q.id] = None  # a legacy answer in another shape grades as unanswered
    return out


def marks_of(raw: Any) -> dict[str, Fraction]:
    if not isinstance(raw, dict):
        return {}
    marks: dict[str, Fraction] = {}
    for qid, value in raw.items():
        try:
            marks[str(qid)] = Fraction(str(value))
        except (ValueError, ZeroDivisionError):
            continue
    return marks


def grade_stored(uow: UnitOfWork, attempt: ExamAttempt, passing_score: int | None) -> AttemptGrade:
    questions = questions_of_attempt(uow, attempt)
    return grade_attempt(
        [(q, q.points) for q in questions],
        responses_of(questions, attempt.answers),
        marks_of(attempt.manual_marks),
        passing_score=passing_score,
    )


def passing_score_of(uow: UnitOfWork, attempt: ExamAttempt) -> int | None:
    exam = uow.exams.get(attempt.exam_id) if attempt.exam_id else None
    return exam.passing_score if exam is not None else None


def finish_attempt(uow: UnitOfWork, attempt: ExamAttempt, end: datetime, reason: str) -> AttemptGrade:
    """Grade, store score / passed / status, and close the attempt."""
    result = grade_stored(uow, attempt, passing_score_of(uow, attempt))
    attempt.end_time = end
    attempt.finish_reason = reason
    attempt.score = result.score
    attempt.passed = result.passed
    attempt.status = "pending" if result.pending else "submitted"
    attempt.revision = (attempt.revision or 0) + 1
    return result
