"""Account commands for the command line.

Whoever can run `examhub` against a data folder can already read and write its database file,
so the CLI acts as a built-in administrator principal; the service rules (validation, the
last-administrator guard, ending sessions) still apply. On a school server it acts as the
account signed in with `--as` instead, and an e-mail is looked up through the administrators'
list, so a student is refused before anything is read.
"""

from __future__ import annotations

from examhub_desktop.core.emails import normalise_email
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.errors import NotFound
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.users import UserRow, UserService

CLI_ADMIN = Principal(user_id="cli", email="command line", role=Role.ADMIN, system=True)


class UsersCli:
    def __init__(self, ctx: AppContext, actor: Principal = CLI_ADMIN) -> None:
        self.ctx = ctx
        self.actor = actor
        self.users = UserService(ctx)

    def _id(self, email: str) -> str:
        key = normalise_email(email)
        for row in self.users.list_users(self.actor, key):
            if row.email == key:
                return row.id
        raise NotFound(f"There is no account for {email.strip()}.")

    def add(self, email: str, name: str, role: str, password: str) -> UserRow:
        row, _ = self.users.create_user(self.actor, email, name, Role(role), password)
        return row

    def list(self, search: str = "") -> list[UserRow]:
        return self.users.list_users(self.actor, search)

    def set_role(self, email: str, role: str) -> UserRow:
        return self.users.set_role(self.actor, self._id(email), Role(role))

    def set_active(self, email: str, active: bool) -> UserRow:
        return self.users.set_active(self.actor, self._id(email), active)

    def reset_password(self, email: str) -> str:
        return self.users.reset_password(self.actor, self._id(email))
