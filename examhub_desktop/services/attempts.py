"""Taking an exam: start, answer, flag, resume after a crash, submit; the student's home.

Durability: `save` commits the answer, the flags and the time checkpoint in one UPDATE and
returns the attempt's new revision; the runner marks an answer saved only when that call
returned. Everything needed to resume exactly lives in the row: the question and choice
order (layout, fixed at start), answers, flags, elapsed seconds measured by the runner's
AttemptTimer, and when that was measured. An attempt whose time ran out while the app was
closed is submitted, with the answers it has, when its student next signs in.

Two devices may have the same attempt open. Every change locks the attempt's row first
(SELECT ... FOR UPDATE on PostgreSQL, BEGIN IMMEDIATE on SQLite) and merges only the
questions it carries, so no committed answer is written back from an older read. A save
that names the revision its device last saw (the runner's does) is refused with
`AttemptChanged` when another device saved since: nothing of it is written, and the device
reloads, keeps what its student typed, and saves again on top of what it now has seen.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from examhub_desktop.core.grading import GradeResult, grade_question
from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from examhub_desktop.core.question import Question
from examhub_desktop.core.responses import ResponseError, check_response, decode_response, encode_response
from examhub_desktop.core.shuffle import attempt_order, new_seed
from examhub_desktop.core.timing import Clock, SystemClock, TimeCheckpoint, deadline_at, elapsed_on_resume
from examhub_desktop.db.attempt_saves import AttemptSave, save_attempt
from examhub_desktop.db.models import Exam, ExamAttempt
from examhub_desktop.db.uow import UnitOfWork
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.errors import NotFound, PermissionDenied, ServiceError
from examhub_desktop.services.grading_store import finish_attempt, questions_of_attempt
from examhub_desktop.services.permissions import Access, Principal, allow
from examhub_desktop.services.questions import question_of

MODES = ("exam", "practice")


def _gone() -> NotFound:
    return NotFound(translate("AttemptService", "That attempt no longer exists."))


def _not_yours() -> PermissionDenied:
    return PermissionDenied(translate("AttemptService", "This attempt belongs to somebody else."))


def _closed() -> ServiceError:
    return ServiceError(
        translate("AttemptService", "This attempt was submitted already; it can no longer change.")
    )


def _save_refusal(outcome: str) -> ServiceError:
    """The error for a save refused for `outcome` (db/attempt_saves.py)."""
    if outcome == "missing":
        return _gone()
    if outcome == "not-yours":
        return _not_yours()
    if outcome == "closed":
        return _closed()
    return PermissionDenied(translate("AttemptService", "This attempt cannot be changed any more."))


@dataclass(frozen=True)
class HomeExam:
    exam_id: str
    title: str
    description: str
    question_count: int
    duration_minutes: int | None
    passing_score: int | None
    my_attempts: int
    best_score: int | None


@dataclass(frozen=True)
class InProgress:
    attempt_id: str
    exam_id: str | None
    title: str
    mode: str
    remaining_seconds: float | None  # None: untimed
    answered: int
    total: int


@dataclass(frozen=True)
class Home:
    exams: tuple[HomeExam, ...]
    in_progress: tuple[InProgress, ...]


@dataclass(frozen=True)
class RunnerQuestion:
    question: Question
    choice_order: tuple[int, ...]  # indexes into question.choices in display order
    prompt_order: tuple[int, ...]  # matching: indexes into question.pairs
    match_options: tuple[str, ...]  # matching: answer texts offered, in order


@dataclass(frozen=True)
class RunnerState:
    """Everything the runner window shows, in display order."""

    attempt_id: str
    exam_title: str
    mode: str
    questions: tuple[RunnerQuestion, ...]
    answers: Mapping[str, Any]  # question id -> decoded response
    flags: frozenset[str]
    checkpoint: TimeCheckpoint
    time_limit_seconds: int | None
    revision: int
    question_seconds: Mapping[str, float]


@dataclass(frozen=True)
class SaveAck:
    attempt_id: str
    revision: int


class AttemptChanged(ServiceError):
    """Another device saved this attempt since this one last saw it; nothing was written.

    `revision` is the attempt's revision now: reload the attempt, then save again."""

    def __init__(self, revision: int) -> None:
        super().__init__(
            translate(
                "AttemptService",
                "This attempt is also open on another device, which saved answers this one has "
                "not seen yet. Open the attempt again to see them, then save.",
            )
        )
        self.revision = revision


def _own(uow: UnitOfWork, actor: Principal, attempt_id: str, *, lock: bool = False) -> ExamAttempt:
    """The actor's attempt; `lock` holds its row until the unit of work ends (it will change)."""
    attempt = uow.session.get(ExamAttempt, attempt_id, with_for_update=lock or None)
    if attempt is None and lock:  # a school server's row security lets nobody lock a closed attempt
        attempt = uow.session.get(ExamAttempt, attempt_id)
    if attempt is None:
        raise _gone()
    if attempt.user_id != actor.user_id:
        raise _not_yours()
    return attempt


def _in_progress(attempt: ExamAttempt) -> None:
    if attempt.status != "in_progress":
        raise _closed()


def checkpoint_of(attempt: ExamAttempt) -> TimeCheckpoint:
    started = attempt.start_time or attempt.created_at
    saved = attempt.checkpoint_at or started
    assert started is not None and saved is not None
    return TimeCheckpoint(started, float(attempt.elapsed_seconds or 0.0), saved)


def remaining_at(attempt: ExamAttempt, now: datetime) -> float | None:
    if attempt.time_limit_seconds is None:
        return None
    return max(0.0, attempt.time_limit_seconds - elapsed_on_resume(checkpoint_of(attempt), now))


class AttemptService:
    def __init__(self, ctx: AppContext, clock: Clock | None = None) -> None:
        self.ctx = ctx
        self.clock: Clock = clock or SystemClock()
        # attempt id -> (its exam, its question ids), both fixed when it starts
        self._shown: dict[str, tuple[str | None, frozenset[str]]] = {}
        self._questions: dict[str, tuple[str | None, Question]] = {}  # id -> (exam id, question)

    # ------------------------------------------------------------------ home
    @allow(Access.SIGNED_IN, QT_TRANSLATE_NOOP("Permissions", "see the exams you can take"))
    def home(self, actor: Principal | None) -> Home:
        assert actor is not None
        self.expire_overdue(actor)
        with self.ctx.uow().reading() as uow:
            mine = (
                select(
                    ExamAttempt.exam_id,
                    func.count().label("n"),
                    func.max(ExamAttempt.score).label("best"),
                )
                .where(ExamAttempt.user_id == actor.user_id, ExamAttempt.status != "in_progress")
                .group_by(ExamAttempt.exam_id)
            )
            stats = {row.exam_id: (int(row.n), row.best) for row in uow.session.execute(mine)}
            exams = uow.session.scalars(
                select(Exam)
                .where(Exam.status == "published", Exam.is_public.is_(True), Exam.total_questions > 0)
                .order_by(func.lower(Exam.title))
            )
            listed = tuple(
                HomeExam(
                    e.id,
                    e.title,
                    e.description or "",
                    e.total_questions or 0,
                    e.duration_minutes,
                    e.passing_score,
                    stats.get(e.id, (0, None))[0],
                    stats.get(e.id, (0, None))[1],
                )
                for e in exams
            )
            now = self.clock.now()
            running = tuple(
                InProgress(
                    a.id,
                    a.exam_id,
                    a.exam_title or "",
                    a.mode,
                    remaining_at(a, now),
                    len([v for v in (a.answers or {}).values() if v is not None]),
                    len((a.layout or {}).get("questions", [])),
                )
                for a in uow.session.scalars(
                    select(ExamAttempt)
                    .where(ExamAttempt.user_id == actor.user_id, ExamAttempt.status == "in_progress")
                    .order_by(ExamAttempt.created_at.desc())
                )
            )
            return Home(listed, running)

    # ------------------------------------------------------------------ start / resume
    @allow(Access.SIGNED_IN, QT_TRANSLATE_NOOP("Permissions", "start an exam"))
    def start(self, actor: Principal | None, exam_id: str, mode: str = "exam", *, timed: bool = False) -> str:
        """A new attempt, or the one already in progress for this exam and mode.

        Exam mode keeps the exam's time limit; practice is untimed unless `timed`.
        """
        assert actor is not None
        if mode not in MODES:
            raise ServiceError(translate("AttemptService", "Unknown mode {mode}.").format(mode=repr(mode)))
        self.expire_overdue(actor)
        with self.ctx.uow() as uow:
            uow.lock(f"examhub_start:{actor.user_id}")  # two devices starting at once get one attempt
            exam = uow.exams.get(exam_id)
            if exam is None:
                raise NotFound(translate("AttemptService", "That exam no longer exists."))
            if not actor.is_admin and not (exam.status == "published" and exam.is_public):
                raise PermissionDenied(translate("AttemptService", "This exam is not open to students."))
            running = uow.session.scalar(
                select(ExamAttempt).where(
                    ExamAttempt.user_id == actor.user_id,
                    ExamAttempt.exam_id == exam_id,
                    ExamAttempt.status == "in_progress",
                    ExamAttempt.mode == mode,
                )
            )
            if running is not None:
                return running.id
            rows = uow.questions.for_exam(exam_id)
            if not rows:
                raise ServiceError(translate("AttemptService", "This exam has no questions yet."))
            questions = [question_of(r) for r in rows]
            seed = new_seed()
            order = attempt_order(seed, questions, shuffle_questions=exam.shuffle_questions)
            layout = {
                "questions": [questions[i].id for i in order.questions],
                "choices": {questions[i].id: list(o) for i, o in order.choices.items()},
                "matching": {
                    questions[i].id: {"prompts": list(m.prompts), "options": list(m.options)}
                    for i, m in order.matching.items()
                },
            }
            now = self.clock.now()
            # exam mode keeps the exam's time limit; practice is untimed unless the student asks
            limit = (
                exam.duration_minutes * 60 if exam.duration_minutes and (mode == "exam" or timed) else None
            )
            attempt = uow.attempts.add(
                ExamAttempt(
                    user_id=actor.user_id,
                    exam_id=exam_id,
                    exam_title=exam.title,
                    mode=mode,
                    status="in_progress",
                    start_time=now,
                    checkpoint_at=now,
                    elapsed_seconds=0.0,
                    time_limit_seconds=limit,
                    order_seed=seed,
                    layout=layout,
                    answers={},
                    flags=[],
                    question_seconds={},
                    revision=0,
                )
            )
            uow.commit()
            return attempt.id

    @allow(Access.SIGNED_IN, QT_TRANSLATE_NOOP("Permissions", "open an attempt"))
    def state(self, actor: Principal | None, attempt_id: str) -> RunnerState:
        assert actor is not None
        with self.ctx.uow().reading() as uow:
            attempt = _own(uow, actor, attempt_id)
            _in_progress(attempt)
            questions = questions_of_attempt(uow, attempt)
            self._remember(attempt, questions)
            by_id = {q.id: q for q in questions}
            layout = attempt.layout or {}
            shown: list[RunnerQuestion] = []
            for qid in layout.get("questions", []):
                q = by_id.get(qid)
                if q is None:
                    continue
                m = (layout.get("matching") or {}).get(qid) or {}
                shown.append(
                    RunnerQuestion(
                        q,
                        tuple((layout.get("choices") or {}).get(qid, range(len(q.choices)))),
                        tuple(m.get("prompts", range(len(q.pairs)))),
                        tuple(m.get("options", ())),
                    )
                )
            answers = {}
            for qid, raw in (attempt.answers or {}).items():
                if qid in by_id:
                    try:
                        answers[qid] = decode_response(by_id[qid].type, raw)
                    except ResponseError:
                        answers[qid] = None
            return RunnerState(
                attempt.id,
                attempt.exam_title or "",
                attempt.mode,
                tuple(shown),
                answers,
                frozenset(attempt.flags or ()),
                checkpoint_of(attempt),
                attempt.time_limit_seconds,
                attempt.revision,
                dict(attempt.question_seconds or {}),
            )

    # ------------------------------------------------------------------ answering
    @allow(Access.SIGNED_IN, QT_TRANSLATE_NOOP("Permissions", "answer questions"))
    def save(
        self,
        actor: Principal | None,
        attempt_id: str,
        *,
        checkpoint: TimeCheckpoint,
        answers: Mapping[str, Any] | None = None,
        flags: frozenset[str] | None = None,
        question_seconds: Mapping[str, float] | None = None,
        expected_revision: int | None = None,
    ) -> SaveAck:
        """Commit changed answers (question id -> response or None), flags and time; the ack.

        With `expected_revision` (the revision this device last saw) the save is refused with
        `AttemptChanged` if another device saved since. The hot path of the runner (every
        answer change): the answers are checked against the attempt's questions, which are
        cached (an exam with attempts cannot change, questions.require_changeable), then one
        short transaction reads the row under its lock, merges the answers per question and
        writes it (db/attempt_saves.py).
        """
        assert actor is not None
        encoded: dict[str, Any] | None = None
        if answers:
            encoded = {}
            for qid, response in answers.items():
                q = self._answerable(actor, attempt_id, qid)
                try:
                    encoded[qid] = encode_response(q.type, check_response(q, response))
                except ResponseError as exc:
                    raise ServiceError(str(exc)) from None
        result = save_attempt(
            self.ctx.database,
            AttemptSave(
                attempt_id,
                actor.user_id,
                elapsed_seconds=checkpoint.elapsed,
                checkpoint_at=checkpoint.saved_at,
                answers=encoded,
                flags=None if flags is None else sorted(flags),
                question_seconds=None
                if question_seconds is None
                else {k: round(float(v), 1) for k, v in question_seconds.items()},
                expected_revision=expected_revision,
            ),
        )
        if result.outcome == "saved":
            return SaveAck(attempt_id, result.revision)
        if result.outcome == "changed":
            raise AttemptChanged(result.revision)
        raise _save_refusal(result.outcome)

    def _remember(self, attempt: ExamAttempt, questions: list[Question]) -> None:
        """What the saves check answers against: the attempt's exam, question ids and questions."""
        for q in questions:
            self._questions[q.id or ""] = (attempt.exam_id, q)
        self._shown[attempt.id] = (attempt.exam_id, frozenset((attempt.layout or {}).get("questions", ())))

    def _answerable(self, actor: Principal, attempt_id: str, qid: str) -> Question:
        """The attempt's question `qid`; read with the attempt unless `state()` read them already."""
        shown = self._shown.get(attempt_id)
        if shown is None:
            with self.ctx.uow().reading() as uow:
                attempt = _own(uow, actor, attempt_id)
                _in_progress(attempt)
                self._remember(attempt, questions_of_attempt(uow, attempt))
            shown = self._shown[attempt_id]
        exam_id, ids = shown
        cached = self._questions.get(qid) if qid in ids else None
        if cached is None or cached[0] != exam_id:
            raise ServiceError(translate("AttemptService", "That question is not part of this attempt."))
        return cached[1]

    @allow(Access.SIGNED_IN, QT_TRANSLATE_NOOP("Permissions", "check an answer in practice"))
    def check(self, actor: Principal | None, attempt_id: str, question_id: str) -> GradeResult:
        """Practice mode: whether the saved answer is right, with the feedback to show."""
        assert actor is not None
        with self.ctx.uow().reading() as uow:
            attempt = _own(uow, actor, attempt_id)
            if attempt.mode != "practice":
                raise PermissionDenied(
                    translate("AttemptService", "Answers are checked only in practice mode.")
                )
            by_id = {q.id: q for q in questions_of_attempt(uow, attempt)}
            q = by_id.get(question_id)
            if q is None:
                raise NotFound(translate("AttemptService", "That question is not part of this attempt."))
            raw = (attempt.answers or {}).get(question_id)
            return grade_question(q, decode_response(q.type, raw))

    @allow(Access.SIGNED_IN, QT_TRANSLATE_NOOP("Permissions", "submit an attempt"))
    def submit(
        self,
        actor: Principal | None,
        attempt_id: str,
        checkpoint: TimeCheckpoint,
        *,
        reason: str = "submitted",
    ) -> str:
        assert actor is not None
        with self.ctx.uow() as uow:
            attempt = _own(uow, actor, attempt_id, lock=True)  # a save racing it waits, then sees it closed
            _in_progress(attempt)
            attempt.elapsed_seconds = max(float(attempt.elapsed_seconds or 0.0), checkpoint.elapsed)
            attempt.checkpoint_at = checkpoint.saved_at
            end = checkpoint.saved_at
            if (
                attempt.time_limit_seconds is not None
                and attempt.elapsed_seconds >= attempt.time_limit_seconds
            ):
                end = deadline_at(checkpoint_of(attempt), attempt.time_limit_seconds)
                attempt.elapsed_seconds = float(attempt.time_limit_seconds)
                reason = "time_up"
            finish_attempt(uow, attempt, end, reason)
            uow.commit()
            return attempt.id

    def expire_overdue(self, actor: Principal) -> list[str]:
        """Submit this student's attempts whose time ran out while the app was closed."""
        now = self.clock.now()
        done: list[str] = []
        with self.ctx.uow() as uow:
            for attempt in uow.session.scalars(
                select(ExamAttempt)
                .where(
                    ExamAttempt.user_id == actor.user_id,
                    ExamAttempt.status == "in_progress",
                    ExamAttempt.time_limit_seconds.is_not(None),
                )
                .with_for_update()
            ):
                limit = attempt.time_limit_seconds
                assert limit is not None
                if elapsed_on_resume(checkpoint_of(attempt), now) >= limit:
                    end = deadline_at(checkpoint_of(attempt), limit)
                    attempt.elapsed_seconds = float(limit)
                    finish_attempt(uow, attempt, min(end, now), "expired_while_closed")
                    done.append(attempt.id)
            uow.commit()
        return done
