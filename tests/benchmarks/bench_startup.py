"""Start-up: process start to main window shown and idle, against a bare PySide6 window.

Both profiles have a teacher kept signed in, so the app goes straight to the main window.
"Shown and idle" is the window on screen with its first page's data (the Overview's counts)
and nothing queued that anyone waits to see; the ORM, the real sign-in and the features load
on the database worker after that (ui/accounts/session.py), and that moment is printed too.

Run by `make bench` (never by `make test`). Prints medians and ratios measured in the same
run; the target is at most 2.0x the bare window with a seed-scale database.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "7"))
BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("bare")); w.resize(1100, 720); w.show()
def idle():
    print("shown-and-idle bare", flush=True)
    w.close()
QTimer.singleShot(0, idle)
app.exec()
"""


# Keep a session signed in, so that start-up goes all the way to the main window.
KEEP_SIGNED_IN = """
import sys
from pathlib import Path
from examhub_desktop.services.app import open_app
from examhub_desktop.services.auth import default_auth
from examhub_desktop.services.demo_data import DEMO_TEACHER_EMAIL, DEMO_TEACHER_PASSWORD
ctx = open_app(Path(sys.argv[1]))
auth = default_auth(ctx)
email, password = DEMO_TEACHER_EMAIL, DEMO_TEACHER_PASSWORD
if auth.needs_first_run(None):  # the empty profile: just its administrator
    auth.create_first_admin(None, email, "Bench Teacher", password)
auth.sign_in(None, email, password, keep_signed_in=True)
ctx.close()
"""


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from process start until it prints that its first window is shown with its data
    and idle (the app's EXAMHUB_QUIT_WHEN_IDLE hook), and until everything is loaded (for the
    app: the window's features installed and no background work left; for the bare window the
    same moment). Shutting down afterwards is not counted."""
    start = time.perf_counter()
    with subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        shown = time.perf_counter() - start
        loaded = shown
        if "MainWindow" in line:
            rest = proc.stdout.readline()
            loaded = time.perf_counter() - start
            if not rest.startswith("all-loaded"):
                raise SystemExit(f"{cmd}: no all-loaded line after {line!r}: {rest!r}")
        _, err = proc.communicate(timeout=300)
    if proc.returncode != 0 or not line.startswith("shown-and-idle"):
        raise SystemExit(f"{cmd} failed: {line} {err[-2000:]}")
    if "examhub_desktop" in " ".join(cmd) and "MainWindow" not in line:
        raise SystemExit(f"start-up did not reach the main window: {line}")
    return shown, loaded


def median_of(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    timed(cmd, env)  # warm the file cache
    runs = [timed(cmd, env) for _ in range(RUNS)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def main() -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "EXAMHUB_QUIT_WHEN_IDLE": "1",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # the kept session goes to a file
    }
    # As installed (pip, the frozen build) modules load from bytecode; a shell that sets
    # PYTHONDONTWRITEBYTECODE would make every run compile the app from source instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app_cmd = [sys.executable, "-m", "examhub_desktop", "--data-dir"]
    with tempfile.TemporaryDirectory() as tmp:
        empty, seeded = Path(tmp) / "empty", Path(tmp) / "seed"
        subprocess.run([*app_cmd[:-1], "--data-dir", str(empty), "db", "upgrade"], env=env, check=True)
        print(
            "generating seed-scale demo data (10k users, 1k exams, 50k questions, 100k attempts)…", flush=True
        )
        subprocess.run(
            [*app_cmd[:-1], "--data-dir", str(seeded), "demo-data", "--scale", "seed"],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for folder in (empty, seeded):
            subprocess.run([sys.executable, "-c", KEEP_SIGNED_IN, str(folder)], env=env, check=True)
        bare, _ = median_of([sys.executable, "-c", BARE], env)
        on_empty, empty_loaded = median_of([*app_cmd, str(empty)], env)
        on_seed, seed_loaded = median_of([*app_cmd, str(seeded)], env)
    print(f"runs per case: {RUNS} (median)")
    print("shown with its data and idle:")
    print(f"  bare PySide6 window      {bare:7.3f} s   1.00x")
    print(f"  Exam Hub, empty database {on_empty:7.3f} s   {on_empty / bare:4.2f}x")
    print(f"  Exam Hub, seed database  {on_seed:7.3f} s   {on_seed / bare:4.2f}x   (target <= 2.00x)")
    print("all loaded (services and every feature of the window ready, in the background):")
    print(f"  Exam Hub, empty database {empty_loaded:7.3f} s   {empty_loaded / bare:4.2f}x")
    print(f"  Exam Hub, seed database  {seed_loaded:7.3f} s   {seed_loaded / bare:4.2f}x")


if __name__ == "__main__":
    main()
