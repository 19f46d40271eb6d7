"""PostgreSQL's own access control for a school server: one login role per account, RLS, functions.

A student's laptop must hold nothing worth more than the student's account, so every account
connects as its own PostgreSQL login role (its Exam Hub password is the role's SCRAM password)
and the database itself, not our services, decides what each role may see and change: grants
per group, row-level security policies per table and command, and SECURITY DEFINER functions
for every account change (`db/server_sql.py` holds the SQL and says why it is shaped so).

Role names are cluster-wide, so they carry a prefix made from the database's name; the client
computes a role name from the URL and the typed e-mail before it has any connection.

`REVOKE CONNECT ON DATABASE ... FROM PUBLIC` is deliberately not done: the cluster may be shared
with other applications whose roles rely on PUBLIC's default CONNECT, and CONNECT alone gives
nothing here (no table, schema or function is granted to PUBLIC any more). TEMPORARY is revoked,
since no account needs temporary tables.

Connections after sign-in use the database's one shared *client* role and a ticket that the
sign-in opened (`db/tickets.py` says why); the role's password is derived from the database's
name and is no secret, since without a ticket the role sees and changes nothing.

Everything server-only lives in the schema `examhub_server`, so `public` stays exactly what the
migrations make and `db check` is unaffected. Only the owner (who runs `examhub server init`)
installs it; the install is idempotent and runs in the caller's one transaction.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Connection, text

from examhub_desktop.core.emails import normalise_email
from examhub_desktop.core.exam_rules import GRACE_SECONDS
from examhub_desktop.core.i18n import translate
from examhub_desktop.db import server_sql
from examhub_desktop.db.errors import driver_error
from examhub_desktop.db.location import DatabaseProblem
from examhub_desktop.db.models import ExamAttempt

__all__ = [
    "ACCESS_VERSION",
    "IDLE_SESSION_TIMEOUT",
    "AccessState",
    "AccountRefusal",
    "account_refusal",
    "account_role",
    "admin_group",
    "adopt_accounts",
    "client_password",
    "client_role",
    "client_verifier",
    "create_account",
    "install",
    "mark_verified",
    "password_needed",
    "read_access",
    "refuse_unless_owner",
    "role_prefix",
    "scram_verifier",
    "set_password",
    "student_group",
    "update_profile",
]

ACCESS_VERSION = server_sql.ACCESS_VERSION
IDLE_SESSION_TIMEOUT = "5min"


def role_prefix(database: str) -> str:
    """`database` is the database name from the URL."""
    return "eh_" + hashlib.sha256(database.encode()).hexdigest()[:10]


def account_role(database: str, email: str) -> str:
    return f"{role_prefix(database)}_u_" + hashlib.sha256(normalise_email(email).encode()).hexdigest()[:24]


def student_group(database: str) -> str:
    return f"{role_prefix(database)}_student"


def admin_group(database: str) -> str:
    return f"{role_prefix(database)}_admin"


def client_role(database: str) -> str:
    """The shared role every signed-in client connects as; it needs a ticket for anything."""
    return f"{role_prefix(database)}_client"


def client_password(database: str) -> str:
    """No secret: anyone may knock on this door; only a ticket opens anything behind it."""
    return f"examhub-{role_prefix(database)}"


def client_verifier(password: str) -> str:
    """The client role's SCRAM-SHA-256 verifier, made with one PBKDF2 round.

    Rounds protect a secret password from being guessed from its verifier; this password is
    public, so they would only make every connection's handshake slower (libpq computes them
    on each connect: 4096 rounds are most of a connection's cost on a busy school server).
    """
    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1)
    stored = hashlib.sha256(hmac.new(salted, b"Client Key", "sha256").digest()).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256$1:{b64(salt)}${b64(stored)}:{b64(server_key)}"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _fixed_attempt_columns(row: str) -> str:
    """Every column of an attempt but the runner's, of OLD or NEW (json compared as text)."""
    columns = [c for c in ExamAttempt.__table__.columns if c.name not in server_sql.RUNNER_COLUMNS]
    return ", ".join(
        f"{row}.{_ident(c.name)}" + ("::text" if isinstance(c.type, JSON) else "") for c in columns
    )


def render(template: str, database: str, admin_user_columns: list[str] | None = None) -> str:
    """Fill a `server_sql` text; names are quoted here, and no user input ever reaches it."""
    student, admin, client = student_group(database), admin_group(database), client_role(database)
    runner = server_sql.RUNNER_COLUMNS
    return template.format(
        client_q=_ident(client),
        client_l=_literal(client),
        client_verifier_l=_literal(client_verifier(client_password(database))),
        ticket_hours=int(server_sql.TICKET_HOURS),
        grace_seconds=float(GRACE_SECONDS),
        runner_columns_q=", ".join(_ident(c) for c in runner),
        runner_columns_l="ARRAY[" + ", ".join(_literal(c) for c in runner) + "]",
        attempt_fixed_old=_fixed_attempt_columns("OLD"),
        attempt_fixed_new=_fixed_attempt_columns("NEW"),
        prefix_l=_literal(role_prefix(database)),
        student_q=_ident(student),
        student_l=_literal(student),
        admin_q=_ident(admin),
        admin_l=_literal(admin),
        database_q=_ident(database),
        version=int(ACCESS_VERSION),
        idle_timeout=IDLE_SESSION_TIMEOUT,
        admin_user_columns=", ".join(_ident(c) for c in admin_user_columns or ()),
    )


def _driver(connection: Connection) -> Any:
    """The psycopg connection under SQLAlchemy's, in the same transaction.

    The SQL holds format('%I') calls, which psycopg would read as placeholders if it went
    through SQLAlchemy's parameter handling; a driver execute without parameters sends it as is.
    """
    return connection.connection.driver_connection


def scram_verifier(connection: Connection, password: str) -> str:
    """The SCRAM-SHA-256 verifier of `password`, made by libpq on this machine.

    Only the verifier travels to the server, so the plain password never sits in a statement
    the server could log. (libpq ignores the role name for SCRAM, so none is asked for.)
    """
    pgconn = _driver(connection).pgconn
    return bytes(pgconn.encrypt_password(password.encode(), b"", b"scram-sha-256")).decode("ascii")


def create_account(
    connection: Connection,
    *,
    email: str,
    full_name: str,
    role: str,
    password: str,
    argon2: str,
    must_change: bool = False,
) -> str:
    """`examhub_server.create_account` with the verifier made here; returns the new account's id."""
    return str(
        connection.execute(
            text("SELECT examhub_server.create_account(:email, :name, :role, :scram, :argon2, :must)"),
            {
                "email": email,
                "name": full_name,
                "role": role,
                "scram": scram_verifier(connection, password),
                "argon2": argon2,
                "must": must_change,
            },
        ).scalar_one()
    )


def set_password(
    connection: Connection, user_id: str, password: str, argon2: str, *, must_change: bool = False
) -> None:
    """`examhub_server.set_password`: an administrator's reset, or a change of one's own."""
    connection.execute(
        text("SELECT examhub_server.set_password(:id, :scram, :argon2, :must)"),
        {"id": user_id, "scram": scram_verifier(connection, password), "argon2": argon2, "must": must_change},
    )


def update_profile(connection: Connection, full_name: str) -> None:
    """`examhub_server.update_profile`: the signed-in account's own name (blank is stored as NULL).

    Refused with 42501 when the connection is no active account, P0001 `name-too-long` past
    255 characters. Like every account function it needs READ COMMITTED (P0001 `isolation`).
    """
    connection.execute(text("SELECT examhub_server.update_profile(:name)"), {"name": full_name})


def mark_verified(connection: Connection, user_id: str) -> None:
    """`examhub_server.mark_verified`: an administrator confirms an account's e-mail address.

    Refused with 42501 for anyone else, P0001 `not-found` for an unknown id.
    """
    connection.execute(text("SELECT examhub_server.mark_verified(:id)"), {"id": user_id})


@dataclass(frozen=True)
class AccountRefusal:
    """Why the server refused an account change or a statement, read from the driver's error.

    `sqlstate` is "42501" (this account may not do that; `key` is "") or "P0001" (a rule of
    the account functions; `key` is its DETAIL: last-admin, duplicate-email, not-found,
    bad-email, bad-role, bad-verifier, bad-hash, role-taken, isolation, name-too-long).
    """

    sqlstate: str
    key: str
    message: str


def account_refusal(exc: BaseException) -> AccountRefusal | None:
    raw = driver_error(exc)
    state = getattr(raw, "sqlstate", None)
    if state not in ("42501", "P0001"):
        return None
    diag = getattr(raw, "diag", None)
    message = getattr(diag, "message_primary", None) or str(raw).strip().splitlines()[0]
    key = (getattr(diag, "message_detail", None) or "") if state == "P0001" else ""
    return AccountRefusal(str(state), key, str(message))


def password_needed(url: str) -> bool:
    """True when libpq found no password for this URL (none in it, ~/.pgpass, PGPASSFILE, PGPASSWORD)."""
    import psycopg
    from sqlalchemy.engine import make_url

    params = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        psycopg.connect(params, connect_timeout=5).close()
    except psycopg.OperationalError as exc:
        return "no password supplied" in str(exc)
    return False


def refuse_unless_owner(connection: Connection, database: str) -> None:
    """One clear line when this role cannot install access control, before anything is written."""
    if connection.dialect.name != "postgresql":
        raise DatabaseProblem(
            translate(
                "ServerAccess",
                "'examhub server' works on a PostgreSQL database only; this is {dialect}.",
            ).format(dialect=connection.dialect.name),
            kind="not-postgresql",
        )
    row = connection.execute(
        text(
            "SELECT current_user, current_database(), r.rolsuper, r.rolcreaterole, "
            "pg_has_role(current_user, d.datdba, 'MEMBER') "
            "FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()"
        )
    ).one()
    user, current, superuser, createrole, owns = row
    if current != database:
        raise ValueError(f"connected to {current!r}, asked to install into {database!r}")
    if not (superuser or createrole):
        raise DatabaseProblem(
            translate(
                "ServerAccess",
                "The PostgreSQL role {user} may not create roles; run 'examhub server' as the database "
                "owner with CREATEROLE (as a superuser: ALTER ROLE {user} CREATEROLE).",
            ).format(user=user),
            kind="privilege",
        )
    if not (superuser or owns):
        raise DatabaseProblem(
            translate(
                "ServerAccess",
                "The PostgreSQL role {user} does not own the database {database}; run 'examhub server' "
                "with the owner's credentials (as a superuser: ALTER DATABASE {database} OWNER TO {user}).",
            ).format(user=user, database=database),
            kind="privilege",
        )


def install(connection: Connection, database: str) -> None:
    """Install or refresh access control in the caller's transaction (the caller commits).

    Idempotent: our policies and functions are dropped and made again, groups and the
    accounts table are kept, grants are revoked and given again.
    """
    refuse_unless_owner(connection, database)
    driver = _driver(connection)
    columns = [
        str(r[0])
        for r in connection.execute(
            text(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND table_name = 'users' ORDER BY ordinal_position"
            )
        )
        if r[0] not in server_sql.SECRET_USER_COLUMNS
    ]
    for part in (
        server_sql.RESET,
        server_sql.GROUPS,
        server_sql.HELPERS,
        server_sql.ACCOUNT_FUNCTIONS,
        server_sql.OWN_ACCOUNT_FUNCTIONS,
        server_sql.PRIVILEGES,
    ):
        driver.execute(render(part, database, columns))


def adopt_accounts(connection: Connection) -> int:
    """Give every account without a login role one (NOLOGIN, no password); returns how many.

    Accounts that existed before the server was set up have only an Argon2 hash, from which no
    SCRAM verifier can be made: they sign in once an administrator resets their password.
    """
    ids = connection.execute(
        text(
            "SELECT u.id FROM public.users u LEFT JOIN examhub_server.accounts a ON a.user_id = u.id "
            "WHERE a.user_id IS NULL ORDER BY u.email"
        )
    ).scalars()
    count = 0
    for user_id in list(ids):
        connection.execute(text("SELECT examhub_server.attach_role(:id)"), {"id": user_id})
        count += 1
    return count


@dataclass(frozen=True)
class AccessState:
    """What `server status` reports about access control."""

    version: int | None  # None: not installed
    accounts_by_role: dict[str, int]
    without_login: int  # accounts that cannot sign in yet (no login role or no password)
    open_tickets: int  # devices signed in now (tickets not yet ended)
    signed_in: int  # accounts with at least one of them
    idle_session_timeout: str
    max_connections: int
    connections_in_use: int

    @property
    def current(self) -> bool:
        return self.version == ACCESS_VERSION


def read_access(connection: Connection) -> AccessState:
    installed = connection.execute(
        text("SELECT to_regprocedure('examhub_server.access_version()') IS NOT NULL")
    ).scalar_one()
    version: int | None = None
    without_login = open_tickets = signed_in = 0
    if installed:
        version = int(connection.execute(text("SELECT examhub_server.access_version()")).scalar_one())
        without_login = int(
            connection.execute(
                text(
                    "SELECT count(*) FROM public.users u LEFT JOIN examhub_server.accounts a "
                    "ON a.user_id = u.id WHERE a.has_password IS NOT TRUE"
                )
            ).scalar_one()
        )
        if connection.execute(text("SELECT to_regclass('examhub_server.tickets') IS NOT NULL")).scalar_one():
            row = connection.execute(
                text(
                    "SELECT count(*), count(DISTINCT user_id) FROM examhub_server.tickets "
                    "WHERE expires_at > now()"
                )
            ).one()
            open_tickets, signed_in = int(row[0]), int(row[1])
    by_role: dict[str, int] = {}
    if connection.execute(text("SELECT to_regclass('public.users') IS NOT NULL")).scalar_one():
        by_role = {
            str(role): int(n)
            for role, n in connection.execute(
                text("SELECT coalesce(role, 'user'), count(*) FROM public.users GROUP BY 1 ORDER BY 1")
            )
        }
    # The database's own setting (ALTER DATABASE ... SET), not this session's.
    idle = connection.execute(
        text(
            "SELECT s.cfg FROM pg_db_role_setting d, unnest(d.setconfig) AS s(cfg) "
            "WHERE d.setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND d.setrole = 0 AND s.cfg LIKE 'idle_session_timeout=%'"
        )
    ).scalar()
    max_conn = int(connection.execute(text("SHOW max_connections")).scalar_one())
    in_use = int(
        connection.execute(
            text("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'")
        ).scalar_one()
    )
    return AccessState(
        version=version,
        accounts_by_role=by_role,
        without_login=without_login,
        open_tickets=open_tickets,
        signed_in=signed_in,
        idle_session_timeout=str(idle).partition("=")[2] if idle else "",
        max_connections=max_conn,
        connections_in_use=in_use,
    )
