"""The Library page: search as you type, filters, the exam table, and what can be done to an exam.

Every query runs on the task runner. Typing restarts a 150 ms timer; each query carries a
number, a query that is already outdated when the worker reaches it is skipped, and an answer
for an outdated query is dropped, so the table only ever shows the newest search.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP
from examhub_desktop.services.library import ExamFilter, ExamRow, PublishRefused
from examhub_desktop.ui.changes import EXAMS, Changes
from examhub_desktop.ui.dropped import local_files
from examhub_desktop.ui.editor.context import Authoring
from examhub_desktop.ui.editor.dialogs import Confirm, Message, Problems
from examhub_desktop.ui.editor.exam_editor import ExamEditor
from examhub_desktop.ui.flow import ActionBar
from examhub_desktop.ui.library.bank import BankDialog
from examhub_desktop.ui.library.model import COLUMNS, ExamTableModel
from examhub_desktop.ui.ops import Latest, Op, run_op
from examhub_desktop.ui.sizing import column_widths

DEBOUNCE_MS = 150
STATUS_FILTERS: tuple[tuple[str, str | None], ...] = (  # (text marked for translation, value)
    (QT_TRANSLATE_NOOP("LibraryPage", "All statuses"), None),
    (QT_TRANSLATE_NOOP("LibraryPage", "Draft"), "draft"),
    (QT_TRANSLATE_NOOP("LibraryPage", "Published"), "published"),
    (QT_TRANSLATE_NOOP("LibraryPage", "Archived"), "archived"),
)
VISIBILITY_FILTERS: tuple[tuple[str, bool | None], ...] = (
    (QT_TRANSLATE_NOOP("LibraryPage", "Public and private"), None),
    (QT_TRANSLATE_NOOP("LibraryPage", "Public"), True),
    (QT_TRANSLATE_NOOP("LibraryPage", "Private"), False),
)


class LibraryPage(QWidget):
    ids_loaded = Signal(int)  # a query answered: how many exams match
    files_dropped = Signal(list)  # local files dropped on the library: the window imports them

    def __init__(self, authoring: Authoring, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LibraryPage")
        self.authoring = authoring
        self.editors: dict[str, ExamEditor] = {}
        self._query = Latest()
        self._keep_selection: str | None = None
        self._stale = True  # nothing queried yet, or written to while hidden: query when shown
        self.setAcceptDrops(True)
        self.reveal: Callable[[], None] = lambda: None  # brings the page to the front (install sets it)

        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setAccessibleName(self.tr("Search exams"))
        self.search.setPlaceholderText(self.tr("Search titles, descriptions and questions (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):  # Qt leaves its clear button unnamed
            button.setAccessibleName(self.tr("Clear search"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        for text, value in STATUS_FILTERS:
            self.status_filter.addItem(QCoreApplication.translate("LibraryPage", text), value)
        self.visibility_filter = QComboBox()
        self.visibility_filter.setAccessibleName(self.tr("Visibility filter"))
        for label, visible in VISIBILITY_FILTERS:
            self.visibility_filter.addItem(QCoreApplication.translate("LibraryPage", label), visible)
        self.count = QLabel()
        self.count.setObjectName("libraryCount")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.visibility_filter.currentIndexChanged.connect(lambda _i: self.refresh())

        a = authoring
        self.model = ExamTableModel(
            lambda ids: a.library.exam_rows(a.principal, ids),
            lambda fn, done, failed: run_op(a.tasks, fn, done, failed, owner=self),
            self,
        )
        self.model.sort_requested.connect(lambda _k, _d: self.refresh())
        self.table = QTableView()
        self.table.setObjectName("libraryTable")
        self.table.setAccessibleName(self.tr("Exams"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        for col in range(len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        column_widths(self.table, {1: 9, 2: 8, 3: 8, 4: 8, 5: 10.5, 6: 7.5, 7: 13}, stretch=(0, 20))
        header.setSortIndicator(len(COLUMNS) - 1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())
        self.model.dataChanged.connect(lambda *_: self.update_actions())

        self._build_actions()
        top = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        status_label = QLabel(self.tr("S&tatus:"))
        status_label.setBuddy(self.status_filter)
        visibility_label = QLabel(self.tr("V&isibility:"))
        visibility_label.setBuddy(self.visibility_filter)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(status_label)
        top.addWidget(self.status_filter)
        top.addWidget(visibility_label)
        top.addWidget(self.visibility_filter)
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        title = QLabel("<h2>{}</h2>".format(self.tr("Library")))
        title.setAccessibleName(self.tr("Library"))
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.count)
        layout.addLayout(heading)
        layout.addWidget(self.toolbar)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.update_actions()

    # ---------------------------------------------------------------- actions
    def _action(
        self, text: str, slot: Any, shortcut: Any = None, *, local: bool = False, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if local:  # only while this page has focus: other pages give Delete or Ctrl+N their own meaning
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        action.setToolTip(tip or text.replace("&", "").removesuffix("…"))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New Exam"), self.new_exam, QKeySequence.StandardKey.New, local=True
        )
        self.open_action = self._action(
            self.tr("&Open"), self.open_selected, "Ctrl+O", local=True, tip=self.tr("Open (Enter)")
        )
        self.duplicate_action = self._action(
            self.tr("D&uplicate"), self.duplicate_selected, "Ctrl+D", local=True
        )
        self.publish_action = self._action(
            self.tr("&Publish"), lambda: self.set_status("published"), "Ctrl+Shift+P", local=True
        )
        self.archive_action = self._action(
            self.tr("&Archive"), lambda: self.set_status("archived"), "Ctrl+Shift+R", local=True
        )
        self.draft_action = self._action(
            self.tr("Back to D&raft"), lambda: self.set_status("draft"), "Ctrl+Shift+D", local=True
        )
        self.delete_action = self._action(
            self.tr("&Delete…"), self.delete_selected, QKeySequence.StandardKey.Delete, local=True
        )
        self.bank_action = self._action(self.tr("New Exam from &Bank…"), self.new_from_bank, "Ctrl+Alt+N")
        self.find_action = self._action(
            self.tr("&Find Exams"), self.focus_search, QKeySequence.StandardKey.Find
        )
        self.addAction(self.find_action)
        self.toolbar = ActionBar(self.tr("Library"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setAccessibleName(self.tr("Library actions"))
        self.exam_actions = [
            self.open_action,
            self.duplicate_action,
            self.publish_action,
            self.archive_action,
            self.draft_action,
            self.delete_action,
        ]
        for action in (self.new_action, *self.exam_actions, self.bank_action):
            self.toolbar.addAction(action)
            button = self.toolbar.widgetForAction(action)
            button.setAccessibleName(action.text().replace("&", "").removesuffix("…"))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.open_action, self.duplicate_action):
            self.table.addAction(action)
        separator = QAction(self)
        separator.setSeparator(True)
        self.table.addAction(separator)
        for action in (self.publish_action, self.archive_action, self.draft_action):
            self.table.addAction(action)
        separator2 = QAction(self)
        separator2.setSeparator(True)
        self.table.addActions([separator2, self.delete_action, self.new_action, self.bank_action])

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.exam_id(index.row()) if index.isValid() else None

    def selected_row(self) -> ExamRow | None:
        exam_id = self.selected_id()
        return None if exam_id is None else self.model.cached(exam_id)

    def update_actions(self) -> None:
        row = self.selected_row()
        index = self.table.currentIndex()
        if row is None and index.isValid():
            self.model.index(index.row(), 0).data()  # not cached yet: fetch its page, then update
        for action in self.exam_actions:
            action.setEnabled(row is not None)
        if row is not None:
            self.publish_action.setEnabled(row.status in ("draft", "archived"))
            self.archive_action.setEnabled(row.status == "published")
            self.draft_action.setEnabled(
                row.status == "archived" or (row.status == "published" and not row.attempts)
            )

    def focus_search(self) -> None:
        self.reveal()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ---------------------------------------------------------------- querying
    def current_filter(self) -> ExamFilter:
        return ExamFilter(
            status=self.status_filter.currentData(),
            is_public=self.visibility_filter.currentData(),
            search=self.search.text(),
            sort=self.model.sort_key,
            descending=self.model.descending,
        )

    def refresh(self, *, stale: bool = False) -> None:
        self._timer.stop()
        filt, a = self.current_filter(), self.authoring
        self._keep_selection = self._keep_selection or self.selected_id()
        Op(a.tasks, lambda: a.library.exam_ids(a.principal, filt)).success(
            lambda ids: self._answered(ids, stale)
        ).failure(self._failed).latest(self._query).run()

    def _answered(self, ids: list[str], stale: bool) -> None:
        keep, self._keep_selection = self._keep_selection, None
        self.model.set_ids(ids, stale=stale)
        self.count.setText(self.tr("%n exam(s)", "", len(ids)))
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))
        self.update_actions()
        self.ids_loaded.emit(len(ids))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh(stale=True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)

    def _failed(self, exc: BaseException) -> None:
        self.count.setText("")
        Message.ask(self, self.tr("Library"), str(exc))

    def on_data_changed(self, changes: Changes) -> None:
        if changes.touches("exams", "questions", "attempts"):  # the table shows their counts
            if self.isVisible():
                self.refresh(stale=True)
            else:
                self._stale = True  # hidden: query once it is shown again
        for editor in list(self.editors.values()):
            editor.on_data_changed(changes)

    # ---------------------------------------------------------------- commands
    def new_exam(self) -> None:
        self._show_editor(ExamEditor(self.authoring, None, self.window()))

    def open_selected(self) -> None:
        exam_id = self.selected_id()
        if exam_id is not None:
            self.open_exam(exam_id)

    def open_exam(self, exam_id: str) -> ExamEditor:
        if exam_id in self.editors:
            editor = self.editors[exam_id]
            editor.raise_()
            editor.activateWindow()
            return editor
        editor = ExamEditor(self.authoring, exam_id, self.window())
        self._show_editor(editor)
        return editor

    def _show_editor(self, editor: ExamEditor) -> None:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        key = editor.exam_id or f"new:{id(editor)}"
        self.editors[key] = editor

        def saved(exam_id: str) -> None:
            for k, e in list(self.editors.items()):
                if e is editor and k != exam_id:
                    del self.editors[k]
                    self.editors[exam_id] = editor

        editor.saved.connect(saved)
        editor.destroyed.connect(lambda _o=None: self._forget(editor))
        editor.open_exam_requested.connect(self.open_exam)
        editor.show()

    def _forget(self, editor: object) -> None:
        for k, e in list(self.editors.items()):
            if e is editor:
                del self.editors[k]

    def duplicate_selected(self) -> None:
        exam_id, a = self.selected_id(), self.authoring
        if exam_id is None:
            return
        self._keep_selection = None
        Op(a.tasks, lambda: a.library.duplicate(a.principal, exam_id)).success(self._duplicated).failure(
            self._failed
        ).changes(EXAMS).run()

    def _duplicated(self, new_id: str) -> None:
        self._keep_selection = new_id  # kept by the refresh that the op's EXAMS change brings

    def set_status(self, status: str) -> None:
        exam_id, a = self.selected_id(), self.authoring
        if exam_id is None:
            return
        Op(a.tasks, lambda: a.library.set_status(a.principal, exam_id, status)).failure(
            self._status_failed
        ).changes(EXAMS).run()

    def _status_failed(self, exc: BaseException) -> None:
        if isinstance(exc, PublishRefused):
            Problems.ask(
                self,
                self.tr("Not published"),
                self.tr("Fix these problems, then publish again:"),
                exc.problems,
            )
        else:
            self._failed(exc)

    def delete_selected(self) -> None:
        exam_id, row, a = self.selected_id(), self.selected_row(), self.authoring
        if exam_id is None:
            return
        title = row.title if row is not None else None
        Op(a.tasks, lambda: a.library.delete_impact(a.principal, exam_id)).success(
            lambda impact: self._confirm_delete(exam_id, title, *impact)
        ).failure(self._failed).run()

    def _confirm_delete(self, exam_id: str, title: str | None, questions: int, attempts: int) -> None:
        question = self.tr("Delete “{title}”?").format(title=title) if title else self.tr("Delete this exam?")
        detail = self.tr("Its %n question(s) will be deleted too.", "", questions)
        if attempts:
            kept = self.tr(
                "Its %n attempt(s) will be kept, so students' results stay on record.", "", attempts
            )
            detail = f"{detail} {kept}"  # two sentences
        if not Confirm.ask(self, self.tr("Delete Exam"), question, detail, self.tr("&Delete")):
            return
        a = self.authoring
        editor = self.editors.get(exam_id)
        if editor is not None:
            editor.saved_fields = editor.state  # nothing left to save
            editor.close()
        Op(a.tasks, lambda: a.library.delete(a.principal, exam_id)).failure(self._failed).changes(EXAMS).run()

    def new_from_bank(self) -> None:
        new_id = BankDialog.ask(self, self.authoring, self.selected_id())
        if new_id is not None:
            self.authoring.tasks.changed.emit(EXAMS)
            self._keep_selection = new_id
            self.open_exam(new_id)
