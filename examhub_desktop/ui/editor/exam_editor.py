"""The exam editor: the exam's settings, its status, and its questions in order.

Settings are a form saved explicitly (Save, Ctrl+S) whose value is an `ExamFields`, the exam's
rules (attempts, review, opening and closing times) included; every edit is an undo step.
Extra time per student is written at once, on its own tab, once the exam exists. The question
list is written at once (add, delete, reorder go straight to the services), and deleting and
moving are undo steps too. An exam with attempts keeps what grading depends on: the passing
score and the questions are read-only and the editor offers "Duplicate as New Draft" instead.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QWidget

from examhub_desktop.services.errors import FieldError
from examhub_desktop.services.library import ExamDetail, ExamFields, PublishRefused
from examhub_desktop.services.questions import QuestionItem
from examhub_desktop.ui.changes import EXAMS, Changes
from examhub_desktop.ui.editor.context import Authoring
from examhub_desktop.ui.editor.dialogs import Confirm, Message, Problems, UnsavedChanges
from examhub_desktop.ui.editor.exam_commands import DeleteQuestionCommand, ReorderCommand
from examhub_desktop.ui.editor.exam_form import ExamForm
from examhub_desktop.ui.editor.extra_time import ExtraTimePage
from examhub_desktop.ui.editor.question_editor import QuestionEditor
from examhub_desktop.ui.editor.question_list import QuestionListModel
from examhub_desktop.ui.editor.type_chooser import QuestionTypeDialog, blank_question, type_name
from examhub_desktop.ui.editor.undo import (
    StateCommand,
    UndoKeys,
    activate_stack,
    join_group,
    leave_group,
    redo_action,
    route_undo_keys,
    undo_action,
)
from examhub_desktop.ui.i18n import format_number
from examhub_desktop.ui.ops import Op, retire

NEW_FIELDS = ExamFields(title="", description="", duration_minutes=60, passing_score=50, is_public=False)


def with_part(value: Any, part: str, new: object) -> Any:
    """`value` (a frozen dataclass) with the attribute at the dotted path `part` replaced:
    with_part(fields, "rules.review.marks", "never")."""
    name, _, rest = part.partition(".")
    if rest:
        new = with_part(getattr(value, name), rest, new)
    return replace(value, **{name: new})


class ExamEditor(QMainWindow):
    loaded = Signal()  # the exam and its questions are shown (after opening and every reload)
    saved = Signal(str)  # the exam's id, after its settings were written
    status_changed = Signal(str)
    open_exam_requested = Signal(str)  # "Duplicate as New Draft" made this exam

    def __init__(self, authoring: Authoring, exam_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("ExamEditor")
        self.authoring, self.exam_id = authoring, exam_id
        self.detail: ExamDetail | None = None
        self.state = self.saved_fields = NEW_FIELDS
        self.question_editors: dict[str, QuestionEditor] = {}
        self._loading = False
        self._saving = False
        self._after_save: list[Any] = []

        self.stack = QUndoStack(self)
        join_group(self.stack, authoring.undo_group)
        self.model = QuestionListModel(self)
        self.model.order_changed.connect(
            lambda before, after: self.stack.push(ReorderCommand(self, before, after))
        )
        self.extra_time = ExtraTimePage(authoring)
        self.form = ExamForm(self.model, self.extra_time)
        self.form.edited.connect(self._edited)
        self.form.duplicate_button.clicked.connect(self.duplicate)
        self.form.questions.doubleClicked.connect(lambda _i: self.edit_question())
        self.form.questions.activated.connect(lambda _i: self.edit_question())
        self.form.questions.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.setCentralWidget(self.form)
        # the tab bar comes first in the focus chain (Shift+Tab from the title reaches it), but
        # the window opens on the title, as it did before the rules had tabs of their own
        self.form.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self._build_actions()
        self._keys = UndoKeys(self)
        route_undo_keys(self, self._keys)
        self.resize(1120, 720)
        self.form.apply(self.state)
        self._update_title()
        self._update_actions()
        if exam_id is not None:
            self.reload(fields_too=True)

    # ---------------------------------------------------------------- actions
    def _action(
        self, menu: Any, text: str, slot: Any, shortcut: Any = None, widget: QWidget | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        if widget is not None:  # a key that means something else elsewhere (Delete, Ctrl+Up)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            widget.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        exam = bar.addMenu(self.tr("E&xam"))
        self.save_action = self._action(
            exam, self.tr("&Save"), lambda: self.save(), QKeySequence.StandardKey.Save
        )
        exam.addSeparator()
        self.publish_action = self._action(
            exam, self.tr("&Publish"), lambda: self.set_status("published"), "Ctrl+Shift+P"
        )
        self.archive_action = self._action(
            exam, self.tr("&Archive"), lambda: self.set_status("archived"), "Ctrl+Shift+R"
        )
        self.draft_action = self._action(
            exam, self.tr("Back to &Draft"), lambda: self.set_status("draft"), "Ctrl+Shift+D"
        )
        self.duplicate_action = self._action(
            exam, self.tr("Duplicate as &New Draft"), self.duplicate, "Ctrl+Shift+C"
        )
        exam.addSeparator()
        self._action(exam, self.tr("&Close"), self.close, QKeySequence.StandardKey.Close)
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = undo_action(self.stack, self)
        self.redo_action = redo_action(self.stack, self)
        edit.addActions([self.undo_action, self.redo_action])
        table = self.form.questions
        menu = bar.addMenu(self.tr("&Questions"))
        self.add_action = self._action(menu, self.tr("&Add Question…"), self.add_question, "Ctrl+N")
        self.edit_action = self._action(menu, self.tr("&Edit Question…"), self.edit_question, "Ctrl+E")
        self.delete_action = self._action(
            menu, self.tr("&Delete Question"), self.delete_question, QKeySequence.StandardKey.Delete, table
        )
        self.up_action = self._action(
            menu, self.tr("Move &Up"), lambda: self.move_question(-1), "Ctrl+Up", table
        )
        self.down_action = self._action(
            menu, self.tr("Move Do&wn"), lambda: self.move_question(1), "Ctrl+Down", table
        )
        f = self.form
        self._buttons = [
            (f.add_button, self.add_action),
            (f.edit_button, self.edit_action),
            (f.delete_button, self.delete_action),
            (f.up_button, self.up_action),
            (f.down_button, self.down_action),
            (f.save_button, self.save_action),
            (f.publish_button, self.publish_action),
            (f.archive_button, self.archive_action),
            (f.draft_button, self.draft_action),
        ]
        for button, action in self._buttons:
            button.clicked.connect(action.trigger)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            self.add_action,
            self.edit_action,
            self.delete_action,
            self.up_action,
            self.down_action,
        ):
            if action not in table.actions():
                table.addAction(action)

    def _update_actions(self) -> None:
        d = self.detail
        locked = d is not None and d.grading_locked
        status = d.status if d is not None else None
        row = self.current_row()
        editable_list = not locked
        self.model.movable = editable_list
        self.add_action.setEnabled(editable_list)
        self.edit_action.setEnabled(row >= 0)
        self.edit_action.setText(self.tr("&Edit Question…") if not locked else self.tr("&View Question…"))
        self.delete_action.setEnabled(editable_list and row >= 0)
        self.up_action.setEnabled(editable_list and row > 0)
        self.down_action.setEnabled(editable_list and 0 <= row < self.model.rowCount() - 1)
        self.publish_action.setEnabled(status in ("draft", "archived"))
        self.archive_action.setEnabled(status == "published")
        self.draft_action.setEnabled(status == "archived" or (status == "published" and not locked))
        self.duplicate_action.setEnabled(d is not None)
        self.save_action.setEnabled(self.dirty or self.exam_id is None)
        for button, action in self._buttons:
            button.setEnabled(action.isEnabled())
        self.form.edit_button.setText(self.tr("&View…") if locked else self.tr("Ed&it…"))

    def current_row(self) -> int:
        index = self.form.questions.currentIndex()
        return index.row() if index.isValid() else -1

    # ---------------------------------------------------------------- loading
    def reload(self, *, fields_too: bool = False) -> None:
        exam_id, a = self.exam_id, self.authoring
        if exam_id is None:
            return
        Op(
            a.tasks,
            lambda: (a.library.get(a.principal, exam_id), a.questions.list(a.principal, exam_id)),
            self,
        ).success(lambda result: self._show(*result, fields_too=fields_too)).failure(self.write_failed).run()

    def reload_questions(self) -> None:
        self.reload(fields_too=False)

    def _show(self, detail: ExamDetail, items: list[QuestionItem], *, fields_too: bool) -> None:
        self.detail = detail
        current = self.current_row()
        self.model.set_items(items)
        if items:
            row = min(max(current, 0), len(items) - 1)
            self.form.questions.setCurrentIndex(self.model.index(row, 2))
        if fields_too:
            self.state = self.saved_fields = detail.fields
            self.form.apply(detail.fields)
        self.form.show_extra_time(True)
        self.extra_time.set_exam(detail.id)
        self.form.show_detail(detail, len(items))
        numbers = {item.id: item.number for item in items}
        for question_id, editor in self.question_editors.items():
            if question_id in numbers:  # saved new questions get their number; moved ones a new one
                editor.set_number(numbers[question_id])
        self._update_title()
        self._update_actions()
        self.loaded.emit()

    def on_data_changed(self, changes: Changes) -> None:
        """Questions changed elsewhere (another editor, an import into this draft): reload them."""
        if self.exam_id is not None and changes.touches("questions", "attempts"):
            self.reload(fields_too=False)
        if self.exam_id is not None and changes.touches("users"):  # a student added or renamed
            self.extra_time.reload(students_too=True)

    # ---------------------------------------------------------------- settings
    def apply(self, state: ExamFields) -> None:
        self.form.apply(state)
        self.state = state
        self._update_title()
        self._update_actions()

    def _edited(self, part: str, typing: bool, value: object) -> None:
        new = with_part(self.state, part, value)
        if new == self.state:
            return
        before, self.state = self.state, new
        self.stack.push(StateCommand(self, before, new, part, typing))
        self.form.show_problems(new.problems())
        self._update_title()
        self._update_actions()

    @property
    def dirty(self) -> bool:
        return self.state != self.saved_fields

    def _update_title(self) -> None:
        title = self.state.title.strip() or self.tr("New exam")
        self.setWindowTitle(
            self.tr("{title} — Exam Editor").format(title=title + (" *" if self.dirty else ""))
        )

    def save(self, then: Any = None) -> None:
        if then is not None:
            self._after_save.append(then)
        if self._saving:
            return
        if not self.dirty and self.exam_id is not None:
            self._run_after_save()
            return
        self._saving = True
        fields, a, exam_id = self.state, self.authoring, self.exam_id
        if exam_id is None:
            job: Any = lambda: a.library.create(a.principal, fields)  # noqa: E731
        else:
            job = lambda: (a.library.update(a.principal, exam_id, fields), exam_id)[1]  # noqa: E731
        Op(a.tasks, job, self).success(lambda new_id: self._saved(new_id, fields)).failure(
            self._save_failed
        ).run()

    def _saved(self, exam_id: str, fields: ExamFields) -> None:
        self._saving = False
        first = self.exam_id is None
        self.exam_id, self.saved_fields = exam_id, fields
        self.form.show_problems({})
        self._update_title()
        self._update_actions()
        self.authoring.tasks.changed.emit(EXAMS)
        self.saved.emit(exam_id)
        if first:
            self.reload(fields_too=False)
        self._run_after_save()

    def _run_after_save(self) -> None:
        pending, self._after_save = self._after_save, []
        for then in pending:
            then()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._after_save = []
        if isinstance(exc, FieldError):
            self.form.show_problems({exc.field: str(exc)})
            self.form.reveal(exc.field)
        else:
            self.write_failed(exc)

    def write_failed(self, exc: BaseException) -> None:
        self.form.show_banner(str(exc), error=True)
        Message.ask(self, self.tr("Not changed"), str(exc))

    # ---------------------------------------------------------------- status
    def set_status(self, status: str) -> None:
        if self.exam_id is None or self.dirty:
            self.save(then=lambda: self.set_status(status))
            return
        exam_id, a = self.exam_id, self.authoring
        Op(a.tasks, lambda: a.library.set_status(a.principal, exam_id, status), self).success(
            lambda _r: self._status_set(status)
        ).failure(self._status_failed).run()

    def _status_set(self, status: str) -> None:
        self.authoring.tasks.changed.emit(EXAMS)
        self.status_changed.emit(status)
        self.reload()

    def _status_failed(self, exc: BaseException) -> None:
        if isinstance(exc, PublishRefused):
            Problems.ask(
                self,
                self.tr("Not published"),
                self.tr("Fix these problems, then publish again:"),
                exc.problems,
            )
        else:
            self.write_failed(exc)

    def duplicate(self) -> None:
        if self.exam_id is None:
            return
        exam_id, a = self.exam_id, self.authoring
        Op(a.tasks, lambda: a.library.duplicate(a.principal, exam_id), self).success(
            self._duplicated
        ).failure(self.write_failed).run()

    def _duplicated(self, new_id: str) -> None:
        self.authoring.tasks.changed.emit(EXAMS)
        self.open_exam_requested.emit(new_id)

    # ---------------------------------------------------------------- questions
    def add_question(self) -> None:
        if self.exam_id is None:
            self.save(then=self.add_question)
            return
        qtype = QuestionTypeDialog.ask(self)
        if qtype is None:
            return
        row = self.current_row()
        position = row + 1 if row >= 0 else None
        self._open_editor(blank_question(qtype), None, None, position)

    def edit_question(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        item = self.model.items[row]
        self._open_editor(item.question, item.id, row + 1, None)

    def _open_editor(
        self, question: Any, question_id: str | None, number: int | None, position: int | None
    ) -> QuestionEditor:
        if question_id is not None and question_id in self.question_editors:
            editor = self.question_editors[question_id]
            editor.raise_()
            editor.activateWindow()
            return editor
        assert self.exam_id is not None
        locked = self.detail is not None and self.detail.grading_locked
        editor = QuestionEditor(
            self.authoring,
            self.exam_id,
            question,
            question_id=question_id,
            number=number,
            position=position,
            read_only=locked,
            parent=self,
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.question_editors[question_id or f"new:{id(editor)}"] = editor
        editor.finished.connect(lambda _r, e=editor: self._forget_editor(e))
        editor.question_saved.connect(lambda qid, e=editor: self._question_saved(e, qid))
        editor.show()
        return editor

    def _forget_editor(self, editor: QuestionEditor) -> None:
        for key in [k for k, e in self.question_editors.items() if e is editor]:
            del self.question_editors[key]

    def _question_saved(self, editor: QuestionEditor, question_id: str) -> None:
        """A new question's editor is now that question's (opening it again raises this one)."""
        self._forget_editor(editor)
        self.question_editors[question_id] = editor
        self.reload_questions()

    def delete_question(self) -> None:
        row = self.current_row()
        if row < 0 or not self.delete_action.isEnabled():
            return
        item = self.model.items[row]
        if not Confirm.ask(
            self,
            self.tr("Delete question"),
            self.tr("Delete question {number} ({type})?").format(
                number=format_number(row + 1), type=type_name(item.question.type)
            ),
            item.preview,
            self.tr("&Delete"),
        ):
            return
        self.stack.push(DeleteQuestionCommand(self, item.id, item.question, row))

    def move_question(self, delta: int) -> None:
        row = self.current_row()
        if row < 0 or not self.model.movable:
            return
        to = self.model.move(row, delta)
        self.form.questions.setCurrentIndex(
            self.model.index(to, max(0, self.form.questions.currentIndex().column()))
        )
        self._update_actions()

    # ---------------------------------------------------------------- closing
    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in list(self.question_editors.values()):
            if not editor.may_close():
                event.ignore()
                return
            editor.done(0)
        if self.dirty:
            title = self.state.title.strip()
            what = self.tr("“{title}”").format(title=title) if title else self.tr("the new exam")
            answer = UnsavedChanges.ask(self, what)
            if answer == "cancel":
                event.ignore()
                return
            if answer == "save":
                event.ignore()
                self.save(then=self._close_saved)
                return
        leave_group(self.stack, self.authoring.undo_group)
        retire(self)
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        retire(self, False)
        join_group(self.stack, self.authoring.undo_group)
        super().showEvent(event)

    def _close_saved(self) -> None:
        self.saved_fields = self.state
        self.close()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange:
            activate_stack(self.stack, self.authoring.undo_group, self.isActiveWindow())
        super().changeEvent(event)
