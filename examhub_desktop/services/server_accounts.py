"""Accounts on a school server, where PostgreSQL itself is the judge.

On a school-server profile (`ctx.server`) a person signs in by connecting as their own login
role (`db.server_access.account_role`) with the password they typed: PostgreSQL checks it
with SCRAM, so a wrong password, an unknown e-mail and a deactivated account are decided by
the server, not by a row this device could read or forge. That connection opens a ticket, and
the app's engine then works as the shared client role with it (`db/tickets.py`), which lets
connections be shared and pooled. Nobody on the client can change an
account row directly; every change goes through the server's SECURITY DEFINER functions in
the `examhub_server` schema, which check the caller again and keep the last administrator.
The SCRAM verifier is computed here with libpq, so the plain password never reaches the
server's logs; the Argon2id hash is stored as well for signing in offline later.

AuthService and UserService dispatch here when `ctx.server` is set; the rest of their
rules (validation, the password policy, role checks) stay theirs.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from examhub_desktop.core.emails import normalise_email
from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from examhub_desktop.db import server_access
from examhub_desktop.db.errors import driver_error
from examhub_desktop.db.location import DatabaseLocation, DatabaseProblem
from examhub_desktop.db.server_access import account_refusal, account_role, client_password, client_role
from examhub_desktop.db.tickets import Ticket, TicketHolder, close_ticket, open_ticket
from examhub_desktop.db.uow import Database, UnitOfWork
from examhub_desktop.services import passwords
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.auth import (
    WRONG_CREDENTIALS,
    SignInRefused,
    password_problems,
    principal_of,
    validate_new_account,
)
from examhub_desktop.services.errors import FieldError, NotFound, PermissionDenied, ServiceError
from examhub_desktop.services.permissions import Principal, Role, forget_roles
from examhub_desktop.services.users import LAST_ADMIN, UserRow, to_row

log = logging.getLogger(__name__)

# The same words as AuthService's own refusal, so one translation serves both.
DEACTIVATED = QT_TRANSLATE_NOOP(
    "AuthService", "This account is deactivated. Ask a teacher to activate it again."
)
# libpq reports a refused sign-in without a SQLSTATE: the server's words are all there is.
_WRONG_PASSWORD_TEXT = "password authentication failed"
_NOLOGIN_TEXT = "is not permitted to log in"


def refusal_of(exc: BaseException) -> SignInRefused | None:
    """The sign-in refusal behind a failed connection, or None for any other failure."""
    message = str(driver_error(exc))
    if _WRONG_PASSWORD_TEXT in message:
        # The role of an unknown e-mail does not exist: PostgreSQL says the same as for a
        # wrong password, and so do we.
        return SignInRefused(translate("AuthService", WRONG_CREDENTIALS))
    if _NOLOGIN_TEXT in message:
        return SignInRefused(translate("AuthService", DEACTIVATED))
    return None


def unreachable(server: DatabaseLocation, exc: BaseException) -> DatabaseProblem:
    """libpq's long first line cut to its reason ("Connection refused", "timeout expired")."""
    lines = str(driver_error(exc)).strip().splitlines() or [type(exc).__name__]
    reason = lines[0].rsplit("failed: ", 1)[-1].strip()
    where = f"{server.url.host or 'localhost'}:{server.url.port or 5432}"
    return DatabaseProblem(
        translate(
            "ServerAccounts",
            "Cannot reach the school server {where} ({reason}). Check the network connection, or ask "
            "the school's IT whether the server is running.",
        ).format(where=where, reason=reason),
        kind="unreachable",
    )


def _rule_message(key: str, email: str) -> str | None:
    """Our own (translated) words for the rules the server names in DETAIL."""
    if key == "last-admin":
        return translate("UserService", LAST_ADMIN).format(email=email)
    if key == "not-found":
        return translate("UserService", "That person no longer exists.")
    if key == "duplicate-email":
        return translate("AuthService", "An account for {email} exists already.").format(email=email)
    return None


@contextlib.contextmanager
def server_rules(email: str = "") -> Iterator[None]:
    """The account functions' refusals (42501) and rules (P0001) as the service errors they are;
    `email` is the account concerned, for the messages that name it."""
    try:
        yield
    except DBAPIError as exc:
        refused = account_refusal(exc)
        if refused is not None and refused.sqlstate == "42501":
            raise PermissionDenied(refused.message) from None
        if refused is not None:  # a rule of the server's (P0001); in our words where we have them
            raise ServiceError(_rule_message(refused.key, email) or refused.message) from None
        raw: Any = driver_error(exc)
        if getattr(raw, "sqlstate", None) == "23505":  # two creations of one e-mail at once
            said = getattr(getattr(raw, "diag", None), "message_primary", None) or str(raw)
            raise ServiceError(str(said).strip()) from None
        raise


@contextlib.contextmanager
def as_account(server: DatabaseLocation, email: str, password: str) -> Iterator[Connection]:
    """One connection as `email`'s login role, the password checked by the server; or a refusal."""
    from examhub_desktop.db.engine import explain, make_engine

    engine = make_engine(server.for_account(account_role(server.database_name, email), password))
    try:
        try:
            connection = engine.connect()
        except Exception as exc:
            refused = refusal_of(exc)
            if refused is not None:
                raise refused from None
            problem = explain(exc, server)  # unreachable, too many connections...: said plainly
            if problem is None:
                raise
            if problem.kind == "unreachable":
                raise unreachable(server, exc) from None
            raise problem from None
        with connection:
            yield connection
    finally:
        engine.dispose()


def open_as(server: DatabaseLocation, email: str, password: str) -> Database:
    """The app's engine for `email`: the shared client role with a ticket the password opened."""
    from examhub_desktop.db.engine import make_engine

    def opener(replaces: Ticket | None) -> Ticket:
        with as_account(server, email, password) as connection:
            try:
                ticket = open_ticket(connection, replaces)
            except DBAPIError as exc:  # a login role without an active account of ours
                if account_refusal(exc) is None:
                    raise
                raise SignInRefused(translate("AuthService", WRONG_CREDENTIALS)) from None
            connection.commit()
            return ticket

    database = server.database_name
    holder = TicketHolder(account_role(database, email), opener(None), opener)
    location = server.for_account(client_role(database), client_password(database))
    engine = make_engine(location)
    holder.attach(engine)
    return Database(engine, location, tickets=holder)


class ServerAccounts:
    def __init__(self, ctx: AppContext) -> None:
        if ctx.server is None:
            raise RuntimeError("ServerAccounts needs a school-server profile")
        self.ctx = ctx
        self.server: DatabaseLocation = ctx.server

    # ------------------------------------------------------------------ signing in
    def sign_in(self, email: str, password: str) -> Principal:
        key = normalise_email(email)
        if not key or not password:
            raise SignInRefused(translate("AuthService", WRONG_CREDENTIALS))
        database = open_as(self.server, key, password)
        try:
            with database.uow() as uow:
                user = uow.users.by_email(key)
                if user is None:  # a login role without its account row: not one of ours
                    raise SignInRefused(translate("AuthService", WRONG_CREDENTIALS))
                if not user.is_active:
                    raise SignInRefused(translate("AuthService", DEACTIVATED))
                uow.session.execute(text("SELECT examhub_server.signed_in()"))
                principal = principal_of(user)
                uow.commit()
        except BaseException:
            database.dispose()
            raise
        self.ctx.connect_as(database)
        forget_roles()
        return principal

    def sign_out(self) -> None:
        """End this device's ticket on the server (when it can be reached), then forget it all."""
        if self.ctx.signed_in_role is not None:
            try:
                with self.ctx.uow() as uow:
                    close_ticket(uow.session.connection())
                    uow.commit()
            except (DatabaseProblem, ServiceError) as exc:  # it ends by itself after its lifetime
                log.warning("could not end the ticket on the server: %s", exc)
        self.ctx.disconnect()
        forget_roles()

    def change_password(self, actor: Principal, current: str, new: str) -> Principal:
        """The server checks the current password (a connection with it); then all devices
        of this account need the new one, and this one reconnects with it."""
        try:
            with as_account(self.server, actor.email, current):
                pass
        except SignInRefused:
            raise FieldError(
                "current", translate("AuthService", "The current password is not right.")
            ) from None
        if new == current:
            raise FieldError(
                "password", translate("AuthService", "The new password must differ from the current one.")
            )
        reasons = password_problems(new, actor.email)
        if reasons:
            raise FieldError("password", " ".join(reasons))
        self._set_password(actor.user_id, actor.email, new, must_change=False)
        return self.sign_in(actor.email, new)

    def update_profile(self, actor: Principal, full_name: str) -> Principal:
        """Only the server's function may write one's own row (name-too-long is checked first)."""
        with self.ctx.uow() as uow, server_rules(actor.email):
            server_access.update_profile(uow.session.connection(), full_name)
            uow.commit()
        with self.ctx.uow().reading() as uow:
            user = uow.users.get(actor.user_id)
            if user is None:
                raise NotFound(translate("UserService", "That person no longer exists."))
            return principal_of(user)

    # ------------------------------------------------------------------ managing people
    def create_user(
        self, email: str, full_name: str, role: Role, password: str | None
    ) -> tuple[UserRow, str | None]:
        email = validate_new_account(email, full_name, password)
        one_time = None if password is not None else passwords.one_time_password()
        secret = password if password is not None else one_time or ""
        with self.ctx.uow() as uow, server_rules(email):
            if uow.users.by_email(email) is not None:
                raise FieldError(
                    "email",
                    translate("AuthService", "An account for {email} exists already.").format(email=email),
                )
            new_id = uow.session.execute(
                text("SELECT examhub_server.create_account(:email, :name, :role, :scram, :argon2, :must)"),
                {
                    "email": email,
                    "name": full_name.strip() or None,
                    "role": Role(role).value,
                    "scram": self._scram(uow, email, secret),
                    "argon2": passwords.hash_password(secret),
                    "must": one_time is not None,
                },
            ).scalar_one()
            uow.commit()
        return self.get(str(new_id)), one_time

    def set_role(self, user_id: str, role: Role) -> UserRow:
        email = self.get(user_id).email
        self._call(email, "SELECT examhub_server.set_role(:id, :role)", id=user_id, role=Role(role).value)
        return self.get(user_id)

    def set_active(self, user_id: str, active: bool) -> UserRow:
        before = self.get(user_id)
        self._call(before.email, "SELECT examhub_server.set_active(:id, :active)", id=user_id, active=active)
        try:
            return self.get(user_id)
        except NotFound:  # an administrator who deactivated themselves sees nothing any more
            return replace(before, is_active=active)
        except DatabaseProblem as exc:  # ... and their ticket ended with the deactivation
            if exc.kind != "signed-out":
                raise
            return replace(before, is_active=active)

    def reset_password(self, user_id: str) -> str:
        one_time = passwords.one_time_password()
        self._set_password(user_id, self.get(user_id).email, one_time, must_change=True)
        return one_time

    def delete_user(self, user_id: str) -> int:
        email = self.get(user_id).email
        with self.ctx.uow() as uow:
            kept = len(uow.attempts.for_user(user_id))
        self._call(email, "SELECT examhub_server.delete_account(:id)", id=user_id)
        return kept

    def mark_verified(self, user_id: str) -> UserRow:
        self._call(self.get(user_id).email, "SELECT examhub_server.mark_verified(:id)", id=user_id)
        return self.get(user_id)

    def get(self, user_id: str) -> UserRow:
        with self.ctx.uow() as uow:
            user = uow.users.get(self._user_id(uow, user_id))
            assert user is not None
            return to_row(user)

    # ------------------------------------------------------------------ plumbing
    @staticmethod
    def _user_id(uow: UnitOfWork, user_id: str) -> str:
        if uow.users.get(user_id) is None:
            raise NotFound(translate("UserService", "That person no longer exists."))
        return user_id

    def _call(self, email: str, sql: str, **params: object) -> None:
        with self.ctx.uow() as uow, server_rules(email):
            uow.session.execute(text(sql), params)
            uow.commit()
        forget_roles()

    def _set_password(self, user_id: str, email: str, password: str, *, must_change: bool) -> None:
        with self.ctx.uow() as uow, server_rules(email):
            uow.session.execute(
                text("SELECT examhub_server.set_password(:id, :scram, :argon2, :must)"),
                {
                    "id": user_id,
                    "scram": self._scram(uow, email, password),
                    "argon2": passwords.hash_password(password),
                    "must": must_change,
                },
            )
            uow.commit()

    def _scram(self, uow: UnitOfWork, email: str, password: str) -> str:
        """libpq's SCRAM-SHA-256 verifier (salted here): the server never sees the password."""
        dbapi: Any = uow.session.connection().connection.driver_connection
        role = account_role(self.server.database_name, email)
        verifier: bytes = dbapi.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256")
        return verifier.decode("ascii")
