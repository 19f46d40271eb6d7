"""Signing in on a school-server profile: the dialog, its messages, and no first-run dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from examhub_desktop.db.server_access import account_role
from examhub_desktop.services.app import AppContext, open_app
from examhub_desktop.services.attempts import AttemptService
from examhub_desktop.services.auth import WRONG_CREDENTIALS, AuthService
from examhub_desktop.services.library import ExamFields, LibraryService
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.questions import QuestionService
from examhub_desktop.services.secrets import FileStore
from examhub_desktop.services.users import UserService
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.accounts.first_run import FirstRunDialog
from examhub_desktop.ui.accounts.session import SessionController
from examhub_desktop.ui.accounts.sign_in import SignInDialog
from examhub_desktop.ui.app import build_main_window, settings_for
from examhub_desktop.ui.main_window import PEOPLE_PAGE, STUDENT_START_PAGE, MainWindow
from examhub_desktop.ui.tasks import TaskRunner
from tests.support.pgserver import PgServer
from tests.support.school import School, school_with_admin
from tests.ui.runner_support import QUESTIONS

pytestmark = pytest.mark.pg
ADMIN, ADMIN_PW = "head@school.test", "Lantern-quiver-6402!"
SHOTS = Path("/tmp")


@pytest.fixture(scope="module")
def school(pg_server: PgServer) -> Iterator[School]:
    with school_with_admin(pg_server, ADMIN, ADMIN_PW) as made:
        yield made


@pytest.fixture
def ctx(school: School, tmp_path: Path) -> Iterator[AppContext]:
    context = open_app(tmp_path / "laptop", school.client_url)
    yield context
    context.close()


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


def opened(qtbot: QtBot, accounts: AccountServices, tasks: TaskRunner) -> SignInDialog:
    dialog = SignInDialog(None, accounts, tasks, email=ADMIN)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.options_loaded, timeout=10_000):
        dialog.show()
    return dialog


def submit(qtbot: QtBot, dialog: SignInDialog) -> None:
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)


def test_sign_in_dialog_on_a_school_server(
    qtbot: QtBot, school: School, ctx: AppContext, accounts: AccountServices, tasks: TaskRunner
) -> None:
    dialog = opened(qtbot, accounts, tasks)
    assert dialog.keep.isHidden() and not dialog.keep.isChecked()
    assert dialog.register_button.isHidden() and dialog.forgot_button.isEnabled()
    label = dialog.findChild(QLabel, "serverLabel")
    assert label is not None and label.isVisible()
    assert label.text() == f"School server: {school.database} on {school.server.host}"
    assert dialog.banner.text() == ""  # nothing was read before signing in, so nothing failed
    dialog.grab().save(str(SHOTS / "client-sign-in-server.png"))

    dialog.password.setText("not-my-password-9")
    submit(qtbot, dialog)
    assert dialog.banner.text() == WRONG_CREDENTIALS and dialog.result() == 0
    dialog.grab().save(str(SHOTS / "client-sign-in-server-wrong.png"))

    dialog.password.setText(ADMIN_PW)
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        dialog.ok_button.click()
    assert dialog.value.role is Role.ADMIN
    assert ctx.signed_in_role == account_role(school.database, ADMIN)


def test_unreachable_server_is_said_in_the_dialog(qtbot: QtBot, tmp_path: Path, tasks: TaskRunner) -> None:
    ctx = open_app(tmp_path / "laptop", "postgresql://127.0.0.1:1/school")
    try:
        dialog = opened(qtbot, AccountServices.open(ctx, FileStore(ctx.data_dir)), tasks)
        dialog.password.setText(ADMIN_PW)
        submit(qtbot, dialog)
        assert dialog.banner.text().startswith(
            "Cannot reach the school server 127.0.0.1:1 (Connection refused)."
        )
        dialog.grab().save(str(SHOTS / "client-sign-in-unreachable.png"))
    finally:
        ctx.close()


def test_no_first_run_dialog_on_a_school_server(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    ctx: AppContext,
    accounts: AccountServices,
    tasks: TaskRunner,
) -> None:
    asked: list[str] = []

    def first_run(cls: type, *args: object, **kw: object) -> None:
        asked.append("first-run")

    def sign_in(cls: type, *args: object, **kw: object) -> None:
        asked.append("sign-in")

    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(first_run))
    monkeypatch.setattr(SignInDialog, "ask", classmethod(sign_in))
    controller = SessionController(ctx, accounts, settings_for(ctx.data_dir), tasks)
    with qtbot.waitSignal(controller.finished, timeout=15_000):
        controller.start()
    assert asked == ["sign-in"]


def signed_in_window(qtbot: QtBot, ctx: AppContext, principal: Principal, page: str) -> MainWindow:
    window = build_main_window(ctx, principal, accounts=AccountServices.open(ctx, FileStore(ctx.data_dir)))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.overview.counts_loaded, timeout=15_000):
        window.show()
    window.show_page(page)
    qtbot.waitUntil(lambda: window.tasks.pending == 0, timeout=15_000)
    return window


def test_teacher_and_student_windows_on_a_school_server(
    qtbot: QtBot, school: School, ctx: AppContext, tmp_path: Path
) -> None:
    """Each works as its own login role: the teacher's library and people, the student's exams."""
    admin = AuthService(ctx, FileStore(ctx.data_dir)).sign_in(None, ADMIN, ADMIN_PW)
    library = LibraryService(ctx)
    exam_id = library.create(admin, ExamFields("Fractions", "Week 3.", duration_minutes=20, is_public=True))
    for question in QUESTIONS:
        QuestionService(ctx).add(admin, exam_id, question)
    library.set_status(admin, exam_id, "published")
    library.create(admin, ExamFields("Draft only", ""))
    row, _ = UserService(ctx).create_user(
        admin, "pat@school.test", "Pat Pupil", Role.STUDENT, "Quiet-harbour-5120!"
    )

    window = signed_in_window(qtbot, ctx, admin, PEOPLE_PAGE)
    assert window.overview.count_labels["exams"].text() == "2"
    window.grab().save(str(SHOTS / "client-server-teacher.png"))
    window.close()
    window.tasks.wait()

    laptop = open_app(tmp_path / "student-laptop", school.client_url)
    try:
        pat = AuthService(laptop, FileStore(laptop.data_dir)).sign_in(
            None, "pat@school.test", "Quiet-harbour-5120!"
        )
        window = signed_in_window(qtbot, laptop, pat, STUDENT_START_PAGE)
        # The database shows the student one account (their own) and the published exam only.
        assert window.overview.count_labels["users"].text() == "1"
        assert window.overview.count_labels["exams"].text() == "1"
        window.grab().save(str(SHOTS / "client-server-student.png"))
        window.close()
        window.tasks.wait()
        attempts = AttemptService(laptop)
        attempt_id = attempts.start(pat, exam_id)
        state = attempts.state(pat, attempt_id)
        assert len(state.questions) == len(QUESTIONS)
        attempts.submit(pat, attempt_id)
        with laptop.uow() as uow:  # the row the student may read: their own, now submitted
            status = uow.session.execute(
                text("SELECT status FROM exam_attempts WHERE id = :id"), {"id": attempt_id}
            ).scalar_one()
        assert status != "in_progress"
    finally:
        laptop.close()
    UserService(ctx).delete_user(admin, row.id)
