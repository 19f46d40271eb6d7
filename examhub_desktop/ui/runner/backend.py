"""What the runner's windows share: the services, the task runner, who is signed in, the clock.

The clock is injected (core.timing.Clock): the app passes the system clock, tests a FakeClock,
so the deadline is decided in core and a QTimer only repaints and polls (DESIGN.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from examhub_desktop.core.timing import Clock, SystemClock
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.attempts import AttemptService
from examhub_desktop.services.errors import KNOWN_ERRORS
from examhub_desktop.services.library import LibraryService
from examhub_desktop.services.permissions import Principal
from examhub_desktop.services.results import ResultsService
from examhub_desktop.ui.tasks import TaskRunner


def _ignore(_what: str) -> None:
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
    changed: Callable[[str], None] = field(default=_ignore)  # broadcast after a write

    @classmethod
    def open(
        cls,
        ctx: AppContext,
        tasks: TaskRunner,
        principal: Principal,
        *,
        clock: Clock | None = None,
        changed: Callable[[str], None] | None = None,
    ) -> RunnerServices:
        clock = clock or SystemClock()
        return cls(
            ctx,
            tasks,
            principal,
            clock,
            AttemptService(ctx, clock),
            ResultsService(ctx),
            LibraryService(ctx),
            changed or _ignore,
        )

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_known_error: Callable[[str], None],
    ) -> None:
        """`fn` on the database worker. A known error (ServiceError, DatabaseProblem) comes back
        as its message; anything else is a bug and is raised on the GUI thread (crash dialog)."""

        def failed(exc: BaseException) -> None:
            if isinstance(exc, KNOWN_ERRORS):
                on_known_error(str(exc))
                return
            raise exc

        self.tasks.run_db(fn, on_done=on_done, on_error=failed)
