"""Tickets: a signed-in account's work on a school server, over connections anyone may share.

Signing in connects once as the account's own login role, so PostgreSQL checks the password
with SCRAM (`db.server_access`); that connection opens a *ticket*: the server stores the
SHA-256 of a 256-bit secret made here, for `server_sql.TICKET_HOURS`. From then on the client
connects as the database's one shared client role and begins every transaction with
`examhub_server.use_ticket(secret)`, which names the account for that transaction only
(`set_config(..., is_local => true)`); row-level security and the account functions ask
`examhub_server.uid()` who that is, exactly as they do for a login role.

Why not stay on the login role: PostgreSQL and PgBouncer pool connections per role, so a
connection of one student's role can serve nobody else, and with 300 students and 100
connections every save paid a new backend and a 4096-round SCRAM exchange. A connection of the
shared role serves any account, so PgBouncer (transaction pooling) keeps them warm, and a
direct connection's handshake costs one round of PBKDF2: the role's password is no secret
(it is derived from the database's name), because the role by itself may read and change
nothing; only a ticket opens rows.

The secret travels as a bound parameter, so pg_stat_activity and the statement log show
`$1`; the server keeps only its hash. A ticket ends at sign-out (`close`), when the account's
password changes or is reset, when it is deactivated or deleted, and after its lifetime; the
client opens a new one with the password it keeps in memory (as the engine's URL kept it
before tickets) once half of the lifetime has passed, so a long exam never meets the end.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, event, text

__all__ = ["TICKET_IN_STATEMENT", "Ticket", "TicketHolder", "close_ticket", "open_ticket", "ticket_hash"]

USE_TICKET = "SELECT examhub_server.use_ticket(%s)"
# Execution option: this transaction's first statement presents the ticket itself (the answer
# save, db/attempt_saves.py), so the begin event sends none: one statement less on a new
# connection.
TICKET_IN_STATEMENT = "examhub_ticket_in_statement"


def ticket_hash(secret: str) -> bytes:
    """What the server stores and compares: sha256 of the secret's text."""
    return hashlib.sha256(secret.encode("ascii")).digest()


@dataclass(frozen=True)
class Ticket:
    secret: str
    renew_at: float  # time.time() after which a new ticket is opened


def open_ticket(connection: Connection, replaces: Ticket | None = None) -> Ticket:
    """Open a ticket on a connection of the account's own login role (the caller commits);
    the ticket it `replaces`, if any, ends in the same transaction."""
    secret = secrets.token_urlsafe(32)
    row = connection.execute(
        text("SELECT extract(epoch FROM examhub_server.open_ticket(:hash, :old) - now()) AS lifetime"),
        {"hash": ticket_hash(secret), "old": ticket_hash(replaces.secret) if replaces else None},
    ).one()
    lifetime = float(row.lifetime)
    return Ticket(secret, time.time() + lifetime / 2)


class TicketHolder:
    """The current ticket of one signed-in account, put in front of every transaction of an engine.

    `opener` signs in again (a login-role connection with the password kept in memory) and
    returns a new ticket replacing the one it is given; it runs when the current one is half-way
    through its lifetime.
    """

    def __init__(self, account_role: str, ticket: Ticket, opener: Callable[[Ticket | None], Ticket]) -> None:
        self.account_role = account_role
        self._ticket = ticket
        self._opener = opener
        self._lock = threading.Lock()

    @property
    def secret(self) -> str:
        with self._lock:
            if time.time() >= self._ticket.renew_at:
                self._ticket = self._opener(self._ticket)
            return self._ticket.secret

    def attach(self, engine: Engine) -> None:
        event.listen(engine, "begin", self._begin)

    def _begin(self, conn: Connection) -> None:
        if not conn.get_execution_options().get(TICKET_IN_STATEMENT):
            conn.exec_driver_sql(USE_TICKET, (self.secret,))


def close_ticket(connection: Connection) -> None:
    """End the ticket this transaction uses (sign-out); the caller commits."""
    connection.execute(text("SELECT examhub_server.close_ticket()"))
