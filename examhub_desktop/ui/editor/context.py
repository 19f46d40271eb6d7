"""What the authoring windows share: the services as the signed-in teacher, the task runner
and the undo group.

Database calls are `ui.ops.Op`s on `tasks` (one failure policy for the whole app); what a
write changed is announced on `tasks.changed`, which the main window re-broadcasts as
`data_changed`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QUndoGroup

from examhub_desktop.services.app import AppContext
from examhub_desktop.services.library import LibraryService
from examhub_desktop.services.permissions import Principal
from examhub_desktop.services.questions import QuestionService
from examhub_desktop.services.users import UserService
from examhub_desktop.ui.tasks import TaskRunner


@dataclass
class Authoring:
    ctx: AppContext
    tasks: TaskRunner
    principal: Principal
    undo_group: QUndoGroup | None = None
    library: LibraryService = field(init=False)
    questions: QuestionService = field(init=False)
    users: UserService = field(init=False)  # the students the extra-time picker offers

    def __post_init__(self) -> None:
        self.library = LibraryService(self.ctx)
        self.questions = QuestionService(self.ctx)
        self.users = UserService(self.ctx)
