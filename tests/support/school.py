"""A school-server database on the test PostgreSQL cluster, with passwords that count.

The test cluster trusts every local connection (`initdb --auth=trust`), so a wrong password
would get in. For one school database, `require_passwords` puts SCRAM in front of every role
but the test superuser, as a real server's pg_hba.conf does; other databases keep trust.
"""

from __future__ import annotations

import contextlib
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from psycopg import sql

from examhub_desktop.db import tickets
from tests.support.pgserver import SUPERUSER, PgServer

_HBA_MARK = "# examhub school test:"


def open_ticket(login: Any) -> str:
    """A ticket opened on an account's login-role psycopg connection (committed); its secret,
    as db.tickets.open_ticket does it for the app."""
    secret = secrets.token_urlsafe(32)
    login.execute("SELECT examhub_server.open_ticket(%s)", (tickets.ticket_hash(secret),))
    login.commit()
    return secret


@dataclass(frozen=True)
class School:
    server: PgServer
    database: str
    owner: str
    owner_password: str

    @property
    def client_url(self) -> str:
        """What a student's laptop is given: no user name, no password."""
        return f"postgresql://{self.server.host}:{self.server.port}/{self.database}"

    @property
    def owner_url(self) -> str:
        return f"postgresql://{self.owner}@{self.server.host}:{self.server.port}/{self.database}"

    def pgpass(self, folder: Path) -> Path:
        """A PGPASSFILE with the owner's password (libpq reads it; argv never shows it)."""
        path = folder / "pgpass"
        path.write_text(
            f"{self.server.host}:{self.server.port}:{self.database}:{self.owner}:{self.owner_password}\n",
            encoding="utf-8",
        )
        path.chmod(0o600)
        return path


def require_passwords(server: PgServer, database: str) -> None:
    """SCRAM for every role but the superuser on `database`, ahead of the cluster's trust lines."""
    hba = server.data_dir / "pg_hba.conf"
    lines = [
        f"{_HBA_MARK} {database}\n",
        f"host {database} {SUPERUSER} 127.0.0.1/32 trust\n",
        f"host {database} all 127.0.0.1/32 scram-sha-256\n",
    ]
    old = hba.read_text(encoding="utf-8")
    with hba.open("w", encoding="utf-8") as handle:  # the same file: its owner stays postgres
        handle.write("".join(lines) + old)
    with server.connect() as conn:
        conn.execute("SELECT pg_reload_conf()")


def new_school(server: PgServer, *, createrole: bool = True) -> School:
    """An owner role (CREATEROLE, as README says) and an empty database it owns."""
    tag = uuid.uuid4().hex[:10]
    school = School(server, f"school_{tag}", f"owner_{tag}", f"Owner-{uuid.uuid4().hex}")
    with server.connect() as conn:
        verifier = conn.pgconn.encrypt_password(
            school.owner_password.encode(), school.owner.encode(), b"scram-sha-256"
        )
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN {} PASSWORD {}").format(
                sql.Identifier(school.owner),
                sql.SQL("CREATEROLE" if createrole else "NOCREATEROLE"),
                sql.Literal(verifier.decode()),
            )
        )
        conn.execute(
            sql.SQL("CREATE DATABASE {} OWNER {} TEMPLATE template0 ENCODING 'UTF8'").format(
                sql.Identifier(school.database), sql.Identifier(school.owner)
            )
        )
    require_passwords(server, school.database)
    return school


def init_school(school: School, admin_email: str, admin_password: str) -> None:
    """`examhub server init --admin` in-process, with the owner's credentials: the schema at
    head, access control, and the first administrator."""
    from examhub_desktop.db.location import location_for
    from examhub_desktop.services.server_admin import init

    owner = (
        f"postgresql://{school.owner}:{school.owner_password}@{school.server.host}:{school.server.port}"
        f"/{school.database}"
    )
    init(location_for(owner, Path("/nonexistent")), admin_email, "First Admin", lambda: admin_password)


def drop_school(school: School) -> None:
    """The database, then the login roles the school made (cluster-wide, so they must go)."""
    from examhub_desktop.db.server_access import role_prefix

    school.server.drop_database(school.database)
    prefix = role_prefix(school.database)
    with school.server.connect() as conn:
        roles = [
            r[0]
            for r in conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s ORDER BY rolname LIKE '%%\\_u\\_%%' DESC",
                (prefix + "%",),
            )
        ]
        for role in [*roles, school.owner]:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


@contextlib.contextmanager
def school_with_admin(server: PgServer, admin_email: str, admin_password: str) -> Iterator[School]:
    """A school database made and initialised as README says, dropped afterwards."""
    made = new_school(server)
    init_school(made, admin_email, admin_password)
    try:
        yield made
    finally:
        drop_school(made)
