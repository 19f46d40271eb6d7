"""Answer save latency: choice made to row committed, against a bare SQLite commit of one row.

Both sides use the same file system and the app's pragmas (WAL, synchronous=FULL) and write
the same row content (the attempt's answers so far, as JSON), so the ratio shows what the
service (ownership and state checks, validating the answer, type conversion) costs on top. The
service saves as the runner does: BEGIN IMMEDIATE (the write lock taken at the start, so a
second process waits instead of failing), the attempt's row read and compared with the
revision this device last saw, then written (db/attempt_saves.py: on the driver's connection,
not through the ORM's unit of work); the bare side keeps a plain BEGIN. Target: p95 within 2x of
the bare commit. Run by `make bench`.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from examhub_desktop.core.question import Choice, Question, QuestionType
from examhub_desktop.db.models import User
from examhub_desktop.services.app import open_app
from examhub_desktop.services.attempts import AttemptService
from examhub_desktop.services.library import ExamFields, LibraryService
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.questions import QuestionService

SAVES = 400
TEACHER = Principal(
    "t", "t@school.org", Role.ADMIN, system=True
)  # built-in administrator: these tests are not about accounts


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def bare(folder: Path) -> list[float]:
    conn = sqlite3.connect(folder / "bare.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE answers (id TEXT PRIMARY KEY, answers TEXT, revision INTEGER)")
    conn.execute("INSERT INTO answers VALUES ('a', '{}', 0)")
    out = []
    answers: dict[str, int] = {}
    ids = [str(uuid.uuid4()) for _ in range(50)]
    for k in range(SAVES):
        t = time.perf_counter()
        answers[ids[k % 50]] = k % 4  # the same row content the service writes: all answers so far
        conn.execute("BEGIN")
        conn.execute("UPDATE answers SET answers = ?, revision = ? WHERE id = 'a'", (json.dumps(answers), k))
        conn.execute("COMMIT")
        out.append(time.perf_counter() - t)
    conn.close()
    return out


def service(folder: Path) -> list[float]:
    ctx = open_app(folder / "app")
    lib, qs = LibraryService(ctx), QuestionService(ctx)
    exam_id = lib.create(TEACHER, ExamFields("Bench", duration_minutes=60, is_public=True))
    for i in range(50):
        choices = (Choice("a", 1.0), Choice("b"), Choice("c"), Choice("d"))
        qs.add(TEACHER, exam_id, Question(QuestionType.MULTIPLE_CHOICE, f"Question {i}", choices=choices))
    lib.set_status(TEACHER, exam_id, "published")
    with ctx.uow() as uow:
        user = uow.users.add(User(email="s@b.org", hashed_password="!"))
        uow.commit()
        student = Principal(user.id, user.email, Role.STUDENT)
    attempts = AttemptService(ctx)
    attempt_id = attempts.start(student, exam_id)
    state = attempts.state(student, attempt_id)
    ids = [q.question.id or "" for q in state.questions]
    out = []
    revision = state.revision
    for k in range(SAVES):
        t = time.perf_counter()
        ack = attempts.save(
            student,
            attempt_id,
            answers={ids[k % 50]: k % 4},
            expected_revision=revision,
        )
        out.append(time.perf_counter() - t)
        revision = ack.revision
    ctx.close()
    return out


def main() -> None:
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        folder = Path(tmp)
        base, ours = bare(folder), service(folder)
    b50, b95, s50, s95 = pct(base, 50), pct(base, 95), pct(ours, 50), pct(ours, 95)
    print(f"saves per side: {SAVES} (same disk, WAL, synchronous=FULL)")
    print(f"bare SQLite commit     p50 {b50 * 1000:7.2f} ms   p95 {b95 * 1000:7.2f} ms")
    print(f"AttemptService.save    p50 {s50 * 1000:7.2f} ms   p95 {s95 * 1000:7.2f} ms")
    print(f"ratio                  p50 {s50 / b50:5.2f}x      p95 {s95 / b95:5.2f}x   (target p95 <= 2.00x)")
    print(f"mean {statistics.mean(ours) * 1000:.2f} ms vs {statistics.mean(base) * 1000:.2f} ms")


if __name__ == "__main__":
    main()
