"""Sending e-mail through the school's SMTP server (smtplib: STARTTLS, SSL or plain).

The settings live in the database (app_meta), the password in the secret store. A failed
send is a `MailError` naming the server and the cause, never a traceback.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from examhub_desktop import APP_NAME
from examhub_desktop.core.i18n import translate
from examhub_desktop.services.errors import ServiceError

SECURITY_CHOICES = ("starttls", "ssl", "none")
TIMEOUT_S = 15


class MailError(ServiceError):
    """The message could not be sent."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"  # starttls | ssl | none
    username: str = ""
    sender: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender)

    def problems(self) -> list[str]:
        out: list[str] = []
        if not self.host.strip():
            out.append(translate("Mail", "The SMTP server name is empty."))
        if not 1 <= self.port <= 65535:
            out.append(translate("Mail", "The SMTP port must be between 1 and 65535."))
        if self.security not in SECURITY_CHOICES:
            out.append(translate("Mail", "Security must be STARTTLS, SSL or none."))
        if "@" not in self.sender:
            out.append(translate("Mail", "The sender must be an e-mail address."))
        return out


def send(settings: SmtpSettings, password: str | None, to: str, subject: str, body: str) -> None:
    if not settings.configured:
        raise MailError(translate("Mail", "E-mail is not set up: a teacher can set up SMTP in Settings."))
    msg = EmailMessage()
    msg["From"] = formataddr((APP_NAME, settings.sender))
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = make_msgid(domain=settings.sender.rpartition("@")[2] or None)
    msg.set_content(body)
    context = ssl.create_default_context()
    where = f"{settings.host}:{settings.port}"
    try:
        if settings.security == "ssl":
            server: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=TIMEOUT_S, context=context
            )
        else:
            server = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_S)
        with server:
            if settings.security == "starttls":
                server.starttls(context=context)
            if settings.username:
                server.login(settings.username, password or "")
            server.send_message(msg)
    except smtplib.SMTPAuthenticationError:
        raise MailError(
            translate("Mail", "The mail server {server} refused the user name or password.").format(
                server=where
            )
        ) from None
    except smtplib.SMTPNotSupportedError as exc:
        raise MailError(
            translate(
                "Mail",
                "The mail server {server} does not support this: {cause}. Try another security setting.",
            ).format(server=where, cause=exc)
        ) from None
    except smtplib.SMTPRecipientsRefused:
        raise MailError(
            translate("Mail", "The mail server {server} refused the address {address}.").format(
                server=where, address=to
            )
        ) from None
    except (smtplib.SMTPException, ssl.SSLError) as exc:
        raise MailError(
            translate("Mail", "The mail server {server} answered with an error: {cause}").format(
                server=where, cause=exc
            )
        ) from None
    except TimeoutError:
        raise MailError(
            translate(
                "Mail", "The mail server {server} did not answer in %n second(s).", None, TIMEOUT_S
            ).format(server=where)
        ) from None
    except OSError as exc:
        raise MailError(
            translate("Mail", "Cannot reach the mail server {server}: {cause}.").format(
                server=where, cause=exc.strerror or exc
            )
        ) from None
