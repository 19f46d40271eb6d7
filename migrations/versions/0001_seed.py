"""The seed schema: the five tables of shared/seed's DDL, exactly as it gives them.

Reason: the baseline that a database made by the earlier web version is stamped at when adopted.

Revision ID: 0001_seed
Revises:
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_seed"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def _stamps(*, updated: bool = True) -> list[sa.Column[object]]:
    cols: list[sa.Column[object]] = [sa.Column("created_at", TS, server_default=sa.func.now())]
    if updated:
        cols.append(sa.Column("updated_at", TS, server_default=sa.func.now()))
    return cols


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("email", sa.String(255), nullable=False),
        sa.Column("hashed_password", sa.String(255), nullable=False),
        sa.Column("full_name", sa.String(255)),
        sa.Column("email_verified", sa.Boolean, server_default=sa.false()),
        sa.Column("email_verification_token", sa.String(255)),
        sa.Column("password_reset_token", sa.String(255)),
        sa.Column("password_reset_expires", TS),
        sa.Column("last_login", TS),
        sa.Column("is_active", sa.Boolean, server_default=sa.true()),
        sa.Column("role", sa.String(20), server_default=sa.text("'user'")),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name="users_pkey"),
        sa.UniqueConstraint("email", name="users_email_key"),
    )
    op.create_index("idx_users_email", "users", ["email"])
    op.create_index("idx_users_role", "users", ["role"])
    op.create_index("idx_users_active", "users", ["is_active"])

    op.create_table(
        "exams",
        sa.Column("id", sa.String(36)),
        sa.Column("title", sa.String(255), nullable=False),
        sa.Column("description", sa.Text),
        sa.Column("duration_minutes", sa.Integer),
        sa.Column("total_questions", sa.Integer, server_default=sa.text("0")),
        sa.Column("passing_score", sa.Integer),
        sa.Column("status", sa.String(20), server_default=sa.text("'draft'")),
        sa.Column("is_public", sa.Boolean, server_default=sa.false()),
        sa.Column("source_file_id", sa.String(255)),
        sa.Column("source_file_name", sa.String(255)),
        sa.Column("generation_method", sa.String(50)),
        sa.Column("legacy_id", sa.Integer),
        sa.Column("legacy_file_name", sa.String(255)),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name="exams_pkey"),
    )
    op.create_index("idx_exams_title", "exams", ["title"])
    op.create_index("idx_exams_status", "exams", ["status"])
    op.create_index("idx_exams_public", "exams", ["is_public"])
    op.create_index("idx_exams_created", "exams", ["created_at"])

    op.create_table(
        "questions",
        sa.Column("id", sa.String(36)),
        sa.Column("exam_id", sa.String(36)),
        sa.Column("question_text", sa.Text, nullable=False),
        sa.Column("question_type", sa.String(50), server_default=sa.text("'multiple_choice'")),
        sa.Column("options", sa.JSON, nullable=False),
        sa.Column("correct_answer", sa.String(10), nullable=False),
        sa.Column("explanation", sa.Text),
        sa.Column("difficulty", sa.String(10), server_default=sa.text("'medium'")),
        sa.Column("order_index", sa.Integer, server_default=sa.text("0")),
        sa.Column("points", sa.Integer, server_default=sa.text("1")),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name="questions_pkey"),
        sa.ForeignKeyConstraint(["exam_id"], ["exams.id"], name="questions_exam_id_fkey", ondelete="CASCADE"),
    )
    op.create_index("idx_questions_exam_id", "questions", ["exam_id"])
    op.create_index("idx_questions_difficulty", "questions", ["difficulty"])
    op.create_index("idx_questions_order", "questions", ["exam_id", "order_index"])

    op.create_table(
        "exam_attempts",
        sa.Column("id", sa.String(36)),
        sa.Column("user_id", sa.String(36)),
        sa.Column("exam_id", sa.String(36)),
        sa.Column("start_time", TS),
        sa.Column("end_time", TS),
        sa.Column("score", sa.Integer),
        sa.Column("answers", sa.JSON),
        *_stamps(updated=False),
        sa.PrimaryKeyConstraint("id", name="exam_attempts_pkey"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="exam_attempts_user_id_fkey"),
        sa.ForeignKeyConstraint(["exam_id"], ["exams.id"], name="exam_attempts_exam_id_fkey"),
    )
    op.create_index("idx_attempts_user_id", "exam_attempts", ["user_id"])
    op.create_index("idx_attempts_exam_id", "exam_attempts", ["exam_id"])
    op.create_index("idx_attempts_score", "exam_attempts", ["score"])
    op.create_index("idx_attempts_created", "exam_attempts", ["created_at"])

    op.create_table(
        "refresh_tokens",
        sa.Column("id", sa.String(36)),
        sa.Column("user_id", sa.String(36)),
        sa.Column("token", sa.String(255), nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        *_stamps(updated=False),
        sa.PrimaryKeyConstraint("id", name="refresh_tokens_pkey"),
        sa.UniqueConstraint("token", name="refresh_tokens_token_key"),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="refresh_tokens_user_id_fkey", ondelete="CASCADE"
        ),
    )
    op.create_index("idx_refresh_tokens_user_id", "refresh_tokens", ["user_id"])
    op.create_index("idx_refresh_tokens_token", "refresh_tokens", ["token"])
    op.create_index("idx_refresh_tokens_expires", "refresh_tokens", ["expires_at"])


def downgrade() -> None:
    for table in ("refresh_tokens", "exam_attempts", "questions", "exams", "users"):
        op.drop_table(table)
