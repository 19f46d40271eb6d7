"""Kill the process that records answers with SIGKILL at random moments, 50 times: every
acknowledged answer must be in the database, and the attempt resumes with the right time."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from examhub_desktop.core.question import Choice, Question, QuestionType
from examhub_desktop.core.timing import elapsed_on_resume
from examhub_desktop.services.app import open_app
from examhub_desktop.services.attempts import AttemptService
from examhub_desktop.services.library import ExamFields, LibraryService
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.questions import QuestionService
from examhub_desktop.services.users import UserService

TEACHER = Principal(
    "t", "t@school.org", Role.ADMIN, system=True
)  # built-in administrator: these tests are not about accounts
KILLS = 50
WRITER = Path(__file__).with_name("answer_writer.py")


def expected_answers(ids: list[str], upto: int) -> dict[str, int]:
    """The answers after writes 0..upto (k to question k % n, choice k % 3)."""
    out: dict[str, int] = {}
    for k in range(upto + 1):
        out[ids[k % len(ids)]] = k % 3
    return out


@pytest.mark.slow
def test_sigkill_loses_no_acknowledged_answer(data_dir: Path) -> None:
    ctx = open_app(data_dir)
    lib, qs = LibraryService(ctx), QuestionService(ctx)
    exam_id = lib.create(TEACHER, ExamFields("Durable", duration_minutes=60, is_public=True))
    for i in range(12):
        qs.add(
            TEACHER,
            exam_id,
            Question(
                QuestionType.MULTIPLE_CHOICE, f"Q{i}", choices=(Choice("a", 1.0), Choice("b"), Choice("c"))
            ),
        )
    lib.set_status(TEACHER, exam_id, "published")
    row, _ = UserService(ctx).create_user(TEACHER, "pupil@school.org", "", Role.STUDENT, "violet-harbour-42")
    student = Principal(row.id, row.email, Role.STUDENT)
    attempts = AttemptService(ctx)
    attempt_id = attempts.start(student, exam_id)
    ids = sorted(q.question.id or "" for q in attempts.state(student, attempt_id).questions)
    ctx.close()

    rng = random.Random(20261126)
    last_acked = -1
    last_elapsed = 0.0
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(WRITER), str(data_dir), attempt_id, row.id, str(last_acked + 1)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.0, 0.25)
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            k, _revision, elapsed = line.split()
            last_acked, last_elapsed = int(k), float(elapsed)
        child.kill()  # SIGKILL: no cleanup, no flush, mid-write perhaps
        child.wait(10)
        for line in child.stdout:  # acknowledgements already printed before the kill count too
            k, _revision, elapsed = line.split()
            last_acked, last_elapsed = int(k), float(elapsed)
        child.stdout.close()

        ctx = open_app(data_dir)
        try:
            state = AttemptService(ctx).state(student, attempt_id)
            stored = dict(state.answers)
            # the child may have committed one more write after its last acknowledgement
            allowed = [expected_answers(ids, last_acked), expected_answers(ids, last_acked + 1)]
            assert stored in allowed, f"acknowledged write {last_acked} is not in the database"
            elapsed_now = elapsed_on_resume(state.checkpoint, datetime.now(UTC))
            assert elapsed_now >= last_elapsed - 0.01, "acknowledged time was lost"
        finally:
            ctx.close()
    assert last_acked > KILLS, "the writer made progress between kills"

    ctx = open_app(data_dir)
    try:
        state = AttemptService(ctx).state(student, attempt_id)
        started = state.checkpoint.started_at
        wall = (datetime.now(UTC) - started).total_seconds()
        elapsed = elapsed_on_resume(state.checkpoint, datetime.now(UTC))
        assert elapsed == pytest.approx(wall, abs=1.0), "resumes with the right time left"
        home = AttemptService(ctx).home(student)
        assert home.in_progress[0].remaining_seconds == pytest.approx(3600 - wall, abs=1.0)
    finally:
        ctx.close()
