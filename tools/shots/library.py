"""Screenshots of the authoring windows for `make screenshots` (tools/screenshots.py adds them).

Each function takes (app, window, ctx), brings one window into a representative state on the
`small` demo data, waits for its background work, and returns the widget to grab.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from examhub_desktop.core.question import Choice, QuestionType
from examhub_desktop.db.models import Exam, ExamAttempt
from examhub_desktop.db.models import Question as QuestionRow
from examhub_desktop.services.app import AppContext
from examhub_desktop.ui.editor.exam_editor import ExamEditor
from examhub_desktop.ui.editor.question_editor import QuestionEditor
from examhub_desktop.ui.editor.type_chooser import blank_question
from examhub_desktop.ui.library import install, library_page
from examhub_desktop.ui.library.page import LibraryPage
from examhub_desktop.ui.main_window import MainWindow
from tools.shots import settle

Shot = Callable[[QApplication, MainWindow, AppContext], QWidget]


def page_of(app: QApplication, window: MainWindow, ctx: AppContext) -> LibraryPage:
    page = library_page(window)
    if page is None:
        install(window, window.principal)
        page = library_page(window)
    assert page is not None
    page.reveal()
    settle(app, window)
    return page


def busiest_exam(ctx: AppContext, *, with_attempts: bool) -> str:
    """A draft (or, with attempts, a published exam) with the most questions, for the editors."""
    with ctx.uow() as uow:
        stmt = select(Exam.id).order_by(Exam.total_questions.desc(), Exam.title)
        attempted = select(ExamAttempt.exam_id).where(ExamAttempt.exam_id.is_not(None))
        stmt = stmt.where(Exam.id.in_(attempted) if with_attempts else Exam.id.not_in(attempted))
        found = uow.session.scalars(stmt.limit(1)).first()
        if found is None:
            found = uow.session.scalars(select(Exam.id).limit(1)).one()
        return str(found)


def shot_library(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    window.resize(1180, 680)
    page = page_of(app, window, ctx)
    page.table.selectRow(0)
    settle(app, window)
    return window


def shot_library_search(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    window.resize(1180, 680)
    page = page_of(app, window, ctx)
    page.search.setText("protocol")
    page.refresh()
    settle(app, window)
    page.table.viewport().update()
    settle(app, window)
    return window


def _open_editor(app: QApplication, window: MainWindow, ctx: AppContext, *, locked: bool) -> ExamEditor:
    page = page_of(app, window, ctx)
    editor = page.open_exam(busiest_exam(ctx, with_attempts=locked))
    editor.resize(1180, 700)
    settle(app, window)
    editor.form.questions.selectRow(1)
    settle(app, window)
    return editor


def shot_exam_editor(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    return _open_editor(app, window, ctx, locked=False)


def shot_exam_editor_locked(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    return _open_editor(app, window, ctx, locked=True)


def question_shot(qtype: QuestionType) -> Shot:
    def shot(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
        page = page_of(app, window, ctx)
        exam_id = busiest_exam(ctx, with_attempts=False)
        a = page.authoring
        items = [i for i in a.questions.list(a.principal, exam_id) if i.question.type is qtype]
        if not items:  # the demo exam has none of this type: show it from any exam
            with ctx.uow() as uow:
                qid = uow.session.scalars(
                    select(QuestionRow.id).where(QuestionRow.question_type == qtype.value).limit(1)
                ).first()
            items = [a.questions.get(a.principal, qid)] if qid else []
        if items:
            item = items[0]
            editor = QuestionEditor(a, item.exam_id, item.question, question_id=item.id, number=item.number)
        else:
            editor = QuestionEditor(a, exam_id, blank_question(qtype))
        editor.show()
        settle(app, window)
        return editor

    return shot


def shot_new_question(app: QApplication, window: MainWindow, ctx: AppContext) -> QWidget:
    """A new multiple choice question half filled in: the validation messages show."""
    page = page_of(app, window, ctx)
    question = replace(
        blank_question(QuestionType.MULTIPLE_CHOICE),
        text="<p>Which gas do plants take in for <strong>photosynthesis</strong>?</p>",
        choices=(Choice("carbon dioxide", 1.0), Choice("oxygen", 1.0), Choice("nitrogen"), Choice("")),
    )
    editor = QuestionEditor(page.authoring, busiest_exam(ctx, with_attempts=False), question)
    editor.show()
    settle(app, window)
    return editor


SHOTS: dict[str, Shot] = {
    "library": shot_library,
    "library-search": shot_library_search,
    "exam-editor": shot_exam_editor,
    "exam-editor-locked": shot_exam_editor_locked,
    **{f"question-{t.value.replace('_', '-')}": question_shot(t) for t in QuestionType},
    "question-new": shot_new_question,
}
