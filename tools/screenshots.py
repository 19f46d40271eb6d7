"""`make screenshots`: the app offscreen on `small` demo data; a PNG of every window and dialog.

Each feature adds its windows to SHOTS. The pictures land in docs/screenshots/ and README.md
shows them, so a reviewer sees what a user sees.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from examhub_desktop.services.app import AppContext, open_app
from examhub_desktop.services.demo_data import generate
from examhub_desktop.ui.about import AboutDialog
from examhub_desktop.ui.app import build_main_window, ensure_application
from examhub_desktop.ui.main_window import MainWindow


def settle(app: QApplication, window: MainWindow | None = None, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if window is None or not window.tasks.pending:
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def shot_main(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    window.resize(1100, 700)
    settle(app, window)
    return window


def shot_about(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    dialog = AboutDialog(ctx, window)
    dialog.show()
    settle(app)
    return dialog


SHOTS: dict[str, Callable[[QApplication, MainWindow, AppContext], QWidget]] = {
    "main-window": shot_main,
    "about": shot_about,
}


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = ensure_application()
    with tempfile.TemporaryDirectory(prefix="examhub-shots-") as tmp:
        ctx = open_app(Path(tmp))
        generate(ctx, "small", seed=7)
        window = build_main_window(ctx)
        window.show()
        settle(app, window)
        for name, make in SHOTS.items():
            widget = make(app, window, ctx)
            path = out / f"{name}.png"
            if not widget.grab().save(str(path)):
                print(f"could not write {path}", file=sys.stderr)
                return 1
            print(f"wrote {path}")
            if widget is not window:
                widget.close()
        window.close()
        window.tasks.wait()
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
