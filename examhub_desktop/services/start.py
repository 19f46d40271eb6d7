"""What the start-up flow can know before the other services load: is this the first run,
and is a kept session on this device still good? Standard library only.

The answer is a forecast that lets the GUI open the right window at once. The kept session is
then signed in for real by `AuthService.resume_session` (which rotates the token and detects
a copied one); if that disagrees, the GUI closes the window and asks for a sign-in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP
from examhub_desktop.db import quick
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.permissions import Access, Principal, Role, allow
from examhub_desktop.services.secrets import REFRESH_SECRET, SecretStore, digest


@dataclass(frozen=True)
class StartForecast:
    first_run: bool  # nobody has an account yet
    kept: Principal | None  # whom the kept session of this device will sign in, if anyone


class StartService:
    def __init__(
        self, ctx: AppContext, store: SecretStore, clock: Callable[[], datetime] | None = None
    ) -> None:
        self.ctx, self.store = ctx, store
        self.clock = clock or (lambda: datetime.now(UTC))

    @allow(Access.ANYONE, QT_TRANSLATE_NOOP("Permissions", "start"))
    def forecast(self, actor: Principal | None) -> StartForecast | None:
        """None when only the full services can tell (a database on a server)."""
        path = self.ctx.location.path
        if path is None:
            return None
        secret = self.store.get(REFRESH_SECRET)
        with quick.read_only(path) as conn:
            if not quick.has_users(conn):
                return StartForecast(first_run=True, kept=None)
            account = quick.kept_account(conn, digest(secret), self.clock()) if secret else None
        if account is None:
            return StartForecast(first_run=False, kept=None)
        kept = Principal(
            user_id=account.user_id,
            email=account.email,
            role=Role(account.role),
            full_name=account.full_name,
            must_change_password=account.must_change_password,
        )
        return StartForecast(first_run=False, kept=kept)
