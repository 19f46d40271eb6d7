"""E-mail through a real SMTP server (aiosmtpd) on loopback: codes arrive and work."""

from __future__ import annotations

import re
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

from examhub_desktop.services.app import AppContext, open_app
from examhub_desktop.services.auth import AuthService, FieldError
from examhub_desktop.services.errors import ServiceError
from examhub_desktop.services.mail import MailError, SmtpSettings
from examhub_desktop.services.permissions import Principal
from examhub_desktop.services.secrets import FileStore
from examhub_desktop.services.settings import AppSettings, SettingsService

GOOD = "violet-harbour-42"


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: object, session: Session, envelope: Envelope) -> str:
        assert isinstance(envelope.content, bytes)
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"

    def code(self) -> str:
        body = self.messages[-1].get_payload(decode=True)
        assert isinstance(body, bytes)
        match = re.search(r"code is ([A-Z0-9]{8})", body.decode())
        assert match, body
        return match.group(1)


def authenticator(
    server: object, session: Session, envelope: Envelope, mechanism: str, data: object
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and data.login == b"mailer" and data.password == b"s3cret"
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    import socket

    with socket.socket() as probe:  # aiosmtpd checks it is up by connecting: it needs a real port
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(
        inbox, hostname="127.0.0.1", port=port, authenticator=authenticator, auth_require_tls=False
    )
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[AppContext]:
    context = open_app(data_dir)
    yield context
    context.close()


@pytest.fixture
def setup(ctx: AppContext, smtp: tuple[Inbox, int]) -> tuple[AuthService, Principal, Inbox]:
    inbox, port = smtp
    auth = AuthService(ctx, FileStore(ctx.data_dir))
    admin = auth.create_first_admin(None, "teacher@school.org", "", GOOD)
    settings = SettingsService(ctx, auth.store)
    smtp_settings = SmtpSettings("127.0.0.1", port, "none", "mailer", "exams@school.org")
    settings.save(admin, AppSettings(True, smtp_settings), smtp_password="s3cret")
    return auth, admin, inbox


def test_test_email_arrives(setup: tuple[AuthService, Principal, Inbox]) -> None:
    auth, admin, inbox = setup
    auth.settings.send_test_email(admin, "teacher@school.org")
    (msg,) = inbox.messages
    assert msg["To"] == "teacher@school.org" and "exams@school.org" in msg["From"]
    assert msg["Subject"] == "Exam Hub test e-mail"


def test_wrong_smtp_password_is_a_clear_error(setup: tuple[AuthService, Principal, Inbox]) -> None:
    auth, admin, _ = setup
    current = auth.settings.get(admin)
    auth.settings.save(admin, current, smtp_password="wrong")
    with pytest.raises(MailError, match=r"refused the user name or password"):
        auth.settings.send_test_email(admin, "teacher@school.org")


def test_registration_sends_a_single_use_verification_code(
    setup: tuple[AuthService, Principal, Inbox],
) -> None:
    auth, _, inbox = setup
    student = auth.register(None, "pupil@school.org", "Pupil", GOOD)
    code = inbox.code()
    with auth.ctx.uow() as uow:
        (row,) = uow.email_tokens.for_user(student.user_id)
        assert code not in row.token, "only a hash of the code is stored"
    with pytest.raises(FieldError):
        auth.verify_email(student, "WRONGCODE")
    auth.verify_email(student, code.lower())
    with auth.ctx.uow() as uow:
        user = uow.users.get(student.user_id)
        assert user is not None and user.email_verified
    with pytest.raises(FieldError, match="not right or has expired"):
        auth.verify_email(student, code)  # single use


def test_forgot_password_by_code(setup: tuple[AuthService, Principal, Inbox]) -> None:
    auth, admin, inbox = setup
    auth.request_password_reset(None, "TEACHER@school.org")
    code = inbox.code()
    auth.request_password_reset(None, "nobody@school.org")  # says nothing, sends nothing
    assert len(inbox.messages) == 1
    with pytest.raises(FieldError) as weak:
        auth.reset_password_with_code(None, "teacher@school.org", code, "short")
    assert weak.value.field == "password"
    auth.reset_password_with_code(None, "teacher@school.org", code, "a-new-long-secret")
    assert auth.sign_in(None, "teacher@school.org", "a-new-long-secret").user_id == admin.user_id
    with pytest.raises(FieldError, match="not right or has expired"):
        auth.reset_password_with_code(None, "teacher@school.org", code, "yet-another-secret")


def test_without_smtp_the_message_says_ask_a_teacher(ctx: AppContext) -> None:
    auth = AuthService(ctx, FileStore(ctx.data_dir))
    auth.create_first_admin(None, "teacher@school.org", "", GOOD)
    with pytest.raises(ServiceError, match="ask a teacher"):
        auth.request_password_reset(None, "teacher@school.org")


def test_smtp_password_is_not_in_the_database(setup: tuple[AuthService, Principal, Inbox]) -> None:
    auth, admin, _ = setup
    with auth.ctx.uow() as uow:
        from sqlalchemy import text

        values = [v for (v,) in uow.session.execute(text("SELECT value FROM app_meta"))]
    assert "s3cret" not in values
    assert auth.settings.get(admin).smtp_password_set
    secrets_file = auth.ctx.data_dir / "secrets.json"
    assert secrets_file.stat().st_mode & 0o777 == 0o600
