"""Full-text search of exams and questions; attempts outlive a deleted exam.

Reason: the library searches titles, descriptions and question text as you type (SQLite FTS5
kept in step by triggers, so bulk inserts are indexed too; GIN expression indexes on
PostgreSQL), and deleting an exam must keep its attempts (exam_id set to NULL), as it keeps a
deleted user's.

Any later revision that rebuilds `exams` or `questions` (batch mode on SQLite) drops their
triggers with the old table: it must call `create_sqlite_search(rebuild=True)` again.

Revision ID: 0004_search_and_kept_attempts
Revises: 0003_accounts
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004_search_and_kept_attempts"
down_revision: str | None = "0003_accounts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAMING = {"fk": "%(table_name)s_%(column_0_name)s_fkey"}
# The plain-text fallback of an HTML question is kept in options.plain_text by the app.
Q_BODY = "coalesce(json_extract({row}.options, '$.plain_text'), {row}.question_text)"
E_BODY = "{row}.title || ' ' || coalesce({row}.description, '')"

SQLITE_SEARCH = [
    "CREATE VIRTUAL TABLE exams_fts USING fts5(body, tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    "CREATE VIRTUAL TABLE questions_fts USING fts5(exam_id UNINDEXED, body, "
    "tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    f"CREATE TRIGGER exams_fts_ai AFTER INSERT ON exams BEGIN "
    f"INSERT INTO exams_fts(rowid, body) VALUES (new.rowid, {E_BODY.format(row='new')}); END",
    "CREATE TRIGGER exams_fts_ad AFTER DELETE ON exams BEGIN DELETE FROM exams_fts WHERE rowid = old.rowid; END",
    f"CREATE TRIGGER exams_fts_au AFTER UPDATE OF title, description ON exams BEGIN "
    f"UPDATE exams_fts SET body = {E_BODY.format(row='new')} WHERE rowid = new.rowid; END",
    f"CREATE TRIGGER questions_fts_ai AFTER INSERT ON questions BEGIN "
    f"INSERT INTO questions_fts(rowid, exam_id, body) VALUES (new.rowid, new.exam_id, {Q_BODY.format(row='new')}); END",
    "CREATE TRIGGER questions_fts_ad AFTER DELETE ON questions BEGIN "
    "DELETE FROM questions_fts WHERE rowid = old.rowid; END",
    f"CREATE TRIGGER questions_fts_au AFTER UPDATE OF question_text, options, exam_id ON questions BEGIN "
    f"UPDATE questions_fts SET exam_id = new.exam_id, body = {Q_BODY.format(row='new')} WHERE rowid = new.rowid; END",
]
SQLITE_REBUILD = [
    "DELETE FROM exams_fts",
    f"INSERT INTO exams_fts(rowid, body) SELECT rowid, {E_BODY.format(row='exams')} FROM exams",
    "DELETE FROM questions_fts",
    f"INSERT INTO questions_fts(rowid, exam_id, body) SELECT rowid, exam_id, {Q_BODY.format(row='questions')} "
    "FROM questions",
]
PG_SEARCH = [
    "CREATE INDEX fts_exams ON exams USING gin "
    "(to_tsvector('simple', title || ' ' || coalesce(description, '')))",
    "CREATE INDEX fts_questions ON questions USING gin "
    "(to_tsvector('simple', coalesce(options->>'plain_text', question_text)))",
]


def create_sqlite_search(rebuild: bool = True) -> None:
    for stmt in SQLITE_SEARCH:
        op.execute(stmt)
    if rebuild:
        for stmt in SQLITE_REBUILD:
            op.execute(stmt)


def upgrade() -> None:
    with op.batch_alter_table("exam_attempts", naming_convention=NAMING) as batch:
        batch.drop_constraint("exam_attempts_exam_id_fkey", type_="foreignkey")
        batch.create_foreign_key(
            "exam_attempts_exam_id_fkey", "exams", ["exam_id"], ["id"], ondelete="SET NULL"
        )
    if op.get_bind().dialect.name == "sqlite":
        create_sqlite_search()
    else:
        for stmt in PG_SEARCH:
            op.execute(stmt)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("exams_fts", "questions_fts"):
            op.execute(f"DROP TABLE {name}")  # its triggers go with the source tables' below
        for trig in (
            "exams_fts_ai",
            "exams_fts_ad",
            "exams_fts_au",
            "questions_fts_ai",
            "questions_fts_ad",
            "questions_fts_au",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {trig}")
    else:
        op.execute("DROP INDEX fts_questions")
        op.execute("DROP INDEX fts_exams")
    with op.batch_alter_table("exam_attempts", naming_convention=NAMING) as batch:
        batch.drop_constraint("exam_attempts_exam_id_fkey", type_="foreignkey")
        batch.create_foreign_key("exam_attempts_exam_id_fkey", "exams", ["exam_id"], ["id"])
