"""The pictures `make screenshots` takes, one module per feature, outside the product.

They drive the real windows on demo data, so they live beside the tool that runs them rather
than in the package: the frozen build and the import contracts never see them.
"""

from __future__ import annotations

import time
from typing import Protocol

from PySide6.QtWidgets import QApplication

from examhub_desktop.ui.tasks import TaskRunner


class HasTasks(Protocol):
    @property
    def tasks(self) -> TaskRunner: ...


def settle(app: QApplication, owner: HasTasks | None = None, seconds: float = 10.0) -> None:
    """Let queued events and `owner`'s background work finish, so a picture shows the result."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if owner is None or not owner.tasks.pending:
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()
