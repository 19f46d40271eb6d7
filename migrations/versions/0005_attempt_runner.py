"""What the exam runner needs to resume an attempt exactly and to review it later.

Reason: an attempt must survive a crash with its order, answers, flags and time (mode, status,
order_seed and layout, flags, elapsed_seconds with checkpoint_at and time_limit_seconds,
question_seconds, revision as the save acknowledgement), keep its result readable if the exam is
deleted (exam_title, passed, finish_reason, manual_marks for essays), and an exam may keep its
authored order (exams.shuffle_questions). Attempts adopted from the web version were finished:
their status defaults to 'submitted'.

Revision ID: 0005_attempt_runner
Revises: 0004_search_and_kept_attempts
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_attempt_runner"
down_revision: str | None = "0004_search_and_kept_attempts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)
COLUMNS = [
    sa.Column("mode", sa.String(10), nullable=False, server_default=sa.text("'exam'")),
    sa.Column("status", sa.String(20), nullable=False, server_default=sa.text("'submitted'")),
    sa.Column("order_seed", sa.BigInteger),
    sa.Column("layout", sa.JSON),
    sa.Column("flags", sa.JSON),
    sa.Column("elapsed_seconds", sa.Float, nullable=False, server_default=sa.text("0")),
    sa.Column("checkpoint_at", TS),
    sa.Column("time_limit_seconds", sa.Integer),
    sa.Column("question_seconds", sa.JSON),
    sa.Column("manual_marks", sa.JSON),
    sa.Column("exam_title", sa.String(255)),
    sa.Column("passed", sa.Boolean),
    sa.Column("finish_reason", sa.String(20)),
    sa.Column("revision", sa.Integer, nullable=False, server_default=sa.text("0")),
]


def upgrade() -> None:
    with op.batch_alter_table("exam_attempts") as batch:
        for column in COLUMNS:
            batch.add_column(column)
        batch.create_check_constraint("ck_exam_attempts_mode", "mode IN ('exam', 'practice')")
        batch.create_check_constraint(
            "ck_exam_attempts_status", "status IN ('in_progress', 'submitted', 'pending')"
        )
    op.create_index("idx_attempts_user_status", "exam_attempts", ["user_id", "status"])
    op.execute(
        "UPDATE exam_attempts SET exam_title = (SELECT title FROM exams WHERE exams.id = exam_attempts.exam_id)"
    )
    # exams is not rebuilt (add_column needs no copy on SQLite), so the search triggers of 0004 stay.
    op.add_column(
        "exams", sa.Column("shuffle_questions", sa.Boolean, nullable=False, server_default=sa.true())
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite 3.35+ drops a plain column in place, so the search triggers on exams survive.
        op.execute("ALTER TABLE exams DROP COLUMN shuffle_questions")
    else:
        op.drop_column("exams", "shuffle_questions")
    op.drop_index("idx_attempts_user_status", "exam_attempts")
    with op.batch_alter_table("exam_attempts") as batch:
        batch.drop_constraint("ck_exam_attempts_status", type_="check")
        batch.drop_constraint("ck_exam_attempts_mode", type_="check")
        for column in reversed(COLUMNS):
            batch.drop_column(column.name)
