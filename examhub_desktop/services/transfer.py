"""Import and export of exams through the pure parsers and writers in `formats`.

An import is one transaction: every question comes in or none does (a cancelled or failed
import leaves the database as it was). Questions with errors are either refused as a whole
(`skip_invalid=False`, the CLI) or skipped and reported (the wizard). Re-importing a file
updates the draft it made before (matched by file name and format) instead of making a
second copy; the preview says so. The native format carries whole exams and is also the
restore path: an exam whose id is free comes back with its id, status and dates; its settings
(attempts allowed, grading, review, times) come back on a copy too. Extra time per student is
about accounts and stays behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from examhub_desktop.core.question import to_row
from examhub_desktop.db.models import Exam, new_id
from examhub_desktop.db.uow import UnitOfWork
from examhub_desktop.formats import (
    FORMAT_NAMES,
    Diagnostic,
    ExamData,
    ExportError,
    FileTooLargeError,
    ParseResult,
    UnknownFormatError,
    parse,
    read_import_file,
    write,
)
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.errors import FieldError, NotFound, ServiceError
from examhub_desktop.services.library import rules_of, set_rules, status_name
from examhub_desktop.services.permissions import Access, Principal, allow
from examhub_desktop.services.questions import attempts_count, get_exam, question_of

CHUNK = 1000
Progress = Callable[[int, int], None]


class ImportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__(translate("TransferService", "The import was cancelled; nothing was written."))


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    result: ParseResult
    reimport_of: str | None  # the draft this file made before, which the import would update
    reimport_title: str | None

    @property
    def importable(self) -> int:
        return sum(1 for q in self.result.questions if not q.has_errors)


@dataclass(frozen=True)
class ImportSummary:
    exam_ids: tuple[str, ...]
    imported: int
    skipped: tuple[Diagnostic, ...]
    updated_existing: bool
    warnings: tuple[Diagnostic, ...] = field(default=())

    def describe(self) -> str:
        exams = translate("TransferService", "%n exam(s)", None, len(self.exam_ids))
        if self.updated_existing:
            done = translate("TransferService", "%n question(s) updated in {exams}.", None, self.imported)
        else:
            done = translate("TransferService", "%n question(s) imported into {exams}.", None, self.imported)
        lines = [done.format(exams=exams)]
        if self.skipped:
            lines.append(
                translate("TransferService", "%n problem(s) kept questions out:", None, len(self.skipped))
            )
            lines += [f"  {d}" for d in self.skipped]
        if self.warnings:
            lines.append(translate("TransferService", "%n warning(s):", None, len(self.warnings)))
            lines += [f"  {d}" for d in self.warnings]
        return "\n".join(lines)


def read_file(path: Path) -> bytes:
    try:
        return read_import_file(path)
    except FileTooLargeError as exc:
        raise ServiceError(str(exc)) from None
    except OSError as exc:
        raise ServiceError(
            translate("TransferService", "{path} cannot be read: {cause}.").format(
                path=path, cause=exc.strerror or exc
            )
        ) from None


def _parse(data: bytes, file_name: str, fmt: str | None) -> ParseResult:
    try:
        return parse(data, file_name, fmt)
    except UnknownFormatError as exc:
        raise FieldError("format", str(exc)) from None


def parse_import(data: bytes, file_name: str, fmt: str | None = None) -> ParseResult:
    """The CPU half of a preview (no database, no permission needed: it reads only `data`),
    so a front end can run it off the database worker; `TransferService.preview_parsed`
    does the other half."""
    return _parse(data, file_name, fmt)


def _previous_import(uow: UnitOfWork, file_name: str, method: str) -> Exam | None:
    """The draft an earlier import of the same file made, if it may still be replaced."""
    candidates = uow.session.scalars(
        select(Exam)
        .where(Exam.source_file_name == file_name, Exam.generation_method == method, Exam.status == "draft")
        .order_by(Exam.created_at.desc())
    )
    for exam in candidates:
        if not attempts_count(uow, exam.id):
            return exam
    return None


def _question_rows(exam_id: str, data: ExamData, start: int = 0) -> list[dict[str, object]]:
    return [
        {"id": new_id(), "exam_id": exam_id, "order_index": start + i, **to_row(q)}
        for i, q in enumerate(data.questions)
    ]


class TransferService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "preview an import"))
    def preview(
        self, actor: Principal | None, data: bytes, file_name: str, fmt: str | None = None
    ) -> ImportPreview:
        return self.preview_parsed(actor, _parse(data, file_name, fmt), file_name)

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "preview an import"))
    def preview_parsed(self, actor: Principal | None, result: ParseResult, file_name: str) -> ImportPreview:
        """The database half of a preview: the draft an earlier import of this file made."""
        with self.ctx.uow().reading() as uow:
            previous = (
                None
                if result.exams
                else _previous_import(uow, Path(file_name).name, result.generation_method)
            )
            return ImportPreview(
                Path(file_name).name,
                result,
                previous.id if previous else None,
                previous.title if previous else None,
            )

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "import questions"))
    def import_data(
        self,
        actor: Principal | None,
        data: bytes,
        file_name: str,
        *,
        fmt: str | None = None,
        exam_id: str | None = None,
        title: str | None = None,
        skip_invalid: bool = True,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportSummary:
        """Into a new exam (titled `title` or after the file), or appended to the draft `exam_id`."""
        result = _parse(data, file_name, fmt)
        name = Path(file_name).name
        if result.errors and not skip_invalid:
            heading = translate(
                "TransferService", "{file} has %n error(s); nothing was imported:", None, len(result.errors)
            ).format(file=name)
            raise ServiceError("\n".join([heading, *(str(d) for d in result.errors)]))
        exams = list(result.exams) or [result.to_exam(title or result.title or Path(file_name).stem)]
        if title and result.exams and len(exams) == 1:
            exams = [_retitle(exams[0], title)]
        total = sum(len(e.questions) for e in exams)
        if total == 0:
            heading = translate("TransferService", "{file} has no question that could be imported.").format(
                file=name
            )
            raise ServiceError(heading + _first_errors(result))
        done = 0

        def step(n: int) -> None:
            nonlocal done
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            done += n
            if progress is not None:
                progress(done, total)

        with self.ctx.uow() as uow:
            ids: list[str] = []
            updated = False
            for data_exam in exams:
                target, updated_here = self._target(uow, data_exam, name, result, exam_id)
                updated = updated or updated_here
                start = len(uow.questions.for_exam(target)) if exam_id else 0
                rows = _question_rows(target, data_exam, start)
                for i in range(0, len(rows), CHUNK):
                    uow.questions.bulk_insert(rows[i : i + CHUNK])
                    step(len(rows[i : i + CHUNK]))
                uow.exams.refresh_question_count(target)
                ids.append(target)
            uow.commit()
        skipped = tuple(d for d in result.errors)
        return ImportSummary(tuple(ids), total, skipped, updated, result.warnings)

    def _target(
        self, uow: UnitOfWork, data: ExamData, name: str, result: ParseResult, exam_id: str | None
    ) -> tuple[str, bool]:
        """The exam the questions go into, and whether it is an earlier import being updated."""
        if exam_id is not None:
            exam = get_exam(uow, exam_id)
            if exam.status != "draft":
                raise FieldError(
                    "exam",
                    translate(
                        "TransferService", "“{title}” is {status}; questions can only be added to a draft."
                    ).format(title=exam.title, status=status_name(exam.status or "draft")),
                )
            if attempts_count(uow, exam.id):
                raise FieldError(
                    "exam",
                    translate(
                        "TransferService", "“{title}” has attempts; import into a new exam instead."
                    ).format(title=exam.title),
                )
            return exam.id, False
        if not result.exams:
            previous = _previous_import(uow, name, result.generation_method)
            if previous is not None:
                for row in uow.questions.for_exam(previous.id):
                    uow.session.delete(row)
                uow.flush()
                previous.title = data.title[:255] or previous.title
                previous.source_file_id = result.fingerprint
                return previous.id, True
        restore_id = data.id if data.id and uow.exams.get(data.id) is None else None
        exam = uow.exams.add(
            Exam(
                id=restore_id or new_id(),
                title=(data.title or name)[:255],
                description=data.description or None,
                duration_minutes=data.duration_minutes,
                passing_score=data.passing_score if data.passing_score is not None else 50,
                status=data.status
                if restore_id and data.status in ("draft", "published", "archived")
                else "draft",
                is_public=data.is_public if restore_id else False,
                source_file_id=result.fingerprint or data.source_file_id,
                source_file_name=name if not result.exams else (data.source_file_name or name),
                generation_method=result.generation_method if not restore_id else data.generation_method,
                legacy_id=data.legacy_id,
                legacy_file_name=data.legacy_file_name or (name if not result.exams else None),
                **({"created_at": data.created_at} if restore_id and data.created_at else {}),
            )
        )
        set_rules(exam, data.rules)  # the native format's settings; the defaults from the others
        uow.flush()
        return exam.id, False

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "import questions"))
    def import_file(self, actor: Principal | None, path: Path, **kwargs: object) -> ImportSummary:
        return self.import_data(actor, read_file(path), path.name, **kwargs)  # type: ignore[arg-type]

    # ------------------------------------------------------------------ export
    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "export exams"))
    def export(self, actor: Principal | None, exam_ids: list[str], fmt: str) -> bytes:
        if fmt not in FORMAT_NAMES:
            raise FieldError(
                "format",
                translate("TransferService", "Unknown format {format}; use one of {names}.").format(
                    format=repr(fmt), names=", ".join(FORMAT_NAMES)
                ),
            )
        with self.ctx.uow().reading() as uow:
            exams = [exam_data(uow, i) for i in exam_ids]
        try:
            return write(exams, fmt)
        except ExportError as exc:
            raise ServiceError(str(exc)) from None

    @allow(Access.ADMIN, QT_TRANSLATE_NOOP("Permissions", "export exams"))
    def export_to_file(self, actor: Principal | None, exam_ids: list[str], fmt: str, path: Path) -> Path:
        """Written to a temporary file beside `path`, then renamed: never a half-written file."""
        payload = self.export(actor, exam_ids, fmt)
        path = path.expanduser()
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        except OSError as exc:
            raise ServiceError(
                translate("TransferService", "Cannot write in {folder}: {cause}.").format(
                    folder=path.parent, cause=exc.strerror or exc
                )
            ) from None
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise ServiceError(
                translate("TransferService", "Writing {path} failed ({cause}); nothing was written.").format(
                    path=path, cause=exc.strerror or exc
                )
            ) from None
        return path


def exam_data(uow: UnitOfWork, exam_id: str) -> ExamData:
    exam = uow.exams.get(exam_id)
    if exam is None:
        raise NotFound(translate("TransferService", "There is no exam with the id {id}.").format(id=exam_id))
    return ExamData(
        title=exam.title,
        questions=tuple(question_of(r) for r in uow.questions.for_exam(exam.id)),
        description=exam.description or "",
        duration_minutes=exam.duration_minutes,
        passing_score=exam.passing_score,
        status=exam.status or "draft",
        is_public=bool(exam.is_public),
        id=exam.id,
        source_file_id=exam.source_file_id,
        source_file_name=exam.source_file_name,
        generation_method=exam.generation_method,
        legacy_id=exam.legacy_id,
        legacy_file_name=exam.legacy_file_name,
        created_at=exam.created_at,
        updated_at=exam.updated_at,
        rules=rules_of(exam),
    )


def _retitle(data: ExamData, title: str) -> ExamData:
    return replace(data, title=title)


def _first_errors(result: ParseResult, n: int = 5) -> str:
    if not result.errors:
        return ""
    return "\n" + "\n".join(str(d) for d in result.errors[:n])
