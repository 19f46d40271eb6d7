"""Unit of work: one session and transaction per user action or job.

Ported from cosmicpython's `SqlAlchemyUnitOfWork` to SQLAlchemy 2: the session is opened on
enter, rolled back on exit unless `commit()` was called, and database errors leave as
`DatabaseProblem` with a message for the user.

A unit of work writes unless it says otherwise (`reading()`): on SQLite a writing one takes
the write lock at BEGIN, so two processes wait for each other instead of failing; a reading
one keeps a deferred BEGIN and never waits for a writer. Changes that count rows before they
write (the last administrator, the first run, starting an attempt) take a named lock first
(`lock`, `lock_accounts`: on PostgreSQL the advisory lock the server's account functions take).
"""

from __future__ import annotations

from datetime import datetime
from types import TracebackType
from typing import Self

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from examhub_desktop.db.engine import READ_ONLY, DatabaseLocation, known_errors
from examhub_desktop.db.repositories import (
    AttemptRepository,
    EmailVerificationTokenRepository,
    ExamRepository,
    MetaRepository,
    QuestionRepository,
    RefreshTokenRepository,
    ThrottleRepository,
    UserRepository,
)
from examhub_desktop.db.tickets import TicketHolder


class UnitOfWork:
    users: UserRepository
    exams: ExamRepository
    questions: QuestionRepository
    attempts: AttemptRepository
    refresh_tokens: RefreshTokenRepository
    email_tokens: EmailVerificationTokenRepository
    throttles: ThrottleRepository
    meta: MetaRepository

    def __init__(
        self, factory: sessionmaker[Session], location: DatabaseLocation, *, write: bool = True
    ) -> None:
        self._factory = factory
        self.location = location
        self.write = write
        self._session: Session | None = None
        self._errors = known_errors(location)

    def reading(self) -> Self:
        """This unit of work only reads (`with ctx.uow().reading() as uow:`)."""
        self.write = False
        return self

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside 'with'")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._errors = known_errors(self.location)
        self._errors.__enter__()
        s = self._session = self._factory()
        if not self.write:  # the option must reach the connection before its BEGIN
            try:
                s.connection(execution_options={READ_ONLY: True})
            except BaseException as exc:
                self.__exit__(type(exc), exc, exc.__traceback__)  # closes; raises the known problem
                raise
        self.users = UserRepository(s)
        self.exams = ExamRepository(s)
        self.questions = QuestionRepository(s)
        self.attempts = AttemptRepository(s)
        self.refresh_tokens = RefreshTokenRepository(s)
        self.email_tokens = EmailVerificationTokenRepository(s)
        self.throttles = ThrottleRepository(s)
        self.meta = MetaRepository(s)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> bool | None:
        session, self._session = self._session, None
        try:
            if session is not None:
                session.rollback()
                session.close()
        finally:
            handled = self._errors.__exit__(exc_type, exc, tb)
        return handled

    def commit(self) -> None:
        with known_errors(self.location):
            self.session.commit()

    def flush(self) -> None:
        self.session.flush()

    def rollback(self) -> None:
        self.session.rollback()

    def lock_accounts(self) -> None:
        """Serialise changes to who may sign in and who administers, until this unit ends.

        PostgreSQL (READ COMMITTED) would let two of them count the administrators at once;
        the key is the one the school server's account functions take.
        """
        self.lock("examhub_accounts")

    def lock(self, name: str) -> None:
        """Hold the lock `name` until this unit of work ends: a check-then-insert under it is
        atomic. PostgreSQL: a transaction-scoped advisory lock (no table privilege needed, so
        a student's login role can take it too); SQLite's BEGIN IMMEDIATE already serialises
        every writing unit of work."""
        if self.session.get_bind().dialect.name == "postgresql":
            self.session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:name))"), {"name": name})

    def server_now(self) -> datetime | None:
        """The database server's clock (PostgreSQL: this transaction's now()); None on SQLite,
        where the server is this process and its own clock is the one to use."""
        if self.session.get_bind().dialect.name != "postgresql":
            return None
        now = self.session.scalar(select(func.now()))
        assert isinstance(now, datetime)
        return now


class Database:
    """The app's one engine and session factory, and a way to start units of work."""

    def __init__(
        self, engine: Engine, location: DatabaseLocation, *, tickets: TicketHolder | None = None
    ) -> None:
        self.engine = engine
        self.location = location
        self.tickets = tickets  # a school server's signed-in account (db/tickets.py)
        self._factory = sessionmaker(engine, expire_on_commit=False)

    def uow(self, *, write: bool = True) -> UnitOfWork:
        return UnitOfWork(self._factory, self.location, write=write)

    def dispose(self) -> None:
        self.engine.dispose()
