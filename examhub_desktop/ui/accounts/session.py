"""Who is at the keyboard: the start-up flow and the signed-in window's life.

At start: no accounts yet → the first-run dialog; else a kept session on this device resumes
silently; else the sign-in dialog. Someone whose password is a one-time password then has to
choose their own (cancelling signs them out again). Signing out closes the window and shows
the sign-in dialog again, in the same process; closing the window (or cancelling sign-in)
ends the app through `finished`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QWidget

from examhub_desktop.services.app import AppContext
from examhub_desktop.services.errors import KNOWN_ERRORS
from examhub_desktop.services.permissions import Principal
from examhub_desktop.ui.accounts.backend import AccountServices, SampleLoader
from examhub_desktop.ui.accounts.dialog_base import MessageDialog
from examhub_desktop.ui.accounts.first_run import FirstRunDialog
from examhub_desktop.ui.accounts.own_account import ChangePasswordDialog
from examhub_desktop.ui.accounts.sign_in import SignInDialog
from examhub_desktop.ui.main_window import MainWindow
from examhub_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
PURGE_AFTER_MS = 3000
LAST_EMAIL_KEY = "accounts/last_email"


def wait_for(tasks: TaskRunner, fn: Callable[[], Any]) -> Any:
    """Run `fn` on the database worker and wait for it with a local event loop, so the GUI keeps
    painting. Only for the start-up flow, before any window can be used."""
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    tasks.run_db(fn, on_done=done, on_error=failed)
    if not outcome:  # callbacks arrive queued, so this is always true; kept for clarity
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


class SessionController(QObject):
    window_shown = Signal(object)  # the MainWindow of a signed-in person
    finished = Signal()  # nobody is signed in any more: the app should end

    def __init__(
        self,
        ctx: AppContext,
        accounts: AccountServices,
        settings: QSettings,
        tasks: TaskRunner,
        *,
        sample_loader: SampleLoader | None = None,
        window_factory: Callable[[Principal], MainWindow] | None = None,
    ) -> None:
        super().__init__()
        self.ctx, self.accounts, self.settings, self.tasks = ctx, accounts, settings, tasks
        self.sample_loader = sample_loader
        self._factory = window_factory  # (a bound method stored here would make a cycle)
        self.window: MainWindow | None = None
        self.principal: Principal | None = None
        self._switching = False

    # ---------------------------------------------------------------- the flow
    def sign_in_flow(self, parent: QWidget | None = None, *, notice: str = "") -> Principal | None:
        """Whoever signs in (or None when they quit instead)."""
        auth = self.accounts.auth
        try:
            first, resumed = wait_for(
                self.tasks,
                lambda: (True, None) if auth.needs_first_run(None) else (False, auth.resume_session(None)),
            )
        except KNOWN_ERRORS as exc:
            MessageDialog.ask(parent, "Cannot sign in", str(exc), kind="warning")
            return None
        if first:
            principal = FirstRunDialog.ask(
                parent, self.accounts, self.tasks, sample_loader=self.sample_loader
            )
        elif resumed is not None:
            principal = resumed
        else:
            principal = self._ask_sign_in(parent, notice)
        while principal is not None and principal.must_change_password:
            changed = ChangePasswordDialog.ask(parent, self.accounts, self.tasks, principal, forced=True)
            if changed is not None:
                principal = changed
                break
            self._sign_out_quietly(principal)
            principal = self._ask_sign_in(parent, "You are signed out: choose a new password to continue.")
        if principal is not None:
            self.settings.setValue(LAST_EMAIL_KEY, principal.email)
        return principal

    def _ask_sign_in(self, parent: QWidget | None, notice: str = "") -> Principal | None:
        email = str(self.settings.value(LAST_EMAIL_KEY, "") or "")
        return SignInDialog.ask(parent, self.accounts, self.tasks, email=email, notice=notice)

    def _sign_out_quietly(self, principal: Principal) -> None:
        try:
            auth = self.accounts.auth
            wait_for(self.tasks, lambda: auth.sign_out(principal))
        except KNOWN_ERRORS as exc:  # the kept token stays; the next start asks again anyway
            log.warning("sign-out failed: %s", exc)

    # ---------------------------------------------------------------- the window
    def start(self, *, notice: str = "") -> bool:
        """Sign someone in and show their window; False (and `finished`) if nobody did."""
        principal = self.sign_in_flow(notice=notice)
        if principal is None:
            self.finished.emit()
            return False
        self.open_window(principal)
        return True

    def make_window(self, principal: Principal) -> MainWindow:
        return MainWindow(self.ctx, self.settings, self.tasks, principal, self.accounts)

    def open_window(self, principal: Principal) -> MainWindow:
        self.principal = principal
        window = self._factory(principal) if self._factory else self.make_window(principal)
        window.signed_out.connect(self._signed_out)
        window.closed.connect(self._window_closed)
        self.window = window
        window.show()
        self.window_shown.emit(window)
        # Housekeeping (expired kept sessions, codes, sign-in delays), once the window is up:
        # a write is not worth delaying the first paint for.
        QTimer.singleShot(PURGE_AFTER_MS, self, self._purge)
        return window

    def _purge(self) -> None:
        self.tasks.run_db(
            self.accounts.auth.purge_expired,
            on_error=lambda exc: log.warning("purging expired tokens failed: %s", exc),
        )

    def _signed_out(self, notice: str) -> None:
        # Leave the window's slot first: the window is closed and replaced from the event loop.
        QTimer.singleShot(0, lambda: self._restart(notice))

    def _restart(self, notice: str) -> None:
        old, self.window, self.principal = self.window, None, None
        if old is not None:
            self._switching = True
            try:
                old.close()
            finally:
                self._switching = False
            old.deleteLater()
        self.start(notice=notice)

    def _window_closed(self) -> None:
        if not self._switching:
            self.finished.emit()
