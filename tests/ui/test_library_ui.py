"""The Library page in the main window: paged rows, sorting, filters, search as you type with
stale answers dropped, the keyboard, the exam actions, the bank dialog, and accessibility."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from examhub_desktop.core.question import Choice, Difficulty, Question, QuestionType
from examhub_desktop.db.models import ExamAttempt
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.library import ExamFields, ExamFilter, LibraryService
from examhub_desktop.services.permissions import Principal
from examhub_desktop.services.questions import QuestionService
from examhub_desktop.ui.changes import EXAMS
from examhub_desktop.ui.editor.context import Authoring
from examhub_desktop.ui.editor.dialogs import Problems, UnsavedChanges
from examhub_desktop.ui.editor.exam_editor import ExamEditor
from examhub_desktop.ui.i18n import format_datetime
from examhub_desktop.ui.library import install, library_page
from examhub_desktop.ui.library.bank import BankDialog
from examhub_desktop.ui.library.model import COLUMNS, PAGE, ROW_ROLE, ExamTableModel
from examhub_desktop.ui.library.page import LibraryPage
from examhub_desktop.ui.main_window import MainWindow
from examhub_desktop.ui.tasks import TaskRunner
from tests.ui.a11y import actions_without_keys, unnamed_interactive

pytestmark = pytest.mark.usefixtures("english")  # tests/ui/conftest.py: the English catalog

WAIT = 10_000


def mc(text: str, difficulty: Difficulty = Difficulty.MEDIUM, right: str = "4") -> Question:
    return Question(
        QuestionType.MULTIPLE_CHOICE, text, choices=(Choice("3"), Choice(right, 1.0)), difficulty=difficulty
    )


@pytest.fixture(autouse=True)
def quiet_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    shown: list[list[str]] = []
    monkeypatch.setattr(UnsavedChanges, "ask", classmethod(lambda cls, parent, what: "discard"))
    monkeypatch.setattr(
        Problems, "ask", classmethod(lambda cls, parent, title, intro, items: shown.append(items))
    )
    return shown


@pytest.fixture
def lib(ctx: AppContext) -> LibraryService:
    return LibraryService(ctx)


@pytest.fixture
def qs(ctx: AppContext) -> QuestionService:
    return QuestionService(ctx)


@pytest.fixture
def page(qtbot: QtBot, main_window: MainWindow, admin: Principal) -> Iterator[LibraryPage]:
    install(main_window, admin)
    found = library_page(main_window)
    assert found is not None
    with qtbot.waitSignal(found.ids_loaded, timeout=WAIT):
        found.reveal()  # shown for the first time: it queries its exams
    yield found
    for editor in list(found.editors.values()):
        editor.close()
    main_window.tasks.wait()


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.tasks.pending == 0, timeout=WAIT)


def reload(qtbot: QtBot, page: LibraryPage) -> None:
    with qtbot.waitSignal(page.ids_loaded, timeout=WAIT):
        page.refresh(stale=True)


def bulk_exams(ctx: AppContext, n: int) -> None:
    with ctx.uow() as uow:
        uow.exams.bulk_insert(
            [
                {"id": f"00000000-0000-4000-8000-{i:012d}", "title": f"Exam {i:04d}", "status": "draft"}
                for i in range(n)
            ]
        )
        uow.commit()


def shown_titles(qtbot: QtBot, page: LibraryPage) -> list[str]:
    """The titles as the view will paint them, once their pages have arrived."""
    for r in range(page.model.rowCount()):
        page.model.index(r, 0).data()
    qtbot.waitUntil(lambda: page.authoring.tasks.pending == 0, timeout=WAIT)
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def shown_cell(qtbot: QtBot, page: LibraryPage, row: int, column: int) -> Any:
    page.model.index(row, column).data()  # a stale row asks for its page again
    qtbot.waitUntil(lambda: page.authoring.tasks.pending == 0, timeout=WAIT)
    return page.model.index(row, column).data()


def check_a11y(widget: QWidget) -> None:
    assert unnamed_interactive(widget) == []
    assert actions_without_keys(widget) == []
    for button in widget.findChildren(QAbstractButton):
        box = button.parentWidget()
        if (
            isinstance(box, QDialogButtonBox)
            and box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
        ):
            continue
        if isinstance(button, QToolButton) and button.defaultAction() is not None:
            continue
        if button.isVisibleTo(widget) and button.text() and button.accessibleName() == "":
            assert not QKeySequence.mnemonic(button.text()).isEmpty(), f"{button.text()!r} has no mnemonic"


# --------------------------------------------------------------------------- the model


def test_model_passes_the_model_tester_and_fetches_pages(
    qtmodeltester: Any,
    qtbot: QtBot,
    ctx: AppContext,
    tasks: TaskRunner,
    admin: Principal,
    lib: LibraryService,
) -> None:
    bulk_exams(ctx, 2 * PAGE + 30)
    asked: list[int] = []

    def fetch(ids: list[str]) -> Any:
        asked.append(len(ids))
        return lib.exam_rows(admin, ids)

    model = ExamTableModel(fetch, tasks.run_db)
    model.set_ids(lib.exam_ids(admin, ExamFilter(sort="title", descending=False)))
    with qtbot.waitSignal(model.page_loaded, timeout=WAIT):
        assert model.index(0, 0).data() == "…"  # not on the GUI thread: a placeholder first
    assert (
        model.index(0, 0).data() == "Exam 0000" and model.index(PAGE - 1, 0).data() == f"Exam {PAGE - 1:04d}"
    )
    assert asked == [PAGE] and model.cached(model.ids[PAGE]) is None
    with qtbot.waitSignal(model.page_loaded, timeout=WAIT) as loaded:
        model.index(2 * PAGE + 5, 3).data()
    assert loaded.args == [2] and asked == [PAGE, 30]
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=WAIT)
    qtmodeltester.check(model)
    model.set_ids(model.ids[:3])  # a newer search: late pages of the older list are dropped
    assert model.rowCount() == 3 and model.index(0, 0).data() == "Exam 0000"
    assert model.headerData(6, Qt.Orientation.Horizontal) == "Attempts"


def test_rows_show_every_column(
    qtbot: QtBot, page: LibraryPage, main_window: MainWindow, lib: Any, qs: Any, admin: Principal
) -> None:
    exam_id = lib.create(admin, ExamFields("Algebra", "", None, 60, True))
    qs.add(admin, exam_id, mc("2 + 2"))
    with lib.ctx.uow() as uow:
        uow.attempts.add(ExamAttempt(exam_id=exam_id, score=80))
        uow.commit()
    reload(qtbot, page)
    with qtbot.waitSignal(page.model.page_loaded, timeout=WAIT):
        page.model.index(0, 0).data()
    cells = [page.model.index(0, c).data() for c in range(len(COLUMNS))]
    assert cells[:7] == ["Algebra", "Draft", "Public", "1", "Untimed", "60 %", "1"]
    row = page.model.index(0, 0).data(ROW_ROLE)
    assert cells[7] == format_datetime(row.updated_at)  # the last change, in the user's locale


def test_a_hidden_page_queries_when_shown_again(
    qtbot: QtBot, page: LibraryPage, main_window: MainWindow, lib: LibraryService, admin: Principal
) -> None:
    answered: list[int] = []
    page.ids_loaded.connect(answered.append)
    main_window.nav.setCurrentRow(0)
    lib.create(admin, ExamFields("Written elsewhere"))
    main_window.data_changed.emit(EXAMS)
    settle(qtbot, main_window)
    assert answered == [] and page.model.rowCount() == 0
    with qtbot.waitSignal(page.ids_loaded, timeout=WAIT):
        page.reveal()
    assert shown_titles(qtbot, page) == ["Written elsewhere"]


# --------------------------------------------------------------------------- sorting, filters, search


def test_sorting_by_every_column_queries_again(
    qtbot: QtBot, page: LibraryPage, lib: LibraryService, qs: QuestionService, admin: Principal
) -> None:
    a = lib.create(admin, ExamFields("b-exam", duration_minutes=30, passing_score=40, is_public=True))
    b = lib.create(admin, ExamFields("A-exam", duration_minutes=90, passing_score=70))
    qs.add(admin, a, mc("q"))
    lib.set_status(admin, a, "published")
    with lib.ctx.uow() as uow:
        uow.attempts.add(ExamAttempt(exam_id=b, score=80))
        uow.commit()
    reload(qtbot, page)
    header = page.table.horizontalHeader()
    expected = {
        "title": [b, a],
        "status": [b, a],
        "is_public": [b, a],
        "total_questions": [b, a],
        "duration_minutes": [a, b],
        "passing_score": [a, b],
        "attempts": [a, b],
    }
    for column, (key, _title) in enumerate(COLUMNS):
        with qtbot.waitSignal(page.ids_loaded, timeout=WAIT):
            page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        assert page.model.sort_key == key and not page.model.descending
        assert page.model.ids == lib.exam_ids(admin, ExamFilter(sort=key, descending=False))
        if key in expected:
            assert page.model.ids == expected[key], key
        with qtbot.waitSignal(page.ids_loaded, timeout=WAIT):
            header.sectionClicked.emit(column)  # a click on the header turns the order round
            page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        assert page.model.descending
        assert page.model.ids == lib.exam_ids(admin, ExamFilter(sort=key, descending=True))


def test_status_and_visibility_filters(
    qtbot: QtBot, page: LibraryPage, lib: LibraryService, qs: QuestionService, admin: Principal
) -> None:
    pub = lib.create(admin, ExamFields("Published one", is_public=True))
    qs.add(admin, pub, mc("q"))
    lib.set_status(admin, pub, "published")
    draft = lib.create(admin, ExamFields("Draft one"))
    reload(qtbot, page)
    assert set(page.model.ids) == {pub, draft} and page.count.text() == "2 exams"
    with qtbot.waitSignal(page.ids_loaded, timeout=WAIT):
        page.status_filter.setCurrentIndex(page.status_filter.findData("published"))
    assert page.model.ids == [pub] and page.count.text() == "1 exam"
    with qtbot.waitSignal(page.ids_loaded, timeout=WAIT):
        page.visibility_filter.setCurrentIndex(page.visibility_filter.findData(False))
    assert page.model.ids == []
    with qtbot.waitSignal(page.ids_loaded, timeout=WAIT):
        page.status_filter.setCurrentIndex(0)
    assert page.model.ids == [draft]


def test_search_as_you_type_is_debounced_and_drops_stale_answers(
    qtbot: QtBot,
    page: LibraryPage,
    lib: LibraryService,
    qs: QuestionService,
    admin: Principal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    photo = lib.create(admin, ExamFields("Plant biology", "Photosynthesis and respiration"))
    history = lib.create(admin, ExamFields("History"))
    qs.add(admin, history, Question(QuestionType.ESSAY, "<p>Why did the <b>Roman</b> Empire fall?</p>"))
    lib.create(admin, ExamFields("Algebra"))
    reload(qtbot, page)
    queries: list[str] = []
    real = page.authoring.library.exam_ids

    def counting(actor: Any, filt: ExamFilter) -> list[str]:
        queries.append(filt.search)
        return real(actor, filt)

    monkeypatch.setattr(page.authoring.library, "exam_ids", counting)
    answered: list[int] = []
    page.ids_loaded.connect(answered.append)
    with qtbot.waitSignal(page.ids_loaded, timeout=WAIT):
        qtbot.keyClicks(page.search, "roman")  # faster than the 150 ms pause: one query
    assert queries == ["roman"] and answered == [1] and page.model.ids == [history]
    with qtbot.waitSignal(page.ids_loaded, timeout=WAIT):
        page.search.setText("photo")
    assert page.model.ids == [photo]

    # Two queries sent back to back: the first is skipped (or its answer dropped); only the newest shows.
    queries.clear()
    answered.clear()
    page.search.blockSignals(True)
    page.search.setText("plant")
    page.refresh()
    page.search.setText("roman")
    page.refresh()
    page.search.blockSignals(False)
    qtbot.waitUntil(lambda: page.authoring.tasks.pending == 0, timeout=WAIT)
    assert answered == [1] and page.model.ids == [history]
    assert queries in (["roman"], ["plant", "roman"])
    with qtbot.waitSignal(page.ids_loaded, timeout=WAIT):
        page.search.clear()
    assert len(page.model.ids) == 3


def test_a_short_last_word_waits_for_the_next_letter(
    qtbot: QtBot, page: LibraryPage, lib: LibraryService, admin: Principal
) -> None:
    plant = lib.create(admin, ExamFields("Plant biology"))
    ph = lib.create(admin, ExamFields("Acids", "pH and indicators"))
    reload(qtbot, page)

    def typed(text: str) -> set[str]:
        with qtbot.waitSignal(page.ids_loaded, timeout=WAIT):
            page.search.setText(text)
        return set(page.model.ids)

    assert typed("p") == typed("pl") == {plant, ph}  # one or two letters narrow nothing yet
    assert typed("pla") == {plant}  # a prefix from the third letter
    assert typed("ph ") == {ph}  # a short word finished by a space is a whole word
    assert typed("plant b") == typed("plant ") == {plant}


# --------------------------------------------------------------------------- keyboard and actions


def test_keyboard_find_open_and_delete(
    qtbot: QtBot,
    page: LibraryPage,
    main_window: MainWindow,
    lib: LibraryService,
    qs: QuestionService,
    admin: Principal,
    messages: Any,
) -> None:
    exam_id = lib.create(admin, ExamFields("Chemistry"))
    qs.add(admin, exam_id, mc("H2O?"))
    qs.add(admin, exam_id, mc("NaCl?"))
    with lib.ctx.uow() as uow:
        uow.attempts.add(ExamAttempt(exam_id=exam_id, score=50))
        uow.commit()
    reload(qtbot, page)
    with qtbot.waitActive(main_window):
        main_window.activateWindow()
    main_window.nav.setCurrentRow(0)
    qtbot.keyClick(main_window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main_window.pages.currentWidget() is page and QApplication.focusWidget() is page.search

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.selected_id() == exam_id
    with qtbot.waitSignal(page.model.page_loaded, timeout=WAIT):
        pass
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert exam_id in page.editors and isinstance(page.editors[exam_id], ExamEditor)
    page.editors[exam_id].close()
    with qtbot.waitActive(main_window):
        main_window.activateWindow()

    messages.answer = False
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(messages.texts), timeout=WAIT)
    assert messages.texts[-1] == (
        "Delete “Chemistry”?\n\nIts 2 questions will be deleted too. "
        "Its 1 attempt will be kept, so students' results stay on record."
    )
    settle(qtbot, main_window)
    assert lib.exam_ids(admin) == [exam_id]
    messages.answer = True
    with qtbot.waitSignal(page.ids_loaded, timeout=WAIT):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: lib.exam_ids(admin) == [], timeout=WAIT)
    assert page.model.rowCount() == 0
    with lib.ctx.uow() as uow:
        assert uow.attempts.count() == 1  # kept


def test_duplicate_publish_archive_and_back_to_draft(
    qtbot: QtBot,
    page: LibraryPage,
    main_window: MainWindow,
    lib: LibraryService,
    qs: QuestionService,
    admin: Principal,
    quiet_dialogs: list[list[str]],
) -> None:
    exam_id = lib.create(admin, ExamFields("Physics"))
    reload(qtbot, page)
    page.table.selectRow(0)
    settle(qtbot, main_window)
    assert page.publish_action.isEnabled() and not page.archive_action.isEnabled()
    page.publish_action.trigger()
    qtbot.waitUntil(lambda: bool(quiet_dialogs), timeout=WAIT)
    assert quiet_dialogs == [["The exam has no questions."]]
    qs.add(admin, exam_id, mc("F = ma?"))
    with qtbot.waitSignal(page.ids_loaded, timeout=WAIT):
        page.publish_action.trigger()
    settle(qtbot, main_window)
    assert lib.get(admin, exam_id).status == "published"
    assert shown_cell(qtbot, page, 0, 1) == "Published" and page.archive_action.isEnabled()
    with qtbot.waitSignal(page.ids_loaded, timeout=WAIT):
        page.archive_action.trigger()
    settle(qtbot, main_window)
    assert lib.get(admin, exam_id).status == "archived" and page.draft_action.isEnabled()
    with qtbot.waitSignal(page.ids_loaded, timeout=WAIT):
        page.draft_action.trigger()
    settle(qtbot, main_window)
    assert lib.get(admin, exam_id).status == "draft"
    with qtbot.waitSignal(page.ids_loaded, timeout=WAIT):
        page.duplicate_action.trigger()
    settle(qtbot, main_window)
    assert sorted(shown_titles(qtbot, page)) == ["Copy of Physics", "Physics"]
    assert page.selected_row() is not None and page.selected_row().title == "Copy of Physics"  # type: ignore[union-attr]
    context = [a.text() for a in page.table.actions() if not a.isSeparator()]
    assert context[:5] == ["&Open", "D&uplicate", "&Publish", "&Archive", "Back to D&raft"]


def test_new_exam_opens_an_editor_and_appears_after_saving(
    qtbot: QtBot, page: LibraryPage, main_window: MainWindow
) -> None:
    page.new_action.trigger()
    (editor,) = page.editors.values()
    qtbot.keyClicks(editor.form.title, "Brand new")
    with qtbot.waitSignal(page.ids_loaded, timeout=WAIT):
        editor.save_action.trigger()
    settle(qtbot, main_window)
    assert shown_titles(qtbot, page) == ["Brand new"] and list(page.editors) == [editor.exam_id]


# --------------------------------------------------------------------------- new exam from the bank


def test_new_exam_from_the_bank_dialog(
    qtbot: QtBot,
    authoring: Authoring,
    tasks: TaskRunner,
    lib: LibraryService,
    qs: QuestionService,
    admin: Principal,
) -> None:
    src1 = lib.create(admin, ExamFields("Bank one"))
    src2 = lib.create(admin, ExamFields("Bank two"))
    for i in range(4):
        qs.add(admin, src1, mc(f"easy {i}", Difficulty.EASY))
        qs.add(admin, src2, mc(f"hard {i}", Difficulty.HARD))
    dialog = BankDialog(None, authoring, preselect=src1)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sources_loaded, timeout=WAIT):
        dialog.show()
    check_a11y(dialog)
    assert dialog.sources.count() == 2 and list(dialog.checked) == [src1]
    with qtbot.waitSignal(dialog.sources_loaded, timeout=WAIT):
        qtbot.keyClicks(dialog.filter, "two")
    assert dialog.sources.count() == 1
    dialog.set_checked(src2)
    assert dialog.chosen.text() == "2 exams chosen"
    dialog.difficulty_boxes["easy"].setChecked(False)
    dialog.count.setValue(9)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.count_message.isVisible(), timeout=WAIT)
    assert "only 4 matching" in dialog.count_message.text()
    dialog.count.setValue(3)
    dialog.title.setText("Hard quiz")
    with qtbot.waitSignal(dialog.created, timeout=WAIT) as created:
        dialog.ok_button.click()
    detail = lib.get(admin, created.args[0])
    assert detail.fields.title == "Hard quiz" and detail.generation_method == "random_from_bank"
    assert all(i.question.text.startswith("hard") for i in qs.list(admin, created.args[0]))


@pytest.fixture
def authoring(ctx: AppContext, tasks: TaskRunner, admin: Principal) -> Authoring:
    return Authoring(ctx, tasks, admin)


def test_bank_action_opens_the_new_draft(
    qtbot: QtBot,
    page: LibraryPage,
    main_window: MainWindow,
    lib: LibraryService,
    admin: Principal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = lib.create(admin, ExamFields("Drawn"))
    monkeypatch.setattr(BankDialog, "ask", classmethod(lambda cls, parent, authoring, preselect=None: made))
    with qtbot.waitSignal(page.ids_loaded, timeout=WAIT):
        page.bank_action.trigger()
    assert made in page.editors


# --------------------------------------------------------------------------- accessibility


def test_library_names_every_control_and_every_action_has_a_key(
    qtbot: QtBot, page: LibraryPage, main_window: MainWindow, lib: LibraryService, admin: Principal
) -> None:
    lib.create(admin, ExamFields("Geography"))
    reload(qtbot, page)
    main_window.nav.setCurrentRow(main_window.pages.indexOf(page))
    page.table.selectRow(0)
    settle(qtbot, main_window)
    check_a11y(main_window)
    menu = next(a.menu() for a in main_window.menuBar().actions() if a.text() == "E&xams")
    assert [a.text() for a in menu.actions() if not a.isSeparator()][:3] == [
        "&New Exam",
        "New Exam from &Bank…",
        "&Find Exams",
    ]
    assert all(not a.shortcut().isEmpty() for a in menu.actions() if not a.isSeparator())
    qtbot.keyClicks(page.search, "geo")  # the clear button appears
    check_a11y(main_window)
    # A window-wide key must not also be another action's key: Qt would find it ambiguous and do nothing.
    wide: dict[str, set[str]] = {}
    every: dict[str, set[str]] = {}
    for w in [main_window, *main_window.findChildren(QWidget)]:
        if w.window() is not main_window:
            continue  # the exam editors are windows of their own
        for action in w.actions():
            key = action.shortcut().toString()
            if key:
                every.setdefault(key, set()).add(action.text())
                if action.shortcutContext() != Qt.ShortcutContext.WidgetWithChildrenShortcut:
                    wide.setdefault(key, set()).add(action.text())
    assert {k: every[k] for k in wide if len(every[k]) > 1} == {}


def test_files_dropped_on_the_library_open_the_import_wizard(
    page: LibraryPage, main_window: MainWindow, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    from examhub_desktop.ui.transfer.wizard import ImportWizard

    asked: list[list[Any]] = []
    monkeypatch.setattr(
        ImportWizard, "ask", classmethod(lambda cls, parent, ui, paths: asked.append(paths) or [])
    )
    gift = tmp_path / "week1.gift"
    gift.write_text("::q:: Water is wet. {T}\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(gift))])
    event = QDropEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(event)
    assert asked == [[gift]]
    mime_text = QMimeData()
    mime_text.setText("not a file")
    page.dropEvent(
        QDropEvent(
            QPoint(5, 5),
            Qt.DropAction.CopyAction,
            mime_text,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    assert asked == [[gift]], "only local files are taken"
