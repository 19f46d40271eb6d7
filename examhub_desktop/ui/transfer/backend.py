"""What the import wizard and the export dialog share: the services, the task runner, the files
chosen, and the background jobs with their progress relay.

Every job here runs on the task runner's database worker (reading, parsing, the preview's
look-up of an earlier import, the import transaction). The worker never touches an object the
GUI thread owns except to emit a signal on `ProgressRelay`, which Qt queues to the GUI thread,
and to read a `threading.Event` set there when the user cancels.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from examhub_desktop.formats import ParseResult
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.errors import KNOWN_ERRORS
from examhub_desktop.services.library import ExamFilter, ExamRow, LibraryService
from examhub_desktop.services.permissions import Principal
from examhub_desktop.services.transfer import (
    ImportCancelled,
    ImportPreview,
    ImportSummary,
    TransferService,
    parse_import,
    read_file,
)
from examhub_desktop.ui.ops import Op
from examhub_desktop.ui.tasks import TaskRunner


class ProgressRelay(QObject):
    """Created on the GUI thread; the worker emits, the GUI thread receives (queued)."""

    progressed = Signal(int, int, int)  # (file number, questions done, questions in that file)


@dataclass
class TransferUi:
    """The services and runner the transfer dialogs use, acting as one signed-in teacher."""

    ctx: AppContext
    tasks: TaskRunner
    principal: Principal
    transfer: TransferService = field(init=False)
    library: LibraryService = field(init=False)

    def __post_init__(self) -> None:
        self.transfer = TransferService(self.ctx)
        self.library = LibraryService(self.ctx)

    def exam_rows(self, *, drafts_only: bool) -> list[ExamRow]:
        """Worker side: exams by title (drafts that may still take questions, or all)."""
        filt = ExamFilter(status="draft" if drafts_only else None, sort="title", descending=False)
        rows = self.library.exam_rows(self.principal, self.library.exam_ids(self.principal, filt))
        return [r for r in rows if r.attempts == 0] if drafts_only else rows


@dataclass
class FileEntry:
    """One chosen file, owned by the GUI thread; jobs return values that `apply` stores."""

    path: Path
    data: bytes | None = None
    preview: ImportPreview | None = None
    error: str = ""  # why the file cannot be read at all
    fmt: str | None = None  # chosen by the teacher; None: detected
    loading: bool = False
    generation: int = 0  # a newer load makes an older answer stale

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def importable(self) -> int:
        return self.preview.importable if self.preview is not None else 0

    @property
    def usable(self) -> bool:
        return not self.loading and self.preview is not None and self.importable > 0

    @property
    def detected(self) -> str:
        return self.preview.result.format if self.preview is not None else ""


Loaded = tuple[bytes | None, ImportPreview | None, str]  # (the file's bytes, its preview, why not)


def load(
    ui: TransferUi, path: Path, data: bytes | None, fmt: str | None, done: Callable[[Loaded], None]
) -> None:
    """Read (unless already read) and parse `path` on the general pool (CPU work), then look up
    an earlier import of it on the database worker; `done` gets the answer. Known errors are
    answers too (as text), since a file that cannot be read is news about that file."""

    def parse_job() -> tuple[bytes | None, ParseResult | None, str]:
        try:
            payload = data if data is not None else read_file(path)
            return payload, parse_import(payload, path.name, fmt), ""
        except KNOWN_ERRORS as exc:
            return data, None, str(exc)

    def parsed(answer: tuple[bytes | None, ParseResult | None, str]) -> None:
        payload, result, error = answer
        if result is None:
            done((payload, None, error))
            return

        def look_up() -> Loaded:
            try:
                return payload, ui.transfer.preview_parsed(ui.principal, result, path.name), ""
            except KNOWN_ERRORS as exc:
                return payload, None, str(exc)

        Op(ui.tasks, look_up).success(done).run()

    Op(ui.tasks, parse_job).on_pool().success(parsed).run()


@dataclass(frozen=True)
class ImportTarget:
    """Where the questions go: a new exam (with a title for a single file) or a draft."""

    exam_id: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class FileOutcome:
    name: str
    summary: ImportSummary | None = None
    error: str = ""
    cancelled: bool = False
    not_started: bool = False
    titles: tuple[str, ...] = ()  # of the exams the questions went into
    into_draft: bool = False


@dataclass(frozen=True)
class ImportRequest:
    name: str
    data: bytes
    fmt: str


def import_job(
    ui: TransferUi,
    requests: list[ImportRequest],
    target: ImportTarget,
    relay: ProgressRelay,
    stop: threading.Event,
) -> Callable[[], list[FileOutcome]]:
    """Worker: each file in its own transaction, in order. A cancel stops the file being
    imported (nothing of it is written) and the files after it; a known error in one file is
    reported and the others still come in."""

    def job() -> list[FileOutcome]:
        outcomes: list[FileOutcome] = []
        for number, request in enumerate(requests):
            if stop.is_set():
                outcomes.append(FileOutcome(request.name, not_started=True))
                continue

            def progress(done: int, total: int, number: int = number) -> None:
                relay.progressed.emit(number, done, total)

            try:
                summary = ui.transfer.import_data(
                    ui.principal,
                    request.data,
                    request.name,
                    fmt=request.fmt,
                    exam_id=target.exam_id,
                    title=target.title,
                    progress=progress,
                    cancelled=stop.is_set,
                )
            except ImportCancelled:
                outcomes.append(FileOutcome(request.name, cancelled=True))
            except KNOWN_ERRORS as exc:
                outcomes.append(FileOutcome(request.name, error=str(exc)))
            else:
                rows = ui.library.exam_rows(ui.principal, list(summary.exam_ids))
                titles = tuple(r.title for r in rows)
                into = target.exam_id is not None
                outcomes.append(FileOutcome(request.name, summary, titles=titles, into_draft=into))
        return outcomes

    return job


__all__ = [
    "FileEntry",
    "FileOutcome",
    "ImportRequest",
    "ImportTarget",
    "Loaded",
    "ProgressRelay",
    "TransferUi",
    "import_job",
    "load",
]
