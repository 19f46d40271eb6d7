"""The student exam runner and results: pages for the main window, the runner and review windows.

One entry point, `install(window, principal)`: a student gets "Exams" (home, start / resume,
the runner) and "My Results"; a teacher (admin) gets "Attempts" (any attempt's review, marking
essays). Pages refresh on the main window's `data_changed`, and say so after their own writes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from examhub_desktop.core.timing import Clock
from examhub_desktop.services.permissions import Principal
from examhub_desktop.ui.runner.backend import RunnerServices

if TYPE_CHECKING:
    from examhub_desktop.ui.main_window import MainWindow


def install(window: MainWindow, principal: Principal, *, clock: Clock | None = None) -> None:
    from examhub_desktop.ui.main_window import ATTEMPTS_PAGE, MY_RESULTS_PAGE, STUDENT_START_PAGE
    from examhub_desktop.ui.runner.home import StudentHomePage
    from examhub_desktop.ui.runner.results_page import MyResultsPage
    from examhub_desktop.ui.runner.teacher import AttemptsPage

    if window.page(ATTEMPTS_PAGE) is not None or window.page(MY_RESULTS_PAGE) is not None:
        return  # installed already
    services = RunnerServices.open(
        window.ctx, window.tasks, principal, clock=clock, changed=window.data_changed.emit
    )
    if principal.is_admin:
        attempts = AttemptsPage(services)
        window.add_page(ATTEMPTS_PAGE, QCoreApplication.translate("runner", "Attempts"), attempts)
        window.data_changed.connect(attempts.data_changed)
        return
    home = StudentHomePage(services)
    results = MyResultsPage(services)
    exams = QCoreApplication.translate("runner", "Exams")
    window.add_page(STUDENT_START_PAGE, exams, home)  # in place of the window's "loading" placeholder
    window.add_page(MY_RESULTS_PAGE, QCoreApplication.translate("runner", "My Results"), results)
    window.data_changed.connect(home.data_changed)
    window.data_changed.connect(results.data_changed)
    window.closed.connect(home.shutdown)


__all__ = ["RunnerServices", "install"]
