"""UI fixtures: an opened app context on a temporary data folder and a main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from examhub_desktop.services.app import AppContext, open_app
from examhub_desktop.ui.app import build_main_window
from examhub_desktop.ui.main_window import MainWindow


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[AppContext]:
    context = open_app(data_dir)
    yield context
    context.close()


@pytest.fixture
def main_window(qtbot: QtBot, ctx: AppContext) -> Iterator[MainWindow]:
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.overview.counts_loaded, timeout=10_000):
        window.show()
    yield window
    window.tasks.wait()
