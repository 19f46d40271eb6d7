"""Answers, right answers and outcomes as words: the runner's practice feedback and the review.

No widgets (only QLocale, for dates), so every sentence a student reads is unit-testable.
Choices are named by their text, not by a letter, because a letter means a display position
that differs between attempts (the review shows the authored order; the runner the shuffled one).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import datetime
from fractions import Fraction

from examhub_desktop.core.grading import GradeResult, Outcome, credit_fraction
from examhub_desktop.core.question import LETTERS, Question, QuestionType, TextFormat, html_to_plain
from examhub_desktop.core.responses import Response, is_answered
from examhub_desktop.ui.i18n import format_datetime

NO_ANSWER = "(no answer)"
TYPE_NAMES = {
    QuestionType.MULTIPLE_CHOICE: "Multiple choice: pick one",
    QuestionType.MULTIPLE_RESPONSE: "Multiple response: pick all that apply",
    QuestionType.TRUE_FALSE: "True or false",
    QuestionType.SHORT_ANSWER: "Short answer",
    QuestionType.NUMERICAL: "Numerical answer",
    QuestionType.MATCHING: "Matching",
    QuestionType.ESSAY: "Essay",
    QuestionType.DESCRIPTION: "Information",
}
OUTCOME_WORDS = {
    Outcome.CORRECT: "Right",
    Outcome.PARTIAL: "Partly right",
    Outcome.WRONG: "Wrong",
    Outcome.UNANSWERED: "Not answered",
    Outcome.PENDING: "Pending: awaits a teacher's mark",
    Outcome.NOT_GRADED: "Not graded",
}
OUTCOME_SYMBOLS = {
    Outcome.CORRECT: "✓",
    Outcome.PARTIAL: "◐",
    Outcome.WRONG: "✗",
    Outcome.UNANSWERED: "–",
    Outcome.PENDING: "…",
    Outcome.NOT_GRADED: "",
}
OUTCOME_BADGES = {  # the theme's badge role (ui/theme.py Role values) that colours each outcome
    Outcome.CORRECT: "badge-success",
    Outcome.PARTIAL: "badge-warning",
    Outcome.WRONG: "badge-error",
    Outcome.UNANSWERED: "badge-neutral",
    Outcome.PENDING: "badge-info",
    Outcome.NOT_GRADED: "badge-neutral",
}
FINISH_REASONS = {
    "submitted": "Submitted",
    "time_up": "Submitted when the time ran out",
    "expired_while_closed": "Submitted automatically: the time ran out while the app was closed",
}


def letter(position: int) -> str:
    """The key of the choice shown at `position` (0-based): A-J."""
    return LETTERS[position] if position < len(LETTERS) else str(position + 1)


def rich(text: str, fmt: TextFormat) -> tuple[str, bool]:
    """Text for a QLabel: (text, is_rich). HTML and Moodle text stay rich; the rest is plain."""
    if fmt in (TextFormat.HTML, TextFormat.MOODLE):
        return text, True
    return text, False


def plain(text: str, fmt: TextFormat) -> str:
    if fmt in (TextFormat.HTML, TextFormat.MOODLE):
        return " ".join(html_to_plain(text).split())
    return " ".join(text.split())


def choice_text(q: Question, index: int) -> str:
    if 0 <= index < len(q.choices):
        return plain(q.choices[index].text, q.text_format)
    return f"(choice {index + 1}, since removed)"


def describe_response(q: Question, response: Response | None) -> str:
    """What the student answered, in words."""
    if not is_answered(q.type, response):
        return NO_ANSWER
    t = q.type
    if t is QuestionType.MULTIPLE_CHOICE and isinstance(response, int):
        return choice_text(q, response)
    if t is QuestionType.MULTIPLE_RESPONSE and isinstance(response, frozenset):
        return "; ".join(choice_text(q, i) for i in sorted(response))
    if t is QuestionType.TRUE_FALSE and isinstance(response, bool):
        return "True" if response else "False"
    if t is QuestionType.MATCHING and isinstance(response, Mapping):
        parts = []
        for i, pair in enumerate(q.pairs):
            chosen = response.get(i)
            parts.append(f"{plain(pair.prompt, q.text_format)} → {chosen if chosen else NO_ANSWER}")
        return "; ".join(parts)
    if isinstance(response, str):
        return response.strip()
    return str(response)


def _number(x: float) -> str:
    return f"{x:g}"


def describe_right(q: Question, *, teacher: bool = False) -> str:
    """The right answer in words ("" for a description; essays are marked by a teacher)."""
    t = q.type
    if t is QuestionType.MULTIPLE_CHOICE:
        best = [i for i, c in enumerate(q.choices) if credit_fraction(c.fraction) >= 1]
        partial = [i for i, c in enumerate(q.choices) if 0 < credit_fraction(c.fraction) < 1]
        text = "; ".join(choice_text(q, i) for i in best)
        if partial:
            text += (
                " (partly right: "
                + "; ".join(
                    f"{choice_text(q, i)} {_percent(credit_fraction(q.choices[i].fraction))}" for i in partial
                )
                + ")"
            )
        return text
    if t is QuestionType.MULTIPLE_RESPONSE:
        return "; ".join(choice_text(q, i) for i, c in enumerate(q.choices) if c.fraction > 0)
    if t is QuestionType.TRUE_FALSE:
        return "" if q.correct is None else ("True" if q.correct else "False")
    if t is QuestionType.SHORT_ANSWER:
        full = [a.text for a in q.answers if credit_fraction(a.fraction) >= 1]
        return " or ".join(full)
    if t is QuestionType.NUMERICAL:
        values = [a for a in q.numeric_answers if credit_fraction(a.fraction) >= 1]
        return " or ".join(
            _number(a.value) + (f" ± {_number(a.tolerance)}" if a.tolerance else "") for a in values
        )
    if t is QuestionType.MATCHING:
        return "; ".join(f"{plain(p.prompt, q.text_format)} → {p.answer}" for p in q.pairs)
    if t is QuestionType.ESSAY:
        if teacher:  # the teacher marks it: the author's notes, if any
            info = plain(q.grader_info, q.text_format)
            return f"Notes for the marker: {info}" if info else ""
        return "Marked by a teacher."
    return ""


def _percent(credit: Fraction) -> str:
    return f"{float(credit) * 100:.0f}%"


def describe_outcome(result: GradeResult, points: int | None = None) -> str:
    """ "✓ Right (2 of 2 points)", "◐ Partly right (50%)" …"""
    symbol = OUTCOME_SYMBOLS[result.outcome]
    words = OUTCOME_WORDS[result.outcome]
    head = f"{symbol} {words}".strip()
    if result.outcome is Outcome.PENDING and points is not None:
        return f"{head} ({points} point{'s' if points != 1 else ''})"
    if result.credit is None or result.outcome is Outcome.NOT_GRADED:
        return head
    if points is not None:
        earned = result.credit * points
        return f"{head} ({format_points(earned)} of {points} point{'s' if points != 1 else ''})"
    if result.outcome is Outcome.PARTIAL:
        return f"{head} ({_percent(result.credit)})"
    return head


def format_points(value: Fraction | int) -> str:
    """1, 1.5, 0.33: points as a teacher writes them."""
    f = Fraction(value)
    if f.denominator == 1:
        return str(f.numerator)
    return f"{float(f):.2f}".rstrip("0").rstrip(".")


def choice_marks(q: Question, order: Sequence[int], response: Response | None) -> list[tuple[str, str, str]]:
    """Practice feedback per choice, in display order: (symbol, line, feedback).

    ✓ marks a choice with credit (a right choice), ✗ a chosen choice without credit; the
    line names the choice and whether it was picked; feedback is the author's for a choice
    the student picked (as Moodle shows it).
    """
    picked: set[int] = set()
    if isinstance(response, int) and not isinstance(response, bool):
        picked = {response}
    elif isinstance(response, frozenset):
        picked = set(response)
    out = []
    for position, index in enumerate(order):
        if not 0 <= index < len(q.choices):
            continue
        choice = q.choices[index]
        right = choice.fraction > 0
        chosen = index in picked
        symbol = "✓" if right else ("✗" if chosen else " ")
        parts = [f"{letter(position)}. {choice_text(q, index)}"]
        if chosen:
            parts.append("your answer")
        if right:
            parts.append(
                "right"
                if credit_fraction(choice.fraction) >= 1
                else f"worth {_percent(credit_fraction(choice.fraction))}"
            )
        line = f"{parts[0]} — {', '.join(parts[1:])}" if len(parts) > 1 else parts[0]
        out.append((symbol, line, choice.feedback.strip() if chosen else ""))
    return out


def feedback_html(
    q: Question,
    result: GradeResult,
    *,
    order: Sequence[int] = (),
    response: Response | None = None,
    badges: Mapping[str, tuple[str, str]] | None = None,
) -> str:
    """The practice panel (and review card) body: outcome, per-choice marks, feedback, right answer,
    explanation; all text escaped, so nothing an author typed can break the layout. `badges`:
    (fill, text) by badge role, from the theme; without it the outcome is bold only."""
    esc = html.escape
    badge = (badges or {}).get(OUTCOME_BADGES[result.outcome])
    colours = f"background-color: {badge[0]}; color: {badge[1]}; " if badge else ""
    rows = [
        f"<p><span style='{colours}font-weight: bold'>&nbsp;{esc(describe_outcome(result))}&nbsp;</span></p>"
    ]
    if q.type in (QuestionType.MULTIPLE_CHOICE, QuestionType.MULTIPLE_RESPONSE) and order:
        cells = []
        for symbol, line, fb in choice_marks(q, order, response):
            extra = f"<br><i>{esc(fb)}</i>" if fb else ""
            cells.append(f"<tr><td width='24'><b>{esc(symbol)}</b></td><td>{esc(line)}{extra}</td></tr>")
        rows.append("<table cellspacing='0' cellpadding='2'>" + "".join(cells) + "</table>")
        shown_feedback: tuple[str, ...] = ()
    else:
        shown_feedback = result.feedback
    for fb in shown_feedback:
        rows.append(f"<p><i>{esc(plain(fb, q.text_format))}</i></p>")
    if result.outcome is not Outcome.CORRECT:
        right = describe_right(q)
        if right:
            rows.append(f"<p><b>Right answer:</b> {esc(right)}</p>")
    if q.explanation.strip():
        rows.append(f"<p><b>Explanation:</b> {esc(plain(q.explanation, q.text_format))}</p>")
    return "".join(rows)


def format_duration(seconds: float) -> str:
    """ "1 h 02 min", "12 min 05 s", "45 s"."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    if minutes:
        return f"{minutes} min {secs:02d} s"
    return f"{secs} s"


def when(moment: datetime | None) -> str:
    """A moment in the viewer's local time and locale: "11/26/26 9:30 AM", "26.11.26 09:30"."""
    return format_datetime(moment) if moment else "—"
