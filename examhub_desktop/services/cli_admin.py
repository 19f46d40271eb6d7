"""Account commands for the command line.

Whoever can run `examhub` against a data folder can already read and write its database file,
so the CLI acts as a built-in administrator principal; the service rules (validation, the
last-administrator guard, ending sessions) still apply.
"""

from __future__ import annotations

from examhub_desktop.services.app import AppContext
from examhub_desktop.services.errors import NotFound
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.users import UserRow, UserService

CLI_ADMIN = Principal(user_id="cli", email="command line", role=Role.ADMIN, system=True)


class UsersCli:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.users = UserService(ctx)

    def _id(self, email: str) -> str:
        with self.ctx.uow() as uow:
            user = uow.users.by_email(email)
            if user is None:
                raise NotFound(f"There is no account for {email.strip()}.")
            return user.id

    def add(self, email: str, name: str, role: str, password: str) -> UserRow:
        row, _ = self.users.create_user(CLI_ADMIN, email, name, Role(role), password)
        return row

    def list(self, search: str = "") -> list[UserRow]:
        return self.users.list_users(CLI_ADMIN, search)

    def set_role(self, email: str, role: str) -> UserRow:
        return self.users.set_role(CLI_ADMIN, self._id(email), Role(role))

    def set_active(self, email: str, active: bool) -> UserRow:
        return self.users.set_active(CLI_ADMIN, self._id(email), active)

    def reset_password(self, email: str) -> str:
        return self.users.reset_password(CLI_ADMIN, self._id(email))
