"""GIFT import with Moodle's semantics (question/format/gift/format.php, readquestion).

Questions are separated by blank lines; lines whose first non-blank characters are `//`
are comments, and `[id:...]` / `[tag:...]` inside them give the question's legacy id and
tags. Escapes (`\\~ \\= \\# \\{ \\} \\: \\\\ \\n`) are resolved first, so an escaped
character never acts as syntax. The type follows Moodle's order of tests on the first
`{...}` block: none -> description, empty -> essay, `#...` -> numerical, any `~` ->
multiple choice (no `=` -> multiple response), `=` with `->` -> matching, T/TRUE/F/FALSE
-> true/false, else short answer. An answer block inside the text leaves a `_____` blank
there (missing word). `####` starts the general feedback, stored as the explanation.

Where Exam Hub differs from Moodle, on purpose:
- lines up to the one with the opening `{` keep their indentation (Moodle's file reader
  trims every line; its own readquestion tests and the reference parser keep it, and
  `<pre>` blocks and Markdown lists need it); inside the answers indentation is layout
  and is removed, as Moodle does;
- a `$CATEGORY:` line followed by a question without a blank line is split (Moodle would
  swallow the question into the category name), with a warning;
- things our model cannot hold are reported, not dropped silently: the numerical
  catch-all `~#feedback` and non-number answers.
Per-part formats (`=[plain]blue`) are read and removed; a question has one text format.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import NamedTuple

from examhub_desktop.core.i18n import translate
from examhub_desktop.core.question import (
    Choice,
    MatchPair,
    NumericAnswer,
    Question,
    QuestionType,
    TextAnswer,
    TextFormat,
)
from examhub_desktop.formats.diagnostics import WARNING, Collector, Note, ParseResult
from examhub_desktop.formats.textutil import (
    category_title,
    clean_name,
    fraction_from_percent,
    parse_number,
    snippet,
)

# Escaped characters become private-use placeholders until a piece of text is final.
_PLACEHOLDERS = {c: chr(0xF0000 + i) for i, c in enumerate(":#={}~n")}
_UNESCAPE = str.maketrans({ph: ("\n" if c == "n" else c) for c, ph in _PLACEHOLDERS.items()})
_ESCAPE_RE = re.compile(r"\\([\\:#={}~n])")
_WEIGHT = re.compile(r"%-*([0-9]{1,2})\.?([0-9]*)%")
_ID = re.compile(r"\[id:((?:\\\]|[^\]\x00-\x1f\x7f])+)\]")
_TAG = re.compile(r"\[tag:((?:\\\]|[^\]<>`\x00-\x1f\x7f])+)\]")
_FORMATS = {
    "moodle": TextFormat.MOODLE,
    "html": TextFormat.HTML,
    "plain": TextFormat.PLAIN,
    "markdown": TextFormat.MARKDOWN,
}
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
BLANK = "_____"


class _Skip(Exception):
    """A question Moodle would not import; the message says why."""


class _Head(NamedTuple):
    """What every type shares: the text without the answers, its format, title, feedback."""

    text: str
    fmt: TextFormat
    title: str
    explanation: str

    def make(self, qtype: QuestionType, **fields: object) -> Question:
        q = Question(qtype, self.text, self.fmt, title=self.title, explanation=self.explanation)
        return replace(q, **fields) if fields else q  # type: ignore[arg-type]


def _escape(line: str) -> str:
    return _ESCAPE_RE.sub(lambda m: "\\" if m.group(1) == "\\" else _PLACEHOLDERS[m.group(1)], line)


def _final(text: str) -> str:
    return text.translate(_UNESCAPE)


def _with_format(raw: str, default: TextFormat) -> tuple[str, TextFormat]:
    """Moodle's parse_text_with_format: an optional leading [format], escapes resolved, trimmed."""
    fmt = default
    if raw.startswith("["):
        end = raw.find("]")
        known = _FORMATS.get(raw[1:end]) if end > 0 else None
        if known is not None:
            fmt = known
            raw = raw[end + 1 :]
    return _final(raw).strip(), fmt


def _split_comment(answer: str, fmt: TextFormat) -> tuple[str, str]:
    """An answer and its feedback, separated by the first `#`."""
    text, _, feedback = answer.partition("#")
    return _with_format(text.strip(), fmt)[0], _with_format(feedback.strip(), fmt)[0]


def _weight(answer: str) -> tuple[float | None, str]:
    """A leading %NN% weight as a fraction, and the rest; (None, rest) if it is no number."""
    body = answer[1:]
    end = body.find("%")
    value = parse_number(body[:end])
    return (None if value is None else fraction_from_percent(value)), body[end + 1 :]


def _answers(text: str, sep: str) -> list[str]:
    parts = text.split(sep)
    parts[0] = parts[0].strip()
    return [p.strip() for p in (parts if parts[0] else parts[1:])]


def _blocks(text: str) -> Iterator[list[tuple[int, str]]]:
    block: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            block.append((number, line))
        elif block:
            yield block
            block = []
    if block:
        yield block


def parse_gift(text: str) -> ParseResult:
    """Questions of a GIFT file (already decoded, LF line endings)."""
    out = Collector("gift")
    for block in _blocks(text):
        _read_block(block, out)
    title = next((category_title(c) for c in out.categories if category_title(c)), "")
    return out.result(title=title)


def _read_block(block: list[tuple[int, str]], out: Collector) -> None:
    comments = [line.strip() for _, line in block if line.strip().startswith("//")]
    rows = [(n, _escape(line)) for n, line in block if not line.strip().startswith("//")]
    if not rows:
        return
    first_line = rows[0][0]
    if rows[0][1].strip().startswith("$CATEGORY:"):
        out.set_category(_final(rows[0][1].strip()[10:]).strip())
        rows = rows[1:]
        if not rows:
            return
        first_line = rows[0][0]
        out.warning(
            translate(
                "Gift",
                "A question follows $CATEGORY without a blank line; it was read as a question "
                "(Moodle would make it part of the category name). Add a blank line after $CATEGORY.",
            ),
            line=first_line,
        )
    opening = next((i for i, (_, line) in enumerate(rows) if "{" in line), len(rows))
    rows = rows[: opening + 1] + [(n, line.lstrip()) for n, line in rows[opening + 1 :]]
    notes: list[Note] = []
    try:
        question = _read_question("\n".join(line for _, line in rows).strip(), notes)
    except _Skip as skip:
        out.error(
            translate("Gift", "Question {name} not imported: {cause}").format(
                name=repr(snippet(_final(rows[0][1]))), cause=skip
            ),
            line=first_line,
        )
        return
    legacy_id, tags = _id_and_tags("\n".join(comments))
    if legacy_id or tags:
        question = replace(question, legacy_id=legacy_id, tags=tuple(tags))
    out.add(question, line=first_line, notes=notes)


def _id_and_tags(comments: str) -> tuple[str, list[str]]:
    match = _ID.search(comments)
    legacy_id = match.group(1).strip().replace("\\]", "]") if match else ""
    tags = [m.strip().replace("\\]", "]") for m in _TAG.findall(comments)]
    return legacy_id, [t for t in tags if t]


def _read_question(text: str, notes: list[Note]) -> Question:
    title = ""
    if text.startswith("::"):
        text = text[2:]
        end = text.find("::")
        if end >= 0:
            title = clean_name(_final(text[:end]))
            text = text[end + 2 :].strip()
    start, finish = text.find("{"), text.find("}")
    if start < 0 and finish < 0:
        body, fmt = _with_format(text, TextFormat.MOODLE)
        return _Head(body, fmt, title, "").make(QuestionType.DESCRIPTION, points=0)
    if start < 0 or finish < 0 or finish < start:
        raise _Skip(
            translate(
                "Gift",
                "the { } around the answers do not match (a brace in the text must be written \\{ or \\}).",
            )
        )
    answer_text = text[start + 1 : finish].strip()
    hole = "" if text.endswith("}") else BLANK
    rest = text[:start] + hole + text[finish + 1 :]
    if "{" in text[finish + 1 :] or "}" in text[finish + 1 :]:
        notes.append(
            (
                WARNING,
                translate(
                    "Gift",
                    "Only the first { } is read as answers; write other braces in the text as \\{ and \\}.",
                ),
            )
        )
    general = ""
    separator = answer_text.rfind("####")
    if separator >= 0:
        general = answer_text[separator + 4 :]
        answer_text = answer_text[:separator].strip()
    body, fmt = _with_format(rest, TextFormat.MOODLE)
    explanation = _with_format(general.strip(), fmt)[0]
    head = _Head(body, fmt, title, explanation)
    if not answer_text:
        return head.make(QuestionType.ESSAY)
    if answer_text.startswith("#"):
        return _numerical(answer_text[1:], head, notes)
    if "~" in answer_text:
        return _choice(answer_text, head, notes)
    if "=" in answer_text and "->" in answer_text:
        return _matching(answer_text, head)
    check = answer_text
    if answer_text.find("#") > 0:
        check = answer_text[: answer_text.find("#")].strip()
    if check in _TRUE_FALSE:
        return _true_false(answer_text, head)
    return _short_answer(answer_text, head, notes)


def _choice(answer_text: str, head: _Head, notes: list[Note]) -> Question:
    single = "=" in answer_text
    parts = _answers(answer_text.replace("=", "~="), "~")
    if len(parts) < 2:
        raise _Skip(translate("Gift", "a multiple choice question needs at least two answers."))
    choices = []
    for part in parts:
        answer = part
        if answer.startswith("="):
            fraction: float | None = 1.0
            answer = answer[1:]
            if _WEIGHT.match(answer.strip()):
                notes.append(
                    (
                        WARNING,
                        translate(
                            "Gift",
                            "The answer {answer} is marked right with '=', so its %weight% "
                            "is read as part of its text. Use '~%weight%' for partial credit.",
                        ).format(answer=repr(answer.strip())),
                    )
                )
        elif _WEIGHT.match(answer):
            fraction, answer = _weight(answer)
        else:
            fraction = 0.0
        if fraction is None:
            raise _Skip(translate("Gift", "the weight in {part} is not a number.").format(part=repr(part)))
        text, feedback = _split_comment(answer, head.fmt)
        choices.append(Choice(text, fraction, feedback))
    qtype = QuestionType.MULTIPLE_CHOICE if single else QuestionType.MULTIPLE_RESPONSE
    return head.make(qtype, choices=tuple(choices))


def _matching(answer_text: str, head: _Head) -> Question:
    parts = _answers(answer_text, "=")
    if len(parts) < 2:
        raise _Skip(translate("Gift", "a matching question needs at least two pairs."))
    pairs: list[MatchPair] = []
    distractors: list[str] = []
    for part in parts:
        marker = part.find("->")
        if marker < 0:
            raise _Skip(
                translate("Gift", "the matching pair {pair} has no '->'.").format(pair=repr(_final(part)))
            )
        prompt = _with_format(part[:marker], head.fmt)[0]
        answer = _final(part[marker + 2 :]).strip()
        if prompt:
            pairs.append(MatchPair(prompt, answer))
        else:
            distractors.append(answer)
    return head.make(QuestionType.MATCHING, pairs=tuple(pairs), distractors=tuple(distractors))


def _true_false(answer_text: str, head: _Head) -> Question:
    fmt = head.fmt
    bits = answer_text.split("#", 2)
    correct = _TRUE_FALSE[_with_format(bits[0].strip(), fmt)[0]]
    wrong = _with_format(bits[1].strip(), fmt)[0] if len(bits) > 1 else ""
    right = _with_format(bits[2].strip(), fmt)[0] if len(bits) > 2 else ""
    true_fb, false_fb = (right, wrong) if correct else (wrong, right)
    return head.make(QuestionType.TRUE_FALSE, correct=correct, true_feedback=true_fb, false_feedback=false_fb)


def _short_answer(answer_text: str, head: _Head, notes: list[Note]) -> Question:
    answers = []
    for part in _answers(answer_text, "="):
        fraction: float | None = 1.0
        answer = part
        if _WEIGHT.match(part):
            fraction, answer = _weight(part)
        if fraction is None:
            raise _Skip(translate("Gift", "the weight in {part} is not a number.").format(part=repr(part)))
        text, feedback = _split_comment(answer, head.fmt)
        answers.append(TextAnswer(text, fraction, feedback))
    if not answers:
        raise _Skip(translate("Gift", "a short answer question needs at least one answer."))
    if len(answers) == 1 and answers[0].text.upper() in _TRUE_FALSE and answers[0].text not in _TRUE_FALSE:
        notes.append(
            (
                WARNING,
                translate(
                    "Gift",
                    "{answer} is read as the one accepted short answer; "
                    "for a true/false question write T, TRUE, F or FALSE in capitals.",
                ).format(answer=repr(answers[0].text)),
            )
        )
    return head.make(QuestionType.SHORT_ANSWER, answers=tuple(answers))


def _numeric_value(text: str) -> tuple[float, float]:
    if text.find("..") > 0:
        low, high = parse_number(text[: text.find("..")]), parse_number(text[text.find("..") + 2 :])
        if low is None or high is None:
            raise _Skip(translate("Gift", "the range {range} is not two numbers.").format(range=repr(text)))
        middle = (low + high) / 2
        return middle, high - middle
    if text.find(":") > 0:
        value, tolerance = parse_number(text[: text.find(":")]), parse_number(text[text.find(":") + 1 :])
    else:
        value, tolerance = parse_number(text), 0.0
    if value is None or tolerance is None:
        raise _Skip(
            translate(
                "Gift", "the numerical answer {answer} is not a number (with an optional :tolerance)."
            ).format(answer=repr(text))
        )
    return value, tolerance


def _numerical(body: str, head: _Head, notes: list[Note]) -> Question:
    wrong = ""
    if "~" in body:
        body, wrong = body[: body.find("~")], body[body.find("~") :]
    answers = []
    for part in _answers(body, "="):
        fraction: float | None = 1.0
        answer = part
        if _WEIGHT.match(part):
            fraction, answer = _weight(part)
        if fraction is None:
            raise _Skip(translate("Gift", "the weight in {part} is not a number.").format(part=repr(part)))
        text, feedback = _split_comment(answer, head.fmt)
        if text == "*":
            notes.append((WARNING, _catch_all_message(feedback)))
            continue
        value, tolerance = _numeric_value(text)
        answers.append(NumericAnswer(value, tolerance, fraction, feedback))
    if wrong:
        notes.append((WARNING, _catch_all_message(_split_comment(wrong, head.fmt)[1])))
    if not answers:
        raise _Skip(translate("Gift", "a numerical question needs at least one number as answer."))
    return head.make(QuestionType.NUMERICAL, numeric_answers=tuple(answers))


def _catch_all_message(feedback: str) -> str:
    if feedback:
        return translate(
            "Gift",
            "Exam Hub has no catch-all answer for numerical questions; any other number simply scores 0 "
            "(its feedback {feedback} was dropped).",
        ).format(feedback=repr(feedback))
    return translate(
        "Gift", "Exam Hub has no catch-all answer for numerical questions; any other number simply scores 0."
    )


__all__ = ["BLANK", "parse_gift"]
