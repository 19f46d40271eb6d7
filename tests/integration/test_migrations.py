"""Migrations on both dialects: from empty, adopting a seed-schema database, down and up again."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from examhub_desktop.core.question import QuestionType, from_row, validate
from examhub_desktop.db.engine import location_for, make_engine
from examhub_desktop.db.migrate import HEAD_REVISION, REVISIONS, alembic_config, current_state
from examhub_desktop.db.models import metadata
from examhub_desktop.services.app import open_app
from tests.conftest import FIXTURES


def seed_ddl(dialect: str) -> list[str]:
    """The seed's DDL statements; SQLite spells NOW() as CURRENT_TIMESTAMP."""
    sql = (FIXTURES / "seed_schema.sql").read_text(encoding="utf-8")
    sql = "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))
    if dialect == "sqlite":
        sql = sql.replace("DEFAULT NOW()", "DEFAULT CURRENT_TIMESTAMP")
    return [s.strip() for s in sql.split(";") if s.strip()]


def make_seed_database(url: str) -> None:
    """What the earlier web version left behind: seed DDL and rows in its legacy shapes."""
    engine = create_engine(url)
    with engine.begin() as conn:
        for stmt in seed_ddl(conn.dialect.name):
            conn.exec_driver_sql(stmt)
        conn.execute(
            text(
                "INSERT INTO users (id, email, hashed_password, full_name, role, is_active) VALUES "
                "('u-teacher', 'Teacher@School.org', '$argon2id$legacy', 'T. Eacher', 'ADMIN', TRUE),"
                "('u-student', 'student@school.org', '$argon2id$legacy', 'S. Tudent', 'USER', TRUE)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO exams (id, title, status, passing_score, total_questions, is_public) VALUES "
                "('e-1', 'Legacy geography', 'PUBLISHED', 60, 3, TRUE)"
            )
        )
        rows = [
            (
                "q-1",
                "Capital of France?",
                json.dumps(["Berlin", "Paris", "Rome", "Madrid"]),
                "B",
                "MEDIUM",
                None,
            ),
            (
                "q-2",
                "Largest ocean?",
                json.dumps({"A": "Atlantic", "B": "Pacific", "C": "Indian"}),
                "B",
                "Hard",
                None,
            ),
            ("q-3", "The Nile is in Africa.", json.dumps(["True", "False"]), "A", "easy", "true_false"),
        ]
        for i, (qid, qtext, options, correct, difficulty, qtype) in enumerate(rows):
            conn.execute(
                text(
                    "INSERT INTO questions (id, exam_id, question_text, options, correct_answer, difficulty, "
                    "order_index, question_type) VALUES (:id, 'e-1', :t, :o, :c, :d, :i, "
                    "COALESCE(:qt, 'multiple_choice'))"
                ),
                {"id": qid, "t": qtext, "o": options, "c": correct, "d": difficulty, "i": i, "qt": qtype},
            )
        conn.execute(
            text(
                "INSERT INTO exam_attempts (id, user_id, exam_id, start_time, score, answers) VALUES "
                "('a-1', 'u-student', 'e-1', :t, 66, :ans)"
            ),
            {"t": datetime(2025, 5, 1, 9, 0, tzinfo=UTC), "ans": json.dumps({"q-1": "B"})},
        )
        conn.execute(
            text(
                "INSERT INTO refresh_tokens (id, user_id, token, expires_at) VALUES "
                "('r-1', 'u-student', 'legacy-token', :t)"
            ),
            {"t": datetime(2030, 1, 1, tzinfo=UTC)},
        )
    engine.dispose()


def test_head_constant_matches_the_scripts() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == HEAD_REVISION
    assert [r.revision for r in reversed(list(script.walk_revisions()))] == list(REVISIONS)


def test_every_revision_gives_a_reason() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    for rev in script.walk_revisions():
        assert rev.module.__doc__ and "Reason:" in rev.module.__doc__, rev.revision


def test_upgrade_from_empty_and_models_agree(db_url: str, data_dir: Path) -> None:
    ctx = open_app(data_dir, db_url)
    try:
        assert ctx.info().revision == HEAD_REVISION
        insp = inspect(ctx.database.engine)
        for table in metadata.sorted_tables:
            names = {i["name"] for i in insp.get_indexes(table.name)}
            assert {i.name for i in table.indexes} <= names, table.name
        fks = {fk["name"]: fk for fk in insp.get_foreign_keys("exam_attempts")}
        assert fks["exam_attempts_user_id_fkey"]["options"].get("ondelete") == "SET NULL"
        with ctx.database.engine.connect() as conn:
            command.check(alembic_config(conn))  # raises if models and migrations disagree
        assert ctx.check() == []
    finally:
        ctx.close()


def test_downgrade_to_base_and_up_again(db_url: str, data_dir: Path) -> None:
    open_app(data_dir, db_url).close()
    location = location_for(db_url, data_dir)
    engine = make_engine(location, foreign_keys=False)
    with engine.connect() as conn:
        command.downgrade(alembic_config(conn), "base")
        conn.commit()
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
        command.upgrade(alembic_config(conn), "head")
        conn.commit()
    engine.dispose()
    assert current_state(location).revision == HEAD_REVISION


def test_adopting_a_seed_database_keeps_every_row(db_url: str, data_dir: Path) -> None:
    make_seed_database(db_url)
    location = location_for(db_url, data_dir)
    assert current_state(location).kind == "seed"
    ctx = open_app(data_dir, db_url)
    try:
        assert ctx.info().revision == HEAD_REVISION
        with ctx.uow() as uow:
            assert uow.users.count() == 2 and uow.exams.count() == 1 and uow.attempts.count() == 1
            teacher = uow.users.by_email("teacher@school.org")
            assert teacher is not None and teacher.role == "admin"
            exam = uow.exams.get("e-1")
            assert exam is not None and exam.status == "published"
            questions = {
                row.id: from_row(
                    question_type=row.question_type,
                    question_text=row.question_text,
                    options=row.options,
                    correct_answer=row.correct_answer,
                    difficulty=row.difficulty,
                )
                for row in uow.questions.for_exam("e-1")
            }
            assert [c.text for c in questions["q-1"].choices] == ["Berlin", "Paris", "Rome", "Madrid"]
            assert [c.fraction for c in questions["q-1"].choices] == [0, 1, 0, 0]
            assert questions["q-2"].choices[1].text == "Pacific" and questions["q-2"].difficulty == "hard"
            assert questions["q-3"].type is QuestionType.TRUE_FALSE and questions["q-3"].correct is True
            assert all(validate(q) == [] for q in questions.values())
            assert uow.refresh_tokens.by_token("legacy-token") is not None
            student = uow.users.get("u-student")
            uow.session.delete(student)
            uow.commit()
        with ctx.uow() as uow:
            attempt = uow.attempts.get("a-1")
            assert attempt is not None and attempt.user_id is None and attempt.score == 66
            assert attempt.start_time == datetime(2025, 5, 1, 9, 0, tzinfo=UTC)
            assert uow.refresh_tokens.count() == 0
        assert ctx.check() == []
        if location.path is not None:
            backups = list((data_dir / "backups").glob("examhub-*-before-seed.db"))
            assert len(backups) == 1, "a copy must be taken before migrating"
    finally:
        ctx.close()


def test_a_foreign_database_is_refused_and_untouched(db_url: str, data_dir: Path) -> None:
    from examhub_desktop.db.engine import DatabaseProblem

    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)")
        conn.exec_driver_sql("INSERT INTO invoices VALUES (1, 100)")
    engine.dispose()
    location = location_for(db_url, data_dir)
    before = location.path.read_bytes() if location.path else None
    with pytest.raises(DatabaseProblem, match=r"belongs to another program.*invoices"):
        open_app(data_dir, db_url)
    if location.path is not None:
        assert location.path.read_bytes() == before
    engine = create_engine(db_url)
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) == {"invoices"}
    engine.dispose()


def test_a_newer_database_is_refused_naming_its_revision(db_url: str, data_dir: Path) -> None:
    from examhub_desktop.db.engine import DatabaseProblem

    open_app(data_dir, db_url).close()
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099_future'")
        conn.exec_driver_sql("UPDATE app_meta SET value = '9.0.0' WHERE key = 'app_version'")
    engine.dispose()
    location = location_for(db_url, data_dir)
    before = location.path.read_bytes() if location.path else None
    with pytest.raises(DatabaseProblem, match=r"made by Exam Hub 9\.0\.0 at schema revision 0099_future"):
        open_app(data_dir, db_url)
    if location.path is not None:
        assert location.path.read_bytes() == before
