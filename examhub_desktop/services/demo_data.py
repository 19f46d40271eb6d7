"""`examhub demo-data`: fill an empty database with realistic generated data, fast.

Scales: `small` is a classroom (one teacher, 30 students, 5 exams); `seed` is the seed's
capacity section (10,000 users, 1,000 exams of 50 questions, 100,000 attempts); `stretch`
is ten times `seed`. The same seed and `now` give the same data, ids included.

Why it is shaped this way:

- Speed. Rows are plain dicts written by the repositories' `bulk_insert`, one executemany per
  CHUNK rows, never ORM objects. The whole run is one transaction: one commit (one fsync
  under synchronous=FULL), and all or nothing, so an interrupted run leaves the database as
  it was, as the CLI promises on Ctrl+C. The price: until the commit the WAL grows as large
  as the data (seed about 0.5 GB, stretch about 5 GB), and the checkpoint writes it twice.
- Grading. Each question comes with a few candidate responses (right, partly right, wrong,
  from core.demo_text); each is graded once by core.grading.grade_question (essays also
  with a teacher's mark) and stored as core.responses.encode_response gives it. An attempt's
  score, passed and status are then what grade_attempt says of its stored answers and marks:
  earned points are summed as integers over a per-exam common denominator, because Fraction
  arithmetic on five million answers would be the slowest part. Essays of attempts older than
  two weeks carry a teacher's mark (manual_marks); newer ones are `pending`.
- Attempts are finished (submitted, or pending a mark) in exam or practice mode; none is in
  progress. They store no layout, so a review shows the authored order.
- Passwords. Argon2 at the app's cost (about 0.1 s a hash) ten thousand times would take
  longer than everything else, so generated people get an inert hash ("!demo...") that can
  never verify. One teacher, DEMO_TEACHER_EMAIL, gets a real hash of DEMO_TEACHER_PASSWORD
  so that someone can sign in and look around.
- A second run is refused: demo data goes into an empty database (no users, exams or
  attempts), since generated people mixed into a school's real data would be hard to take
  out again. `force=True` adds anyway, with ids and e-mails made distinct by a run number
  kept in app_meta.
"""

from __future__ import annotations

import itertools
import json
import math
import random
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from fractions import Fraction
from typing import Any

from examhub_desktop.core import demo_text as text
from examhub_desktop.core.grading import grade_question, is_pass, score_percent
from examhub_desktop.core.question import Difficulty, Question, QuestionType, to_row
from examhub_desktop.core.responses import JsonValue, Response, encode_response
from examhub_desktop.db.repositories import Repository
from examhub_desktop.db.uow import Database, UnitOfWork
from examhub_desktop.services import passwords
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.errors import ServiceError

Progress = Callable[[str, int, int], None]
CHUNK = 5000
DEMO_TEACHER_EMAIL = "teacher@riverside-high.example"
DEMO_TEACHER_PASSWORD = "riverside-demo-2026"  # passes our own password policy
INERT_HASH = "!demo: generated account, password sign-in disabled"
META_KEY = "demo_data"
MARKED_AFTER = timedelta(days=14)  # teachers have marked the essays of attempts this old
_SHIFT = {Difficulty.EASY: 0.15, Difficulty.MEDIUM: 0.0, Difficulty.HARD: -0.2}
_ESSAY_MARKS = (0.9, 0.6, 0.2)  # share of the points a teacher gives a good, fair, weak essay
_STATUS_WEIGHTS = {"published": 70, "draft": 15, "archived": 15}
_PUBLIC = {"published": 0.8, "draft": 0.2, "archived": 0.3}  # chance an exam is open to students


@dataclass(frozen=True)
class Scale:
    users: int  # teachers included
    teachers: int
    exams: int
    questions: tuple[int, int]  # per exam, inclusive range
    attempts: int | None  # None: a classroom, where most students sit every exam


SCALES = {
    "small": Scale(31, 1, 5, (12, 20), None),
    "seed": Scale(10_000, 200, 1_000, (50, 50), 100_000),
    "stretch": Scale(100_000, 2_000, 10_000, (50, 50), 1_000_000),
}


class DemoDataRefused(ServiceError):
    """The database holds data already; the message says what to do instead."""


@dataclass(frozen=True)
class DemoSummary:
    scale: str
    seed: int
    counts: dict[str, int]  # table -> rows added
    seconds: float
    teacher_email: str
    teacher_password: str = DEMO_TEACHER_PASSWORD

    @property
    def rows(self) -> int:
        return sum(self.counts.values())

    def describe(self) -> str:
        c = self.counts
        return (
            f"Added {self.scale} demo data (seed {self.seed}) in {self.seconds:.1f} s: {c['users']:,} users, "
            f"{c['exams']:,} exams, {c['questions']:,} questions, {c['exam_attempts']:,} attempts "
            f"({self.rows / max(self.seconds, 1e-9):,.0f} rows/s).\n"
            f"Sign in as {self.teacher_email} with the password {self.teacher_password}; "
            "the other generated accounts cannot sign in."
        )


@dataclass
class _Writer:
    """Buffers rows per table and writes CHUNK rows at a time, reporting progress."""

    uow: UnitOfWork
    totals: dict[str, int]
    progress: Progress | None
    done: dict[str, int] = field(default_factory=dict)
    buffers: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, table: str, row: dict[str, Any]) -> None:
        buf = self.buffers.setdefault(table, [])
        buf.append(row)
        if len(buf) >= CHUNK:
            self.flush(table)

    def flush(self, table: str) -> None:
        rows = self.buffers.pop(table, [])
        if not rows:
            return
        repos: dict[str, Repository[Any]] = {
            "users": self.uow.users,
            "exams": self.uow.exams,
            "questions": self.uow.questions,
            "exam_attempts": self.uow.attempts,
        }
        repos[table].bulk_insert(rows)
        self.done[table] = self.done.get(table, 0) + len(rows)
        if self.progress:
            self.progress(table, self.done[table], self.totals[table])


@dataclass
class _Exam:
    id: str
    subject: text.Subject
    title: str
    description: str
    n_questions: int
    essays: bool
    status: str
    public: bool
    duration: int | None
    passing: int | None
    created: datetime
    takers: list[int] = field(default_factory=list)  # student indexes, one per attempt


_Student = tuple[str, float, datetime, float]  # id, ability 0..1, joined, how often they sit exams
# A candidate response: stored JSON, points earned as graded automatically and with the
# teacher's mark, and that mark (essays only; None otherwise). Points are in 1/denominator.
_Candidate = tuple[JsonValue, Fraction, Fraction, str | None]
_Scored = tuple[JsonValue, int, int, str | None]
_Item = tuple[str, float, list[_Candidate], list[_Candidate], list[_Candidate]]


def generate(
    target: AppContext | Database,
    scale: str,
    *,
    seed: int = 1,
    progress: Progress | None = None,
    force: bool = False,
    now: datetime | None = None,
) -> DemoSummary:
    """Fill the database with generated data at `scale`; see the module docstring."""
    if scale not in SCALES:
        raise ServiceError(f"Unknown demo scale {scale!r}; use one of {', '.join(SCALES)}.")
    size = SCALES[scale]
    database = target.database if isinstance(target, AppContext) else target
    started = time.perf_counter()
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    with database.uow() as uow:
        run = _check_target(uow, database.location.describe(), force)
        rng = random.Random(f"examhub-demo/{scale}/{seed}/{run}")
        users, students = _users(rng, size, now, run)
        exams = _plan_exams(rng, size, now, students)
        totals = {
            "users": len(users),
            "exams": len(exams),
            "questions": sum(e.n_questions for e in exams),
            "exam_attempts": sum(len(e.takers) for e in exams),
        }
        out = _Writer(uow, totals, progress)
        for row in users:
            out.add("users", row)
        out.flush("users")
        for exam in exams:
            out.add("exams", _exam_row(rng, exam, now))
        out.flush("exams")
        for exam in exams:
            items, possible = _questions(rng, exam, out)
            _attempts(rng, exam, items, possible, students=students, now=now, out=out)
        out.flush("questions")
        out.flush("exam_attempts")
        record = {"runs": run + 1, "scale": scale, "seed": seed, "at": now.isoformat()}
        uow.meta.set(META_KEY, json.dumps(record))
        uow.commit()
    return DemoSummary(scale, seed, totals, time.perf_counter() - started, users[0]["email"])


def _check_target(uow: UnitOfWork, where: str, force: bool) -> int:
    """How many demo runs the database has had; refuses a database with data unless forced."""
    n_users, n_exams, n_attempts = uow.users.count(), uow.exams.count(), uow.attempts.count()
    if (n_users or n_exams or n_attempts) and not force:
        raise DemoDataRefused(
            f"The database {where} already has {n_users:,} users, {n_exams:,} exams and {n_attempts:,} "
            "attempts; demo data goes only into an empty database. Use a new data folder, for example "
            "`examhub --data-dir ./examhub-demo demo-data`."
        )
    raw = uow.meta.value(META_KEY)
    return int(json.loads(raw).get("runs", 1)) if raw else 0


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _ago(rng: random.Random, now: datetime, lo_days: float, hi_days: float) -> datetime:
    return now - timedelta(seconds=int(rng.uniform(lo_days, hi_days) * 86400))


def _users(
    rng: random.Random, size: Scale, now: datetime, run: int
) -> tuple[list[dict[str, Any]], list[_Student]]:
    """User rows, teachers first, and the students' (id, ability, joined, activity)."""
    tag = f".run{run + 1}" if run else ""
    seen: dict[str, int] = {}
    rows: list[dict[str, Any]] = []
    students: list[_Student] = []
    for i in range(size.users):
        teacher = i < size.teachers
        first, last = rng.choice(text.FIRST_NAMES), rng.choice(text.LAST_NAMES)
        school = text.SCHOOLS[0] if teacher else rng.choice(text.SCHOOLS)
        base = f"{text.ascii_slug(first)}.{text.ascii_slug(last)}"
        seen[f"{base}@{school}"] = n = seen.get(f"{base}@{school}", 0) + 1
        joined = _ago(rng, now, 300, 720) if teacher else _ago(rng, now, 60, 540)
        seen_lately = teacher or rng.random() < 0.75
        row: dict[str, Any] = {
            "id": _uuid(rng),
            "email": f"{base}{n if n > 1 else ''}{tag}@{school}.example",
            "hashed_password": INERT_HASH,
            "full_name": f"{first} {last}",
            "email_verified": teacher or rng.random() < 0.92,
            "last_login": _ago(rng, now, 0, 30) if seen_lately else None,
            "is_active": teacher or rng.random() < 0.97,
            "role": "admin" if teacher else "user",
            "created_at": joined,
            "updated_at": joined,
        }
        if i == 0:
            row["email"] = DEMO_TEACHER_EMAIL.replace("@", f"{tag}@")
            row["full_name"] = "Demo Teacher"
            row["hashed_password"] = passwords.hash_password(DEMO_TEACHER_PASSWORD)
        rows.append(row)
        if not teacher:
            ability = min(0.97, max(0.15, rng.gauss(0.66, 0.16)))
            students.append((row["id"], ability, joined, rng.lognormvariate(0, 0.6)))
    return rows, students


def _plan_exams(rng: random.Random, size: Scale, now: datetime, students: list[_Student]) -> list[_Exam]:
    """Exams and who sits them."""
    classroom = size.attempts is None
    subjects = rng.sample(text.SUBJECTS, size.exams) if classroom else None
    exams = []
    for i in range(size.exams):
        subject = subjects[i] if subjects else rng.choice(text.SUBJECTS)
        if classroom:  # mostly published, and one of each other status
            status = ("published", "published", "published", "archived", "draft")[i % 5]
        else:
            status = rng.choices(list(_STATUS_WEIGHTS), list(_STATUS_WEIGHTS.values()))[0]
        n = rng.randint(*size.questions)
        duration = None if rng.random() < 0.1 else max(10, 5 * math.ceil(n * rng.uniform(1.0, 1.8) / 5))
        passing = None if rng.random() < 0.05 else rng.choice((50, 50, 60, 60, 65, 70, 75, 80))
        public = status == "published" if classroom else rng.random() < _PUBLIC[status]
        essays = i == 1 if classroom else rng.random() < 0.3
        title, about = text.exam_title(rng, subject)
        created = _ago(rng, now, 20, 400)
        exams.append(
            _Exam(_uuid(rng), subject, title, about, n, essays, status, public, duration, passing, created)
        )
    # Students can start published public exams only; archived ones were open before.
    sat = [e for e in exams if e.status == "archived" or (e.status == "published" and e.public)]
    if size.attempts is None:
        for exam in sat:
            for s in range(len(students)):
                exam.takers += [s] * ((rng.random() < 0.9) + (rng.random() < 0.12))
        return exams
    popularity = [rng.lognormvariate(0, 0.8) for _ in sat]
    share = [size.attempts * p / sum(popularity) for p in popularity]
    counts = [int(x) for x in share]
    for j in sorted(range(len(sat)), key=lambda j: counts[j] - share[j])[: size.attempts - sum(counts)]:
        counts[j] += 1  # largest remainders: the total is exact
    cumulative = list(itertools.accumulate(w for *_, w in students))
    for exam, k in zip(sat, counts, strict=True):
        exam.takers = rng.choices(range(len(students)), cum_weights=cumulative, k=k)
    return exams


def _exam_row(rng: random.Random, exam: _Exam, now: datetime) -> dict[str, Any]:
    return {
        "id": exam.id,
        "title": exam.title,
        "description": exam.description,
        "duration_minutes": exam.duration,
        "total_questions": exam.n_questions,
        "passing_score": exam.passing,
        "status": exam.status,
        "is_public": exam.public,
        "generation_method": "demo",
        "created_at": exam.created,
        "updated_at": min(now, exam.created + timedelta(days=rng.uniform(0, 14))),
    }


def _questions(rng: random.Random, exam: _Exam, out: _Writer) -> tuple[list[_Item], int]:
    """Write an exam's questions; return the answerable ones with graded candidate responses,
    and the points possible (as grade_attempt counts them: all but descriptions')."""
    items: list[_Item] = []
    possible = 0
    for order, dq in enumerate(text.exam_questions(rng, exam.subject, exam.n_questions, essays=exam.essays)):
        q, qid = dq.question, _uuid(rng)
        stamp = exam.created + timedelta(seconds=order)
        row = {"id": qid, "exam_id": exam.id, "order_index": order, "created_at": stamp, "updated_at": stamp}
        out.add("questions", {**row, **to_row(q)})
        if dq.right is None:
            continue
        possible += q.points
        groups = ([dq.right], dq.partial, dq.wrong)
        right, partial, wrong = (_graded(q, g, mark) for g, mark in zip(groups, _ESSAY_MARKS, strict=True))
        items.append((qid, _SHIFT[q.difficulty], right, partial, wrong))
    return items, possible


def _graded(q: Question, responses: Sequence[Response], mark: float) -> list[_Candidate]:
    """Each response with its points as grade_question gives them, and for an essay with the
    teacher's mark too (`mark` of the points, rounded to whole points)."""
    out: list[_Candidate] = []
    for r in responses:
        auto = (grade_question(q, r).credit or Fraction(0)) * q.points
        if q.type is not QuestionType.ESSAY:
            out.append((encode_response(q.type, r), auto, auto, None))
            continue
        credit = Fraction(max(1, round(mark * q.points)), q.points)
        marked = (grade_question(q, r, credit).credit or Fraction(0)) * q.points
        out.append((encode_response(q.type, r), auto, marked, str(credit)))
    return out


def _attempts(
    rng: random.Random, exam: _Exam, items: list[_Item], possible: int, *, students: list[_Student],
    now: datetime, out: _Writer,
) -> None:  # fmt: skip
    """Each taker answers every question: right with a chance set by ability and difficulty,
    else partly right or wrong, now and then not at all. Points add up in integer units."""
    denominator = math.lcm(1, *(p.denominator for it in items for g in it[2:] for c in g for p in c[1:3]))

    def scaled(group: list[_Candidate]) -> list[_Scored]:
        return [(js, int(a * denominator), int(m * denominator), mark) for js, a, m, mark in group]

    table = [(qid, shift, scaled(r), scaled(p), scaled(w)) for qid, shift, r, p, w in items]
    out_of = Fraction(possible)
    for s in exam.takers:
        student_id, ability, joined, _ = students[s]
        ability += rng.gauss(0, 0.07)  # a good day or a bad one
        practice = rng.random() < 0.1
        limit = None if practice or exam.duration is None else exam.duration * 60
        timed_out = limit is not None and rng.random() < 0.08
        elapsed = (
            limit if timed_out and limit else int((exam.duration or exam.n_questions) * rng.uniform(24, 60))
        )
        earliest = max(exam.created, joined) + timedelta(days=1)
        window = (now - earliest).total_seconds() - elapsed - 600
        start = earliest + timedelta(seconds=int(window * rng.random()))
        end = start + timedelta(seconds=elapsed)
        marked = start < now - MARKED_AFTER
        answers: dict[str, JsonValue] = {}
        marks: dict[str, str] = {}
        units, pending = 0, False
        for qid, shift, right, partial, wrong in table:
            p = ability + shift
            u = rng.random()
            if u < p:
                js, auto, by_teacher, mark = right[0]
            elif u > 0.985:
                continue  # left blank
            elif partial and u < p + (1 - p) * 0.4:
                js, auto, by_teacher, mark = partial[int(u * 997) % len(partial)]
            else:
                js, auto, by_teacher, mark = wrong[int(u * 997) % len(wrong)]
            answers[qid] = js
            if mark is None:
                units += auto
            elif marked:
                units += by_teacher
                marks[qid] = mark
            else:
                pending = True
        earned = Fraction(units, denominator)
        out.add("exam_attempts", {
            "id": _uuid(rng), "user_id": student_id, "exam_id": exam.id, "exam_title": exam.title,
            "mode": "practice" if practice else "exam", "status": "pending" if pending else "submitted",
            "start_time": start, "end_time": end, "created_at": start, "checkpoint_at": end,
            "elapsed_seconds": float(elapsed), "time_limit_seconds": limit,
            "finish_reason": "time_up" if timed_out else "submitted", "answers": answers,
            "manual_marks": marks or None, "flags": [], "revision": len(answers) + 1,
            "score": score_percent(earned, out_of),
            "passed": None if exam.passing is None else is_pass(earned, out_of, exam.passing),
        })  # fmt: skip
