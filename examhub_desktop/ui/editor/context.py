"""What the authoring windows share: the services as the signed-in teacher, the task runner,
the undo group and the app-wide "data changed" broadcast.

Every database call goes through `run`, on the task runner's serial database worker; known
errors (a rule refused, a locked file) come back to `on_error` on the GUI thread, anything
else is a bug and is raised there for the crash handler.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtGui import QUndoGroup

from examhub_desktop.services.app import AppContext
from examhub_desktop.services.errors import KNOWN_ERRORS
from examhub_desktop.services.library import LibraryService
from examhub_desktop.services.permissions import Principal
from examhub_desktop.services.questions import QuestionService
from examhub_desktop.ui.tasks import TaskRunner


class Alive:
    """Whether a window still wants its answers: a late answer for a closed (deleted) window
    is dropped instead of touching a dead widget. Plain Python, like `Latest`."""

    def __init__(self) -> None:
        self.value = True


class Latest:
    """The number of the newest query, readable from the worker thread (a plain Python object,
    not a Qt one): a job that is already outdated when the worker reaches it is skipped."""

    def __init__(self) -> None:
        self.value = 0

    def next(self) -> int:
        self.value += 1
        return self.value


# data_changed topics this feature broadcasts
EXAMS = "exams"
QUESTIONS = "questions"


@dataclass
class Authoring:
    ctx: AppContext
    tasks: TaskRunner
    principal: Principal
    undo_group: QUndoGroup | None = None
    notify: Callable[[str], None] = lambda _topic: None
    library: LibraryService = field(init=False)
    questions: QuestionService = field(init=False)

    def __post_init__(self) -> None:
        self.library = LibraryService(self.ctx)
        self.questions = QuestionService(self.ctx)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        alive: Alive | None = None,
    ) -> None:
        """Run `fn` on the database worker; with `alive`, answers for a closed window are dropped."""

        def done(result: Any) -> None:
            if on_done is not None and (alive is None or alive.value):
                on_done(result)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, KNOWN_ERRORS):
                raise exc
            if on_error is not None and (alive is None or alive.value):
                on_error(exc)

        self.tasks.run_db(fn, done, failed)
