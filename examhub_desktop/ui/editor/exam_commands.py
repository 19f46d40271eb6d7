"""Undoable changes to an exam's question list that are written at once (reorder, delete).

Their redo/undo call the services through the task runner; the serial database worker runs
them in the order they were pushed, so a quick undo-redo-undo reaches the database in order.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from examhub_desktop.core.question import Question
from examhub_desktop.ui.changes import QUESTIONS
from examhub_desktop.ui.editor.context import Authoring
from examhub_desktop.ui.editor.question_list import QuestionListModel
from examhub_desktop.ui.ops import Op, owner_gone


class QuestionListHost(Protocol):
    exam_id: str | None
    authoring: Authoring
    model: QuestionListModel

    def reload_questions(self) -> None: ...

    def write_failed(self, exc: BaseException) -> None: ...


def failed(host: QuestionListHost, exc: BaseException) -> None:
    if not owner_gone(host):
        host.write_failed(exc)
        host.reload_questions()


class ReorderCommand(QUndoCommand):
    def __init__(self, host: QuestionListHost, before: list[str], after: list[str]) -> None:
        super().__init__(QCoreApplication.translate("ReorderCommand", "Move Question"))
        self.host, self.before, self.after = host, before, after
        self._first = True

    def _write(self, ids: list[str]) -> None:
        host, a = self.host, self.host.authoring
        exam_id = host.exam_id
        if exam_id is None:
            return
        Op(a.tasks, lambda: a.questions.reorder(a.principal, exam_id, ids)).changes(QUESTIONS).failure(
            lambda exc: failed(host, exc)
        ).run()

    def redo(self) -> None:
        if self._first:  # the model already shows the move the teacher made
            self._first = False
        else:
            self.host.model.set_order(self.after)
        self._write(self.after)

    def undo(self) -> None:
        self.host.model.set_order(self.before)
        self._write(self.before)


class DeleteQuestionCommand(QUndoCommand):
    """Delete a question; undo adds it back at its place (as a new row with a new id)."""

    def __init__(self, host: QuestionListHost, question_id: str, question: Question, position: int) -> None:
        super().__init__(
            QCoreApplication.translate("DeleteQuestionCommand", "Delete Question {number}").format(
                number=position + 1
            )
        )
        self.host, self.question, self.position = host, question, position
        self.ids = [question_id]  # a plain list: the worker writes the re-added question's id here

    def redo(self) -> None:
        host, a, ids = self.host, self.host.authoring, self.ids

        def delete() -> None:
            a.questions.delete(a.principal, ids[-1])  # read on the worker: set by a previous undo

        Op(a.tasks, delete).success(lambda _r: self._done()).failure(lambda exc: failed(host, exc)).run()

    def undo(self) -> None:
        host, a, ids = self.host, self.host.authoring, self.ids
        exam_id, question, position = host.exam_id, self.question, self.position
        if exam_id is None:
            return

        def add_back() -> None:
            ids.append(a.questions.add(a.principal, exam_id, question, position))

        Op(a.tasks, add_back).success(lambda _r: self._done()).failure(lambda exc: failed(host, exc)).run()

    def _done(self) -> None:
        self.host.authoring.tasks.changed.emit(QUESTIONS)
        if not owner_gone(self.host):
            self.host.reload_questions()
