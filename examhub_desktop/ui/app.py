"""GUI bootstrap: QApplication, logging, crash dialog, opening the database, signing in, the main window.

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
import uuid
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from examhub_desktop import APP_ID, APP_NAME, __version__
from examhub_desktop.paths import log_path
from examhub_desktop.services.app import AppContext, open_app
from examhub_desktop.services.errors import KNOWN_ERRORS, is_known
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.secrets import FileStore
from examhub_desktop.ui import theme
from examhub_desktop.ui.accounts.session import SessionController, open_accounts
from examhub_desktop.ui.appearance import device_settings
from examhub_desktop.ui.i18n import install_translations
from examhub_desktop.ui.main_window import MainWindow
from examhub_desktop.ui.tasks import GuiGarbageCollector, TaskRunner

if TYPE_CHECKING:
    from examhub_desktop.ui.accounts.backend import AccountServices

log = logging.getLogger("examhub")
ENV_QUIT_WHEN_IDLE = "EXAMHUB_QUIT_WHEN_IDLE"  # benchmarks: quit once the first window is shown and idle
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
    return device_settings(data_dir)


def install_crash_handler(log_file: Path | None) -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, exc, tb))
        background = getattr(exc, "__traceback_text__", "")
        if background:  # raised in a background task: the worker's part of the story
            text += f"\nIn the background task:\n{background}"
        log.error("unhandled exception:\n%s", text)
        sys.stderr.write(text)
        if is_known(exc):
            QMessageBox.warning(None, APP_NAME, str(exc))
            return
        if log_file:
            message = QCoreApplication.translate(
                "CrashDialog",
                "Something went wrong that {app} did not expect: {error}\n\nDetails were written to "
                "{log}.\n\nYour saved work is in the database; please report this with the log file.",
            ).format(app=APP_NAME, error=exc, log=log_file)
        else:
            message = QCoreApplication.translate(
                "CrashDialog",
                "Something went wrong that {app} did not expect: {error}\n\n"
                "Your saved work is in the database; please report this with the details below.",
            ).format(app=APP_NAME, error=exc)
        title = QCoreApplication.translate("CrashDialog", "{app} — unexpected error").format(app=APP_NAME)
        box = QMessageBox(QMessageBox.Icon.Critical, title, message)
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
            title = QCoreApplication.translate("StartUp", "{app} cannot open its database")
            QMessageBox.critical(None, title.format(app=APP_NAME), str(exc))
        return None


def build_main_window(
    ctx: AppContext,
    principal: Principal,
    *,
    accounts: AccountServices | None = None,
    tasks: TaskRunner | None = None,
) -> MainWindow:
    """The window of a signed-in `principal` (tests, self-test and screenshots build it directly)."""
    own_tasks = tasks is None
    runner = tasks or TaskRunner()
    window = MainWindow(
        ctx, settings_for(ctx.data_dir), runner, principal, accounts or open_accounts(ctx, None)
    )
    if own_tasks:
        runner.setParent(window)
    return window


def quit_when_idle(controller: SessionController, tasks: TaskRunner, started: float) -> None:
    """Benchmark hook. Prints `shown-and-idle SECONDS NAME` once the first window (first-run or
    sign-in dialog, or the main window of a resumed session) is shown with its data and no
    work anyone waits to see is queued; for a main window then also `all-loaded SECONDS` once
    its features are installed and no work at all is left. Then it closes the window."""
    shown: list[float] = []

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        target: QWidget | None = modal or controller.window
        if target is None or not target.isVisible() or tasks.busy:
            QTimer.singleShot(5, poll)
            return
        if isinstance(target, MainWindow) and target.showing_placeholder():
            QTimer.singleShot(5, poll)
            return
        if not shown:
            shown.append(time.perf_counter())
            print(f"shown-and-idle {shown[0] - started:.3f} {target.objectName()}", flush=True)
        if isinstance(target, QDialog):
            target.reject()  # the flow ends with nobody signed in, and so does the app
            return
        if isinstance(target, MainWindow) and (not target.is_complete or tasks.pending):
            QTimer.singleShot(5, poll)
            return
        print(f"all-loaded {time.perf_counter() - started:.3f}", flush=True)
        target.close()

    QTimer.singleShot(0, poll)


def run_gui(*, data_dir: Path, database_url: str | None = None) -> int:
    started = time.perf_counter()
    theme.apply_scale_before_app(data_dir / "settings.ini")  # only works before the QApplication exists
    app = ensure_application()
    settings = settings_for(data_dir)  # this computer's choices: theme, language, window geometry
    theme.install(app, settings)
    log_file = setup_logging(data_dir)
    log.info("%s %s started on the Qt platform %s", APP_NAME, __version__, app.platformName())
    install_crash_handler(log_file)
    install_translations(app, settings)  # before the first window or message
    ctx = open_or_explain(data_dir, database_url)
    if ctx is None:
        return 2
    app.setQuitOnLastWindowClosed(False)  # signing out closes the window without ending the app
    collector = GuiGarbageCollector()
    tasks = TaskRunner()

    def load_sample(admin: Principal, path: Path) -> object:
        from examhub_desktop.services.transfer import TransferService  # the parsers: only on first run

        return TransferService(ctx).import_file(admin, path)

    controller = SessionController(ctx, None, settings, tasks, sample_loader=load_sample)
    controller.finished.connect(app.quit)
    if os.environ.get(ENV_QUIT_WHEN_IDLE):
        quit_when_idle(controller, tasks, started)
    controller.start()  # asynchronous: the window or `finished` (which quits) come later
    code = app.exec()
    tasks.wait()
    collector.stop()
    ctx.close()
    return code


SELF_TEST_ADMIN = "self-test@selftest.invalid"


def self_test_window(data_dir: Path) -> str:
    """Open the main window on `data_dir` for a throwaway administrator, let it load, grab it,
    close it. The administrator exists only in memory: nobody can sign in as it."""
    app = ensure_application()
    install_translations(app, settings_for(data_dir))
    ctx = open_app(data_dir)
    collector = GuiGarbageCollector()
    try:
        principal = Principal(str(uuid.uuid4()), SELF_TEST_ADMIN, Role.ADMIN, "Self-test", system=True)
        accounts = open_accounts(ctx, FileStore(data_dir))  # never the real keyring
        window = build_main_window(ctx, principal, accounts=accounts)
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
        collector.stop()
        ctx.close()
