"""Alembic environment used both by the app (a connection handed in through
`config.attributes["connection"]`) and by developers (`alembic -x url=...`)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from examhub_desktop.db.models import metadata

config = context.config


SEARCH_OBJECTS = ("exams_fts", "questions_fts", "fts_exams", "fts_questions")


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Full-text search tables and indexes are made by raw SQL (0004); the models don't describe them."""
    return not (name and name.startswith(SEARCH_OBJECTS))


def _run(connection: Connection) -> None:
    is_sqlite = connection.dialect.name == "sqlite"
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=is_sqlite,
        # Our SQLite engine emits BEGIN itself, so DDL is transactional there too.
        transactional_ddl=True,
        compare_type=True,
        compare_server_default=False,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()
        if is_sqlite:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
            if broken:
                raise RuntimeError(f"migration left broken foreign keys: {broken[:5]}")


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from pathlib import Path

    from examhub_desktop.db.engine import location_for, make_engine

    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("Give the database: alembic -x url=sqlite:///PATH ...")
    engine = make_engine(location_for(url, Path.cwd()), foreign_keys=False)
    with engine.connect() as conn:
        _run(conn)
        conn.commit()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline (--sql) migrations are not supported; give a database with -x url=...")
run_migrations_online()
