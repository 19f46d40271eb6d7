"""What every parser returns: the questions it could build and diagnostics with locations.

Parsers never raise on bad input. A teacher's file with one broken question should still
show the other ninety-nine in the import preview, each problem next to the line (or XML
element path) where it is, so the result carries both and the caller decides what to keep.
Exceptions are kept for the caller's own mistakes (an unknown format name) and for the two
refusals that have no partial result: a file over the size limit, and an export a format
cannot express.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from examhub_desktop.core.exam_rules import ExamRules
from examhub_desktop.core.i18n import translate
from examhub_desktop.core.question import Question, validate

Severity = Literal["error", "warning"]
ERROR: Severity = "error"
WARNING: Severity = "warning"

FORMAT_NAMES = ("gift", "aiken", "moodle-xml", "csv", "xlsx", "json")


class FormatError(Exception):
    """A known problem with an import or export; the message says what to do."""


class UnknownFormatError(FormatError, ValueError):
    """A format name that is not one of FORMAT_NAMES."""


class FileTooLargeError(FormatError):
    """A file over the import size limit, refused before it is read."""


class ExportError(FormatError):
    """An exam that the chosen format cannot express; the message names the questions."""


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem. `line` is 1-based; `path` is an XML element path or a JSON path."""

    severity: Severity
    message: str
    line: int | None = None
    path: str | None = None
    question_index: int | None = None

    @property
    def location(self) -> str:
        parts = []
        if self.line is not None:
            parts.append(translate("Diagnostic", "line {line}").format(line=self.line))
        if self.path:
            parts.append(self.path)
        return ", ".join(parts)

    def __str__(self) -> str:
        """One line for a message or the CLI: "line 3: error: ..." in the user's language."""
        if self.severity == ERROR:
            text = translate("Diagnostic", "{location}: error: {message}")
            bare = translate("Diagnostic", "error: {message}")
        else:
            text = translate("Diagnostic", "{location}: warning: {message}")
            bare = translate("Diagnostic", "warning: {message}")
        where = self.location
        return (text if where else bare).format(location=where, message=self.message)


@dataclass(frozen=True, slots=True)
class ParsedQuestion:
    """A question as read from a file, where it starts, its category and its own problems."""

    question: Question
    line: int | None = None
    path: str | None = None
    category: str = ""
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def has_errors(self) -> bool:
        return any(d.severity == ERROR for d in self.diagnostics)


@dataclass(frozen=True, slots=True)
class ExamData:
    """An exam with every column of the seed's `exams` table, for the native format and writers.

    `total_questions` is not stored: it is `len(questions)`. `rules` are the teacher's settings
    for taking it (the native format's "settings"; the other formats have none and leave the
    defaults). Extra time per student is about accounts, not the exam, and is not carried.
    """

    title: str
    questions: tuple[Question, ...] = ()
    description: str = ""
    duration_minutes: int | None = None
    passing_score: int | None = None
    status: str = "draft"
    is_public: bool = False
    id: str | None = None
    source_file_id: str | None = None
    source_file_name: str | None = None
    generation_method: str | None = None
    legacy_id: int | None = None
    legacy_file_name: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    rules: ExamRules = field(default_factory=ExamRules)


@dataclass(frozen=True, slots=True)
class ParseResult:
    """Everything a parser found.

    `diagnostics` is every diagnostic in file order, including those also attached to a
    question (they carry its `question_index`). `title` and `description` are suggestions
    for a new exam (from a category, a sheet name or the native file); `categories` lists
    every category the file declared, as written. `exams` is filled by the native JSON
    format only, which carries whole exams; its questions are also flattened into
    `questions` (with the exam title as category) so the preview works the same way.
    """

    format: str
    questions: tuple[ParsedQuestion, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    title: str = ""
    description: str = ""
    categories: tuple[str, ...] = ()
    exams: tuple[ExamData, ...] = ()
    encoding: str = ""
    fingerprint: str = ""  # SHA-256 of the bytes read: a stable source_file_id

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity == ERROR)

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity == WARNING)

    @property
    def has_errors(self) -> bool:
        return any(d.severity == ERROR for d in self.diagnostics)

    @property
    def generation_method(self) -> str:
        return f"import:{self.format}"

    def to_exam(self, title: str = "") -> ExamData:
        """The questions without errors as one exam; `title` defaults to the suggestion."""
        good = tuple(pq.question for pq in self.questions if not pq.has_errors)
        return ExamData(
            title=title or self.title,
            description=self.description,
            questions=good,
            generation_method=self.generation_method,
            source_file_id=self.fingerprint or None,
        )


Note = tuple[Severity, str]


class Collector:
    """Builds a ParseResult while a parser walks its input.

    Questions get the core model's validation problems as errors, so every format reports
    "multiple choice needs exactly one fully correct option" the same way.
    """

    def __init__(self, fmt: str) -> None:
        self.format = fmt
        self.questions: list[ParsedQuestion] = []
        self.diagnostics: list[Diagnostic] = []
        self.categories: list[str] = []
        self.category = ""

    def error(self, message: str, *, line: int | None = None, path: str | None = None) -> None:
        self.diagnostics.append(Diagnostic(ERROR, message, line, path))

    def warning(self, message: str, *, line: int | None = None, path: str | None = None) -> None:
        self.diagnostics.append(Diagnostic(WARNING, message, line, path))

    def set_category(self, category: str) -> None:
        self.category = category
        self.categories.append(category)

    def add(
        self,
        question: Question,
        *,
        line: int | None = None,
        path: str | None = None,
        notes: Sequence[Note] = (),
        category: str | None = None,
    ) -> None:
        index = len(self.questions)
        found = [Diagnostic(sev, msg, line, path, index) for sev, msg in notes]
        found += [Diagnostic(ERROR, msg, line, path, index) for msg in validate(question)]
        self.diagnostics.extend(found)
        self.questions.append(
            ParsedQuestion(
                question=question,
                line=line,
                path=path,
                category=self.category if category is None else category,
                diagnostics=tuple(found),
            )
        )

    def result(
        self, *, title: str = "", description: str = "", exams: Sequence[ExamData] = ()
    ) -> ParseResult:
        return ParseResult(
            format=self.format,
            questions=tuple(self.questions),
            diagnostics=tuple(self.diagnostics),
            title=title,
            description=description,
            categories=tuple(self.categories),
            exams=tuple(exams),
        )


__all__ = [
    "ERROR",
    "FORMAT_NAMES",
    "WARNING",
    "Collector",
    "Diagnostic",
    "ExamData",
    "ExportError",
    "FileTooLargeError",
    "FormatError",
    "ParseResult",
    "ParsedQuestion",
    "Severity",
    "UnknownFormatError",
]
