"""Durable answers: every change goes through AttemptService.save on the database worker, and a
question is marked saved only when the call that carried its latest answer has returned
(DESIGN.md: "every answer is committed before the UI shows it as saved").

One save is in flight at a time; changes made meanwhile wait and go together in the next one,
so a student clicking quickly costs one commit per round trip, not one per click, and the
serial worker never holds a queue of stale saves. Each save also carries the flags and the
time per question. The attempt's time is measured by the service, never here: each ack says
how much time is left by the clock that counts, and the window sets its countdown by it
(`remaining_reported`). A save refused because the time is up (`TimeUp`) wrote nothing; the
saver stops saving and tells the window (`time_ran_out`), which submits what was saved.

Each save names the attempt's revision this window last saw. When another device has saved
since, the service refuses it (AttemptChanged) and writes nothing; the saver then keeps the
refused answers waiting, reloads the attempt, hands it to the window (`changed_elsewhere`)
to show the other device's answers beside what was typed here, and saves again on top.

An answer whose save failed is sent again with the next save. Before a submission, `settle`
tries the failed ones a few more times (RETRY_MS) and then names those still not saved, so
Submit can tell the student which answers would be missing instead of dropping them silently.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP
from examhub_desktop.core.responses import Response
from examhub_desktop.services.attempts import AttemptChanged, RunnerState, SaveAck, TimeUp
from examhub_desktop.ui.runner.backend import RunnerServices

RETRY_MS = (500, 1000, 2000)  # before a submission: failed saves are tried again after these pauses


class SaveState(enum.Enum):  # the values are the words shown, translated by `words`
    CLEAN = ""  # nothing changed since the attempt was opened
    EDITING = QT_TRANSLATE_NOOP("AnswerSaver", "Not saved yet")  # typed, waiting for a pause
    SAVING = QT_TRANSLATE_NOOP("AnswerSaver", "Saving…")
    SAVED = QT_TRANSLATE_NOOP("AnswerSaver", "Saved")
    FAILED = QT_TRANSLATE_NOOP("AnswerSaver", "Not saved")

    def words(self) -> str:
        return QCoreApplication.translate("AnswerSaver", self.value) if self.value else ""


class AnswerSaver(QObject):
    state_changed = Signal(str)  # question id ("" for flags and time only)
    saved = Signal(int)  # the attempt's revision after a committed save
    failed = Signal(str)  # a known error's message
    changed_elsewhere = Signal(object)  # RunnerState: the attempt as another device left it
    # (seconds left by the service's clock, seconds since the save was sent): timed attempts only
    remaining_reported = Signal(float, float)
    time_ran_out = Signal(str)  # a save was refused: the time is up (the message says so)

    def __init__(
        self,
        services: RunnerServices,
        attempt_id: str,
        flags: Callable[[], frozenset[str]],
        question_seconds: Callable[[], Mapping[str, float]],
        *,
        revision: int = 0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.attempt_id = services, attempt_id
        self._flags, self._seconds = flags, question_seconds
        self._pending: dict[str, Response | None] = {}
        self._meta_pending = False
        self._failed: dict[str, Response | None] = {}
        self._in_flight: dict[str, Response | None] | None = None
        self._sent_at = 0.0  # the clock's monotonic seconds when the save in flight was sent
        self._states: dict[str, SaveState] = {}
        self._idle_callbacks: list[Callable[[], None]] = []
        self._settling: list[Callable[[frozenset[str]], None]] = []
        self._settle_tries = 0
        self.retry_ms: tuple[int, ...] = RETRY_MS
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.retry)
        self.revision = revision  # the attempt's revision as this window last saw it
        self._reloading = False
        self.expired = False  # a save was refused for time: nothing more can be saved
        self.saves = 0  # committed saves (tests, diagnostics)
        self.last_error = ""

    # ------------------------------------------------------------------ state
    def state(self, qid: str) -> SaveState:
        return self._states.get(qid, SaveState.CLEAN)

    @property
    def busy(self) -> bool:
        return self._in_flight is not None or self._reloading or bool(self._pending) or self._meta_pending

    @property
    def has_failures(self) -> bool:
        return bool(self._failed)

    def failed_questions(self) -> frozenset[str]:
        """Questions whose latest answer could not be saved (and is not being saved now)."""
        return frozenset(self._failed)

    def unsaved(self) -> set[str]:
        """Questions whose answer here is not (yet) committed: another device's must not replace it."""
        editing = {q for q, st in self._states.items() if st is SaveState.EDITING}
        return editing | set(self._pending) | set(self._failed) | set(self._in_flight or ())

    def _set(self, qid: str, state: SaveState) -> None:
        if self._states.get(qid) is not state:
            self._states[qid] = state
            self.state_changed.emit(qid)

    # ------------------------------------------------------------------ changes
    def editing(self, qid: str) -> None:
        """Typed but not yet sent (the pause timer runs)."""
        self._set(qid, SaveState.EDITING)

    def change(self, qid: str, response: Response | None) -> None:
        self._failed.pop(qid, None)
        self._pending[qid] = response
        self._set(qid, SaveState.SAVING)
        self._send()

    def touch(self) -> None:
        """Flags or time changed: save them (and retry answers whose save failed)."""
        self._meta_pending = True
        self._send()

    def retry(self) -> None:
        """Send the answers whose save failed again, now."""
        self._retry.stop()
        self.touch()

    def when_idle(self, callback: Callable[[], None]) -> None:
        """Run `callback` once nothing is waiting or in flight (a failure counts as done)."""
        if self.busy:
            self._idle_callbacks.append(callback)
        else:
            callback()

    def settle(self, callback: Callable[[frozenset[str]], None]) -> None:
        """Run `callback(not_saved)` once every answer is saved, or once the answers whose save
        failed have been tried again `len(retry_ms)` times (or the time ran out); `not_saved`
        names the questions whose latest answer is still not committed."""
        self._settling.append(callback)
        self._settle_tries = 0
        self._check_settled()

    # ------------------------------------------------------------------ the round trip
    def _send(self) -> None:
        if self._in_flight is not None or self._reloading or not (self._pending or self._meta_pending):
            return
        if self.expired:  # the service refuses every save now: what waits stays not saved
            self._keep_failed({**self._failed, **self._pending})
            self._after()
            return
        # answers whose save failed ride along with the next save (never in a loop of their own)
        self._pending = {**self._failed, **self._pending}
        self._failed.clear()
        batch, self._pending, self._meta_pending = self._pending, {}, False
        self._in_flight = batch
        self._sent_at = self.services.clock.monotonic()
        for qid in batch:
            self._set(qid, SaveState.SAVING)
        # read here, on the GUI thread: the flags and the times belong to the window
        flags, seconds = self._flags(), dict(self._seconds())
        attempts, actor, attempt_id = self.services.attempts, self.services.principal, self.attempt_id
        answers, seen = dict(batch) or None, self.revision

        def save() -> SaveAck | AttemptChanged | TimeUp:
            try:
                return attempts.save(
                    actor,
                    attempt_id,
                    answers=answers,
                    flags=flags,
                    question_seconds=seconds,
                    expected_revision=seen,
                )
            except (AttemptChanged, TimeUp) as refused:  # not failures: each has its own way on
                return refused

        self.services.run(save, self._done, self._error, owner=self)

    def _done(self, ack: Any) -> None:
        batch = self._in_flight or {}
        self._in_flight = None
        if isinstance(ack, AttemptChanged):
            self._reload(batch)
            return
        if isinstance(ack, TimeUp):
            self._timed_out(batch, str(ack))
            return
        self.revision = ack.revision
        self.saves += 1
        self.last_error = ""
        for qid in batch:
            if qid not in self._pending:  # a newer answer is already waiting: still saving
                self._set(qid, SaveState.SAVED)
        self.saved.emit(ack.revision)
        if ack.remaining_seconds is not None:
            round_trip = max(0.0, self.services.clock.monotonic() - self._sent_at)
            self.remaining_reported.emit(float(ack.remaining_seconds), round_trip)
        self._after()

    def _error(self, message: str) -> None:
        batch = self._in_flight or {}
        self._in_flight = None
        self.last_error = message
        for qid, response in batch.items():
            if qid not in self._pending:
                self._failed[qid] = response
                self._set(qid, SaveState.FAILED)
        self.failed.emit(message)
        self._after()

    def _timed_out(self, batch: dict[str, Response | None], message: str) -> None:
        """The service refused the save: the time is up. Nothing more will be saved; the window
        hears it first, so what waits for the saver (a submission) knows the time is up."""
        self.expired = True
        self.last_error = message
        self._keep_failed({**batch, **self._pending})
        self.time_ran_out.emit(message)
        self.failed.emit(message)
        self._after()

    def _keep_failed(self, waiting: dict[str, Response | None]) -> None:
        """Everything waiting stays not saved (the time is up)."""
        self._pending, self._meta_pending = {}, False
        self._failed.update(waiting)
        for qid in waiting:
            self._set(qid, SaveState.FAILED)

    def _reload(self, batch: dict[str, Response | None]) -> None:
        """Another device saved first: keep `batch` waiting, reload, then save on top."""
        self._pending = {**batch, **self._pending}
        self._meta_pending = True
        self._reloading = True
        attempts, actor, attempt_id = self.services.attempts, self.services.principal, self.attempt_id
        self.services.run(
            lambda: attempts.state(actor, attempt_id), self._reloaded, self._reload_failed, owner=self
        )

    def _reloaded(self, state: RunnerState) -> None:
        self._reloading = False
        self.revision = state.revision
        self.changed_elsewhere.emit(state)
        self._send()

    def _reload_failed(self, message: str) -> None:
        """The attempt cannot be reloaded (submitted or removed elsewhere): the answers waiting
        are shown as not saved, with the reason, and go with the next save if one can happen."""
        self._reloading = False
        self._in_flight, self._pending, self._meta_pending = self._pending, {}, False
        self._error(message)

    def _after(self) -> None:
        if self._pending or self._meta_pending:
            self._send()
            return
        callbacks, self._idle_callbacks = self._idle_callbacks, []
        for callback in callbacks:
            callback()
        self._check_settled()

    def _check_settled(self) -> None:
        if not self._settling or self.busy or self._retry.isActive():
            return
        if self._failed and not self.expired and self._settle_tries < len(self.retry_ms):
            self._retry.start(self.retry_ms[self._settle_tries])
            self._settle_tries += 1
            return
        callbacks, self._settling = self._settling, []
        not_saved = frozenset(self._failed)
        for callback in callbacks:
            callback(not_saved)
