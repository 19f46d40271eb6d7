"""GIFT export in the shape Moodle's own exporter writes (qformat_gift::writequestion).

Each exam becomes a `$CATEGORY:` named after it, so Moodle files the questions in a
category of that name and Exam Hub suggests it back as the title. Texts are escaped and
written on one line (`\\n` for line breaks), so a question is always one block.

GIFT has no place for points, difficulty, shuffling, case sensitivity, essay grader notes
or a description's explanation; those are lost (docs/formats.md lists them). Two things
GIFT cannot write at all are refused with ExportError naming the questions: a matching
prompt or short answer containing "->" (GIFT reads it as a matching arrow).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from examhub_desktop.core.i18n import translate
from examhub_desktop.core.question import Question, QuestionType, TextFormat
from examhub_desktop.formats.diagnostics import ExamData, ExportError
from examhub_desktop.formats.textutil import (
    category_path,
    fold_spaces,
    format_number,
    format_percent,
    question_label,
)

_ESCAPES = str.maketrans(
    {
        "\\": "\\\\",
        "#": "\\#",
        "=": "\\=",
        "~": "\\~",
        "{": "\\{",
        "}": "\\}",
        ":": "\\:",
        "\n": "\\n",
        "\r": "",
    }
)
_MARKER = re.compile(r"\[(moodle|html|plain|markdown)\]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TAG_ILLEGAL = re.compile(r"[\x00-\x1f\x7f<>`]")


def _esc(text: str) -> str:
    return text.translate(_ESCAPES)


def _part(text: str, fmt: TextFormat, default: TextFormat, *, force_marker: bool = False) -> str:
    """A piece of text, with a [format] marker when it differs from the default.

    A marker is also written when the text itself starts with something that reads as a
    marker, so "[plain] is a GIFT keyword" survives.
    """
    marker = fmt is not default or force_marker or bool(_MARKER.match(text))
    return (f"[{fmt.value}]" if marker else "") + _esc(text)


def _meta_comment(q: Question) -> str:
    items = []
    if q.legacy_id.strip():
        legacy_id = _CONTROL.sub("", q.legacy_id).replace("]", "\\]")
        items.append(f"[id:{legacy_id}]")
    for tag in q.tags:
        clean = _TAG_ILLEGAL.sub("", tag).replace("]", "\\]").strip()
        if clean:
            items.append(f"[tag:{clean}]")
    return "// " + " ".join(items) if items else ""


def _weight_mark(q: Question, fraction: float, text: str) -> str:
    if q.type is QuestionType.MULTIPLE_CHOICE and fraction == 1.0:
        return "="
    if fraction == 0.0 and not text.startswith("%"):
        return "~"
    return f"~%{format_percent(fraction)}%"


def _answers(q: Question) -> list[str]:
    fmt = q.text_format
    lines: list[str] = []
    if q.type in (QuestionType.MULTIPLE_CHOICE, QuestionType.MULTIPLE_RESPONSE):
        for c in q.choices:
            feedback = "#" + _part(c.feedback, fmt, fmt) if c.feedback else ""
            lines.append("\t" + _weight_mark(q, c.fraction, c.text) + _part(c.text, fmt, fmt) + feedback)
    elif q.type is QuestionType.SHORT_ANSWER:
        for a in q.answers:
            feedback = "#" + _part(a.feedback, fmt, fmt) if a.feedback else ""
            lines.append(f"\t=%{format_percent(a.fraction)}%" + _part(a.text, fmt, fmt) + feedback)
    elif q.type is QuestionType.NUMERICAL:
        for n in q.numeric_answers:
            feedback = "#" + _part(n.feedback, fmt, fmt) if n.feedback else ""
            value = f"{format_number(n.value)}:{format_number(n.tolerance)}"
            lines.append(f"\t=%{format_percent(n.fraction)}%{value}{feedback}")
    elif q.type is QuestionType.MATCHING:
        lines += [f"\t={_part(p.prompt, fmt, fmt)} -> {_esc(p.answer)}" for p in q.pairs]
        lines += [f"\t= -> {_esc(d)}" for d in q.distractors]
    if q.explanation:
        lines.append("\t####" + _part(q.explanation, fmt, fmt))
    return lines


def _true_false(q: Question) -> str:
    right, wrong = (q.true_feedback, q.false_feedback) if q.correct else (q.false_feedback, q.true_feedback)
    fmt = q.text_format
    out = "TRUE" if q.correct else "FALSE"
    if wrong:
        out += "#" + _part(wrong, fmt, fmt)
    elif right:
        out += "#"
    if right:
        out += "#" + _part(right, fmt, fmt)
    if q.explanation:
        out += "####" + _part(q.explanation, fmt, fmt)
    return "{" + out + "}"


def question_to_gift(q: Question) -> str:
    """One question as a GIFT block (no blank lines inside)."""
    title = q.title.strip()
    head = f"::{_esc(title)}::" if title else ""
    # Without a title the first line must not start like a comment or a category.
    force = not title and q.text.lstrip().startswith(("//", "::", "$"))
    text = _part(q.text, q.text_format, TextFormat.MOODLE, force_marker=force)
    lines = [line for line in (_meta_comment(q),) if line]
    if q.type is QuestionType.DESCRIPTION:
        lines.append(head + text)
    elif q.type is QuestionType.ESSAY:
        explanation = "####" + _part(q.explanation, q.text_format, q.text_format) if q.explanation else ""
        lines.append(head + text + "{" + explanation + "}")
    elif q.type is QuestionType.TRUE_FALSE:
        lines.append(head + text + _true_false(q))
    else:
        opening = "{#" if q.type is QuestionType.NUMERICAL else "{"
        lines += [head + text + opening, *_answers(q), "}"]
    return "\n".join(lines)


def _refusals(exams: Sequence[ExamData]) -> list[str]:
    refused = []
    number = 0
    for exam in exams:
        for q in exam.questions:
            number += 1
            arrows = (q.type is QuestionType.MATCHING and any("->" in p.prompt for p in q.pairs)) or (
                q.type is QuestionType.SHORT_ANSWER and any("->" in a.text + a.feedback for a in q.answers)
            )
            if arrows:
                refused.append(question_label(q, number))
    return refused


def write_gift(exams: Sequence[ExamData]) -> str:
    refused = _refusals(exams)
    if refused:
        raise ExportError(
            translate(
                "Gift",
                "GIFT cannot write '->' inside a matching prompt or a short answer or its feedback "
                "(it reads as a matching arrow). Change or remove: {questions}.",
            ).format(questions="; ".join(refused))
        )
    blocks = []
    for exam in exams:
        if exam.title.strip():
            blocks.append(
                f"// Exam Hub export: {fold_spaces(exam.title)}\n$CATEGORY: {category_path(exam.title)}"
            )
        blocks += [question_to_gift(q) for q in exam.questions]
    return "\n\n".join(blocks) + "\n"


__all__ = ["question_to_gift", "write_gift"]
