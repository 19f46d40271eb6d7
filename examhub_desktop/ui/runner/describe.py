"""Answers, right answers and outcomes as words: the runner's practice feedback and the review.

No widgets (only core.i18n's translate, and QLocale for numbers and dates), so every sentence a
student reads is unit-testable. The sentences are translated here, under the context
"describe"; the tables of words below are marked at import time and translated when used.
Choices are named by their text, not by a letter, because a letter means a display position
that differs between attempts (the review shows the authored order; the runner the shuffled one).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import datetime
from fractions import Fraction

from examhub_desktop.core.grading import GradeResult, Outcome, credit_fraction
from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from examhub_desktop.core.question import LETTERS, Question, QuestionType, TextFormat, html_to_plain
from examhub_desktop.core.responses import Response, is_answered
from examhub_desktop.ui.i18n import format_datetime, format_number

NO_ANSWER = QT_TRANSLATE_NOOP("describe", "(no answer)")
TYPE_NAMES = {
    QuestionType.MULTIPLE_CHOICE: QT_TRANSLATE_NOOP("describe", "Multiple choice: pick one"),
    QuestionType.MULTIPLE_RESPONSE: QT_TRANSLATE_NOOP("describe", "Multiple response: pick all that apply"),
    QuestionType.TRUE_FALSE: QT_TRANSLATE_NOOP("describe", "True or false"),
    QuestionType.SHORT_ANSWER: QT_TRANSLATE_NOOP("describe", "Short answer"),
    QuestionType.NUMERICAL: QT_TRANSLATE_NOOP("describe", "Numerical answer"),
    QuestionType.MATCHING: QT_TRANSLATE_NOOP("describe", "Matching"),
    QuestionType.ESSAY: QT_TRANSLATE_NOOP("describe", "Essay"),
    QuestionType.DESCRIPTION: QT_TRANSLATE_NOOP("describe", "Information"),
}
OUTCOME_WORDS = {
    Outcome.CORRECT: QT_TRANSLATE_NOOP("describe", "Right"),
    Outcome.PARTIAL: QT_TRANSLATE_NOOP("describe", "Partly right"),
    Outcome.WRONG: QT_TRANSLATE_NOOP("describe", "Wrong"),
    Outcome.UNANSWERED: QT_TRANSLATE_NOOP("describe", "Not answered"),
    Outcome.PENDING: QT_TRANSLATE_NOOP("describe", "Pending: awaits a teacher's mark"),
    Outcome.NOT_GRADED: QT_TRANSLATE_NOOP("describe", "Not graded"),
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
    "submitted": QT_TRANSLATE_NOOP("describe", "Submitted"),
    "time_up": QT_TRANSLATE_NOOP("describe", "Submitted when the time ran out"),
    "expired_while_closed": QT_TRANSLATE_NOOP(
        "describe", "Submitted automatically: the time ran out while the app was closed"
    ),
}


def words(text: str) -> str:
    """One of the marked words above (or NO_ANSWER) in the user's language."""
    return translate("describe", text)


def type_name(qtype: QuestionType) -> str:
    return words(TYPE_NAMES[qtype])


def finish_reason(reason: str) -> str:
    return words(FINISH_REASONS.get(reason, FINISH_REASONS["submitted"]))


def percent(value: float) -> str:
    """ "45%" / "45 %": the number in the user's locale, the sign where the language puts it."""
    return translate("describe", "{percent}%").format(percent=format_number(value))


def true_false(value: bool) -> str:
    return translate("describe", "True") if value else translate("describe", "False")


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
    return translate("describe", "(choice {number}, since removed)").format(number=index + 1)


def describe_response(q: Question, response: Response | None) -> str:
    """What the student answered, in words."""
    if not is_answered(q.type, response):
        return words(NO_ANSWER)
    t = q.type
    if t is QuestionType.MULTIPLE_CHOICE and isinstance(response, int):
        return choice_text(q, response)
    if t is QuestionType.MULTIPLE_RESPONSE and isinstance(response, frozenset):
        return "; ".join(choice_text(q, i) for i in sorted(response))
    if t is QuestionType.TRUE_FALSE and isinstance(response, bool):
        return true_false(response)
    if t is QuestionType.MATCHING and isinstance(response, Mapping):
        parts = []
        for i, pair in enumerate(q.pairs):
            chosen = response.get(i)
            parts.append(f"{plain(pair.prompt, q.text_format)} → {chosen if chosen else words(NO_ANSWER)}")
        return "; ".join(parts)
    if isinstance(response, str):
        return response.strip()
    return str(response)


def _number(x: float) -> str:
    return format_number(x)


def describe_right(q: Question, *, teacher: bool = False) -> str:
    """The right answer in words ("" for a description; essays are marked by a teacher)."""
    t = q.type
    if t is QuestionType.MULTIPLE_CHOICE:
        best = [i for i, c in enumerate(q.choices) if credit_fraction(c.fraction) >= 1]
        partial = [i for i, c in enumerate(q.choices) if 0 < credit_fraction(c.fraction) < 1]
        text = "; ".join(choice_text(q, i) for i in best)
        if partial:
            worth = "; ".join(
                f"{choice_text(q, i)} {_percent(credit_fraction(q.choices[i].fraction))}" for i in partial
            )
            text = translate("describe", "{right} (partly right: {partly})").format(right=text, partly=worth)
        return text
    if t is QuestionType.MULTIPLE_RESPONSE:
        return "; ".join(choice_text(q, i) for i, c in enumerate(q.choices) if c.fraction > 0)
    if t is QuestionType.TRUE_FALSE:
        return "" if q.correct is None else true_false(q.correct)
    if t is QuestionType.SHORT_ANSWER:
        return _alternatives([a.text for a in q.answers if credit_fraction(a.fraction) >= 1])
    if t is QuestionType.NUMERICAL:
        values = [a for a in q.numeric_answers if credit_fraction(a.fraction) >= 1]
        return _alternatives(
            [_number(a.value) + (f" ± {_number(a.tolerance)}" if a.tolerance else "") for a in values]
        )
    if t is QuestionType.MATCHING:
        return "; ".join(f"{plain(p.prompt, q.text_format)} → {p.answer}" for p in q.pairs)
    if t is QuestionType.ESSAY:
        if teacher:  # the teacher marks it: the author's notes, if any
            info = plain(q.grader_info, q.text_format)
            return translate("describe", "Notes for the marker: {notes}").format(notes=info) if info else ""
        return translate("describe", "Marked by a teacher.")
    return ""


def _alternatives(answers: list[str]) -> str:
    """ "Paris or Lutetia": each answer that counts as right."""
    if not answers:
        return ""
    text = answers[0]
    for answer in answers[1:]:
        text = translate("describe", "{answers} or {answer}").format(answers=text, answer=answer)
    return text


def _percent(credit: Fraction) -> str:
    return percent(round(float(credit) * 100))


def describe_outcome(result: GradeResult, points: int | None = None) -> str:
    """ "✓ Right (2 of 2 points)", "◐ Partly right (50%)" …"""
    symbol = OUTCOME_SYMBOLS[result.outcome]
    head = f"{symbol} {words(OUTCOME_WORDS[result.outcome])}".strip()
    if result.outcome is Outcome.PENDING and points is not None:
        return translate("describe", "{outcome} (%n point(s))", None, points).format(outcome=head)
    if result.credit is None or result.outcome is Outcome.NOT_GRADED:
        return head
    if points is not None:
        earned = result.credit * points
        return translate("describe", "{outcome} ({earned} of %n point(s))", None, points).format(
            outcome=head, earned=format_points(earned)
        )
    if result.outcome is Outcome.PARTIAL:
        return f"{head} ({_percent(result.credit)})"
    return head


def format_points(value: Fraction | int) -> str:
    """1, 1.5, 0.33 (1,5 in German): points as a teacher writes them, at most two decimals."""
    f = Fraction(value)
    if f.denominator == 1:
        return format_number(f.numerator)
    return format_number(round(float(f), 2))


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
        name = translate("describe", "{key}. {choice}").format(
            key=letter(position), choice=choice_text(q, index)
        )
        parts = []
        if chosen:
            parts.append(translate("describe", "your answer"))
        if right:
            parts.append(
                translate("describe", "right")
                if credit_fraction(choice.fraction) >= 1
                else translate("describe", "worth {percent}").format(
                    percent=_percent(credit_fraction(choice.fraction))
                )
            )
        line = f"{name} — {', '.join(parts)}" if parts else name
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
            label = translate("describe", "Right answer:")
            rows.append(f"<p>{labelled(label, esc(right))}</p>")
    if q.explanation.strip():
        explanation = esc(plain(q.explanation, q.text_format))
        label = translate("describe", "Explanation:")
        rows.append(f"<p>{labelled(label, explanation)}</p>")
    return "".join(rows)


def labelled(label: str, value_html: str) -> str:
    """ "<b>Right answer:</b> 4": a translated label (escaped here) before an HTML value."""
    return f"<b>{html.escape(label)}</b> {value_html}"


def format_duration(seconds: float) -> str:
    """ "1 h 02 min", "12 min 05 s", "45 s"."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return translate("describe", "{hours} h {minutes} min").format(
            hours=format_number(hours), minutes=f"{minutes:02d}"
        )
    if minutes:
        return translate("describe", "{minutes} min {seconds} s").format(
            minutes=format_number(minutes), seconds=f"{secs:02d}"
        )
    return translate("describe", "{seconds} s").format(seconds=format_number(secs))


def when(moment: datetime | None) -> str:
    """A moment in the viewer's local time and locale: "11/26/26 9:30 AM", "26.11.26 09:30"."""
    return format_datetime(moment) if moment else "—"
