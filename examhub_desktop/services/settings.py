"""Application settings that belong to the database (shared by everyone using it).

Kept in `app_meta`; the SMTP password goes to the secret store, never into the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from examhub_desktop.db.uow import UnitOfWork
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.errors import ServiceError
from examhub_desktop.services.mail import SmtpSettings, send
from examhub_desktop.services.permissions import Access, Principal, allow
from examhub_desktop.services.secrets import SecretStore

SMTP_PASSWORD = "smtp-password"
KEYS = {
    "allow_self_registration": "settings.allow_self_registration",
    "host": "settings.smtp.host",
    "port": "settings.smtp.port",
    "security": "settings.smtp.security",
    "username": "settings.smtp.username",
    "sender": "settings.smtp.sender",
}


@dataclass(frozen=True)
class AppSettings:
    allow_self_registration: bool = False
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    smtp_password_set: bool = False


def read_settings(uow: UnitOfWork, store: SecretStore) -> AppSettings:
    def value(key: str, default: str = "") -> str:
        return uow.meta.value(KEYS[key]) or default

    try:
        port = int(value("port", "587"))
    except ValueError:
        port = 587
    smtp = SmtpSettings(
        host=value("host"),
        port=port,
        security=value("security", "starttls"),
        username=value("username"),
        sender=value("sender"),
    )
    return AppSettings(
        allow_self_registration=value("allow_self_registration") == "1",
        smtp=smtp,
        smtp_password_set=bool(store.get(SMTP_PASSWORD)),
    )


class SettingsService:
    def __init__(self, ctx: AppContext, store: SecretStore) -> None:
        self.ctx, self.store = ctx, store

    @allow(Access.ANYONE, QT_TRANSLATE_NOOP("Permissions", "see whether accounts can be created"))
    def self_registration_enabled(self, actor: Principal | None) -> bool:
        with self.ctx.uow().reading() as uow:
            return read_settings(uow, self.store).allow_self_registration

    @allow(Access.ANYONE, QT_TRANSLATE_NOOP("Permissions", "see whether e-mail is set up"))
    def mail_configured(self, actor: Principal | None) -> bool:
        with self.ctx.uow().reading() as uow:
            return read_settings(uow, self.store).smtp.configured

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "see the settings"))
    def get(self, actor: Principal | None) -> AppSettings:
        with self.ctx.uow().reading() as uow:
            return read_settings(uow, self.store)

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "change the settings"))
    def save(
        self, actor: Principal | None, settings: AppSettings, smtp_password: str | None = None
    ) -> AppSettings:
        """`smtp_password`: None keeps the stored one, "" forgets it."""
        if settings.smtp.host or settings.smtp.sender:
            problems = settings.smtp.problems()
            if problems:
                raise ServiceError(" ".join(problems))
        with self.ctx.uow() as uow:
            uow.meta.set(KEYS["allow_self_registration"], "1" if settings.allow_self_registration else "0")
            smtp = settings.smtp
            for key, val in (
                ("host", smtp.host.strip()),
                ("port", str(smtp.port)),
                ("security", smtp.security),
                ("username", smtp.username.strip()),
                ("sender", smtp.sender.strip()),
            ):
                uow.meta.set(KEYS[key], val)
            uow.commit()
        if smtp_password is not None:
            if smtp_password:
                self.store.set(SMTP_PASSWORD, smtp_password)
            else:
                self.store.delete(SMTP_PASSWORD)
        return replace(settings, smtp_password_set=bool(self.store.get(SMTP_PASSWORD)))

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "send a test e-mail"))
    def send_test_email(self, actor: Principal | None, to: str) -> None:
        with self.ctx.uow().reading() as uow:
            current = read_settings(uow, self.store)
        send(
            current.smtp,
            self.store.get(SMTP_PASSWORD),
            to,
            translate("SettingsService", "Exam Hub test e-mail"),
            translate(
                "SettingsService",
                "This is a test e-mail from Exam Hub Desktop. If you can read it, e-mail is set up correctly.",
            ),
        )

    def send_mail(self, to: str, subject: str, body: str) -> None:
        """For other services (codes); not a user-facing entry point."""
        with self.ctx.uow().reading() as uow:
            current = read_settings(uow, self.store)
        send(current.smtp, self.store.get(SMTP_PASSWORD), to, subject, body)
