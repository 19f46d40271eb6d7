"""A real SMTP server (aiosmtpd) on loopback for the dialogs that send codes and test e-mails."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes
from email.message import Message

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope, Session

from examhub_desktop.services.mail import SmtpSettings


class Inbox:
    def __init__(self, port: int) -> None:
        self.port = port
        self.messages: list[Message] = []

    async def handle_DATA(self, server: object, session: Session, envelope: Envelope) -> str:
        assert isinstance(envelope.content, bytes)
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"

    def settings(self) -> SmtpSettings:
        return SmtpSettings("127.0.0.1", self.port, "none", "", "exams@school.org")

    def code(self) -> str:
        body = self.messages[-1].get_payload(decode=True)
        assert isinstance(body, bytes)
        match = re.search(r"code is ([A-Z0-9]{8})", body.decode())
        assert match, body
        return match.group(1)


@contextmanager
def running_inbox() -> Iterator[Inbox]:
    with socket.socket() as probe:  # aiosmtpd checks it is up by connecting: it needs a real port
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox(port)
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox
    finally:
        controller.stop()
