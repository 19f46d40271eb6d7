"""Signing in and out on this device, first-run administrator, registration, codes by e-mail.

Rules enforced here rather than in dialogs:
- a wrong e-mail and a wrong password give one message and cost one Argon2 verify each;
- after 5 failures for an e-mail its sign-in is refused for a delay that doubles with every
  further failure (30 s up to 1 hour), kept in the database so a restart does not reset it;
- a kept session is a 256-bit token whose SHA-256 is stored; every use rotates it, and using
  a rotated token again (a copied token) ends every session of that user; the rotation is one
  conditional UPDATE, so of two devices using the same token at once exactly one gets in and
  the other ends the family;
- every failed sign-in is counted by one INSERT ... ON CONFLICT DO UPDATE, so parallel wrong
  passwords cannot overwrite each other's count, and Argon2 runs outside any transaction;
- deactivated users cannot sign in, and deactivation ends their kept sessions.

Messages go through `translate` (core/i18n.py), the worked example of a translatable service:
the throttle's refusal carries `retry_at` for the window to show in the user's locale, so no
date is formatted here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select, update

from examhub_desktop.core.emails import email_problem, normalise_email
from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from examhub_desktop.core.password_policy import check_password, load_common_passwords
from examhub_desktop.db.models import EmailVerificationToken, LoginThrottle, RefreshToken, User
from examhub_desktop.db.uow import UnitOfWork
from examhub_desktop.paths import resources_dir
from examhub_desktop.services import passwords
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.errors import FieldError, ServiceError
from examhub_desktop.services.permissions import Access, Principal, Role, allow
from examhub_desktop.services.secrets import REFRESH_SECRET, SecretStore, digest
from examhub_desktop.services.settings import SettingsService

if TYPE_CHECKING:
    from examhub_desktop.services.server_accounts import ServerAccounts

FREE_FAILURES = 5
FIRST_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(hours=1)
SESSION_DAYS = 30
CODE_MINUTES = 30
WRONG_CREDENTIALS = QT_TRANSLATE_NOOP("AuthService", "The e-mail address or password is not right.")
MAX_NAME = 255


class SignInRefused(ServiceError):
    """Sign-in refused; `retry_at` is set when the refusal is the throttle's."""

    def __init__(self, message: str, retry_at: datetime | None = None) -> None:
        super().__init__(message)
        self.retry_at = retry_at


def principal_of(user: User) -> Principal:
    return Principal(
        user_id=user.id,
        email=user.email,
        role=Role(user.role or "user"),
        full_name=user.full_name or "",
        must_change_password=bool(user.must_change_password),
    )


@functools.cache
def common_passwords() -> frozenset[str]:
    return load_common_passwords(resources_dir() / "common-passwords.txt")


def password_problems(password: str, email: str) -> list[str]:
    return list(check_password(password, email=email, common=common_passwords()).reasons)


def validate_new_account(email: str, full_name: str, password: str | None) -> str:
    """Field-level checks shared by first run, registration and the users view."""
    problem = email_problem(email)
    if problem:
        raise FieldError("email", problem)
    if len(full_name) > MAX_NAME:
        raise FieldError("full_name", name_too_long())
    email = normalise_email(email)
    if password is not None:
        reasons = password_problems(password, email)
        if reasons:
            raise FieldError("password", " ".join(reasons))
    return email


def ensure_email_free(uow: UnitOfWork, email: str) -> None:
    if uow.users.by_email(email) is not None:
        raise FieldError(
            "email", translate("AuthService", "An account for {email} exists already.").format(email=email)
        )


def name_too_long() -> str:
    return translate("AuthService", "The name is longer than {max} characters.").format(max=MAX_NAME)


class AuthService:
    def __init__(
        self,
        ctx: AppContext,
        store: SecretStore,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.ctx, self.store, self.clock = ctx, store, clock
        self.settings = SettingsService(ctx, store)

    @staticmethod
    def _on_server_no_new_accounts() -> str:
        return translate("AuthService", "Creating accounts is switched off; ask a teacher to create yours.")

    def _server(self) -> ServerAccounts:
        from examhub_desktop.services.server_accounts import ServerAccounts  # it imports this module

        return ServerAccounts(self.ctx)

    def _refuse_codes_on_server(self) -> None:
        """A code this device makes and mails proves nothing to a school server (the student's
        own client knows it), so there a teacher confirms addresses (`mark_verified`)."""
        if self.ctx.server is not None:
            raise ServiceError(
                translate("AuthService", "On a school server, a teacher confirms e-mail addresses.")
            )

    # ------------------------------------------------------------------ first run
    @allow(Access.ANYONE, QT_TRANSLATE_NOOP("Permissions", "see whether this is the first start"))
    def needs_first_run(self, actor: Principal | None) -> bool:
        if self.ctx.server is not None:  # `examhub server init --admin` made the first one
            return False
        with self.ctx.uow() as uow:
            return uow.users.count() == 0

    @allow(Access.ANYONE, QT_TRANSLATE_NOOP("Permissions", "create the first administrator"))
    def create_first_admin(
        self, actor: Principal | None, email: str, full_name: str, password: str
    ) -> Principal:
        if self.ctx.server is not None:
            raise ServiceError(self._on_server_no_new_accounts())
        email = validate_new_account(email, full_name, password)
        hashed = passwords.hash_password(password)
        with self.ctx.uow() as uow:
            uow.lock_accounts()  # two first runs at once: the second sees the first's account
            if uow.users.count():
                raise ServiceError(
                    translate("AuthService", "The first administrator exists already; sign in instead.")
                )
            user = uow.users.add(
                User(
                    email=email,
                    full_name=full_name.strip() or None,
                    hashed_password=hashed,
                    role=Role.ADMIN.value,
                    email_verified=True,
                    last_login=self.clock(),
                )
            )
            uow.commit()
            return principal_of(user)

    # ------------------------------------------------------------------ sign in / out
    @allow(Access.ANYONE, QT_TRANSLATE_NOOP("Permissions", "sign in"))
    def sign_in(
        self, actor: Principal | None, email: str, password: str, *, keep_signed_in: bool = False
    ) -> Principal:
        if self.ctx.server is not None:  # the server checks the password; nothing is kept
            return self._server().sign_in(email, password)
        key = normalise_email(email)
        now = self.clock()
        with self.ctx.uow().reading() as uow:
            self._refuse_if_throttled(uow, key, now)
            found = uow.users.by_email(key)
            user_id, stored = (found.id, found.hashed_password) if found else (None, None)
        ok = passwords.verify_password(stored, password)  # ~0.1 s of Argon2, holding no lock
        with self.ctx.uow() as uow:
            user = uow.users.get(user_id) if user_id else None
            if ok and user is not None and user.hashed_password != stored:  # changed meanwhile
                ok = passwords.verify_password(user.hashed_password, password)
            if not ok or user is None:
                self._record_failure(uow, key, now)
                uow.commit()
                raise SignInRefused(translate("AuthService", WRONG_CREDENTIALS))
            if not user.is_active:
                raise SignInRefused(
                    translate(
                        "AuthService", "This account is deactivated. Ask a teacher to activate it again."
                    )
                )
            uow.throttles.clear(key)
            if passwords.needs_rehash(user.hashed_password):
                user.hashed_password = passwords.hash_password(password)
            user.last_login = now
            principal = principal_of(user)
            if keep_signed_in:
                self._issue_refresh(uow, user.id, now)
            uow.commit()
            return principal

    def _refuse_if_throttled(self, uow: UnitOfWork, key: str, now: datetime) -> LoginThrottle | None:
        """Refuse while the e-mail's delay after failed attempts runs; its throttle row if any."""
        throttle = uow.session.get(LoginThrottle, key)
        if throttle and throttle.locked_until and throttle.locked_until > now:
            raise SignInRefused(self._locked_message(throttle.locked_until, now), throttle.locked_until)
        return throttle

    def _record_failure(self, uow: UnitOfWork, key: str, now: datetime) -> None:
        failures = uow.throttles.count_failure(key, now)
        over = failures - FREE_FAILURES
        if over >= 0:
            uow.throttles.lock_until(key, now + min(FIRST_DELAY * (2**over), MAX_DELAY))

    @staticmethod
    def _locked_message(until: datetime, now: datetime) -> str:
        """How long to wait; the clock time (`retry_at`) is the window's to format."""
        seconds = max(1, int((until - now).total_seconds() + 0.999))
        if seconds < 120:
            return translate(
                "AuthService",
                "Too many failed sign-ins for this e-mail address. Try again in %n second(s).",
                None,
                seconds,
            )
        return translate(
            "AuthService",
            "Too many failed sign-ins for this e-mail address. Try again in %n minute(s).",
            None,
            (seconds + 59) // 60,
        )

    def _issue_refresh(self, uow: UnitOfWork, user_id: str, now: datetime) -> None:
        secret = passwords.new_token()
        uow.refresh_tokens.add(
            RefreshToken(user_id=user_id, token=digest(secret), expires_at=now + timedelta(days=SESSION_DAYS))
        )
        uow.flush()
        self.store.set(REFRESH_SECRET, secret)

    @allow(Access.ANYONE, QT_TRANSLATE_NOOP("Permissions", "resume a kept session"))
    def resume_session(self, actor: Principal | None) -> Principal | None:
        """Sign in with this device's kept token, rotating it; None if there is none valid."""
        secret = self.store.get(REFRESH_SECRET)
        if not secret or self.ctx.server is not None:  # a server needs the password each time
            return None
        now = self.clock()
        token = digest(secret)
        with self.ctx.uow() as uow:
            uow.refresh_tokens.purge_expired(now)
            # one winner: the UPDATE waits for a racing claim to commit, then finds it rotated
            claimed = uow.refresh_tokens.claim(token, now)
            row = uow.refresh_tokens.by_token(token)
            if row is None or row.user_id is None:
                uow.commit()
                self.store.delete(REFRESH_SECRET)
                return None
            if not claimed:  # a used token came back: it was copied; end the family, the new token too
                uow.refresh_tokens.delete_for_user(row.user_id)
                uow.commit()
                self.store.delete(REFRESH_SECRET)
                return None
            user = uow.users.get(row.user_id)
            if user is None or not user.is_active:
                uow.refresh_tokens.delete_for_user(row.user_id)
                uow.commit()
                self.store.delete(REFRESH_SECRET)
                return None
            user.last_login = now
            self._issue_refresh(uow, user.id, now)
            principal = principal_of(user)
            uow.commit()
            return principal

    def _this_device_token(self) -> str | None:
        secret = self.store.get(REFRESH_SECRET)
        return digest(secret) if secret else None

    # Anyone: signing out ends only this device's own session, and must work when the account
    # was deactivated or its school-server ticket ended meanwhile (nothing can be checked then).
    @allow(Access.ANYONE, QT_TRANSLATE_NOOP("Permissions", "sign out"))
    def sign_out(self, actor: Principal | None) -> None:
        if self.ctx.server is not None:
            self._server().sign_out()
            return
        mine = self._this_device_token()
        if mine:
            with self.ctx.uow() as uow:
                row = uow.refresh_tokens.by_token(mine)
                if row is not None:
                    uow.refresh_tokens.delete(row)
                uow.commit()
        self.store.delete(REFRESH_SECRET)

    @allow(Access.SIGNED_IN, QT_TRANSLATE_NOOP("Permissions", "sign out everywhere"))
    def sign_out_everywhere(self, actor: Principal | None) -> int:
        assert actor is not None
        if self.ctx.server is not None:
            self._server().sign_out()
            return 0
        with self.ctx.uow() as uow:
            ended = uow.refresh_tokens.delete_for_user(actor.user_id)
            uow.commit()
        self.store.delete(REFRESH_SECRET)
        return ended

    # ------------------------------------------------------------------ own account
    @allow(Access.SIGNED_IN, QT_TRANSLATE_NOOP("Permissions", "change your name"))
    def update_profile(self, actor: Principal | None, full_name: str) -> Principal:
        assert actor is not None
        if len(full_name) > MAX_NAME:
            raise FieldError("full_name", name_too_long())
        if self.ctx.server is not None:
            return self._server().update_profile(actor, full_name)
        with self.ctx.uow() as uow:
            user = self._user(uow, actor.user_id)
            user.full_name = full_name.strip() or None
            uow.commit()
            return principal_of(user)

    @allow(Access.SIGNED_IN, QT_TRANSLATE_NOOP("Permissions", "change your password"))
    def change_password(self, actor: Principal | None, current: str, new: str) -> Principal:
        """Needs the current password; ends the kept sessions of other devices."""
        assert actor is not None
        if self.ctx.server is not None:
            return self._server().change_password(actor, current, new)
        with self.ctx.uow() as uow:
            user = self._user(uow, actor.user_id)
            stored = user.hashed_password
            email = user.email
        if not passwords.verify_password(stored, current):
            raise FieldError("current", translate("AuthService", "The current password is not right."))
        if new == current:
            raise FieldError(
                "password", translate("AuthService", "The new password must differ from the current one.")
            )
        reasons = password_problems(new, email)
        if reasons:
            raise FieldError("password", " ".join(reasons))
        hashed = passwords.hash_password(new)
        mine = self._this_device_token()
        with self.ctx.uow() as uow:
            user = self._user(uow, actor.user_id)
            user.hashed_password = hashed
            user.must_change_password = False
            for token in uow.refresh_tokens.for_user(user.id):
                if token.token != mine:
                    uow.refresh_tokens.delete(token)
            uow.commit()
            return principal_of(user)

    @staticmethod
    def _user(uow: UnitOfWork, user_id: str) -> User:
        user = uow.users.get(user_id)
        if user is None or not user.is_active:
            raise ServiceError(translate("AuthService", "This account no longer exists or was deactivated."))
        return user

    # ------------------------------------------------------------------ registration
    @allow(Access.ANYONE, QT_TRANSLATE_NOOP("Permissions", "create an account"))
    def register(self, actor: Principal | None, email: str, full_name: str, password: str) -> Principal:
        if self.ctx.server is not None or not self.settings.self_registration_enabled(None):
            raise ServiceError(
                translate("AuthService", "Creating accounts is switched off; ask a teacher to create yours.")
            )
        email = validate_new_account(email, full_name, password)
        hashed = passwords.hash_password(password)
        with self.ctx.uow() as uow:
            uow.lock_accounts()  # two registrations of one address at once: one account
            ensure_email_free(uow, email)
            user = uow.users.add(
                User(
                    email=email,
                    full_name=full_name.strip() or None,
                    hashed_password=hashed,
                    role=Role.STUDENT.value,
                )
            )
            uow.commit()
            principal = principal_of(user)
        if self.settings.mail_configured(None):
            self.send_verification_code(principal)
        return principal

    @allow(Access.SIGNED_IN, QT_TRANSLATE_NOOP("Permissions", "ask for a verification code"))
    def send_verification_code(self, actor: Principal | None) -> None:
        assert actor is not None
        self._refuse_codes_on_server()
        code = passwords.new_code()
        now = self.clock()
        with self.ctx.uow() as uow:
            uow.email_tokens.delete_for_user(actor.user_id)
            uow.email_tokens.add(
                EmailVerificationToken(
                    user_id=actor.user_id,
                    token=digest(code),
                    expires_at=now + timedelta(minutes=CODE_MINUTES),
                )
            )
            uow.commit()
        self.settings.send_mail(
            actor.email,
            translate("AuthService", "Your Exam Hub verification code"),
            translate(
                "AuthService",
                "Your verification code is {code}.\n\nEnter it in Exam Hub within %n minute(s). "
                "If you did not create an account, ignore this e-mail.",
                None,
                CODE_MINUTES,
            ).format(code=code),
        )

    @allow(Access.SIGNED_IN, QT_TRANSLATE_NOOP("Permissions", "verify your e-mail address"))
    def verify_email(self, actor: Principal | None, code: str) -> None:
        assert actor is not None
        self._refuse_codes_on_server()
        now = self.clock()
        with self.ctx.uow() as uow:
            row = uow.email_tokens.by_token(digest(passwords.normalise_code(code)))
            if row is None or row.user_id != actor.user_id or row.expires_at < now:
                raise FieldError("code", code_refused())
            user = self._user(uow, actor.user_id)
            user.email_verified = True
            uow.email_tokens.delete_for_user(actor.user_id)  # single use
            uow.commit()

    # ------------------------------------------------------------------ forgotten password
    @allow(Access.ANYONE, QT_TRANSLATE_NOOP("Permissions", "ask for a password reset"))
    def request_password_reset(self, actor: Principal | None, email: str) -> None:
        """Mails a reset code when the account exists; says the same either way."""
        if self.ctx.server is not None or not self.settings.mail_configured(None):
            raise ServiceError(
                translate(
                    "AuthService",
                    "E-mail is not set up on this computer: ask a teacher to reset your password.",
                )
            )
        key = normalise_email(email)
        code = passwords.new_code()
        with self.ctx.uow() as uow:
            user = uow.users.by_email(key)
            if user is None or not user.is_active:
                return
            user.password_reset_token = digest(code)
            user.password_reset_expires = self.clock() + timedelta(minutes=CODE_MINUTES)
            uow.commit()
            to = user.email
        self.settings.send_mail(
            to,
            translate("AuthService", "Your Exam Hub password reset code"),
            translate(
                "AuthService",
                "Your password reset code is {code}.\n\nEnter it in Exam Hub within %n minute(s) "
                "to choose a new password. If you did not ask for this, ignore this e-mail.",
                None,
                CODE_MINUTES,
            ).format(code=code),
        )

    @allow(Access.ANYONE, QT_TRANSLATE_NOOP("Permissions", "reset a password with a code"))
    def reset_password_with_code(
        self, actor: Principal | None, email: str, code: str, new_password: str
    ) -> None:
        key = normalise_email(email)
        now = self.clock()
        with self.ctx.uow() as uow:
            self._refuse_if_throttled(uow, key, now)
            user = uow.users.by_email(key)
            wanted = digest(passwords.normalise_code(code))
            if (
                user is None
                or not user.password_reset_token
                or user.password_reset_token != wanted
                or user.password_reset_expires is None
                or user.password_reset_expires < now
            ):
                self._record_failure(uow, key, now)
                uow.commit()
                raise FieldError("code", code_refused())
            reasons = password_problems(new_password, user.email)
            if reasons:
                raise FieldError("password", " ".join(reasons))
            user_id = user.id
        hashed = passwords.hash_password(new_password)  # Argon2 holding no lock
        with self.ctx.uow() as uow:
            # single use: of two resets racing with one code, only the first finds it still there
            used = uow.session.execute(
                update(User)
                .where(User.id == user_id, User.password_reset_token == wanted)
                .values(
                    hashed_password=hashed,
                    password_reset_token=None,
                    password_reset_expires=None,
                    must_change_password=False,
                )
                .execution_options(synchronize_session=False)
            )
            if used.rowcount != 1:  # type: ignore[attr-defined]
                raise FieldError("code", code_refused())
            uow.refresh_tokens.delete_for_user(user_id)
            uow.commit()

    # ------------------------------------------------------------------ housekeeping
    def purge_expired(self) -> int:
        if self.ctx.server is not None:  # the owner's job there; an account may not
            return 0
        now = self.clock()
        with self.ctx.uow() as uow:
            n = uow.refresh_tokens.purge_expired(now) + uow.email_tokens.purge_expired(now)
            stale = select(LoginThrottle).where(LoginThrottle.locked_until < now - MAX_DELAY)
            for row in uow.session.scalars(stale):
                uow.session.delete(row)
            uow.commit()
            return n


def code_refused() -> str:
    return translate("AuthService", "That code is not right or has expired; ask for a new one.")


def default_auth(ctx: AppContext, store: SecretStore | None = None) -> AuthService:
    from examhub_desktop.services.secrets import default_store

    return AuthService(ctx, store or default_store(Path(ctx.data_dir)))
