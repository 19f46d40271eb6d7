"""What the authoring windows share: the services as the signed-in teacher, the task runner,
the undo group and the app-wide "data changed" broadcast.

Every database call goes through `run`, a shorthand for `ui.ops.Op` (its failure policy:
known errors to `on_error`, bugs to the crash handler, late answers for a closed owner dropped).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoGroup

from examhub_desktop.services.app import AppContext
from examhub_desktop.services.library import LibraryService
from examhub_desktop.services.permissions import Principal
from examhub_desktop.services.questions import QuestionService
from examhub_desktop.ui.changes import EXAMS, QUESTIONS, Changes
from examhub_desktop.ui.ops import Latest, Op
from examhub_desktop.ui.tasks import TaskRunner


@dataclass
class Authoring:
    ctx: AppContext
    tasks: TaskRunner
    principal: Principal
    undo_group: QUndoGroup | None = None
    notify: Callable[[Changes], None] = lambda _changes: None
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
        owner: QObject | None = None,
        latest: Latest | None = None,
    ) -> None:
        """`fn` as an `Op` on the database worker; answers for a gone `owner` are dropped."""
        op: Op[Any] = Op(self.tasks, fn, owner)
        if on_done is not None:
            op.success(on_done)
        if on_error is not None:
            op.failure(on_error)
        if latest is not None:
            op.latest(latest)
        op.run()


__all__ = ["EXAMS", "QUESTIONS", "Authoring", "Latest"]
