"""A school-server profile through the services and the CLI, against a real PostgreSQL.

Each account signs in as its own login role with its own password (SCRAM, checked by the
server: tests/support/school.py turns the test cluster's trust off for the school database),
which opens a ticket; the app then works as the shared client role with it.
"""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from examhub_desktop import cli
from examhub_desktop.db.location import DatabaseProblem
from examhub_desktop.db.server_access import account_role, client_role
from examhub_desktop.services.app import AppContext, open_app
from examhub_desktop.services.auth import AuthService, SignInRefused
from examhub_desktop.services.errors import FieldError, PermissionDenied, ServiceError
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.secrets import FileStore
from examhub_desktop.services.users import UserService
from tests.support.pgserver import PgServer
from tests.support.school import School, school_with_admin

pytestmark = pytest.mark.pg

ADMIN, ADMIN_PW = "ada@school.test", "Admin-pass-4821!"
STUDENT, STUDENT_PW = "sam@school.test", "Student-pass-7719!"


@pytest.fixture(scope="module")
def school(pg_server: PgServer) -> Iterator[School]:
    with school_with_admin(pg_server, ADMIN, ADMIN_PW) as made:
        yield made


@pytest.fixture
def client(school: School, tmp_path: Path) -> Iterator[AppContext]:
    ctx = open_app(tmp_path / "laptop", school.client_url)
    yield ctx
    ctx.close()


def auth_of(ctx: AppContext) -> AuthService:
    return AuthService(ctx, FileStore(ctx.data_dir))


def session_user(ctx: AppContext) -> tuple[str, str | None]:
    """Who connects, and whom the server counts the transaction for."""
    with ctx.uow() as uow:
        row = uow.session.execute(text("SELECT session_user, examhub_server.uid()")).one()
        return str(row[0]), row[1]


def tickets_of(school: School, user_id: str) -> int:
    with school.server.connect(school.database) as conn:
        row = conn.execute("SELECT count(*) FROM examhub_server.tickets WHERE user_id = %s", (user_id,))
        return int(row.fetchone()[0])  # type: ignore[index]


@pytest.fixture
def student(school: School, client: AppContext) -> Iterator[str]:
    """A student account made by the administrator through the services; its id."""
    admin = auth_of(client).sign_in(None, ADMIN, ADMIN_PW)
    row, _ = UserService(client).create_user(admin, STUDENT, "Sam Student", Role.STUDENT, STUDENT_PW)
    auth_of(client).sign_out(admin)
    yield row.id
    admin = auth_of(client).sign_in(None, ADMIN, ADMIN_PW)
    UserService(client).delete_user(admin, row.id)  # the next test makes it anew


def test_nothing_connects_before_sign_in(client: AppContext) -> None:
    assert client.server is not None and client.signed_in_role is None
    with pytest.raises(DatabaseProblem) as info:
        client.uow()
    assert info.value.kind == "signed-out"
    assert not auth_of(client).needs_first_run(None)  # server init made the first administrator


def test_admin_signs_in_with_its_login_role_and_works_with_a_ticket(
    school: School, client: AppContext
) -> None:
    principal = auth_of(client).sign_in(None, "  ADA@school.test ", ADMIN_PW, keep_signed_in=True)
    assert principal.role is Role.ADMIN and principal.email == ADMIN
    assert client.signed_in_role == account_role(school.database, ADMIN)
    assert session_user(client) == (client_role(school.database), principal.user_id)
    assert tickets_of(school, principal.user_id) == 1
    assert "Admin-pass" not in repr(client.location) and "Admin-pass" not in client.location.describe()
    assert FileStore(client.data_dir).get("refresh") is None  # nothing kept on a server profile
    with client.uow() as uow:
        user = uow.users.by_email(ADMIN)
        assert user is not None and user.last_login is not None  # signed_in() recorded it
    auth_of(client).sign_out(principal)
    with pytest.raises(DatabaseProblem):
        client.uow()
    assert tickets_of(school, principal.user_id) == 0, "signing out ended the ticket on the server"


def test_a_ticket_is_renewed_half_way_and_an_ended_one_is_said_plainly(
    school: School, client: AppContext, student: str
) -> None:
    principal = auth_of(client).sign_in(None, STUDENT, STUDENT_PW)
    holder = client.database.tickets
    assert holder is not None
    first = holder.secret
    holder._ticket = replace(holder._ticket, renew_at=time.time() - 1)  # as if 6 hours had passed
    assert session_user(client) == (client_role(school.database), student)
    assert holder.secret != first and tickets_of(school, student) == 1, "the new ticket replaced the old"

    admin = open_app(client.data_dir.parent / "teacher", school.client_url)
    try:  # a teacher resets the student's password on another laptop: the ticket ends
        teacher = auth_of(admin).sign_in(None, ADMIN, ADMIN_PW)
        UserService(admin).reset_password(teacher, student)
    finally:
        admin.close()
    with pytest.raises(DatabaseProblem) as ended:
        session_user(client)
    assert ended.value.kind == "signed-out" and "Sign out and sign in again" in str(ended.value)
    auth_of(client).sign_out(principal)  # the server is reached, the ticket is gone already: quiet


def test_wrong_password_and_unknown_account_get_one_message(client: AppContext) -> None:
    with pytest.raises(SignInRefused) as wrong:
        auth_of(client).sign_in(None, ADMIN, "Not-the-password-1!")
    with pytest.raises(SignInRefused) as unknown:
        auth_of(client).sign_in(None, "nobody@school.test", "Not-the-password-1!")
    assert str(wrong.value) == str(unknown.value) == "The e-mail address or password is not right."
    assert client.signed_in_role is None


def test_unreachable_server_is_a_clear_problem(tmp_path: Path) -> None:
    ctx = open_app(tmp_path / "laptop", "postgresql://127.0.0.1:1/school")
    with pytest.raises(DatabaseProblem) as info:
        auth_of(ctx).sign_in(None, ADMIN, ADMIN_PW)
    assert info.value.kind == "unreachable"
    assert str(info.value).startswith("Cannot reach the school server 127.0.0.1:1 (Connection refused).")


def test_student_sees_only_itself_and_may_not_manage(
    school: School, client: AppContext, student: str
) -> None:
    principal = auth_of(client).sign_in(None, STUDENT, STUDENT_PW)
    assert principal.role is Role.STUDENT and principal.user_id == student
    assert session_user(client) == (client_role(school.database), student)
    assert client.signed_in_role == account_role(school.database, STUDENT)
    with pytest.raises(PermissionDenied):
        UserService(client).list_users(principal)
    with client.uow() as uow:  # the database, not our services, hides the others
        assert [u.email for u in uow.users.list()] == [STUDENT]
    forged = Principal(principal.user_id, principal.email, Role.ADMIN)  # a tampered client
    with pytest.raises((PermissionDenied, ServiceError, DatabaseProblem)):
        UserService(client).set_role(forged, student, Role.ADMIN)
    with client.uow() as uow:
        user = uow.users.get(student)
        assert user is not None and user.role == "user"


def test_deactivated_account_cannot_connect(client: AppContext, student: str) -> None:
    admin = auth_of(client).sign_in(None, ADMIN, ADMIN_PW)
    assert not UserService(client).set_active(admin, student, False).is_active
    other = AppContext(client.data_dir, client.server)  # type: ignore[arg-type]
    with pytest.raises(SignInRefused, match="deactivated"):
        auth_of(other).sign_in(None, STUDENT, STUDENT_PW)
    assert UserService(client).set_active(admin, student, True).is_active
    assert auth_of(other).sign_in(None, STUDENT, STUDENT_PW).user_id == student
    other.close()


def test_reset_then_change_password_is_what_the_server_accepts(client: AppContext, student: str) -> None:
    admin = auth_of(client).sign_in(None, ADMIN, ADMIN_PW)
    one_time = UserService(client).reset_password(admin, student)
    auth_of(client).sign_out(admin)
    with pytest.raises(SignInRefused):
        auth_of(client).sign_in(None, STUDENT, STUDENT_PW)
    me = auth_of(client).sign_in(None, STUDENT, one_time)
    assert me.must_change_password
    with pytest.raises(FieldError) as bad:
        auth_of(client).change_password(me, "wrong-one-time", "Brand-new-pass-5531!")
    assert bad.value.field == "current"
    me = auth_of(client).change_password(me, one_time, "Brand-new-pass-5531!")
    assert not me.must_change_password
    assert client.signed_in_role == account_role(client.location.database_name, STUDENT)
    assert session_user(client) == (client_role(client.location.database_name), me.user_id)  # a new ticket
    auth_of(client).sign_out(me)
    with pytest.raises(SignInRefused):
        auth_of(client).sign_in(None, STUDENT, one_time)
    assert auth_of(client).sign_in(None, STUDENT, "Brand-new-pass-5531!").user_id == student


def test_own_name_and_verified_addresses_go_through_the_server(client: AppContext, student: str) -> None:
    auth = auth_of(client)
    me = auth.sign_in(None, STUDENT, STUDENT_PW)
    assert auth.update_profile(me, "  Samantha  ").full_name == "Samantha"
    with pytest.raises(ServiceError, match="a teacher confirms"):
        auth.send_verification_code(me)
    with pytest.raises(ServiceError, match="a teacher confirms"):
        auth.verify_email(me, "ABCD-2345")
    with pytest.raises(PermissionDenied):
        UserService(client).mark_verified(me, student)
    auth.sign_out(me)
    admin = auth.sign_in(None, ADMIN, ADMIN_PW)
    assert auth.update_profile(admin, "Ada Admin").full_name == "Ada Admin"
    row = UserService(client).mark_verified(admin, student)
    assert row.email_verified and row.full_name == "Samantha"
    auth.sign_out(admin)


def test_last_administrator_stays(client: AppContext) -> None:
    admin = auth_of(client).sign_in(None, ADMIN, ADMIN_PW)
    said = f"{ADMIN} is the last active administrator; make someone else an administrator first."
    with pytest.raises(ServiceError) as demoted:
        UserService(client).set_role(admin, admin.user_id, Role.STUDENT)
    with pytest.raises(ServiceError) as deactivated:
        UserService(client).set_active(admin, admin.user_id, False)
    with pytest.raises(ServiceError) as deleted:
        UserService(client).delete_user(admin, admin.user_id)
    assert str(demoted.value) == str(deactivated.value) == str(deleted.value) == said
    assert auth_of(client).sign_in(None, ADMIN, ADMIN_PW).role is Role.ADMIN


def test_duplicate_account_is_a_field_error(client: AppContext) -> None:
    admin = auth_of(client).sign_in(None, ADMIN, ADMIN_PW)
    with pytest.raises(FieldError) as info:
        UserService(client).create_user(admin, ADMIN, "Again", Role.STUDENT, "Another-pass-8812!")
    assert info.value.field == "email"


# ---------------------------------------------------------------------- the CLI on a school server
def run_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str], stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_refuses_without_as(
    school: School, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EXAMHUB_DATABASE_URL", school.client_url)
    monkeypatch.setenv("EXAMHUB_DATA_DIR", str(tmp_path / "cli"))
    for argv in (
        ["users", "set-role", STUDENT, "admin"],
        ["users", "list"],
        ["users", "reset-password", ADMIN],
        ["export", "x", "--format", "json", "-o", str(tmp_path / "x.json")],
    ):
        code, out, err = run_cli(monkeypatch, capsys, argv)
        assert code == 2 and "--as EMAIL" in err and "nothing was changed" in err, (argv, err)
        assert out == ""


def test_cli_as_admin_and_as_student(
    school: School,
    student: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = ["--database-url", school.client_url, "--as"]
    monkeypatch.setenv("EXAMHUB_DATA_DIR", str(tmp_path / "cli"))
    code, out, err = run_cli(monkeypatch, capsys, [*base, ADMIN, "users", "list"], f"{ADMIN_PW}\n")
    assert code == 0, err
    assert ADMIN in out and STUDENT in out
    code, out, err = run_cli(
        monkeypatch,
        capsys,
        [*base, ADMIN, "users", "add", "--email", "tia@school.test", "--role", "admin"],
        f"{ADMIN_PW}\nTeacher-pass-3390!\n",
    )
    assert code == 0 and "created tia@school.test (admin)" in out, err
    after = ["--database-url", school.client_url, "users", "list", "--as", ADMIN]  # after the command too
    code, out, err = run_cli(monkeypatch, capsys, after, f"{ADMIN_PW}\n")
    assert code == 0 and "tia@school.test" in out, err
    code, out, err = run_cli(monkeypatch, capsys, [*base, ADMIN, "users", "list"], "wrong\n")
    assert code == 2 and "not right" in err and out == ""
    code, out, err = run_cli(
        monkeypatch, capsys, [*base, STUDENT, "users", "set-role", STUDENT, "admin"], f"{STUDENT_PW}\n"
    )
    assert code == 2 and "Only a teacher or administrator" in err
    code, out, err = run_cli(
        monkeypatch,
        capsys,
        [*base, "tia@school.test", "users", "deactivate", "tia@school.test"],
        "Teacher-pass-3390!\n",
    )
    assert code == 0 and "deactivated" in out, err
    ctx = open_app(tmp_path / "check", school.client_url)
    try:
        with pytest.raises(SignInRefused, match="deactivated"):
            auth_of(ctx).sign_in(None, "tia@school.test", "Teacher-pass-3390!")
        admin = auth_of(ctx).sign_in(None, ADMIN, ADMIN_PW)
        rows = {r.email: r for r in UserService(ctx).list_users(admin)}
        assert rows[STUDENT].role is Role.STUDENT
        UserService(ctx).delete_user(admin, rows["tia@school.test"].id)
    finally:
        ctx.close()


def test_cli_warns_about_a_password_in_argv(
    school: School, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"postgresql://{school.owner}:{school.owner_password}@{school.server.host}:{school.server.port}/{school.database}"
    code, out, err = run_cli(monkeypatch, capsys, ["--database-url", url, "db", "current"])
    assert code == 0, err
    assert "warning" in err and "process list" in err and "~/.pgpass" in err
    assert school.owner_password not in out + err
    monkeypatch.setenv("PGPASSFILE", str(school.pgpass(tmp_path)))
    code, out, err = run_cli(monkeypatch, capsys, ["--database-url", school.owner_url, "db", "current"])
    assert code == 0 and "revision:" in out, err  # libpq read the password from PGPASSFILE
    assert "warning" not in err


def test_cli_asks_a_terminal_for_the_owner_password(school: School, tmp_path: Path) -> None:
    """An owner URL with no password and no ~/.pgpass entry: a prompt on the terminal, not argv."""
    import os
    import pty
    import sys
    import time
    import warnings

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "EXAMHUB_"))}
    env |= {"HOME": str(tmp_path), "EXAMHUB_DATA_DIR": str(tmp_path / "cli")}
    argv = [sys.executable, "-m", "examhub_desktop", "--database-url", school.owner_url, "users", "list"]
    with warnings.catch_warnings():  # "multi-threaded": the child only calls execve
        warnings.simplefilter("ignore", DeprecationWarning)
        pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal
        os.execve(argv[0], argv, env)
    seen = b""
    deadline = time.monotonic() + 60
    while b"Password of PostgreSQL role" not in seen and time.monotonic() < deadline:
        seen += os.read(fd, 1024)
    os.write(fd, school.owner_password.encode() + b"\n")
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    _, status = os.waitpid(pid, 0)
    text = seen.decode(errors="replace")
    assert os.waitstatus_to_exitcode(status) == 0, text
    assert f"Password of PostgreSQL role {school.owner}: " in text and ADMIN in text
    assert school.owner_password not in text  # not echoed


def test_a_students_save_is_one_transaction_and_stops_when_the_account_is_deactivated(
    school: School, client: AppContext, student: str, tmp_path: Path
) -> None:
    """On a server the ticket check at each transaction's start is the active-account check, so a
    save does not read the role in a transaction of its own; a deactivation still stops it."""
    from sqlalchemy import event

    from examhub_desktop.core.question import Choice, Question, QuestionType
    from examhub_desktop.services.attempts import AttemptService
    from examhub_desktop.services.library import ExamFields, LibraryService
    from examhub_desktop.services.permissions import forget_roles
    from examhub_desktop.services.questions import QuestionService

    staff = open_app(tmp_path / "teacher", school.client_url)
    try:
        teacher = auth_of(staff).sign_in(None, ADMIN, ADMIN_PW)
        exam_id = LibraryService(staff).create(teacher, ExamFields("Quiz", is_public=True))
        QuestionService(staff).add(
            teacher,
            exam_id,
            Question(QuestionType.MULTIPLE_CHOICE, "2 + 2?", choices=(Choice("4", 1.0), Choice("5"))),
        )
        LibraryService(staff).set_status(teacher, exam_id, "published")
        pupil = auth_of(client).sign_in(None, STUDENT, STUDENT_PW)
        attempts = AttemptService(client)
        attempt_id = attempts.start(pupil, exam_id)
        state = attempts.state(pupil, attempt_id)
        qid = state.questions[0].question.id or ""
        begun: list[object] = []
        event.listen(client.database.engine, "begin", begun.append)
        forget_roles()  # as after the role cache's lifetime (permissions.ROLE_TTL_S)
        attempts.save(pupil, attempt_id, answers={qid: 0})
        assert len(begun) == 1, "the save is one transaction"
        UserService(staff).set_active(teacher, student, False)
        with pytest.raises(DatabaseProblem) as ended:
            attempts.save(pupil, attempt_id, answers={qid: 1})
        assert ended.value.kind == "signed-out"
        UserService(staff).set_active(teacher, student, True)
    finally:
        staff.close()


def test_a_server_set_up_by_an_older_app_asks_for_an_upgrade(
    school: School, client: AppContext, student: str, tmp_path: Path
) -> None:
    """A save on a server without this version's functions names the fix, not a raw error."""
    from examhub_desktop.services.attempts import AttemptService

    pupil = auth_of(client).sign_in(None, STUDENT, STUDENT_PW)
    signature = "examhub_server.save_attempt(text, varchar, jsonb, json, json, integer)"
    with school.server.connect(school.database) as conn:
        conn.execute(f"ALTER FUNCTION {signature} RENAME TO save_attempt_gone")
    try:
        with pytest.raises(DatabaseProblem) as info:
            AttemptService(client).save(pupil, "no-such-attempt")
    finally:
        with school.server.connect(school.database) as conn:
            conn.execute(
                f"ALTER FUNCTION {signature.replace('save_attempt', 'save_attempt_gone')} RENAME TO save_attempt"
            )
    assert info.value.kind == "outdated"
    assert "examhub server upgrade" in str(info.value)


@pytest.mark.parametrize("with_revision", [True, False], ids=["runner", "merge"])
def test_two_laptops_of_one_student_lose_no_acknowledged_answer(
    school: School, student: str, tmp_path: Path, with_revision: bool
) -> None:
    """The answer-save race of test_races.py on a school server: two laptops signed in as the
    same student (a ticket each) save one attempt through examhub_server.save_attempt."""
    from examhub_desktop.core.question import Question, QuestionType, TextAnswer
    from examhub_desktop.services.attempts import AttemptService
    from examhub_desktop.services.library import ExamFields, LibraryService
    from examhub_desktop.services.questions import QuestionService
    from tests.support.races import race_answer_saves

    laptops = [open_app(tmp_path / f"laptop{k}", school.client_url) for k in range(3)]
    try:
        staff = laptops[2]
        teacher = auth_of(staff).sign_in(None, ADMIN, ADMIN_PW)
        exam_id = LibraryService(staff).create(teacher, ExamFields("Race", is_public=True))
        for i in range(4):
            QuestionService(staff).add(
                teacher,
                exam_id,
                Question(QuestionType.SHORT_ANSWER, f"Word {i}?", answers=(TextAnswer("x"),)),
            )
        LibraryService(staff).set_status(teacher, exam_id, "published")
        pupil = auth_of(laptops[0]).sign_in(None, STUDENT, STUDENT_PW)
        auth_of(laptops[1]).sign_in(None, STUDENT, STUDENT_PW)
        services = (AttemptService(laptops[0]), AttemptService(laptops[1]))
        attempt_id = services[0].start(pupil, exam_id)
        qids = [q.question.id or "" for q in services[0].state(pupil, attempt_id).questions]

        def stored() -> dict[str, object]:
            return dict(services[0].state(pupil, attempt_id).answers)

        counts = race_answer_saves(
            services, pupil, attempt_id, qids, stored, rounds=100, with_revision=with_revision
        )
        print(f"RACE answer-saves [school server] rounds=100 lost={counts.lost} stale_refused={counts.stale}")
        assert counts.lost == 0
        if with_revision:
            assert counts.stale > 0, "the devices never overlapped"
    finally:
        for ctx in laptops:
            ctx.close()


def test_the_server_keeps_the_deadline_and_the_rules_whatever_the_client_sends(
    school: School, client: AppContext, student: str, tmp_path: Path
) -> None:
    """Exam integrity on a school server: an attempt starts by the server's clock with the
    student's extra time whatever the client inserts; attempts allowed and practice beside a
    running exam are refused by PostgreSQL itself; a save after the deadline is refused."""
    from examhub_desktop.core.exam_rules import ExamRules
    from examhub_desktop.core.question import Choice, Question, QuestionType
    from examhub_desktop.services.attempts import AttemptService, TimeUp
    from examhub_desktop.services.library import ExamFields, LibraryService
    from examhub_desktop.services.questions import QuestionService

    staff = open_app(tmp_path / "teacher", school.client_url)
    try:
        teacher = auth_of(staff).sign_in(None, ADMIN, ADMIN_PW)
        lib = LibraryService(staff)
        exam_id = lib.create(
            teacher,
            ExamFields("Timed", duration_minutes=1, is_public=True, rules=ExamRules(max_attempts=1)),
        )
        QuestionService(staff).add(
            teacher,
            exam_id,
            Question(QuestionType.MULTIPLE_CHOICE, "2 + 2?", choices=(Choice("4", 1.0), Choice("5"))),
        )
        lib.set_status(teacher, exam_id, "published")
        lib.set_extra_time(teacher, exam_id, STUDENT, 2.0)
        pupil = auth_of(client).sign_in(None, STUDENT, STUDENT_PW)
        attempts = AttemptService(client)
        attempt_id = attempts.start(pupil, exam_id)
        state = attempts.state(pupil, attempt_id)
        assert state.time_limit_seconds == 120, "the student's extra time"
        qid = state.questions[0].question.id or ""
        assert attempts.save(pupil, attempt_id, answers={qid: 0}).remaining_seconds == pytest.approx(
            120, abs=5
        )

        def insert(mode: str, **values: object) -> None:
            """A row as a student's own client (psql, say) would insert it, under row security."""
            with client.uow() as uow:
                uow.session.execute(
                    text(
                        "INSERT INTO exam_attempts (id, user_id, exam_id, status, mode, start_time, "
                        "checkpoint_at, time_limit_seconds) VALUES (:id, :uid, :exam, 'in_progress', :mode, "
                        ":start, :start, :limit)"
                    ),
                    {"id": values["id"], "uid": student, "exam": exam_id, "mode": mode, **values},
                )
                uow.commit()

        long_ago = {"start": "2000-01-01T00:00:00Z", "limit": 999_999}
        with pytest.raises(
            DatabaseProblem, match="row-level security"
        ):  # a second attempt of a one-attempt exam
            insert("exam", id="00000000-0000-4000-8000-000000000001", **long_ago)
        with pytest.raises(DatabaseProblem, match="row-level security"):  # practice beside the running exam
            insert("practice", id="00000000-0000-4000-8000-000000000002", **long_ago)

        with school.server.connect(school.database) as owner:  # the deadline passes, by the server's clock
            owner.execute(
                "UPDATE exam_attempts SET start_time = start_time - interval '10 minutes', "
                "checkpoint_at = checkpoint_at - interval '10 minutes' WHERE id = %s",
                (attempt_id,),
            )
        with pytest.raises(TimeUp):
            attempts.save(pupil, attempt_id, answers={qid: 1})
        attempts.submit(pupil, attempt_id)
        with staff.uow().reading() as uow:
            row = uow.session.execute(
                text(
                    "SELECT finish_reason, answers::text, elapsed_seconds FROM exam_attempts WHERE id = :id"
                ),
                {"id": attempt_id},
            ).one()
        assert row[0] == "time_up" and json.loads(row[1]) == {qid: 0} and row[2] == 120, "the saved answer"

        insert("practice", id="00000000-0000-4000-8000-000000000003", **long_ago)  # allowed now
        with staff.uow().reading() as uow:
            started, limit = uow.session.execute(
                text(
                    "SELECT now() - start_time, time_limit_seconds FROM exam_attempts "
                    "WHERE id = '00000000-0000-4000-8000-000000000003'"
                )
            ).one()
        assert started.total_seconds() < 60 and limit == 999_999, (
            "started now by the server (practice keeps its timing)"
        )
    finally:
        staff.close()
