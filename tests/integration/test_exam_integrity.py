"""Exam integrity through the services, on SQLite and PostgreSQL: what a student who wants a
better score would try (issue 11). The answer key never reaches a student during an exam, the
deadline holds whatever clock the student moves, and the teacher's rules are kept."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from examhub_desktop.core.exam_rules import ExamRules, ReviewOptions, ReviewShows
from examhub_desktop.core.grading import GradeResult
from examhub_desktop.core.question import (
    Choice,
    MatchPair,
    NumericAnswer,
    Question,
    QuestionType,
    TextAnswer,
    has_key,
)
from examhub_desktop.core.timing import FakeClock
from examhub_desktop.db.location import DatabaseProblem
from examhub_desktop.db.models import ExamAttempt
from examhub_desktop.services.app import AppContext, open_app
from examhub_desktop.services.attempts import AttemptService, TimeUp
from examhub_desktop.services.errors import FieldError, PermissionDenied, ServiceError
from examhub_desktop.services.library import ExamFields, LibraryService
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.questions import QuestionService
from examhub_desktop.services.results import ResultsService
from examhub_desktop.services.users import UserService
from tests.support.time_passes import elapse

TEACHER = Principal("t", "t@school.org", Role.ADMIN, system=True)

QUESTIONS = [
    Question(
        QuestionType.MULTIPLE_CHOICE,
        "2+2?",
        choices=(Choice("3", 0.0, "No."), Choice("4", 1.0, "Yes!"), Choice("5")),
        explanation="Count them.",
    ),
    Question(
        QuestionType.MULTIPLE_RESPONSE,
        "Primes?",
        choices=(Choice("2", 0.5), Choice("3", 0.5), Choice("4", -1)),
    ),
    Question(QuestionType.TRUE_FALSE, "The Earth is round.", correct=True, true_feedback="Right."),
    Question(QuestionType.SHORT_ANSWER, "Capital of France?", answers=(TextAnswer("Paris", 1.0, "Oui."),)),
    Question(QuestionType.NUMERICAL, "Pi to 2 places?", numeric_answers=(NumericAnswer(3.14, 0.005),)),
    Question(
        QuestionType.MATCHING,
        "Match.",
        pairs=(MatchPair("France", "Paris"), MatchPair("Italy", "Rome")),
        distractors=("Oslo",),
    ),
    Question(QuestionType.ESSAY, "Why?", grader_info="Look for reasons."),
]
KEY_WORDS = ("Yes!", "No.", "Right.", "Oui.", "Count them.", "Look for reasons.")


@pytest.fixture
def ctx(db_url: str, data_dir: Path) -> Iterator[AppContext]:
    context = open_app(data_dir, db_url)
    yield context
    context.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 12, 3, 9, 0, tzinfo=UTC))


class World:
    def __init__(self, ctx: AppContext, clock: FakeClock) -> None:
        self.ctx, self.clock = ctx, clock
        lib, qs = LibraryService(ctx), QuestionService(ctx)
        self.exam_id = lib.create(
            TEACHER,
            ExamFields("Integrity", duration_minutes=1, passing_score=50, is_public=True),
        )
        self.ids = {q.text: qs.add(TEACHER, self.exam_id, q) for q in QUESTIONS}
        lib.set_status(TEACHER, self.exam_id, "published")
        row, _ = UserService(ctx).create_user(
            TEACHER, "pupil@school.org", "Pupil", Role.STUDENT, "violet-harbour-42"
        )
        self.student = Principal(row.id, row.email, Role.STUDENT, "Pupil")
        row, _ = UserService(ctx).create_user(
            TEACHER, "teacher@school.org", "Tess", Role.ADMIN, "amber-lantern-77"
        )
        self.teacher = Principal(row.id, row.email, Role.ADMIN, "Tess")
        self.attempts = AttemptService(ctx, clock)
        self.results = ResultsService(ctx, clock)

    def set_rules(self, rules: ExamRules) -> None:
        lib = LibraryService(self.ctx)
        lib.update(TEACHER, self.exam_id, replace(lib.get(TEACHER, self.exam_id).fields, rules=rules))

    def elapse(self, seconds: float) -> None:
        elapse(self.ctx, self.clock, seconds)

    def row(self, attempt_id: str) -> ExamAttempt:
        with self.ctx.uow().reading() as uow:
            attempt = uow.session.get(ExamAttempt, attempt_id)
            assert attempt is not None
            uow.session.expunge(attempt)
            return attempt


@pytest.fixture
def world(ctx: AppContext, clock: FakeClock) -> World:
    return World(ctx, clock)


def walk(value: Any, path: str = "dto") -> Iterator[tuple[str, Any]]:
    """Every value reachable from a DTO: dataclass fields, mappings, sequences, sets."""
    yield path, value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from walk(getattr(value, f.name), f"{path}.{f.name}")
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from walk(v, f"{path}[{k!r}]")
    elif isinstance(value, list | tuple | frozenset | set):
        for i, v in enumerate(value):
            yield from walk(v, f"{path}[{i}]")


def assert_no_key(dto: object) -> None:
    """Fails on any part of an answer key anywhere in what a student received."""
    for path, value in walk(dto):
        assert not isinstance(value, GradeResult | Fraction), f"{path} is a grade: {value!r}"
        if isinstance(value, Question):
            assert not has_key(value), f"{path} carries its answer key"
        if isinstance(value, str):
            assert not any(word in value for word in KEY_WORDS), f"{path} carries feedback: {value!r}"


def answer_everything(world: World, attempt_id: str) -> None:
    ids = world.ids
    world.attempts.save(
        world.student,
        attempt_id,
        answers={
            ids["2+2?"]: 1,
            ids["Primes?"]: frozenset({0, 1}),
            ids["The Earth is round."]: True,
            ids["Capital of France?"]: "Paris",
            ids["Pi to 2 places?"]: "3.14",
            ids["Match."]: {0: "Paris", 1: "Rome"},
            ids["Why?"]: "Because.",
        },
    )


# ---------------------------------------------------------------------------- the answer key


def test_nothing_a_student_receives_during_an_exam_carries_the_key(world: World) -> None:
    a, s = world.attempts, world.student
    assert_no_key(a.home(s))
    attempt_id = a.start(s, world.exam_id)
    state = a.state(s, attempt_id)
    assert_no_key(state)
    assert len(state.questions) == len(QUESTIONS)
    match = next(q for q in state.questions if q.question.type is QuestionType.MATCHING)
    assert sorted(match.match_options) == ["Oslo", "Paris", "Rome"], "the options are offered, unpaired"
    ack = a.save(s, attempt_id, answers={world.ids["Match."]: {0: "Paris", 1: "Rome"}})
    assert_no_key(ack)
    assert_no_key(a.home(s))
    with pytest.raises(ServiceError):  # answers are still checked against the options
        a.save(s, attempt_id, answers={world.ids["Match."]: {0: "Madrid"}})
    with pytest.raises(PermissionDenied, match="practice"):
        a.check(s, attempt_id, world.ids["2+2?"])
    assert_no_key(world.results.my_attempts(s))


def test_practice_cannot_run_beside_an_exam_attempt(world: World) -> None:
    """The student starts practice first, then the exam: the practice attempt can no longer
    be opened, checked, or reviewed, and no new one starts, until the exam is submitted."""
    a, s, qid = world.attempts, world.student, world.ids["2+2?"]
    practice = a.start(s, world.exam_id, "practice")
    a.state(s, practice)
    a.save(s, practice, answers={qid: 0})
    earlier = a.start(s, world.exam_id, "practice")
    assert earlier == practice
    a.submit(s, practice)
    practice = a.start(s, world.exam_id, "practice")
    exam = a.start(s, world.exam_id, "exam")
    for refused in (
        lambda: a.start(s, world.exam_id, "practice"),
        lambda: a.state(s, practice),
        lambda: a.check(s, practice, qid),
        lambda: world.results.review(s, earlier),
    ):
        with pytest.raises(PermissionDenied, match="exam attempt"):
            refused()
    a.state(s, exam)
    a.submit(s, exam)
    checked = a.check(s, practice, qid)  # after the exam: practice gives the key of one question
    assert has_key(checked.question) and checked.question.id == qid
    assert world.results.review(s, earlier).items


def test_practice_is_offered_only_where_the_teacher_allows_it(world: World) -> None:
    world.set_rules(ExamRules(practice_allowed=False))
    home = world.attempts.home(world.student)
    assert home.exams[0].practice_offered is False
    with pytest.raises(PermissionDenied, match="not offered for practice"):
        world.attempts.start(world.student, world.exam_id, "practice")
    world.attempts.start(world.teacher, world.exam_id, "practice")  # a teacher trying it is not held to it


# ---------------------------------------------------------------------------- the deadline


def test_a_save_after_the_deadline_is_refused_and_time_up_submits_what_was_saved(world: World) -> None:
    a, s, ids = world.attempts, world.student, world.ids
    attempt_id = a.start(s, world.exam_id)
    assert a.state(s, attempt_id).time_limit_seconds == 60
    a.save(s, attempt_id, answers={ids["2+2?"]: 0})
    world.elapse(65)  # within the grace for the round trip: still saved
    a.save(s, attempt_id, answers={ids["2+2?"]: 1})
    world.elapse(9 * 60)  # nine minutes past a one-minute limit
    with pytest.raises(TimeUp):
        a.save(s, attempt_id, answers={ids["The Earth is round."]: True})
    a.submit(s, attempt_id)
    row = world.row(attempt_id)
    assert row.finish_reason == "time_up" and row.elapsed_seconds == 60
    assert ids["The Earth is round."] not in (row.answers or {}), "the late answer was not kept"
    review = world.results.review(s, attempt_id)
    assert review.items[[i.question.id for i in review.items].index(ids["2+2?"])].response == 1
    assert review.started is not None and review.ended == review.started + timedelta(seconds=60)


def test_the_clock_the_student_moves_does_not_stop_the_time(world: World) -> None:
    """Before: a checkpoint with saved_at a day ahead stopped the clock. Now the window sends no
    time; the student's clock moved a day forward and back costs, never gains."""
    a, s, qid = world.attempts, world.student, world.ids["2+2?"]
    world.set_rules(ExamRules())
    attempt_id = a.start(s, world.exam_id)
    a.state(s, attempt_id)
    world.clock.shift_wall(86400)  # the student sets the clock a day ahead
    if world.ctx.location.is_sqlite:  # the laptop's clock is the only one: turning it forward costs time
        with pytest.raises(TimeUp):
            a.save(s, attempt_id, answers={qid: 1})
        return
    a.save(s, attempt_id, answers={qid: 1})  # the server's clock is not the student's
    world.clock.shift_wall(-86400)
    world.elapse(10)
    ack = a.save(s, attempt_id, answers={qid: 2})
    assert ack.remaining_seconds == pytest.approx(50, abs=1.5), "10 s passed: 10 s counted"


def test_two_devices_with_skewed_clocks_count_real_time(world: World, clock: FakeClock) -> None:
    """A second device whose clock is an hour behind saves the same attempt: time goes on from
    what the first device stored, never back."""
    a, s, qid = world.attempts, world.student, world.ids["2+2?"]
    LibraryService(world.ctx).set_status(TEACHER, world.exam_id, "draft")
    fields = LibraryService(world.ctx).get(TEACHER, world.exam_id).fields
    LibraryService(world.ctx).update(TEACHER, world.exam_id, replace(fields, duration_minutes=30))
    LibraryService(world.ctx).set_status(TEACHER, world.exam_id, "published")
    attempt_id = a.start(s, world.exam_id)
    a.state(s, attempt_id)
    world.elapse(120)
    first = a.save(s, attempt_id, answers={qid: 1})
    behind = FakeClock(clock.now() - timedelta(hours=1), monotonic_start=5.0)
    tablet = AttemptService(world.ctx, behind)
    tablet.state(s, attempt_id)
    world.elapse(30)
    behind.advance(30)
    second = tablet.save(s, attempt_id, answers={qid: 2})
    assert first.remaining_seconds is not None and second.remaining_seconds is not None
    assert second.remaining_seconds == pytest.approx(first.remaining_seconds - 30, abs=1.5)


def test_a_submit_refused_once_still_submits_later(world: World) -> None:
    """The time-up submission failed once (the database was locked): the next one lands and
    is time_up with the saved answers."""
    a, s, qid = world.attempts, world.student, world.ids["2+2?"]
    attempt_id = a.start(s, world.exam_id)
    a.state(s, attempt_id)
    a.save(s, attempt_id, answers={qid: 1})
    world.elapse(61)
    if world.ctx.location.is_sqlite:
        import sqlite3

        assert world.ctx.location.path is not None
        holder = sqlite3.connect(world.ctx.location.path, timeout=0)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(DatabaseProblem, match="locked"):
                a.submit(s, attempt_id)
        finally:
            holder.rollback()
            holder.close()
    a.submit(s, attempt_id, reason="time_up")
    row = world.row(attempt_id)
    assert row.status != "in_progress" and row.finish_reason == "time_up"
    assert (row.answers or {})[qid] == 1


# ---------------------------------------------------------------------------- the teacher's rules


def test_attempts_allowed_and_the_grade_that_counts(world: World) -> None:
    a, s, qid = world.attempts, world.student, world.ids["2+2?"]
    world.set_rules(ExamRules(max_attempts=2, grading_method="first"))
    scores = []
    for answer in (0, 1):
        attempt_id = a.start(s, world.exam_id)
        a.state(s, attempt_id)
        a.save(s, attempt_id, answers={qid: answer})
        a.submit(s, attempt_id)
        scores.append(world.row(attempt_id).score)
    assert scores[0] is not None and scores[1] is not None and scores[1] > scores[0]
    home = a.home(s).exams[0]
    assert (home.my_attempts, home.attempts_left, home.grade) == (2, 0, scores[0])
    assert "every attempt" in home.not_open
    with pytest.raises(PermissionDenied, match="2 attempts"):
        a.start(s, world.exam_id)
    for method, expected in (
        ("highest", scores[1]),
        ("last", scores[1]),
        ("average", round(sum(scores) / 2)),
    ):
        world.set_rules(ExamRules(max_attempts=2, grading_method=method))
        assert a.home(s).exams[0].grade == expected, method


def test_opening_and_closing_times(world: World) -> None:
    a, s = world.attempts, world.student
    now = world.clock.now() if world.ctx.location.is_sqlite else server_now(world.ctx)
    world.set_rules(ExamRules(opens_at=now + timedelta(hours=1)))
    for mode in ("exam", "practice"):  # practice would show the key before the exam
        with pytest.raises(PermissionDenied, match="opens at"):
            a.start(s, world.exam_id, mode)
    assert "opens at" in a.home(s).exams[0].not_open
    world.set_rules(ExamRules(closes_at=now - timedelta(minutes=1)))
    with pytest.raises(PermissionDenied, match="closed at"):
        a.start(s, world.exam_id)
    # closing in 20 s: the one-minute attempt gets the 20 s that are left
    world.set_rules(ExamRules(closes_at=now + timedelta(seconds=20)))
    attempt_id = a.start(s, world.exam_id)
    assert a.state(s, attempt_id).time_limit_seconds in (19, 20)
    with pytest.raises(FieldError, match="close after it opens"):
        world.set_rules(ExamRules(opens_at=now, closes_at=now - timedelta(hours=1)))


def test_extra_time_for_a_named_student(world: World) -> None:
    lib = LibraryService(world.ctx)
    lib.set_extra_time(TEACHER, world.exam_id, "PUPIL@school.org", 1.5)
    assert [(e.email, e.time_multiplier) for e in lib.extra_time(TEACHER, world.exam_id)] == [
        ("pupil@school.org", 1.5)
    ]
    assert world.attempts.home(world.student).exams[0].time_limit_seconds == 90
    attempt_id = world.attempts.start(world.student, world.exam_id)
    assert world.attempts.state(world.student, attempt_id).time_limit_seconds == 90
    with pytest.raises(FieldError, match="between"):
        lib.set_extra_time(TEACHER, world.exam_id, world.student.user_id, 9)
    with pytest.raises(FieldError, match="no account"):
        lib.set_extra_time(TEACHER, world.exam_id, "nobody@school.org", 2)
    lib.set_extra_time(TEACHER, world.exam_id, world.student.user_id, None)
    assert lib.extra_time(TEACHER, world.exam_id) == []


def test_review_options_hide_what_the_teacher_keeps_back(world: World, clock: FakeClock) -> None:
    a, s = world.attempts, world.student
    closes = (clock.now() if world.ctx.location.is_sqlite else server_now(world.ctx)) + timedelta(minutes=30)
    review_rules = ReviewOptions(
        answers="after_attempt",
        marks="after_attempt",
        points="after_close",
        correct_answers="never",
        feedback="after_close",
    )
    world.set_rules(ExamRules(review=review_rules, closes_at=closes))
    attempt_id = a.start(s, world.exam_id)
    a.state(s, attempt_id)
    answer_everything(world, attempt_id)
    a.submit(s, attempt_id)
    review = world.results.review(s, attempt_id)
    assert review.shows == ReviewShows(
        answers=True, marks=True, points=False, correct_answers=False, feedback=False
    )
    assert review.score is None and review.earned is None and review.passed is None
    assert review.items and all(i.earned is None for i in review.items)
    assert all(i.result is not None and not i.result.feedback for i in review.items)
    assert_no_key([i.question for i in review.items])
    assert [h.score for h in world.results.my_attempts(s)] == [None]
    assert a.home(s).exams[0].grade is None
    teacher = world.results.review(TEACHER, attempt_id)
    assert teacher.shows.everything and teacher.score is not None and has_key(teacher.items[0].question)
    # after the exam closes: points and feedback, still not the correct answers
    world.set_rules(ExamRules(review=review_rules, closes_at=closes - timedelta(hours=1)))
    later = world.results.review(s, attempt_id)
    assert later.score == teacher.score and later.shows.feedback and not later.shows.correct_answers
    assert_no_key([replace(i.question, explanation="") for i in later.items])
    world.set_rules(ExamRules(review=ReviewOptions(answers="never")))
    assert world.results.review(s, attempt_id).items == ()


def test_leaving_a_full_screen_exam_is_recorded_for_the_teacher(world: World) -> None:
    a, s = world.attempts, world.student
    world.set_rules(ExamRules(fullscreen=True))
    attempt_id = a.start(s, world.exam_id)
    state = a.state(s, attempt_id)
    assert state.fullscreen
    a.record_away(s, attempt_id, 12.5)
    a.record_away(s, attempt_id, 3.0)
    ack = a.save(s, attempt_id, answers={world.ids["2+2?"]: 1}, expected_revision=state.revision)
    assert ack.revision == state.revision + 1, "recording does not make the runner's save stale"
    a.submit(s, attempt_id)
    listed = world.results.exam_attempts(TEACHER, world.exam_id)
    assert [e.seconds for e in listed[0].away] == [12.5, 3.0] and listed[0].away_seconds == 15.5
    assert [e.seconds for e in world.results.review(TEACHER, attempt_id).away] == [12.5, 3.0]
    assert world.results.review(s, attempt_id).away == (), "the student's own review does not list them"
    with pytest.raises(ServiceError, match="submitted already"):
        a.record_away(s, attempt_id, 1.0)


def server_now(ctx: AppContext) -> datetime:
    with ctx.uow().reading() as uow:
        now = uow.server_now()
    assert now is not None
    return now


def test_rules_survive_duplicate(world: World) -> None:
    rules = ExamRules(max_attempts=3, grading_method="average", practice_allowed=False, fullscreen=True)
    world.set_rules(rules)
    lib = LibraryService(world.ctx)
    lib.set_extra_time(TEACHER, world.exam_id, world.student.user_id, 1.25)
    copy = lib.duplicate(TEACHER, world.exam_id)
    assert lib.get(TEACHER, copy).fields.rules == rules
    assert [e.time_multiplier for e in lib.extra_time(TEACHER, copy)] == [1.25]
    with world.ctx.uow().reading() as uow:
        assert uow.session.scalar(select(ExamAttempt.id).where(ExamAttempt.exam_id == copy)) is None
