"""The exam editor's central widget: settings on the left, the question list on the right.

It only shows values and reports edits (`edited(part, typing, value)`, where `part` is an
`ExamFields` attribute or a dotted path into it, "rules.max_attempts"); the window decides
what an edit means (undo step, save, lock). The left side is tabs (the settings, taking the
exam, its review, extra time), each scrolling on its own, so the rules fit the editor's size
and a larger font; the status buttons stay under the tabs, always in reach.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP
from examhub_desktop.services.library import MAX_DURATION, ExamDetail, ExamFields
from examhub_desktop.ui import theme
from examhub_desktop.ui.editor.extra_time import ExtraTimePage
from examhub_desktop.ui.editor.question_editor import Message
from examhub_desktop.ui.editor.question_list import QuestionListModel
from examhub_desktop.ui.editor.rules_form import RulesForm

STATUS_NAMES = {
    "draft": QT_TRANSLATE_NOOP("ExamForm", "Draft"),
    "published": QT_TRANSLATE_NOOP("ExamForm", "Published"),
    "archived": QT_TRANSLATE_NOOP("ExamForm", "Archived"),
}


def button(text: str, tip: str = "") -> QPushButton:
    b = QPushButton(text)
    b.setAutoDefault(False)
    if tip:
        b.setToolTip(tip)
    return b


class PageScroll(QScrollArea):
    """Scrolls up and down only: as narrow as its page can be, never narrower, so a larger
    font widens the editor's left side (the splitter keeps it) instead of cutting it off."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        page = self.widget()
        if page is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(page.minimumSizeHint().width() + bar + 2 * self.frameWidth(), hint.height())


def scrolling(page: QWidget, *, top: bool = True) -> QScrollArea:
    """`page` in a frameless scroll area that draws nothing of its own (the tab shows through)
    and takes no Tab stop: the focus goes straight to the page's first field. `top`: a form
    keeps its rows together at the top instead of spreading them over the tab's height."""
    holder = page
    if top:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(page)
        column.addStretch(1)
    area = PageScroll()
    area.setObjectName(f"{page.objectName()}Scroll")
    area.setWidget(holder)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.viewport().setAutoFillBackground(False)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class ExamForm(QWidget):
    edited = Signal(str, bool, object)  # (ExamFields attribute or dotted path, typing, new value)

    def __init__(self, model: QuestionListModel, extra_time: ExtraTimePage) -> None:
        super().__init__()
        self._loading = False
        self.lock_banner = QFrame()
        self.lock_banner.setObjectName("lockBanner")
        self.lock_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.lock_text = QLabel()
        self.lock_text.setWordWrap(True)
        self.duplicate_button = button(
            self.tr("Duplicate as &New Draft"), self.tr("Copy this exam and its questions into a new draft")
        )
        lock_row = QHBoxLayout(self.lock_banner)
        lock_row.addWidget(self.lock_text, 1)
        lock_row.addWidget(self.duplicate_button)
        self.lock_banner.hide()
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("errorBanner")
        self.banner.hide()

        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setMaxLength(255)
        self.title.setPlaceholderText(self.tr("For example: Algebra — unit test 3"))
        self.title_message = Message()
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setUndoRedoEnabled(False)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.duration = QSpinBox()
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.duration.setRange(1, MAX_DURATION)
        self.duration.setSuffix(self.tr(" min"))
        self.untimed = QCheckBox(self.tr("Unti&med"))
        self.untimed.setToolTip(self.tr("Students can take as long as they like"))
        self.duration_message = Message()
        self.passing = QSpinBox()
        self.passing.setAccessibleName(self.tr("Passing score in percent"))
        self.passing.setRange(0, 100)
        self.passing.setSuffix(self.tr(" %"))
        self.passing_message = Message()
        self.public = QCheckBox(self.tr("Pu&blic: students can find and take it"))
        self.shuffle = QCheckBox(self.tr("Shu&ffle the question order for each student"))
        self.shuffle.setToolTip(self.tr("Off: every student sees the questions in the order of this list"))
        self.status = QLabel()
        self.status.setObjectName("statusLine")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.title.textEdited.connect(lambda t: self._emit("title", True, t))
        self.description.textChanged.connect(
            lambda: self._emit("description", True, self.description.toPlainText())
        )
        self.duration.valueChanged.connect(lambda v: self._emit("duration_minutes", True, v))
        self.untimed.toggled.connect(self._untimed_toggled)
        self.passing.valueChanged.connect(lambda v: self._emit("passing_score", True, v))
        self.public.toggled.connect(lambda on: self._emit("is_public", False, on))
        self.shuffle.toggled.connect(lambda on: self._emit("shuffle_questions", False, on))

        settings = QWidget()
        settings.setObjectName("settingsPage")
        form = QFormLayout(settings)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow("", self.title_message)
        form.addRow(self.tr("&Description:"), self.description)
        duration_row = QHBoxLayout()
        duration_row.addWidget(self.duration)
        duration_row.addWidget(self.untimed)
        duration_row.addStretch(1)
        duration_label = QLabel(self.tr("Durati&on:"))
        duration_label.setBuddy(self.duration)
        form.addRow(duration_label, duration_row)
        form.addRow("", self.duration_message)
        passing_row = QHBoxLayout()
        passing_row.addWidget(self.passing)
        passing_row.addStretch(1)
        passing_label = QLabel(self.tr("&Passing score:"))
        passing_label.setBuddy(self.passing)
        form.addRow(passing_label, passing_row)
        form.addRow("", self.passing_message)
        form.addRow(self.tr("Visibility:"), self.public)
        form.addRow(self.tr("Order:"), self.shuffle)
        form.addRow(self.tr("Status:"), self.status)
        self.save_button = button(self.tr("&Save"), self.tr("Save the settings (Ctrl+S)"))
        self.publish_button = button(
            self.tr("Publis&h"), self.tr("Check every question and publish (Ctrl+Shift+P)")
        )
        self.archive_button = button(
            self.tr("Ar&chive"), self.tr("Hide from students, keep results (Ctrl+Shift+R)")
        )
        self.draft_button = button(
            self.tr("Bac&k to Draft"), self.tr("Unpublish to change it (Ctrl+Shift+D)")
        )
        status_row = QHBoxLayout()
        for b in (self.save_button, self.publish_button, self.archive_button, self.draft_button):
            status_row.addWidget(b)
        status_row.addStretch(1)
        self.rules = RulesForm(self)
        self.rules.edited.connect(self._emit)
        self.extra_time = extra_time
        self.tabs = QTabWidget()
        self.tabs.setObjectName("examTabs")
        self.tabs.addTab(scrolling(settings), self.tr("Settings"))
        self.tabs.addTab(scrolling(self.rules.taking), self.tr("Taking the exam"))
        self.tabs.addTab(scrolling(self.rules.review), self.tr("Review"))
        self.extra_time_tab = self.tabs.addTab(scrolling(extra_time, top=False), self.tr("Extra time"))
        self.tabs.setTabToolTip(1, self.tr("Attempts, practice, full screen, opening and closing times"))
        self.tabs.setTabToolTip(2, self.tr("What students see of their finished attempts, and when"))
        self.tabs.setTabToolTip(3, self.tr("Students who get more time than the exam's duration"))
        self.tabs.setTabVisible(self.extra_time_tab, False)  # an exam that exists has people to give time to
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tabs, 1)
        left_layout.addLayout(status_row)

        self.questions = QTableView()
        self.questions.setAccessibleName(self.tr("Questions"))
        self.questions.setModel(model)
        self.questions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.questions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.questions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.questions.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.questions.setDragEnabled(True)
        self.questions.setAcceptDrops(True)
        self.questions.setDropIndicatorShown(True)
        self.questions.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.questions.setDragDropOverwriteMode(False)
        self.questions.setTabKeyNavigation(False)
        self.questions.setWordWrap(False)
        self.questions.verticalHeader().hide()
        self.questions.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.questions.setAlternatingRowColors(True)
        header = self.questions.horizontalHeader()
        for col in range(model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_button = button(
            self.tr("&Add Question…"), self.tr("Add a question after the selected one (Ctrl+N)")
        )
        self.edit_button = button(self.tr("Ed&it…"), self.tr("Edit the selected question (Enter)"))
        self.delete_button = button(self.tr("De&lete"), self.tr("Delete the selected question (Delete)"))
        self.up_button = button(self.tr("Move &Up"), self.tr("Move the selected question up (Ctrl+Up)"))
        self.down_button = button(
            self.tr("Move Do&wn"), self.tr("Move the selected question down (Ctrl+Down)")
        )
        self.count = QLabel()
        question_buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button, self.up_button, self.down_button):
            question_buttons.addWidget(b)
        question_buttons.addStretch(1)
        question_buttons.addWidget(self.count)
        questions_box = QGroupBox(self.tr("Questions (drag to reorder)"))
        qlayout = QVBoxLayout(questions_box)
        qlayout.addWidget(self.questions)
        qlayout.addLayout(question_buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(questions_box)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([470, 690])
        layout = QVBoxLayout(self)
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    # ---------------------------------------------------------------- values
    def _emit(self, part: str, typing: bool, value: object) -> None:
        if part == "duration_minutes":
            self.extra_time.set_duration(value if isinstance(value, int) else None)
        if not self._loading:
            self.edited.emit(part, typing, value)

    def _untimed_toggled(self, on: bool) -> None:
        self.duration.setEnabled(not on)
        self._emit("duration_minutes", False, None if on else self.duration.value())

    def apply(self, fields: ExamFields) -> None:
        self._loading = True
        try:
            if self.title.text() != fields.title:
                self.title.setText(fields.title)
                self.title.setCursorPosition(0)
            if self.description.toPlainText() != fields.description:
                self.description.setPlainText(fields.description)
            untimed = fields.duration_minutes is None
            self.untimed.setChecked(untimed)
            self.duration.setEnabled(not untimed)
            if not untimed:
                self.duration.setValue(fields.duration_minutes or 60)
            self.passing.setValue(50 if fields.passing_score is None else fields.passing_score)
            self.public.setChecked(fields.is_public)
            self.shuffle.setChecked(fields.shuffle_questions)
            self.rules.apply(fields.rules)
            self.extra_time.set_duration(fields.duration_minutes)
        finally:
            self._loading = False

    def show_problems(self, problems: dict[str, str]) -> None:
        self.title_message.say([problems["title"]] if "title" in problems else [])
        self.duration_message.say([problems["duration_minutes"]] if "duration_minutes" in problems else [])
        self.passing_message.say([problems["passing_score"]] if "passing_score" in problems else [])
        self.title.setAccessibleDescription(problems.get("title", ""))
        self.rules.show_problems(problems)

    def reveal(self, field: str) -> None:
        """Show the tab holding `field`'s control (an `ExamFields` attribute or an
        `ExamRules` one) and put the focus there, so a refused save points at its reason."""
        widgets: dict[str, QWidget] = {
            "title": self.title,
            "description": self.description,
            "duration_minutes": self.duration,
            "passing_score": self.passing,
        }
        widget = widgets.get(field) or self.rules.field_widget(field)
        if widget is None:
            return
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
                break
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_extra_time(self, shown: bool) -> None:
        self.tabs.setTabVisible(self.extra_time_tab, shown)

    def show_banner(self, text: str, *, error: bool = True) -> None:
        theme.paint(self.banner, theme.Role.ERROR if error else None)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def show_detail(self, detail: ExamDetail, questions: int) -> None:
        status = detail.status
        if status in STATUS_NAMES:
            status = QCoreApplication.translate("ExamForm", STATUS_NAMES[status])
        count = self.tr("%n question(s)", "", questions)
        attempts = self.tr("%n attempt(s)", "", detail.attempts)
        self.status.setText(
            self.tr("{status} · {questions} · {attempts}").format(
                status=status, questions=count, attempts=attempts
            )
        )
        self.count.setText(count)
        locked = detail.grading_locked
        self.passing.setReadOnly(locked)
        self.passing.setToolTip(self.tr("Locked: the exam has attempts") if locked else "")
        self.lock_banner.setVisible(locked)
        if locked:
            self.lock_text.setText(
                self.tr(
                    "This exam has %n attempt(s), so its questions and passing score are locked: changing "
                    "them would make existing scores wrong. Duplicate it to make a new draft you can change.",
                    "",
                    detail.attempts,
                )
            )
