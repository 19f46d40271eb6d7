"""GUI bootstrap: QApplication, logging, crash dialog, opening the database, the main window.

Known problems at start (unwritable folder, locked / foreign / newer / corrupt database,
unreachable server) are shown as a message naming the cause, and the app exits with status 2
without touching the file. Bugs get a crash dialog that names the log file.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from examhub_desktop import APP_ID, APP_NAME, __version__
from examhub_desktop.paths import log_path
from examhub_desktop.services.app import AppContext, open_app
from examhub_desktop.services.errors import KNOWN_ERRORS
from examhub_desktop.ui.main_window import MainWindow
from examhub_desktop.ui.tasks import TaskRunner

log = logging.getLogger("examhub")
ENV_QUIT_WHEN_IDLE = "EXAMHUB_QUIT_WHEN_IDLE"  # benchmarks: quit once the window is shown and idle
ENV_NO_DIALOGS = "EXAMHUB_NO_DIALOGS"  # scripted runs: start-up problems go to stderr only


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    return app


def setup_logging(data_dir: Path) -> Path | None:
    path = log_path(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def settings_for(data_dir: Path) -> QSettings:
    """Settings live in the data folder, so a --data-dir is a whole separate profile."""
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


def install_crash_handler(log_file: Path | None) -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unhandled exception:\n%s", text)
        sys.stderr.write(text)
        if isinstance(exc, KNOWN_ERRORS):
            QMessageBox.warning(None, APP_NAME, str(exc))
            return
        where = f"\n\nDetails were written to {log_file}." if log_file else ""
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            f"{APP_NAME} — unexpected error",
            f"Something went wrong that Exam Hub did not expect: {exc}{where}\n\n"
            "Your saved work is in the database; please report this with the log file.",
        )
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook


def open_or_explain(data_dir: Path, database_url: str | None) -> AppContext | None:
    try:
        return open_app(data_dir, database_url)
    except KNOWN_ERRORS as exc:
        log.warning("cannot open the database: %s", exc)
        sys.stderr.write(f"examhub: {exc}\n")
        if not os.environ.get(ENV_NO_DIALOGS):
            QMessageBox.critical(None, f"{APP_NAME} cannot open its database", str(exc))
        return None


def build_main_window(ctx: AppContext) -> MainWindow:
    tasks = TaskRunner()
    window = MainWindow(ctx, settings_for(ctx.data_dir), tasks)
    tasks.setParent(window)
    return window


def run_gui(*, data_dir: Path, database_url: str | None = None) -> int:
    started = time.perf_counter()
    app = ensure_application()
    log_file = setup_logging(data_dir)
    install_crash_handler(log_file)
    ctx = open_or_explain(data_dir, database_url)
    if ctx is None:
        return 2
    window = build_main_window(ctx)
    window.show()
    if os.environ.get(ENV_QUIT_WHEN_IDLE):

        def quit_when_idle() -> None:
            if window.tasks.pending:
                QTimer.singleShot(5, quit_when_idle)
                return
            print(f"shown-and-idle {time.perf_counter() - started:.3f}", flush=True)
            window.close()

        QTimer.singleShot(0, quit_when_idle)
    code = app.exec()
    ctx.close()
    return code


def self_test_window(data_dir: Path) -> str:
    """Open the main window on `data_dir`, let it load, grab it, close it."""
    app = ensure_application()
    ctx = open_app(data_dir)
    try:
        window = build_main_window(ctx)
        window.show()
        deadline = time.monotonic() + 20
        while window.tasks.pending and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        app.processEvents()
        if window.tasks.pending:
            raise RuntimeError("the main window did not finish loading in 20 s")
        if not window.isVisible():
            raise RuntimeError("the main window did not show")
        image = window.grab()
        size = f"{image.width()}x{image.height()}"
        window.close()
        app.processEvents()
        return f"main window shown ({size}, platform {app.platformName()}) and closed"
    finally:
        ctx.close()
