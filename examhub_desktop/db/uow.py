"""Unit of work: one session and transaction per user action or job.

Ported from cosmicpython's `SqlAlchemyUnitOfWork` to SQLAlchemy 2: the session is opened on
enter, rolled back on exit unless `commit()` was called, and database errors leave as
`DatabaseProblem` with a message for the user.
"""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from examhub_desktop.db.engine import DatabaseLocation, known_errors
from examhub_desktop.db.repositories import (
    AttemptRepository,
    EmailVerificationTokenRepository,
    ExamRepository,
    MetaRepository,
    QuestionRepository,
    RefreshTokenRepository,
    UserRepository,
)


class UnitOfWork:
    users: UserRepository
    exams: ExamRepository
    questions: QuestionRepository
    attempts: AttemptRepository
    refresh_tokens: RefreshTokenRepository
    email_tokens: EmailVerificationTokenRepository
    meta: MetaRepository

    def __init__(self, factory: sessionmaker[Session], location: DatabaseLocation) -> None:
        self._factory = factory
        self.location = location
        self._session: Session | None = None
        self._errors = known_errors(location)

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside 'with'")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._errors = known_errors(self.location)
        self._errors.__enter__()
        s = self._session = self._factory()
        self.users = UserRepository(s)
        self.exams = ExamRepository(s)
        self.questions = QuestionRepository(s)
        self.attempts = AttemptRepository(s)
        self.refresh_tokens = RefreshTokenRepository(s)
        self.email_tokens = EmailVerificationTokenRepository(s)
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


class Database:
    """The app's one engine and session factory, and a way to start units of work."""

    def __init__(self, engine: Engine, location: DatabaseLocation) -> None:
        self.engine = engine
        self.location = location
        self._factory = sessionmaker(engine, expire_on_commit=False)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self._factory, self.location)

    def dispose(self) -> None:
        self.engine.dispose()
