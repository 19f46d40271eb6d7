"""Account dialogs on a real SQLite database: first run, sign-in, recovery, own account, settings.

Each dialog is shown non-modally, filled in like a user would, and its OK button clicked;
service calls run on a real task runner and the tests wait for them by signal.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from examhub_desktop.services.auth import WRONG_CREDENTIALS, SignInRefused
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.ui.accounts import first_run as first_run_module
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.accounts.first_run import FirstRunDialog
from examhub_desktop.ui.accounts.own_account import ChangePasswordDialog, ProfileDialog
from examhub_desktop.ui.accounts.recovery import ForgotPasswordDialog, RegisterDialog, VerifyEmailDialog
from examhub_desktop.ui.accounts.settings_dialog import SettingsDialog
from examhub_desktop.ui.accounts.sign_in import ASK_A_TEACHER, SignInDialog
from examhub_desktop.ui.forms import ServiceDialog
from examhub_desktop.ui.i18n import format_time
from examhub_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import ADMIN_EMAIL, GOOD, Messages
from tests.ui.mailbox import Inbox

NEW = "quiet-lantern-river-7"


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def submit_and_wait(qtbot: QtBot, dialog: ServiceDialog) -> None:
    """Click OK; wait until the service call has come back (accepted or refused)."""
    dialog.ok_button.click()
    assert dialog.busy, "the form was refused before any service call: " + field_errors(dialog).__repr__()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def field_errors(dialog: ServiceDialog) -> dict[str, str]:
    return {key: f.message.text() for key, f in dialog.fields.items() if not f.message.isHidden()}


def user_count(accounts: AccountServices) -> int:
    with accounts.ctx.uow() as uow:
        return uow.users.count()


# ---------------------------------------------------------------------------- first run
def test_first_run_creates_the_administrator(
    qtbot: QtBot, accounts: AccountServices, tasks: TaskRunner
) -> None:
    dialog = shown(qtbot, FirstRunDialog(None, accounts, tasks))
    assert isinstance(dialog, FirstRunDialog)
    assert dialog.load_sample.isHidden(), "without a loader the offer must not show"
    qtbot.keyClicks(dialog.email, "Teacher@School.org")
    dialog.full_name.setText("Ms Teacher")
    dialog.password.setText(GOOD)
    dialog.repeat.setText(GOOD)
    assert dialog.password.meter is not None and dialog.password.meter.value() >= 3
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    admin = dialog.value
    assert isinstance(admin, Principal) and admin.role is Role.ADMIN
    assert admin.email == "teacher@school.org" and admin.full_name == "Ms Teacher"
    assert user_count(accounts) == 1


def test_first_run_checks_as_you_type_and_bad_input_writes_nothing(
    qtbot: QtBot, accounts: AccountServices, tasks: TaskRunner
) -> None:
    dialog = shown(qtbot, FirstRunDialog(None, accounts, tasks))
    assert isinstance(dialog, FirstRunDialog)
    email = dialog.fields["email"]
    qtbot.keyClicks(dialog.email, "teacher")
    assert email.message.isHidden(), "no scolding before the @"
    qtbot.keyClicks(dialog.email, "@school")
    assert "needs a dot" in email.message.text()
    assert dialog.email.accessibleDescription() == email.message.text(), "screen readers hear it too"
    qtbot.keyClicks(dialog.email, ".org")
    assert email.message.isHidden()

    qtbot.keyClicks(dialog.password.edit, "password12")
    meter = dialog.password.meter
    assert meter is not None and meter.value() <= 1 and meter.format().startswith("Strength: ")
    assert "common" in dialog.password.reasons.text()
    dialog.password.setText("teacher-lemon-tree")
    assert "name part of your email" in dialog.password.reasons.text()
    dialog.password.setText(GOOD)
    assert dialog.password.reasons.isHidden()
    qtbot.keyClicks(dialog.repeat.edit, "violet-x")
    assert field_errors(dialog)["repeat"] == "The two passwords differ."

    dialog.full_name.setText("x" * 256)
    dialog.ok_button.click()
    assert not dialog.busy, "nothing goes to the service while a field is wrong"
    errors = field_errors(dialog)
    assert "longer than 255" in errors["full_name"] and errors["repeat"] == "The two passwords differ."
    dialog.email.clear()
    dialog.full_name.clear()
    dialog.password.setText("")
    dialog.ok_button.click()
    errors = field_errors(dialog)
    assert set(errors) == {"email", "full_name", "password", "repeat"}
    assert errors["email"] == "Enter an e-mail address."
    assert user_count(accounts) == 0


def test_sample_exam_is_offered_only_with_a_sample_and_a_loader(
    qtbot: QtBot,
    accounts: AccountServices,
    tasks: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sample = tmp_path / "sample-exam.examhub.json"
    monkeypatch.setattr(first_run_module, "sample_exam_path", lambda: sample)
    loaded: list[tuple[str, Path]] = []
    with_loader = shown(
        qtbot,
        FirstRunDialog(None, accounts, tasks, sample_loader=lambda p, path: loaded.append((p.email, path))),
    )
    assert isinstance(with_loader, FirstRunDialog) and with_loader.load_sample.isHidden()  # no file yet
    sample.write_text("{}")
    dialog = shown(
        qtbot,
        FirstRunDialog(None, accounts, tasks, sample_loader=lambda p, path: loaded.append((p.email, path))),
    )
    assert isinstance(dialog, FirstRunDialog) and dialog.load_sample.isVisible()
    dialog.email.setText(ADMIN_EMAIL)
    dialog.full_name.setText("Ms Teacher")
    dialog.password.setText(GOOD)
    dialog.repeat.setText(GOOD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    assert loaded == [(ADMIN_EMAIL, sample)]


def test_the_shipped_sample_exam_loads(qtbot: QtBot, accounts: AccountServices, tasks: TaskRunner) -> None:
    from examhub_desktop.services.library import LibraryService
    from examhub_desktop.services.transfer import TransferService

    transfer = TransferService(accounts.ctx)
    dialog = shown(
        qtbot,
        FirstRunDialog(None, accounts, tasks, sample_loader=lambda p, path: transfer.import_file(p, path)),
    )
    assert isinstance(dialog, FirstRunDialog) and dialog.load_sample.isVisible()
    dialog.load_sample.setChecked(True)
    dialog.email.setText(ADMIN_EMAIL)
    dialog.full_name.setText("Ms Teacher")
    dialog.password.setText(GOOD)
    dialog.repeat.setText(GOOD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    admin = accounts.auth.sign_in(None, ADMIN_EMAIL, GOOD)
    library = LibraryService(accounts.ctx)
    (row,) = library.exam_rows(admin, library.exam_ids(admin))
    assert row.title == "Sample exam: a tour of question types" and row.total_questions == 8


# ---------------------------------------------------------------------------- sign in
def sign_in_dialog(qtbot: QtBot, accounts: AccountServices, tasks: TaskRunner, **kw: str) -> SignInDialog:
    dialog = SignInDialog(None, accounts, tasks, **kw)
    with qtbot.waitSignal(dialog.options_loaded, timeout=10_000):
        shown(qtbot, dialog)
    return dialog


def test_wrong_password_shows_the_message(
    qtbot: QtBot, accounts: AccountServices, admin: Principal, tasks: TaskRunner
) -> None:
    dialog = sign_in_dialog(qtbot, accounts, tasks, email=ADMIN_EMAIL)
    dialog.password.setText("not-the-password")
    submit_and_wait(qtbot, dialog)
    assert dialog.banner.text() == WRONG_CREDENTIALS and dialog.banner.isVisible()
    assert dialog.password.text() == "" and dialog.result() == 0
    dialog.password.setText(GOOD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    assert dialog.value.user_id == admin.user_id


def test_empty_sign_in_fields_are_named(qtbot: QtBot, accounts: AccountServices, tasks: TaskRunner) -> None:
    dialog = sign_in_dialog(qtbot, accounts, tasks)
    dialog.ok_button.click()
    assert not dialog.busy
    assert field_errors(dialog) == {"email": "Enter your e-mail address.", "password": "Enter your password."}


def test_throttled_sign_in_says_when_to_try_again(
    qtbot: QtBot, accounts: AccountServices, admin: Principal, tasks: TaskRunner
) -> None:
    for _ in range(6):  # the sixth is refused by the throttle, which says until when
        with pytest.raises(SignInRefused) as refused:
            accounts.auth.sign_in(None, ADMIN_EMAIL, "nope-nope-nope")
    retry_at = refused.value.retry_at
    assert retry_at is not None
    dialog = sign_in_dialog(qtbot, accounts, tasks, email=ADMIN_EMAIL)
    dialog.password.setText(GOOD)  # even the right password waits
    submit_and_wait(qtbot, dialog)
    text = dialog.banner.text()
    assert "Too many failed sign-ins" in text and "Try again in 30 seconds." in text
    assert text.endswith(f" That is at {format_time(retry_at)}.")  # the clock time in the user's locale
    assert dialog.result() == 0


def test_create_account_is_offered_only_when_allowed(
    qtbot: QtBot, accounts: AccountServices, admin: Principal, tasks: TaskRunner
) -> None:
    dialog = sign_in_dialog(qtbot, accounts, tasks)
    assert dialog.register_button.isHidden() and dialog.options == dialog.options.__class__(False, False)
    settings = accounts.settings.get(admin)
    accounts.settings.save(admin, settings.__class__(True, settings.smtp))
    dialog = sign_in_dialog(qtbot, accounts, tasks)
    assert dialog.register_button.isVisible()


def test_forgot_password_without_mail_says_ask_a_teacher(
    qtbot: QtBot, accounts: AccountServices, admin: Principal, tasks: TaskRunner, messages: Messages
) -> None:
    dialog = sign_in_dialog(qtbot, accounts, tasks)
    dialog.forgot_button.click()
    assert messages.texts == [ASK_A_TEACHER]


def test_forgot_password_with_mail_resets_with_the_code(
    qtbot: QtBot, accounts: AccountServices, mail_on: Inbox, tasks: TaskRunner
) -> None:
    dialog = shown(qtbot, ForgotPasswordDialog(None, accounts, tasks, email=ADMIN_EMAIL))
    assert isinstance(dialog, ForgotPasswordDialog) and not dialog.code.isVisible()
    submit_and_wait(qtbot, dialog)
    assert dialog.step == 2 and dialog.code.isVisible() and len(mail_on.messages) == 1
    dialog.code.setText("WRONGCOD")
    dialog.password.setText(NEW)
    dialog.repeat.setText(NEW)
    submit_and_wait(qtbot, dialog)
    assert "not right or has expired" in field_errors(dialog)["code"]
    dialog.code.setText(mail_on.code().lower())
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    assert dialog.value == ADMIN_EMAIL
    assert accounts.auth.sign_in(None, ADMIN_EMAIL, NEW).email == ADMIN_EMAIL


def test_register_then_verify_with_the_mailed_code(
    qtbot: QtBot,
    accounts: AccountServices,
    mail_on: Inbox,
    tasks: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[Principal] = []
    monkeypatch.setattr(VerifyEmailDialog, "ask", classmethod(lambda cls, parent, a, t, p: asked.append(p)))
    dialog = shown(qtbot, RegisterDialog(None, accounts, tasks, mail=True))
    assert isinstance(dialog, RegisterDialog)
    dialog.email.setText("TEACHER@school.org")
    dialog.full_name.setText("Pupil")
    dialog.password.setText(NEW)
    dialog.repeat.setText(NEW)
    submit_and_wait(qtbot, dialog)
    assert field_errors(dialog) == {"email": "An account for teacher@school.org exists already."}
    assert user_count(accounts) == 1
    dialog.email.setText("pupil@school.org")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    student = dialog.value
    assert student.role is Role.STUDENT and asked == [student]

    verify = shown(qtbot, VerifyEmailDialog(None, accounts, tasks, student))
    assert isinstance(verify, VerifyEmailDialog)
    verify.code.setText("AAAAAAAA")
    submit_and_wait(qtbot, verify)
    assert "not right" in field_errors(verify)["code"]
    verify.code.setText(mail_on.code())
    with qtbot.waitSignal(verify.accepted, timeout=10_000):
        verify.ok_button.click()
    (row,) = [
        r
        for r in accounts.users.list_users(accounts.auth.sign_in(None, ADMIN_EMAIL, GOOD))
        if r.id == student.user_id
    ]
    assert row.email_verified


# ---------------------------------------------------------------------------- own account
def test_change_password_needs_the_current_one(
    qtbot: QtBot, accounts: AccountServices, admin: Principal, tasks: TaskRunner
) -> None:
    dialog = shown(qtbot, ChangePasswordDialog(None, accounts, tasks, admin))
    assert isinstance(dialog, ChangePasswordDialog)
    dialog.current.setText("not-it-at-all")
    dialog.password.setText(NEW)
    dialog.repeat.setText(NEW)
    submit_and_wait(qtbot, dialog)
    assert field_errors(dialog) == {"current": "The current password is not right."}
    dialog.current.setText(GOOD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    assert accounts.auth.sign_in(None, ADMIN_EMAIL, NEW).user_id == admin.user_id


def test_profile_changes_the_name(
    qtbot: QtBot, accounts: AccountServices, admin: Principal, tasks: TaskRunner
) -> None:
    dialog = shown(qtbot, ProfileDialog(None, accounts, tasks, admin))
    assert isinstance(dialog, ProfileDialog) and dialog.full_name.text() == "Ms Teacher"
    dialog.full_name.setText("x" * 300)
    dialog.ok_button.click()
    assert "longer than 255" in field_errors(dialog)["full_name"]
    dialog.full_name.setText("Mrs Teacher")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    assert dialog.value.full_name == "Mrs Teacher"


# ---------------------------------------------------------------------------- settings
def settings_dialog(
    qtbot: QtBot, accounts: AccountServices, tasks: TaskRunner, admin: Principal
) -> SettingsDialog:
    dialog = SettingsDialog(None, accounts, tasks, admin)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        shown(qtbot, dialog)
    return dialog


def test_settings_are_saved(
    qtbot: QtBot, accounts: AccountServices, admin: Principal, tasks: TaskRunner
) -> None:
    dialog = settings_dialog(qtbot, accounts, tasks, admin)
    assert not dialog.self_registration.isChecked() and dialog.host.text() == ""
    assert dialog.forget_password.isHidden()
    dialog.self_registration.setChecked(True)
    dialog.host.setText("smtp.school.org")
    dialog.security.setCurrentIndex(dialog.security.findData("ssl"))
    assert dialog.port.value() == 465, "a default port follows the security choice"
    dialog.username.setText("mailer")
    dialog.smtp_password.setText("s3cret")
    dialog.sender_edit.setText("not an address")
    dialog.ok_button.click()
    assert not dialog.busy and "needs an @" in field_errors(dialog)["sender"]
    dialog.sender_edit.setText("exams@school.org")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    saved = accounts.settings.get(admin)
    assert saved.allow_self_registration and saved.smtp_password_set
    assert (saved.smtp.host, saved.smtp.port, saved.smtp.security) == ("smtp.school.org", 465, "ssl")
    assert accounts.store.get("smtp-password") == "s3cret"

    again = settings_dialog(qtbot, accounts, tasks, admin)
    assert again.sender_edit.text() == "exams@school.org" and again.smtp_password.text() == ""
    assert again.forget_password.isVisible() and "A password is stored" in again.password_state.text()
    again.forget_password.setChecked(True)
    with qtbot.waitSignal(again.accepted, timeout=10_000):
        again.ok_button.click()
    assert not accounts.settings.get(admin).smtp_password_set


def test_send_test_email(
    qtbot: QtBot, accounts: AccountServices, admin: Principal, tasks: TaskRunner, inbox: Inbox
) -> None:
    dialog = settings_dialog(qtbot, accounts, tasks, admin)
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.port.setValue(inbox.port)
    dialog.sender_edit.setText("exams@school.org")
    assert dialog.test_to.text() == ADMIN_EMAIL
    with qtbot.waitSignal(dialog.test_sent, timeout=10_000):
        dialog.test_button.click()
    (msg,) = inbox.messages
    assert msg["To"] == ADMIN_EMAIL and "Settings saved" in dialog.banner.text()
    assert accounts.settings.mail_configured(None)


def test_send_test_email_failure_is_a_message(
    qtbot: QtBot, accounts: AccountServices, admin: Principal, tasks: TaskRunner
) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    dialog = settings_dialog(qtbot, accounts, tasks, admin)
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.port.setValue(closed_port)
    dialog.sender_edit.setText("exams@school.org")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert "127.0.0.1" in dialog.banner.text() and dialog.banner.isVisible()


def test_escape_cancels_and_late_results_are_dropped(
    qtbot: QtBot, accounts: AccountServices, admin: Principal, tasks: TaskRunner
) -> None:
    dialog = sign_in_dialog(qtbot, accounts, tasks, email=ADMIN_EMAIL)
    dialog.password.setText(GOOD)
    dialog.ok_button.click()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert tasks.pending > 0, "the sign-in must still be running when Escape is pressed"
    qtbot.waitUntil(lambda: not tasks.pending, timeout=20_000)  # its answer was delivered (and dropped)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.value is None
    assert isinstance(dialog, QWidget)
