"""Who is at the keyboard: the start-up flow and the signed-in window's life.

At start: no accounts yet → the first-run dialog; else a kept session on this device resumes
silently; else the sign-in dialog. Someone whose password is a one-time password then has to
choose their own (cancelling signs them out again). Signing out closes the window and shows
the sign-in dialog again, in the same process; closing the window (or cancelling sign-in)
ends the app through `finished`.

A kept session is resumed in two steps, so the window is on screen before the services (and
SQLAlchemy) load: a read-only forecast (services/start.py) opens the window's shell at once;
then, on the database worker, the account services load and `resume_session` signs in for
real, after which the window gets its features. If the real sign-in disagrees (the token was
revoked or copied meanwhile), the window closes and the sign-in dialog says why.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QWidget

from examhub_desktop.services.app import AppContext
from examhub_desktop.services.errors import KNOWN_ERRORS
from examhub_desktop.services.permissions import Principal
from examhub_desktop.services.secrets import SecretStore, default_store
from examhub_desktop.services.start import StartForecast, StartService
from examhub_desktop.ui.main_window import MainWindow
from examhub_desktop.ui.ops import Op
from examhub_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from examhub_desktop.ui.accounts.backend import AccountServices, SampleLoader

log = logging.getLogger(__name__)
PURGE_AFTER_MS = 3000
LAST_EMAIL_KEY = "accounts/last_email"
SESSION_ENDED = "The session kept on this device has ended; please sign in again."


def open_accounts(ctx: AppContext, store: SecretStore | None) -> AccountServices:
    """The account services (this imports the ORM: call it on the database worker)."""
    from examhub_desktop.ui.accounts.backend import AccountServices

    return AccountServices.open(ctx, store)


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
        accounts: AccountServices | None,
        settings: QSettings,
        tasks: TaskRunner,
        *,
        sample_loader: SampleLoader | None = None,
        window_factory: Callable[[Principal], MainWindow] | None = None,
    ) -> None:
        """`accounts` None: loaded on the database worker when first needed."""
        super().__init__()
        self.ctx, self.settings, self.tasks = ctx, settings, tasks
        self._accounts = accounts
        self._store: SecretStore | None = accounts.store if accounts is not None else None
        self.sample_loader = sample_loader
        self._factory = window_factory  # (a bound method stored here would make a cycle)
        self.window: MainWindow | None = None
        self.principal: Principal | None = None
        self._switching = False
        self._forecast_ok = True  # False after a real sign-in failed: no more shortcuts
        self._unconfirmed = False  # the principal comes from the forecast

    @property
    def accounts(self) -> AccountServices:
        if self._accounts is None:
            store = self._store
            loaded = wait_for(self.tasks, lambda: open_accounts(self.ctx, store))
            self._accounts = self._accounts or loaded
        return self._accounts

    def _forecast(self) -> StartForecast | None:
        """On the database worker: the store (keyring or file) and a read-only look."""
        store = self._store = self._store or default_store(self.ctx.data_dir)
        return StartService(self.ctx, store).forecast(None)

    # ---------------------------------------------------------------- the flow
    def sign_in_flow(self, parent: QWidget | None = None, *, notice: str = "") -> Principal | None:
        """Whoever signs in (or None when they quit instead)."""
        self._unconfirmed = False
        forecast: StartForecast | None = None
        try:
            if self._forecast_ok:
                forecast = wait_for(self.tasks, self._forecast)
        except KNOWN_ERRORS as exc:
            forecast = None  # the full path below meets the same problem and explains it
            log.warning("no start-up forecast: %s", exc)
        kept = forecast.kept if forecast is not None else None
        if kept is not None and not kept.must_change_password:
            self._unconfirmed = True
            self.settings.setValue(LAST_EMAIL_KEY, kept.email)
            return kept
        # The dialogs' modules import the services: only now, when a dialog may be needed.
        from examhub_desktop.ui.accounts.dialog_base import MessageDialog
        from examhub_desktop.ui.accounts.first_run import FirstRunDialog
        from examhub_desktop.ui.accounts.own_account import ChangePasswordDialog

        try:
            auth = self.accounts.auth
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
        from examhub_desktop.ui.accounts.sign_in import SignInDialog

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
        """The shell only while the sign-in is a forecast; `_confirm` completes it."""
        accounts = None if self._unconfirmed else self.accounts
        return MainWindow(self.ctx, self.settings, self.tasks, principal, accounts)

    def open_window(self, principal: Principal) -> MainWindow:
        self.principal = principal
        window = self._factory(principal) if self._factory else self.make_window(principal)
        window.signed_out.connect(self._signed_out)
        window.closed.connect(self._window_closed)
        self.window = window
        window.show()
        self.window_shown.emit(window)
        if self._unconfirmed:
            self._confirm(window)
        # Housekeeping (expired kept sessions, codes, sign-in delays), once the window is up:
        # a write is not worth delaying the first paint for.
        QTimer.singleShot(PURGE_AFTER_MS, self, self._purge)
        return window

    def _confirm(self, window: MainWindow) -> None:
        """Sign the forecast principal in for real, on the worker; then complete the window."""
        expected, ctx, store, loaded = window.principal, self.ctx, self._store, self._accounts

        def sign_in() -> tuple[AccountServices, Principal | None]:
            accounts = loaded or open_accounts(ctx, store)
            return accounts, accounts.auth.resume_session(None)

        def done(result: tuple[AccountServices, Principal | None]) -> None:
            accounts, principal = result
            self._accounts = self._accounts or accounts
            self._unconfirmed = False
            if window is not self.window:  # closed meanwhile
                return
            if principal is None or principal != expected:
                log.info("the kept session did not resume as forecast: %s", principal)
                self._signed_out(SESSION_ENDED if principal is None else "")
                return
            window.complete(self._accounts)

        def failed(exc: BaseException) -> None:
            self._unconfirmed, self._forecast_ok = False, False
            log.warning("resuming the kept session failed: %s", exc)
            if window is self.window:
                self._signed_out(f"Signing in failed: {exc}")

        Op(self.tasks, sign_in).success(done).failure(failed).background().run()

    def _purge(self) -> None:
        Op(self.tasks, self.accounts.auth.purge_expired).failure(
            lambda exc: log.warning("purging expired tokens failed: %s", exc)
        ).run()

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
