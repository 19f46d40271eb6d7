"""Typed SQLAlchemy 2 models of the seed's six tables (shared/seed/000_*.txt) and our additions.

Names, columns, types, defaults, NOT NULL / UNIQUE constraints and every index the seed lists
are kept, so a database made from the seed DDL can be adopted as it is. What we add beyond the
seed (CHECK constraints, the email_verification_tokens table the diagram draws but the DDL
omits, `app_meta`) comes in Alembic revisions whose docstrings give the reason.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    false,
    func,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from examhub_desktop.core.exam_rules import GRADING_METHODS
from examhub_desktop.core.question import Difficulty, QuestionType
from examhub_desktop.db.quick import stored_utc

ROLES = ("user", "admin")
EXAM_STATUSES = ("draft", "published", "archived")


def new_id() -> str:
    """Ids are lowercase 36-character UUID strings made by the client."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """TIMESTAMP WITH TIME ZONE that always hands back aware UTC datetimes.

    SQLite has no time zone type: values are stored as UTC text and given tzinfo on the way
    out, so code never compares naive and aware datetimes.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return stored_utc(value)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


# Constraint names follow PostgreSQL's own defaults, so that the unnamed constraints of a
# database made from the seed DDL have the names our migrations refer to.
NAMING_CONVENTION = {
    "pk": "%(table_name)s_pkey",
    "uq": "%(table_name)s_%(column_0_name)s_key",
    "fk": "%(table_name)s_%(column_0_name)s_fkey",
    "ix": "ix_%(table_name)s_%(column_0_name)s",
}
metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Base(DeclarativeBase):
    metadata = metadata


def _created() -> Mapped[datetime]:
    return mapped_column(UTCDateTime(), default=utcnow, server_default=func.now())


def _updated() -> Mapped[datetime]:
    return mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow, server_default=func.now())


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        Index("idx_users_email", "email"),
        Index("idx_users_role", "role"),
        Index("idx_users_active", "is_active"),
        CheckConstraint(_in("role", ROLES), name="ck_users_role"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    email: Mapped[str] = mapped_column(String(255), unique=True, nullable=False)
    # Deferred: on a school server an administrator may not read the secret columns (column
    # privileges, db/server_access.py), so a plain select of users must not name them.
    hashed_password: Mapped[str] = mapped_column(String(255), nullable=False, deferred=True)
    full_name: Mapped[str | None] = mapped_column(String(255))
    email_verified: Mapped[bool | None] = mapped_column(Boolean, default=False, server_default=false())
    email_verification_token: Mapped[str | None] = mapped_column(String(255), deferred=True)
    password_reset_token: Mapped[str | None] = mapped_column(String(255), deferred=True)
    password_reset_expires: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_login: Mapped[datetime | None] = mapped_column(UTCDateTime())
    is_active: Mapped[bool | None] = mapped_column(Boolean, default=True, server_default=true())
    role: Mapped[str | None] = mapped_column(String(20), default="user", server_default=text("'user'"))
    created_at: Mapped[datetime | None] = _created()
    updated_at: Mapped[datetime | None] = _updated()
    # 0003: set when an administrator gave a one-time password
    must_change_password: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )


class Exam(Base):
    __tablename__ = "exams"
    __table_args__ = (
        Index("idx_exams_title", "title"),
        Index("idx_exams_status", "status"),
        Index("idx_exams_public", "is_public"),
        Index("idx_exams_created", "created_at"),
        CheckConstraint(_in("status", EXAM_STATUSES), name="ck_exams_status"),
        CheckConstraint(_in("grading_method", GRADING_METHODS), name="ck_exams_grading_method"),
        CheckConstraint("max_attempts IS NULL OR max_attempts > 0", name="ck_exams_max_attempts"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(String(255), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    total_questions: Mapped[int | None] = mapped_column(Integer, default=0, server_default=text("0"))
    passing_score: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str | None] = mapped_column(String(20), default="draft", server_default=text("'draft'"))
    is_public: Mapped[bool | None] = mapped_column(Boolean, default=False, server_default=false())
    source_file_id: Mapped[str | None] = mapped_column(String(255))
    source_file_name: Mapped[str | None] = mapped_column(String(255))
    generation_method: Mapped[str | None] = mapped_column(String(50))
    legacy_id: Mapped[int | None] = mapped_column(Integer)
    legacy_file_name: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime | None] = _created()
    updated_at: Mapped[datetime | None] = _updated()
    # 0005: False keeps the authored question order in every attempt
    shuffle_questions: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=True, server_default=true()
    )
    # 0006: how students may take it (core/exam_rules.py)
    max_attempts: Mapped[int | None] = mapped_column(Integer)
    grading_method: Mapped[str] = mapped_column(
        String(10), nullable=False, default="highest", server_default=text("'highest'")
    )
    practice_allowed: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=True, server_default=true()
    )
    review_options: Mapped[Any | None] = mapped_column(JSON)
    fullscreen: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default=false())
    opens_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closes_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ExamExtraTime(Base):
    """Extra time for a named student on one exam (access arrangements), as a multiplier (0006)."""

    __tablename__ = "exam_extra_time"
    __table_args__ = (
        CheckConstraint(
            "time_multiplier >= 1 AND time_multiplier <= 5", name="ck_exam_extra_time_multiplier"
        ),
        Index("idx_exam_extra_time_user_id", "user_id"),
    )

    exam_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("exams.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    time_multiplier: Mapped[float] = mapped_column(Float, nullable=False)


class Question(Base):
    __tablename__ = "questions"
    __table_args__ = (
        Index("idx_questions_exam_id", "exam_id"),
        Index("idx_questions_difficulty", "difficulty"),
        Index("idx_questions_order", "exam_id", "order_index"),
        CheckConstraint(
            _in("difficulty", tuple(d.value for d in Difficulty)), name="ck_questions_difficulty"
        ),
        CheckConstraint(
            _in("question_type", tuple(t.value for t in QuestionType)), name="ck_questions_question_type"
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    exam_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("exams.id", ondelete="CASCADE"))
    question_text: Mapped[str] = mapped_column(Text, nullable=False)
    question_type: Mapped[str | None] = mapped_column(
        String(50), default="multiple_choice", server_default=text("'multiple_choice'")
    )
    options: Mapped[Any] = mapped_column(JSON, nullable=False)
    correct_answer: Mapped[str] = mapped_column(String(10), nullable=False)
    explanation: Mapped[str | None] = mapped_column(Text)
    difficulty: Mapped[str | None] = mapped_column(
        String(10), default="medium", server_default=text("'medium'")
    )
    order_index: Mapped[int | None] = mapped_column(Integer, default=0, server_default=text("0"))
    points: Mapped[int | None] = mapped_column(Integer, default=1, server_default=text("1"))
    created_at: Mapped[datetime | None] = _created()
    updated_at: Mapped[datetime | None] = _updated()


ATTEMPT_MODES = ("exam", "practice")
ATTEMPT_STATUSES = ("in_progress", "submitted", "pending")  # pending: an essay awaits its mark


class ExamAttempt(Base):
    __tablename__ = "exam_attempts"
    __table_args__ = (
        Index("idx_attempts_user_id", "user_id"),
        Index("idx_attempts_exam_id", "exam_id"),
        Index("idx_attempts_score", "score"),
        Index("idx_attempts_created", "created_at"),
        Index("idx_attempts_user_status", "user_id", "status"),
        CheckConstraint(_in("mode", ATTEMPT_MODES), name="ck_exam_attempts_mode"),
        CheckConstraint(_in("status", ATTEMPT_STATUSES), name="ck_exam_attempts_status"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    user_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("users.id", ondelete="SET NULL"))
    exam_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("exams.id", ondelete="SET NULL"))
    start_time: Mapped[datetime | None] = mapped_column(UTCDateTime())
    end_time: Mapped[datetime | None] = mapped_column(UTCDateTime())
    score: Mapped[int | None] = mapped_column(Integer)
    answers: Mapped[Any | None] = mapped_column(JSON)
    created_at: Mapped[datetime | None] = _created()
    # 0005: what resuming exactly and reviewing need (see the migration's docstring)
    mode: Mapped[str] = mapped_column(
        String(10), nullable=False, default="exam", server_default=text("'exam'")
    )
    status: Mapped[str] = mapped_column(
        String(20), nullable=False, default="submitted", server_default=text("'submitted'")
    )
    order_seed: Mapped[int | None] = mapped_column(BigInteger)
    layout: Mapped[Any | None] = mapped_column(JSON)
    flags: Mapped[Any | None] = mapped_column(JSON)
    elapsed_seconds: Mapped[float] = mapped_column(
        Float, nullable=False, default=0.0, server_default=text("0")
    )
    checkpoint_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    time_limit_seconds: Mapped[int | None] = mapped_column(Integer)
    question_seconds: Mapped[Any | None] = mapped_column(JSON)
    manual_marks: Mapped[Any | None] = mapped_column(JSON)
    exam_title: Mapped[str | None] = mapped_column(String(255))
    passed: Mapped[bool | None] = mapped_column(Boolean)
    finish_reason: Mapped[str | None] = mapped_column(String(20))
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default=text("0"))
    # 0006: each time a full-screen attempt's window lost the focus: [[left at (ISO), seconds], ...]
    away: Mapped[Any | None] = mapped_column(JSON)


class RefreshToken(Base):
    __tablename__ = "refresh_tokens"
    __table_args__ = (
        Index("idx_refresh_tokens_user_id", "user_id"),
        Index("idx_refresh_tokens_token", "token"),
        Index("idx_refresh_tokens_expires", "expires_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    user_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("users.id", ondelete="CASCADE"))
    token: Mapped[str] = mapped_column(String(255), unique=True, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    created_at: Mapped[datetime | None] = _created()
    # 0003: a rotated token is kept until it expires, so that its reuse can be detected
    rotated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class EmailVerificationToken(Base):
    __tablename__ = "email_verification_tokens"
    __table_args__ = (
        Index("idx_email_verification_tokens_user_id", "user_id"),
        Index("idx_email_verification_tokens_expires", "expires_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    user_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("users.id", ondelete="CASCADE"))
    token: Mapped[str] = mapped_column(String(255), unique=True, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    created_at: Mapped[datetime | None] = _created()


class LoginThrottle(Base):
    """Failed sign-ins per e-mail address, so the growing delay survives a restart (0003)."""

    __tablename__ = "login_throttle"

    email: Mapped[str] = mapped_column(String(255), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default=text("0"))
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime | None] = _updated()


class AppMeta(Base):
    """Key/value facts about the database itself, e.g. which app version last migrated it."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
