"""A user's mistakes become messages naming the cause, and the file stays byte-identical."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from examhub_desktop.db.engine import DatabaseProblem
from examhub_desktop.services.app import open_app


def test_not_a_database(data_dir: Path) -> None:
    db = data_dir / "examhub.db"
    db.write_bytes(b"%PDF-1.7 this is somebody's homework, not a database\n" * 50)
    before = db.read_bytes()
    with pytest.raises(DatabaseProblem, match="not an Exam Hub database") as info:
        open_app(data_dir)
    assert info.value.kind == "not-a-database"
    assert db.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["examhub.db"]


def test_corrupt_database(data_dir: Path) -> None:
    open_app(data_dir).close()
    db = data_dir / "examhub.db"
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xde\xad" * ((4096 - 100) // 2)  # wreck the schema page, keep the header
    db.write_bytes(bytes(data))
    for leftover in data_dir.glob("examhub.db-*"):
        leftover.unlink()
    before = db.read_bytes()
    with pytest.raises(DatabaseProblem, match=r"damaged|not an Exam Hub database") as info:
        open_app(data_dir)
    assert info.value.kind in {"corrupt", "not-a-database"}
    assert db.read_bytes() == before


def test_locked_database(data_dir: Path) -> None:
    """Another process holds an exclusive lock on a rollback-journal database."""
    db = data_dir / "examhub.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE users (id TEXT)")
    conn.commit()
    conn.close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sqlite3, sys, time
                c = sqlite3.connect({str(db)!r}, isolation_level=None)
                c.execute("BEGIN EXCLUSIVE")
                print("locked", flush=True)
                sys.stdin.read()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        before = db.read_bytes()
        with pytest.raises(DatabaseProblem, match="locked by another program") as info:
            open_app(data_dir)
        assert info.value.kind == "locked"
        assert db.read_bytes() == before
    finally:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.close()
        holder.wait(10)
        holder.stdout.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_data_dir_as_user(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    with pytest.raises(DatabaseProblem, match="not writable"):
        open_app(folder / "sub")


def test_unwritable_data_dir_even_for_root() -> None:
    """/proc refuses new folders to everyone, root included."""
    with pytest.raises(DatabaseProblem, match="cannot be created") as info:
        open_app(Path("/proc/examhub-test/data"))
    assert info.value.kind == "not-writable"


def test_data_dir_that_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("I am a file")
    with pytest.raises(DatabaseProblem, match="cannot be created") as info:
        open_app(blocker / "data")
    assert info.value.kind == "not-writable"
    assert blocker.read_text() == "I am a file"


def test_unreachable_postgres(data_dir: Path) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql+psycopg://exam:secret@127.0.0.1:{port}/examhub"
    with pytest.raises(
        DatabaseProblem, match=rf"Cannot connect to the PostgreSQL server at .*127\.0\.0\.1:{port}"
    ):
        open_app(data_dir, url)


def test_bad_url(data_dir: Path) -> None:
    with pytest.raises(DatabaseProblem, match="not supported"):
        open_app(data_dir, "mysql://x@y/z")
    with pytest.raises(DatabaseProblem, match="not valid"):
        open_app(data_dir, "::::")


def test_pragmas_make_commits_durable(data_dir: Path) -> None:
    ctx = open_app(data_dir)
    try:
        with ctx.database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    finally:
        ctx.close()


KILL_ROUNDS = 3
MIN_ACKED_PER_ROUND = 20  # a writer that dies before this many acknowledgements fails the test


def test_a_committed_row_survives_sigkill(data_dir: Path) -> None:
    """Children commit rows and acknowledge each; we kill each with SIGKILL and check every
    acknowledged row is there. Each round must see MIN_ACKED_PER_ROUND acknowledgements, so a
    child that dies early (an import error, a locked file) fails the test instead of checking
    nothing."""
    open_app(data_dir).close()
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from examhub_desktop.services.app import open_app
        from examhub_desktop.db.models import AppMeta
        ctx = open_app(Path({str(data_dir)!r}))
        for i in range(int(sys.argv[1]), 1000000):
            with ctx.uow() as uow:
                uow.meta.add(AppMeta(key=f"k{{i}}", value="v"))
                uow.commit()
            print(i, flush=True)
        """
    )
    acked: list[int] = []
    for _ in range(KILL_ROUNDS):
        # the previous child may have committed one row after its last acknowledgement: skip it
        first = acked[-1] + 2 if acked else 0
        child = subprocess.Popen(
            [sys.executable, "-c", code, str(first)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None and child.stderr is not None
        this_round: list[int] = []
        for line in child.stdout:
            this_round.append(int(line))
            if len(this_round) >= MIN_ACKED_PER_ROUND:
                break
        child.kill()  # SIGKILL while it keeps writing: no cleanup, perhaps mid-commit
        child.wait(10)
        this_round += [int(line) for line in child.stdout]  # printed before the kill: acknowledged too
        errors = child.stderr.read()
        child.stdout.close()
        child.stderr.close()
        assert len(this_round) >= MIN_ACKED_PER_ROUND, (
            f"the writer died after {len(this_round)} rows: {errors}"
        )
        assert this_round == list(range(first, first + len(this_round)))
        acked += this_round
        ctx = open_app(data_dir)
        try:
            with ctx.uow() as uow:
                lost = [i for i in acked if uow.meta.value(f"k{i}") != "v"]
        finally:
            ctx.close()
        assert lost == [], f"acknowledged rows {lost} were lost"
    assert len(acked) >= KILL_ROUNDS * MIN_ACKED_PER_ROUND


def test_a_full_disk_is_a_clear_message_and_nothing_is_half_written(data_dir: Path) -> None:
    """SQLite's max_page_count makes a write fail exactly as a full disk does (SQLITE_FULL)."""
    from sqlalchemy import event

    from examhub_desktop.services.permissions import Principal, Role
    from examhub_desktop.services.transfer import TransferService

    ctx = open_app(data_dir)
    try:
        with ctx.database.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

        def cap(dbapi_conn: object, _record: object) -> None:
            dbapi_conn.execute(f"PRAGMA max_page_count = {int(pages) + 8}")  # type: ignore[attr-defined]

        ctx.database.engine.dispose()
        event.listen(ctx.database.engine, "connect", cap)
        big = b"\n\n".join(b"::q%d:: %s {=yes ~no}" % (i, b"long words " * 40) for i in range(2000))
        admin = Principal("cli", "cli", Role.ADMIN, system=True)
        with pytest.raises(DatabaseProblem, match="disk is full") as info:
            TransferService(ctx).import_data(admin, big, "big.gift")
        assert info.value.kind == "disk-full"
        with ctx.uow() as uow:
            assert uow.exams.count() == 0 and uow.questions.count() == 0, "all or nothing"
    finally:
        ctx.close()
