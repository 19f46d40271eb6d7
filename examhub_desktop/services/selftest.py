"""`examhub self-test`: prove an installation works end to end in a throwaway data folder.

It migrates a new database by the start-up code path, writes and reads every table through
the repositories (including the seed's delete rules), checks and backs up the file, and then
lets the caller open the main window. Exit status 0 only if every step passed.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from examhub_desktop import __version__
from examhub_desktop.core.question import Choice, Question, QuestionType, from_row, to_row, validate
from examhub_desktop.db.models import EmailVerificationToken, Exam, ExamAttempt, RefreshToken, User
from examhub_desktop.db.models import Question as QuestionRow
from examhub_desktop.services.app import AppContext, open_app


def exercise_every_table(ctx: AppContext) -> list[str]:
    now = datetime.now(UTC)
    with ctx.uow() as uow:
        uow.users.add(User(email="teacher@selftest.invalid", hashed_password="!", role="admin"))
        student = uow.users.add(User(email="student@selftest.invalid", hashed_password="!"))
        exam = uow.exams.add(Exam(title="Self-test exam", status="published", passing_score=50))
        uow.flush()
        q = Question(QuestionType.MULTIPLE_CHOICE, "2 + 2 = ?", choices=(Choice("3"), Choice("4", 1.0)))
        expect(not validate(q), f"the sample question is invalid: {validate(q)}")
        uow.questions.add(QuestionRow(exam_id=exam.id, order_index=0, **to_row(q)))
        uow.attempts.add(
            ExamAttempt(user_id=student.id, exam_id=exam.id, start_time=now, score=100, answers={})
        )
        uow.refresh_tokens.add(
            RefreshToken(user_id=student.id, token="a" * 64, expires_at=now + timedelta(days=1))
        )
        uow.email_tokens.add(EmailVerificationToken(user_id=student.id, token="b" * 64, expires_at=now))
        uow.meta.set("self_test", __version__)
        uow.exams.refresh_question_count(exam.id)
        uow.commit()
        student_id, exam_id = student.id, exam.id

    with ctx.uow() as uow:
        expect(uow.users.by_email("STUDENT@selftest.invalid"), "e-mail lookup is not case-insensitive")
        stored_exam = uow.exams.get(exam_id)
        expect(stored_exam and stored_exam.total_questions == 1, "total_questions was not kept in step")
        (row,) = uow.questions.for_exam(exam_id)
        back = from_row(
            question_type=row.question_type,
            question_text=row.question_text,
            options=row.options,
            correct_answer=row.correct_answer,
        )
        expect(
            back.choices == q.choices and row.correct_answer == "B", "the question did not read back equal"
        )
        expect(len(uow.refresh_tokens.for_user(student_id)) == 1, "the refresh token was not stored")
        expect(uow.meta.value("self_test") == __version__, "app_meta did not keep its value")
        expect(uow.users.count_active_admins() == 1, "the administrator was not counted")
        stamp = uow.attempts.for_user(student_id)[0].start_time
        expect(stamp is not None and stamp.tzinfo is not None, "timestamps do not come back as aware UTC")

    with ctx.uow() as uow:
        student_row = uow.users.get(student_id)
        expect(student_row, "the student vanished")
        uow.session.delete(student_row)
        uow.commit()
    with ctx.uow() as uow:
        (attempt,) = uow.attempts.for_exam(exam_id)
        expect(attempt.user_id is None, "a deleted user's attempt must be kept with user_id NULL")
        expect(uow.refresh_tokens.count() == 0, "refresh tokens must be deleted with their user")
        expect(uow.email_tokens.count() == 0, "verification tokens must be deleted with their user")
        uow.session.delete(attempt)
        uow.session.delete(uow.exams.get(exam_id))
        uow.commit()
    with ctx.uow() as uow:
        expect(uow.questions.count() == 0, "questions must be deleted with their exam")
    return [
        "wrote every table",
        "read every table back",
        "delete rules: attempts kept, questions and tokens cascade",
    ]


def run_data_checks(*, keep: bool, ui_check: Callable[[Path], str] | None, out: Callable[[str], None]) -> int:
    folder = Path(tempfile.mkdtemp(prefix="examhub-selftest-"))
    started = time.perf_counter()
    ok = True

    def step(name: str, fn: Callable[[], object]) -> object:
        nonlocal ok
        try:
            result = fn()
        except Exception as exc:
            ok = False
            out(f"FAIL  {name}: {exc}")
            out(traceback.format_exc().rstrip())
            return None
        out(f"ok    {name}")
        return result

    ctx = step("create and migrate a new database", lambda: open_app(folder / "data"))
    if isinstance(ctx, AppContext):
        lines = step("write and read every table", lambda: exercise_every_table(ctx))
        for line in lines if isinstance(lines, list) else []:
            out(f"      {line}")
        step("integrity checks", lambda: _assert_empty(ctx.check()))
        step("online backup", lambda: ctx.backup(folder / "backup.db"))
        ctx.close()
    if ui_check is not None:
        result = step("open and close the main window", lambda: ui_check(folder / "data"))
        if result:
            out(f"      {result}")
    seconds = time.perf_counter() - started
    out(f"self-test {'passed' if ok else 'FAILED'} in {seconds:.1f} s (Exam Hub {__version__})")
    if keep:
        out(f"kept {folder}")
    else:
        shutil.rmtree(folder, ignore_errors=True)
    return 0 if ok else 1


def _assert_empty(problems: list[str]) -> None:
    expect(not problems, "; ".join(problems))


def expect(condition: object, message: object) -> None:
    """Like assert, but not stripped by `python -O` (the frozen build may run optimised)."""
    if not condition:
        raise AssertionError(str(message))
