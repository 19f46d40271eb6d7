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
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QWidget

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP
from examhub_desktop.services.app import AppContext
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
SESSION_ENDED = QT_TRANSLATE_NOOP(
    "SessionController", "The session kept on this device has ended; please sign in again."
)


def open_accounts(ctx: AppContext, store: SecretStore | None) -> AccountServices:
    """The account services (this imports the ORM: call it on the database worker)."""
    from examhub_desktop.ui.accounts.backend import AccountServices

    return AccountServices.open(ctx, store)


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
        """Loaded once the flow reached `_with_accounts` (or given at construction)."""
        if self._accounts is None:
            raise RuntimeError("the account services are not loaded yet")
        return self._accounts

    def _forecast(self) -> StartForecast | None:
        """On the database worker: the store (keyring or file) and a read-only look."""
        store = self._store = self._store or default_store(self.ctx.data_dir)
        return StartService(self.ctx, store).forecast(None)

    # ---------------------------------------------------------------- the flow
    # Each step that reads the database is an Op; the next step runs from its callback, so
    # the GUI thread never waits (no nested event loop) and the window keeps painting.
    def start(self, *, notice: str = "") -> None:
        """Sign someone in and show their window (`window_shown`), or emit `finished` if
        nobody did. Asynchronous: returns at once."""
        self._unconfirmed = False
        if not self._forecast_ok:
            self._with_accounts(lambda: self._ask_database(notice))
            return

        def no_forecast(exc: BaseException) -> None:
            log.warning("no start-up forecast: %s", exc)  # the full path meets it and explains
            self._after_forecast(None, notice)

        Op(self.tasks, self._forecast).success(lambda f: self._after_forecast(f, notice)).failure(
            no_forecast
        ).run()

    def _after_forecast(self, forecast: StartForecast | None, notice: str) -> None:
        kept = forecast.kept if forecast is not None else None
        if kept is not None and not kept.must_change_password:
            self._unconfirmed = True
            self._flow_ended(kept)
            return
        self._with_accounts(lambda: self._ask_database(notice))

    def _with_accounts(self, then: Callable[[], None]) -> None:
        if self._accounts is not None:
            then()
            return
        ctx, store = self.ctx, self._store

        def loaded(accounts: AccountServices) -> None:
            self._accounts = self._accounts or accounts
            then()

        Op(self.tasks, lambda: open_accounts(ctx, store)).success(loaded).failure(self._cannot_sign_in).run()

    def _cannot_sign_in(self, exc: BaseException) -> None:
        from examhub_desktop.ui.messages import MessageDialog

        MessageDialog.ask(None, self.tr("Cannot sign in"), str(exc), kind="warning")
        self._flow_ended(None)

    def _ask_database(self, notice: str) -> None:
        auth = self.accounts.auth

        def look() -> tuple[bool, Principal | None]:
            return (True, None) if auth.needs_first_run(None) else (False, auth.resume_session(None))

        Op(self.tasks, look).success(lambda r: self._decide(r[0], r[1], notice)).failure(
            self._cannot_sign_in
        ).run()

    def _decide(self, first: bool, resumed: Principal | None, notice: str) -> None:
        # The dialogs' modules import the services: only now, when a dialog may be needed.
        from examhub_desktop.ui.accounts.first_run import FirstRunDialog
        from examhub_desktop.ui.accounts.own_account import ChangePasswordDialog

        if first:
            principal = FirstRunDialog.ask(None, self.accounts, self.tasks, sample_loader=self.sample_loader)
        elif resumed is not None:
            principal = resumed
        else:
            principal = self._ask_sign_in(None, notice)
        while principal is not None and principal.must_change_password:
            changed = ChangePasswordDialog.ask(None, self.accounts, self.tasks, principal, forced=True)
            if changed is not None:
                principal = changed
                break
            self._sign_out_quietly(principal)
            principal = self._ask_sign_in(
                None, self.tr("You are signed out: choose a new password to continue.")
            )
        self._flow_ended(principal)

    def _flow_ended(self, principal: Principal | None) -> None:
        if principal is None:
            self.finished.emit()
            return
        self.settings.setValue(LAST_EMAIL_KEY, principal.email)
        self.open_window(principal)

    def _ask_sign_in(self, parent: QWidget | None, notice: str = "") -> Principal | None:
        from examhub_desktop.ui.accounts.sign_in import SignInDialog

        email = str(self.settings.value(LAST_EMAIL_KEY, "") or "")
        return SignInDialog.ask(parent, self.accounts, self.tasks, email=email, notice=notice)

    def _sign_out_quietly(self, principal: Principal) -> None:
        """Queued on the serial worker, so it is done before the next sign-in is tried."""
        auth = self.accounts.auth
        Op(self.tasks, lambda: auth.sign_out(principal)).failure(
            lambda exc: log.warning("sign-out failed: %s", exc)  # the kept token stays; asked again anyway
        ).run()

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
                self._signed_out(self.tr(SESSION_ENDED) if principal is None else "")
                return
            window.complete(self._accounts)

        def failed(exc: BaseException) -> None:
            self._unconfirmed, self._forecast_ok = False, False
            log.warning("resuming the kept session failed: %s", exc)
            if window is self.window:
                self._signed_out(self.tr("Signing in failed: {error}").format(error=exc))

        Op(self.tasks, sign_in).success(done).failure(failed).background().run()

    def _purge(self) -> None:
        if self._accounts is None:  # a forecast window still confirming: later
            QTimer.singleShot(PURGE_AFTER_MS, self, self._purge)
            return
        Op(self.tasks, self._accounts.auth.purge_expired).failure(
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
