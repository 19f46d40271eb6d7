"""The real CLI in a subprocess with a temporary --data-dir."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from examhub_desktop.db.migrate import HEAD_REVISION


def examhub(
    *args: str, input: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "examhub_desktop", *args],
        capture_output=True,
        text=True,
        input=input,
        env=full_env,
        timeout=120,
    )


def test_db_upgrade_current_check_backup(tmp_path: Path) -> None:
    data = tmp_path / "data"
    r = examhub("--data-dir", str(data), "db", "current")
    assert r.returncode == 0 and "no database yet" in r.stdout
    r = examhub("--data-dir", str(data), "db", "upgrade")
    assert r.returncode == 0, r.stderr
    assert HEAD_REVISION in r.stdout and str(data / "examhub.db") in r.stdout
    r = examhub("--data-dir", str(data), "db", "current")
    assert r.returncode == 0 and f"revision: {HEAD_REVISION}" in r.stdout and str(data) in r.stdout
    r = examhub("--data-dir", str(data), "db", "check")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "0 problem(s)" in r.stdout
    r = examhub("--data-dir", str(data), "db", "backup", str(tmp_path / "copy.db"))
    assert r.returncode == 0 and "backup written" in r.stdout
    r = examhub("--database-url", f"sqlite:///{tmp_path / 'copy.db'}", "db", "check")
    assert r.returncode == 0, r.stdout


def test_env_var_selects_the_data_dir(tmp_path: Path) -> None:
    r = examhub("db", "upgrade", env={"EXAMHUB_DATA_DIR": str(tmp_path / "envdir")})
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "envdir" / "examhub.db").exists()


def test_db_check_exits_1_listing_problems(tmp_path: Path) -> None:
    import sqlite3

    data = tmp_path / "data"
    assert examhub("--data-dir", str(data), "db", "upgrade").returncode == 0
    conn = sqlite3.connect(data / "examhub.db")  # foreign keys off: plant an orphan
    conn.execute(
        "INSERT INTO questions (id, exam_id, question_text, options, correct_answer) "
        "VALUES ('q', 'no-such-exam', 'x', '{}', '')"
    )
    conn.execute("DROP INDEX idx_users_role")
    conn.commit()
    conn.close()
    r = examhub("--data-dir", str(data), "db", "check")
    assert r.returncode == 1
    assert "questions row" in r.stdout and "missing exams row" in r.stdout
    assert "index idx_users_role is missing" in r.stdout


def test_known_errors_are_messages_not_tracebacks(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "examhub.db").write_text("hello")
    r = examhub("--data-dir", str(data), "db", "upgrade")
    assert r.returncode == 2
    assert "not an Exam Hub database" in r.stderr and "Traceback" not in r.stderr
    assert (data / "examhub.db").read_text() == "hello"


def test_self_test_passes(tmp_path: Path) -> None:
    r = examhub("self-test")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "self-test passed" in r.stdout
    assert "main window shown" in r.stdout


def test_gui_refuses_a_foreign_database_with_exit_2(tmp_path: Path) -> None:
    import sqlite3

    data = tmp_path / "data"
    data.mkdir()
    conn = sqlite3.connect(data / "examhub.db")
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    before = (data / "examhub.db").read_bytes()
    # a modal message box would wait for a click; scripted runs send the message to stderr only
    r = examhub("--data-dir", str(data), env={"EXAMHUB_NO_DIALOGS": "1"})
    assert r.returncode == 2
    assert "belongs to another program" in r.stderr
    assert (data / "examhub.db").read_bytes() == before


NO_KEYRING = {
    "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"
}  # secrets go to a file in the data dir
GUI = {"EXAMHUB_QUIT_WHEN_IDLE": "1", **NO_KEYRING}


def make_kept_session(data: Path) -> None:
    """A teacher account signed in with "keep me signed in", as the app itself would leave it."""
    code = (
        "from pathlib import Path; from examhub_desktop.services.app import open_app; "
        "from examhub_desktop.services.auth import default_auth; "
        f"ctx = open_app(Path({str(data)!r})); auth = default_auth(ctx); "
        "auth.create_first_admin(None, 't@school.org', 'T', 'violet-harbour-42'); "
        "auth.sign_in(None, 't@school.org', 'violet-harbour-42', keep_signed_in=True); ctx.close()"
    )
    env = {**os.environ, **NO_KEYRING}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr


def test_gui_first_start_shows_the_first_run_dialog_and_quits_when_idle(tmp_path: Path) -> None:
    r = examhub("--data-dir", str(tmp_path / "d"), env=GUI)
    assert r.returncode == 0, r.stderr
    assert "shown-and-idle" in r.stdout and r.stdout.split()[-1] == "FirstRunDialog"


def test_gui_asks_to_sign_in_when_nobody_is_kept_signed_in(tmp_path: Path) -> None:
    data = tmp_path / "d"
    r = examhub(
        "--data-dir",
        str(data),
        "users",
        "add",
        "--email",
        "t@school.org",
        "--role",
        "admin",
        input="violet-harbour-42\n",
        env=NO_KEYRING,
    )
    assert r.returncode == 0, r.stderr
    r = examhub("--data-dir", str(data), env=GUI)
    assert r.returncode == 0, r.stderr
    assert "shown-and-idle" in r.stdout and r.stdout.split()[-1] == "SignInDialog"


def test_gui_resumes_a_kept_session_to_the_main_window(tmp_path: Path) -> None:
    data = tmp_path / "d"
    make_kept_session(data)
    kept = (data / "secrets.json").read_text()
    r = examhub("--data-dir", str(data), env=GUI)
    assert r.returncode == 0, r.stderr
    shown, loaded = r.stdout.splitlines()
    assert shown.startswith("shown-and-idle") and shown.split()[-1] == "MainWindow"
    assert loaded.startswith("all-loaded") and float(loaded.split()[1]) >= float(shown.split()[1])
    assert (data / "secrets.json").read_text() != kept, "the kept session was really resumed (rotated)"
    assert (data / "settings.ini").exists(), "window geometry is saved on close"
    assert "last_email=t@school.org" in (data / "settings.ini").read_text()


# Builds what a resumed start shows first, the way run_gui does, then reports what was imported.
SHELL_FIRST = """
import sys
from pathlib import Path
from examhub_desktop.services.app import open_app
from examhub_desktop.services.secrets import default_store
from examhub_desktop.services.start import StartService
from examhub_desktop.ui.app import ensure_application, settings_for
from examhub_desktop.ui.main_window import MainWindow
from examhub_desktop.ui.tasks import TaskRunner

data = Path(sys.argv[1])
app = ensure_application()
ctx = open_app(data)
tasks = TaskRunner()
forecast = StartService(ctx, default_store(data)).forecast(None)
window = MainWindow(ctx, settings_for(data), tasks, forecast.kept)
window.show()
with_counts = []
window.overview.counts_loaded.connect(with_counts.append)
while not with_counts:
    app.processEvents()
print(forecast.kept.email, with_counts[0].exams, window.overview.count_labels["exams"].text())
print(sorted(m for m in ("sqlalchemy", "keyring", "argon2", "alembic") if m in sys.modules))
tasks.wait()
"""


def test_a_resumed_start_shows_its_window_before_loading_the_orm(tmp_path: Path) -> None:
    """The window of a kept session is on screen, with the database's counts, before
    SQLAlchemy (and the keyring, for a profile keeping its secrets in a file) is imported."""
    data = tmp_path / "d"
    code = (
        "from pathlib import Path; from examhub_desktop.services.app import open_app; "
        "from examhub_desktop.services.auth import default_auth; "
        "from examhub_desktop.services.demo_data import generate; "
        f"ctx = open_app(Path({str(data)!r})); generate(ctx, 'small'); auth = default_auth(ctx); "
        "auth.sign_in(None, 'teacher@riverside-high.example', 'riverside-demo-2026', keep_signed_in=True); "
        "ctx.close()"
    )
    env = {**os.environ, **NO_KEYRING, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    r = subprocess.run(
        [sys.executable, "-c", SHELL_FIRST, str(data)], capture_output=True, text=True, env=env, timeout=60
    )
    assert r.returncode == 0, r.stderr
    first, imported = r.stdout.splitlines()
    assert first == "teacher@riverside-high.example 5 5"
    assert imported == "[]"


def test_alembic_is_not_imported_when_the_database_is_current(tmp_path: Path) -> None:
    assert examhub("--data-dir", str(tmp_path / "d"), "db", "upgrade").returncode == 0
    code = (
        "import sys; from pathlib import Path; from examhub_desktop.services.app import open_app; "
        f"open_app(Path({str(tmp_path / 'd')!r})).close(); print('alembic' in sys.modules)"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "False"


def test_db_check_notices_a_stale_search_index(tmp_path: Path) -> None:
    import sqlite3

    data = tmp_path / "data"
    assert examhub("--data-dir", str(data), "db", "upgrade").returncode == 0
    conn = sqlite3.connect(data / "examhub.db")
    conn.execute("DROP TRIGGER questions_fts_ai")
    conn.execute("INSERT INTO exams (id, title) VALUES ('e', 'Algebra')")
    conn.execute(
        "INSERT INTO questions (id, exam_id, question_text, options, correct_answer) VALUES ('q', 'e', 'x', '{}', '')"
    )
    conn.commit()
    conn.close()
    r = examhub("--data-dir", str(data), "db", "check")
    assert r.returncode == 1
    assert "search trigger questions_fts_ai is missing" in r.stdout
    assert "search index questions_fts is out of step with questions (+1 rows)" in r.stdout


GIFT_FILE = """$CATEGORY: Fractions

::half:: What is 1/2 + 1/4? {=3/4 ~2/6 ~1/8}

::tf:: 2/4 equals 1/2. {T}
"""


def test_import_and_export(tmp_path: Path) -> None:
    data = tmp_path / "data"
    src = tmp_path / "fractions.gift"
    src.write_text(GIFT_FILE, encoding="utf-8")
    r = examhub("--data-dir", str(data), "import", str(src))
    assert r.returncode == 0, r.stderr
    assert "2 question(s) imported from fractions.gift (gift)" in r.stdout
    exam_id = r.stdout.split("exam ")[-1].strip()
    out = tmp_path / "fractions.xml"
    r = examhub("--data-dir", str(data), "export", exam_id, "--format", "moodle-xml", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "<quiz>" in out.read_text(encoding="utf-8")
    r = examhub("--data-dir", str(data), "import", str(src))
    assert r.returncode == 0 and "2 question(s) updated" in r.stdout


def test_import_with_errors_writes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    src = tmp_path / "bad.gift"
    src.write_text("::ok:: fine? {T}\n\n::bad:: Which? {=a =b ~c}\n", encoding="utf-8")
    r = examhub("--data-dir", str(data), "import", str(src))
    assert r.returncode == 1
    assert "bad.gift: line 3: error: Multiple choice needs" in r.stderr
    assert "nothing was imported" in r.stderr and "Traceback" not in r.stderr
    r = examhub("--data-dir", str(data), "db", "check")
    assert r.returncode == 0
    import sqlite3

    conn = sqlite3.connect(data / "examhub.db")
    assert conn.execute("SELECT count(*) FROM exams").fetchone() == (0,)
    conn.close()


def test_import_refuses_a_missing_or_huge_file(tmp_path: Path) -> None:
    r = examhub("--data-dir", str(tmp_path / "d"), "import", str(tmp_path / "nope.gift"))
    assert r.returncode == 2 and "cannot be read" in r.stderr
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as fh:
        fh.truncate(21 * 1024 * 1024)
    r = examhub("--data-dir", str(tmp_path / "d"), "import", str(huge))
    assert r.returncode == 2 and "MiB" in r.stderr


def test_users_commands(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    r = examhub(
        "--data-dir",
        data,
        "users",
        "add",
        "--email",
        "Head@School.org",
        "--role",
        "admin",
        "--name",
        "Head",
        input="violet-harbour-42\n",
    )
    assert r.returncode == 0 and "created head@school.org (admin)" in r.stdout, r.stderr
    r = examhub(
        "--data-dir", data, "users", "add", "--email", "pupil@school.org", input="violet-harbour-42\n"
    )
    assert r.returncode == 0, r.stderr
    r = examhub(
        "--data-dir", data, "users", "add", "--email", "PUPIL@school.org", input="violet-harbour-42\n"
    )
    assert r.returncode == 2 and "exists already" in r.stderr
    r = examhub("--data-dir", data, "users", "add", "--email", "weak@school.org", input="password1\n")
    assert r.returncode == 2 and "characters" in r.stderr
    r = examhub("--data-dir", data, "users", "add", "--email", "not-an-email", input="violet-harbour-42\n")
    assert r.returncode == 2 and "@" in r.stderr
    r = examhub("--data-dir", data, "users", "list")
    assert r.returncode == 0
    assert r.stdout.splitlines() == [
        "head@school.org\tadmin\tactive\tHead",
        "pupil@school.org\tuser\tactive\t",
    ]
    assert examhub("--data-dir", data, "users", "set-role", "pupil@school.org", "admin").returncode == 0
    r = examhub("--data-dir", data, "users", "deactivate", "pupil@school.org")
    assert r.returncode == 0 and "deactivated" in r.stdout
    r = examhub("--data-dir", data, "users", "set-role", "head@school.org", "user")
    assert r.returncode == 2 and "last active administrator" in r.stderr
    r = examhub("--data-dir", data, "users", "reset-password", "head@school.org")
    one_time = r.stdout.strip()
    assert r.returncode == 0 and len(one_time) >= 10
    r = examhub("--data-dir", data, "users", "reset-password", "nobody@school.org")
    assert r.returncode == 2 and "no account for nobody@school.org" in r.stderr
    assert "violet-harbour-42" not in " ".join(map(str, r.args)), "passwords never travel in argv"
