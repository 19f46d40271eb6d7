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

Integrity (what a student who wants a better score would try):
- Nothing this service returns to a student while an attempt runs carries the answer key:
  the runner's questions are `without_key` copies, and the answers are checked against such
  copies too. Practice hands out the key of one question when the student checks it.
- Time is measured here, never taken from the window: on PostgreSQL by the server's clock,
  on SQLite by this process's monotonic clock since the last checkpoint (AttemptTimer, with
  its rules for a clock turned back). A save more than GRACE_SECONDS past the time limit is
  refused (`TimeUp`) and writes nothing; a submit after the limit closes the attempt as
  `time_up` with what was saved before.
- The exam's rules (core/exam_rules.py) are checked when an attempt starts: opening and
  closing times and attempts allowed for exam mode; practice only where offered, not before
  the exam opens (it shows the key), and never while the same student has an exam attempt of
  that exam in progress (nor checking answers or reviewing that exam's attempts then).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from examhub_desktop.core.exam_rules import (
    GRACE_SECONDS,
    ExamRules,
    attempt_limit_seconds,
    counted_score,
)
from examhub_desktop.core.grading import GradeResult, grade_question
from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from examhub_desktop.core.question import Question, without_key
from examhub_desktop.core.responses import (
    ResponseError,
    check_response,
    decode_response,
    encode_response,
    matching_options,
)
from examhub_desktop.core.shuffle import attempt_order, new_seed
from examhub_desktop.core.timing import (
    AttemptTimer,
    Clock,
    SystemClock,
    TimeCheckpoint,
    deadline_at,
    elapsed_on_resume,
)
from examhub_desktop.db.attempt_saves import AttemptSave, save_attempt, server_elapsed
from examhub_desktop.db.models import Exam, ExamAttempt, ExamExtraTime
from examhub_desktop.db.uow import UnitOfWork
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.errors import NotFound, PermissionDenied, ServiceError
from examhub_desktop.services.grading_store import finish_attempt, questions_of_attempt
from examhub_desktop.services.library import rules_of
from examhub_desktop.services.permissions import Access, Principal, allow
from examhub_desktop.services.questions import question_of

MODES = ("exam", "practice")
MAX_AWAY_EVENTS = 500


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
    if outcome == "time-up":
        return TimeUp()
    return PermissionDenied(translate("AttemptService", "This attempt cannot be changed any more."))


class TimeUp(ServiceError):
    """The attempt's time ran out: nothing more is saved; it is submitted as it was saved."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "AttemptService",
                "Time is up: this change arrived after the time limit and was not saved. The attempt "
                "is submitted with the answers saved before.",
            )
        )


def _exam_running() -> PermissionDenied:
    return PermissionDenied(
        translate(
            "AttemptService",
            "You have an exam attempt of this exam in progress: practice, checking answers and "
            "reviewing earlier attempts of it wait until you submit it.",
        )
    )


@dataclass(frozen=True)
class HomeExam:
    exam_id: str
    title: str
    description: str
    question_count: int
    duration_minutes: int | None
    passing_score: int | None
    my_attempts: int  # finished exam-mode attempts
    grade: int | None  # the score that counts (rules.grading_method); None: none yet, or not shown
    rules: ExamRules = field(default_factory=ExamRules)
    attempts_left: int | None = None  # None: unlimited
    time_limit_seconds: int | None = None  # an exam attempt started now would have this long
    not_open: str = ""  # why an exam attempt cannot start now ("" when it can)
    practice_offered: bool = True  # the exam offers practice, and it has opened


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
    fullscreen: bool = False  # full-screen exam mode: leaving the window is recorded


@dataclass(frozen=True)
class SaveAck:
    attempt_id: str
    revision: int
    remaining_seconds: float | None = None  # by the clock that counts (None: untimed)


@dataclass(frozen=True)
class Checked:
    """Practice: how the saved answer grades, and the question with its key to explain it."""

    result: GradeResult
    question: Question


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
        # id -> (exam id, the question without its key): what saves check answers against
        self._questions: dict[str, tuple[str | None, Question]] = {}
        # SQLite: each open attempt's clock in this process (monotonic since its last checkpoint)
        self._timers: dict[str, AttemptTimer] = {}

    # ------------------------------------------------------------------ time
    def _now(self, uow: UnitOfWork) -> datetime:
        """The time that counts: the database server's on PostgreSQL, this process's on SQLite."""
        return uow.server_now() or self.clock.now()

    def _timer(self, attempt: ExamAttempt) -> AttemptTimer:
        """SQLite: the attempt's clock in this process, resumed from the stored checkpoint when
        there is none yet or another device stored more time than it measured."""
        stored = checkpoint_of(attempt)
        timer = self._timers.get(attempt.id)
        if timer is None or timer.elapsed() < stored.elapsed:
            timer = self._timers[attempt.id] = AttemptTimer.resume(self.clock, stored, None)
        return timer

    def _elapsed(self, uow: UnitOfWork, attempt: ExamAttempt) -> tuple[float, datetime]:
        """(elapsed seconds now, the checkpoint time to store with them)."""
        server = uow.server_now()
        if server is not None:
            return server_elapsed(attempt.elapsed_seconds, attempt.checkpoint_at, server), server
        checkpoint = self._timer(attempt).checkpoint()
        return max(checkpoint.elapsed, float(attempt.elapsed_seconds or 0.0)), checkpoint.saved_at

    # ------------------------------------------------------------------ home
    @allow(Access.SIGNED_IN, QT_TRANSLATE_NOOP("Permissions", "see the exams you can take"))
    def home(self, actor: Principal | None) -> Home:
        assert actor is not None
        self.expire_overdue(actor)
        with self.ctx.uow().reading() as uow:
            now = self._now(uow)
            finished: dict[str | None, list[int]] = {}
            started: dict[str | None, int] = {}
            for exam_id, mode, status, score in uow.session.execute(
                select(ExamAttempt.exam_id, ExamAttempt.mode, ExamAttempt.status, ExamAttempt.score)
                .where(ExamAttempt.user_id == actor.user_id)
                .order_by(ExamAttempt.start_time, ExamAttempt.created_at)
            ):
                if mode != "exam":
                    continue
                started[exam_id] = started.get(exam_id, 0) + 1
                if status != "in_progress":
                    finished.setdefault(exam_id, []).append(int(score or 0))
            extra = {
                e.exam_id: e.time_multiplier
                for e in uow.session.scalars(
                    select(ExamExtraTime).where(ExamExtraTime.user_id == actor.user_id)
                )
            }
            exams = uow.session.scalars(
                select(Exam)
                .where(Exam.status == "published", Exam.is_public.is_(True), Exam.total_questions > 0)
                .order_by(func.lower(Exam.title))
            )
            listed = []
            for e in exams:
                rules = rules_of(e)
                scores = finished.get(e.id, [])
                shows = rules.review.visible(now, rules.closes_at)
                left = (
                    None if rules.max_attempts is None else max(0, rules.max_attempts - started.get(e.id, 0))
                )
                not_open = rules.not_open_reason(now) or ""
                if not not_open and left == 0:
                    not_open = translate("AttemptService", "You have used every attempt at this exam.")
                listed.append(
                    HomeExam(
                        e.id,
                        e.title,
                        e.description or "",
                        e.total_questions or 0,
                        e.duration_minutes,
                        e.passing_score,
                        len(scores),
                        counted_score(scores, rules.grading_method) if shows.points else None,
                        rules,
                        left,
                        attempt_limit_seconds(e.duration_minutes, extra.get(e.id, 1.0), now, rules.closes_at),
                        not_open,
                        rules.practice_allowed and (rules.opens_at is None or now >= rules.opens_at),
                    )
                )
            running = tuple(
                InProgress(
                    a.id,
                    a.exam_id,
                    a.exam_title or "",
                    a.mode,
                    None
                    if a.time_limit_seconds is None
                    else max(0.0, a.time_limit_seconds - self._elapsed(uow, a)[0]),
                    len([v for v in (a.answers or {}).values() if v is not None]),
                    len((a.layout or {}).get("questions", [])),
                )
                for a in uow.session.scalars(
                    select(ExamAttempt)
                    .where(ExamAttempt.user_id == actor.user_id, ExamAttempt.status == "in_progress")
                    .order_by(ExamAttempt.created_at.desc())
                )
            )
            return Home(tuple(listed), running)

    # ------------------------------------------------------------------ start / resume
    @allow(Access.SIGNED_IN, QT_TRANSLATE_NOOP("Permissions", "start an exam"))
    def start(self, actor: Principal | None, exam_id: str, mode: str = "exam", *, timed: bool = False) -> str:
        """A new attempt, or the one already in progress for this exam and mode.

        Exam mode keeps the exam's time limit (times the student's extra time, cut at the
        closing time); practice is untimed unless `timed`. The exam's rules are checked for
        students; a teacher trying an exam is not held to them.
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
            rules = rules_of(exam)
            now = self._now(uow)
            mine = list(
                uow.session.execute(
                    select(ExamAttempt.id, ExamAttempt.mode, ExamAttempt.status).where(
                        ExamAttempt.user_id == actor.user_id, ExamAttempt.exam_id == exam_id
                    )
                )
            )
            if mode == "practice" and not actor.is_admin:
                if not rules.practice_allowed:
                    raise PermissionDenied(
                        translate("AttemptService", "This exam is not offered for practice.")
                    )
                if rules.opens_at is not None and now < rules.opens_at:  # practice shows the key
                    raise PermissionDenied(rules.not_open_reason(now) or "")
                if any(m == "exam" and st == "in_progress" for _i, m, st in mine):
                    raise _exam_running()
            running = next((i for i, m, st in mine if m == mode and st == "in_progress"), None)
            if running is not None:
                return str(running)
            if mode == "exam" and not actor.is_admin:
                closed = rules.not_open_reason(now)
                if closed:
                    raise PermissionDenied(closed)
                used = sum(1 for _i, m, _st in mine if m == "exam")
                if rules.max_attempts is not None and used >= rules.max_attempts:
                    raise PermissionDenied(
                        translate(
                            "AttemptService",
                            "You have used all %n attempt(s) allowed at this exam.",
                            None,
                            rules.max_attempts,
                        )
                    )
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
            limit: int | None = None
            if mode == "exam":
                extra = uow.session.get(ExamExtraTime, (exam_id, actor.user_id))
                limit = attempt_limit_seconds(
                    exam.duration_minutes,
                    extra.time_multiplier if extra is not None else 1.0,
                    now,
                    None if actor.is_admin else rules.closes_at,
                )
            elif timed and exam.duration_minutes:
                limit = exam.duration_minutes * 60
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
        """What the runner shows: the questions without their answer keys, in display order."""
        assert actor is not None
        with self.ctx.uow().reading() as uow:
            attempt = _own(uow, actor, attempt_id)
            _in_progress(attempt)
            if attempt.mode == "practice" and not actor.is_admin:
                self._no_exam_running(uow, actor, attempt.exam_id)
            questions = self._remember(attempt, questions_of_attempt(uow, attempt))
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
                        tuple(m.get("options", ())) or matching_options(q),
                    )
                )
            answers = {}
            for qid, raw in (attempt.answers or {}).items():
                if qid in by_id:
                    try:
                        answers[qid] = decode_response(by_id[qid].type, raw)
                    except ResponseError:
                        answers[qid] = None
            elapsed, _at = self._elapsed(uow, attempt)
            exam = uow.exams.get(attempt.exam_id) if attempt.exam_id else None
            started = attempt.start_time or attempt.created_at or self.clock.now()
            return RunnerState(
                attempt.id,
                attempt.exam_title or "",
                attempt.mode,
                tuple(shown),
                answers,
                frozenset(attempt.flags or ()),
                # measured now, on this process's clock: the window's display timer goes on from it
                TimeCheckpoint(started, elapsed, self.clock.now()),
                attempt.time_limit_seconds,
                attempt.revision,
                dict(attempt.question_seconds or {}),
                fullscreen=attempt.mode == "exam" and exam is not None and bool(exam.fullscreen),
            )

    def _no_exam_running(self, uow: UnitOfWork, actor: Principal, exam_id: str | None) -> None:
        """Refuse while the actor has an exam attempt of `exam_id` in progress."""
        if exam_id is None:
            return
        running = uow.session.scalar(
            select(func.count())
            .select_from(ExamAttempt)
            .where(
                ExamAttempt.user_id == actor.user_id,
                ExamAttempt.exam_id == exam_id,
                ExamAttempt.mode == "exam",
                ExamAttempt.status == "in_progress",
            )
        )
        if running:
            raise _exam_running()

    # ------------------------------------------------------------------ answering
    @allow(Access.SIGNED_IN, QT_TRANSLATE_NOOP("Permissions", "answer questions"))
    def save(
        self,
        actor: Principal | None,
        attempt_id: str,
        *,
        answers: Mapping[str, Any] | None = None,
        flags: frozenset[str] | None = None,
        question_seconds: Mapping[str, float] | None = None,
        expected_revision: int | None = None,
    ) -> SaveAck:
        """Commit changed answers (question id -> response or None), flags and time; the ack.

        With `expected_revision` (the revision this device last saw) the save is refused with
        `AttemptChanged` if another device saved since, and after the time limit (plus
        GRACE_SECONDS) with `TimeUp`. The hot path of the runner (every answer change): the
        answers are checked against the attempt's questions, which are cached (an exam with
        attempts cannot change, questions.require_changeable), then one short transaction
        reads the row under its lock, merges the answers per question and writes it
        (db/attempt_saves.py). The time is measured here (SQLite) or by the server.
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
        measured: TimeCheckpoint | None = None
        if self.ctx.database.location.is_sqlite:
            timer = self._timers.get(attempt_id)
            if timer is None:
                with self.ctx.uow().reading() as uow:
                    timer = self._timer(_own(uow, actor, attempt_id))
            measured = timer.checkpoint()
        result = save_attempt(
            self.ctx.database,
            AttemptSave(
                attempt_id,
                actor.user_id,
                answers=encoded,
                flags=None if flags is None else sorted(flags),
                question_seconds=None
                if question_seconds is None
                else {k: round(float(v), 1) for k, v in question_seconds.items()},
                expected_revision=expected_revision,
                grace_seconds=GRACE_SECONDS,
                elapsed_seconds=0.0 if measured is None else measured.elapsed,
                checkpoint_at=None if measured is None else measured.saved_at,
            ),
        )
        if measured is not None and result.elapsed > measured.elapsed + 1.0:
            # another device stored more time than this process measured: go on from there
            self._timers[attempt_id] = AttemptTimer.resume(
                self.clock, TimeCheckpoint(measured.started_at, result.elapsed, measured.saved_at), None
            )
        if result.outcome == "saved":
            return SaveAck(attempt_id, result.revision, result.remaining)
        if result.outcome == "changed":
            raise AttemptChanged(result.revision)
        raise _save_refusal(result.outcome)

    def _remember(self, attempt: ExamAttempt, questions: list[Question]) -> list[Question]:
        """Keep what saves check answers against (the attempt's exam, question ids and its
        questions without their keys); the questions without their keys."""
        shown = [without_key(q) for q in questions]
        for q in shown:
            self._questions[q.id or ""] = (attempt.exam_id, q)
        self._shown[attempt.id] = (attempt.exam_id, frozenset((attempt.layout or {}).get("questions", ())))
        return shown

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
    def check(self, actor: Principal | None, attempt_id: str, question_id: str) -> Checked:
        """Practice mode: whether the saved answer is right, with the question's key to explain it.

        Refused while the student has an exam attempt of the same exam in progress."""
        assert actor is not None
        with self.ctx.uow().reading() as uow:
            attempt = _own(uow, actor, attempt_id)
            if attempt.mode != "practice":
                raise PermissionDenied(
                    translate("AttemptService", "Answers are checked only in practice mode.")
                )
            if not actor.is_admin:
                self._no_exam_running(uow, actor, attempt.exam_id)
            by_id = {q.id: q for q in questions_of_attempt(uow, attempt)}
            q = by_id.get(question_id)
            if q is None:
                raise NotFound(translate("AttemptService", "That question is not part of this attempt."))
            raw = (attempt.answers or {}).get(question_id)
            return Checked(grade_question(q, decode_response(q.type, raw)), q)

    @allow(Access.SIGNED_IN, QT_TRANSLATE_NOOP("Permissions", "submit an attempt"))
    def submit(self, actor: Principal | None, attempt_id: str, *, reason: str = "submitted") -> str:
        """Close the attempt with the answers saved so far and grade it.

        Past the time limit it closes as `time_up` at the moment the time ran out, whatever the
        window asked, with what was saved before (a save after the limit was refused)."""
        assert actor is not None
        with self.ctx.uow() as uow:
            attempt = _own(uow, actor, attempt_id, lock=True)  # a save racing it waits, then sees it closed
            _in_progress(attempt)
            elapsed, at = self._elapsed(uow, attempt)
            attempt.elapsed_seconds = elapsed
            attempt.checkpoint_at = at
            end = at
            limit = attempt.time_limit_seconds
            if limit is not None and elapsed >= limit:
                started = attempt.start_time or at
                end = deadline_at(TimeCheckpoint(started, elapsed, at), limit)
                attempt.elapsed_seconds = float(limit)
                reason = "time_up"
            finish_attempt(uow, attempt, end, reason)
            uow.commit()
        self._timers.pop(attempt_id, None)
        return attempt_id

    @allow(Access.SIGNED_IN, QT_TRANSLATE_NOOP("Permissions", "answer questions"))
    def record_away(self, actor: Principal | None, attempt_id: str, seconds: float) -> None:
        """Full-screen mode: the student's window lost the focus for `seconds`, ending now.

        Kept with the attempt for the teacher (the review and the attempts list show it); it
        does not change the attempt's revision, so the runner's next save is not refused."""
        assert actor is not None
        seconds = max(0.0, float(seconds)) if math.isfinite(seconds) else 0.0
        with self.ctx.uow() as uow:
            attempt = _own(uow, actor, attempt_id, lock=True)
            _in_progress(attempt)
            left_at = self._now(uow) - timedelta(seconds=seconds)
            events = list(attempt.away or [])
            if len(events) < MAX_AWAY_EVENTS:
                events.append([left_at.isoformat(), round(seconds, 1)])
            else:  # a window that flickers: keep the count and the time in the last entry
                last_at, last_seconds = events[-1][0], float(events[-1][1])
                events[-1] = [last_at, round(last_seconds + seconds, 1)]
            attempt.away = events
            uow.commit()

    def expire_overdue(self, actor: Principal) -> list[str]:
        """Submit this student's attempts whose time ran out while the app was closed."""
        done: list[str] = []
        with self.ctx.uow() as uow:
            now = uow.server_now()
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
                checkpoint = checkpoint_of(attempt)
                at = now or self.clock.now()
                if now is not None:
                    elapsed = server_elapsed(attempt.elapsed_seconds, attempt.checkpoint_at, now)
                elif attempt.id in self._timers:  # open in this process: its own clock
                    elapsed = max(self._timer(attempt).elapsed(), float(attempt.elapsed_seconds or 0.0))
                else:
                    elapsed = elapsed_on_resume(checkpoint, at)
                if elapsed >= limit:
                    end = deadline_at(checkpoint, limit)
                    attempt.elapsed_seconds = float(limit)
                    finish_attempt(uow, attempt, min(end, at), "expired_while_closed")
                    done.append(attempt.id)
            uow.commit()
        return done
