"""One-line descriptions of parsed questions and diagnostics for the import preview and summary.

Kept free of widgets so the wording (which a teacher reads to decide whether a file came in
right) is checked by plain assertions. Long texts are cut to one line: the full text is a
tooltip. The words are translated here under the context "TransferDescribe" through
core.i18n's `translate` (English, plurals included, when no catalog is installed); the tables
below are marked at import time and translated when shown. The formats' names are this
module's too, since formats/ keeps its English labels for the command line.
"""

from __future__ import annotations

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from examhub_desktop.core.question import (
    Question,
    QuestionType,
    TextFormat,
    html_to_plain,
    plain_text,
)
from examhub_desktop.formats import FORMAT_LABELS, Diagnostic, ParsedQuestion
from examhub_desktop.ui.editor.type_chooser import type_name
from examhub_desktop.ui.i18n import format_number

ENCODING_LABELS = {
    "utf-8": QT_TRANSLATE_NOOP("TransferDescribe", "UTF-8"),
    "utf-16": QT_TRANSLATE_NOOP("TransferDescribe", "UTF-16"),
    "utf-16-le": QT_TRANSLATE_NOOP("TransferDescribe", "UTF-16 (no byte-order mark)"),
    "utf-16-be": QT_TRANSLATE_NOOP("TransferDescribe", "UTF-16 big-endian (no byte-order mark)"),
    "utf-32": QT_TRANSLATE_NOOP("TransferDescribe", "UTF-32"),
    "cp1252": QT_TRANSLATE_NOOP("TransferDescribe", "Windows-1252"),
}
LINE_LIMIT = 140
TOOLTIP_LIMIT = 1200


def words(text: str) -> str:
    """One of the marked words above in the user's language."""
    return translate("TransferDescribe", text)


def type_label(qtype: QuestionType) -> str:
    """The type's name as the question editor shows it (one table: ui/editor/type_chooser.py)."""
    return type_name(qtype)


def one_line(text: str, limit: int = LINE_LIMIT) -> str:
    """Whitespace (line breaks included) folded to single spaces, cut with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _plain(q: Question, text: str) -> str:
    if q.text_format in (TextFormat.HTML, TextFormat.MOODLE):
        return html_to_plain(text)
    return text


def _percent(fraction: float) -> str:
    value = round(fraction * 100, 2)
    return translate("TransferDescribe", "{percent}%").format(percent=format_number(value))


def _number(value: float) -> str:
    return format_number(value)


def _no_answer() -> str:
    return translate("TransferDescribe", "(no answer)")


def answers_summary(q: Question) -> str:
    """What a teacher checks first: which answers are right.

    Choices: all of them, the credited ones marked ✓ (with their weight when partial); short
    answers: the accepted ones; numbers with their tolerance; matching pairs with arrows.
    """
    if q.type in (QuestionType.MULTIPLE_CHOICE, QuestionType.MULTIPLE_RESPONSE):
        parts = []
        for choice in q.choices:
            text = one_line(_plain(q, choice.text), 40)
            if choice.fraction >= 1:
                parts.append(f"✓ {text}")
            elif choice.fraction > 0:
                parts.append(f"✓ {text} ({_percent(choice.fraction)})")
            elif choice.fraction < 0:
                parts.append(f"{text} ({_percent(choice.fraction)})")
            else:
                parts.append(text)
        return one_line(" · ".join(parts))
    if q.type is QuestionType.TRUE_FALSE:
        if q.correct is None:
            return _no_answer()
        return translate("TransferDescribe", "True") if q.correct else translate("TransferDescribe", "False")
    if q.type is QuestionType.SHORT_ANSWER:
        parts = [
            one_line(a.text, 40) + ("" if a.fraction >= 1 else f" ({_percent(a.fraction)})")
            for a in q.answers
        ]
        return one_line("= " + " | ".join(parts)) if parts else _no_answer()
    if q.type is QuestionType.NUMERICAL:
        parts = []
        for n in q.numeric_answers:
            text = _number(n.value) + (f" ± {_number(n.tolerance)}" if n.tolerance else "")
            parts.append(text + ("" if n.fraction >= 1 else f" ({_percent(n.fraction)})"))
        return one_line(" | ".join(parts)) if parts else _no_answer()
    if q.type is QuestionType.MATCHING:
        pairs = [
            f"{one_line(_plain(q, p.prompt), 30)} → {one_line(_plain(q, p.answer), 30)}" for p in q.pairs
        ]
        text = "; ".join(pairs)
        if q.distractors:
            text = translate(
                "TransferDescribe", "{pairs} (+%n distractor(s))", None, len(q.distractors)
            ).format(pairs=text)
        return one_line(text)
    if q.type is QuestionType.ESSAY:
        return translate("TransferDescribe", "Written answer, marked by hand")
    return translate("TransferDescribe", "No answer (information only)")


def question_text(pq: ParsedQuestion) -> str:
    text = plain_text(pq.question)
    if pq.question.title and not text:
        text = pq.question.title
    return one_line(text) or translate("TransferDescribe", "(no text)")


def location(line: int | None, path: str | None) -> str:
    """ "line 12", "/quiz/question[3]" or both; empty when the parser knows neither."""
    parts = []
    if line is not None:
        parts.append(translate("TransferDescribe", "line {line}").format(line=line))
    if path:
        parts.append(path)
    return ", ".join(parts)


def problems_text(diagnostics: tuple[Diagnostic, ...]) -> str:
    """The problems column: the first message, prefixed by the worst severity and a count."""
    if not diagnostics:
        return ""
    errors = [d for d in diagnostics if d.severity == "error"]
    message = (errors or list(diagnostics))[0].message
    if len(errors) == 1:
        text = translate("TransferDescribe", "Error: {message}")
    elif errors:
        text = translate("TransferDescribe", "%n errors: {message}", None, len(errors))
    elif len(diagnostics) == 1:
        text = translate("TransferDescribe", "Warning: {message}")
    else:
        text = translate("TransferDescribe", "%n warnings: {message}", None, len(diagnostics))
    text = text.format(message=message)
    if errors and len(errors) < len(diagnostics):
        text = translate(
            "TransferDescribe", "{problems} (and %n warning(s))", None, len(diagnostics) - len(errors)
        ).format(problems=text)
    return one_line(text, 200)


def tooltip(text: str) -> str:
    return text if len(text) <= TOOLTIP_LIMIT else text[: TOOLTIP_LIMIT - 1] + "…"


def encoding_label(encoding: str) -> str:
    return words(ENCODING_LABELS[encoding]) if encoding in ENCODING_LABELS else encoding.upper()


def format_label(fmt: str) -> str:
    """The format's name for people ("GIFT (Moodle)"); an unknown name as it is."""
    if fmt in FORMAT_LABELS:
        return FORMAT_LABELS[fmt]  # translated when read
    return fmt or translate("TransferDescribe", "an unknown format")


__all__ = [
    "answers_summary",
    "encoding_label",
    "format_label",
    "location",
    "one_line",
    "problems_text",
    "question_text",
    "tooltip",
    "type_label",
    "words",
]
