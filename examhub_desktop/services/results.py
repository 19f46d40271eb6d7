"""After an attempt: its review, a student's history, a teacher's view of an exam's attempts,
and marking essays by hand (which re-grades the attempt)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction
from typing import Any

from sqlalchemy import select

from examhub_desktop.core.grading import GradeResult
from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from examhub_desktop.core.question import Question, QuestionType
from examhub_desktop.core.responses import Response
from examhub_desktop.db.models import ExamAttempt, User
from examhub_desktop.db.uow import UnitOfWork
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.errors import FieldError, NotFound, PermissionDenied, ServiceError
from examhub_desktop.services.grading_store import (
    grade_stored,
    passing_score_of,
    questions_of_attempt,
    responses_of,
)
from examhub_desktop.services.permissions import Access, Principal, allow


@dataclass(frozen=True)
class ReviewItem:
    number: int
    question: Question
    response: Response | None
    result: GradeResult
    points: int
    earned: Fraction
    seconds: float | None


@dataclass(frozen=True)
class Review:
    attempt_id: str
    exam_title: str
    student: str
    mode: str
    status: str
    score: int
    passed: bool | None
    passing_score: int | None
    earned: Fraction
    possible: Fraction
    pending: bool
    started: datetime | None
    ended: datetime | None
    seconds_taken: float
    finish_reason: str
    items: tuple[ReviewItem, ...]
    exam_deleted: bool


@dataclass(frozen=True)
class AwayEvent:
    """A full-screen attempt's window lost the focus at `left_at` for `seconds`."""

    left_at: datetime
    seconds: float


@dataclass(frozen=True)
class AttemptSummary:
    attempt_id: str
    exam_id: str | None
    exam_title: str
    student: str
    mode: str
    status: str
    score: int | None
    passed: bool | None
    started: datetime | None
    ended: datetime | None
    seconds_taken: float
    away: tuple[AwayEvent, ...] = ()  # full-screen mode: each time the window was left

    @property
    def away_seconds(self) -> float:
        return sum(e.seconds for e in self.away)


def away_events(raw: Any) -> tuple[AwayEvent, ...]:
    """The stored [[left at (ISO), seconds], ...] of an attempt; malformed entries are skipped."""
    out: list[AwayEvent] = []
    for entry in raw if isinstance(raw, list) else ():
        try:
            left = datetime.fromisoformat(str(entry[0]))
            seconds = float(entry[1])
        except (TypeError, ValueError, IndexError):
            continue
        if left.tzinfo is not None and math.isfinite(seconds) and seconds >= 0:
            out.append(AwayEvent(left, seconds))
    return tuple(out)


def _summary(a: ExamAttempt, student: str) -> AttemptSummary:
    return AttemptSummary(
        a.id,
        a.exam_id,
        a.exam_title or deleted_exam(),
        student,
        a.mode,
        a.status,
        a.score,
        a.passed,
        a.start_time,
        a.end_time,
        float(a.elapsed_seconds or 0.0),
        away_events(a.away),
    )


def _attempt(uow: UnitOfWork, actor: Principal, attempt_id: str, *, lock: bool = False) -> ExamAttempt:
    """`lock`: hold the row until the unit of work ends (two teachers marking one attempt)."""
    attempt = uow.session.get(ExamAttempt, attempt_id, with_for_update=lock or None)
    if attempt is None:
        raise NotFound(translate("ResultsService", "That attempt no longer exists."))
    if attempt.user_id != actor.user_id and not actor.is_admin:
        raise PermissionDenied(translate("ResultsService", "You can only see your own attempts."))
    return attempt


def _student_name(uow: UnitOfWork, user_id: str | None) -> str:
    user = uow.users.get(user_id) if user_id else None
    return deleted_account() if user is None else (user.full_name or user.email)


def deleted_exam() -> str:
    return translate("ResultsService", "(deleted exam)")


def deleted_account() -> str:
    return translate("ResultsService", "(deleted account)")


class ResultsService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    @allow(Access.SIGNED_IN, QT_TRANSLATE_NOOP("Permissions", "review an attempt"))
    def review(self, actor: Principal | None, attempt_id: str) -> Review:
        assert actor is not None
        with self.ctx.uow().reading() as uow:
            attempt = _attempt(uow, actor, attempt_id)
            if attempt.status == "in_progress":
                raise ServiceError(
                    translate("ResultsService", "This attempt is still in progress; submit it first.")
                )
            questions = questions_of_attempt(uow, attempt)
            responses = responses_of(questions, attempt.answers)
            passing = passing_score_of(uow, attempt)
            grade = grade_stored(uow, attempt, passing)
            seconds = attempt.question_seconds or {}
            items = tuple(
                ReviewItem(
                    i + 1,
                    q,
                    responses.get(q.id or ""),
                    s.result,
                    s.points,
                    s.earned,
                    seconds.get(q.id or ""),
                )
                for i, (q, s) in enumerate(zip(questions, grade.questions, strict=True))
            )
            return Review(
                attempt.id,
                attempt.exam_title or deleted_exam(),
                _student_name(uow, attempt.user_id),
                attempt.mode,
                attempt.status,
                attempt.score if attempt.score is not None else grade.score,
                attempt.passed,
                passing,
                grade.earned,
                grade.possible,
                grade.pending,
                attempt.start_time,
                attempt.end_time,
                float(attempt.elapsed_seconds or 0.0),
                attempt.finish_reason or "",
                items,
                attempt.exam_id is None,
            )

    @allow(Access.SIGNED_IN, QT_TRANSLATE_NOOP("Permissions", "see your attempts"))
    def my_attempts(self, actor: Principal | None) -> list[AttemptSummary]:
        """Finished attempts, oldest first (a history of scores over time)."""
        assert actor is not None
        with self.ctx.uow().reading() as uow:
            rows = uow.session.scalars(
                select(ExamAttempt)
                .where(ExamAttempt.user_id == actor.user_id, ExamAttempt.status != "in_progress")
                .order_by(ExamAttempt.end_time, ExamAttempt.created_at)
            )
            name = actor.display_name
            return [_summary(a, name) for a in rows]

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "see an exam's attempts"))
    def exam_attempts(self, actor: Principal | None, exam_id: str) -> list[AttemptSummary]:
        with self.ctx.uow().reading() as uow:
            rows = uow.session.execute(
                select(ExamAttempt, User)
                .outerjoin(User, User.id == ExamAttempt.user_id)
                .where(ExamAttempt.exam_id == exam_id)
                .order_by(ExamAttempt.created_at.desc())
            )
            return [
                _summary(a, deleted_account() if u is None else (u.full_name or u.email)) for a, u in rows
            ]

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "mark essays"))
    def grade_essay(
        self, actor: Principal | None, attempt_id: str, question_id: str, points_awarded: Fraction | int
    ) -> Review:
        """Give an essay `points_awarded` out of its points; the attempt is re-graded."""
        with self.ctx.uow() as uow:
            attempt = _attempt(uow, actor, attempt_id, lock=True)  # type: ignore[arg-type]
            if attempt.status == "in_progress":
                raise ServiceError(translate("ResultsService", "The attempt is still in progress."))
            by_id = {q.id: q for q in questions_of_attempt(uow, attempt)}
            q = by_id.get(question_id)
            if q is None or q.type is not QuestionType.ESSAY:
                raise NotFound(translate("ResultsService", "That essay is not part of this attempt."))
            awarded = Fraction(points_awarded)
            if not 0 <= awarded <= q.points:
                raise FieldError(
                    "points", translate("ResultsService", "Give between 0 and %n point(s).", None, q.points)
                )
            marks: dict[str, Any] = dict(attempt.manual_marks or {})
            credit = awarded / q.points if q.points else Fraction(0)
            marks[question_id] = str(credit)
            attempt.manual_marks = marks
            result = grade_stored(uow, attempt, passing_score_of(uow, attempt))
            attempt.score = result.score
            attempt.passed = result.passed
            attempt.status = "pending" if result.pending else "submitted"
            uow.commit()
        return self.review(actor, attempt_id)
