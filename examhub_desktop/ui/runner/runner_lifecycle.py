"""The runner's life cycle: the clock (poll, warnings, expiry), submitting, and leaving.

RunnerWindow (runner_window.py) builds on this and supplies the questions, the answers and
the saver. The deadline is core's: `poll` asks AttemptTimer, which reports expiry exactly
once, and `_submit` refuses a second start, so an attempt is submitted once however often it
is polled. The window's timer only shows the time: the service measures it, and each save's
ack resets the countdown when the two differ by more than RESYNC_SECONDS (`reset_time`).

Submitting waits until every answer is saved (AnswerSaver.settle). If some answers still
cannot be saved, the student is told which ones and chooses: try again, submit without them,
or keep working; never a silent loss. At time-up nobody is asked: the answers lock, what was
saved is submitted (the service refuses later saves anyway) and the student is told which
answers were not. From time-up on the answers stay locked whatever happens to the
submission: a submission that fails is tried again (SUBMIT_RETRY_MS) until it lands. A manual
submission that fails unlocks, and the student can keep working until the time is up.

A refused submit is checked against the database before it is reported: if the attempt is
finished after all (the home page found its time up at the same moment), the review simply
follows.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QStackedWidget, QWidget

from examhub_desktop.core.timing import DEFAULT_WARNINGS, AttemptTimer, TimeCheckpoint
from examhub_desktop.services.attempts import RunnerState
from examhub_desktop.services.results import Review
from examhub_desktop.ui.announce import Announcer
from examhub_desktop.ui.changes import ATTEMPTS
from examhub_desktop.ui.runner.backend import RunnerServices
from examhub_desktop.ui.runner.dialogs import Confirm, Notice, Unsaved, UnsavedAnswers, question_numbers
from examhub_desktop.ui.runner.question_page import QuestionPage
from examhub_desktop.ui.runner.review import ReviewView
from examhub_desktop.ui.runner.runner_actions import submit_question
from examhub_desktop.ui.runner.runner_layout import RunnerLayout
from examhub_desktop.ui.runner.saver import AnswerSaver

HEARTBEAT_SECONDS = 30.0  # store the time at least this often while the attempt is open
RESYNC_SECONDS = 2.0  # the service's time left and the window's may differ this much
# after time-up, a submission that failed is tried again after these pauses, then every 10 s
SUBMIT_RETRY_MS = (1000, 2000, 5000, 10_000)


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
    _stored_elapsed = 0.0  # the window's elapsed seconds when the time was last saved
    _entered_at = 0.0  # the window's elapsed seconds when the current question was shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.expired = False  # the time ran out: the answers stay locked from now on
        self.submit_tries = 0  # submissions sent (the first, then the retries after time-up)
        self.submit_retry_ms: tuple[int, ...] = SUBMIT_RETRY_MS
        self.resubmit = QTimer(self)  # the next try of a submission after time-up
        self.resubmit.setSingleShot(True)
        self.resubmit.timeout.connect(lambda: self._send_submit("time_up"))
        self.not_submitted: tuple[int, ...] = ()  # question numbers whose answers were left out
        self._warned_at = math.inf  # the most urgent time warning shown so far (seconds left)

    def go(self, index: int) -> None:
        raise NotImplementedError

    def _running(self) -> bool:
        raise NotImplementedError

    def _count_time(self) -> None:
        raise NotImplementedError

    def _leave_question(self) -> None:
        raise NotImplementedError

    def _record_away(self, *, stop: bool, record: bool = True) -> None:
        """Full-screen mode: record an absence going on now (`stop`: and watch no more)."""
        raise NotImplementedError

    # ------------------------------------------------------------------ time
    def poll(self) -> None:
        if self.timer is None or self.finished:
            return
        tick = self.timer.poll()
        self.ui.show_time(tick.remaining, tick.elapsed)
        if tick.warning is not None:
            self._warned_at = min(self._warned_at, tick.warning)
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
            self._stored_elapsed = tick.elapsed
            self.saver.touch()

    def reset_time(self, remaining: float) -> None:
        """Set the countdown to `remaining` seconds (the service's clock is the one that counts).

        The warnings already shown are not shown again; the time counted for the question on
        screen is kept."""
        timer = self.timer
        if timer is None or timer.limit_seconds is None or self.finished or self.expired:
            return
        limit = timer.limit_seconds
        before = timer.elapsed()
        elapsed = min(float(limit), max(0.0, limit - remaining))
        clock = self.services.clock
        warnings = [w for w in DEFAULT_WARNINGS if w < self._warned_at]
        self.timer = AttemptTimer.resume(
            clock, TimeCheckpoint(timer.started_at, elapsed, clock.now()), limit, warnings
        )
        self._entered_at += elapsed - before
        self._stored_elapsed += elapsed - before
        self.poll()

    def _time_reported(self, remaining: float, round_trip: float) -> None:
        """A save's ack: the service's time left when it saved, `round_trip` seconds ago at most."""
        if self.timer is None or self.finished or self.expired:
            return
        mine = self.timer.remaining()
        if mine is None:
            return
        # the service measured between sending (mine + round_trip left) and now (mine left)
        if mine - RESYNC_SECONDS <= remaining <= mine + round_trip + RESYNC_SECONDS:
            return
        self.reset_time(max(0.0, remaining - round_trip))

    def _time_ran_out(self, _message: str) -> None:
        """A save was refused because the time is up, whatever this window's countdown says."""
        self.reset_time(0.0)
        self._time_is_up()

    def _time_is_up(self) -> None:
        if self.finished or self.expired:
            return
        for page in self.pages.values():
            page.editor.flush()  # typed text not yet saved goes first (within the grace period)
        self.expired = True
        self._lock()
        for dialog in self.findChildren(QDialog):  # Submit?, Leave?: nothing is left to decide
            if dialog.isVisible():
                dialog.reject()
        text = QCoreApplication.translate("AttemptLifecycle", "Time is up. Your answers are being submitted…")
        self.ui.show_banner(text, urgent=True)
        self.announcer.say(text, urgent=True)
        self.time_up.emit()
        if not self.submitting:
            self._submit("time_up")
        # else: a submission is on its way; from now on it is retried until it lands

    # ------------------------------------------------------------------ submitting
    def ask_submit(self) -> None:
        if not self._running():
            return
        _answered, unanswered, flagged = self.ui.question_palette.counts()
        text = submit_question(unanswered, flagged)
        title = QCoreApplication.translate("AttemptLifecycle", "Submit your answers?")
        if Confirm.ask(self, title, text, confirm=QCoreApplication.translate("AttemptLifecycle", "&Submit")):
            self._submit("submitted")

    def _lock(self) -> None:
        """No answer, flag or question can change (submitting, or the time is up)."""
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

    def _submit(self, reason: str) -> None:
        if self.submitting or self.finished or self.saver is None:
            return
        for page in self.pages.values():
            page.editor.flush()  # typed text not yet saved goes first
        self.submitting = True
        self._lock()
        self._count_time()
        self._record_away(stop=False)  # before the attempt closes: afterwards nothing is recorded
        self.saver.touch()
        self.saver.settle(lambda not_saved: self._saved_before_submit(reason, not_saved))

    def _numbers(self, qids: frozenset[str]) -> tuple[int, ...]:
        assert self.state is not None
        return tuple(i + 1 for i, item in enumerate(self.state.questions) if item.question.id in qids)

    def _saved_before_submit(self, reason: str, not_saved: frozenset[str]) -> None:
        """Every answer is saved, or some could not be: ask (a student's submission) or say so
        (time-up), then submit."""
        saver = self.saver
        if self.finished or saver is None:
            return
        numbers = self._numbers(not_saved)
        if numbers and not self.expired:
            answer = UnsavedAnswers.ask(self, numbers, saver.last_error)
            if not self.expired:  # (the time may run out while the question is open)
                if answer is Unsaved.RETRY:
                    saver.retry()
                    saver.settle(lambda again: self._saved_before_submit(reason, again))
                    return
                if answer is Unsaved.CANCEL:
                    self._unlock("")
                    return
        if numbers and self.expired:
            text = QCoreApplication.translate(
                "AttemptLifecycle",
                "Time is up. %n answer(s) could not be saved and are not part of your attempt: "
                "question(s) {numbers}. Submitting the answers saved before…",
                None,
                len(numbers),
            ).format(numbers=question_numbers(numbers))
            self.ui.show_banner(text, urgent=True)
            self.announcer.say(text, urgent=True)
        self.not_submitted = numbers
        self._send_submit(reason)

    def _send_submit(self, reason: str) -> None:
        if self.finished:
            return
        self.submit_tries += 1
        if self.expired and self.submit_tries > 1:
            self.ui.show_banner(
                QCoreApplication.translate(
                    "AttemptLifecycle", "Time is up. Submitting… (attempt {number})"
                ).format(number=self.submit_tries),
                urgent=True,
            )
        s, aid = self.services, self.attempt_id  # the worker reads plain values, never the window
        why = "time_up" if self.expired else reason
        s.run(
            lambda: s.attempts.submit(s.principal, aid, reason=why),
            self._submitted,
            self._submit_failed,
            owner=self,
        )

    def _submit_failed(self, message: str) -> None:
        """Submitted already (the home page found its time up at the same moment)? Then it is done;
        otherwise try again (time-up) or unlock, and say why."""
        s, aid = self.services, self.attempt_id

        def finished_after_all(_review: object) -> None:
            self._submitted(self.attempt_id)

        s.run(
            lambda: s.results.review(s.principal, aid),
            finished_after_all,
            lambda _m: self._not_submitted(message),
            owner=self,
        )

    def _not_submitted(self, message: str) -> None:
        if not self.expired:
            self._unlock(message)
            return
        delays = self.submit_retry_ms
        delay = delays[min(self.submit_tries - 1, len(delays) - 1)]
        self.ui.show_banner(
            QCoreApplication.translate(
                "AttemptLifecycle",
                "Time is up. Your answers are locked and kept as they were saved, but the attempt is "
                "not submitted yet: {error} Trying again in {seconds} s (attempt {number}).",
            ).format(error=message, seconds=math.ceil(delay / 1000), number=self.submit_tries + 1),
            urgent=True,
        )
        self.resubmit.start(delay)

    def _unlock(self, message: str) -> None:
        """A student's submission did not happen: back to answering (never after time-up)."""
        if self.expired or self.finished:
            return
        self.submitting = False
        self.ui.set_locked(False)
        for page in self.pages.values():
            page.editor.set_locked(False)
        self.submit_action.setEnabled(True)
        self.check_action.setEnabled(True)
        self.index, index = -1, self.index
        self.go(index)  # re-enables the actions that fit the question
        if not message:
            return
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
        self.resubmit.stop()
        self.ticker.stop()
        self._record_away(stop=True, record=False)  # closed: nothing more is kept with it
        if self.isFullScreen():
            self.showNormal()  # the review is read in a window like any other
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
        if self.not_submitted and self.expired:
            numbers = self.not_submitted
            Notice.ask(
                self,
                QCoreApplication.translate("AttemptLifecycle", "Submitted when the time ran out"),
                QCoreApplication.translate(
                    "AttemptLifecycle",
                    "Your attempt was submitted when the time ran out. %n answer(s) could not be saved "
                    "in time and are not part of it: question(s) {numbers}.",
                    None,
                    len(numbers),
                ).format(numbers=question_numbers(numbers)),
                warning=True,
            )

    # ------------------------------------------------------------------ leaving
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.state is not None and not self.finished and not self.closed_mid_attempt:
            if self.submitting and not (self.expired and self.resubmit.isActive()):
                event.ignore()  # the submission is on its way; the review follows
                return
            if self.expired:
                title = QCoreApplication.translate("AttemptLifecycle", "Close without submitting?")
                text = QCoreApplication.translate(
                    "AttemptLifecycle",
                    "Time is up, and your attempt could not be submitted yet. It stays locked with the "
                    "answers saved before the time ran out, and is submitted with them the next time "
                    "the Exams page opens.",
                )
                leave = QCoreApplication.translate("AttemptLifecycle", "&Close")
            else:
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
        self.resubmit.stop()
        self._leave_question()
        for page in self.pages.values():
            page.editor.flush()
        self._record_away(stop=True)
        self.saver.touch()
        self.ticker.stop()
        self.left.emit()
