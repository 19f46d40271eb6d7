"""Accounts: one-time passwords, refresh-token rotation, and a persistent sign-in throttle.

Reason: an admin-set password must be changed at next sign-in, a reused rotated token must end
every session of its user, and the growing delay after failed sign-ins must survive a restart.

Revision ID: 0003_accounts
Revises: 0002_checks_tokens_meta
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_accounts"
down_revision: str | None = "0002_checks_tokens_meta"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("must_change_password", sa.Boolean, nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("refresh_tokens") as batch:
        batch.add_column(sa.Column("rotated_at", sa.DateTime(timezone=True)))
    op.create_table(
        "login_throttle",
        sa.Column("email", sa.String(255)),
        sa.Column("failures", sa.Integer, nullable=False, server_default=sa.text("0")),
        sa.Column("locked_until", sa.DateTime(timezone=True)),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
        sa.PrimaryKeyConstraint("email", name="login_throttle_pkey"),
    )


def downgrade() -> None:
    op.drop_table("login_throttle")
    with op.batch_alter_table("refresh_tokens") as batch:
        batch.drop_column("rotated_at")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("must_change_password")
