"""After an attempt: its review, a student's history, a teacher's view of an exam's attempts,
and marking essays by hand (which re-grades the attempt)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import datetime
from fractions import Fraction
from typing import Any

from sqlalchemy import func, select

from examhub_desktop.core.exam_rules import ReviewShows
from examhub_desktop.core.grading import GradeResult
from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from examhub_desktop.core.question import Question, QuestionType, without_key
from examhub_desktop.core.responses import Response
from examhub_desktop.core.timing import Clock, SystemClock
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
from examhub_desktop.services.library import rules_of
from examhub_desktop.services.permissions import Access, Principal, allow


@dataclass(frozen=True)
class AwayEvent:
    """A full-screen attempt's window lost the focus at `left_at` for `seconds`."""

    left_at: datetime
    seconds: float


@dataclass(frozen=True)
class ReviewItem:
    number: int
    question: Question  # without its key unless the review shows the correct answers
    response: Response | None
    result: GradeResult | None  # None: right/wrong marks are not shown (yet)
    points: int
    earned: Fraction | None  # None: points are not shown (yet)
    seconds: float | None


@dataclass(frozen=True)
class Review:
    attempt_id: str
    exam_title: str
    student: str
    mode: str
    status: str
    score: int | None  # None: not shown (yet), by the exam's review options
    passed: bool | None
    passing_score: int | None
    earned: Fraction | None
    possible: Fraction
    pending: bool
    started: datetime | None
    ended: datetime | None
    seconds_taken: float
    finish_reason: str
    items: tuple[ReviewItem, ...]  # empty when the exam was deleted or answers are not shown
    exam_deleted: bool
    shows: ReviewShows = field(default_factory=ReviewShows)
    away: tuple[AwayEvent, ...] = ()  # full-screen mode: each time the window was left


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


def _shown_question(q: Question, shows: ReviewShows) -> Question:
    """`q` as the review may show it: without its key unless the correct answers are shown,
    without feedback and explanation unless feedback is shown."""
    if shows.correct_answers and shows.feedback:
        return q
    shown = q if shows.correct_answers else without_key(q)
    if shows.feedback:
        return replace(shown, explanation=q.explanation)
    return replace(
        shown,
        choices=tuple(replace(c, feedback="") for c in shown.choices),
        true_feedback="",
        false_feedback="",
        answers=tuple(replace(a, feedback="") for a in shown.answers),
        numeric_answers=tuple(replace(a, feedback="") for a in shown.numeric_answers),
        explanation="",
    )


def _shown_result(result: GradeResult, shows: ReviewShows) -> GradeResult | None:
    if not shows.marks:
        return None
    return result if shows.feedback else replace(result, feedback=())


def _student_name(uow: UnitOfWork, user_id: str | None) -> str:
    user = uow.users.get(user_id) if user_id else None
    return deleted_account() if user is None else (user.full_name or user.email)


def deleted_exam() -> str:
    return translate("ResultsService", "(deleted exam)")


def deleted_account() -> str:
    return translate("ResultsService", "(deleted account)")


class ResultsService:
    def __init__(self, ctx: AppContext, clock: Clock | None = None) -> None:
        self.ctx = ctx
        self.clock: Clock = clock or SystemClock()  # SQLite: when the exam closes, by this clock

    @allow(Access.SIGNED_IN, QT_TRANSLATE_NOOP("Permissions", "review an attempt"))
    def review(self, actor: Principal | None, attempt_id: str) -> Review:
        """A finished attempt, question by question. A student sees what the exam's review
        options show at this moment (exam mode; practice shows everything), and nothing of an
        exam while an exam attempt of it is in progress; a teacher sees everything."""
        assert actor is not None
        with self.ctx.uow().reading() as uow:
            attempt = _attempt(uow, actor, attempt_id)
            if attempt.status == "in_progress":
                raise ServiceError(
                    translate("ResultsService", "This attempt is still in progress; submit it first.")
                )
            shows = self._shows(uow, actor, attempt)
            questions = questions_of_attempt(uow, attempt)
            responses = responses_of(questions, attempt.answers)
            passing = passing_score_of(uow, attempt)
            grade = grade_stored(uow, attempt, passing)
            seconds = attempt.question_seconds or {}
            items = tuple(
                ReviewItem(
                    i + 1,
                    _shown_question(q, shows),
                    responses.get(q.id or ""),
                    _shown_result(s.result, shows),
                    s.points,
                    s.earned if shows.points else None,
                    seconds.get(q.id or ""),
                )
                for i, (q, s) in enumerate(zip(questions, grade.questions, strict=True))
            )
            score = attempt.score if attempt.score is not None else grade.score
            return Review(
                attempt.id,
                attempt.exam_title or deleted_exam(),
                _student_name(uow, attempt.user_id),
                attempt.mode,
                attempt.status,
                score if shows.points else None,
                attempt.passed if shows.points else None,
                passing,
                grade.earned if shows.points else None,
                grade.possible,
                grade.pending,
                attempt.start_time,
                attempt.end_time,
                float(attempt.elapsed_seconds or 0.0),
                attempt.finish_reason or "",
                items if shows.answers else (),
                attempt.exam_id is None,
                shows,
                away_events(attempt.away) if actor.is_admin else (),
            )

    def _shows(self, uow: UnitOfWork, actor: Principal, attempt: ExamAttempt) -> ReviewShows:
        """What of `attempt` its viewer may see now."""
        if actor.is_admin or attempt.exam_id is None:
            return ReviewShows()
        running = uow.session.scalar(
            select(func.count())
            .select_from(ExamAttempt)
            .where(
                ExamAttempt.user_id == actor.user_id,
                ExamAttempt.exam_id == attempt.exam_id,
                ExamAttempt.mode == "exam",
                ExamAttempt.status == "in_progress",
            )
        )
        if running:
            raise PermissionDenied(
                translate(
                    "ResultsService",
                    "You have an exam attempt of this exam in progress: its earlier attempts can be "
                    "reviewed after you submit it.",
                )
            )
        exam = uow.exams.get(attempt.exam_id)
        if attempt.mode != "exam" or exam is None:
            return ReviewShows()
        rules = rules_of(exam)
        now = uow.server_now() or self.clock.now()
        return rules.review.visible(now, rules.closes_at)

    @allow(Access.SIGNED_IN, QT_TRANSLATE_NOOP("Permissions", "see your attempts"))
    def my_attempts(self, actor: Principal | None) -> list[AttemptSummary]:
        """Finished attempts, oldest first (a history of scores over time)."""
        assert actor is not None
        with self.ctx.uow().reading() as uow:
            rows = list(
                uow.session.scalars(
                    select(ExamAttempt)
                    .where(ExamAttempt.user_id == actor.user_id, ExamAttempt.status != "in_progress")
                    .order_by(ExamAttempt.end_time, ExamAttempt.created_at)
                )
            )
            name = actor.display_name
            if actor.is_admin:
                return [_summary(a, name) for a in rows]
            # a score the exam's review options do not show yet is not in the history either
            now = uow.server_now() or self.clock.now()
            exams = {a.exam_id: uow.exams.get(a.exam_id) for a in rows if a.exam_id and a.mode == "exam"}
            hidden = {
                exam_id
                for exam_id, exam in exams.items()
                if exam is not None and not rules_of(exam).review.visible(now, exam.closes_at).points
            }
            out = []
            for a in rows:
                summary = _summary(a, name)
                if a.mode == "exam" and a.exam_id in hidden:
                    summary = replace(summary, score=None, passed=None)
                out.append(summary)
            return out

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
