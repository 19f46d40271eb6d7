"""What the runner's windows share: the services, the task runner, who is signed in, the clock.

The clock is injected (core.timing.Clock): the app passes the system clock, tests a FakeClock,
so the deadline is decided in core and a QTimer only repaints and polls (DESIGN.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject

from examhub_desktop.core.timing import Clock, SystemClock
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.attempts import AttemptService
from examhub_desktop.services.library import LibraryService
from examhub_desktop.services.permissions import Principal
from examhub_desktop.services.results import ResultsService
from examhub_desktop.ui.changes import Changes
from examhub_desktop.ui.ops import Op
from examhub_desktop.ui.tasks import TaskRunner


def _ignore(_changes: Changes) -> None:
    return None


@dataclass
class RunnerServices:
    ctx: AppContext
    tasks: TaskRunner
    principal: Principal
    clock: Clock
    attempts: AttemptService
    results: ResultsService
    library: LibraryService
    changed: Callable[[Changes], None] = field(default=_ignore)  # broadcast after a write

    @classmethod
    def open(
        cls,
        ctx: AppContext,
        tasks: TaskRunner,
        principal: Principal,
        *,
        clock: Clock | None = None,
        changed: Callable[[Changes], None] | None = None,
    ) -> RunnerServices:
        clock = clock or SystemClock()
        return cls(
            ctx,
            tasks,
            principal,
            clock,
            AttemptService(ctx, clock),
            ResultsService(ctx, clock),
            LibraryService(ctx),
            changed or _ignore,
        )

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_known_error: Callable[[str], None],
        *,
        owner: QObject,
    ) -> None:
        """`fn` as an `Op` on the database worker; a known error comes back as its message. An
        answer for an `owner` that is gone (a closed window, its saver) is dropped: what was
        written stays written, and nobody is left to show it."""
        Op(self.tasks, fn, owner).success(on_done).failure(lambda exc: on_known_error(str(exc))).run()
