"""After an attempt: the review, My Results (table and chart), the teacher's Attempts page with
essay marking, the student's home (start, resume) and `install` on a real main window."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from fractions import Fraction

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from examhub_desktop.core.exam_rules import ExamRules, ReviewOptions
from examhub_desktop.db.models import User
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.attempts import HomeExam
from examhub_desktop.services.library import LibraryService
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.results import AttemptSummary
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.app import build_main_window
from examhub_desktop.ui.changes import ATTEMPTS
from examhub_desktop.ui.runner import install
from examhub_desktop.ui.runner.chart import Point, ScoreChart
from examhub_desktop.ui.runner.dialogs import StartChoice, StartDialog
from examhub_desktop.ui.runner.home import StudentHomePage
from examhub_desktop.ui.runner.models import (
    ROW_ROLE,
    exam_attempts_model,
    home_model,
    my_attempts_model,
)
from examhub_desktop.ui.runner.results_page import MyResultsPage
from examhub_desktop.ui.runner.review import ReviewView, ReviewWindow
from examhub_desktop.ui.runner.teacher import AttemptsPage
from examhub_desktop.ui.tasks import TaskRunner
from tests.ui.a11y import actions_without_keys, unnamed_interactive
from tests.ui.runner_support import (
    ESSAY,
    MC,
    MR,
    NUM,
    SHORT,
    TEACHER,
    TF,
    Dialogs,
    World,
    open_runner,
)

pytestmark = pytest.mark.usefixtures("english", "dialogs")


def finish(world: World, answers: dict[str, object], *, minutes: float = 5, mode: str = "exam") -> str:
    """An attempt answered through the services and submitted after `minutes`."""
    s = world.services
    attempt_id = s.attempts.start(world.student, world.exam_id, mode)
    s.attempts.state(world.student, attempt_id)
    world.clock.advance(minutes * 60)
    s.attempts.save(
        world.student,
        attempt_id,
        answers={world.ids[k]: v for k, v in answers.items()},
    )
    s.attempts.submit(world.student, attempt_id)
    world.clock.advance(3600)
    return attempt_id


def texts(widget: ReviewView) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def open_review(qtbot: QtBot, world: World, attempt_id: str, *, teacher: bool = False) -> ReviewWindow:
    services = world.teacher_services if teacher else world.services
    window = ReviewWindow(services, attempt_id, teacher=teacher)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.show()
    return window


# ---------------------------------------------------------------------------- review
def test_review_after_submit_in_the_runner(qtbot: QtBot, world: World, dialogs: Dialogs) -> None:
    attempt_id = world.services.attempts.start(world.student, world.exam_id)
    runner = open_runner(qtbot, world, attempt_id)
    assert runner.state is not None
    for i, item in enumerate(runner.state.questions):
        if item.question.text in (MC, TF):
            runner.go(i)
            page = runner.current_page()
            assert page is not None
            page.editor.pick(list(item.choice_order).index(1) if item.question.text == MC else 1)  # TF: False
    world.clock.advance(125)
    runner.poll()
    with qtbot.waitSignal(runner.review_shown, timeout=10_000) as shown:
        runner.submit_action.trigger()
    review = shown.args[0]
    assert runner.stack.currentWidget() is runner.review_view
    assert runner.windowTitle() == "Review — Mixed"
    assert review.score == 18 and review.passed is False  # 2 of 11 points
    body = texts(runner.review_view)
    assert "✗ Not passed" in body and "time taken 2 min 05 s" in body and "2 of 11 points" in body
    assert "✓ Right (2 of 2 points)" in body and "✗ Wrong (0 of 1 point)" in body
    assert "– Not answered (0 of 4 points)" in body  # the empty essay needs no mark
    assert "pending" not in body.lower()
    assert runner.close()  # a finished attempt closes without asking
    assert dialogs.asked == [("Submit your answers?", dialogs.asked[0][1])]


def test_review_shows_answers_right_answers_feedback_explanations_and_pending(
    qtbot: QtBot, world: World
) -> None:
    attempt_id = finish(world, {MC: 0, MR: frozenset({0, 2}), SHORT: "paris", ESSAY: "Blue light scatters."})
    window = open_review(qtbot, world, attempt_id)
    view = window.view
    assert view is not None
    body = texts(view)
    assert "Pending: an essay awaits a teacher's mark" in body
    assert view.findChild(QLabel, "score").text().endswith(">9%</span>")  # 1 of 11 points
    assert "time taken 5 min 00 s" in body and "pass mark 50%" in body
    cards = {c.item.question.text: c for c in view.cards}
    mc = texts(cards[MC])  # type: ignore[arg-type]
    assert "Your answer:</b> 3" in mc and "Right answer:</b> 4" in mc
    assert "One short." in mc and "Addition of small numbers." in mc
    mr = texts(cards[MR])  # type: ignore[arg-type]
    assert "◐" not in mr and "✗ Wrong" in mr  # 0.5 - 1 floors at 0
    assert "2 is prime." in mr and "4 = 2 × 2." in mr
    short = texts(cards[SHORT])  # type: ignore[arg-type]
    assert "✓ Right" in short and "Paris since 987." in short
    essay = texts(cards[ESSAY])  # type: ignore[arg-type]
    assert "Pending: awaits a teacher's mark (4 points)" in essay and "Blue light scatters." in essay
    assert "Marked by a teacher." in essay and "Rayleigh" not in essay  # the marker's notes are the teacher's
    assert cards[ESSAY].mark_spin is None
    assert unnamed_interactive(window) == [] and actions_without_keys(window) == []


def test_review_keeps_back_what_the_review_options_hold_back(qtbot: QtBot, world: World) -> None:
    """Marks now, points and feedback after the exam closes, correct answers never: the student
    sees their answers and right/wrong, is told the score is not shown yet, and no right answer,
    feedback or explanation is on the page; the teacher sees it all."""
    lib = LibraryService(world.ctx)
    fields = lib.get(TEACHER, world.exam_id).fields
    review = ReviewOptions(points="after_close", correct_answers="never", feedback="after_close")
    closes = world.clock.now() + timedelta(days=1)
    lib.update(TEACHER, world.exam_id, replace(fields, rules=ExamRules(review=review, closes_at=closes)))
    attempt_id = finish(world, {MC: 0, SHORT: "paris"})
    window = open_review(qtbot, world, attempt_id)
    view = window.view
    assert view is not None
    body = texts(view)
    assert view.findChild(QLabel, "score").text().endswith(">—</span>")
    assert "Score not shown yet" in body and "of 11 points" not in body
    cards = {c.item.question.text: c for c in view.cards}
    mc = texts(cards[MC])  # type: ignore[arg-type]
    assert "Your answer:</b> 3" in mc and "✗ Wrong" in mc
    assert "Right answer" not in mc and "One short." not in mc and "Addition of small numbers." not in mc
    assert "points" not in texts(cards[SHORT])  # type: ignore[arg-type]
    teacher_window = open_review(qtbot, world, attempt_id, teacher=True)
    teacher = teacher_window.view
    assert teacher is not None
    assert "Right answer:</b> 4" in texts(
        teacher.cards[[c.item.question.text for c in teacher.cards].index(MC)]
    )  # type: ignore[arg-type]
    lib.update(
        TEACHER, world.exam_id, replace(fields, rules=ExamRules(review=ReviewOptions(answers="never")))
    )
    hidden_window = open_review(qtbot, world, attempt_id)
    hidden = hidden_window.view
    assert hidden is not None and hidden.cards == []
    assert "not made the questions and your answers visible" in texts(hidden)


def test_the_teacher_sees_when_a_full_screen_exam_window_was_left(qtbot: QtBot, world: World) -> None:
    s = world.services
    attempt_id = s.attempts.start(world.student, world.exam_id)
    s.attempts.state(world.student, attempt_id)
    s.attempts.record_away(world.student, attempt_id, 65)
    s.attempts.record_away(world.student, attempt_id, 4)
    s.attempts.submit(world.student, attempt_id)
    teacher_window = open_review(qtbot, world, attempt_id, teacher=True)
    teacher = teacher_window.view
    assert teacher is not None
    away = teacher.findChild(QLabel, "awayEvents")
    assert away is not None
    assert away.text().startswith("Left the exam window 2 times, 1 min 09 s in all:")
    assert "for 1 min 05 s" in away.text() and "for 4 s" in away.text()
    student_window = open_review(qtbot, world, attempt_id)
    student = student_window.view
    assert student is not None and student.findChild(QLabel, "awayEvents") is None


# ---------------------------------------------------------------------------- teacher
def test_teacher_sees_attempts_opens_a_review_and_marks_the_essay(qtbot: QtBot, world: World) -> None:
    first = finish(world, {MC: 1, TF: True, ESSAY: "Rayleigh scattering."})
    finish(world, {MC: 0})
    page = AttemptsPage(world.teacher_services)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.attempts_loaded, timeout=10_000) as loaded:
        page.show()
    assert page.exam_combo.currentText() == "Mixed (2 attempts)"
    assert [a.student for a in loaded.args[0]] == ["Pat Pupil", "Pat Pupil"]
    assert page.status.text() == "2 attempts · 1 awaiting an essay mark"
    assert page.proxy.index(0, 4).data() in ("Pending mark", "✗ Not passed")
    for r in range(page.proxy.rowCount()):
        if page.proxy.index(r, 0).data(ROW_ROLE).attempt_id == first:
            page.table.selectRow(r)
    assert page.open_button.isEnabled()
    with qtbot.waitSignal(page.review_opened) as opened:
        page.open_button.click()
    review: ReviewWindow = opened.args[0]
    qtbot.addWidget(review)
    qtbot.waitUntil(lambda: review.view is not None, timeout=10_000)
    view = review.view
    assert view is not None and view.next_essay_button is not None
    assert "Notes for the marker: Mention Rayleigh scattering." in texts(view)
    assert unnamed_interactive(review) == []
    view.next_essay_button.click()
    card = next(c for c in view.cards if c.mark_spin is not None)
    assert card.mark_spin is not None and card.mark_button is not None
    assert card.mark_spin.maximum() == 4 and card.mark_spin.value() == 0
    card.mark_spin.setValue(3)
    with qtbot.waitSignal(review.marked, timeout=10_000) as marked:
        card.mark_button.click()
    after = marked.args[0]
    assert not after.pending and after.status == "submitted"
    assert after.earned == Fraction(6)  # 2 (MC) + 1 (TF) + 3 of 4 (essay)
    assert review.view is not view and review.view is not None
    assert "✓ Passed" in texts(review.view) and review.view.next_essay_button is None
    assert ATTEMPTS in world.changes


def test_attempts_page_with_no_exams_says_so(qtbot: QtBot, ctx: AppContext, tasks: TaskRunner) -> None:
    from examhub_desktop.ui.runner.backend import RunnerServices

    page = AttemptsPage(RunnerServices.open(ctx, tasks, TEACHER))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.exams_loaded, timeout=10_000):
        page.show()
    assert page.status.text() == "There are no exams yet." and page.model.rowCount() == 0
    assert unnamed_interactive(page) == []
    tasks.wait()


# ---------------------------------------------------------------------------- my results
def test_my_results_history_chart_and_review(qtbot: QtBot, world: World) -> None:
    finish(world, {MC: 0})
    finish(world, {MC: 1, MR: frozenset({0, 1}), TF: True, SHORT: "Paris", NUM: "3.14"}, minutes=7)
    finish(world, {MC: 1}, mode="practice")
    page = MyResultsPage(world.services)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000) as loaded:
        page.show()
    history = loaded.args[0]
    assert [a.score for a in history] == [0, 54, 18]  # oldest first
    assert [p.score for p in page.chart.points] == [0, 54, 18]
    assert "latest 18%, best 54%" in page.chart.accessibleDescription()
    assert page.proxy.index(0, 2).data() == "Practice"  # the table: newest first
    assert page.proxy.index(1, 4).data() == "✓ Passed" and page.proxy.index(1, 5).data() == "7 min 00 s"
    assert not page.chart.grab().isNull()
    with qtbot.waitSignal(page.review_opened) as opened:
        page.open_button.click()
    review: ReviewWindow = opened.args[0]
    qtbot.addWidget(review)
    with qtbot.waitSignal(review.loaded, timeout=10_000):
        pass
    assert review.windowTitle() == "Review — Mixed"
    assert unnamed_interactive(page) == [] and actions_without_keys(page) == []


def test_my_results_empty(qtbot: QtBot, world: World) -> None:
    page = MyResultsPage(world.services)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    assert page.status.text().startswith("No finished attempts yet")
    assert not page.open_button.isEnabled() and not page.chart.grab().isNull()


@pytest.mark.parametrize("count", [0, 1, 2, 40])
def test_the_chart_paints_any_number_of_points(qtbot: QtBot, count: int) -> None:
    chart = ScoreChart()
    qtbot.addWidget(chart)
    chart.set_points([Point(f"{i} Mar", (i * 37) % 101, i % 2 == 0) for i in range(count)], pass_mark=50)
    chart.resize(500, 200)
    chart.show()
    assert not chart.grab().isNull()


# ---------------------------------------------------------------------------- home
@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: bringing a window forward
def test_home_lists_exams_starts_in_a_mode_and_resumes(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs
) -> None:
    finish(world, {MC: 1, TF: True, SHORT: "Paris"})
    asked: list[HomeExam] = []

    def ask(cls: object, parent: object, exam: HomeExam) -> StartChoice:
        asked.append(exam)
        return StartChoice("practice", timed=True)

    monkeypatch.setattr(StartDialog, "ask", classmethod(ask))
    home = StudentHomePage(world.services)
    qtbot.addWidget(home)
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.show()
    assert home.proxy.rowCount() == 1 and not home.running_box.isVisibleTo(home)
    assert [home.proxy.index(0, c).data() for c in range(6)] == ["Mixed", "8", "10 min", "50%", "1", "36%"]
    assert "Every kind of question." in home.details.text()
    with qtbot.waitSignal(home.runner_opened, timeout=10_000) as opened:
        home.start_button.click()
    runner = opened.args[0]
    qtbot.addWidget(runner)
    qtbot.waitUntil(lambda: runner.state is not None, timeout=10_000)
    assert asked[0].title == "Mixed" and runner.state.mode == "practice"
    assert runner.state.time_limit_seconds == 600  # timed practice
    runner.close()  # confirmed by `dialogs`; the attempt stays in progress
    assert not runner.isVisible()
    world.clock.advance(60)
    with qtbot.waitSignal(home.loaded, timeout=10_000) as loaded:
        home.refresh()
    assert home.running_box.isVisibleTo(home)
    row = home.running_box.findChildren(QLabel, "inProgressFacts")[0]
    assert row.text() == "Practice · 9:00 left · 0 of 8 answered"
    assert loaded.args[0].in_progress[0].attempt_id == runner.attempt_id
    resume = next(b for b in home.running_box.findChildren(type(home.start_button)) if b.text() == "&Resume")
    with qtbot.waitSignal(home.runner_opened, timeout=10_000) as reopened:
        resume.click()
    again = reopened.args[0]
    qtbot.addWidget(again)
    assert again is not runner and again.attempt_id == runner.attempt_id
    qtbot.waitUntil(lambda: again.state is not None, timeout=10_000)
    resume.click()  # already open: brought to the front, not opened twice
    assert home.runner is again
    assert unnamed_interactive(home) == []
    again.leave()
    qtbot.waitUntil(lambda: not world.tasks.pending, timeout=10_000)


def test_start_dialog_offers_timed_practice_only_for_practice(qtbot: QtBot) -> None:
    exam = HomeExam("e", "Algebra", "Linear equations.", 12, 30, 60, 0, None)
    dialog = StartDialog(exam)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.choice() == StartChoice("exam") and not dialog.timed.isEnabled()
    dialog.practice_mode.click()
    assert dialog.timed.isEnabled() and dialog.choice() == StartChoice("practice", False)
    dialog.timed.click()
    assert dialog.choice() == StartChoice("practice", True)
    assert unnamed_interactive(dialog) == []
    untimed = StartDialog(HomeExam("u", "Untimed", "", 3, None, None, 0, None))
    qtbot.addWidget(untimed)
    untimed.practice_mode.setChecked(True)
    assert not untimed.timed.isEnabled() and untimed.choice() == StartChoice("practice", False)


def test_home_with_nothing_published(qtbot: QtBot, ctx: AppContext, tasks: TaskRunner) -> None:
    from examhub_desktop.ui.runner.backend import RunnerServices

    with ctx.uow() as uow:  # services read the account anew on every call: it must exist
        row = uow.users.add(User(email="s@school.org", hashed_password="!"))
        uow.commit()
        student = Principal(row.id, row.email, Role.STUDENT)
    home = StudentHomePage(RunnerServices.open(ctx, tasks, student))
    qtbot.addWidget(home)
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.show()
    assert home.status.text() == "No exams are open to students yet." and not home.start_button.isEnabled()
    tasks.wait()


# ---------------------------------------------------------------------------- models
def summary(n: int, status: str = "submitted") -> AttemptSummary:
    from datetime import UTC, datetime

    start = datetime(2026, 3, 1, 9, tzinfo=UTC) + timedelta(days=n)
    return AttemptSummary(
        f"a{n}",
        "e",
        f"Exam {n}",
        f"Student {n}",
        "exam",
        status,
        40 + n,
        n % 2 == 0,
        start,
        start + timedelta(minutes=20),
        1200.0,
    )


def test_models_pass_the_model_tester(qtmodeltester: object) -> None:
    home = home_model()
    home.set_rows([HomeExam(f"e{i}", f"Exam {i}", "", i + 1, 30, 50, i, None if i else 70) for i in range(3)])
    mine = my_attempts_model()
    mine.set_rows([summary(i) for i in range(4)])
    theirs = exam_attempts_model()
    theirs.set_rows([summary(0, "in_progress"), summary(1, "pending"), summary(2)])
    for model in (home, mine, theirs):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert theirs.index(0, 3).data() == "—" and theirs.index(0, 4).data() == "In progress"
    assert theirs.index(1, 4).data() == "Pending mark"
    assert mine.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) is not None


# ---------------------------------------------------------------------------- install
def test_install_gives_a_student_exams_and_results_and_a_teacher_attempts(
    qtbot: QtBot, ctx: AppContext, accounts: AccountServices, admin: Principal
) -> None:
    from examhub_desktop.services.users import UserService

    row, _ = UserService(ctx).create_user(admin, "kid@school.org", "Kid", Role.STUDENT, "violet-harbour-42")
    student = Principal(row.id, row.email, Role.STUDENT, "Kid")
    titles = {}
    for who in (student, admin):
        window = build_main_window(ctx, who, accounts=accounts)
        qtbot.addWidget(window)
        install(window, who)
        window.show()
        titles[who.role] = [window.nav.item(i).text() for i in range(window.nav.count())]
        window.nav.setCurrentRow(window.nav.count() - 1)
        qtbot.waitUntil(lambda w=window: not w.tasks.pending, timeout=10_000)
        window.close()
        window.tasks.wait()
    assert titles[Role.STUDENT][-2:] == ["Exams", "My Results"]
    assert "Attempts" in titles[Role.ADMIN] and "Exams" not in titles[Role.ADMIN]


def test_home_counts_down_and_a_time_up_attempt_is_submitted(qtbot: QtBot, world: World) -> None:
    attempt_id = world.services.attempts.start(world.student, world.exam_id)  # exam mode, 10 minutes
    home = StudentHomePage(world.services)
    qtbot.addWidget(home)
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.show()
    facts = home.running_box.findChildren(QLabel, "inProgressFacts")[0]
    assert facts.text() == "Exam · 10:00 left · 0 of 8 answered" and home.ticker.isActive()
    world.clock.advance(300)
    home.tick()
    assert facts.text() == "Exam · 5:00 left · 0 of 8 answered"
    world.clock.advance(300)
    with qtbot.waitSignal(home.loaded, timeout=10_000) as loaded:
        home.tick()
    assert loaded.args[0].in_progress == () and not home.running_box.isVisibleTo(home)
    assert world.services.results.review(world.student, attempt_id).finish_reason == "expired_while_closed"
    assert not home.ticker.isActive()


def test_a_runner_whose_attempt_was_submitted_elsewhere_shows_the_review(
    qtbot: QtBot, world: World, dialogs: Dialogs
) -> None:
    attempt_id = world.services.attempts.start(world.student, world.exam_id)
    runner = open_runner(qtbot, world, attempt_id)
    world.clock.advance(601)
    world.services.attempts.expire_overdue(world.student)  # as the home page would, at that moment
    with qtbot.waitSignal(runner.review_shown, timeout=10_000):
        runner.poll()  # the runner's own expiry: its submit is refused, the attempt is done anyway
    assert runner.finished and dialogs.notices == []
