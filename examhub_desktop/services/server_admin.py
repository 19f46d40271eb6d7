"""`examhub server init|status|upgrade`: what the database owner runs to prepare a school server.

These run as the role named in the URL (the database owner), never as an account: they make
the schema, the access control and the first administrator, which no account may do. Two runs
at the same time wait for each other (a session advisory lock held from before the migration
to after the first administrator), so two first runs make exactly one administrator.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, text

from examhub_desktop.core.i18n import translate
from examhub_desktop.db import server_access
from examhub_desktop.db.engine import known_errors, make_engine
from examhub_desktop.db.location import DatabaseLocation, DatabaseProblem
from examhub_desktop.db.migrate import HEAD_REVISION, current_state, open_database
from examhub_desktop.db.server_access import AccessState
from examhub_desktop.services import passwords
from examhub_desktop.services.auth import password_problems, validate_new_account
from examhub_desktop.services.errors import FieldError, ServiceError

__all__ = ["ServerStatus", "SetupResult", "init", "require_server", "status", "upgrade", "with_password"]

SETUP_LOCK = "SELECT pg_advisory_lock(hashtext('examhub_server_setup'))"
SETUP_UNLOCK = "SELECT pg_advisory_unlock(hashtext('examhub_server_setup'))"


@dataclass(frozen=True)
class ServerStatus:
    where: str
    revision: str | None
    access: AccessState

    @property
    def revision_current(self) -> bool:
        return self.revision == HEAD_REVISION

    @property
    def needs_upgrade(self) -> bool:
        return not (self.revision_current and self.access.current)


@dataclass(frozen=True)
class SetupResult:
    revision: str
    adopted: int  # accounts that got a login role now (NOLOGIN until a password is set)
    admin_note: str  # what happened to --admin, "" without it


def require_server(location: DatabaseLocation) -> None:
    if location.is_sqlite:
        raise DatabaseProblem(
            translate(
                "ServerAdmin",
                "'examhub server' prepares a PostgreSQL database; {where} is a SQLite file. "
                "Give --database-url postgresql://OWNER@HOST:PORT/NAME or set EXAMHUB_DATABASE_URL.",
            ).format(where=location.describe()),
            kind="not-postgresql",
        )


def with_password(location: DatabaseLocation, password: str) -> DatabaseLocation:
    """The same server with a password typed at a prompt (kept in memory, never in argv)."""
    url = location.url.set(password=password)
    return DatabaseLocation(url.render_as_string(hide_password=False), None, [url])


def _database(location: DatabaseLocation) -> str:
    return str(location.url.database or "")


@contextmanager
def _setup_lock(location: DatabaseLocation) -> Iterator[Connection]:
    """Hold the setup lock on a connection of its own; yields that connection for checks."""
    engine = make_engine(location)
    try:
        with known_errors(location), engine.connect() as conn:
            conn.execute(text(SETUP_LOCK))
            conn.commit()
            try:
                yield conn
            finally:
                conn.rollback()
                conn.execute(text(SETUP_UNLOCK))
                conn.commit()
    finally:
        engine.dispose()


def status(location: DatabaseLocation) -> ServerStatus:
    require_server(location)
    state = current_state(location)
    engine = make_engine(location)
    try:
        with known_errors(location), engine.connect() as conn:
            access = server_access.read_access(conn)
    finally:
        engine.dispose()
    return ServerStatus(location.describe(), state.revision, access)


def upgrade(location: DatabaseLocation) -> SetupResult:
    return init(location, None, "", lambda: "")


def init(
    location: DatabaseLocation, admin_email: str | None, admin_name: str, ask_password: Callable[[], str]
) -> SetupResult:
    """Migrate, install access control, adopt existing accounts and, with `admin_email`, make
    sure that person is an administrator who can sign in. `ask_password` is called only when
    a password must be set."""
    require_server(location)
    database = _database(location)
    if admin_email is not None:
        admin_email = validate_new_account(admin_email, admin_name, None)
    with _setup_lock(location) as check:
        server_access.refuse_unless_owner(check, database)
        check.commit()
        engine = open_database(location, upgrade=True)
        try:
            with known_errors(location), engine.begin() as conn:
                server_access.install(conn, database)
                adopted = server_access.adopt_accounts(conn)
                note = _first_admin(conn, admin_email, admin_name, ask_password) if admin_email else ""
        finally:
            engine.dispose()
    return SetupResult(HEAD_REVISION, adopted, note)


def _checked_password(email: str, ask_password: Callable[[], str]) -> str:
    password = ask_password()
    reasons = password_problems(password, email)
    if reasons:
        raise FieldError("password", " ".join(reasons))
    return password


def _first_admin(conn: Connection, email: str, name: str, ask_password: Callable[[], str]) -> str:
    """Under the accounts lock, so the check and the change are one step."""
    conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('examhub_accounts'))"))
    admins = [
        str(e)
        for e in conn.execute(
            text("SELECT email FROM public.users WHERE role = 'admin' AND is_active IS TRUE ORDER BY email")
        ).scalars()
    ]
    row = conn.execute(
        text(
            "SELECT u.id, u.role, u.is_active, coalesce(a.has_password, false) FROM public.users u "
            "LEFT JOIN examhub_server.accounts a ON a.user_id = u.id WHERE u.email = :e"
        ),
        {"e": email},
    ).one_or_none()
    if email in admins and row is not None and row[3]:
        return translate("ServerAdmin", "{email} is already an administrator; nothing changed.").format(
            email=email
        )
    if admins and email not in admins:
        raise ServiceError(
            translate(
                "ServerAdmin",
                "This server already has an administrator ({admins}); --admin {email} was not made one. "
                "Sign in as an administrator and add accounts with "
                "'examhub users add --as ADMIN-EMAIL --email {email} --role admin'.",
            ).format(admins=", ".join(admins), email=email)
        )
    if row is None:
        server_access.create_account(
            conn,
            email=email,
            full_name=name.strip(),
            role="admin",
            password=(password := _checked_password(email, ask_password)),
            argon2=passwords.hash_password(password),
        )
        return translate("ServerAdmin", "created the administrator {email}").format(email=email)
    user_id = str(row[0])
    conn.execute(text("SELECT examhub_server.set_role(:id, 'admin')"), {"id": user_id})
    conn.execute(text("SELECT examhub_server.set_active(:id, true)"), {"id": user_id})
    password = _checked_password(email, ask_password)
    server_access.set_password(conn, user_id, password, passwords.hash_password(password))
    return translate("ServerAdmin", "{email} is now an administrator with the password given").format(
        email=email
    )
