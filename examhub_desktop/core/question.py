"""The one question model shared by every format, the editor, the runner and the grader.

`options` JSON in the database is the single source of truth for a question's answer
spec; `correct_answer` is derived from it on save (letters for choice types, "true" /
"false" for true/false, empty otherwise) so that the seed's meaning of that column holds
and older readers of the table keep working. Earlier versions of Exam Hub (the web app
the seed describes) stored options as a list of strings or an object keyed by letters
with the right letter in `correct_answer`; `from_row` reads those too.
"""

from __future__ import annotations

import enum
import html
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from examhub_desktop.core.i18n import translate

MAX_CHOICES = 10  # A-J: correct_answer is VARCHAR(10) and the runner keys choices 1-9/A-J
LETTERS = "ABCDEFGHIJ"
MAX_POINTS = 1000


class QuestionType(enum.StrEnum):
    MULTIPLE_CHOICE = "multiple_choice"
    MULTIPLE_RESPONSE = "multiple_response"
    TRUE_FALSE = "true_false"
    SHORT_ANSWER = "short_answer"
    NUMERICAL = "numerical"
    MATCHING = "matching"
    ESSAY = "essay"
    DESCRIPTION = "description"


class Difficulty(enum.StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


class TextFormat(enum.StrEnum):
    HTML = "html"
    PLAIN = "plain"
    MARKDOWN = "markdown"
    MOODLE = "moodle"


CHOICE_TYPES = frozenset({QuestionType.MULTIPLE_CHOICE, QuestionType.MULTIPLE_RESPONSE})
ANSWERABLE_TYPES = frozenset(QuestionType) - {QuestionType.DESCRIPTION}
AUTO_GRADED_TYPES = ANSWERABLE_TYPES - {QuestionType.ESSAY}


@dataclass(frozen=True, slots=True)
class Choice:
    """A choice of a multiple choice / multiple response question; fraction in -1..1."""

    text: str
    fraction: float = 0.0
    feedback: str = ""


@dataclass(frozen=True, slots=True)
class TextAnswer:
    """An accepted short answer; `*` is a wildcard for any run of characters."""

    text: str
    fraction: float = 1.0
    feedback: str = ""


@dataclass(frozen=True, slots=True)
class NumericAnswer:
    """Accepted when |response - value| <= tolerance."""

    value: float
    tolerance: float = 0.0
    fraction: float = 1.0
    feedback: str = ""


@dataclass(frozen=True, slots=True)
class MatchPair:
    prompt: str
    answer: str


@dataclass(frozen=True, slots=True)
class Question:
    type: QuestionType
    text: str
    text_format: TextFormat = TextFormat.HTML
    title: str = ""
    choices: tuple[Choice, ...] = ()
    shuffle_choices: bool = True
    correct: bool | None = None  # true/false
    true_feedback: str = ""
    false_feedback: str = ""
    answers: tuple[TextAnswer, ...] = ()
    case_sensitive: bool = False
    numeric_answers: tuple[NumericAnswer, ...] = ()
    pairs: tuple[MatchPair, ...] = ()
    distractors: tuple[str, ...] = ()
    grader_info: str = ""  # essay: notes for the teacher who grades it
    explanation: str = ""
    difficulty: Difficulty = Difficulty.MEDIUM
    points: int = 1
    tags: tuple[str, ...] = ()
    id: str | None = None
    legacy_id: str = ""  # an importer's identifier (Moodle idnumber, GIFT ::id::)

    def with_id(self, question_id: str) -> Question:
        return replace(self, id=question_id)


def without_key(q: Question) -> Question:
    """What a student may see of `q` while answering it: no credits, no accepted answers, no
    feedback, explanation or grader notes. A matching question keeps its prompts and offers
    its answers as one sorted list (the pairs' answers become empty), so a response is checked
    against the same options while which answer goes with which prompt is not there."""
    offered: tuple[str, ...] = ()
    if q.type is QuestionType.MATCHING:
        offered = tuple(sorted({p.answer for p in q.pairs if p.answer} | {d for d in q.distractors if d}))
    return replace(
        q,
        choices=tuple(Choice(c.text) for c in q.choices),
        correct=None,
        true_feedback="",
        false_feedback="",
        answers=(),
        case_sensitive=False,
        numeric_answers=(),
        pairs=tuple(MatchPair(p.prompt, "") for p in q.pairs),
        distractors=offered,
        grader_info="",
        explanation="",
    )


def has_key(q: Question) -> bool:
    """True if `q` carries anything of its answer key (it is not what `without_key` makes)."""
    return without_key(q) != q


class QuestionError(ValueError):
    """A question that cannot be read or saved; the message says what is wrong."""


# --------------------------------------------------------------------------- validation


def validate(q: Question) -> list[str]:
    """Every problem with `q`, as sentences a teacher understands; empty when it is fine."""
    problems: list[str] = []
    if not q.text.strip():
        problems.append(translate("Question", "The question text is empty."))
    if not 0 <= q.points <= MAX_POINTS:
        problems.append(translate("Question", "Points must be between 0 and {max}.").format(max=MAX_POINTS))
    if q.type is QuestionType.DESCRIPTION:
        return problems
    if q.type in CHOICE_TYPES:
        problems += _validate_choices(q)
    elif q.type is QuestionType.TRUE_FALSE:
        if q.correct is None:
            problems.append(translate("Question", "True/false needs the right answer set to true or false."))
    elif q.type is QuestionType.SHORT_ANSWER:
        problems += _validate_text_answers(q)
    elif q.type is QuestionType.NUMERICAL:
        problems += _validate_numeric(q)
    elif q.type is QuestionType.MATCHING:
        problems += _validate_matching(q)
    return problems


def _fraction_ok(f: float) -> bool:
    return math.isfinite(f) and -1.0 <= f <= 1.0


def _validate_choices(q: Question) -> list[str]:
    out: list[str] = []
    n = len(q.choices)
    if n > MAX_CHOICES:
        out.append(
            translate(
                "Question", "A question can have at most {max} choices (A-J); it has %n.", None, n
            ).format(max=MAX_CHOICES)
        )
    if any(not c.text.strip() for c in q.choices):
        out.append(translate("Question", "Every choice needs text."))
    if any(not _fraction_ok(c.fraction) for c in q.choices):
        out.append(translate("Question", "Choice credit must be between -100% and 100%."))
    full = sum(1 for c in q.choices if c.fraction >= 1.0 - 1e-9)
    if q.type is QuestionType.MULTIPLE_CHOICE:
        if n < 2 or full != 1:
            out.append(
                translate(
                    "Question", "Multiple choice needs at least two options and exactly one fully correct."
                )
            )
    else:
        positive = sum(c.fraction for c in q.choices if c.fraction > 0)
        if n < 2 or not any(c.fraction > 0 for c in q.choices):
            out.append(
                translate(
                    "Question", "Multiple response needs at least two options and one with positive credit."
                )
            )
        elif abs(positive - 1.0) > 0.0005:  # 3 x 33.33333% is fine, 3 x 33% is not
            out.append(
                translate(
                    "Question",
                    "Multiple response: the positive credits add up to {sum}%; they must add up to 100%.",
                ).format(sum=f"{positive * 100:.2f}")
            )
    return out


def _validate_text_answers(q: Question) -> list[str]:
    out: list[str] = []
    if not q.answers:
        out.append(translate("Question", "Short answer needs at least one accepted answer."))
    if any(not a.text.strip() for a in q.answers):
        out.append(translate("Question", "An accepted answer is empty."))
    if any(not _fraction_ok(a.fraction) or a.fraction < 0 for a in q.answers):
        out.append(translate("Question", "Answer credit must be between 0% and 100%."))
    if q.answers and max(a.fraction for a in q.answers) < 1.0 - 1e-9:
        out.append(translate("Question", "Short answer needs one accepted answer worth 100%."))
    return out


def _validate_numeric(q: Question) -> list[str]:
    out: list[str] = []
    if not q.numeric_answers:
        out.append(translate("Question", "Numerical needs at least one accepted value."))
    for a in q.numeric_answers:
        if not (math.isfinite(a.value) and math.isfinite(a.tolerance)):
            out.append(translate("Question", "A numerical value or tolerance is not a finite number."))
        elif a.tolerance < 0:
            out.append(translate("Question", "A numerical tolerance cannot be negative."))
        if not _fraction_ok(a.fraction) or a.fraction < 0:
            out.append(translate("Question", "Answer credit must be between 0% and 100%."))
    if q.numeric_answers and max(a.fraction for a in q.numeric_answers) < 1.0 - 1e-9:
        out.append(translate("Question", "Numerical needs one accepted value worth 100%."))
    return out


def _validate_matching(q: Question) -> list[str]:
    out: list[str] = []
    if len(q.pairs) < 2:
        out.append(translate("Question", "Matching needs at least two pairs."))
    if any(not p.prompt.strip() or not p.answer.strip() for p in q.pairs):
        out.append(translate("Question", "Every matching pair needs both a prompt and an answer."))
    prompts = [p.prompt.strip() for p in q.pairs]
    if len(set(prompts)) != len(prompts):
        out.append(translate("Question", "Matching prompts must be different from each other."))
    return out


# --------------------------------------------------------------------------- text

_TAG = re.compile(r"<[^>]*>")
_BREAK = re.compile(r"<\s*(br|/p|/div|/li|/h[1-6]|/tr)\b[^>]*>", re.IGNORECASE)


def html_to_plain(text: str) -> str:
    """Visible text of an HTML fragment: line breaks kept, tags dropped, entities decoded."""
    return html.unescape(_TAG.sub("", _BREAK.sub("\n", text)))


def plain_text(q: Question) -> str:
    """The question text as plain text, for search, previews and one-line formats."""
    if q.text_format in (TextFormat.HTML, TextFormat.MOODLE):
        return html_to_plain(q.text).strip()
    return q.text.strip()


# --------------------------------------------------------------------------- row conversion


def derive_correct_answer(q: Question) -> str:
    """The seed's `correct_answer`: "B" / "ACD" for choice types, "true"/"false", else ""."""
    if q.type is QuestionType.MULTIPLE_CHOICE:
        best = [i for i, c in enumerate(q.choices[:MAX_CHOICES]) if c.fraction >= 1.0 - 1e-9]
        return LETTERS[best[0]] if best else ""
    if q.type is QuestionType.MULTIPLE_RESPONSE:
        return "".join(LETTERS[i] for i, c in enumerate(q.choices[:MAX_CHOICES]) if c.fraction > 0)
    if q.type is QuestionType.TRUE_FALSE and q.correct is not None:
        return "true" if q.correct else "false"
    return ""


def to_options(q: Question) -> dict[str, Any]:
    """The `options` JSON object: the single source of truth for the answer spec."""
    o: dict[str, Any] = {"version": 1, "format": q.text_format.value}
    plain = plain_text(q)
    if plain != q.text:
        o["plain_text"] = plain  # derived: what full-text search indexes
    if q.title:
        o["title"] = q.title
    if q.tags:
        o["tags"] = list(q.tags)
    if q.legacy_id:
        o["legacy_id"] = q.legacy_id
    t = q.type
    if t in CHOICE_TYPES:
        o["choices"] = [{"text": c.text, "fraction": c.fraction, "feedback": c.feedback} for c in q.choices]
        o["shuffle"] = q.shuffle_choices
    elif t is QuestionType.TRUE_FALSE:
        o["correct"] = q.correct
        o["true_feedback"] = q.true_feedback
        o["false_feedback"] = q.false_feedback
    elif t is QuestionType.SHORT_ANSWER:
        o["answers"] = [{"text": a.text, "fraction": a.fraction, "feedback": a.feedback} for a in q.answers]
        o["case_sensitive"] = q.case_sensitive
    elif t is QuestionType.NUMERICAL:
        o["answers"] = [
            {"value": a.value, "tolerance": a.tolerance, "fraction": a.fraction, "feedback": a.feedback}
            for a in q.numeric_answers
        ]
    elif t is QuestionType.MATCHING:
        o["pairs"] = [{"prompt": p.prompt, "answer": p.answer} for p in q.pairs]
        o["distractors"] = list(q.distractors)
        o["shuffle"] = q.shuffle_choices
    elif t is QuestionType.ESSAY:
        o["grader_info"] = q.grader_info
    return o


def to_row(q: Question) -> dict[str, Any]:
    """Column values for the `questions` table (without ids, order and timestamps)."""
    return {
        "question_text": q.text,
        "question_type": q.type.value,
        "options": to_options(q),
        "correct_answer": derive_correct_answer(q),
        "explanation": q.explanation or None,
        "difficulty": q.difficulty.value,
        "points": q.points,
    }


def from_row(
    *,
    question_type: str | None,
    question_text: str,
    options: Any,
    correct_answer: str | None,
    explanation: str | None = None,
    difficulty: str | None = None,
    points: int | None = None,
    id: str | None = None,
) -> Question:
    """Read a stored question, including the legacy shapes of the seed's web version."""
    try:
        qtype = QuestionType(question_type or QuestionType.MULTIPLE_CHOICE)
    except ValueError:
        raise QuestionError(
            translate("Question", "Unknown question type {type}.").format(type=repr(question_type))
        ) from None
    try:
        diff = Difficulty((difficulty or "medium").lower())
    except ValueError:
        diff = Difficulty.MEDIUM
    common: dict[str, Any] = {
        "type": qtype,
        "text": question_text,
        "explanation": explanation or "",
        "difficulty": diff,
        "points": 1 if points is None else int(points),
        "id": id,
    }
    if isinstance(options, list) or (isinstance(options, Mapping) and _is_letter_map(options)):
        return Question(**common, **_legacy_choices(options, correct_answer or "", qtype))
    if not isinstance(options, Mapping):
        raise QuestionError(translate("Question", "The question's options are neither a list nor an object."))
    try:
        return Question(**common, **_options_fields(qtype, options))
    except (AttributeError, TypeError) as exc:
        raise QuestionError(
            translate("Question", "The question's options are malformed: {cause}").format(cause=exc)
        ) from None


def _is_letter_map(options: Mapping[str, Any]) -> bool:
    return bool(options) and all(isinstance(k, str) and k.upper() in LETTERS for k in options)


def _legacy_choices(options: Any, correct_answer: str, qtype: QuestionType) -> dict[str, Any]:
    """The web version's `["Paris", "Rome"]` or `{"A": "Paris", "B": "Rome"}` with "A"."""
    if isinstance(options, Mapping):
        items = sorted(((str(k).upper(), v) for k, v in options.items()), key=lambda kv: kv[0])
        texts = [str(v) for _, v in items]
        letters = [k for k, _ in items]
    else:
        texts = [str(v) for v in options]
        letters = list(LETTERS[: len(texts)])
    right = {ch for ch in correct_answer.upper() if ch in LETTERS}
    if qtype is QuestionType.TRUE_FALSE:
        return {"correct": correct_answer.strip().lower() in {"true", "t", "a"}}
    n_right = max(1, len(right))
    choices = tuple(
        Choice(text=t, fraction=(1.0 / n_right) if letter in right else 0.0)
        for t, letter in zip(texts, letters, strict=True)
    )
    return {"choices": choices}


def _f(v: Any, default: float = 0.0) -> float:
    try:
        return float(v)
    except (TypeError, ValueError):
        return default


def _options_fields(qtype: QuestionType, o: Mapping[str, Any]) -> dict[str, Any]:
    fmt_raw = str(o.get("format", "html"))
    fields: dict[str, Any] = {
        "text_format": TextFormat(fmt_raw) if fmt_raw in TextFormat._value2member_map_ else TextFormat.HTML,
        "title": str(o.get("title", "")),
        "tags": tuple(str(t) for t in o.get("tags", ())),
        "legacy_id": str(o.get("legacy_id", "")),
    }
    if qtype in CHOICE_TYPES:
        fields["choices"] = tuple(
            Choice(str(c.get("text", "")), _f(c.get("fraction")), str(c.get("feedback", "")))
            for c in o.get("choices", ())
        )
        fields["shuffle_choices"] = bool(o.get("shuffle", True))
    elif qtype is QuestionType.TRUE_FALSE:
        c = o.get("correct")
        fields["correct"] = None if c is None else bool(c)
        fields["true_feedback"] = str(o.get("true_feedback", ""))
        fields["false_feedback"] = str(o.get("false_feedback", ""))
    elif qtype is QuestionType.SHORT_ANSWER:
        fields["answers"] = tuple(
            TextAnswer(str(a.get("text", "")), _f(a.get("fraction"), 1.0), str(a.get("feedback", "")))
            for a in o.get("answers", ())
        )
        fields["case_sensitive"] = bool(o.get("case_sensitive", False))
    elif qtype is QuestionType.NUMERICAL:
        fields["numeric_answers"] = tuple(
            NumericAnswer(
                _f(a.get("value"), math.nan),
                _f(a.get("tolerance")),
                _f(a.get("fraction"), 1.0),
                str(a.get("feedback", "")),
            )
            for a in o.get("answers", ())
        )
    elif qtype is QuestionType.MATCHING:
        fields["pairs"] = tuple(
            MatchPair(str(p.get("prompt", "")), str(p.get("answer", ""))) for p in o.get("pairs", ())
        )
        fields["distractors"] = tuple(str(d) for d in o.get("distractors", ()))
        fields["shuffle_choices"] = bool(o.get("shuffle", True))
    elif qtype is QuestionType.ESSAY:
        fields["grader_info"] = str(o.get("grader_info", ""))
    return fields


__all__ = [
    "ANSWERABLE_TYPES",
    "AUTO_GRADED_TYPES",
    "CHOICE_TYPES",
    "LETTERS",
    "MAX_CHOICES",
    "Choice",
    "Difficulty",
    "MatchPair",
    "NumericAnswer",
    "Question",
    "QuestionError",
    "QuestionType",
    "TextAnswer",
    "TextFormat",
    "derive_correct_answer",
    "from_row",
    "html_to_plain",
    "plain_text",
    "to_options",
    "to_row",
    "validate",
]
