"""The student's "Exams" page: an attempt in progress on top (Resume, with its time left), then
the published public exams with their facts and the student's attempts and the grade that
counts (by the exam's grading method), attempts left, opening and closing times, the time
limit with the student's extra time, and whether the exam runs full screen.

Starting asks exam or practice mode (StartDialog.ask); exam mode only while the exam takes a
new attempt (`HomeExam.not_open` says why not, here and in the dialog), practice only where
the teacher offers it. The runner opens in its own window and one attempt runs at a time.
`home()` also submits attempts whose time ran out while the app was closed, so the page is
loaded on the database worker like everything else.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.core.i18n import translate
from examhub_desktop.core.timing import format_remaining
from examhub_desktop.services.attempts import Home, HomeExam, InProgress
from examhub_desktop.ui import theme
from examhub_desktop.ui.changes import ATTEMPTS
from examhub_desktop.ui.i18n import format_number
from examhub_desktop.ui.runner.backend import RunnerServices
from examhub_desktop.ui.runner.describe import percent, when
from examhub_desktop.ui.runner.dialogs import Notice, StartDialog, exam_facts, fullscreen_words
from examhub_desktop.ui.runner.lazy_page import LazyPage
from examhub_desktop.ui.runner.models import ROW_ROLE, SORT_ROLE, home_model
from examhub_desktop.ui.runner.runner_window import RunnerWindow
from examhub_desktop.ui.sizing import column_widths


def in_progress_text(p: InProgress) -> str:
    mode = (
        translate("StudentHomePage", "Practice")
        if p.mode == "practice"
        else translate("StudentHomePage", "Exam")
    )
    if p.remaining_seconds is None:
        time = translate("StudentHomePage", "untimed")
    else:
        time = translate("StudentHomePage", "{time} left").format(time=format_remaining(p.remaining_seconds))
    answered = translate("StudentHomePage", "{answered} of {total} answered").format(
        answered=format_number(p.answered), total=format_number(p.total)
    )
    return f"{mode} · {time} · {answered}"


def grade_text(exam: HomeExam) -> str:
    """ "your grade 80% (highest of 3 attempts)": the grade that counts, and how it is chosen."""
    if exam.grade is None:
        return ""
    grade, n = percent(exam.grade), exam.my_attempts
    method = exam.rules.grading_method
    if n <= 1:
        text = translate("StudentHomePage", "your grade {percent}")
    elif method == "first":
        text = translate("StudentHomePage", "your grade {percent} (first of %n attempt(s))", None, n)
    elif method == "last":
        text = translate("StudentHomePage", "your grade {percent} (last of %n attempt(s))", None, n)
    elif method == "average":
        text = translate("StudentHomePage", "your grade {percent} (average of %n attempt(s))", None, n)
    else:
        text = translate("StudentHomePage", "your grade {percent} (highest of %n attempt(s))", None, n)
    return text.format(percent=grade)


def attempts_text(exam: HomeExam) -> str:
    """ "your attempts: 2 · 1 attempt left"."""
    parts = []
    if exam.my_attempts:
        parts.append(
            translate("StudentHomePage", "your attempts: {count}").format(
                count=format_number(exam.my_attempts)
            )
        )
    if exam.attempts_left is not None:
        parts.append(translate("StudentHomePage", "%n attempt(s) left", None, exam.attempts_left))
    return " · ".join(parts)


def dates_text(exam: HomeExam) -> str:
    """ "opens 27/11/26 09:00 · closes 27/11/26 11:00"."""
    parts = []
    if exam.rules.opens_at is not None:
        parts.append(translate("StudentHomePage", "opens {time}").format(time=when(exam.rules.opens_at)))
    if exam.rules.closes_at is not None:
        parts.append(translate("StudentHomePage", "closes {time}").format(time=when(exam.rules.closes_at)))
    return " · ".join(parts)


def can_start(exam: HomeExam) -> bool:
    """An exam attempt can start now, or practice is offered."""
    return not exam.not_open or exam.practice_offered


class InProgressRow(QFrame):
    """An attempt in progress; its time left counts down on the page's clock (`tick`)."""

    def __init__(self, attempt: InProgress, on_resume: Callable[[], None], loaded_at: float) -> None:
        super().__init__()
        self.attempt = attempt
        self.loaded_at = loaded_at  # the clock's monotonic seconds when remaining_seconds was measured
        self.setObjectName("inProgressRow")
        title = QLabel(f"<b>{html.escape(attempt.title)}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        self.facts = QLabel(in_progress_text(attempt))
        self.facts.setObjectName("inProgressFacts")
        self.resume_button = QPushButton(self.tr("&Resume"))
        self.resume_button.setAccessibleName(self.tr("Resume {title}").format(title=attempt.title))
        self.resume_button.clicked.connect(lambda _checked=False: on_resume())
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(title)
        column.addWidget(self.facts)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(column, 1)
        row.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def tick(self, now: float) -> bool:
        """Repaint the time left; True once it has run out."""
        if self.attempt.remaining_seconds is None:
            return False
        left = max(0.0, self.attempt.remaining_seconds - (now - self.loaded_at))
        self.facts.setText(in_progress_text(replace(self.attempt, remaining_seconds=left)))
        return left <= 0


class StudentHomePage(LazyPage):
    loaded = Signal(object)  # Home
    runner_opened = Signal(object)  # RunnerWindow

    def __init__(self, services: RunnerServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("StudentHomePage")
        self.runner: RunnerWindow | None = None
        self.home: Home | None = None
        self.ticker = QTimer(self)  # repaints the time left of attempts in progress
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        heading = QLabel("<h2>{}</h2>".format(html.escape(self.tr("Exams"))))
        self.running_box = QGroupBox(self.tr("In progress"))
        self.running_box.setObjectName("inProgressBox")
        self.running_layout = QVBoxLayout(self.running_box)
        self.running_box.hide()

        self.model = home_model()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("examsTable")
        self.table.setAccessibleName(self.tr("Exams you can take"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, self.model.columnCount()):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        column_widths(self.table, {}, stretch=(0, 20))  # at large text the title scrolls, not squeezes
        self.table.doubleClicked.connect(lambda _i: self.start_selected())
        self.table.activated.connect(lambda _i: self.start_selected())

        self.details = QLabel(self.tr("Pick an exam to see what it is about."))
        self.details.setObjectName("examDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAccessibleName(self.tr("About the exam"))
        self.not_open = QLabel()
        self.not_open.setObjectName("notOpen")
        self.not_open.setWordWrap(True)
        self.not_open.setTextFormat(Qt.TextFormat.PlainText)
        theme.paint(self.not_open, theme.Role.ERROR, "font-weight: bold;")
        self.not_open.hide()
        self.fullscreen_note = QLabel(fullscreen_words())
        self.fullscreen_note.setObjectName("fullscreenNote")
        self.fullscreen_note.setWordWrap(True)
        theme.paint(self.fullscreen_note, theme.Role.BADGE_WARNING, "padding: 6px 8px; border-radius: 3px;")
        self.fullscreen_note.hide()
        self.start_button = QPushButton(self.tr("&Start…"))
        self.start_button.setAccessibleName(self.tr("Start the selected exam"))
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.status = QLabel()
        self.status.setObjectName("homeStatus")
        self.status.setWordWrap(True)

        about = QVBoxLayout()
        about.addWidget(self.details)
        about.addWidget(self.not_open)
        about.addWidget(self.fullscreen_note)
        below = QHBoxLayout()
        below.addLayout(about, 1)
        below.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(heading)
        layout.addWidget(self.running_box)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        layout.addWidget(self.status)

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        super().refresh()
        s = self.services
        s.run(lambda: s.attempts.home(s.principal), self._show, self.status.setText, owner=self)

    def _show(self, home: Home) -> None:
        self.home = home
        selected = self.selected_exam()
        self.model.set_rows(home.exams)
        while self.running_layout.count():
            item = self.running_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        now = self.services.clock.monotonic()
        for attempt in home.in_progress:
            self.running_layout.addWidget(InProgressRow(attempt, partial(self.resume, attempt), now))
        self.running_box.setVisible(bool(home.in_progress))
        if any(a.remaining_seconds is not None for a in home.in_progress):
            self.ticker.start()
        else:
            self.ticker.stop()
        self.status.setText("" if home.exams else self.tr("No exams are open to students yet."))
        if selected is not None:
            self.select_exam(selected.exam_id)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        self.loaded.emit(home)

    def tick(self) -> None:
        """Count down; when an attempt's time runs out with its runner closed, reload: the
        service submits it (as it does for an app that was closed)."""
        if not self.isVisible():
            return
        now = self.services.clock.monotonic()
        open_id = self.runner.attempt_id if self.runner is not None and self.runner.isVisible() else None
        rows = self.running_box.findChildren(InProgressRow)
        ran_out = [r for r in rows if r.tick(now) and r.attempt.attempt_id != open_id]
        if ran_out:
            self.ticker.stop()
            self.refresh()

    # ------------------------------------------------------------------ selection
    def selected_exam(self) -> HomeExam | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        exam = rows[0].data(ROW_ROLE)
        return exam if isinstance(exam, HomeExam) else None

    def select_exam(self, exam_id: str) -> None:
        for r in range(self.proxy.rowCount()):
            exam = self.proxy.index(r, 0).data(ROW_ROLE)
            if isinstance(exam, HomeExam) and exam.exam_id == exam_id:
                self.table.selectRow(r)
                return

    def _selection_changed(self) -> None:
        exam = self.selected_exam()
        self.start_button.setEnabled(exam is not None and can_start(exam))
        self.not_open.setVisible(exam is not None and bool(exam.not_open))
        self.fullscreen_note.setVisible(exam is not None and exam.rules.fullscreen and not exam.not_open)
        if exam is None:
            self.details.setText(self.tr("Pick an exam to see what it is about."))
            self.start_button.setToolTip("")
            return
        mine = [t for t in (grade_text(exam), attempts_text(exam)) if t]
        if not exam.practice_offered:
            mine.append(self.tr("no practice for this exam"))
        esc = html.escape
        lines = [f"<b>{esc(exam.title)}</b>", esc(exam_facts(exam))]
        lines += [esc(line) for line in (" · ".join(mine), dates_text(exam)) if line]
        lines.append(esc(exam.description.strip() or self.tr("No description.")))
        self.details.setText("<br>".join(lines))
        if exam.not_open and exam.practice_offered:
            self.not_open.setText(self.tr("{reason} You can still practise it.").format(reason=exam.not_open))
        else:
            self.not_open.setText(exam.not_open)
        self.start_button.setToolTip(exam.not_open if not can_start(exam) else "")
        self.start_button.setAccessibleDescription(exam.not_open)

    # ------------------------------------------------------------------ starting
    def start_selected(self) -> None:
        exam = self.selected_exam()
        if exam is None or not can_start(exam):
            return
        if self._raise_runner():
            return
        choice = StartDialog.ask(self, exam)
        if choice is None:
            return
        s = self.services
        self.start_button.setEnabled(False)
        self.status.setText(self.tr("Starting…"))

        def started(attempt_id: str) -> None:
            self.start_button.setEnabled(True)
            self.status.setText("")
            self.open_runner(attempt_id)
            self.services.changed(ATTEMPTS)

        def failed(message: str) -> None:
            self.start_button.setEnabled(True)
            self.status.setText(message)
            Notice.ask(self, self.tr("Could not start"), message, warning=True)

        s.run(
            lambda: s.attempts.start(s.principal, exam.exam_id, choice.mode, timed=choice.timed),
            started,
            failed,
            owner=self,
        )

    def resume(self, attempt: InProgress) -> None:
        if (
            self.runner is not None
            and self.runner.attempt_id == attempt.attempt_id
            and self.runner.isVisible()
        ):
            self._raise_runner()
            return
        if self._raise_runner():
            return
        self.open_runner(attempt.attempt_id)

    def _raise_runner(self) -> bool:
        """An open runner comes to the front instead of a second one opening."""
        runner = self.runner
        if runner is None or not runner.isVisible():
            return False
        runner.raise_()
        runner.activateWindow()
        return True

    def open_runner(self, attempt_id: str) -> RunnerWindow:
        runner = RunnerWindow(self.services, attempt_id)
        runner.left.connect(lambda: self.services.changed(ATTEMPTS))
        runner.load_failed.connect(lambda message: self.status.setText(message))
        self.runner = runner
        runner.show()
        self.runner_opened.emit(runner)
        return runner

    def shutdown(self) -> None:
        """The main window closes (sign-out, quit): an open attempt stays in progress."""
        if self.runner is not None and self.runner.isVisible():
            self.runner.leave()
            self.runner.close()
