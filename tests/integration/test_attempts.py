"""Attempts through the services on both dialects, with a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from fractions import Fraction
from pathlib import Path

import pytest

from examhub_desktop.core.question import (
    Choice,
    MatchPair,
    NumericAnswer,
    Question,
    QuestionType,
    TextAnswer,
)
from examhub_desktop.core.timing import AttemptTimer, FakeClock
from examhub_desktop.services.app import AppContext, open_app
from examhub_desktop.services.attempts import AttemptService
from examhub_desktop.services.errors import PermissionDenied, ServiceError
from examhub_desktop.services.library import ExamFields, LibraryService
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.questions import QuestionService
from examhub_desktop.services.results import ResultsService
from examhub_desktop.services.users import UserService
from tests.support.time_passes import elapse

TEACHER = Principal(
    "t", "t@school.org", Role.ADMIN, system=True
)  # built-in administrator: these tests are not about accounts

QUESTIONS = [
    Question(
        QuestionType.MULTIPLE_CHOICE, "2+2?", choices=(Choice("3"), Choice("4", 1.0), Choice("5")), points=2
    ),
    Question(
        QuestionType.MULTIPLE_RESPONSE,
        "Primes?",
        choices=(Choice("2", 0.5), Choice("3", 0.5), Choice("4", -1.0)),
    ),
    Question(QuestionType.TRUE_FALSE, "The Earth is round.", correct=True),
    Question(QuestionType.SHORT_ANSWER, "Capital of France?", answers=(TextAnswer("Paris"),)),
    Question(QuestionType.NUMERICAL, "Pi to 2 places?", numeric_answers=(NumericAnswer(3.14, 0.005),)),
    Question(
        QuestionType.MATCHING,
        "Match.",
        pairs=(MatchPair("France", "Paris"), MatchPair("Italy", "Rome")),
        distractors=("Oslo",),
    ),
    Question(QuestionType.ESSAY, "Why?", points=4),
    Question(QuestionType.DESCRIPTION, "Read this first."),
]


@pytest.fixture
def ctx(db_url: str, data_dir: Path) -> Iterator[AppContext]:
    context = open_app(data_dir, db_url)
    yield context
    context.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))


@pytest.fixture
def world(ctx: AppContext) -> tuple[str, Principal, dict[str, str]]:
    lib, qs = LibraryService(ctx), QuestionService(ctx)
    exam_id = lib.create(TEACHER, ExamFields("Mixed", duration_minutes=10, passing_score=50, is_public=True))
    ids = {q.text: qs.add(TEACHER, exam_id, q) for q in QUESTIONS}
    lib.set_status(TEACHER, exam_id, "published")
    row, _ = UserService(ctx).create_user(
        TEACHER, "pupil@school.org", "Pupil", Role.STUDENT, "violet-harbour-42"
    )
    return exam_id, Principal(row.id, row.email, Role.STUDENT, "Pupil"), ids


def test_a_whole_exam(
    ctx: AppContext, clock: FakeClock, world: tuple[str, Principal, dict[str, str]]
) -> None:
    exam_id, student, ids = world
    attempts = AttemptService(ctx, clock)
    home = attempts.home(student)
    assert [(e.title, e.question_count, e.my_attempts) for e in home.exams] == [("Mixed", 8, 0)]
    attempt_id = attempts.start(student, exam_id)
    state = attempts.state(student, attempt_id)
    assert len(state.questions) == 8 and state.time_limit_seconds == 600
    assert sorted(q.question.text for q in state.questions) == sorted(q.text for q in QUESTIONS)
    elapse(ctx, clock, 60)
    answers = {
        ids["2+2?"]: 1,
        ids["Primes?"]: frozenset({0, 1}),
        ids["The Earth is round."]: True,
        ids["Capital of France?"]: "  paris ",
        ids["Pi to 2 places?"]: "3,14",
        ids["Match."]: {0: "Paris", 1: "Oslo"},
        ids["Why?"]: "Because.",
    }
    ack = attempts.save(student, attempt_id, answers=answers, flags=frozenset({ids["Why?"]}))
    assert ack.revision == 1
    assert attempts.home(student).in_progress[0].answered == 7
    attempts.submit(student, attempt_id)
    review = ResultsService(ctx).review(student, attempt_id)
    # 2 + 1 + 1 + 1 + 1 + 0.5 = 6.5 earned of 2+1+1+1+1+1+4 = 11 possible (essay pending)
    assert (review.earned, review.possible) == (Fraction(13, 2), Fraction(11))
    assert review.score == 59 and review.passed is True and review.pending and review.status == "pending"
    assert review.seconds_taken == pytest.approx(60, abs=1)
    ResultsService(ctx).grade_essay(TEACHER, attempt_id, ids["Why?"], 1)
    after = ResultsService(ctx).review(student, attempt_id)
    assert after.status == "submitted" and after.score == 68 and not after.pending  # 7.5 / 11
    with pytest.raises(ServiceError, match="submitted already"):
        attempts.save(student, attempt_id, answers={ids["2+2?"]: 0})
    history = ResultsService(ctx).my_attempts(student)
    assert [(h.exam_title, h.score) for h in history] == [("Mixed", 68)]
    assert attempts.home(student).exams[0].grade == 68


def test_resume_shows_the_same_order_and_answers(
    ctx: AppContext, clock: FakeClock, world: tuple[str, Principal, dict[str, str]]
) -> None:
    exam_id, student, ids = world
    attempts = AttemptService(ctx, clock)
    attempt_id = attempts.start(student, exam_id)
    first = attempts.state(student, attempt_id)
    elapse(ctx, clock, 100)
    attempts.save(student, attempt_id, answers={ids["2+2?"]: 2})
    assert attempts.start(student, exam_id) == attempt_id, "starting again resumes"
    again = attempts.state(student, attempt_id)
    assert [q.question.id for q in again.questions] == [q.question.id for q in first.questions]
    assert [q.choice_order for q in again.questions] == [q.choice_order for q in first.questions]
    assert again.answers[ids["2+2?"]] == 2
    elapse(ctx, clock, 50)  # app closed for 50 s
    remaining = attempts.home(student).in_progress[0].remaining_seconds
    assert remaining == pytest.approx(600 - 150, abs=1)


def test_a_clock_turned_back_adds_no_time(
    ctx: AppContext, clock: FakeClock, world: tuple[str, Principal, dict[str, str]]
) -> None:
    exam_id, student, _ = world
    attempts = AttemptService(ctx, clock)
    attempt_id = attempts.start(student, exam_id)
    attempts.state(student, attempt_id)
    elapse(ctx, clock, 300)
    attempts.save(student, attempt_id)
    clock.shift_wall(-3600)  # the student sets the clock back an hour, app closed
    state = AttemptService(ctx, clock).state(student, attempt_id)  # a new process
    resumed = AttemptTimer.resume(clock, state.checkpoint, state.time_limit_seconds)
    assert resumed.remaining() == pytest.approx(300, abs=1)


def test_time_running_out_while_closed_submits_with_the_answers(
    ctx: AppContext, clock: FakeClock, world: tuple[str, Principal, dict[str, str]]
) -> None:
    exam_id, student, ids = world
    attempts = AttemptService(ctx, clock)
    attempt_id = attempts.start(student, exam_id)
    attempts.state(student, attempt_id)
    elapse(ctx, clock, 120)
    attempts.save(student, attempt_id, answers={ids["2+2?"]: 1})
    elapse(ctx, clock, 3600)  # the laptop was shut; the deadline passed
    home = AttemptService(ctx, clock).home(student)  # the app started again
    assert home.in_progress == ()
    review = ResultsService(ctx).review(student, attempt_id)
    assert review.finish_reason == "expired_while_closed"
    assert review.started is not None and review.ended == review.started + timedelta(seconds=600)
    assert review.earned == 2 and review.seconds_taken == 600


def test_practice_checks_answers_and_is_untimed(
    ctx: AppContext, clock: FakeClock, world: tuple[str, Principal, dict[str, str]]
) -> None:
    exam_id, student, ids = world
    attempts = AttemptService(ctx, clock)
    practice = attempts.start(student, exam_id, "practice")
    state = attempts.state(student, practice)
    assert state.time_limit_seconds is None and state.mode == "practice"
    attempts.save(student, practice, answers={ids["2+2?"]: 0})
    checked = attempts.check(student, practice, ids["2+2?"])
    assert checked.result.credit == 0 and checked.question.choices[1].fraction == 1.0
    attempts.submit(student, practice)
    timed = attempts.start(student, exam_id, "practice", timed=True)
    assert attempts.state(student, timed).time_limit_seconds == 600
    exam = attempts.start(student, exam_id, "exam")
    with pytest.raises(PermissionDenied, match="practice"):
        attempts.check(student, exam, ids["2+2?"])


def test_others_cannot_touch_my_attempt_and_bad_answers_are_refused(
    ctx: AppContext, clock: FakeClock, world: tuple[str, Principal, dict[str, str]]
) -> None:
    exam_id, student, ids = world
    attempts = AttemptService(ctx, clock)
    attempt_id = attempts.start(student, exam_id)
    attempts.state(student, attempt_id)
    other = Principal("someone-else", "x@y.org", Role.STUDENT)
    with pytest.raises(PermissionDenied):
        attempts.state(other, attempt_id)
    with pytest.raises(ServiceError):
        attempts.save(student, attempt_id, answers={ids["2+2?"]: 7})
    with pytest.raises(ServiceError, match="not part of this attempt"):
        attempts.save(student, attempt_id, answers={"nope": 1})
    assert attempts.state(student, attempt_id).revision == 0, "a refused save writes nothing"


def test_students_see_only_published_public_exams(
    ctx: AppContext, clock: FakeClock, world: tuple[str, Principal, dict[str, str]]
) -> None:
    _, student, _ = world
    lib = LibraryService(ctx)
    hidden = lib.create(TEACHER, ExamFields("Private", is_public=False))
    QuestionService(ctx).add(TEACHER, hidden, QUESTIONS[0])
    lib.set_status(TEACHER, hidden, "published")
    attempts = AttemptService(ctx, clock)
    assert [e.title for e in attempts.home(student).exams] == ["Mixed"]
    with pytest.raises(PermissionDenied, match="not open to students"):
        attempts.start(student, hidden)


def test_expiry_at_submit_caps_time_and_marks_time_up(
    ctx: AppContext, clock: FakeClock, world: tuple[str, Principal, dict[str, str]]
) -> None:
    exam_id, student, _ = world
    attempts = AttemptService(ctx, clock)
    attempt_id = attempts.start(student, exam_id)
    attempts.state(student, attempt_id)
    elapse(ctx, clock, 601)
    attempts.submit(student, attempt_id)  # the window asked for a plain submit: too late for that
    review = ResultsService(ctx).review(student, attempt_id)
    assert review.finish_reason == "time_up" and review.seconds_taken == 600
    assert review.started is not None and review.ended == review.started + timedelta(seconds=600)


def test_an_exam_can_keep_its_authored_order(
    ctx: AppContext, clock: FakeClock, world: tuple[str, Principal, dict[str, str]]
) -> None:
    exam_id, student, _ = world
    lib = LibraryService(ctx)
    fields = lib.get(TEACHER, exam_id).fields
    lib.set_status(TEACHER, exam_id, "draft")
    lib.update(TEACHER, exam_id, replace(fields, shuffle_questions=False))
    lib.set_status(TEACHER, exam_id, "published")
    assert lib.get(TEACHER, exam_id).fields.shuffle_questions is False
    attempts = AttemptService(ctx, clock)
    state = attempts.state(student, attempts.start(student, exam_id))
    assert [q.question.text for q in state.questions] == [q.text for q in QUESTIONS]
    copy = lib.get(TEACHER, lib.duplicate(TEACHER, exam_id))
    assert copy.fields.shuffle_questions is False


def test_a_save_stores_what_the_orm_stores_and_merges_two_devices(
    ctx: AppContext, world: tuple[str, Principal, dict[str, str]], clock: FakeClock
) -> None:
    """The save runs outside the ORM (db/attempt_saves.py): its values must read back through
    the ORM as written (an aware time, JSON), with the time in the ORM's own stored form; and two
    devices saving different questions keep both answers."""
    from sqlalchemy import select

    from examhub_desktop.db.models import ExamAttempt

    exam_id, pupil, ids = world
    laptop, tablet = AttemptService(ctx, clock), AttemptService(ctx, clock)
    attempt_id = laptop.start(pupil, exam_id)
    laptop.state(pupil, attempt_id)
    tablet.state(pupil, attempt_id)
    elapse(ctx, clock, 300)
    saved_at = datetime(2026, 11, 26, 9, 5, tzinfo=UTC)  # whole seconds: no microseconds to print
    assert clock.now() == saved_at
    laptop.save(pupil, attempt_id, answers={ids["2+2?"]: 1}, flags=frozenset({"x"}))
    tablet.save(pupil, attempt_id, answers={ids["The Earth is round."]: True})
    state = laptop.state(pupil, attempt_id)
    assert state.answers[ids["2+2?"]] == 1 and state.answers[ids["The Earth is round."]] is True
    assert state.flags == frozenset({"x"}) and state.revision == 2
    assert state.checkpoint.elapsed == pytest.approx(300.0, abs=2.0)
    with ctx.uow().reading() as uow:
        stored = uow.session.execute(
            select(ExamAttempt.checkpoint_at).where(ExamAttempt.id == attempt_id)
        ).scalar_one()
        assert stored.tzinfo is not None
        if ctx.location.is_sqlite:  # measured by this process: the text the ORM writes for a time
            assert stored == saved_at
            raw = uow.session.connection().exec_driver_sql(
                "SELECT checkpoint_at FROM exam_attempts WHERE id = ?", (attempt_id,)
            )
            assert raw.scalar_one() == "2026-11-26 09:05:00.000000"
