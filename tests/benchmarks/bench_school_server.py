"""A class of 300 students answering a 50-question exam on one PostgreSQL school server.

What a school asks: is a save fast when everybody answers at once, does the server stay under
its 100 connections, and is every answer the app acknowledged really stored. Each simulated
student is a laptop of its own (its own AppContext and engine on the school-server profile,
signed in as the app does: its own login role and password checked by the server with SCRAM,
which opens a ticket for the shared client role, db/tickets.py; through PgBouncer its URL says
`?pgbouncer=true`, as README tells schools to write it) and saves through
AttemptService.save, one answer at a time with a random think time between answers (10 s on
average: a fast class; real exams give a minute a question), after opening the exam within
the first START_SPREAD_S (60 s). Students are threads spread over a few processes so that
Python's GIL does not queue them behind each other. The server is started here like the test
suite's (tests/support/pgserver.py: fsync off, so the numbers are about connections and CPU).

Unlike a school, the 300 laptops' own work (SQLAlchemy, libpq's SCRAM) runs on the same cores
as the server here, so the CPU seconds of each side are printed per save: what a real server
must carry is the server's share.

Run twice: straight to PostgreSQL, and through PgBouncer in transaction pooling mode (settings
printed). Baselines measured in the same run: a bare single-row UPDATE commit on a connection
held open; the same with a new connection as a login role for each commit (what every save cost
before tickets); and with a new connection of the client role and a ticket for each commit (the
least any client pays that does not hold connections). Targets: p95 under 50 ms, never more than 100 server
connections, 0 acknowledged answers lost. Run by `make bench`; EXAMHUB_BENCH_STUDENTS,
EXAMHUB_BENCH_QUESTIONS, EXAMHUB_BENCH_THINK_S and EXAMHUB_BENCH_START_SPREAD_S change it;
EXAMHUB_BENCH_ONLY_PGBOUNCER=1 skips the run straight to PostgreSQL, EXAMHUB_BENCH_ONLY_DIRECT=1
the run through PgBouncer.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import queue
import random
import resource
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import psycopg  # noqa: E402
from sqlalchemy.engine import URL  # noqa: E402

from examhub_desktop.core.question import Choice, Question, QuestionType  # noqa: E402
from examhub_desktop.core.responses import encode_response  # noqa: E402
from examhub_desktop.db import server_access, tickets  # noqa: E402
from examhub_desktop.db.engine import PG_LINGER_S  # noqa: E402
from examhub_desktop.db.location import location_for  # noqa: E402
from examhub_desktop.services import passwords, server_admin  # noqa: E402
from examhub_desktop.services.app import AppContext  # noqa: E402
from examhub_desktop.services.attempts import AttemptService  # noqa: E402
from examhub_desktop.services.library import ExamFields, LibraryService  # noqa: E402
from examhub_desktop.services.permissions import Principal, Role  # noqa: E402
from examhub_desktop.services.questions import QuestionService  # noqa: E402
from examhub_desktop.services.server_accounts import ServerAccounts  # noqa: E402
from tests.support.pgbouncer import DEFAULT_SETTINGS, PgBouncer  # noqa: E402
from tests.support.pgserver import SUPERUSER, PgServer  # noqa: E402
from tests.support.school import open_ticket  # noqa: E402

STUDENTS = int(os.environ.get("EXAMHUB_BENCH_STUDENTS", "300"))
QUESTIONS = int(os.environ.get("EXAMHUB_BENCH_QUESTIONS", "50"))
THINK_S = float(os.environ.get("EXAMHUB_BENCH_THINK_S", "10.0"))  # mean; uniform in [0.5, 1.5] x this
START_SPREAD_S = float(os.environ.get("EXAMHUB_BENCH_START_SPREAD_S", "60.0"))  # the class opens the exam
PROCESSES = max(2, min(6, (os.cpu_count() or 2) * 2))
BARE_SAMPLES = 300
TEACHER_EMAIL = "teacher@school.org"
TEACHER_PASSWORD = "violet-harbour-42"
# PgBouncer pools per user and database: every save shares the client role's one pool; each
# sign-in makes a short-lived pool of the student's login role, which server_idle_timeout closes.
BOUNCER_SETTINGS = dict(DEFAULT_SETTINGS)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] if ordered else float("nan")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.2f} ms"


# ---------------------------------------------------------------------------- the server


def start_server(base: Path) -> PgServer:
    """The test server, with SCRAM for every role but the superuser (trusted on loopback)."""
    server = PgServer.start(base)
    hba = server.data_dir / "pg_hba.conf"
    hba.write_text(
        f"local all {SUPERUSER} trust\n"
        f"host all {SUPERUSER} 127.0.0.1/32 trust\n"
        "host all all 127.0.0.1/32 scram-sha-256\n",
        encoding="utf-8",
    )
    with server.connect() as conn:
        conn.execute("SELECT pg_reload_conf()")
    return server


@dataclass
class School:
    dbname: str
    exam_id: str
    students: list[tuple[str, str, str]]  # (user id, e-mail, password)


def prepare_school(server: PgServer, dbname: str, folder: Path) -> School:
    """`server init` with a first administrator, who adds the exam and the students."""
    owner = location_for(server.create_database(dbname), folder)
    server_admin.init(owner, TEACHER_EMAIL, "Teacher", lambda: TEACHER_PASSWORD)
    teacher_url = login_url(server.host, server.port, dbname, TEACHER_EMAIL, TEACHER_PASSWORD)
    ctx = AppContext(folder / "teacher", location_for(teacher_url, folder))
    try:
        with ctx.database.engine.begin() as conn:
            teacher_id = str(conn.execute(server_access_uid()).scalar_one())
        teacher = Principal(teacher_id, TEACHER_EMAIL, Role.ADMIN, "Teacher")
        lib, qs = LibraryService(ctx), QuestionService(ctx)
        exam_id = lib.create(teacher, ExamFields("Big exam", duration_minutes=120, is_public=True))
        choices = (Choice("a", 1.0), Choice("b"), Choice("c"), Choice("d"))
        for i in range(QUESTIONS):
            qs.add(teacher, exam_id, Question(QuestionType.MULTIPLE_CHOICE, f"Question {i}", choices=choices))
        lib.set_status(teacher, exam_id, "published")
        argon2 = passwords.hash_password("student-password-0")  # one hash: Argon2 is not what is measured
        students = []
        with ctx.database.engine.begin() as conn:
            for n in range(STUDENTS):
                email, password = f"s{n:03d}@school.org", f"student-password-{n}"
                user_id = server_access.create_account(
                    conn, email=email, full_name=f"Student {n}", role="user", password=password, argon2=argon2
                )
                students.append((user_id, email, password))
    finally:
        ctx.close()
    return School(dbname, exam_id, students)


def server_access_uid() -> Any:
    from sqlalchemy import text

    return text("SELECT examhub_server.uid()")


def login_url(host: str, port: int, dbname: str, email: str, password: str) -> str:
    role = server_access.account_role(dbname, email)
    url = URL.create("postgresql+psycopg", role, password, host, port, dbname)
    return url.render_as_string(hide_password=False)


# ---------------------------------------------------------------------------- baselines


@dataclass
class Baselines:
    held: list[float]  # a connection held open
    login: list[float]  # a new connection as the student's login role (SCRAM, 4096 rounds) each time
    ticket: list[float]  # a new connection of the shared client role, with a ticket, each time


def bare(server: PgServer, school: School, host: str, port: int) -> Baselines:
    """A single-row UPDATE commit, on a held connection and on new connections."""
    client = server_access.client_role(school.dbname)
    with server.connect(school.dbname) as conn:
        conn.execute("CREATE TABLE bench_bare (id text PRIMARY KEY, answers jsonb, revision int)")
        conn.execute("INSERT INTO bench_bare VALUES ('a', '{}', 0)")
        group = server_access.student_group(school.dbname)
        conn.execute(f'GRANT SELECT, UPDATE ON bench_bare TO "{group}", "{client}"')
    answers: dict[str, int] = {}
    _user_id, email, password = school.students[0]
    role = server_access.account_role(school.dbname, email)
    common = {"host": host, "port": port, "dbname": school.dbname, "prepare_threshold": None}
    with psycopg.connect(user=role, password=password, **common) as login:
        secret = open_ticket(login)

    def update(conn: psycopg.Connection[Any], k: int, ticket: str | None = None) -> None:
        answers[f"q{k % QUESTIONS}"] = k % 4
        if ticket is not None:
            conn.execute(tickets.USE_TICKET, (ticket,))
        conn.execute(
            "UPDATE bench_bare SET answers = %s, revision = %s WHERE id = 'a'", (json.dumps(answers), k)
        )
        conn.commit()

    out = Baselines([], [], [])
    with psycopg.connect(user=role, password=password, **common) as conn:
        for k in range(BARE_SAMPLES):
            t = time.perf_counter()
            update(conn, k)
            out.held.append(time.perf_counter() - t)
    for k in range(BARE_SAMPLES):
        t = time.perf_counter()
        with psycopg.connect(user=role, password=password, **common) as conn:
            update(conn, k)
        out.login.append(time.perf_counter() - t)
    for k in range(BARE_SAMPLES):
        t = time.perf_counter()
        with psycopg.connect(
            user=client, password=server_access.client_password(school.dbname), **common
        ) as conn:
            update(conn, k, secret)
        out.ticket.append(time.perf_counter() - t)
    return out


# ---------------------------------------------------------------------------- the class


@dataclass
class Outcome:
    saves: list[float] = field(default_factory=list)
    sign_ins: list[float] = field(default_factory=list)
    starts: list[float] = field(default_factory=list)
    acks: list[tuple[str, str, int]] = field(default_factory=list)  # (attempt, question, answer)
    errors: list[str] = field(default_factory=list)
    submitted: int = 0
    cpu_server: float = 0.0  # seconds, PostgreSQL (and PgBouncer)
    cpu_clients: float = 0.0  # seconds, the simulated laptops


def student(
    folder: Path, url: str, account: tuple[str, str], exam_id: str, start_at: float, seed: int, out: Outcome
) -> None:
    rng = random.Random(seed)
    ctx = AppContext(folder, location_for(url, folder))  # this student's laptop, signed out
    try:
        attempts = AttemptService(ctx)
        time.sleep(max(0.0, start_at + rng.uniform(0, START_SPREAD_S) - time.time()))
        t = time.perf_counter()
        who = ServerAccounts(ctx).sign_in(*account)
        out.sign_ins.append(time.perf_counter() - t)
        t = time.perf_counter()
        attempt_id = attempts.start(who, exam_id)
        out.starts.append(time.perf_counter() - t)
        state = attempts.state(who, attempt_id)
        for shown in state.questions:
            time.sleep(rng.uniform(0.5 * THINK_S, 1.5 * THINK_S))
            qid, answer = shown.question.id or "", rng.randrange(4)
            t = time.perf_counter()
            try:
                attempts.save(who, attempt_id, answers={qid: answer})
            except Exception as exc:  # counted and shown; the answer was not acknowledged
                out.errors.append(f"save: {type(exc).__name__}: {exc}")
                continue
            out.saves.append(time.perf_counter() - t)
            out.acks.append((attempt_id, qid, answer))
        attempts.submit(who, attempt_id)
        out.submitted += 1
    except Exception as exc:
        out.errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        ctx.close()


def laptops(job: dict[str, Any], results: Any) -> None:
    """One process: a share of the class, each student on a thread of its own."""
    out = Outcome()
    threads = []
    query = {"pgbouncer": "true"} if job["pgbouncer"] else {}
    url = URL.create("postgresql+psycopg", None, None, job["host"], job["port"], job["dbname"], query)
    profile = url.render_as_string()  # the school-server profile every laptop is given
    for n, (_user_id, email, password) in job["students"]:
        folder = Path(job["folder"]) / f"s{n}"
        args = (folder, profile, (email, password), job["exam_id"], job["start_at"], n, out)
        threads.append(threading.Thread(target=student, args=args, daemon=True))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    results.put(out)


class Sampler:
    """Server connections in use (pg_stat_activity, client backends), every 50 ms."""

    def __init__(self, server: PgServer) -> None:
        self.server = server
        self.counts: list[int] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        with self.server.connect() as conn:
            while not self._stop.is_set():
                row = conn.execute(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()"
                ).fetchone()
                self.counts.append(int(row[0]) if row else 0)
                self._stop.wait(0.05)


def process_cpu(pid: int, *, reaped_children: bool) -> float:
    """CPU seconds of a process (and of its exited children: the postmaster's backends)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime
    if reaped_children:
        ticks += int(fields[13]) + int(fields[14])  # cutime, cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def server_cpu(server: PgServer, bouncer: PgBouncer | None) -> float:
    postmaster = int((server.data_dir / "postmaster.pid").read_text().split()[0])
    total = process_cpu(postmaster, reaped_children=True)
    for entry in Path("/proc").iterdir():  # backends still running
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == postmaster:
                total += process_cpu(int(entry.name), reaped_children=False)
    if bouncer is not None and bouncer.pid_file.exists():
        total += process_cpu(int(bouncer.pid_file.read_text().strip()), reaped_children=False)
    return total


def clients_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_class(
    server: PgServer, school: School, host: str, port: int, folder: Path, bouncer: PgBouncer | None = None
) -> tuple[Outcome, Sampler, float]:
    start_at = time.time() + 3.0  # every process has made its laptops by then
    shares: list[list[tuple[int, tuple[str, str, str]]]] = [[] for _ in range(PROCESSES)]
    for n, account in enumerate(school.students):
        shares[n % PROCESSES].append((n, account))
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    jobs = [
        {
            "students": share,
            "host": host,
            "port": port,
            "dbname": school.dbname,
            "exam_id": school.exam_id,
            "folder": str(folder),
            "start_at": start_at,
            "pgbouncer": bouncer is not None,
        }
        for share in shares
    ]
    procs = [context.Process(target=laptops, args=(job, results)) for job in jobs]
    total = Outcome()
    cpu_server, cpu_clients = server_cpu(server, bouncer), clients_cpu()
    with Sampler(server) as sampler:
        for p in procs:
            p.start()
        for _ in procs:
            try:
                part: Outcome = results.get(timeout=START_SPREAD_S + QUESTIONS * THINK_S * 2 + 600)
            except queue.Empty:
                total.errors.append("a process of students did not finish in time")
                break
            total.saves += part.saves
            total.sign_ins += part.sign_ins
            total.starts += part.starts
            total.acks += part.acks
            total.errors += part.errors
            total.submitted += part.submitted
        for p in procs:
            p.join(timeout=30)
            if p.is_alive():
                p.kill()
    total.cpu_server = server_cpu(server, bouncer) - cpu_server
    total.cpu_clients = clients_cpu() - cpu_clients
    return total, sampler, time.time() - start_at


def lost_answers(server: PgServer, school: School, acks: list[tuple[str, str, int]]) -> int:
    """Acknowledged answers that are not in the database now (each question is answered once)."""
    with server.connect(school.dbname) as conn:
        stored = {str(i): a or {} for i, a in conn.execute("SELECT id, answers FROM exam_attempts")}
    return sum(
        1
        for attempt_id, qid, answer in acks
        if stored.get(attempt_id, {}).get(qid) != encode_response(QuestionType.MULTIPLE_CHOICE, answer)
    )


def report(
    label: str,
    out: Outcome,
    sampler: Sampler,
    seconds: float,
    lost: int,
    base: Baselines,
) -> None:
    s50, s95, s99 = pct(out.saves, 50), pct(out.saves, 95), pct(out.saves, 99)
    print(f"-- {label}")
    print(
        f"   {len(out.saves)} saves acknowledged, {len(out.errors)} errors, {out.submitted}/{STUDENTS} "
        f"submitted, {len(out.saves) / seconds:.0f} saves/s over {seconds:.0f} s"
    )
    print(f"   AttemptService.save    p50 {ms(s50)}   p95 {ms(s95)}   p99 {ms(s99)}   (target p95 < 50 ms)")
    print(f"   sign in                p50 {ms(pct(out.sign_ins, 50))}   p95 {ms(pct(out.sign_ins, 95))}")
    print(f"   start an attempt       p50 {ms(pct(out.starts, 50))}   p95 {ms(pct(out.starts, 95))}")
    for name, values in (
        ("a held-connection commit", base.held),
        ("a new login-role connection's commit", base.login),
        ("a new client-role connection's commit", base.ticket),
    ):
        print(f"   ratio to {name:38} p50 {s50 / pct(values, 50):5.1f}x   p95 {s95 / pct(values, 95):5.1f}x")
    mean = statistics.mean(sampler.counts) if sampler.counts else 0.0
    print(
        f"   server connections in use: max {max(sampler.counts, default=0)}, p95 {pct([float(c) for c in sampler.counts], 95):.0f}, "
        f"mean {mean:.1f} (target never > 100)"
    )
    print(f"   acknowledged answers lost: {lost} of {len(out.acks)}")
    per_save = max(1, len(out.saves))
    print(
        f"   CPU: server {out.cpu_server:.0f} s ({out.cpu_server / per_save * 1000:.1f} ms a save), "
        f"laptops {out.cpu_clients:.0f} s ({out.cpu_clients / per_save * 1000:.1f} ms a save), "
        f"machine load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    for message in sorted({e.split("@", 1)[-1] for e in out.errors})[:5]:
        print(f"   error ({sum(1 for e in out.errors if e.endswith(message))}x): {message[-220:]}")


def print_baselines(base: Baselines) -> None:
    for name, values in (
        ("held connection", base.held),
        ("new login-role connection", base.login),
        ("new client-role connection + ticket", base.ticket),
    ):
        print(f"bare UPDATE commit, {name:36} p50 {ms(pct(values, 50))}   p95 {ms(pct(values, 95))}")


def main() -> None:
    print(
        f"{STUDENTS} students x {QUESTIONS} questions, think time {THINK_S:.1f} s mean, starts within "
        f"{START_SPREAD_S:.0f} s, {PROCESSES} processes, client pool: LingerPool {PG_LINGER_S} s"
    )
    with tempfile.TemporaryDirectory(prefix="examhub-bench-") as tmp:
        folder = Path(tmp)
        folder.chmod(0o755)  # the server runs as the postgres user under root
        server = start_server(folder)
        try:
            if not os.environ.get("EXAMHUB_BENCH_ONLY_PGBOUNCER"):
                direct = prepare_school(server, "school_direct", folder)
                base = bare(server, direct, server.host, server.port)
                print_baselines(base)
                out, sampler, seconds = run_class(server, direct, server.host, server.port, folder / "direct")
                report(
                    "straight to PostgreSQL",
                    out,
                    sampler,
                    seconds,
                    lost_answers(server, direct, out.acks),
                    base,
                )

            if os.environ.get("EXAMHUB_BENCH_ONLY_DIRECT"):
                return
            pooled = prepare_school(server, "school_bouncer", folder)
            with PgBouncer.start(server, settings=BOUNCER_SETTINGS) as bouncer:
                b_base = bare(server, pooled, bouncer.host, bouncer.port)
                print(
                    f"through PgBouncer ({', '.join(f'{k}={v}' for k, v in BOUNCER_SETTINGS.items() if k != 'ignore_startup_parameters')})"
                )
                print_baselines(b_base)
                out, sampler, seconds = run_class(
                    server, pooled, bouncer.host, bouncer.port, folder / "bouncer"
                )
                lost = lost_answers(server, pooled, out.acks)
                report("through PgBouncer", out, sampler, seconds, lost, b_base)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
