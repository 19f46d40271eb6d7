"""The runner's life cycle: the clock (poll, warnings, expiry), submitting, and leaving.

RunnerWindow (runner_window.py) builds on this and supplies the questions, the answers and
the saver. The deadline is core's: `poll` asks AttemptTimer, which reports expiry exactly
once, and `_submit` refuses a second start, so an attempt is submitted once however often it
is polled. A refused submit is checked against the database before it is reported: if the
attempt is finished after all (the home page found its time up at the same moment), the
review simply follows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget

from examhub_desktop.core.timing import AttemptTimer, TimeCheckpoint
from examhub_desktop.services.attempts import RunnerState
from examhub_desktop.services.results import Review
from examhub_desktop.ui.announce import Announcer
from examhub_desktop.ui.changes import ATTEMPTS
from examhub_desktop.ui.runner.backend import RunnerServices
from examhub_desktop.ui.runner.dialogs import Confirm, Notice
from examhub_desktop.ui.runner.question_page import QuestionPage
from examhub_desktop.ui.runner.review import ReviewView
from examhub_desktop.ui.runner.runner_actions import submit_question
from examhub_desktop.ui.runner.runner_layout import RunnerLayout
from examhub_desktop.ui.runner.saver import AnswerSaver

HEARTBEAT_SECONDS = 30.0  # store the time at least this often while the attempt is open


class AttemptLifecycle(QMainWindow):
    time_warning = Signal(float)  # seconds left at the threshold (300, 60)
    time_up = Signal()
    submitted = Signal(str)
    review_shown = Signal(object)  # Review
    left = Signal()  # closed mid-attempt: it stays in progress

    # supplied by RunnerWindow
    services: RunnerServices
    attempt_id: str
    state: RunnerState | None
    timer: AttemptTimer | None
    saver: AnswerSaver | None
    pages: dict[int, QuestionPage]
    index: int
    ui: RunnerLayout
    stack: QStackedWidget
    loading: QLabel
    ticker: QTimer
    next_action: QAction
    prev_action: QAction
    flag_action: QAction
    check_action: QAction
    submit_action: QAction
    review_view: ReviewView
    announcer: Announcer
    finished = False  # submitted
    submitting = False
    closed_mid_attempt = False
    _stored_elapsed = 0.0  # the elapsed seconds of the last checkpoint handed to a save

    def go(self, index: int) -> None:
        raise NotImplementedError

    def _running(self) -> bool:
        raise NotImplementedError

    def _count_time(self) -> None:
        raise NotImplementedError

    def _leave_question(self) -> None:
        raise NotImplementedError

    def _checkpoint(self) -> TimeCheckpoint:
        raise NotImplementedError

    # ------------------------------------------------------------------ time
    def poll(self) -> None:
        if self.timer is None or self.finished:
            return
        tick = self.timer.poll()
        self.ui.show_time(tick.remaining, tick.elapsed)
        if tick.warning is not None and not self.submitting:
            minutes = round(tick.warning / 60)
            text = QCoreApplication.translate(
                "AttemptLifecycle", "%n minute(s) left. Your answers are saved as you go.", None, minutes
            )
            self.ui.show_banner(text, urgent=tick.warning <= 60)
            self.announcer.say(text, urgent=tick.warning <= 60)
            self.time_warning.emit(tick.warning)
        if tick.expired_now:
            self._time_is_up()
        elif (
            self.saver is not None
            and not self.saver.busy
            and not self.submitting
            and tick.elapsed - self._stored_elapsed >= HEARTBEAT_SECONDS
        ):
            self.saver.touch()

    def _time_is_up(self) -> None:
        if self.submitting or self.finished:
            return
        text = QCoreApplication.translate("AttemptLifecycle", "Time is up. Your answers are being submitted…")
        self.ui.show_banner(text, urgent=True)
        self.announcer.say(text, urgent=True)
        self.time_up.emit()
        self._submit("time_up")

    # ------------------------------------------------------------------ submitting
    def ask_submit(self) -> None:
        if not self._running():
            return
        _answered, unanswered, flagged = self.ui.question_palette.counts()
        text = submit_question(unanswered, flagged)
        title = QCoreApplication.translate("AttemptLifecycle", "Submit your answers?")
        if Confirm.ask(self, title, text, confirm=QCoreApplication.translate("AttemptLifecycle", "&Submit")):
            self._submit("submitted")

    def _submit(self, reason: str) -> None:
        if self.submitting or self.finished or self.saver is None:
            return
        for page in self.pages.values():
            page.editor.flush()  # typed text not yet saved goes first
        self.submitting = True
        for page in self.pages.values():
            page.editor.set_locked(True)
        for action in (
            self.next_action,
            self.prev_action,
            self.flag_action,
            self.check_action,
            self.submit_action,
        ):
            action.setEnabled(False)
        self.ui.set_locked(True)
        self._count_time()
        self.saver.touch()
        s, aid = self.services, self.attempt_id  # the worker reads plain values, never the window

        def send() -> None:
            checkpoint = self._checkpoint()
            s.run(
                lambda: s.attempts.submit(s.principal, aid, checkpoint, reason=reason),
                self._submitted,
                self._submit_failed,
                owner=self,
            )

        self.saver.when_idle(send)

    def _submit_failed(self, message: str) -> None:
        """Submitted already (the home page found its time up at the same moment)? Then it is done;
        otherwise unlock and say why."""
        s, aid = self.services, self.attempt_id

        def finished_after_all(_review: object) -> None:
            self._submitted(self.attempt_id)

        s.run(
            lambda: s.results.review(s.principal, aid),
            finished_after_all,
            lambda _m: self._unlock(message),
            owner=self,
        )

    def _unlock(self, message: str) -> None:
        self.submitting = False
        self.ui.set_locked(False)
        for page in self.pages.values():
            page.editor.set_locked(False)
        self.submit_action.setEnabled(True)
        self.check_action.setEnabled(True)
        self.index, index = -1, self.index
        self.go(index)  # re-enables the actions that fit the question
        self.ui.show_banner(
            QCoreApplication.translate("AttemptLifecycle", "Could not submit: {error}").format(error=message),
            urgent=True,
        )
        Notice.ask(
            self,
            QCoreApplication.translate("AttemptLifecycle", "Not submitted"),
            QCoreApplication.translate(
                "AttemptLifecycle", "Your answers could not be submitted: {error}"
            ).format(error=message),
            warning=True,
        )

    def _submitted(self, _attempt_id: str) -> None:
        self.finished = True
        self.submitting = False
        self.ticker.stop()
        self.services.changed(ATTEMPTS)
        self.submitted.emit(self.attempt_id)
        s = self.services
        self.loading.setText(
            QCoreApplication.translate("AttemptLifecycle", "Submitted. Loading your results…")
        )
        self.stack.setCurrentWidget(self.loading)
        aid = self.attempt_id
        s.run(lambda: s.results.review(s.principal, aid), self._show_review, self.loading.setText, owner=self)

    def _show_review(self, review: Review) -> None:
        self.review_view = ReviewView(review)
        self.review_view.setFont(self.stack.font())
        self.stack.addWidget(self.review_view)
        self.stack.setCurrentWidget(self.review_view)
        self.setWindowTitle(
            QCoreApplication.translate("AttemptLifecycle", "Review — {exam}").format(exam=review.exam_title)
        )
        self.review_shown.emit(review)

    # ------------------------------------------------------------------ leaving
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.state is not None and not self.finished and not self.closed_mid_attempt:
            if self.submitting:
                event.ignore()  # the submission is on its way; the review follows
                return
            timed = self.state.time_limit_seconds is not None
            if timed:
                text = QCoreApplication.translate(
                    "AttemptLifecycle",
                    "Your answers are saved and the attempt stays in progress: resume it from the Exams "
                    "page. The time keeps running while you are away.",
                )
            else:
                text = QCoreApplication.translate(
                    "AttemptLifecycle",
                    "Your answers are saved and the attempt stays in progress: resume it from the Exams page.",
                )
            title = QCoreApplication.translate("AttemptLifecycle", "Leave this attempt?")
            leave = QCoreApplication.translate("AttemptLifecycle", "&Leave")
            if not Confirm.ask(self, title, text, confirm=leave):
                event.ignore()
                return
            self.leave()
        super().closeEvent(event)

    def leave(self) -> None:
        """Keep the attempt in progress: store the last answers and the time, stop polling."""
        if self.closed_mid_attempt or self.finished or self.saver is None:
            return
        self.closed_mid_attempt = True
        self._leave_question()
        for page in self.pages.values():
            page.editor.flush()
        self.saver.touch()
        self.ticker.stop()
        self.left.emit()
