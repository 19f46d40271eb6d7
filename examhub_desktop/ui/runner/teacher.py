"""The teacher's "Attempts" page: pick an exam, see its attempts, open any attempt's review and
mark its essays there."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from examhub_desktop.services.library import ExamFilter, ExamRow
from examhub_desktop.services.results import AttemptSummary
from examhub_desktop.ui.i18n import format_number
from examhub_desktop.ui.runner.backend import RunnerServices
from examhub_desktop.ui.runner.lazy_page import LazyPage
from examhub_desktop.ui.runner.models import ROW_ROLE, exam_attempts_model
from examhub_desktop.ui.runner.results_page import make_table, selected_attempt
from examhub_desktop.ui.runner.review import ReviewWindow


class AttemptsPage(LazyPage):
    exams_loaded = Signal(list)
    attempts_loaded = Signal(list)
    review_opened = Signal(object)  # ReviewWindow

    def __init__(self, services: RunnerServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("AttemptsPage")
        self.reviews: list[ReviewWindow] = []
        heading = QLabel("<h2>{}</h2>".format(html.escape(self.tr("Attempts"))))
        self.exam_combo = QComboBox()
        self.exam_combo.setObjectName("examCombo")
        self.exam_combo.setAccessibleName(self.tr("Exam"))
        self.exam_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        exam_label = QLabel(self.tr("Exa&m:"))
        exam_label.setBuddy(self.exam_combo)
        self.exam_combo.currentIndexChanged.connect(lambda _i: self.load_attempts())
        self.model = exam_attempts_model()
        self.table, self.proxy = make_table(self.model, self.tr("Attempts of the exam"), self, stretch=0)
        self.table.setObjectName("examAttemptsTable")
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.open_button = QPushButton(self.tr("&Open Review"))
        self.open_button.setAccessibleName(self.tr("Open the review of the selected attempt"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.status = QLabel()
        self.status.setObjectName("attemptsStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(exam_label)
        top.addWidget(self.exam_combo)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        super().refresh()
        s = self.services

        def exams() -> list[ExamRow]:
            ids = s.library.exam_ids(s.principal, ExamFilter(sort="title", descending=False))
            return s.library.exam_rows(s.principal, ids)

        s.run(exams, self._show_exams, self.status.setText, owner=self)

    def _show_exams(self, rows: list[ExamRow]) -> None:
        current = self.exam_combo.currentData()
        self.exam_combo.blockSignals(True)
        self.exam_combo.clear()
        for row in rows:
            item = self.tr("{title} (%n attempt(s))", "", row.attempts).format(title=row.title)
            self.exam_combo.addItem(item, row.id)
        found = self.exam_combo.findData(current) if current else -1
        self.exam_combo.setCurrentIndex(found if found >= 0 else (0 if rows else -1))
        self.exam_combo.blockSignals(False)
        self.status.setText("" if rows else self.tr("There are no exams yet."))
        self.exams_loaded.emit(rows)
        self.load_attempts()

    def load_attempts(self) -> None:
        exam_id = self.exam_combo.currentData()
        if not isinstance(exam_id, str):
            self.model.set_rows([])
            return
        s = self.services
        s.run(
            lambda: s.results.exam_attempts(s.principal, exam_id),
            self._show_attempts,
            self.status.setText,
            owner=self,
        )

    def _show_attempts(self, attempts: list[AttemptSummary]) -> None:
        selected = selected_attempt(self.table)
        self.model.set_rows(attempts)
        pending = sum(1 for a in attempts if a.status == "pending")
        if not attempts:
            self.status.setText(self.tr("No attempts at this exam yet."))
        elif pending:
            self.status.setText(
                self.tr("%n attempt(s) · {pending} awaiting an essay mark", "", len(attempts)).format(
                    pending=format_number(pending)
                )
            )
        else:
            self.status.setText(self.tr("%n attempt(s)", "", len(attempts)))
        for r in range(self.proxy.rowCount()):
            row = self.proxy.index(r, 0).data(ROW_ROLE)
            if (
                selected is not None
                and isinstance(row, AttemptSummary)
                and row.attempt_id == selected.attempt_id
            ):
                self.table.selectRow(r)
                break
        else:
            if self.proxy.rowCount():
                self.table.selectRow(0)
        self.attempts_loaded.emit(attempts)

    def _selection_changed(self) -> None:
        attempt = selected_attempt(self.table)
        self.open_button.setEnabled(attempt is not None and attempt.status != "in_progress")

    def open_selected(self) -> None:
        attempt = selected_attempt(self.table)
        if attempt is None or attempt.status == "in_progress":
            return
        window = ReviewWindow(self.services, attempt.attempt_id, teacher=True)
        self.reviews = [w for w in self.reviews if w.isVisible()] + [window]
        window.show()
        self.review_opened.emit(window)
