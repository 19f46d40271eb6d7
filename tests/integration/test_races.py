"""Every multi-step change two devices can race, raced for real on both dialects.

Each device is an AppContext of its own (tests/support/races.py), all released at once by a
barrier, ROUNDS times per test; each test asserts the exact invariant and prints its counts
(run with -rP to see them): 0 acknowledged answers lost, one winner per copied kept-session
token with the whole family ended, every failed sign-in counted, never zero administrators,
exactly one first administrator, and two processes writing one SQLite file never failing.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, select, update

from examhub_desktop.core.question import Question, QuestionType, TextAnswer
from examhub_desktop.db.models import LoginThrottle, RefreshToken, User
from examhub_desktop.services import passwords
from examhub_desktop.services.app import AppContext, open_app
from examhub_desktop.services.attempts import AttemptService
from examhub_desktop.services.auth import FREE_FAILURES, WRONG_CREDENTIALS, AuthService, SignInRefused
from examhub_desktop.services.errors import FieldError, PermissionDenied, ServiceError
from examhub_desktop.services.library import ExamFields, LibraryService
from examhub_desktop.services.permissions import Principal, Role, forget_roles
from examhub_desktop.services.questions import QuestionService
from examhub_desktop.services.results import ResultsService
from examhub_desktop.services.secrets import REFRESH_SECRET, FileStore, digest
from examhub_desktop.services.settings import SettingsService
from examhub_desktop.services.users import UserService
from tests.support.races import Outcome, race, race_answer_saves

ROUNDS = 100
TEACHER = Principal("t", "t@school.org", Role.ADMIN, system=True)  # built-in: not what is raced here
REPO = Path(__file__).resolve().parents[2]


# Real Argon2 with small parameters: the races are in the database, not in the hash.
pytestmark = pytest.mark.usefixtures("fast_hashing")


@pytest.fixture
def devices(db_url: str, tmp_path: Path) -> Iterator[Callable[[int], list[AppContext]]]:
    """`devices(n)`: n apps on the one database, each with its own data folder and engine."""
    opened: list[AppContext] = []

    def make(n: int) -> list[AppContext]:
        for _ in range(n):
            opened.append(open_app(tmp_path / f"device{len(opened)}", db_url))
        return opened[-n:]

    yield make
    for ctx in opened:
        ctx.close()


def report(name: str, db_url: str, **counts: Any) -> None:
    dialect = "sqlite" if db_url.startswith("sqlite") else "postgresql"
    print(f"RACE {name} [{dialect}] " + " ".join(f"{k}={v}" for k, v in counts.items()))


def errors_of(outcomes: list[Outcome], allowed: tuple[type[BaseException], ...]) -> list[BaseException]:
    """The errors among `outcomes`; any error not `allowed` fails the test at once."""
    errors = [o.error for o in outcomes if o.error is not None]
    for e in errors:
        if not isinstance(e, allowed):
            raise AssertionError(f"unexpected {type(e).__name__}: {e}") from e
    return errors


def student_in(ctx: AppContext, email: str = "pupil@school.org") -> Principal:
    row, _ = UserService(ctx).create_user(TEACHER, email, "Pupil", Role.STUDENT, "violet-harbour-42")
    return Principal(row.id, row.email, Role.STUDENT, "Pupil")


# ---------------------------------------------------------------------- answer saves
def short_answer_exam(ctx: AppContext, n: int) -> str:
    lib, qs = LibraryService(ctx), QuestionService(ctx)
    exam_id = lib.create(TEACHER, ExamFields("Race", is_public=True))
    for i in range(n):
        qs.add(
            TEACHER, exam_id, Question(QuestionType.SHORT_ANSWER, f"Word {i}?", answers=(TextAnswer("x"),))
        )
    lib.set_status(TEACHER, exam_id, "published")
    return exam_id


@pytest.mark.parametrize("with_revision", [True, False], ids=["runner", "merge"])
def test_two_devices_saving_one_attempt_lose_no_acknowledged_answer(
    devices: Callable[[int], list[AppContext]], db_url: str, with_revision: bool
) -> None:
    """Two devices answer the same attempt at the same moment, on one question or two.

    'runner': each names the revision it last saw, as the runner does; a stale one is refused
    (AttemptChanged), reloads and saves again, so nothing typed is dropped. 'merge': no
    revision, every save merges its questions into the locked row. Either way every
    acknowledged answer stays stored until a later acknowledged save replaces it.
    """
    a, b = devices(2)
    exam_id = short_answer_exam(a, 4)
    student = student_in(a)
    services = (AttemptService(a), AttemptService(b))
    attempt_id = services[0].start(student, exam_id)
    qids = [q.question.id or "" for q in services[0].state(student, attempt_id).questions]

    def stored() -> dict[str, Any]:
        with a.uow() as uow:
            return dict(uow.attempts.get(attempt_id).answers or {})  # type: ignore[union-attr]

    counts = race_answer_saves(
        services, student, attempt_id, qids, stored, rounds=ROUNDS, with_revision=with_revision
    )
    lost, stale = counts.lost, counts.stale
    report(
        "answer-saves",
        db_url,
        mode="runner" if with_revision else "merge",
        rounds=ROUNDS,
        lost=lost,
        stale_refused=stale,
    )
    assert lost == 0


def test_submit_waits_for_a_racing_save_and_grades_it(
    devices: Callable[[int], list[AppContext]], db_url: str
) -> None:
    """A save and a submit of the same attempt at once: an acknowledged answer is in the
    graded result (the right answer to one of two questions: 50 %), and a save that comes
    second is refused, never written into the submitted attempt."""
    a, b = devices(2)
    exam_id = short_answer_exam(a, 2)
    student = student_in(a)
    saver, submitter = AttemptService(a), AttemptService(b)
    lost = refused = 0
    for _ in range(ROUNDS):
        attempt_id = saver.start(student, exam_id)
        qid = saver.state(student, attempt_id).questions[0].question.id or ""
        outcomes = race(
            [
                partial(saver.save, student, attempt_id, answers={qid: "x"}),
                partial(submitter.submit, student, attempt_id),
            ]
        )
        refused += len(errors_of(outcomes, (ServiceError,)))
        assert outcomes[1].error is None, "the submit never fails"
        with a.uow() as uow:
            row = uow.attempts.get(attempt_id)
            assert row is not None and row.status != "in_progress"
            acked = outcomes[0].error is None
            lost += acked != (row.score == 50)
            lost += not acked and bool(row.answers)
    report("save-vs-submit", db_url, rounds=ROUNDS, lost=lost, save_refused=refused)
    assert lost == 0


def test_two_devices_starting_one_exam_at_once_get_one_attempt(
    devices: Callable[[int], list[AppContext]], db_url: str
) -> None:
    a, b = devices(2)
    exam_id = short_answer_exam(a, 1)
    student = student_in(a)
    services = (AttemptService(a), AttemptService(b))
    split = 0
    for _ in range(ROUNDS):
        outcomes = race([partial(s.start, student, exam_id) for s in services])
        errors_of(outcomes, ())
        ids = {o.value for o in outcomes}
        split += len(ids) != 1
        for attempt_id in ids:
            services[0].submit(student, attempt_id)
    report("start-same-exam", db_url, rounds=ROUNDS, two_attempts=split)
    assert split == 0


def test_two_teachers_marking_one_attempt_keep_both_marks(
    devices: Callable[[int], list[AppContext]], db_url: str
) -> None:
    """Two teachers mark different essays of one attempt at once: both marks are kept and the
    score counts both (today's read-modify-write of manual_marks would drop one)."""
    a, b = devices(2)
    lib, qs = LibraryService(a), QuestionService(a)
    exam_id = lib.create(TEACHER, ExamFields("Essays", is_public=True))
    for word in ("Why?", "How?"):
        qs.add(TEACHER, exam_id, Question(QuestionType.ESSAY, word, points=2))
    lib.set_status(TEACHER, exam_id, "published")
    student = student_in(a)
    runner = AttemptService(a)
    markers = (ResultsService(a), ResultsService(b))
    lost = 0
    for _ in range(ROUNDS):
        attempt_id = runner.start(student, exam_id)
        qids = [q.question.id or "" for q in runner.state(student, attempt_id).questions]
        runner.submit(student, attempt_id)
        outcomes = race(
            [partial(m.grade_essay, TEACHER, attempt_id, q, 2) for m, q in zip(markers, qids, strict=True)]
        )
        errors_of(outcomes, ())
        with a.uow() as uow:
            row = uow.attempts.get(attempt_id)
            assert row is not None
            lost += len(row.manual_marks or {}) != 2 or row.score != 100
    report("mark-essays", db_url, rounds=ROUNDS, lost=lost)
    assert lost == 0


# ---------------------------------------------------------------------- kept sessions
def test_a_copied_kept_session_used_at_once_lets_one_in_and_ends_the_family(
    devices: Callable[[int], list[AppContext]], db_url: str
) -> None:
    a, b = devices(2)
    student = student_in(a)
    auths = [AuthService(ctx, FileStore(ctx.data_dir)) for ctx in (a, b)]
    both_in = none_in = families_left = 0
    for _ in range(ROUNDS):
        secret = passwords.new_token()
        with a.uow() as uow:
            uow.refresh_tokens.add(
                RefreshToken(
                    user_id=student.user_id,
                    token=digest(secret),
                    expires_at=datetime.now(UTC) + timedelta(days=1),
                )
            )
            uow.commit()
        for auth in auths:  # the owner's device and the copy
            auth.store.set(REFRESH_SECRET, secret)
        outcomes = race([lambda: auths[0].resume_session(None), lambda: auths[1].resume_session(None)])
        errors_of(outcomes, ())
        winners = [o.value for o in outcomes if o.value is not None]
        both_in += len(winners) == 2
        none_in += len(winners) == 0
        with a.uow() as uow:
            families_left += bool(uow.refresh_tokens.for_user(student.user_id))
    report(
        "token-resume", db_url, rounds=ROUNDS, both_in=both_in, none_in=none_in, family_survived=families_left
    )
    assert (both_in, none_in, families_left) == (0, 0, 0)


# ---------------------------------------------------------------------- sign-in delays
def test_parallel_wrong_passwords_are_all_counted(
    devices: Callable[[int], list[AppContext]], db_url: str
) -> None:
    """Four devices type a wrong password at once, after three earlier failures: every 'wrong
    password' answer is one more failure in the database (a device that comes after the fifth
    may meet the delay instead), and nothing else escapes."""
    apps = devices(4)
    earlier = FREE_FAILURES - 2
    student = student_in(apps[0])
    auths = [AuthService(ctx, FileStore(ctx.data_dir)) for ctx in apps]
    answered = counted = throttled = 0
    for _ in range(ROUNDS):
        with apps[0].uow() as uow:
            uow.session.execute(delete(LoginThrottle))
            uow.session.add(LoginThrottle(email=student.email, failures=earlier))
            uow.commit()
        outcomes = race(
            [lambda auth=auth: auth.sign_in(None, student.email, "not-my-password") for auth in auths]
        )
        errors = errors_of(outcomes, (SignInRefused,))
        assert len(errors) == len(auths), "a wrong password never signs in"
        wrong = sum(1 for e in errors if str(e) == WRONG_CREDENTIALS)
        delayed = sum(1 for e in errors if getattr(e, "retry_at", None) is not None)
        assert wrong + delayed == len(auths), [str(e) for e in errors]
        throttled += delayed
        with apps[0].uow() as uow:
            recorded = uow.session.scalar(
                select(LoginThrottle.failures).where(LoginThrottle.email == student.email)
            )
        answered += wrong
        counted += int(recorded or 0) - earlier
    report(
        "wrong-passwords",
        db_url,
        rounds=ROUNDS,
        devices=len(auths),
        wrong_answers=answered,
        failures_recorded=counted,
        throttled=throttled,
    )
    assert counted == answered


# ---------------------------------------------------------------------- administrators
def _two_admins(ctx: AppContext, ids: list[str]) -> list[Principal]:
    """The two administrators of a round, made again if a previous round deleted them."""
    with ctx.uow() as uow:
        for i, email in enumerate(("ada@school.org", "bob@school.org")):
            user = uow.users.by_email(email)
            if user is None:
                user = uow.users.add(User(email=email, hashed_password="!", role="admin"))
                uow.flush()
            user.role, user.is_active = "admin", True
            ids[i] = user.id
        uow.session.execute(update(User).where(User.id.not_in(ids)).values(role="user"))
        uow.commit()
    forget_roles()
    return [Principal(ids[0], "ada@school.org", Role.ADMIN), Principal(ids[1], "bob@school.org", Role.ADMIN)]


def test_two_administrators_demoting_each_other_leave_one(
    devices: Callable[[int], list[AppContext]], db_url: str
) -> None:
    a, b = devices(2)
    users = (UserService(a), UserService(b))
    ids = ["", ""]
    actions: list[Callable[[UserService, Principal, str], object]] = [
        lambda s, me, other: s.set_role(me, other, Role.STUDENT),
        lambda s, me, other: s.set_active(me, other, False),
        lambda s, me, other: s.delete_user(me, other),
    ]
    none_left = both_done = 0
    for r in range(ROUNDS):
        ada, bob = _two_admins(a, ids)
        first, second = actions[r % 3], actions[(r // 3) % 3]  # every pairing of the three
        outcomes = race(
            [partial(first, users[0], ada, bob.user_id), partial(second, users[1], bob, ada.user_id)]
        )
        errors = errors_of(outcomes, (ServiceError, PermissionDenied))
        both_done += not errors
        with a.uow() as uow:
            admins = uow.users.count_active_admins()
        none_left += admins == 0
    report("admins-demote-each-other", db_url, rounds=ROUNDS, zero_admins=none_left, both_succeeded=both_done)
    assert (none_left, both_done) == (0, 0)


def test_two_first_runs_make_exactly_one_administrator(
    devices: Callable[[int], list[AppContext]], db_url: str
) -> None:
    a, b = devices(2)
    auths = [AuthService(ctx, FileStore(ctx.data_dir)) for ctx in (a, b)]
    wrong = 0
    for r in range(ROUNDS):
        with a.uow() as uow:
            uow.session.execute(delete(User))
            uow.commit()
        outcomes = race(
            [
                lambda auth=auth, k=k, r=r: auth.create_first_admin(
                    None, f"first{k}-{r}@school.org", "First", "violet-harbour-42"
                )
                for k, auth in enumerate(auths)
            ]
        )
        errors = errors_of(outcomes, (ServiceError,))
        with a.uow() as uow:
            admins = int(uow.session.scalar(select(func.count()).select_from(User)) or 0)
        wrong += (admins, len(errors)) != (1, 1)
    report("first-runs", db_url, rounds=ROUNDS, rounds_without_exactly_one_admin=wrong)
    assert wrong == 0


def test_two_registrations_of_one_address_make_one_account(
    devices: Callable[[int], list[AppContext]], db_url: str
) -> None:
    a, b = devices(2)
    settings = SettingsService(a, FileStore(a.data_dir))
    settings.save(TEACHER, replace(settings.get(TEACHER), allow_self_registration=True))
    auths = [AuthService(ctx, FileStore(ctx.data_dir)) for ctx in (a, b)]
    wrong = 0
    for r in range(ROUNDS):
        email = f"twin{r}@school.org"
        outcomes = race(
            [
                partial(auth.register, None, email, f"Twin {k}", "violet-harbour-42")
                for k, auth in enumerate(auths)
            ]
        )
        errors = errors_of(outcomes, (FieldError,))
        with a.uow() as uow:
            made = int(
                uow.session.scalar(select(func.count()).select_from(User).where(User.email == email)) or 0
            )
        wrong += (made, len(errors)) != (1, 1)
    report("registrations", db_url, rounds=ROUNDS, rounds_without_exactly_one_account=wrong)
    assert wrong == 0


# ---------------------------------------------------------------------- one SQLite file, two processes
def test_two_processes_writing_one_sqlite_file_wait_for_each_other(tmp_path: Path) -> None:
    """Today's deferred BEGIN failed a save within milliseconds whenever the other process
    wrote; with BEGIN IMMEDIATE the busy timeout applies and neither process fails."""
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    ctx = open_app(tmp_path / "setup", url)
    try:
        exam_id = short_answer_exam(ctx, 4)
        student = student_in(ctx)
        attempts = AttemptService(ctx)
        attempt_id = attempts.start(student, exam_id)
        qids = [q.question.id or "" for q in attempts.state(student, attempt_id).questions]
    finally:
        ctx.close()
    saves = 200
    start_at = time.time() + 3.0  # both processes have imported everything by then
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.support.races",
                str(tmp_path / f"proc{k}"),
                url,
                attempt_id,
                student.user_id,
                ",".join(qids[k::2]),
                str(saves),
                str(start_at),
            ],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for k in range(2)
    ]
    reports = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        reports.append(json.loads(out))
    failures = [f for rep in reports for f in rep["failures"]]
    ctx = open_app(tmp_path / "check", url)
    try:
        with ctx.uow().reading() as uow:
            stored = uow.attempts.get(attempt_id).answers  # type: ignore[union-attr]
    finally:
        ctx.close()
    lost = sum(stored.get(q) != v for rep in reports for q, v in rep["last"].items())
    slowest = max(rep["slowest_s"] for rep in reports)
    report(
        "sqlite-two-processes",
        url,
        saves=2 * saves,
        failed=len(failures),
        lost=lost,
        slowest_ms=round(slowest * 1000, 1),
    )
    assert failures == [] and lost == 0


def test_a_writing_unit_waits_for_another_process_and_a_reading_one_does_not(tmp_path: Path) -> None:
    """Another connection holds SQLite's write lock for a moment: a unit of work that reads goes
    on at once from its snapshot, one that writes waits for the lock (it used to fail at once)."""
    path = tmp_path / "shared.db"
    ctx = open_app(tmp_path / "app", f"sqlite:///{path}")
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO app_meta (key, value) VALUES ('held', 'yes')")
        held = 0.5
        release = threading.Timer(held, lambda: other.execute("COMMIT"))
        t = time.perf_counter()
        release.start()
        with ctx.uow().reading() as uow:
            assert uow.meta.value("held") is None  # its snapshot: before the other's commit
        assert time.perf_counter() - t < held / 2
        with ctx.uow() as uow:
            uow.meta.set("mine", "yes")
            uow.commit()
        waited = time.perf_counter() - t
        release.join()
        assert waited >= held * 0.9
        with ctx.uow().reading() as uow:
            assert (uow.meta.value("held"), uow.meta.value("mine")) == ("yes", "yes")
    finally:
        other.close()
        ctx.close()
