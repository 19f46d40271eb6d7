"""Repositories: the only code that builds queries against the tables.

Each repository wraps the unit of work's session; services call them and turn rows into
DTOs before the unit of work ends, so no ORM object leaves it (DESIGN.md, threads).

A read-modify-write that two devices can race is one statement here where SQL allows it
(claiming a kept-session token, counting a failed sign-in), so the database decides who won.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from examhub_desktop.db.models import (
    AppMeta,
    Base,
    EmailVerificationToken,
    Exam,
    ExamAttempt,
    LoginThrottle,
    Question,
    RefreshToken,
    User,
)

M = TypeVar("M", bound=Base)


class Repository(Generic[M]):
    model: type[M]

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, obj: M) -> M:
        self.session.add(obj)
        return obj

    def add_all(self, objs: Iterable[M]) -> None:
        self.session.add_all(list(objs))

    def get(self, key: Any) -> M | None:
        return self.session.get(self.model, key)

    def delete(self, obj: M) -> None:
        self.session.delete(obj)

    def count(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(self.model)) or 0)

    def bulk_insert(self, rows: Sequence[dict[str, Any]]) -> None:
        """Many rows in one executemany; for generated data and imports."""
        if rows:
            self.session.execute(self.model.__table__.insert(), list(rows))  # type: ignore[attr-defined]


class UserRepository(Repository[User]):
    model = User

    def by_email(self, email: str) -> User | None:
        """Emails compare case-insensitively."""
        return self.session.scalar(select(User).where(func.lower(User.email) == email.strip().lower()))

    def list(self, *, search: str = "", limit: int = 500, offset: int = 0) -> Sequence[User]:
        stmt = select(User).order_by(func.lower(User.email))
        if search:
            pattern = f"%{search.strip().lower()}%"
            stmt = stmt.where(func.lower(User.email).like(pattern) | func.lower(User.full_name).like(pattern))
        return self.session.scalars(stmt.limit(limit).offset(offset)).all()

    def count_active_admins(self) -> int:
        stmt = select(func.count()).select_from(User).where(User.role == "admin", User.is_active.is_(True))
        return int(self.session.scalar(stmt) or 0)


class ExamRepository(Repository[Exam]):
    model = Exam

    def list(self, *, status: str | None = None, limit: int = 500, offset: int = 0) -> Sequence[Exam]:
        stmt = select(Exam).order_by(Exam.created_at.desc(), Exam.id)
        if status:
            stmt = stmt.where(Exam.status == status)
        return self.session.scalars(stmt.limit(limit).offset(offset)).all()

    def refresh_question_count(self, exam_id: str) -> int:
        n = int(
            self.session.scalar(select(func.count()).select_from(Question).where(Question.exam_id == exam_id))
            or 0
        )
        self.session.execute(update(Exam).where(Exam.id == exam_id).values(total_questions=n))
        return n


class QuestionRepository(Repository[Question]):
    model = Question

    def for_exam(self, exam_id: str) -> Sequence[Question]:
        stmt = select(Question).where(Question.exam_id == exam_id).order_by(Question.order_index, Question.id)
        return self.session.scalars(stmt).all()


class AttemptRepository(Repository[ExamAttempt]):
    model = ExamAttempt

    def for_user(self, user_id: str) -> Sequence[ExamAttempt]:
        stmt = select(ExamAttempt).where(ExamAttempt.user_id == user_id).order_by(ExamAttempt.created_at)
        return self.session.scalars(stmt).all()

    def for_exam(self, exam_id: str) -> Sequence[ExamAttempt]:
        stmt = select(ExamAttempt).where(ExamAttempt.exam_id == exam_id).order_by(ExamAttempt.created_at)
        return self.session.scalars(stmt).all()


class _TokenRepository(Repository[M]):
    def by_token(self, token_hash: str) -> M | None:
        col = self.model.token  # type: ignore[attr-defined]
        return self.session.scalar(select(self.model).where(col == token_hash))

    def for_user(self, user_id: str) -> Sequence[M]:
        col = self.model.user_id  # type: ignore[attr-defined]
        return self.session.scalars(select(self.model).where(col == user_id)).all()

    def delete_for_user(self, user_id: str) -> int:
        col = self.model.user_id  # type: ignore[attr-defined]
        result = self.session.execute(delete(self.model).where(col == user_id))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def purge_expired(self, now: datetime) -> int:
        col = self.model.expires_at  # type: ignore[attr-defined]
        result = self.session.execute(delete(self.model).where(col < now))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


class RefreshTokenRepository(_TokenRepository[RefreshToken]):
    model = RefreshToken

    def claim(self, token_hash: str, now: datetime) -> bool:
        """Mark the token rotated if nobody has: True for exactly one of any racing callers."""
        stmt = (
            update(RefreshToken)
            .where(RefreshToken.token == token_hash, RefreshToken.rotated_at.is_(None))
            .values(rotated_at=now)
            .execution_options(synchronize_session=False)
        )
        return int(self.session.execute(stmt).rowcount or 0) == 1  # type: ignore[attr-defined]


class ThrottleRepository(Repository[LoginThrottle]):
    model = LoginThrottle

    def count_failure(self, email: str, now: datetime) -> int:
        """One more failed sign-in for `email`, counted by the database; the new count."""
        insert = postgresql.insert if self.session.get_bind().dialect.name == "postgresql" else sqlite.insert
        stmt = (
            insert(LoginThrottle)
            .values(email=email, failures=1, updated_at=now)
            .on_conflict_do_update(
                index_elements=[LoginThrottle.email],
                set_={"failures": LoginThrottle.failures + 1, "updated_at": now},
            )
            .returning(LoginThrottle.failures)
        )
        return int(self.session.execute(stmt).scalar_one())

    def lock_until(self, email: str, until: datetime) -> None:
        """Refuse sign-ins until `until`, never shortening a longer delay already set."""
        later = (LoginThrottle.locked_until.is_(None)) | (LoginThrottle.locked_until < until)
        stmt = update(LoginThrottle).where(LoginThrottle.email == email, later).values(locked_until=until)
        self.session.execute(stmt.execution_options(synchronize_session=False))

    def clear(self, email: str) -> None:
        self.session.execute(delete(LoginThrottle).where(LoginThrottle.email == email))


class EmailVerificationTokenRepository(_TokenRepository[EmailVerificationToken]):
    model = EmailVerificationToken


class MetaRepository(Repository[AppMeta]):
    model = AppMeta

    def value(self, key: str) -> str | None:
        row = self.get(key)
        return row.value if row else None

    def set(self, key: str, value: str) -> None:
        row = self.get(key)
        if row is None:
            self.add(AppMeta(key=key, value=value))
        else:
            row.value = value
