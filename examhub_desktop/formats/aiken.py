"""Aiken import and export with Moodle's rules (question/format/aiken/format.php).

A question is one line of text, then choices `A) text` or `A. text` (the space after the
label is optional), then `ANSWER: B`. Lines shorter than two bytes are skipped. Texts
are HTML-escaped into HTML format, as Moodle stores them. The errors are Moodle's: a
choice or ANSWER line outside a question, fewer than two choices, and a question left
open when the next one starts, each with its line number. Two are Exam Hub's own: an
ANSWER letter that names no choice (Moodle would save a question with no right answer)
and a question still open at the end of the file (Moodle drops it without a word).

Aiken can only hold single-answer multiple choice; the writer refuses anything else,
naming the questions, rather than dropping them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from examhub_desktop.core.question import Choice, Question, QuestionType, TextFormat
from examhub_desktop.formats.diagnostics import Collector, ExamData, ExportError, ParseResult
from examhub_desktop.formats.textutil import fold_spaces, plain_text, question_label

_CHOICE = re.compile(r"[A-Z][).][ \t]?")
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass
class _Open:
    text: str
    line: int
    choices: list[str] = field(default_factory=list)


def _name(q: _Open) -> str:
    return html.unescape(q.text)


def parse_aiken(text: str) -> ParseResult:
    """Questions of an Aiken file (already decoded, LF line endings)."""
    out = Collector("aiken")
    current: _Open | None = None
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if len(line.encode("utf-8", "surrogatepass")) < 2:
            continue
        if _CHOICE.match(line):
            if current is None:
                out.error(
                    translate(
                        "Aiken",
                        "Question not started on line {line}: a choice needs a question line above it.",
                    ).format(line=number),
                    line=number,
                )
            else:
                current.choices.append(html.escape(line[2:].strip(), quote=False))
        elif line.startswith("ANSWER:"):
            if current is None:
                out.error(
                    translate(
                        "Aiken", "Question not started on line {line}: ANSWER without a question."
                    ).format(line=number),
                    line=number,
                )
            else:
                _finish(current, line, number, out)
                current = None
        else:
            if current is not None:
                if line.upper().startswith("ANSWER:"):
                    message = translate(
                        "Aiken",
                        "Error importing question {name}: Question not completed before next question start "
                        "on line {line} (write ANSWER: in capitals).",
                    )
                else:
                    message = translate(
                        "Aiken",
                        "Error importing question {name}: Question not completed before next question start "
                        "on line {line}.",
                    )
                out.error(message.format(name=repr(_name(current)), line=number), line=current.line)
            current = _Open(html.escape(line, quote=False), number)
    if current is not None:
        out.error(
            translate(
                "Aiken", "Error importing question {name}: the file ends before its ANSWER line."
            ).format(name=repr(_name(current))),
            line=current.line,
        )
    return out.result()


def _finish(current: _Open, line: str, number: int, out: Collector) -> None:
    if len(current.choices) < 2:
        out.error(
            translate(
                "Aiken",
                "Error importing question {name}: Question must have at least 2 answers on line {line}.",
            ).format(name=repr(_name(current)), line=number),
            line=number,
        )
        return
    letter = line[line.find(":") + 1 :].strip()[:1]
    index = LETTERS.find(letter) if letter else -1
    if not 0 <= index < len(current.choices):
        last = LETTERS[len(current.choices) - 1]
        out.error(
            translate(
                "Aiken",
                "Error importing question {name}: the ANSWER on line {line} must be one of "
                "the capital letters A-{last}, not {letter}.",
            ).format(name=repr(_name(current)), line=number, last=last, letter=repr(letter)),
            line=number,
        )
        return
    choices = tuple(Choice(text, 1.0 if i == index else 0.0) for i, text in enumerate(current.choices))
    out.add(
        Question(QuestionType.MULTIPLE_CHOICE, current.text, TextFormat.HTML, choices=choices),
        line=current.line,
    )


# ---------------------------------------------------------------------------------- export


def _one_line(text: str, fmt: TextFormat) -> str:
    return fold_spaces(plain_text(text, fmt))


def _problem(q: Question) -> str | None:
    if q.type is not QuestionType.MULTIPLE_CHOICE:
        return translate("Aiken", _OTHER_TYPES[q.type])
    text = _one_line(q.text, q.text_format)
    if len(text.encode("utf-8", "surrogatepass")) < 2:
        return translate("Aiken", "its text is shorter than two characters")
    if _CHOICE.match(text) or text.startswith("ANSWER:"):
        return translate("Aiken", "its text starts like a choice label or an ANSWER line")
    if len(q.choices) > len(LETTERS):
        return translate("Aiken", "it has more choices than letters")
    if any(not _one_line(c.text, q.text_format) for c in q.choices):
        return translate("Aiken", "a choice has no text once formatting is removed")
    if sum(1 for c in q.choices if c.fraction >= 1.0 - 1e-9) != 1:
        return translate("Aiken", "it does not have exactly one fully right choice")
    return None


_OTHER_TYPES = {
    QuestionType.MULTIPLE_RESPONSE: QT_TRANSLATE_NOOP("Aiken", "it is multiple response"),
    QuestionType.TRUE_FALSE: QT_TRANSLATE_NOOP("Aiken", "it is true false"),
    QuestionType.SHORT_ANSWER: QT_TRANSLATE_NOOP("Aiken", "it is short answer"),
    QuestionType.NUMERICAL: QT_TRANSLATE_NOOP("Aiken", "it is numerical"),
    QuestionType.MATCHING: QT_TRANSLATE_NOOP("Aiken", "it is matching"),
    QuestionType.ESSAY: QT_TRANSLATE_NOOP("Aiken", "it is essay"),
    QuestionType.DESCRIPTION: QT_TRANSLATE_NOOP("Aiken", "it is description"),
}


def write_aiken(exams: Sequence[ExamData]) -> str:
    """Aiken text; ExportError naming every question Aiken cannot hold, writing nothing."""
    questions = [q for exam in exams for q in exam.questions]
    refused = []
    for number, q in enumerate(questions, start=1):
        why = _problem(q)
        if why:
            refused.append(f"{question_label(q, number)}: {why}")
    if refused:
        raise ExportError(
            translate(
                "Aiken",
                "Aiken can only hold multiple choice questions with one right answer. "
                "Remove these questions or choose another format: {questions}.",
            ).format(questions="; ".join(refused))
        )
    blocks = []
    for q in questions:
        lines = [_one_line(q.text, q.text_format)]
        right = ""
        for letter, c in zip(LETTERS, q.choices, strict=False):
            lines.append(f"{letter}) {_one_line(c.text, q.text_format)}")
            if c.fraction >= 1.0 - 1e-9:
                right = letter
        lines.append(f"ANSWER: {right}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


__all__ = ["parse_aiken", "write_aiken"]
