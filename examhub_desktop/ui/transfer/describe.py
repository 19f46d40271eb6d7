"""One-line descriptions of parsed questions and diagnostics for the import preview and summary.

Kept free of Qt so the wording (which a teacher reads to decide whether a file came in right)
is checked by plain assertions. Long texts are cut to one line: the full text is a tooltip.
"""

from __future__ import annotations

from examhub_desktop.core.question import (
    Question,
    QuestionType,
    TextFormat,
    html_to_plain,
    plain_text,
)
from examhub_desktop.formats import FORMAT_LABELS, Diagnostic, ParsedQuestion

TYPE_LABELS = {
    QuestionType.MULTIPLE_CHOICE: "Multiple choice",
    QuestionType.MULTIPLE_RESPONSE: "Multiple response",
    QuestionType.TRUE_FALSE: "True/false",
    QuestionType.SHORT_ANSWER: "Short answer",
    QuestionType.NUMERICAL: "Numerical",
    QuestionType.MATCHING: "Matching",
    QuestionType.ESSAY: "Essay",
    QuestionType.DESCRIPTION: "Description",
}
ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 (no byte-order mark)",
    "utf-16-be": "UTF-16 big-endian (no byte-order mark)",
    "utf-32": "UTF-32",
    "cp1252": "Windows-1252",
}
LINE_LIMIT = 140
TOOLTIP_LIMIT = 1200


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
    return f"{value:g}%"


def _number(value: float) -> str:
    return f"{value:g}"


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
        return "True" if q.correct else "False" if q.correct is not None else "(no answer)"
    if q.type is QuestionType.SHORT_ANSWER:
        parts = [
            one_line(a.text, 40) + ("" if a.fraction >= 1 else f" ({_percent(a.fraction)})")
            for a in q.answers
        ]
        return one_line("= " + " | ".join(parts)) if parts else "(no answer)"
    if q.type is QuestionType.NUMERICAL:
        parts = []
        for n in q.numeric_answers:
            text = _number(n.value) + (f" ± {_number(n.tolerance)}" if n.tolerance else "")
            parts.append(text + ("" if n.fraction >= 1 else f" ({_percent(n.fraction)})"))
        return one_line(" | ".join(parts)) if parts else "(no answer)"
    if q.type is QuestionType.MATCHING:
        pairs = [
            f"{one_line(_plain(q, p.prompt), 30)} → {one_line(_plain(q, p.answer), 30)}" for p in q.pairs
        ]
        extra = f" (+{len(q.distractors)} distractor{'s' if len(q.distractors) != 1 else ''})"
        return one_line("; ".join(pairs) + (extra if q.distractors else ""))
    if q.type is QuestionType.ESSAY:
        return "Written answer, marked by hand"
    return "No answer (information only)"


def question_text(pq: ParsedQuestion) -> str:
    text = plain_text(pq.question)
    if pq.question.title and not text:
        text = pq.question.title
    return one_line(text) or "(no text)"


def location(line: int | None, path: str | None) -> str:
    """ "line 12", "/quiz/question[3]" or both; empty when the parser knows neither."""
    parts = []
    if line is not None:
        parts.append(f"line {line}")
    if path:
        parts.append(path)
    return ", ".join(parts)


def problems_text(diagnostics: tuple[Diagnostic, ...]) -> str:
    """The problems column: the first message, prefixed by the worst severity and a count."""
    if not diagnostics:
        return ""
    errors = [d for d in diagnostics if d.severity == "error"]
    shown = errors or list(diagnostics)
    word = "error" if errors else "warning"
    count = len(shown)
    head = f"{word.capitalize()}: " if count == 1 else f"{count} {word}s: "
    text = head + shown[0].message
    if errors and len(errors) < len(diagnostics):
        others = len(diagnostics) - len(errors)
        text += f" (and {others} warning{'s' if others != 1 else ''})"
    return one_line(text, 200)


def tooltip(text: str) -> str:
    return text if len(text) <= TOOLTIP_LIMIT else text[: TOOLTIP_LIMIT - 1] + "…"


def encoding_label(encoding: str) -> str:
    return ENCODING_LABELS.get(encoding, encoding.upper())


def format_label(fmt: str) -> str:
    return FORMAT_LABELS.get(fmt, fmt or "an unknown format")


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (words or word + 's')}"


__all__ = [
    "TYPE_LABELS",
    "answers_summary",
    "encoding_label",
    "format_label",
    "location",
    "one_line",
    "plural",
    "problems_text",
    "question_text",
    "tooltip",
]
