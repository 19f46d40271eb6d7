"""How students may take an exam: attempts, grading method, practice, review options,
full-screen mode, opening and closing times, extra time per student; the times a full-screen
attempt's window was left.

Reason: a teacher sets these per exam (core/exam_rules.py) and the attempt service enforces
them. Existing exams keep today's behaviour: unlimited attempts, highest grade counts, practice
offered, the whole review right after the attempt, not full-screen, always open.

Revision ID: 0006_exam_rules
Revises: 0005_attempt_runner
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_exam_rules"
down_revision: str | None = "0005_attempt_runner"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)
CHECKS = {
    "grading_method": (
        "ck_exams_grading_method",
        "grading_method IN ('highest', 'first', 'last', 'average')",
    ),
    "max_attempts": ("ck_exams_max_attempts", "max_attempts IS NULL OR max_attempts > 0"),
}


def exam_columns(*, with_checks: bool) -> list[sa.Column[object]]:
    """The new exams columns; `with_checks`: each with its CHECK as a column constraint."""

    def checked(name: str) -> list[sa.CheckConstraint]:
        if not with_checks or name not in CHECKS:
            return []
        return [sa.CheckConstraint(CHECKS[name][1], name=CHECKS[name][0])]

    return [
        sa.Column("max_attempts", sa.Integer, *checked("max_attempts")),
        sa.Column(
            "grading_method",
            sa.String(10),
            *checked("grading_method"),
            nullable=False,
            server_default=sa.text("'highest'"),
        ),
        sa.Column("practice_allowed", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("review_options", sa.JSON),
        sa.Column("fullscreen", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("opens_at", TS),
        sa.Column("closes_at", TS),
    ]


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    # exams is not rebuilt on SQLite (a rebuild would drop the search triggers of 0004): plain
    # ADD COLUMN, whose CHECK SQLite keeps as a column constraint.
    for column in exam_columns(with_checks=sqlite):
        op.add_column("exams", column)
    if not sqlite:
        for name, sql in CHECKS.values():
            op.create_check_constraint(name, "exams", sql)
    op.create_table(
        "exam_extra_time",
        sa.Column("exam_id", sa.String(36), sa.ForeignKey("exams.id", ondelete="CASCADE"), nullable=False),
        sa.Column("user_id", sa.String(36), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("time_multiplier", sa.Float, nullable=False),
        sa.PrimaryKeyConstraint("exam_id", "user_id", name="exam_extra_time_pkey"),
        sa.CheckConstraint(
            "time_multiplier >= 1 AND time_multiplier <= 5", name="ck_exam_extra_time_multiplier"
        ),
    )
    op.create_index("idx_exam_extra_time_user_id", "exam_extra_time", ["user_id"])
    op.add_column("exam_attempts", sa.Column("away", sa.JSON))


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute("ALTER TABLE exam_attempts DROP COLUMN away")
    else:
        op.drop_column("exam_attempts", "away")
    op.drop_index("idx_exam_extra_time_user_id", "exam_extra_time")
    op.drop_table("exam_extra_time")
    if not sqlite:
        for name, _sql in CHECKS.values():
            op.drop_constraint(name, "exams", type_="check")
    for column in reversed(exam_columns(with_checks=False)):
        if sqlite:
            # SQLite 3.35+ drops a column in place, its own CHECK with it; the search triggers
            # on exams survive.
            op.execute(f"ALTER TABLE exams DROP COLUMN {column.name}")
        else:
            op.drop_column("exams", column.name)
