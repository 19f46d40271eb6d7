"""Exam Hub's own format, `.examhub.json`: lossless, versioned, one or many exams.

It is also the backup/restore path, so it carries every column of an exam and every field
of a question; a question object names its type under "type" with the model's names and
holds the fields of that type, plus any other field that differs from its default (so
nothing is lost, and the common case stays readable). docs/formats.md describes it.

Reading is strict about types but never gives up on the whole file for one bad value: a
wrong field is reported with its JSON path and replaced by its default; a question that
cannot be built at all is skipped with an error.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import fields
from datetime import UTC, datetime
from typing import Any

from examhub_desktop import __version__
from examhub_desktop.core.exam_rules import (
    GRADING_METHODS,
    MAX_ATTEMPTS,
    REVIEW_PARTS,
    REVIEW_WHEN,
    ExamRules,
    ReviewOptions,
)
from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from examhub_desktop.core.question import (
    Choice,
    Difficulty,
    MatchPair,
    NumericAnswer,
    Question,
    QuestionType,
    TextAnswer,
    TextFormat,
)
from examhub_desktop.formats.diagnostics import (
    ERROR,
    WARNING,
    Collector,
    ExamData,
    ExportError,
    Note,
    ParseResult,
)

FORMAT_ID = "examhub"
VERSION = 1

_TYPE_FIELDS: dict[QuestionType, tuple[str, ...]] = {
    QuestionType.MULTIPLE_CHOICE: ("choices", "shuffle_choices"),
    QuestionType.MULTIPLE_RESPONSE: ("choices", "shuffle_choices"),
    QuestionType.TRUE_FALSE: ("correct", "true_feedback", "false_feedback"),
    QuestionType.SHORT_ANSWER: ("answers", "case_sensitive"),
    QuestionType.NUMERICAL: ("numeric_answers",),
    QuestionType.MATCHING: ("pairs", "distractors", "shuffle_choices"),
    QuestionType.ESSAY: ("grader_info",),
    QuestionType.DESCRIPTION: (),
}
_COMMON = ("text", "text_format", "title", "explanation", "difficulty", "points", "tags", "id", "legacy_id")
_DEFAULTS = Question(QuestionType.DESCRIPTION, "")
_EXAM_FIELDS = tuple(f.name for f in fields(ExamData) if f.name not in ("questions", "rules"))
SETTINGS_KEYS = (
    "max_attempts",
    "grading_method",
    "practice_allowed",
    "review",
    "fullscreen",
    "opens_at",
    "closes_at",
)


# ---------------------------------------------------------------------------------- writing


def _value(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_value(v) for v in value]
    if isinstance(value, (Choice, TextAnswer, NumericAnswer, MatchPair)):
        return {f.name: _value(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (QuestionType, TextFormat, Difficulty)):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def question_to_json(q: Question) -> dict[str, Any]:
    wanted = ("type", *_COMMON, *_TYPE_FIELDS[q.type])
    out = {name: _value(getattr(q, name)) for name in wanted}
    for f in fields(Question):
        if f.name not in out and getattr(q, f.name) != getattr(_DEFAULTS, f.name):
            out[f.name] = _value(getattr(q, f.name))
    return out


def _utc(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat()


def settings_to_json(rules: ExamRules) -> dict[str, Any]:
    """An exam's rules as the native format's "settings" object (times ISO 8601 in UTC, or null);
    also what `examhub exams list --json` prints."""
    return {
        "max_attempts": rules.max_attempts,
        "grading_method": rules.grading_method,
        "practice_allowed": rules.practice_allowed,
        "review": rules.review.to_json(),
        "fullscreen": rules.fullscreen,
        "opens_at": _utc(rules.opens_at),
        "closes_at": _utc(rules.closes_at),
    }


def exam_to_json(exam: ExamData) -> dict[str, Any]:
    out = {name: _value(getattr(exam, name)) for name in _EXAM_FIELDS}
    out["settings"] = settings_to_json(exam.rules)
    out["questions"] = [question_to_json(q) for q in exam.questions]
    return out


def write_json(exams: Sequence[ExamData]) -> str:
    document = {
        "format": FORMAT_ID,
        "version": VERSION,
        "generator": f"Exam Hub Desktop {__version__}",
        "exams": [exam_to_json(e) for e in exams],
    }
    try:
        return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    except ValueError as exc:
        raise ExportError(
            translate(
                "NativeJson", "A number in the exam is not finite and cannot be saved: {cause}."
            ).format(cause=exc)
        ) from None


# ---------------------------------------------------------------------------------- reading


class _Reader:
    """Typed access to parsed JSON that records what was wrong and where."""

    def __init__(self, notes: list[Note]) -> None:
        self.notes = notes

    def get(
        self,
        obj: dict[str, Any],
        key: str,
        path: str,
        *,
        check: Callable[[Any], bool],
        kind: str,
        default: Any,
    ) -> Any:
        if key not in obj or (obj[key] is None and default is None):
            return default
        value = obj[key]
        if not check(value):
            message = translate("NativeJson", "{field} should be {kind}, not {value}.").format(
                field=f"{path}.{key}", kind=translate("NativeJson", kind), value=json.dumps(value)[:40]
            )
            self.notes.append((ERROR, message))
            return default
        return value

    def text(self, obj: dict[str, Any], key: str, path: str, default: str | None = "") -> Any:
        return self.get(
            obj,
            key,
            path,
            check=lambda v: isinstance(v, str),
            kind=QT_TRANSLATE_NOOP("NativeJson", "text"),
            default=default,
        )

    def flag(self, obj: dict[str, Any], key: str, path: str, default: bool | None) -> Any:
        return self.get(
            obj,
            key,
            path,
            check=lambda v: isinstance(v, bool),
            kind=QT_TRANSLATE_NOOP("NativeJson", "true or false"),
            default=default,
        )

    def integer(self, obj: dict[str, Any], key: str, path: str, default: int | None) -> Any:
        return self.get(
            obj,
            key,
            path,
            check=_is_integer,
            kind=QT_TRANSLATE_NOOP("NativeJson", "a whole number"),
            default=default,
        )

    def number(self, obj: dict[str, Any], key: str, path: str, default: float) -> float:
        value = self.get(
            obj,
            key,
            path,
            check=_is_number,
            kind=QT_TRANSLATE_NOOP("NativeJson", "a number"),
            default=default,
        )
        return float(value)

    def items(self, obj: dict[str, Any], key: str, path: str) -> list[Any]:
        value: list[Any] = self.get(
            obj,
            key,
            path,
            check=lambda v: isinstance(v, list),
            kind=QT_TRANSLATE_NOOP("NativeJson", "a list"),
            default=[],
        )
        return value

    def objects(self, obj: dict[str, Any], key: str, path: str) -> list[tuple[str, dict[str, Any]]]:
        found = []
        for i, item in enumerate(self.items(obj, key, path)):
            if isinstance(item, dict):
                found.append((f"{path}.{key}[{i}]", item))
            else:
                self.notes.append(
                    (
                        ERROR,
                        translate("NativeJson", "{field} should be an object.").format(
                            field=f"{path}.{key}[{i}]"
                        ),
                    )
                )
        return found

    def strings(self, obj: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
        values = self.items(obj, key, path)
        if not all(isinstance(v, str) for v in values):
            self.notes.append(
                (
                    ERROR,
                    translate("NativeJson", "{field} should be a list of texts.").format(
                        field=f"{path}.{key}"
                    ),
                )
            )
        return tuple(v for v in values if isinstance(v, str))

    def enum(self, obj: dict[str, Any], key: str, path: str, enum: Any, default: Any) -> Any:
        raw = self.text(obj, key, path, default.value)
        if raw in enum._value2member_map_:
            return enum(raw)
        self.notes.append(
            (
                ERROR,
                translate("NativeJson", "{field} {value} is not one of {names}.").format(
                    field=f"{path}.{key}", value=repr(raw), names=", ".join(enum._value2member_map_)
                ),
            )
        )
        return default

    def moment(self, obj: dict[str, Any], key: str, path: str) -> datetime | None:
        raw = self.text(obj, key, path, None)
        if raw is None:
            return None
        try:
            moment = datetime.fromisoformat(raw)
        except ValueError:
            self.notes.append(
                (
                    ERROR,
                    translate("NativeJson", "{field} {value} is not an ISO 8601 date and time.").format(
                        field=f"{path}.{key}", value=repr(raw)
                    ),
                )
            )
            return None
        if moment.tzinfo is None:
            self.notes.append(
                (
                    WARNING,
                    translate("NativeJson", "{field} has no time zone; UTC is assumed.").format(
                        field=f"{path}.{key}"
                    ),
                )
            )
            moment = moment.replace(tzinfo=UTC)
        return moment


def _is_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return math.isfinite(float(value))
    except OverflowError:
        return False


def _question(r: _Reader, obj: dict[str, Any], path: str) -> Question:
    if "type" not in obj:
        r.notes.append(
            (
                ERROR,
                translate("NativeJson", "{field} is missing; every question names its type.").format(
                    field=f"{path}.type"
                ),
            )
        )
    qtype = r.enum(obj, "type", path, QuestionType, QuestionType.DESCRIPTION)
    choices = tuple(
        Choice(r.text(c, "text", p), r.number(c, "fraction", p, 0.0), r.text(c, "feedback", p))
        for p, c in r.objects(obj, "choices", path)
    )
    answers = tuple(
        TextAnswer(r.text(a, "text", p), r.number(a, "fraction", p, 1.0), r.text(a, "feedback", p))
        for p, a in r.objects(obj, "answers", path)
    )
    numeric = tuple(
        NumericAnswer(
            r.number(a, "value", p, math.nan),
            r.number(a, "tolerance", p, 0.0),
            r.number(a, "fraction", p, 1.0),
            r.text(a, "feedback", p),
        )
        for p, a in r.objects(obj, "numeric_answers", path)
    )
    pairs = tuple(
        MatchPair(r.text(m, "prompt", p), r.text(m, "answer", p)) for p, m in r.objects(obj, "pairs", path)
    )
    return Question(
        type=qtype,
        text=r.text(obj, "text", path),
        text_format=r.enum(obj, "text_format", path, TextFormat, TextFormat.HTML),
        title=r.text(obj, "title", path),
        choices=choices,
        shuffle_choices=r.flag(obj, "shuffle_choices", path, True),
        correct=r.flag(obj, "correct", path, None),
        true_feedback=r.text(obj, "true_feedback", path),
        false_feedback=r.text(obj, "false_feedback", path),
        answers=answers,
        case_sensitive=r.flag(obj, "case_sensitive", path, False),
        numeric_answers=numeric,
        pairs=pairs,
        distractors=r.strings(obj, "distractors", path),
        grader_info=r.text(obj, "grader_info", path),
        explanation=r.text(obj, "explanation", path),
        difficulty=r.enum(obj, "difficulty", path, Difficulty, Difficulty.MEDIUM),
        points=r.integer(obj, "points", path, 1),
        tags=r.strings(obj, "tags", path),
        id=r.text(obj, "id", path, None),
        legacy_id=r.text(obj, "legacy_id", path),
    )


def _choice(
    r: _Reader, obj: dict[str, Any], key: str, path: str, *, names: tuple[str, ...], default: str
) -> str:
    raw = r.text(obj, key, path, default)
    if raw in names:
        return str(raw)
    r.notes.append(
        (
            ERROR,
            translate("NativeJson", "{field} {value} is not one of {names}; {default} is used.").format(
                field=f"{path}.{key}", value=repr(raw), names=", ".join(names), default=default
            ),
        )
    )
    return default


def _unknown_keys(r: _Reader, obj: dict[str, Any], path: str, known: tuple[str, ...]) -> None:
    """Keys a newer Exam Hub may write: reported, then left out."""
    for key in obj:
        if key not in known:
            r.notes.append(
                (
                    WARNING,
                    translate(
                        "NativeJson", "{field} is not a setting this Exam Hub knows; it is ignored."
                    ).format(field=f"{path}.{key}"),
                )
            )


def _review(r: _Reader, obj: dict[str, Any], path: str) -> ReviewOptions:
    if "review" not in obj or obj["review"] is None:
        return ReviewOptions()
    raw = obj["review"]
    where = f"{path}.review"
    if not isinstance(raw, dict):
        r.notes.append(
            (
                ERROR,
                translate(
                    "NativeJson", "{field} should be an object; the default review options are used."
                ).format(field=where),
            )
        )
        return ReviewOptions()
    _unknown_keys(r, raw, where, REVIEW_PARTS)
    default = ReviewOptions()
    parts = {
        part: _choice(r, raw, part, where, names=REVIEW_WHEN, default=getattr(default, part))
        for part in REVIEW_PARTS
        if part in raw
    }
    return ReviewOptions(**parts)


def _settings(r: _Reader, obj: dict[str, Any], path: str) -> ExamRules:
    """The exam's "settings"; missing ones take their defaults, wrong ones are reported and
    take their defaults too."""
    if "settings" not in obj or obj["settings"] is None:
        return ExamRules()
    raw = obj["settings"]
    where = f"{path}.settings"
    if not isinstance(raw, dict):
        r.notes.append(
            (
                ERROR,
                translate("NativeJson", "{field} should be an object; the default settings are used.").format(
                    field=where
                ),
            )
        )
        return ExamRules()
    _unknown_keys(r, raw, where, SETTINGS_KEYS)
    default = ExamRules()
    max_attempts = r.integer(raw, "max_attempts", where, None)
    if max_attempts is not None and not 1 <= max_attempts <= MAX_ATTEMPTS:
        r.notes.append(
            (
                ERROR,
                translate(
                    "NativeJson", "{field} should be 1 to {max}, or null for unlimited; not {value}."
                ).format(field=f"{where}.max_attempts", max=MAX_ATTEMPTS, value=max_attempts),
            )
        )
        max_attempts = None
    opens_at = r.moment(raw, "opens_at", where)
    closes_at = r.moment(raw, "closes_at", where)
    if opens_at is not None and closes_at is not None and closes_at <= opens_at:
        r.notes.append(
            (
                ERROR,
                translate(
                    "NativeJson",
                    "{field} is not after the opening time; the exam is left without a closing time.",
                ).format(field=f"{where}.closes_at"),
            )
        )
        closes_at = None
    return ExamRules(
        max_attempts=max_attempts,
        grading_method=_choice(
            r, raw, "grading_method", where, names=GRADING_METHODS, default=default.grading_method
        ),
        practice_allowed=r.flag(raw, "practice_allowed", where, default.practice_allowed),
        review=_review(r, raw, where),
        fullscreen=r.flag(raw, "fullscreen", where, default.fullscreen),
        opens_at=None if opens_at is None else opens_at.astimezone(UTC),
        closes_at=None if closes_at is None else closes_at.astimezone(UTC),
    )


def _exam(r: _Reader, obj: dict[str, Any], path: str, questions: tuple[Question, ...]) -> ExamData:
    return ExamData(
        title=r.text(obj, "title", path),
        questions=questions,
        description=r.text(obj, "description", path),
        duration_minutes=r.integer(obj, "duration_minutes", path, None),
        passing_score=r.integer(obj, "passing_score", path, None),
        status=r.text(obj, "status", path, "draft"),
        is_public=r.flag(obj, "is_public", path, False),
        id=r.text(obj, "id", path, None),
        source_file_id=r.text(obj, "source_file_id", path, None),
        source_file_name=r.text(obj, "source_file_name", path, None),
        generation_method=r.text(obj, "generation_method", path, None),
        legacy_id=r.integer(obj, "legacy_id", path, None),
        legacy_file_name=r.text(obj, "legacy_file_name", path, None),
        created_at=r.moment(obj, "created_at", path),
        updated_at=r.moment(obj, "updated_at", path),
        rules=_settings(r, obj, path),
    )


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def parse_json(text: str) -> ParseResult:
    """Exams of an `.examhub.json` file (already decoded)."""
    out = Collector("json")
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        out.error(
            translate(
                "NativeJson", "The file is not valid JSON (line {line}, column {column}): {cause}."
            ).format(line=exc.lineno, column=exc.colno, cause=exc.msg),
            line=exc.lineno,
        )
        return out.result()
    except (ValueError, RecursionError) as exc:
        out.error(translate("NativeJson", "The file is not valid JSON: {cause}.").format(cause=exc))
        return out.result()
    if not isinstance(document, dict) or document.get("format") != FORMAT_ID:
        out.error(
            translate(
                "NativeJson",
                'This is not an Exam Hub file: it should be a JSON object with "format": "examhub".',
            )
        )
        return out.result()
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        out.error(translate("NativeJson", 'The file has no valid "version".'))
        return out.result()
    if version > VERSION:
        out.error(
            translate(
                "NativeJson",
                "The file was made by a newer Exam Hub (format version {version}); update Exam Hub to open it.",
            ).format(version=version)
        )
        return out.result()
    file_notes: list[Note] = []
    reader = _Reader(file_notes)
    exams = []
    for exam_path, exam_obj in reader.objects(document, "exams", "$"):
        exam_notes: list[Note] = []
        exam_reader = _Reader(exam_notes)
        title = exam_obj.get("title") if isinstance(exam_obj.get("title"), str) else ""
        questions = []
        for q_path, q_obj in exam_reader.objects(exam_obj, "questions", exam_path):
            notes: list[Note] = []
            question = _question(_Reader(notes), q_obj, q_path)
            questions.append(question)
            out.add(question, path=q_path, notes=notes, category=str(title))
        exam = _exam(exam_reader, exam_obj, exam_path, tuple(questions))
        for severity, message in exam_notes:
            (out.error if severity == ERROR else out.warning)(message, path=exam_path)
        exams.append(exam)
    for severity, message in file_notes:
        (out.error if severity == ERROR else out.warning)(message, path="$")
    if not exams and not out.diagnostics:
        out.warning(translate("NativeJson", "The file holds no exams."))
    first = exams[0] if exams else None
    return out.result(
        title=first.title if first else "", description=first.description if first else "", exams=exams
    )


__all__ = [
    "FORMAT_ID",
    "SETTINGS_KEYS",
    "VERSION",
    "exam_to_json",
    "parse_json",
    "question_to_json",
    "settings_to_json",
    "write_json",
]
