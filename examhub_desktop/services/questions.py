"""Questions of an exam: add, change, delete, reorder; new drafts drawn from the bank.

order_index stays dense (0..n-1) and total_questions equals the real count after every
write. Saving accepts an incomplete question in a draft (a teacher saves work in progress);
publishing is where every question must be valid.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from examhub_desktop.core.question import (
    Difficulty,
    Question,
    QuestionError,
    from_row,
    plain_text,
    to_row,
    validate,
)
from examhub_desktop.db.models import Exam, ExamAttempt, new_id
from examhub_desktop.db.models import Question as QuestionRow
from examhub_desktop.db.uow import UnitOfWork
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.errors import FieldError, NotFound, ServiceError
from examhub_desktop.services.permissions import Access, Principal, allow

MAX_BANK_DRAW = 500


@dataclass(frozen=True)
class QuestionItem:
    id: str
    exam_id: str
    number: int  # 1-based position
    question: Question
    problems: tuple[str, ...]

    @property
    def preview(self) -> str:
        text = " ".join(plain_text(self.question).split())
        return text if len(text) <= 120 else text[:117] + "…"


def question_of(row: QuestionRow) -> Question:
    try:
        return from_row(
            question_type=row.question_type,
            question_text=row.question_text,
            options=row.options,
            correct_answer=row.correct_answer,
            explanation=row.explanation,
            difficulty=row.difficulty,
            points=row.points,
            id=row.id,
        )
    except QuestionError as exc:
        raise ServiceError(str(exc)) from None


def item_of(row: QuestionRow, number: int) -> QuestionItem:
    q = question_of(row)
    return QuestionItem(row.id, row.exam_id or "", number, q, tuple(validate(q)))


def load_questions(uow: UnitOfWork, exam_id: str) -> list[QuestionItem]:
    return [item_of(r, i + 1) for i, r in enumerate(uow.questions.for_exam(exam_id))]


class LockedByAttempts(ServiceError):
    """The change would alter how existing attempts are graded."""


def get_exam(uow: UnitOfWork, exam_id: str) -> Exam:
    exam = uow.exams.get(exam_id)
    if exam is None:
        raise NotFound(translate("QuestionService", "That exam no longer exists."))
    return exam


def attempts_count(uow: UnitOfWork, exam_id: str) -> int:
    stmt = select(func.count()).select_from(ExamAttempt).where(ExamAttempt.exam_id == exam_id)
    return int(uow.session.scalar(stmt) or 0)


def require_changeable(uow: UnitOfWork, exam: Exam) -> None:
    """Questions, points and the passing score are frozen once anyone attempted the exam."""
    if attempts_count(uow, exam.id):
        raise LockedByAttempts(
            translate(
                "QuestionService",
                "“{title}” has attempts, so changing how it is graded would make their scores "
                "wrong. Use “Duplicate as new draft” and change the copy.",
            ).format(title=exam.title)
        )


def _renumber(uow: UnitOfWork, exam_id: str, ordered_ids: Sequence[str] | None = None) -> None:
    rows = list(uow.questions.for_exam(exam_id))
    if ordered_ids is not None:
        by_id = {r.id: r for r in rows}
        if set(ordered_ids) != set(by_id) or len(ordered_ids) != len(by_id):
            raise ServiceError(
                translate("QuestionService", "The exam's questions changed meanwhile; reload and try again.")
            )
        rows = [by_id[i] for i in ordered_ids]
    for i, row in enumerate(rows):
        if row.order_index != i:
            row.order_index = i
    uow.flush()
    uow.exams.refresh_question_count(exam_id)


class QuestionService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def _guard(self, uow: UnitOfWork, exam: Exam) -> None:
        require_changeable(uow, exam)

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "see an exam's questions"))
    def list(self, actor: Principal | None, exam_id: str) -> list[QuestionItem]:
        with self.ctx.uow().reading() as uow:
            get_exam(uow, exam_id)
            return load_questions(uow, exam_id)

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "open a question"))
    def get(self, actor: Principal | None, question_id: str) -> QuestionItem:
        with self.ctx.uow().reading() as uow:
            row = uow.questions.get(question_id)
            if row is None or row.exam_id is None:
                raise NotFound(translate("QuestionService", "That question no longer exists."))
            ids = [r.id for r in uow.questions.for_exam(row.exam_id)]
            return item_of(row, ids.index(row.id) + 1)

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "add questions"))
    def add(
        self, actor: Principal | None, exam_id: str, question: Question, position: int | None = None
    ) -> str:
        _check_storable(question)
        with self.ctx.uow() as uow:
            exam = get_exam(uow, exam_id)
            self._guard(uow, exam)
            ids = [r.id for r in uow.questions.for_exam(exam_id)]
            qid = new_id()
            uow.questions.add(QuestionRow(id=qid, exam_id=exam_id, order_index=len(ids), **to_row(question)))
            uow.flush()
            where = len(ids) if position is None else max(0, min(position, len(ids)))
            ids.insert(where, qid)
            _renumber(uow, exam_id, ids)
            uow.commit()
            return qid

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "change questions"))
    def update(self, actor: Principal | None, question_id: str, question: Question) -> None:
        _check_storable(question)
        with self.ctx.uow() as uow:
            row = uow.questions.get(question_id)
            if row is None or row.exam_id is None:
                raise NotFound(translate("QuestionService", "That question no longer exists."))
            self._guard(uow, get_exam(uow, row.exam_id))
            for key, value in to_row(question).items():
                setattr(row, key, value)
            uow.commit()

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "delete questions"))
    def delete(self, actor: Principal | None, question_id: str) -> None:
        with self.ctx.uow() as uow:
            row = uow.questions.get(question_id)
            if row is None or row.exam_id is None:
                raise NotFound(translate("QuestionService", "That question no longer exists."))
            exam_id = row.exam_id
            self._guard(uow, get_exam(uow, exam_id))
            uow.questions.delete(row)
            uow.flush()
            _renumber(uow, exam_id)
            uow.commit()

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "reorder questions"))
    def reorder(self, actor: Principal | None, exam_id: str, ordered_ids: Sequence[str]) -> None:
        with self.ctx.uow() as uow:
            self._guard(uow, get_exam(uow, exam_id))
            _renumber(uow, exam_id, list(ordered_ids))
            uow.commit()

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "draw a new exam from the question bank"))
    def new_exam_from_bank(
        self,
        actor: Principal | None,
        title: str,
        source_exam_ids: Sequence[str],
        count: int,
        *,
        difficulties: Sequence[str] = (),
        seed: int | None = None,
    ) -> str:
        """A new draft with `count` questions drawn at random from the chosen exams."""
        if not title.strip():
            raise FieldError("title", translate("QuestionService", "The title is empty."))
        if not source_exam_ids:
            raise FieldError(
                "sources", translate("QuestionService", "Choose at least one exam to draw from.")
            )
        if not 1 <= count <= MAX_BANK_DRAW:
            raise FieldError(
                "count",
                translate("QuestionService", "Draw between 1 and {max} questions.").format(max=MAX_BANK_DRAW),
            )
        wanted = [Difficulty(d).value for d in difficulties]
        with self.ctx.uow() as uow:
            stmt = select(QuestionRow).where(QuestionRow.exam_id.in_(list(source_exam_ids)))
            if wanted:
                stmt = stmt.where(QuestionRow.difficulty.in_(wanted))
            pool = sorted(
                uow.session.scalars(stmt), key=lambda r: (r.exam_id or "", r.order_index or 0, r.id)
            )
            if len(pool) < count:
                raise FieldError(
                    "count",
                    translate(
                        "QuestionService",
                        "The chosen exams have only %n matching question(s); draw at most that many.",
                        None,
                        len(pool),
                    ),
                )
            chosen = random.Random(seed).sample(pool, count)
            exam = uow.exams.add(
                Exam(
                    title=title.strip(),
                    status="draft",
                    passing_score=50,
                    generation_method="random_from_bank",
                    source_file_id=",".join(sorted(set(source_exam_ids)))[:255],
                    description=translate("QuestionService", "Drawn at random from: {titles}").format(
                        titles="; ".join(
                            e.title
                            for e in uow.session.scalars(
                                select(Exam).where(Exam.id.in_(list(source_exam_ids)))
                            )
                        )
                    ),
                )
            )
            uow.flush()
            uow.questions.bulk_insert(
                [
                    {
                        "id": new_id(),
                        "exam_id": exam.id,
                        "question_text": r.question_text,
                        "question_type": r.question_type,
                        "options": r.options,
                        "correct_answer": r.correct_answer,
                        "explanation": r.explanation,
                        "difficulty": r.difficulty,
                        "order_index": i,
                        "points": r.points,
                    }
                    for i, r in enumerate(chosen)
                ]
            )
            uow.exams.refresh_question_count(exam.id)
            uow.commit()
            return exam.id


def _check_storable(q: Question) -> None:
    """What the table itself cannot hold; everything else is checked at publishing."""
    if not q.text.strip():
        raise FieldError("text", translate("QuestionService", "The question text is empty."))
    if not 0 <= q.points <= 1000:
        raise FieldError("points", translate("QuestionService", "Points must be between 0 and 1000."))
    if len(q.choices) > 10:
        raise FieldError(
            "choices", translate("QuestionService", "A question can have at most 10 choices (A-J).")
        )
