"""The runner window: one question at a time, the palette, the countdown, saving.

The window loads the attempt (order, answers, flags, time: everything to resume exactly),
shows one question page at a time and hands every answer change to AnswerSaver, which marks
it saved only once committed. Time, submitting and leaving live in AttemptLifecycle
(runner_lifecycle.py); keys and actions in runner_actions.py; text zoom in zoom.py.

A full-screen exam (RunnerState.fullscreen) fills the screen, says at the top that leaving
the window is recorded, and records every absence (away.py) with the attempt through the
database worker, before the attempt is submitted or left.
"""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QStackedWidget, QWidget

from examhub_desktop.core.question import QuestionType
from examhub_desktop.core.responses import Response, is_answered
from examhub_desktop.core.timing import AttemptTimer
from examhub_desktop.services.attempts import Checked, RunnerState
from examhub_desktop.ui import theme
from examhub_desktop.ui.announce import Announcer
from examhub_desktop.ui.i18n import format_number
from examhub_desktop.ui.runner.away import AwayRecorder
from examhub_desktop.ui.runner.backend import RunnerServices
from examhub_desktop.ui.runner.describe import feedback_html
from examhub_desktop.ui.runner.palette import Mark
from examhub_desktop.ui.runner.question_page import QuestionPage
from examhub_desktop.ui.runner.runner_actions import (
    RunnerActions,
    choice_position,
    flag_keys,
    hint_text,
)
from examhub_desktop.ui.runner.runner_layout import RunnerLayout
from examhub_desktop.ui.runner.runner_lifecycle import AttemptLifecycle
from examhub_desktop.ui.runner.saver import AnswerSaver, SaveState
from examhub_desktop.ui.runner.zoom import TextZoom
from examhub_desktop.ui.shortcuts import tip_with_keys

POLL_MS = 250


class RunnerWindow(AttemptLifecycle):
    loaded = Signal()
    load_failed = Signal(str)
    checked = Signal(str, object)  # practice: question id, GradeResult
    away_recorded = Signal(float)  # full-screen mode: an absence of so many seconds is stored

    def __init__(self, services: RunnerServices, attempt_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.attempt_id = services, attempt_id
        self.setObjectName("RunnerWindow")
        self.setWindowTitle(self.tr("Exam"))
        self.state: RunnerState | None = None
        self.timer: AttemptTimer | None = None
        self.saver: AnswerSaver | None = None
        self.answers: dict[str, Response | None] = {}
        self.flags: set[str] = set()
        self.question_seconds: dict[str, float] = {}
        self.pages: dict[int, QuestionPage] = {}
        self.index = -1
        self.finished = False  # submitted
        self.submitting = False
        self.closed_mid_attempt = False
        self._entered_at = 0.0
        self._stored_elapsed = 0.0
        self.away: AwayRecorder | None = None  # full-screen mode only

        self.ui = RunnerLayout(self)
        self.announcer = Announcer(self)
        self._was_saving = False
        self.open_elsewhere = False  # another device saved this attempt while it was open here
        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Opening the attempt…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        self.stack.addWidget(self.ui)
        self.setCentralWidget(self.stack)
        self.text_zoom = TextZoom(self.stack, self.ui.fit_palette)
        self._build_actions()
        self.ticker = QTimer(self)
        self.ticker.setInterval(POLL_MS)
        self.ticker.timeout.connect(self.poll)
        self.resize(1100, 760)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        self._load()

    # ------------------------------------------------------------------ actions and keys
    def _build_actions(self) -> None:
        actions = RunnerActions.make(
            self,
            move=lambda step: self.go(self.index + step),
            flag=self.toggle_flag,
            check=self.check_current,
            submit=self.ask_submit,
            zoom=self.zoom,
            leave=self.close,
        )
        self.actions_ = actions
        self.next_action, self.prev_action, self.flag_action = actions.next, actions.previous, actions.flag
        self.check_action, self.submit_action = actions.check, actions.submit
        ui = self.ui
        for button, act in (
            (ui.prev_button, actions.previous),
            (ui.next_button, actions.next),
            (ui.flag_button, actions.flag),
            (ui.check_button, actions.check),
            (ui.submit_button, actions.submit),
        ):
            button.clicked.connect(act.trigger)
        ui.leave_button.clicked.connect(actions.leave.trigger)
        ui.leave_button.setToolTip(tip_with_keys(self.tr("Leave and resume later"), actions.leave))
        ui.question_palette.jump_requested.connect(self.go)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """1-9 / 0 and A-J pick (or toggle) the choice at that position on screen."""
        page = self.current_page()
        position = choice_position(event)
        if page is not None and self._running() and position is not None and page.editor.pick(position):
            self._show_focus()
            event.accept()
            return
        super().keyPressEvent(event)

    def _show_focus(self) -> None:
        """Draw the focus frame where a key moved the focus (styles draw it only in keyboard mode)."""
        self.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        focus = QApplication.focusWidget()
        if focus is not None:
            focus.update()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.window() is self:
            self._update_hint(new)

    def _update_hint(self, focus: QWidget | None) -> None:
        """Name only the keys that work where the focus is (a text box takes letters)."""
        page = self.current_page()
        if self.state is None or page is None:
            return
        in_text = isinstance(focus, QLineEdit | QPlainTextEdit) and page.isAncestorOf(focus)
        number_box = in_text and bool(getattr(page.editor, "number_box", False))
        self.ui.keys_hint.setText(
            hint_text(
                in_text=in_text,
                number_box=number_box,
                choices=page.editor.choice_count(),
                practice=self.state.mode == "practice",
            )
        )

    def zoom(self, step: int) -> None:
        self.text_zoom.step(step)

    # ------------------------------------------------------------------ loading
    def _load(self) -> None:
        s, aid = self.services, self.attempt_id  # the worker reads plain values, never the window
        s.run(lambda: s.attempts.state(s.principal, aid), self._loaded, self._load_failed, owner=self)

    def _load_failed(self, message: str) -> None:
        self.loading.setText(message)
        self.finished = True  # nothing to keep open
        self.load_failed.emit(message)

    def _loaded(self, state: RunnerState) -> None:
        self.state = state
        self.timer = AttemptTimer.resume(self.services.clock, state.checkpoint, state.time_limit_seconds)
        self.answers = dict(state.answers)
        self.flags = set(state.flags)
        self.question_seconds = dict(state.question_seconds)
        self.saver = AnswerSaver(
            self.services,
            state.attempt_id,
            lambda: frozenset(self.flags),
            self._seconds_so_far,
            revision=state.revision,
            parent=self,
        )
        self.saver.changed_elsewhere.connect(self._changed_elsewhere)
        self.saver.state_changed.connect(self._save_state_changed)
        self.saver.failed.connect(lambda _m: self._show_global_save_state())
        self.saver.saved.connect(lambda _r: self._saved())
        self.saver.remaining_reported.connect(self._time_reported)
        self.saver.time_ran_out.connect(self._time_ran_out)
        practice = state.mode == "practice"
        if practice:
            self.setWindowTitle(self.tr("{exam} — Practice").format(exam=state.exam_title))
        else:
            self.setWindowTitle(self.tr("{exam} — Exam").format(exam=state.exam_title))
        self.ui.set_attempt(
            state.exam_title,
            practice,
            timed=state.time_limit_seconds is not None,
            fullscreen=state.fullscreen,
        )
        self.check_action.setEnabled(practice)
        self.ui.question_palette.set_count([self._mark(i) for i in range(len(state.questions))])
        for i, item in enumerate(state.questions):
            self.ui.question_palette.set_flagged(i, item.question.id in self.flags)
        self.ui.fit_palette()
        self.stack.setCurrentWidget(self.ui)
        first = next((i for i, item in enumerate(state.questions) if self._mark(i) is Mark.UNANSWERED), 0)
        if state.questions:
            self.go(first)
        self.ticker.start()
        self.poll()
        if state.fullscreen and not self.finished and not self.expired:
            self._go_full_screen()
        self.loaded.emit()

    # ------------------------------------------------------------------ full-screen mode
    def _go_full_screen(self) -> None:
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.away = AwayRecorder(self, self.services, self.attempt_id)
        self.away.recorded.connect(self.away_recorded)
        self.away.start()

    def _record_away(self, *, stop: bool, record: bool = True) -> None:
        if self.away is not None:
            self.away.record_now(stop=stop, record=record)

    def _saved(self) -> None:
        if self.timer is not None:
            self._stored_elapsed = self.timer.elapsed()
        if self.away is not None:
            self.away.retry()  # absences whose recording failed go again after a save that worked
        self._show_global_save_state()

    # ------------------------------------------------------------------ questions
    def _qid(self, index: int) -> str:
        assert self.state is not None
        return self.state.questions[index].question.id or ""

    def _mark(self, index: int) -> Mark:
        assert self.state is not None
        q = self.state.questions[index].question
        if q.type is QuestionType.DESCRIPTION:
            return Mark.INFO
        page = self.pages.get(index)  # what is on screen, typed text not yet saved included
        response = page.editor.response() if page is not None else self.answers.get(q.id or "")
        return Mark.ANSWERED if is_answered(q.type, response) else Mark.UNANSWERED

    def current_page(self) -> QuestionPage | None:
        return self.pages.get(self.index)

    def page(self, index: int) -> QuestionPage:
        assert self.state is not None
        if index not in self.pages:
            item = self.state.questions[index]
            page = QuestionPage(
                index + 1, len(self.state.questions), item, practice=self.state.mode == "practice"
            )
            self.text_zoom.scale_styled(page)
            page.editor.set_response(self.answers.get(item.question.id or ""))
            page.editor.edited.connect(lambda i=index: self._edited(i))
            page.editor.typing.connect(lambda i=index: self._typing(i))
            page.show_flag(item.question.id in self.flags)
            if self.finished or self.submitting or self.expired:
                page.editor.set_locked(True)
            self.ui.questions.addWidget(page)
            self.pages[index] = page
            self._show_save_state(index)
        return self.pages[index]

    def go(self, index: int) -> None:
        if self.state is None or not 0 <= index < len(self.state.questions) or self.finished:
            return
        if index != self.index:
            self._leave_question()
            self.index = index
            page = self.page(index)
            self.ui.questions.setCurrentWidget(page)
            self.ui.question_palette.set_current(index)
            self._entered_at = self.timer.elapsed() if self.timer else 0.0
            self.announcer.say(
                self.tr("Question {number} of {total}").format(
                    number=format_number(index + 1), total=format_number(len(self.state.questions))
                )
            )
        page = self.pages[index]
        count = len(self.state.questions)
        self.prev_action.setEnabled(index > 0)
        self.next_action.setEnabled(index < count - 1)
        self.ui.prev_button.setEnabled(index > 0)
        self.ui.next_button.setEnabled(index < count - 1)
        self._sync_flag()
        self._sync_check()
        self.ui.tab_order(page)
        target = page.editor.first_focus()
        if target is not None and target.isEnabled():
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self._show_focus()
        self._update_hint(target or QApplication.focusWidget())  # (focus lands later in an inactive window)

    def _leave_question(self) -> None:
        page = self.current_page()
        if page is None:
            return
        page.editor.flush()
        self._count_time()

    def _count_time(self) -> None:
        if self.index < 0 or self.timer is None:
            return
        now = self.timer.elapsed()
        qid = self._qid(self.index)
        self.question_seconds[qid] = self.question_seconds.get(qid, 0.0) + max(0.0, now - self._entered_at)
        self._entered_at = now

    def _seconds_so_far(self) -> dict[str, float]:
        self._count_time()
        return self.question_seconds

    # ------------------------------------------------------------------ answering
    def _running(self) -> bool:
        return self.state is not None and not self.finished and not self.submitting and not self.expired

    def _typing(self, index: int) -> None:
        if self.saver is not None and self._running():
            self.saver.editing(self._qid(index))
            self.ui.question_palette.set_mark(index, self._mark(index))
            self.pages[index].hide_feedback()
            self._sync_check()

    def _edited(self, index: int) -> None:
        if self.saver is None or not self._running():
            return
        qid = self._qid(index)
        response = self.pages[index].editor.response()
        self.answers[qid] = response
        self.ui.question_palette.set_mark(index, self._mark(index))
        self.pages[index].hide_feedback()
        self.saver.change(qid, response)
        if index == self.index:
            self._sync_check()

    def _save_state_changed(self, qid: str) -> None:
        if self.state is not None:
            for i, page in self.pages.items():
                if page.item.question.id == qid:
                    self._show_save_state(i)
        self._show_global_save_state()
        self._sync_check()

    def _show_save_state(self, index: int) -> None:
        if self.saver is None or self.state is None or index not in self.pages:
            return
        qid = self._qid(index)
        state = self.saver.state(qid)
        item = self.state.questions[index].question
        if state is SaveState.CLEAN and is_answered(item.type, self.state.answers.get(qid)):
            state = SaveState.SAVED  # restored from the database: committed in an earlier session
        self.pages[index].show_save_state(state, self.saver.last_error)

    def _changed_elsewhere(self, fresh: RunnerState) -> None:
        """Another device saved this attempt: show its answers and flags, keep what was typed
        here (the saver sends it again on top), and say so."""
        assert self.saver is not None and self.state is not None
        keep = self.saver.unsaved()
        self.state = replace(self.state, answers={**self.state.answers, **fresh.answers})  # committed
        for i, item in enumerate(self.state.questions):
            qid = item.question.id or ""
            if qid in keep or fresh.answers.get(qid) == self.answers.get(qid):
                continue
            self.answers[qid] = fresh.answers.get(qid)
            if i in self.pages:
                self.pages[i].editor.set_response(self.answers[qid])
                self._show_save_state(i)
            self.ui.question_palette.set_mark(i, self._mark(i))
        self.flags |= fresh.flags
        for i, item in enumerate(self.state.questions):
            self.ui.question_palette.set_flagged(i, item.question.id in self.flags)
            if i in self.pages:
                self.pages[i].show_flag(item.question.id in self.flags)
        self._sync_flag()
        self._sync_check()
        self.open_elsewhere = True
        self.announcer.say(self._elsewhere_text(), urgent=True)
        self._show_global_save_state()

    def _elsewhere_text(self) -> str:
        return self.tr(
            "This attempt is also open on another device. Its answers are shown here too; "
            "what you typed here is kept."
        )

    def _show_global_save_state(self) -> None:
        saver = self.saver
        if saver is None:
            return
        was_saving, self._was_saving = self._was_saving, saver.busy
        if saver.busy:
            self.ui.set_save_summary(SaveState.SAVING.words(), ok=True)
        elif saver.has_failures:
            self.ui.set_save_summary(
                self.tr("Some answers are not saved: {error}").format(error=saver.last_error), ok=False
            )
            if was_saving:
                self.announcer.say(self.tr("Not saved: {error}").format(error=saver.last_error), urgent=True)
        elif self.open_elsewhere:
            self.ui.set_save_summary(self.tr("All answers saved.") + " " + self._elsewhere_text(), ok=True)
        else:
            self.ui.set_save_summary(self.tr("All answers saved") if saver.saves else "", ok=True)
            if was_saving:
                self.announcer.say(SaveState.SAVED.words())

    def toggle_flag(self) -> None:
        if not self._running() or self.index < 0 or self.saver is None:
            return
        qid = self._qid(self.index)
        self.flags.symmetric_difference_update({qid})
        flagged = qid in self.flags
        self.ui.question_palette.set_flagged(self.index, flagged)
        self.pages[self.index].show_flag(flagged)
        self._sync_flag()
        self.saver.touch()

    def _sync_flag(self) -> None:
        if self.index < 0:
            return
        flagged = self._qid(self.index) in self.flags
        self.flag_action.setChecked(flagged)
        self.ui.set_flagged(flagged)
        page = self.pages[self.index]
        # on a question with a choice F, F picks it and Shift+F flags
        keys = flag_keys(page.editor.choice_count())
        self.flag_action.setShortcuts([QKeySequence(k) for k in keys])
        self.ui.set_flag_keys(keys)

    # ------------------------------------------------------------------ practice
    def _sync_check(self) -> None:
        if self.state is None or self.index < 0:
            return
        practice = self.state.mode == "practice"
        answered = self._mark(self.index) is Mark.ANSWERED
        self.check_action.setEnabled(practice and answered and self._running())
        self.ui.check_button.setEnabled(self.check_action.isEnabled())

    def check_current(self) -> None:
        if self.state is None or self.saver is None or self.state.mode != "practice" or not self._running():
            return
        index, page = self.index, self.pages[self.index]
        page.editor.flush()
        if self._mark(index) is not Mark.ANSWERED:
            return
        qid, s = self._qid(index), self.services

        def checked(answer: Checked) -> None:
            response = self.answers.get(qid)
            page.show_feedback(
                feedback_html(
                    answer.question,  # with its key: the runner's own copy has none
                    answer.result,
                    order=page.item.choice_order,
                    response=response,
                    badges=theme.outcome_colours(),
                )
            )
            self.checked.emit(qid, answer.result)

        def refused(message: str) -> None:
            page.show_feedback(f"<p>{html.escape(message)}</p>")

        def run_check() -> None:
            assert self.saver is not None
            if self.saver.state(qid) is SaveState.FAILED:
                page.show_feedback(
                    "<p>{}</p>".format(
                        html.escape(self.tr("Your answer is not saved yet, so it cannot be checked."))
                    )
                )
                return
            aid = self.attempt_id
            s.run(lambda: s.attempts.check(s.principal, aid, qid), checked, refused, owner=self)

        self.saver.when_idle(run_check)
