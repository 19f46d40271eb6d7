"""One way to run work from the window, with one failure policy (anki's CollectionOp / QueryOp).

Before this, every feature wrapped the task runner itself and decided on its own whether a
failure was the user's to read or a bug. Now an `Op` says where the work runs (the serial
database worker, or the general pool for CPU work such as parsing a file), what to do with
the result on the GUI thread, and which kinds of rows it changed; the policy is here only:

- success: `success(result)`, then the `Changes` are broadcast on `TaskRunner.changed`;
- a known error (`services.errors.is_known`: a rule refused, a locked file, a server that
  cannot be reached): `failure(exc)` if the caller gave one, otherwise a warning naming the
  cause, shown over the owner;
- anything else is a bug: raised on the GUI thread, where the crash handler shows it;
- the owner (a QObject, usually the widget that asked) was deleted or `retire`d meanwhile:
  the result is dropped, known failures too, since nobody is there to read them; bugs are
  still raised, and the changes of a write that succeeded are still broadcast.
- `latest(counter)`: for search-as-you-type, only the newest op of that counter delivers,
  and an op already outdated when the worker reaches it does not run at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

from examhub_desktop.services.errors import is_known
from examhub_desktop.ui.changes import Changes
from examhub_desktop.ui.tasks import TaskRunner

T = TypeVar("T")

RETIRED = "examhubOpsRetired"  # a dynamic property: the owner wants no more answers


class Superseded(Exception):
    """An op of a `Latest` counter that a newer one replaced before it ran."""


class Latest:
    """A counter of the newest query, readable from the worker thread (plain Python, not Qt)."""

    def __init__(self) -> None:
        self.value = 0

    def next(self) -> int:
        self.value += 1
        return self.value


def retire(owner: QObject, retired: bool = True) -> None:
    """The owner (a window being closed) wants no further answers from its ops; a window
    shown again passes `retired=False`."""
    owner.setProperty(RETIRED, retired)


def owner_gone(owner: object) -> bool:
    if not isinstance(owner, QObject):
        return False
    return not Shiboken.isValid(owner) or bool(owner.property(RETIRED))


def show_failure(owner: QObject | None, title: str, exc: BaseException) -> None:
    """The default for a known error: a warning over the owner's window naming the cause."""
    from examhub_desktop.ui.messages import MessageDialog

    parent = owner.window() if isinstance(owner, QWidget) else None
    MessageDialog.ask(parent, title, str(exc), kind="warning")


class Op(Generic[T]):
    """`Op(tasks, fn, owner).success(cb).failure(cb).changes(Changes(...)).run()`."""

    def __init__(self, tasks: TaskRunner, fn: Callable[[], T], owner: QObject | None = None) -> None:
        self._tasks, self._fn, self._owner = tasks, fn, owner
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._changes = Changes()
        self._title = QCoreApplication.translate("Op", "Could not finish")
        self._on_pool = False
        self._background = False
        self._latest: Latest | None = None
        self._after: Callable[[], None] | None = None

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        """For known errors only; without one, a warning titled `title` shows the message."""
        self._failure = callback
        return self

    def title(self, text: str) -> Op[T]:
        self._title = text
        return self

    def changes(self, value: Changes) -> Op[T]:
        self._changes = value
        return self

    def on_pool(self) -> Op[T]:
        """CPU work (parsing, statistics) that needs no database runs on the general pool."""
        self._on_pool = True
        return self

    def background(self) -> Op[T]:
        """Nobody watches a window waiting for this, so `TaskRunner.busy` leaves it out."""
        self._background = True
        return self

    def after(self, callback: Callable[[], None]) -> Op[T]:
        """Whatever the outcome (before a bug is raised): unlock what the op locked."""
        self._after = callback
        return self

    def latest(self, counter: Latest) -> Op[T]:
        self._latest = counter
        return self

    def run(self) -> None:
        fn, counter = self._fn, self._latest
        work: Callable[[], Any] = fn
        if counter is not None:
            number = counter.next()

            def work() -> Any:
                if counter.value != number:
                    raise Superseded
                return fn()

        def stale() -> bool:
            return owner_gone(self._owner) or (counter is not None and counter.value != number)

        def settle() -> None:
            if self._after is not None and not owner_gone(self._owner):
                self._after()

        def done(result: Any) -> None:
            settle()
            if self._success is not None and not stale():
                self._success(result)
            if self._changes:  # the write stands even if the window that asked is gone
                self._tasks.changed.emit(self._changes)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Superseded):
                return
            settle()
            if not is_known(exc):
                raise exc
            if stale():
                return
            if self._failure is not None:
                self._failure(exc)
            else:
                show_failure(self._owner, self._title, exc)

        if self._on_pool:
            self._tasks.run_pool(work, done, failed)
        else:
            self._tasks.run_db(work, done, failed, background=self._background)


def run_op(
    tasks: TaskRunner,
    fn: Callable[[], T],
    on_done: Callable[[T], None] | None = None,
    on_known_error: Callable[[BaseException], None] | None = None,
    *,
    owner: QObject | None = None,
    changes: Changes | None = None,
) -> None:
    """The common shape in one call: `fn` on the database worker, the policy of `Op`."""
    op = Op(tasks, fn, owner)
    if on_done is not None:
        op.success(on_done)
    if on_known_error is not None:
        op.failure(on_known_error)
    if changes is not None:
        op.changes(changes)
    op.run()
