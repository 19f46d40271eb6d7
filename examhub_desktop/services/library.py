"""The exam library: listing, searching, creating, changing, publishing and deleting exams.

Views hold exam ids and ask for the rows they show (`exam_ids` then `exam_rows`), so a
library of 10,000 exams opens without loading them all. Status workflow: draft -> published
-> archived, archived -> draft, published -> draft only while nobody has attempted it.
Publishing validates every question and refuses with the list of problems. An exam with
attempts keeps what grading depends on (questions, points, passing score): the teacher is
offered "Duplicate as new draft" instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from examhub_desktop.core.exam_rules import ExamRules, ReviewOptions, check_multiplier
from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from examhub_desktop.core.question import validate
from examhub_desktop.db.models import Exam, ExamAttempt, ExamExtraTime, User, new_id
from examhub_desktop.db.search import apply_search
from examhub_desktop.db.uow import UnitOfWork
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.errors import FieldError, ServiceError
from examhub_desktop.services.permissions import Access, Principal, allow
from examhub_desktop.services.questions import (
    LockedByAttempts,
    attempts_count,
    get_exam,
    load_questions,
    question_of,
    require_changeable,
)

STATUSES = ("draft", "published", "archived")
TRANSITIONS = {
    ("draft", "published"),
    ("published", "archived"),
    ("archived", "draft"),
    ("published", "draft"),
    ("archived", "published"),
}
MAX_DURATION = 1440
MAX_TITLE = 255
STATUS_NAMES = {
    "draft": QT_TRANSLATE_NOOP("LibraryService", "draft"),
    "published": QT_TRANSLATE_NOOP("LibraryService", "published"),
    "archived": QT_TRANSLATE_NOOP("LibraryService", "archived"),
}
SORT_COLUMNS = {
    "title": func.lower(Exam.title),
    "status": Exam.status,
    "is_public": Exam.is_public,
    "total_questions": Exam.total_questions,
    "duration_minutes": Exam.duration_minutes,
    "passing_score": Exam.passing_score,
    "updated_at": Exam.updated_at,
    "created_at": Exam.created_at,
    "attempts": select(func.count())
    .select_from(ExamAttempt)
    .where(ExamAttempt.exam_id == Exam.id)
    .correlate(Exam)
    .scalar_subquery(),
}


class PublishRefused(ServiceError):
    def __init__(self, problems: list[str]) -> None:
        heading = translate("LibraryService", "The exam cannot be published:")
        super().__init__("\n".join([heading, *problems]))
        self.problems = problems


@dataclass(frozen=True)
class ExamRow:
    id: str
    title: str
    status: str
    is_public: bool
    total_questions: int
    duration_minutes: int | None
    passing_score: int | None
    attempts: int
    updated_at: datetime | None


@dataclass(frozen=True)
class ExamFields:
    title: str
    description: str = ""
    duration_minutes: int | None = None  # None: untimed
    passing_score: int | None = 50
    is_public: bool = False
    shuffle_questions: bool = True  # False: every attempt shows the authored order
    rules: ExamRules = field(default_factory=ExamRules)  # attempts, grading method, practice, review, times

    def problems(self) -> dict[str, str]:
        out: dict[str, str] = dict(self.rules.problems())
        if not self.title.strip():
            out["title"] = translate("LibraryService", "The title is empty.")
        elif len(self.title) > MAX_TITLE:
            out["title"] = translate("LibraryService", "The title is longer than {max} characters.").format(
                max=MAX_TITLE
            )
        if self.duration_minutes is not None and not 1 <= self.duration_minutes <= MAX_DURATION:
            out["duration_minutes"] = translate(
                "LibraryService", "The duration must be 1 to {max} minutes, or untimed."
            ).format(max=MAX_DURATION)
        if self.passing_score is not None and not 0 <= self.passing_score <= 100:
            out["passing_score"] = translate(
                "LibraryService", "The passing score must be between 0 and 100%."
            )
        return out


@dataclass(frozen=True)
class ExtraTime:
    user_id: str
    email: str
    full_name: str
    time_multiplier: float


@dataclass(frozen=True)
class ExamFilter:
    status: str | None = None
    is_public: bool | None = None
    search: str = ""
    sort: str = "updated_at"
    descending: bool = True


@dataclass(frozen=True)
class ExamDetail:
    id: str
    fields: ExamFields
    status: str
    attempts: int
    generation_method: str | None
    source_file_name: str | None
    question_ids: tuple[str, ...] = field(default=())

    @property
    def grading_locked(self) -> bool:
        return self.attempts > 0


class LibraryService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "list the exam library"))
    def exam_ids(self, actor: Principal | None, filt: ExamFilter = ExamFilter()) -> list[str]:
        column: Any = SORT_COLUMNS.get(filt.sort, Exam.updated_at)
        order = [column.desc() if filt.descending else column.asc(), Exam.id]
        stmt = select(Exam.id).order_by(*order)
        if filt.status:
            stmt = stmt.where(Exam.status == filt.status)
        if filt.is_public is not None:
            stmt = stmt.where(Exam.is_public.is_(filt.is_public))
        with self.ctx.uow().reading() as uow:
            if filt.search.strip():
                stmt = apply_search(stmt, uow.session, filt.search)
            return list(uow.session.scalars(stmt))

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "list the exam library"))
    def exam_rows(self, actor: Principal | None, ids: list[str]) -> list[ExamRow]:
        """The rows for `ids`, in that order; ids of deleted exams are left out."""
        if not ids:
            return []
        with self.ctx.uow().reading() as uow:
            grouped = uow.session.execute(
                select(ExamAttempt.exam_id, func.count())
                .where(ExamAttempt.exam_id.in_(ids))
                .group_by(ExamAttempt.exam_id)
            )
            counts = {exam_id: int(n) for exam_id, n in grouped}
            exams = {e.id: e for e in uow.session.scalars(select(Exam).where(Exam.id.in_(ids)))}
            return [
                ExamRow(
                    id=e.id,
                    title=e.title,
                    status=e.status or "draft",
                    is_public=bool(e.is_public),
                    total_questions=e.total_questions or 0,
                    duration_minutes=e.duration_minutes,
                    passing_score=e.passing_score,
                    attempts=int(counts.get(e.id, 0)),
                    updated_at=e.updated_at,
                )
                for i in ids
                if (e := exams.get(i)) is not None
            ]

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "open an exam"))
    def get(self, actor: Principal | None, exam_id: str) -> ExamDetail:
        with self.ctx.uow().reading() as uow:
            exam = get_exam(uow, exam_id)
            return ExamDetail(
                id=exam.id,
                fields=ExamFields(
                    title=exam.title,
                    description=exam.description or "",
                    duration_minutes=exam.duration_minutes,
                    passing_score=exam.passing_score,
                    is_public=bool(exam.is_public),
                    shuffle_questions=bool(exam.shuffle_questions),
                    rules=rules_of(exam),
                ),
                status=exam.status or "draft",
                attempts=attempts_count(uow, exam.id),
                generation_method=exam.generation_method,
                source_file_name=exam.source_file_name,
                question_ids=tuple(q.id for q in uow.questions.for_exam(exam.id)),
            )

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "create exams"))
    def create(
        self, actor: Principal | None, fields: ExamFields, *, generation_method: str = "manual"
    ) -> str:
        _raise_field_problems(fields)
        with self.ctx.uow() as uow:
            exam = uow.exams.add(
                Exam(
                    title=fields.title.strip(),
                    description=fields.description or None,
                    duration_minutes=fields.duration_minutes,
                    passing_score=fields.passing_score,
                    is_public=fields.is_public,
                    shuffle_questions=fields.shuffle_questions,
                    status="draft",
                    total_questions=0,
                    generation_method=generation_method,
                )
            )
            set_rules(exam, fields.rules)
            uow.commit()
            return exam.id

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "change exams"))
    def update(self, actor: Principal | None, exam_id: str, fields: ExamFields) -> None:
        _raise_field_problems(fields)
        with self.ctx.uow() as uow:
            exam = get_exam(uow, exam_id)
            if fields.passing_score != exam.passing_score:
                require_changeable(uow, exam)
            exam.title = fields.title.strip()
            exam.description = fields.description or None
            exam.duration_minutes = fields.duration_minutes
            exam.passing_score = fields.passing_score
            exam.is_public = fields.is_public
            exam.shuffle_questions = fields.shuffle_questions
            set_rules(exam, fields.rules)
            uow.commit()

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "publish or archive exams"))
    def set_status(self, actor: Principal | None, exam_id: str, status: str) -> None:
        if status not in STATUSES:
            raise ServiceError(
                translate("LibraryService", "Unknown status {status}.").format(status=repr(status))
            )
        with self.ctx.uow() as uow:
            exam = get_exam(uow, exam_id)
            current = exam.status or "draft"
            if current == status:
                return
            if (current, status) not in TRANSITIONS:
                raise ServiceError(
                    translate("LibraryService", "An exam cannot go from {current} to {new}.").format(
                        current=status_name(current), new=status_name(status)
                    )
                )
            if current == "published" and status == "draft":
                require_changeable(uow, exam)
            if status == "published":
                problems = publish_problems(uow, exam)
                if problems:
                    raise PublishRefused(problems)
            exam.status = status
            uow.commit()

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "see what deleting an exam involves"))
    def delete_impact(self, actor: Principal | None, exam_id: str) -> tuple[int, int]:
        """(questions deleted, attempts kept without their exam)."""
        with self.ctx.uow().reading() as uow:
            exam = get_exam(uow, exam_id)
            return exam.total_questions or 0, attempts_count(uow, exam.id)

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "delete exams"))
    def delete(self, actor: Principal | None, exam_id: str) -> None:
        with self.ctx.uow() as uow:
            uow.session.delete(get_exam(uow, exam_id))
            uow.commit()

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "see who has extra time"))
    def extra_time(self, actor: Principal | None, exam_id: str) -> list[ExtraTime]:
        """The students with extra time on this exam, by name."""
        with self.ctx.uow().reading() as uow:
            get_exam(uow, exam_id)
            rows = uow.session.execute(
                select(ExamExtraTime, User)
                .join(User, User.id == ExamExtraTime.user_id)
                .where(ExamExtraTime.exam_id == exam_id)
                .order_by(func.lower(func.coalesce(User.full_name, User.email)))
            )
            return [ExtraTime(u.id, u.email, u.full_name or "", e.time_multiplier) for e, u in rows]

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "give extra time"))
    def set_extra_time(
        self, actor: Principal | None, exam_id: str, student: str, multiplier: float | None
    ) -> None:
        """Give `student` (an account id or e-mail address) `multiplier` times the exam's
        duration (1.25: a quarter more); None or 1 takes the extra time away. Attempts already
        started keep the time they started with."""
        if multiplier is not None and (problem := check_multiplier(multiplier)):
            raise FieldError("time_multiplier", problem)
        with self.ctx.uow() as uow:
            get_exam(uow, exam_id)
            user = uow.session.get(User, student) or uow.session.scalar(
                select(User).where(func.lower(User.email) == student.strip().lower())
            )
            if user is None:
                raise FieldError(
                    "student", translate("LibraryService", "There is no account {who}.").format(who=student)
                )
            row = uow.session.get(ExamExtraTime, (exam_id, user.id))
            if multiplier is None or multiplier == 1:
                if row is not None:
                    uow.session.delete(row)
            elif row is None:
                uow.session.add(ExamExtraTime(exam_id=exam_id, user_id=user.id, time_multiplier=multiplier))
            else:
                row.time_multiplier = multiplier
            uow.commit()

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "duplicate exams"))
    def duplicate(self, actor: Principal | None, exam_id: str) -> str:
        """A new draft with copies of every question ("Duplicate as new draft")."""
        with self.ctx.uow() as uow:
            src = get_exam(uow, exam_id)
            copy = uow.exams.add(
                Exam(
                    title=_copy_title(src.title),
                    description=src.description,
                    duration_minutes=src.duration_minutes,
                    passing_score=src.passing_score,
                    is_public=src.is_public,
                    shuffle_questions=src.shuffle_questions,
                    status="draft",
                    generation_method=f"duplicate:{src.id}",
                    source_file_name=src.source_file_name,
                )
            )
            set_rules(copy, rules_of(src))
            uow.flush()
            for extra in uow.session.scalars(select(ExamExtraTime).where(ExamExtraTime.exam_id == src.id)):
                uow.session.add(
                    ExamExtraTime(
                        exam_id=copy.id, user_id=extra.user_id, time_multiplier=extra.time_multiplier
                    )
                )
            rows = [
                {
                    "exam_id": copy.id,
                    "question_text": q.question_text,
                    "question_type": q.question_type,
                    "options": q.options,
                    "correct_answer": q.correct_answer,
                    "explanation": q.explanation,
                    "difficulty": q.difficulty,
                    "order_index": i,
                    "points": q.points,
                }
                for i, q in enumerate(uow.questions.for_exam(src.id))
            ]
            uow.questions.bulk_insert([{"id": new_id(), **r} for r in rows])
            uow.exams.refresh_question_count(copy.id)
            uow.commit()
            return copy.id


def rules_of(exam: Exam) -> ExamRules:
    """The exam's rules as stored (columns of 0006)."""
    return ExamRules(
        max_attempts=exam.max_attempts,
        grading_method=exam.grading_method or "highest",
        practice_allowed=bool(exam.practice_allowed),
        review=ReviewOptions.from_json(exam.review_options),
        fullscreen=bool(exam.fullscreen),
        opens_at=exam.opens_at,
        closes_at=exam.closes_at,
    )


def set_rules(exam: Exam, rules: ExamRules) -> None:
    exam.max_attempts = rules.max_attempts
    exam.grading_method = rules.grading_method
    exam.practice_allowed = rules.practice_allowed
    exam.review_options = None if rules.review == ReviewOptions() else rules.review.to_json()
    exam.fullscreen = rules.fullscreen
    exam.opens_at = rules.opens_at
    exam.closes_at = rules.closes_at


def publish_problems(uow: UnitOfWork, exam: Exam) -> list[str]:
    problems: list[str] = []
    if not (exam.title or "").strip():
        problems.append(translate("LibraryService", "The exam has no title."))
    rows = uow.questions.for_exam(exam.id)
    if not rows:
        problems.append(translate("LibraryService", "The exam has no questions."))
    for number, row in enumerate(rows, start=1):
        try:
            q = question_of(row)
        except ServiceError as exc:
            problems.append(_numbered(number, str(exc)))
            continue
        problems += [_numbered(number, p) for p in validate(q)]
    if rows and all(question_of(r).type.value == "description" for r in rows if _readable(r)):
        problems.append(translate("LibraryService", "The exam has only descriptions: nothing to answer."))
    return problems


def _numbered(number: int, problem: str) -> str:
    return translate("LibraryService", "Question {number}: {problem}").format(number=number, problem=problem)


def status_name(status: str) -> str:
    """An exam status in the user's language ("draft"), for messages."""
    return translate("LibraryService", STATUS_NAMES[status]) if status in STATUS_NAMES else status


def _readable(row: Any) -> bool:
    try:
        question_of(row)
    except ServiceError:
        return False
    return True


def _copy_title(title: str) -> str:
    new = translate("LibraryService", "Copy of {title}").format(title=title)
    return new[:MAX_TITLE]


def _raise_field_problems(fields: ExamFields) -> None:
    problems = fields.problems()
    if problems:
        key, message = next(iter(problems.items()))
        raise FieldError(key, message)


__all__ = [
    "ExamDetail",
    "ExamFields",
    "ExamFilter",
    "ExamRow",
    "ExtraTime",
    "LibraryService",
    "LockedByAttempts",
    "load_questions",
]
