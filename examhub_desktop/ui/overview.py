"""Overview page: what is in the database, and its health (check, back up)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from examhub_desktop.services.app import AppContext, Counts
from examhub_desktop.ui.changes import Changes
from examhub_desktop.ui.i18n import format_number
from examhub_desktop.ui.ops import Op
from examhub_desktop.ui.tasks import TaskRunner


class OverviewPage(QWidget):
    backup_requested = Signal()
    status_message = Signal(str)
    counts_loaded = Signal(object)

    def __init__(self, ctx: AppContext, tasks: TaskRunner) -> None:
        super().__init__()
        self.setObjectName("OverviewPage")
        self.ctx, self.tasks = ctx, tasks
        heading = QLabel("<h2>{title}</h2>".format(title=self.tr("Overview")))
        self.count_labels: dict[str, QLabel] = {}
        counts_box = QGroupBox(self.tr("In this database"))
        form = self.counts_form = QFormLayout(counts_box)
        for key, title, row in (
            ("exams", self.tr("Exams"), self.tr("Exams:")),
            ("questions", self.tr("Questions"), self.tr("Questions:")),
            ("users", self.tr("People"), self.tr("People:")),
            ("attempts", self.tr("Attempts"), self.tr("Attempts:")),
        ):
            label = QLabel("…")
            label.setAccessibleName(title)
            form.addRow(row, label)
            self.count_labels[key] = label

        health = QGroupBox(self.tr("Database"))
        hl = QVBoxLayout(health)
        self.where = QLabel(ctx.location.describe())
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setAccessibleName(self.tr("Database location"))
        self.check_result = QLabel(self.tr("Not checked in this session."))
        self.check_result.setWordWrap(True)
        self.check_result.setAccessibleName(self.tr("Check result"))
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("&Check Database"))
        self.check_button.clicked.connect(self.run_check)
        self.backup_button = QPushButton(self.tr("&Back Up…"))
        self.backup_button.clicked.connect(self.backup_requested)
        self.backup_button.setEnabled(ctx.location.is_sqlite)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        hl.addWidget(self.where)
        hl.addWidget(self.check_result)
        hl.addLayout(buttons)

        column = QWidget()
        column.setMaximumWidth(720)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(heading)
        inner.addWidget(counts_box)
        inner.addWidget(health)
        inner.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(column, 1)
        layout.addStretch(0)
        self.refresh()

    def set_admin(self, is_admin: bool) -> None:
        """Students see neither how many people there are nor the backup button."""
        self.counts_form.setRowVisible(self.count_labels["users"], is_admin)
        self.backup_button.setVisible(is_admin)

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is not None and not changes.touches("exams", "questions", "attempts", "users"):
            return
        Op(self.tasks, self.ctx.counts, self).success(self._show_counts).failure(self._failed).run()

    def _show_counts(self, counts: Counts) -> None:
        for key, label in self.count_labels.items():
            label.setText(format_number(getattr(counts, key)))
        self.counts_loaded.emit(counts)

    def _failed(self, exc: BaseException) -> None:
        self.status_message.emit(self.tr("Could not read the database: {reason}").format(reason=exc))

    def run_check(self) -> None:
        self.check_button.setEnabled(False)
        self.check_result.setText(self.tr("Checking…"))
        Op(self.tasks, self.ctx.check, self).success(self._checked).failure(self._check_failed).run()

    def _checked(self, problems: list[str]) -> None:
        self.check_button.setEnabled(True)
        if problems:  # the status bar has room for a short sentence only; the page shows the lines
            found = self.tr("%n problem(s):", "", len(problems))
            self.check_result.setText("\n".join([found, *problems[:20]]))
            self.status_message.emit(self.tr("Database check: %n problem(s) found.", "", len(problems)))
        else:
            self.check_result.setText(
                self.tr("No problems found: integrity, foreign keys and schema are in order.")
            )
            self.status_message.emit(self.tr("Database check: no problems found."))

    def _check_failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.check_result.setText(self.tr("The check could not run: {reason}").format(reason=exc))
