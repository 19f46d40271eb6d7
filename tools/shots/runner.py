"""Screenshots of the runner's windows for `make screenshots` (tools/screenshots.py adds SHOTS).

Each function takes (app, window, ctx) like the others there and returns the widget to grab.
They sign in nobody: they act as the first generated student of the demo data (or make one)
and set up what they show through the services, so a picture shows what a student would see:
the home with an attempt in progress, the runner in exam mode with an answered and a flagged
question, the runner in practice mode showing a checked answer, and a review.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from sqlalchemy import select

from examhub_desktop.core.question import QuestionType
from examhub_desktop.core.responses import Response
from examhub_desktop.core.timing import FakeClock
from examhub_desktop.db.models import User
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.attempts import AttemptService, HomeExam, RunnerQuestion
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.questions import question_of
from examhub_desktop.ui.main_window import MainWindow
from examhub_desktop.ui.runner.backend import RunnerServices
from examhub_desktop.ui.runner.home import StudentHomePage
from examhub_desktop.ui.runner.results_page import MyResultsPage
from examhub_desktop.ui.runner.review import ReviewWindow
from examhub_desktop.ui.runner.runner_window import RunnerWindow
from examhub_desktop.ui.runner.teacher import AttemptsPage
from tools.shots import settle


def student_services(window: MainWindow, ctx: AppContext) -> RunnerServices:
    with ctx.uow() as uow:
        user = uow.session.scalars(select(User).where(User.role == "user").order_by(User.email)).first()
        if user is None:
            raise RuntimeError("the screenshots need a student: run them on demo data")
        student = Principal(user.id, user.email, Role.STUDENT, user.full_name or "")
    return RunnerServices.open(ctx, window.tasks, student, changed=window.data_changed.emit)


def _exams(services: RunnerServices) -> list[HomeExam]:
    exams = list(services.attempts.home(services.principal).exams)
    if len(exams) < 2:
        raise RuntimeError("the screenshots need two published public exams")
    return exams


def _right(ctx: AppContext, item: RunnerQuestion) -> Response | None:
    """A right answer, so the pictures show answered questions (from the question as stored:
    the runner's copy has no key)."""
    with ctx.uow().reading() as uow:
        row = uow.questions.get(item.question.id or "")
        assert row is not None
        q = question_of(row)
    if q.type is QuestionType.MULTIPLE_CHOICE:
        return max(range(len(q.choices)), key=lambda i: q.choices[i].fraction)
    if q.type is QuestionType.MULTIPLE_RESPONSE:
        return frozenset(i for i, c in enumerate(q.choices) if c.fraction > 0)
    if q.type is QuestionType.TRUE_FALSE:
        return bool(q.correct)
    if q.type is QuestionType.SHORT_ANSWER and q.answers:
        return q.answers[0].text
    if q.type is QuestionType.NUMERICAL and q.numeric_answers:
        return f"{q.numeric_answers[0].value:g}"
    if q.type is QuestionType.MATCHING:
        return {i: p.answer for i, p in enumerate(q.pairs)}
    if q.type is QuestionType.ESSAY:
        return "Warm air rises, cools and its water vapour condenses into clouds."
    return None


def exam_attempt(services: RunnerServices) -> str:
    """An exam-mode attempt in progress with a few answers and one flag (made once)."""
    s = services
    exam = _exams(s)[0]
    attempt_id = s.attempts.start(s.principal, exam.exam_id, "exam")
    state = s.attempts.state(s.principal, attempt_id)
    if not state.answers:
        answerable = [q for q in state.questions if q.question.type is not QuestionType.DESCRIPTION]
        answers = {q.question.id or "": _right(s.ctx, q) for q in answerable[:3]}
        flags = frozenset({answerable[3].question.id or ""})
        s.attempts.save(s.principal, attempt_id, answers=answers, flags=flags)
    return attempt_id


def shot_student_home(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    services = student_services(window, ctx)
    exam_attempt(services)
    frame = QWidget()
    frame.setWindowTitle("Exams")
    page = StudentHomePage(services)
    QVBoxLayout(frame).addWidget(page)
    frame.resize(1000, 620)
    frame.show()
    settle(app, services)
    page.table.selectRow(1)
    settle(app, services)
    return frame


def _runner(app: QApplication, services: RunnerServices, attempt_id: str) -> RunnerWindow:
    runner = RunnerWindow(services, attempt_id)
    runner.resize(1100, 720)
    runner.show()
    settle(app, services)
    return runner


def _close_quietly(runner: RunnerWindow) -> Callable[[], None]:
    def close() -> None:
        runner.ticker.stop()
        runner.closed_mid_attempt = True

    return close


def shot_runner_exam(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    services = student_services(window, ctx)
    runner = _runner(app, services, exam_attempt(services))
    assert runner.state is not None
    choice = next(
        i for i, q in enumerate(runner.state.questions) if q.question.type is QuestionType.MULTIPLE_CHOICE
    )
    runner.go(choice)
    page = runner.current_page()
    if page is not None and runner.answers.get(runner._qid(choice)) is None:
        page.editor.pick(1)
    settle(app, services)
    _close_quietly(runner)()  # the picture's window closes without asking; the attempt stays
    return runner


def shot_runner_practice(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    services = student_services(window, ctx)
    s = services
    exam = _exams(s)[1]
    attempt_id = s.attempts.start(s.principal, exam.exam_id, "practice")
    runner = _runner(app, services, attempt_id)
    assert runner.state is not None
    index = next(
        i for i, q in enumerate(runner.state.questions) if q.question.type is QuestionType.MULTIPLE_CHOICE
    )
    runner.go(index)
    page = runner.current_page()
    assert page is not None
    item = page.item
    right = _right(s.ctx, item)
    wrong = next(p for p, i in enumerate(item.choice_order) if i != right)
    page.editor.pick(wrong)
    settle(app, services)
    runner.check_current()
    settle(app, services)
    _close_quietly(runner)()
    return runner


_FINISHED: dict[int, str] = {}


def finished_attempt(services: RunnerServices) -> str:
    """A submitted exam attempt with right, wrong and unanswered questions (made once)."""
    s = services
    if id(s.ctx) in _FINISHED:
        return _FINISHED[id(s.ctx)]
    # taken 14 minutes before now, on a clock of its own, so start, end and time taken agree
    clock = FakeClock(datetime.now(UTC) - timedelta(minutes=15))
    s = replace(s, clock=clock, attempts=AttemptService(s.ctx, clock))
    exam = _exams(s)[1]
    attempt_id = s.attempts.start(s.principal, exam.exam_id, "exam")
    state = s.attempts.state(s.principal, attempt_id)
    answers: dict[str, Response | None] = {}
    for n, item in enumerate(state.questions):
        kind = item.question.type
        if kind is QuestionType.DESCRIPTION or (n % 4 == 3 and kind is not QuestionType.ESSAY):
            continue  # every fourth left unanswered; the essay always written, to await a mark
        answers[item.question.id or ""] = _right(s.ctx, item)
    first_choice = next(q for q in state.questions if q.question.type is QuestionType.MULTIPLE_CHOICE)
    right_choice = _right(s.ctx, first_choice)
    answers[first_choice.question.id or ""] = next(
        i for i in range(len(first_choice.question.choices)) if i != right_choice
    )
    clock.advance(6 * 60 + 40)
    s.attempts.save(s.principal, attempt_id, answers=answers)
    clock.advance(7 * 60 + 32)
    s.attempts.submit(s.principal, attempt_id)
    _FINISHED[id(s.ctx)] = attempt_id
    return attempt_id


def shot_review(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    services = student_services(window, ctx)
    review = ReviewWindow(services, finished_attempt(services))
    review.resize(900, 720)
    review.show()
    settle(app, services)
    return review


def shot_teacher_review(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    """A teacher's view of a review: the essay awaiting a mark, with its points box."""
    student = student_services(window, ctx)
    attempt_id = finished_attempt(student)
    teacher = RunnerServices.open(ctx, window.tasks, window.principal, changed=window.data_changed.emit)
    review = ReviewWindow(teacher, attempt_id, teacher=True)
    review.resize(900, 720)
    review.show()
    settle(app, teacher)
    if review.view is not None:
        review.view.next_essay()  # as the teacher would: straight to the essay to mark
        app.processEvents()
    return review


def shot_my_results(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    services = student_services(window, ctx)
    frame = QWidget()
    page = MyResultsPage(services)
    QVBoxLayout(frame).addWidget(page)
    frame.resize(1000, 640)
    frame.show()
    settle(app, services)
    return frame


def shot_teacher_attempts(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    services = RunnerServices.open(ctx, window.tasks, window.principal, changed=window.data_changed.emit)
    frame = QWidget()
    page = AttemptsPage(services)
    QVBoxLayout(frame).addWidget(page)
    frame.resize(1000, 640)
    frame.show()
    settle(app, services)
    return frame


SHOTS: dict[str, Callable[[QApplication, MainWindow, AppContext], QWidget]] = {
    "student-home": shot_student_home,
    "runner-exam": shot_runner_exam,
    "runner-practice": shot_runner_practice,
    "review": shot_review,
    "teacher-review": shot_teacher_review,
    "my-results": shot_my_results,
    "teacher-attempts": shot_teacher_attempts,
}
