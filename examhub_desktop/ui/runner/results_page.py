"""The student's "My Results": finished attempts oldest first as a chart of scores over time,
and the same attempts newest first in a table; Open Review shows any of them."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from examhub_desktop.services.results import AttemptSummary
from examhub_desktop.ui.i18n import format_date
from examhub_desktop.ui.runner.backend import RunnerServices
from examhub_desktop.ui.runner.chart import Point, ScoreChart
from examhub_desktop.ui.runner.lazy_page import LazyPage
from examhub_desktop.ui.runner.models import ROW_ROLE, SORT_ROLE, RowsModel, my_attempts_model
from examhub_desktop.ui.runner.review import ReviewWindow
from examhub_desktop.ui.sizing import column_widths


def make_table(
    model: RowsModel[Any], name: str, parent: QWidget, *, stretch: int
) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView()
    table.setAccessibleName(name)
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    column_widths(table, {}, stretch=(stretch, 16))  # at large text the title scrolls, not squeezes
    return table, proxy


def selected_attempt(table: QTableView) -> AttemptSummary | None:
    rows = table.selectionModel().selectedRows()
    found = rows[0].data(ROW_ROLE) if rows else None
    return found if isinstance(found, AttemptSummary) else None


class MyResultsPage(LazyPage):
    loaded = Signal(list)
    review_opened = Signal(object)  # ReviewWindow

    def __init__(self, services: RunnerServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("MyResultsPage")
        self.reviews: list[ReviewWindow] = []
        heading = QLabel("<h2>{}</h2>".format(html.escape(self.tr("My Results"))))
        self.chart = ScoreChart()
        self.model = my_attempts_model()
        self.table, self.proxy = make_table(self.model, self.tr("My attempts"), self, stretch=1)
        self.table.setObjectName("myAttemptsTable")
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.open_button = QPushButton(self.tr("&Open Review"))
        self.open_button.setAccessibleName(self.tr("Open the review of the selected attempt"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.open_button.setEnabled(selected_attempt(self.table) is not None)
        )
        self.status = QLabel()
        self.status.setObjectName("resultsStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(heading)
        layout.addWidget(self.chart)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        super().refresh()
        s = self.services
        s.run(lambda: s.results.my_attempts(s.principal), self._show, self.status.setText, owner=self)

    def _show(self, attempts: list[AttemptSummary]) -> None:
        self.model.set_rows(attempts)
        scored = [a for a in attempts if a.score is not None]
        self.chart.set_points(
            [Point(format_date(a.ended) if a.ended else "", a.score or 0, a.passed) for a in scored]
        )
        self.status.setText(
            "" if attempts else self.tr("No finished attempts yet: take an exam from the Exams page.")
        )
        if self.proxy.rowCount() and selected_attempt(self.table) is None:
            self.table.selectRow(0)
        self.loaded.emit(attempts)

    def open_selected(self) -> None:
        attempt = selected_attempt(self.table)
        if attempt is None:
            return
        window = ReviewWindow(self.services, attempt.attempt_id)
        self.reviews = [w for w in self.reviews if w.isVisible()] + [window]
        window.show()
        self.review_opened.emit(window)
