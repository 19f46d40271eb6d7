"""CHECK constraints, attempts kept when a user is deleted, email verification tokens, app_meta.

Reason: the seed's text asks for enum checks, SET NULL on a deleted user's attempts and the
email_verification_tokens table its diagram draws (its DDL omits all three); app_meta records
which app version wrote the database so a newer one can be named when we refuse it. Rows of an
adopted web-version database are normalised first (upper-case enums, legacy options shapes) so
the checks hold and every question reads through the one question model.

Revision ID: 0002_checks_tokens_meta
Revises: 0001_seed
Create Date: 2026-11-26
"""

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0002_checks_tokens_meta"
down_revision: str | None = "0001_seed"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAMING = {
    "pk": "%(table_name)s_pkey",
    "uq": "%(table_name)s_%(column_0_name)s_key",
    "fk": "%(table_name)s_%(column_0_name)s_fkey",
}
ROLES = ("user", "admin")
STATUSES = ("draft", "published", "archived")
DIFFICULTIES = ("easy", "medium", "hard")
TYPES = (
    "multiple_choice",
    "multiple_response",
    "true_false",
    "short_answer",
    "numerical",
    "matching",
    "essay",
    "description",
)
TYPE_ALIASES = {
    "mcq": "multiple_choice",
    "single_choice": "multiple_choice",
    "multichoice": "multiple_choice",
    "multiple_answer": "multiple_response",
    "multiple_answers": "multiple_response",
    "multi_select": "multiple_response",
    "checkbox": "multiple_response",
    "tf": "true_false",
    "truefalse": "true_false",
    "boolean": "true_false",
    "short": "short_answer",
    "shortanswer": "short_answer",
    "numeric": "numerical",
    "number": "numerical",
}
LETTERS = "ABCDEFGHIJ"


def _in(column: str, values: Sequence[str]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _normalise_enum(table: str, column: str, allowed: Sequence[str], fallback: str) -> None:
    op.execute(f"UPDATE {table} SET {column} = lower(trim({column})) WHERE {column} IS NOT NULL")
    op.execute(
        f"UPDATE {table} SET {column} = '{fallback}' WHERE {column} IS NOT NULL AND NOT {_in(column, allowed)}"
    )


def _legacy_options(qtype: str, options: Any, correct: str) -> tuple[dict[str, Any], str] | None:
    """The web version's option list / letter map as our options object; None if already ours."""
    if isinstance(options, dict) and not all(isinstance(k, str) and k.upper() in LETTERS for k in options):
        return None
    if isinstance(options, dict):
        items = sorted((str(k).upper(), str(v)) for k, v in options.items())
    elif isinstance(options, list):
        items = [(LETTERS[i], str(v)) for i, v in enumerate(options[: len(LETTERS)])]
    else:
        return None
    right = {ch for ch in (correct or "").upper() if ch in LETTERS}
    if qtype == "true_false":
        chosen = [text for letter, text in items if letter in right]
        value = (chosen[0] if chosen else correct or "").strip().lower() in ("true", "t", "yes")
        return (
            {"version": 1, "format": "plain", "correct": value, "true_feedback": "", "false_feedback": ""},
            "true" if value else "false",
        )
    share = 1.0 / max(1, len(right))
    choices = [
        {"text": text, "fraction": share if letter in right else 0.0, "feedback": ""}
        for letter, text in items
    ]
    letters = "".join(letter for letter, _ in items if letter in right)
    return {"version": 1, "format": "plain", "choices": choices, "shuffle": True}, letters[:10]


def _normalise_questions() -> None:
    bind = op.get_bind()
    op.execute("UPDATE questions SET question_type = 'multiple_choice' WHERE question_type IS NULL")
    rows = bind.execute(sa.text("SELECT id, question_type, options, correct_answer FROM questions")).all()
    updates: list[dict[str, Any]] = []
    for qid, raw_type, raw_options, correct in rows:
        qtype = str(raw_type).strip().lower().replace("-", "_").replace(" ", "_")
        qtype = TYPE_ALIASES.get(qtype, qtype)
        options = json.loads(raw_options) if isinstance(raw_options, str) else raw_options
        if qtype not in TYPES:
            qtype = "multiple_choice"
        if qtype not in ("multiple_choice", "multiple_response", "true_false") and isinstance(options, list):
            qtype = "multiple_choice"
        if qtype == "multiple_choice" and len({c for c in (correct or "").upper() if c in LETTERS}) > 1:
            qtype = "multiple_response"
        converted = _legacy_options(qtype, options, correct or "")
        if converted is None and qtype == str(raw_type):
            continue
        new_options, new_correct = converted if converted is not None else (options, correct)
        updates.append({"id": qid, "t": qtype, "o": json.dumps(new_options), "c": new_correct})
    if updates:
        cast = "CAST(:o AS JSON)" if bind.dialect.name == "postgresql" else ":o"
        bind.execute(
            sa.text(
                f"UPDATE questions SET question_type = :t, options = {cast}, correct_answer = :c WHERE id = :id"
            ),
            updates,
        )


def upgrade() -> None:
    bind = op.get_bind()
    _normalise_enum("users", "role", ROLES, "user")
    _normalise_enum("exams", "status", STATUSES, "draft")
    _normalise_enum("questions", "difficulty", DIFFICULTIES, "medium")
    _normalise_questions()

    with op.batch_alter_table("users", naming_convention=NAMING) as batch:
        batch.create_check_constraint("ck_users_role", _in("role", ROLES))
    with op.batch_alter_table("exams", naming_convention=NAMING) as batch:
        batch.create_check_constraint("ck_exams_status", _in("status", STATUSES))
    with op.batch_alter_table("questions", naming_convention=NAMING) as batch:
        batch.create_check_constraint("ck_questions_difficulty", _in("difficulty", DIFFICULTIES))
        batch.create_check_constraint("ck_questions_question_type", _in("question_type", TYPES))
    # Attempts outlive their user (seed: "User deleted -> ExamAttempts preserved: SET NULL").
    with op.batch_alter_table("exam_attempts", naming_convention=NAMING) as batch:
        batch.drop_constraint("exam_attempts_user_id_fkey", type_="foreignkey")
        batch.create_foreign_key(
            "exam_attempts_user_id_fkey", "users", ["user_id"], ["id"], ondelete="SET NULL"
        )

    if not sa.inspect(bind).has_table("email_verification_tokens"):
        op.create_table(
            "email_verification_tokens",
            sa.Column("id", sa.String(36)),
            sa.Column("user_id", sa.String(36)),
            sa.Column("token", sa.String(255), nullable=False),
            sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
            sa.PrimaryKeyConstraint("id", name="email_verification_tokens_pkey"),
            sa.UniqueConstraint("token", name="email_verification_tokens_token_key"),
            sa.ForeignKeyConstraint(
                ["user_id"], ["users.id"], name="email_verification_tokens_user_id_fkey", ondelete="CASCADE"
            ),
        )
    op.create_index(
        "idx_email_verification_tokens_user_id", "email_verification_tokens", ["user_id"], if_not_exists=True
    )
    op.create_index(
        "idx_email_verification_tokens_expires",
        "email_verification_tokens",
        ["expires_at"],
        if_not_exists=True,
    )
    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(64)),
        sa.Column("value", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("key", name="app_meta_pkey"),
    )


def downgrade() -> None:
    op.drop_table("app_meta")
    op.drop_table("email_verification_tokens")
    with op.batch_alter_table("exam_attempts", naming_convention=NAMING) as batch:
        batch.drop_constraint("exam_attempts_user_id_fkey", type_="foreignkey")
        batch.create_foreign_key("exam_attempts_user_id_fkey", "users", ["user_id"], ["id"])
    with op.batch_alter_table("questions", naming_convention=NAMING) as batch:
        batch.drop_constraint("ck_questions_question_type", type_="check")
        batch.drop_constraint("ck_questions_difficulty", type_="check")
    with op.batch_alter_table("exams", naming_convention=NAMING) as batch:
        batch.drop_constraint("ck_exams_status", type_="check")
    with op.batch_alter_table("users", naming_convention=NAMING) as batch:
        batch.drop_constraint("ck_users_role", type_="check")
