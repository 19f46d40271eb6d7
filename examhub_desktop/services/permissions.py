"""Who may call what: every public service function declares its rule, and is checked here.

Rules are enforced in services, not only hidden in the UI. `@allow(...)` records the rule in
`REGISTRY`, so a test can walk every public service function with an anonymous, a student and
an admin caller against one table of who may do what.
"""

from __future__ import annotations

import enum
import functools
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, ParamSpec, TypeVar

from examhub_desktop.core.i18n import translate
from examhub_desktop.services.errors import PermissionDenied

P = ParamSpec("P")
R = TypeVar("R")


class Role(enum.StrEnum):
    STUDENT = "user"  # the seed's name for a student
    ADMIN = "admin"  # a teacher / administrator


@dataclass(frozen=True)
class Principal:
    """Who is calling: a signed-in user on this device."""

    user_id: str
    email: str
    role: Role
    full_name: str = ""
    must_change_password: bool = False
    # The command line and the self-test act as a built-in administrator with no account row;
    # every other principal is re-checked against its account on each call (see `allow`).
    system: bool = False

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    @property
    def display_name(self) -> str:
        return self.full_name or self.email


class Access(enum.StrEnum):
    ANYONE = "anyone"  # also nobody signed in: sign-in, registration, password reset
    SIGNED_IN = "signed-in"  # any active user
    ADMIN = "admin"


REGISTRY: dict[str, Access] = {}


def check(actor: Principal | None, access: Access, what: str) -> None:
    """`what` is the rule's QT_TRANSLATE_NOOP("Permissions", ...) phrase, translated here: an
    infinitive phrase that fits both sentences ("delete exams"; in German "Prüfungen löschen")."""
    if access is Access.ANYONE:
        return
    if actor is None:
        raise PermissionDenied(
            translate("Permissions", "Sign in to {what}.").format(what=translate("Permissions", what))
        )
    if access is Access.ADMIN and not actor.is_admin:
        raise PermissionDenied(
            translate("Permissions", "Only a teacher or administrator may {what}.").format(
                what=translate("Permissions", what)
            )
        )


ROLE_TTL_S = 2.0  # how long a read of an account's role is trusted
_role_cache: dict[tuple[int, str], tuple[float, Role | None]] = {}


def current_role(service: object, actor: Principal) -> Role:
    """The actor's role as the database has it now, not as it was at sign-in.

    An administrator demoted or deactivated on another device (a shared PostgreSQL server)
    must lose their rights within ROLE_TTL_S, not when they next sign in. The short cache
    keeps the answer-save path from paying one more transaction per keystroke.
    """
    ctx: Any = getattr(service, "ctx", None)
    if actor.system or ctx is None:
        return actor.role
    key = (id(ctx), actor.user_id)
    now = time.monotonic()
    cached = _role_cache.get(key)
    if cached is None or now - cached[0] > ROLE_TTL_S:
        with ctx.uow().reading() as uow:
            user = uow.users.get(actor.user_id)
            role = Role(user.role or Role.STUDENT.value) if user is not None and user.is_active else None
        cached = _role_cache[key] = (now, role)
    if cached[1] is None:
        raise PermissionDenied(
            translate("Permissions", "Your account was deleted or deactivated; sign in again.")
        )
    return cached[1]


def _server_checks(service: object, access: Access) -> bool:
    """True when a school server checks this rule itself at the start of every transaction.

    There every transaction begins with `examhub_server.use_ticket` (the answer save presents
    its ticket to `save_attempt` instead), which fails for a deleted or deactivated account
    (db/tickets.py): all that SIGNED_IN asks of the database. Re-reading
    the role would cost the runner's saves a whole transaction each. ADMIN is still read anew:
    row security hides rows from a demoted administrator instead of refusing the statement, so
    the service must say so itself.
    """
    return access is Access.SIGNED_IN and getattr(getattr(service, "ctx", None), "server", None) is not None


def forget_roles() -> None:
    """After this process changes an account, its next call reads the role anew."""
    _role_cache.clear()


def allow(access: Access, what: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a service method whose first argument after self is `actor`."""

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        REGISTRY[fn.__qualname__] = access

        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            actor: Any = kwargs.get("actor", args[1] if len(args) > 1 else None)
            if actor is not None and not isinstance(actor, Principal):
                raise TypeError(f"{fn.__qualname__}: the first argument must be the calling Principal")
            check(actor, access, what)
            if actor is not None and access is not Access.ANYONE and not _server_checks(args[0], access):
                role = current_role(args[0], actor)
                if role is not actor.role:
                    check(replace(actor, role=role), access, what)
            return fn(*args, **kwargs)

        wrapper.access = access  # type: ignore[attr-defined]
        return wrapper

    return decorate
