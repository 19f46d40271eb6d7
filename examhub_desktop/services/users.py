"""Managing people (teachers and administrators only).

The last active administrator can be neither demoted, deactivated nor deleted, so a school
never locks itself out, even when two administrators demote each other at the same moment:
every change that counts administrators (or looks for a free e-mail) first takes the
accounts lock of its unit of work, so the counting and the change happen as one. Deleting a person keeps their attempts (user_id set to NULL) for the
statistics, as the seed's delete rules say.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from examhub_desktop.db.models import User
from examhub_desktop.db.uow import UnitOfWork
from examhub_desktop.services import passwords
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.auth import ensure_email_free, validate_new_account
from examhub_desktop.services.errors import NotFound, ServiceError
from examhub_desktop.services.permissions import Access, Principal, Role, allow, forget_roles

if TYPE_CHECKING:
    from examhub_desktop.services.server_accounts import ServerAccounts


@dataclass(frozen=True)
class UserRow:
    id: str
    email: str
    full_name: str
    role: Role
    is_active: bool
    email_verified: bool
    must_change_password: bool
    last_login: datetime | None
    created_at: datetime | None


def to_row(user: User) -> UserRow:
    return UserRow(
        id=user.id,
        email=user.email,
        full_name=user.full_name or "",
        role=Role(user.role or "user"),
        is_active=bool(user.is_active),
        email_verified=bool(user.email_verified),
        must_change_password=bool(user.must_change_password),
        last_login=user.last_login,
        created_at=user.created_at,
    )


LAST_ADMIN = QT_TRANSLATE_NOOP(
    "UserService", "{email} is the last active administrator; make someone else an administrator first."
)


class UserService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def _server(self) -> ServerAccounts:
        from examhub_desktop.services.server_accounts import ServerAccounts  # it imports this module

        return ServerAccounts(self.ctx)

    def _get(self, uow: UnitOfWork, user_id: str) -> User:
        user = uow.users.get(user_id)
        if user is None:
            raise NotFound(translate("UserService", "That person no longer exists."))
        return user

    def _guard_last_admin(self, uow: UnitOfWork, user: User) -> None:
        if user.role == Role.ADMIN.value and user.is_active and uow.users.count_active_admins() <= 1:
            raise ServiceError(translate("UserService", LAST_ADMIN).format(email=user.email))

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "see the people who use Exam Hub"))
    def list_users(self, actor: Principal | None, search: str = "", limit: int = 1000) -> list[UserRow]:
        with self.ctx.uow().reading() as uow:
            return [to_row(u) for u in uow.users.list(search=search, limit=limit)]

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "see a person's account"))
    def get_user(self, actor: Principal | None, user_id: str) -> UserRow:
        with self.ctx.uow().reading() as uow:
            return to_row(self._get(uow, user_id))

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "create accounts"))
    def create_user(
        self,
        actor: Principal | None,
        email: str,
        full_name: str = "",
        role: Role = Role.STUDENT,
        password: str | None = None,
    ) -> tuple[UserRow, str | None]:
        """Without `password` a one-time password is made, returned, and must be changed at sign-in."""
        if self.ctx.server is not None:
            return self._server().create_user(email, full_name, role, password)
        email = validate_new_account(email, full_name, password)
        one_time = None if password is not None else passwords.one_time_password()
        hashed = passwords.hash_password(password if password is not None else one_time or "")
        with self.ctx.uow() as uow:
            uow.lock_accounts()
            ensure_email_free(uow, email)
            user = uow.users.add(
                User(
                    email=email,
                    full_name=full_name.strip() or None,
                    hashed_password=hashed,
                    role=Role(role).value,
                    must_change_password=one_time is not None,
                )
            )
            uow.commit()
            return to_row(user), one_time

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "change roles"))
    def set_role(self, actor: Principal | None, user_id: str, role: Role) -> UserRow:
        role = Role(role)
        if self.ctx.server is not None:
            return self._server().set_role(user_id, role)
        with self.ctx.uow() as uow:
            uow.lock_accounts()
            user = self._get(uow, user_id)
            if role is not Role.ADMIN:
                self._guard_last_admin(uow, user)
            user.role = role.value
            uow.commit()
        forget_roles()
        return to_row(user)

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "activate or deactivate accounts"))
    def set_active(self, actor: Principal | None, user_id: str, active: bool) -> UserRow:
        if self.ctx.server is not None:
            return self._server().set_active(user_id, active)
        with self.ctx.uow() as uow:
            uow.lock_accounts()
            user = self._get(uow, user_id)
            if not active:
                self._guard_last_admin(uow, user)
                uow.refresh_tokens.delete_for_user(user.id)  # their kept sessions end
            user.is_active = active
            uow.commit()
        forget_roles()
        return to_row(user)

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "reset passwords"))
    def reset_password(self, actor: Principal | None, user_id: str) -> str:
        """A one-time password the person must change at their next sign-in."""
        if self.ctx.server is not None:
            return self._server().reset_password(user_id)
        one_time = passwords.one_time_password()
        hashed = passwords.hash_password(one_time)
        with self.ctx.uow() as uow:
            user = self._get(uow, user_id)
            user.hashed_password = hashed
            user.must_change_password = True
            user.password_reset_token = None
            user.password_reset_expires = None
            uow.refresh_tokens.delete_for_user(user.id)
            uow.commit()
        return one_time

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "mark e-mail addresses verified"))
    def mark_verified(self, actor: Principal | None, user_id: str) -> UserRow:
        if self.ctx.server is not None:
            return self._server().mark_verified(user_id)
        with self.ctx.uow() as uow:
            user = self._get(uow, user_id)
            user.email_verified = True
            uow.email_tokens.delete_for_user(user.id)
            uow.commit()
            return to_row(user)

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "see a person's attempts"))
    def attempt_count(self, actor: Principal | None, user_id: str) -> int:
        """How many attempts deleting this person would keep without their name."""
        with self.ctx.uow().reading() as uow:
            return len(uow.attempts.for_user(self._get(uow, user_id).id))

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "delete accounts"))
    def delete_user(self, actor: Principal | None, user_id: str) -> int:
        """Returns how many attempts were kept without their owner."""
        if self.ctx.server is not None:
            return self._server().delete_user(user_id)
        with self.ctx.uow() as uow:
            uow.lock_accounts()
            user = self._get(uow, user_id)
            self._guard_last_admin(uow, user)
            kept = len(uow.attempts.for_user(user.id))
            uow.session.delete(user)
            uow.commit()
        forget_roles()
        return kept
