"""Every window and dialog of the app, opened with realistic data, for tests that walk them all.

The API: `WINDOWS` maps a name ("settings", "teacher:People", "question-editor:matching", ...)
to a factory; `open_window(name, env)` calls it and returns the shown, loaded top-level
widget, active (so focus exists) and registered with qtbot for clean-up. `Env` carries the
fixtures a factory may need; the fixture `windows_env` builds one (import `windows_env_fixture`
into the test module). A test that walks every window parametrises over `list(WINDOWS)`:

    from tests.ui.windows import WINDOWS, Env, open_window, windows_env_fixture  # noqa: F401

    @pytest.mark.parametrize("name", list(WINDOWS))
    def test_x(name: str, windows_env: Env) -> None:
        window = open_window(name, windows_env)

The data: a real SQLite file with a teacher (`admin`), a student and a published, timed exam
holding one question of every type (tests/ui/runner_support.py), made on first use of
`env.world`. Message boxes, normally replaced in tests through their `ask()`, are opened
through their real `ask()` with the modal loop captured (`captured`), so the box a user would
see is the one under test. A new window or dialog of the app gets an entry here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from examhub_desktop.core.question import QuestionType
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.attempts import HomeExam
from examhub_desktop.services.permissions import Principal
from examhub_desktop.services.settings import AppSettings
from examhub_desktop.ui.about import AboutDialog
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.accounts.first_run import FirstRunDialog
from examhub_desktop.ui.accounts.own_account import ChangePasswordDialog, ProfileDialog
from examhub_desktop.ui.accounts.people_dialogs import NewPersonDialog, OneTimePasswordDialog, RoleDialog
from examhub_desktop.ui.accounts.preferences import PreferencesDialog
from examhub_desktop.ui.accounts.recovery import ForgotPasswordDialog, RegisterDialog, VerifyEmailDialog
from examhub_desktop.ui.accounts.settings_dialog import SettingsDialog
from examhub_desktop.ui.accounts.sign_in import SignInDialog
from examhub_desktop.ui.app import build_main_window
from examhub_desktop.ui.appearance import device_settings
from examhub_desktop.ui.editor.context import Authoring
from examhub_desktop.ui.editor.dialogs import Problems, UnsavedChanges
from examhub_desktop.ui.editor.exam_editor import ExamEditor
from examhub_desktop.ui.editor.question_editor import QuestionEditor
from examhub_desktop.ui.editor.type_chooser import QuestionTypeDialog, blank_question
from examhub_desktop.ui.library.bank import BankDialog
from examhub_desktop.ui.main_window import (
    ATTEMPTS_PAGE,
    LIBRARY_PAGE,
    MY_RESULTS_PAGE,
    OVERVIEW_PAGE,
    PEOPLE_PAGE,
    STUDENT_START_PAGE,
)
from examhub_desktop.ui.messages import MessageDialog
from examhub_desktop.ui.runner import dialogs as runner_dialogs
from examhub_desktop.ui.runner.review import ReviewWindow
from examhub_desktop.ui.runner.runner_window import RunnerWindow
from examhub_desktop.ui.shortcuts import ShortcutsDialog
from examhub_desktop.ui.tasks import TaskRunner
from examhub_desktop.ui.transfer.backend import TransferUi
from examhub_desktop.ui.transfer.export_dialog import ExportDialog
from examhub_desktop.ui.transfer.wizard import ImportWizard
from tests.ui.runner_support import MC, NUM, SHORT, TF, World, make_world, quiet

WAIT = 10_000
# the real message boxes, kept before the tests' fixtures replace their `ask`
_MESSAGE_ASK = MessageDialog.ask
_RUNNER_CONFIRM_ASK = runner_dialogs.Confirm.ask
_RUNNER_NOTICE_ASK = runner_dialogs.Notice.ask
_UNSAVED_ASK = UnsavedChanges.ask

GIFT = """// two questions, as a teacher would import them
::Capital:: What is the capital of France? {=Paris ~Rome ~Madrid}

::Sum:: 2 + 2 = ? {#4}
"""


@dataclass
class Env:
    """What the factories build on; `world` (a published exam and a student) is made on first use."""

    qtbot: QtBot
    ctx: AppContext
    tasks: TaskRunner
    accounts: AccountServices
    admin: Principal
    folder: Path
    keep: list[Any] = field(default_factory=list)  # objects a window needs alive (e.g. undo groups)

    @functools.cached_property
    def world(self) -> World:
        return make_world(self.ctx, self.tasks)

    @functools.cached_property
    def authoring(self) -> Authoring:
        group = QUndoGroup()
        self.keep.append(group)
        return Authoring(self.ctx, self.tasks, self.admin, group)

    @functools.cached_property
    def transfer(self) -> TransferUi:
        return TransferUi(self.ctx, self.tasks, self.admin)

    def idle(self, *runners: TaskRunner) -> None:
        """Wait until the task runners have answered (and their answers reached the GUI thread)."""
        for runner in (self.tasks, *runners):
            self.qtbot.waitUntil(lambda r=runner: r.pending == 0, timeout=WAIT)  # type: ignore[misc]
        QApplication.processEvents()


@pytest.fixture(name="windows_env")
def windows_env_fixture(
    qtbot: QtBot,
    ctx: AppContext,
    tasks: TaskRunner,
    accounts: AccountServices,
    admin: Principal,
    tmp_path: Path,
) -> Iterator[Env]:
    env = Env(qtbot, ctx, tasks, accounts, admin, tmp_path)
    yield env
    tasks.wait()


Factory = Callable[[Env], QWidget]


def shown(env: Env, widget: QWidget, signal: str | None = None) -> QWidget:
    """Show `widget` (waiting for `signal`, its "loaded", if given) and let pending work answer."""
    env.qtbot.addWidget(widget, before_close_func=quiet)
    if signal is None:
        widget.show()
    else:
        with env.qtbot.waitSignal(getattr(widget, signal), timeout=WAIT):
            widget.show()
    env.idle()
    return widget


@contextmanager
def captured() -> Iterator[list[QDialog]]:
    """Inside: a modal `exec()` returns at once (rejected) and leaves its dialog here, unshown."""
    boxes: list[QDialog] = []
    original = QDialog.exec

    def keep(self: QDialog, *_args: Any) -> int:
        boxes.append(self)
        return 0

    QDialog.exec = keep  # type: ignore[method-assign]
    try:
        yield boxes
    finally:
        QDialog.exec = original  # type: ignore[method-assign]


def message_box(env: Env, ask: Callable[[], object]) -> QWidget:
    """The box a message's real `ask()` makes, shown as `exec()` would show it."""
    patched = MessageDialog.__dict__["ask"]  # the fixtures' stand-in, if any
    MessageDialog.ask = _MESSAGE_ASK  # type: ignore[method-assign]  # wrappers (Confirm, Notice) show through it
    try:
        with captured() as boxes:
            ask()
    finally:
        MessageDialog.ask = patched  # type: ignore[method-assign]
    assert len(boxes) == 1, f"expected one modal box, got {boxes}"
    return shown(env, boxes[0])


# ------------------------------------------------------------------ main window and its pages
# the harness's page names (which the tests' tables use) and the window's stable page keys
PAGE_KEYS = {
    "Overview": OVERVIEW_PAGE,
    "Library": LIBRARY_PAGE,
    "Attempts": ATTEMPTS_PAGE,
    "People": PEOPLE_PAGE,
    "Exams": STUDENT_START_PAGE,
    "My Results": MY_RESULTS_PAGE,
}


def main_window(env: Env, principal: Principal, page: str) -> QWidget:
    window = build_main_window(env.ctx, principal, accounts=env.accounts)
    env.qtbot.addWidget(window)
    with env.qtbot.waitSignal(window.overview.counts_loaded, timeout=WAIT):
        window.show()
    key = PAGE_KEYS[page]
    assert window.page(key) is not None, f"no page {page!r} in this window"
    window.show_page(key)
    env.idle(window.tasks)
    return window


def teacher_page(page: str) -> Factory:
    def make(env: Env) -> QWidget:
        env.world  # noqa: B018 - an exam, a student and (below) an attempt to list
        start_and_submit(env)
        return main_window(env, env.admin, page)

    return make


def student_page(page: str) -> Factory:
    def make(env: Env) -> QWidget:
        start_and_submit(env)
        return main_window(env, env.world.student, page)

    return make


def start_and_submit(env: Env) -> str:
    """A submitted exam attempt of the world's student (for results, reviews and attempts)."""
    w = env.world
    s = w.services
    attempt_id = s.attempts.start(w.student, w.exam_id, "exam")
    s.attempts.state(w.student, attempt_id)
    answers = {w.ids[MC]: 1, w.ids[TF]: True, w.ids[SHORT]: "Paris", w.ids[NUM]: "3.14"}
    s.attempts.save(w.student, attempt_id, answers=answers)
    s.attempts.submit(w.student, attempt_id)
    return attempt_id


# ------------------------------------------------------------------ accounts
def settings(env: Env) -> QWidget:
    env.accounts.store.set("smtp-password", "x")  # shows "Forget the stored password"
    return shown(env, SettingsDialog(None, env.accounts, env.tasks, env.admin), "loaded")


def sign_in(env: Env) -> QWidget:
    env.accounts.settings.save(env.admin, AppSettings(allow_self_registration=True))
    return shown(env, SignInDialog(None, env.accounts, env.tasks), "options_loaded")


def forgot_step_two(env: Env) -> QWidget:
    dialog = ForgotPasswordDialog(None, env.accounts, env.tasks, email=env.admin.email)
    dialog.show_step(2)
    return shown(env, dialog)


# ------------------------------------------------------------------ runner
def runner(mode: str) -> Factory:
    def make(env: Env) -> QWidget:
        w = env.world
        attempt_id = w.services.attempts.start(w.student, w.exam_id, mode, timed=mode == "practice")
        return shown(env, RunnerWindow(w.services, attempt_id), "loaded")

    return make


def review(teacher: bool) -> Factory:
    def make(env: Env) -> QWidget:
        attempt_id = start_and_submit(env)
        services = env.world.teacher_services if teacher else env.world.services
        return shown(env, ReviewWindow(services, attempt_id, teacher=teacher), "loaded")

    return make


def start_dialog(env: Env) -> QWidget:
    exam = HomeExam("e", "Algebra", "Equations and graphs.", 12, 30, 60, 0, None)
    return shown(env, runner_dialogs.StartDialog(exam))


# ------------------------------------------------------------------ editor and library
def question_editor(qtype: QuestionType) -> Factory:
    def make(env: Env) -> QWidget:
        editor = QuestionEditor(env.authoring, env.world.exam_id, blank_question(qtype))
        return shown(env, editor)

    return make


def exam_editor(existing: bool) -> Factory:
    def make(env: Env) -> QWidget:
        editor = ExamEditor(env.authoring, env.world.exam_id if existing else None)
        return shown(env, editor, "loaded" if existing else None)

    return make


# ------------------------------------------------------------------ import and export
def wizard_at(step: str) -> Factory:
    def make(env: Env) -> QWidget:
        if step == "file":
            return shown(env, ImportWizard(env.transfer))
        path = env.folder / "capitals.gift"
        path.write_text(GIFT, encoding="utf-8")
        wizard = shown(env, ImportWizard(env.transfer, [path]), "files_loaded")
        assert isinstance(wizard, ImportWizard) and wizard.currentId() == ImportWizard.PREVIEW
        if step == "preview":
            return wizard
        with env.qtbot.waitSignal(wizard.drafts_loaded, timeout=WAIT):
            wizard.next()
        if step == "target":
            return wizard
        with env.qtbot.waitSignal(wizard.import_finished, timeout=WAIT):
            wizard.next()
        env.idle()
        return wizard

    return make


def export(env: Env) -> QWidget:
    return shown(env, ExportDialog(None, env.transfer, env.world.exam_id, "gift"), "exams_loaded")


# ------------------------------------------------------------------ the table
WINDOWS: dict[str, Factory] = {
    # accounts
    "first-run": lambda env: shown(env, FirstRunDialog(None, env.accounts, env.tasks)),
    "sign-in": sign_in,
    "forgot-1": lambda env: shown(env, ForgotPasswordDialog(None, env.accounts, env.tasks)),
    "forgot-2": forgot_step_two,
    "register": lambda env: shown(env, RegisterDialog(None, env.accounts, env.tasks, mail=True)),
    "verify": lambda env: shown(env, VerifyEmailDialog(None, env.accounts, env.tasks, env.admin)),
    "profile": lambda env: shown(env, ProfileDialog(None, env.accounts, env.tasks, env.admin)),
    "change-password": lambda env: shown(env, ChangePasswordDialog(None, env.accounts, env.tasks, env.admin)),
    "forced-change": lambda env: shown(
        env, ChangePasswordDialog(None, env.accounts, env.tasks, env.admin, forced=True)
    ),
    "new-person": lambda env: shown(env, NewPersonDialog(None, env.accounts, env.tasks, env.admin)),
    "role": lambda env: shown(env, RoleDialog(None, env.accounts.users.list_users(env.admin)[0])),
    "one-time-password": lambda env: shown(
        env, OneTimePasswordDialog(None, "pupil@school.org", "abcd-efgh-jkmn")
    ),
    "settings": settings,
    "preferences": lambda env: shown(env, PreferencesDialog(None, device_settings(env.folder))),
    # the main window, each page
    **{f"teacher:{p}": teacher_page(p) for p in ("Overview", "Library", "Attempts", "People")},
    **{f"student:{p}": student_page(p) for p in ("Overview", "Exams", "My Results")},
    "about": lambda env: shown(env, AboutDialog(env.ctx, env.tasks)),
    "shortcuts": lambda env: shown(env, ShortcutsDialog([])),
    # authoring
    "exam-editor": exam_editor(existing=True),
    "exam-editor:new": exam_editor(existing=False),
    **{f"question-editor:{t.value}": question_editor(t) for t in QuestionType},
    "question-type": lambda env: shown(env, QuestionTypeDialog()),
    "problems": lambda env: shown(env, Problems(None, "Not published", "Fix these:", ["Question 1: empty."])),
    "bank": lambda env: shown(env, BankDialog(None, env.authoring), "sources_loaded"),
    # taking exams
    "start": start_dialog,
    "runner:exam": runner("exam"),
    "runner:practice": runner("practice"),
    "runner:unsaved": lambda env: shown(
        env, runner_dialogs.UnsavedAnswers([3, 5], "The database is locked by another program.")
    ),
    "review": review(teacher=False),
    "review:teacher": review(teacher=True),
    # import and export
    **{f"import:{step}": wizard_at(step) for step in ("file", "preview", "target", "summary")},
    "export": export,
    # messages, through their real ask()
    "message:info": lambda env: message_box(
        env,
        lambda: _MESSAGE_ASK.__func__(MessageDialog, None, "Saved", "The exam was saved."),  # type: ignore[attr-defined]
    ),
    "message:confirm": lambda env: message_box(
        env,
        lambda: _MESSAGE_ASK.__func__(  # type: ignore[attr-defined]
            MessageDialog, None, "Delete person?", "Delete Pat Pupil?", kind="question", confirm="&Delete"
        ),
    ),
    "runner:confirm": lambda env: message_box(
        env,
        lambda: _RUNNER_CONFIRM_ASK.__func__(  # type: ignore[attr-defined]
            runner_dialogs.Confirm, None, "Leave this attempt?", "Your answers are saved.", confirm="Leave"
        ),
    ),
    "runner:notice": lambda env: message_box(
        env,
        lambda: _RUNNER_NOTICE_ASK.__func__(  # type: ignore[attr-defined]
            runner_dialogs.Notice, None, "Time is up", "Your answers were submitted."
        ),
    ),
    "unsaved-changes": lambda env: message_box(
        env,
        lambda: _UNSAVED_ASK.__func__(UnsavedChanges, None, "question 3"),  # type: ignore[attr-defined]
    ),
}


def open_window(name: str, env: Env) -> QWidget:
    """The window `name`, shown with its data loaded and active (so it has the keyboard focus)."""
    window = WINDOWS[name](env)
    assert window.isVisible(), f"{name} is not shown"
    with env.qtbot.waitActive(window):
        window.activateWindow()
    QApplication.processEvents()
    return window
