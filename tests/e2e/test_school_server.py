"""README's "Set up a school server", tried line by line against the test PostgreSQL server.

The shell lines are read from README.md itself (so a step that stops working, or a README
that drifts from the commands, fails here), with the example host, database and owner
replaced by the test cluster's. PostgreSQL's own tools and the real `examhub` CLI run as
subprocesses; the passwords go in on stdin, never in argv. The walk ends with the student
signed in through the services and the GUI's sign-in dialog on screen (offscreen).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from examhub_desktop.db.server_access import account_role
from examhub_desktop.services.app import open_app
from examhub_desktop.services.auth import AuthService
from examhub_desktop.services.permissions import Role
from examhub_desktop.services.secrets import FileStore
from tests.support.pgserver import SUPERUSER, PgServer
from tests.support.school import School, drop_school, require_passwords

pytestmark = pytest.mark.pg

README = Path(__file__).resolve().parents[2] / "README.md"
PASSWORDS = {
    "owner": f"Owner-{uuid.uuid4().hex[:12]}",
    "head@school.example.org": "Lantern-orbit-2291!",
    "teacher@school.example.org": "Maple-violin-7730!",
    "student@school.example.org": "Copper-kestrel-4418!",
}
GIFT = "::Q1:: 2 + 2 is {=4 ~3 ~5}\n\n::Q2:: The sky is blue. {T}\n"


def readme_steps() -> list[str]:
    """The command lines of the section's ```sh blocks, in order (configuration lines left out)."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Set up a school server", 1)[1].split("\n## ", 1)[0]
    lines: list[str] = []
    for block in re.findall(r"```sh\n(.*?)```", section, flags=re.S):
        for raw in block.splitlines():
            line = raw.split("  #", 1)[0].strip()
            if line.startswith(("sudo ", "echo ", "examhub ", "export ")):
                lines.append(line)
    return lines


def localise(line: str, server: PgServer, database: str, owner: str) -> str:
    """The README's example server, database and owner made the test cluster's."""
    where = f"{server.host}:{server.port}"
    line = line.replace("examhub_owner", owner).replace("OWNER-PASSWORD", PASSWORDS["owner"])
    line = line.replace("school.example.org:5432:examhub:", f"{server.host}:{server.port}:{database}:")
    line = re.sub(r"(//|@)school\.example\.org:5432/examhub\b", rf"\g<1>{where}/{database}", line)
    if line.startswith("sudo -u postgres createdb"):
        line = re.sub(r" examhub$", f" {database}", line)
    return line


def stdin_for(argv: list[str]) -> str:
    """The passwords a step asks for, in the order it asks."""
    if "--pwprompt" in argv:
        return f"{PASSWORDS['owner']}\n" * 2
    lines = []
    if "--as" in argv:
        lines.append(PASSWORDS[argv[argv.index("--as") + 1]])
    if "--admin" in argv:
        lines.append(PASSWORDS[argv[argv.index("--admin") + 1]])
    if "add" in argv and "--email" in argv:
        lines.append(PASSWORDS[argv[argv.index("--email") + 1]])
    return "".join(f"{x}\n" for x in lines)


def run(argv: list[str], env: dict[str, str], cwd: Path, stdin: str) -> subprocess.CompletedProcess[str]:
    # A new session has no controlling terminal: createuser's prompt then reads stdin.
    return subprocess.run(
        argv,
        env=env,
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
        start_new_session=True,
    )


def test_readme_school_server_walkthrough(pg_server: PgServer, tmp_path: Path) -> None:
    steps = readme_steps()
    assert len(steps) >= 9, steps
    tag = uuid.uuid4().hex[:8]
    database, owner = f"examhub_{tag}", f"examhub_owner_{tag}"
    school = School(pg_server, database, owner, PASSWORDS["owner"])
    require_passwords(pg_server, database)  # step 1: pg_hba.conf with scram-sha-256
    home = tmp_path / "home"
    home.mkdir()
    (tmp_path / "exam.gift").write_text(GIFT, encoding="utf-8")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("PG", "EXAMHUB_"))},
        "HOME": str(home),
        "EXAMHUB_DATA_DIR": str(tmp_path / "laptop"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(README.parent),
    }
    try:
        gui_line = None
        for step in steps:
            line = localise(step, pg_server, database, owner)
            if line.startswith("export "):
                name, value = line.removeprefix("export ").split("=", 1)
                env[name] = value
                continue
            if line.startswith("echo "):
                result = run(["/bin/sh", "-c", line], env, tmp_path, "")
                assert result.returncode == 0, result.stderr
                continue
            argv = shlex.split(line)
            if argv[:3] == ["sudo", "-u", "postgres"]:  # the superuser, here over TCP with trust
                tool = str(pg_server.bin_dir / argv[3])
                argv = [tool, "-h", pg_server.host, "-p", str(pg_server.port), "-U", SUPERUSER, *argv[4:]]
            elif len(argv) == 3 and argv[1] == "--database-url":  # no command: the app itself
                gui_line = argv
                continue
            else:
                argv = [sys.executable, "-m", "examhub_desktop", *argv[1:]]
            result = run(argv, env, tmp_path, stdin_for(argv))
            assert result.returncode == 0, f"{line}\n{result.stdout}{result.stderr}"
            assert "warning" not in result.stderr, result.stderr  # no password was in argv
        assert gui_line is not None

        # Without --as nothing changes; a student's --as is refused.
        cli = [sys.executable, "-m", "examhub_desktop"]
        result = run([*cli, "users", "set-role", "student@school.example.org", "admin"], env, tmp_path, "")
        assert result.returncode == 2 and "--as EMAIL" in result.stderr
        student = "student@school.example.org"
        result = run([*cli, "--as", student, "users", "list"], env, tmp_path, f"{PASSWORDS[student]}\n")
        assert result.returncode == 2 and "Only a teacher or administrator" in result.stderr

        # The student signs in: PostgreSQL checks the password of the student's login role.
        ctx = open_app(tmp_path / "student-laptop", env["EXAMHUB_DATABASE_URL"])
        try:
            principal = AuthService(ctx, FileStore(ctx.data_dir)).sign_in(None, student, PASSWORDS[student])
            assert principal.role is Role.STUDENT
            assert ctx.signed_in_role == account_role(database, student)
        finally:
            ctx.close()

        # And the app starts on the server's address with the sign-in dialog.
        gui_env = {**env, "EXAMHUB_QUIT_WHEN_IDLE": "1", "EXAMHUB_NO_DIALOGS": "1"}
        result = run([*cli, *gui_line[1:]], gui_env, tmp_path, "")
        assert result.returncode == 0, result.stderr
        assert re.search(r"^shown-and-idle [0-9.]+ SignInDialog$", result.stdout, flags=re.M), result.stdout
    finally:
        drop_school(school)
