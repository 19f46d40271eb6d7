"""The question-bank template shared by CSV and XLSX: one question per row (docs/formats.md).

Columns, found by their header (case, spaces and underscores do not matter):
type, question, A-J (options), correct, points, difficulty, explanation, and the optional
title, tags, format and legacy_id. What the options and `correct` mean depends on the type:
choices and letters ("B", "ACD", or weights "A:50 C:50 D:-100") for multiple choice and
response; accepted answers for short answer; "value", "value:tolerance" or "min..max" for
numerical; "prompt -> answer" (or "-> distractor") for matching; true/false for true/false;
the grader's notes for an essay. Per-answer feedback, shuffling and case sensitivity have
no column: they are the template's documented losses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from examhub_desktop.core.question import (
    LETTERS,
    Choice,
    Difficulty,
    MatchPair,
    NumericAnswer,
    Question,
    QuestionType,
    TextAnswer,
    TextFormat,
)
from examhub_desktop.formats.diagnostics import ERROR, WARNING, Note
from examhub_desktop.formats.textutil import (
    format_number,
    format_percent,
    fraction_from_percent,
    parse_number,
)

COLUMNS = ("type", "question", *LETTERS, "correct", "points", "difficulty", "explanation")
OPTIONAL_COLUMNS = ("title", "tags", "format", "legacy_id")
HEADER = (*COLUMNS, *OPTIONAL_COLUMNS)

_ALIASES: dict[str, str] = {
    "questiontype": "type",
    "kind": "type",
    "questiontext": "question",
    "text": "question",
    "stem": "question",
    "correctanswer": "correct",
    "correctanswers": "correct",
    "answer": "correct",
    "answerkey": "correct",
    "key": "correct",
    "point": "points",
    "score": "points",
    "marks": "points",
    "mark": "points",
    "level": "difficulty",
    "feedback": "explanation",
    "generalfeedback": "explanation",
    "name": "title",
    "tag": "tags",
    "textformat": "format",
    "legacyid": "legacy_id",
    "idnumber": "legacy_id",
    "id": "legacy_id",
}
for _letter in LETTERS:
    for _prefix in ("option", "choice", "answer"):
        _ALIASES[_prefix + _letter.lower()] = _letter

TYPE_ALIASES: dict[str, QuestionType] = {t.value.replace("_", ""): t for t in QuestionType}
TYPE_ALIASES.update(
    {
        "mc": QuestionType.MULTIPLE_CHOICE,
        "multichoice": QuestionType.MULTIPLE_CHOICE,
        "singlechoice": QuestionType.MULTIPLE_CHOICE,
        "mr": QuestionType.MULTIPLE_RESPONSE,
        "ma": QuestionType.MULTIPLE_RESPONSE,
        "multipleanswer": QuestionType.MULTIPLE_RESPONSE,
        "multipleanswers": QuestionType.MULTIPLE_RESPONSE,
        "checkbox": QuestionType.MULTIPLE_RESPONSE,
        "tf": QuestionType.TRUE_FALSE,
        "truefalse": QuestionType.TRUE_FALSE,
        "short": QuestionType.SHORT_ANSWER,
        "shortanswer": QuestionType.SHORT_ANSWER,
        "numeric": QuestionType.NUMERICAL,
        "match": QuestionType.MATCHING,
        "info": QuestionType.DESCRIPTION,
    }
)
_TRUE = {"true", "t", "yes", "y", "1", "vrai", "wahr"}
_FALSE = {"false", "f", "no", "n", "0", "faux", "falsch"}
_WEIGHTED = re.compile(r"([A-Ja-j])\s*[:=]\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%?")
_SEPARATORS = re.compile(r"[\s,;]+")


class RowError(Exception):
    """A row that cannot become a question; the message says why."""


def header_key(cell: str) -> str:
    key = re.sub(r"[^a-z0-9]", "", cell.strip().lower())
    if len(key) == 1 and key.upper() in LETTERS:
        return key.upper()
    return key if key in HEADER else _ALIASES.get(key, "")


def _weights(spec: str, letters: Sequence[str]) -> dict[str, float]:
    """`correct` as credit per letter; letters alone share full credit equally."""
    if ":" in spec or "=" in spec:
        found = {
            m.group(1).upper(): fraction_from_percent(float(m.group(2))) for m in _WEIGHTED.finditer(spec)
        }
        if not found or _SEPARATORS.sub("", _WEIGHTED.sub("", spec)):
            raise RowError(
                translate("Spreadsheet", "'correct' should look like 'A:50 B:50 C:-100', not {spec}.").format(
                    spec=repr(spec)
                )
            )
    else:
        chosen = _SEPARATORS.sub("", spec).upper()
        if not chosen.isalpha() or not set(chosen) <= set(LETTERS):
            raise RowError(
                translate("Spreadsheet", "'correct' should name option letters A-J, not {spec}.").format(
                    spec=repr(spec)
                )
            )
        found = {letter: 1.0 / len(set(chosen)) for letter in chosen}
    missing = sorted(set(found) - set(letters))
    if missing:
        raise RowError(
            translate("Spreadsheet", "'correct' names option {letters}, which is empty.").format(
                letters=", ".join(missing)
            )
        )
    return found


def _choice_weights(spec: str, options: Sequence[tuple[str, str]], single: bool) -> dict[str, float]:
    letters = [letter for letter, _ in options]
    try:
        weights = _weights(spec, letters)
    except RowError:
        by_text = [letter for letter, text in options if text.strip().casefold() == spec.strip().casefold()]
        if len(by_text) != 1:
            raise
        return {by_text[0]: 1.0}
    if single and ":" not in spec and "=" not in spec:
        return dict.fromkeys(weights, 1.0)
    return weights


def _numeric(text: str, fraction: float) -> NumericAnswer:
    if text.find("..") > 0:
        low, high = parse_number(text[: text.find("..")]), parse_number(text[text.find("..") + 2 :])
        if low is not None and high is not None:
            middle = (low + high) / 2
            return NumericAnswer(middle, high - middle, fraction)
    else:
        value_text, _, tolerance_text = text.partition(":")
        value, tolerance = parse_number(value_text), parse_number(tolerance_text or "0")
        if value is not None and tolerance is not None:
            return NumericAnswer(value, tolerance, fraction)
    raise RowError(
        translate(
            "Spreadsheet", "the numerical answer {answer} is not 'value', 'value:tolerance' or 'min..max'."
        ).format(answer=repr(text))
    )


def _answers_and_weights(
    spec: str, options: list[tuple[str, str]], what: str
) -> tuple[list[tuple[str, str]], dict[str, float]]:
    """Accepted answers with their credit: all full credit, or only what `correct` names."""
    if not options:
        if not spec:
            raise RowError(translate("Spreadsheet", what))
        answers = [(LETTERS[i], part.strip()) for i, part in enumerate(spec.split("|")[:10])]
        return answers, dict.fromkeys((letter for letter, _ in answers), 1.0)
    if not spec:
        return options, dict.fromkeys((letter for letter, _ in options), 1.0)
    return options, _choice_weights(spec, options, single=True)


def row_to_question(cells: dict[str, str], notes: list[Note]) -> Question:
    """One template row (header key -> cell text) as a question; RowError if impossible."""
    options = [(letter, cells.get(letter, "").strip()) for letter in LETTERS if cells.get(letter, "").strip()]
    spec = cells.get("correct", "").strip()
    raw_type = re.sub(r"[^a-z]", "", cells.get("type", "").lower())
    qtype = TYPE_ALIASES.get(raw_type)
    if qtype is None:
        if raw_type:
            raise RowError(
                translate("Spreadsheet", "unknown question type {type}.").format(
                    type=repr(cells.get("type", ""))
                )
            )
        qtype = _infer_type(options, spec)
    fmt_raw = cells.get("format", "").strip().lower() or "plain"
    fmt = TextFormat(fmt_raw) if fmt_raw in TextFormat._value2member_map_ else TextFormat.PLAIN
    if fmt_raw not in TextFormat._value2member_map_:
        notes.append(
            (
                WARNING,
                translate("Spreadsheet", "Unknown text format {format}; plain text is used.").format(
                    format=repr(fmt_raw)
                ),
            )
        )
    question = Question(
        qtype,
        cells.get("question", "").strip(),
        fmt,
        title=cells.get("title", "").strip(),
        explanation=cells.get("explanation", "").strip(),
        difficulty=_difficulty(cells.get("difficulty", ""), notes),
        points=_points(cells.get("points", ""), qtype, notes),
        tags=tuple(t.strip() for t in re.split(r"[;,]", cells.get("tags", "")) if t.strip()),
        legacy_id=cells.get("legacy_id", "").strip(),
    )
    return _with_answers(question, options, spec, notes)


def _infer_type(options: list[tuple[str, str]], spec: str) -> QuestionType:
    if not options:
        if spec.lower() in _TRUE | _FALSE:
            return QuestionType.TRUE_FALSE
        return QuestionType.ESSAY
    letters = _SEPARATORS.sub("", spec)
    if ":" not in spec and letters.isalpha() and len(set(letters.upper())) > 1:
        return QuestionType.MULTIPLE_RESPONSE
    return QuestionType.MULTIPLE_CHOICE


def _with_answers(q: Question, options: list[tuple[str, str]], spec: str, notes: list[Note]) -> Question:
    t = q.type
    if t in (QuestionType.MULTIPLE_CHOICE, QuestionType.MULTIPLE_RESPONSE):
        weights = _choice_weights(spec, options, t is QuestionType.MULTIPLE_CHOICE) if spec else {}
        if not spec:
            notes.append(
                (
                    ERROR,
                    translate(
                        "Spreadsheet", "The 'correct' column is empty: name the right option's letter."
                    ),
                )
            )
        return replace(q, choices=tuple(Choice(text, weights.get(letter, 0.0)) for letter, text in options))
    if t is QuestionType.TRUE_FALSE:
        word = spec.lower()
        correct = True if word in _TRUE else False if word in _FALSE else None
        if correct is None:
            notes.append(
                (
                    ERROR,
                    translate(
                        "Spreadsheet",
                        "'correct' must be true or false for a true/false question, not {spec}.",
                    ).format(spec=repr(spec)),
                )
            )
        return replace(q, correct=correct)
    if t is QuestionType.SHORT_ANSWER:
        answers, weights = _answers_and_weights(
            spec,
            options,
            QT_TRANSLATE_NOOP("Spreadsheet", "no accepted answers in the options A-J or in 'correct'."),
        )
        return replace(
            q, answers=tuple(TextAnswer(text, weights.get(letter, 0.0)) for letter, text in answers)
        )
    if t is QuestionType.NUMERICAL:
        answers, weights = _answers_and_weights(
            spec, options, QT_TRANSLATE_NOOP("Spreadsheet", "no numbers in the options A-J or in 'correct'.")
        )
        return replace(
            q, numeric_answers=tuple(_numeric(text, weights.get(letter, 0.0)) for letter, text in answers)
        )
    if t is QuestionType.MATCHING:
        pairs, distractors = [], []
        for letter, text in options:
            prompt, arrow, answer = text.partition("->")
            if not arrow:
                raise RowError(
                    translate(
                        "Spreadsheet", "option {letter} should be 'prompt -> answer', not {text}."
                    ).format(letter=letter, text=repr(text))
                )
            if prompt.strip():
                pairs.append(MatchPair(prompt.strip(), answer.strip()))
            else:
                distractors.append(answer.strip())
        return replace(q, pairs=tuple(pairs), distractors=tuple(distractors))
    if options:
        notes.append((WARNING, translate("Spreadsheet", "Options are ignored for this question type.")))
    if t is QuestionType.ESSAY:
        return replace(q, grader_info=spec)
    return q


def _difficulty(raw: str, notes: list[Note]) -> Difficulty:
    word = raw.strip().lower()
    if not word:
        return Difficulty.MEDIUM
    if word in Difficulty._value2member_map_:
        return Difficulty(word)
    notes.append(
        (
            WARNING,
            translate("Spreadsheet", "Unknown difficulty {value}; medium is used.").format(
                value=repr(raw.strip())
            ),
        )
    )
    return Difficulty.MEDIUM


def _points(raw: str, qtype: QuestionType, notes: list[Note]) -> int:
    if not raw.strip():
        return 0 if qtype is QuestionType.DESCRIPTION else 1
    value = parse_number(raw)
    if value is None or not value.is_integer():
        notes.append(
            (
                WARNING,
                translate("Spreadsheet", "Points {value} is not a whole number; 1 is used.").format(
                    value=repr(raw.strip())
                ),
            )
        )
        return 1
    return int(value)


# ---------------------------------------------------------------------------------- export


def _weight_spec(weights: Sequence[float], single: bool) -> str:
    """`correct` for credits per choice, in the shortest form that reads back the same.

    Multiple choice: the letters of the fully right choices ("B"). Multiple response: the
    letters when they share the credit equally ("ACD"). Otherwise every non-zero weight.
    """
    positive = [w for w in weights if w > 0]
    share = 1.0 if single else 1.0 / max(1, len(positive))
    if positive and all(w in (0.0, share) for w in weights):
        return "".join(LETTERS[i] for i, w in enumerate(weights) if w > 0)
    return " ".join(f"{LETTERS[i]}:{format_percent(w)}" for i, w in enumerate(weights) if w != 0)


def question_options(q: Question) -> tuple[list[str], str]:
    """The option cells (A-J) and the `correct` cell for a question."""
    t = q.type
    if t in (QuestionType.MULTIPLE_CHOICE, QuestionType.MULTIPLE_RESPONSE):
        weights = [c.fraction for c in q.choices]
        return [c.text for c in q.choices], _weight_spec(weights, t is QuestionType.MULTIPLE_CHOICE)
    if t is QuestionType.TRUE_FALSE:
        return [], "" if q.correct is None else str(q.correct).lower()
    if t is QuestionType.SHORT_ANSWER:
        weights = [a.fraction for a in q.answers]
        return [a.text for a in q.answers], "" if all(w == 1.0 for w in weights) else _forced(weights)
    if t is QuestionType.NUMERICAL:
        weights = [n.fraction for n in q.numeric_answers]
        cells = [f"{format_number(n.value)}:{format_number(n.tolerance)}" for n in q.numeric_answers]
        return cells, "" if all(w == 1.0 for w in weights) else _forced(weights)
    if t is QuestionType.MATCHING:
        return [f"{p.prompt} -> {p.answer}" for p in q.pairs] + [f"-> {d}" for d in q.distractors], ""
    if t is QuestionType.ESSAY:
        return [], q.grader_info
    return [], ""


def _forced(weights: Sequence[float]) -> str:
    """Weights written out for every option (accepted answers default to full credit)."""
    return " ".join(f"{LETTERS[i]}:{format_percent(w)}" for i, w in enumerate(weights))


def question_row(q: Question) -> list[str | int]:
    options, correct = question_options(q)
    return [
        q.type.value,
        q.text,
        *(options + [""] * (len(LETTERS) - len(options))),
        correct,
        q.points,
        q.difficulty.value,
        q.explanation,
        q.title,
        "; ".join(q.tags),
        q.text_format.value,
        q.legacy_id,
    ]


__all__ = [
    "COLUMNS",
    "HEADER",
    "OPTIONAL_COLUMNS",
    "RowError",
    "header_key",
    "question_row",
    "row_to_question",
]
