"""Builders shared by the runner's UI tests (this module has no tests of its own).

A world on a real SQLite file, made through the services: a teacher, a student and a
published, timed exam with one question of every type (choice feedback and explanations
included), plus RunnerServices on a FakeClock and a real task runner.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from examhub_desktop.core.exam_rules import ExamRules
from examhub_desktop.core.question import (
    Choice,
    MatchPair,
    NumericAnswer,
    Question,
    QuestionType,
    TextAnswer,
)
from examhub_desktop.core.timing import FakeClock
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.library import ExamFields, LibraryService
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.questions import QuestionService
from examhub_desktop.services.users import UserService
from examhub_desktop.ui.changes import Changes
from examhub_desktop.ui.runner.backend import RunnerServices
from examhub_desktop.ui.runner.runner_window import RunnerWindow
from examhub_desktop.ui.tasks import TaskRunner

TEACHER = Principal(
    "teacher-id", "t@school.org", Role.ADMIN, "Ms Teacher", system=True
)  # built-in administrator: these tests are not about accounts
MC, MR, TF, SHORT, NUM, MATCH, ESSAY, INFO = (
    "2+2?",
    "Primes?",
    "The Earth is round.",
    "Capital of France?",
    "Pi to 2 places?",
    "Match the capitals.",
    "Why is the sky blue?",
    "Read this first.",
)
QUESTIONS = [
    Question(
        QuestionType.MULTIPLE_CHOICE,
        MC,
        choices=(
            Choice("3", 0.0, "One short."),
            Choice("4", 1.0, "Yes: two and two make four."),
            Choice("5", 0.0, "One too many."),
        ),
        explanation="Addition of small numbers.",
        points=2,
    ),
    Question(
        QuestionType.MULTIPLE_RESPONSE,
        MR,
        choices=(Choice("2", 0.5, "2 is prime."), Choice("3", 0.5), Choice("4", -1.0, "4 = 2 × 2.")),
    ),
    Question(QuestionType.TRUE_FALSE, TF, correct=True, true_feedback="Right, it is round."),
    Question(
        QuestionType.SHORT_ANSWER, SHORT, answers=(TextAnswer("Paris"),), explanation="Paris since 987."
    ),
    Question(QuestionType.NUMERICAL, NUM, numeric_answers=(NumericAnswer(3.14, 0.005),)),
    Question(
        QuestionType.MATCHING,
        MATCH,
        pairs=(MatchPair("France", "Paris"), MatchPair("Italy", "Rome")),
        distractors=("Oslo",),
    ),
    Question(QuestionType.ESSAY, ESSAY, points=4, grader_info="Mention Rayleigh scattering."),
    Question(QuestionType.DESCRIPTION, INFO),
]
RIGHT = {  # the right response of each question, by text
    MC: 1,
    MR: frozenset({0, 1}),
    TF: True,
    SHORT: "Paris",
    NUM: "3.14",
    MATCH: {0: "Paris", 1: "Rome"},
    ESSAY: "Rayleigh scattering.",
}


@dataclass
class World:
    ctx: AppContext
    tasks: TaskRunner
    clock: FakeClock
    student: Principal
    exam_id: str
    ids: dict[str, str]  # question text -> id
    services: RunnerServices
    teacher_services: RunnerServices
    changes: list[Changes]  # what the runner broadcast (the main window's data_changed)

    def text_of(self, qid: str) -> str:
        return next(text for text, i in self.ids.items() if i == qid)


def make_world(
    ctx: AppContext,
    tasks: TaskRunner,
    *,
    duration: int | None = 10,
    questions: list[Question] | None = None,
    title: str = "Mixed",
    rules: ExamRules | None = None,
) -> World:
    lib, qs = LibraryService(ctx), QuestionService(ctx)
    exam_id = lib.create(
        TEACHER,
        ExamFields(
            title,
            "Every kind of question.",
            duration_minutes=duration,
            passing_score=50,
            is_public=True,
            rules=rules or ExamRules(),
        ),
    )
    ids = {q.text: qs.add(TEACHER, exam_id, q) for q in questions or QUESTIONS}
    lib.set_status(TEACHER, exam_id, "published")
    row, _ = UserService(ctx).create_user(
        TEACHER, "pupil@school.org", "Pat Pupil", Role.STUDENT, "violet-harbour-42"
    )
    student = Principal(row.id, row.email, Role.STUDENT, "Pat Pupil")
    clock = FakeClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
    changes: list[Changes] = []
    services = RunnerServices.open(ctx, tasks, student, clock=clock, changed=changes.append)
    teacher = RunnerServices.open(ctx, tasks, TEACHER, clock=clock, changed=changes.append)
    return World(ctx, tasks, clock, student, exam_id, ids, services, teacher, changes)


def open_runner(qtbot: QtBot, world: World, attempt_id: str) -> RunnerWindow:
    window = RunnerWindow(world.services, attempt_id)
    qtbot.addWidget(window, before_close_func=quiet)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.show()
    return window


def quiet(window: object) -> None:
    """At the end of a test: close without asking or saving (the database closes first)."""
    if isinstance(window, RunnerWindow):
        window.ticker.stop()
        window.closed_mid_attempt = True


def settle(qtbot: QtBot, window: RunnerWindow) -> None:
    """Wait until every save has come back."""
    assert window.saver is not None
    saver = window.saver
    qtbot.waitUntil(lambda: not saver.busy and not window.services.tasks.pending, timeout=10_000)


def stored(world: World, attempt_id: str) -> dict[str, object]:
    with world.ctx.uow() as uow:
        a = uow.attempts.get(attempt_id)
        assert a is not None
        return {
            "answers": dict(a.answers or {}),
            "flags": list(a.flags or []),
            "status": a.status,
            "elapsed": a.elapsed_seconds,
            "finish_reason": a.finish_reason,
            "revision": a.revision,
        }


class Dialogs:
    """Records what the runner's Confirm / Notice dialogs were asked; `answer` confirms or not."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.notices: list[tuple[str, str]] = []
        self.answer = True

    def confirm(self, _parent: object, title: str, text: str, *, confirm: str) -> bool:
        self.asked.append((title, text))
        return self.answer

    def notice(self, _parent: object, title: str, text: str, *, warning: bool = False) -> None:
        self.notices.append((title, text))
