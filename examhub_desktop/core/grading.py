"""Grading: one question's credit, and an attempt's points, score and pass/fail.

Everything is exact (fractions.Fraction). Stored credits are floats such as 0.3333333
(Moodle writes seven digits); credit_fraction() reads them as the fraction the author
meant, so three such choices add up to exactly 1 and the pass rule of DESIGN.md
(`earned * 100 >= passing_score * possible`) never flips on a rounding error.

Per type (Moodle's rules unless said otherwise):

- multiple choice: the chosen choice's credit, clamped to [0, 1]. Authored as one 100%
  choice and the rest 0% this is all-or-nothing; partial credits an author gave (say, 50%
  for a nearly right choice) are honoured; a negative credit gives 0 for the question, not
  a penalty on the exam (Moodle would let it go below 0; we clamp, as the brief asks).
- multiple response: the sum of the chosen choices' credits, floored at 0, capped at 1.
- true/false: 1 when it matches the right answer, else 0.
- short answer: normalised (answer_text.normalize_answer), `*` wildcard, case as the
  question says; the best credit among the accepted answers that match.
- numerical: the best credit among accepted values within their tolerance (inclusive).
- matching: right pairs / all pairs.
- essay: pending until a teacher gives a mark; a blank essay is 0 and needs no marking.
- description: not graded.

A teacher's manual mark (a credit in [0, 1]) replaces the automatic credit of any graded
question, as a Moodle "override mark" does.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction

from examhub_desktop.core.answer_text import answer_matches, exact_decimal, parse_number
from examhub_desktop.core.question import Question, QuestionType
from examhub_desktop.core.responses import Response, ResponseError, check_shape, is_answered

ZERO = Fraction(0)
ONE = Fraction(1)
_SNAP_DENOMINATOR = 12  # 1/3, 1/6, 1/7, 1/9, 1/11, 1/12 ... the repeating credits authors use
_SNAP_TOLERANCE = Fraction(1, 2000)


class Outcome(enum.StrEnum):
    CORRECT = "correct"
    PARTIAL = "partial"
    WRONG = "wrong"
    UNANSWERED = "unanswered"
    PENDING = "pending"  # an essay waiting for a teacher's mark
    NOT_GRADED = "not_graded"  # a description


@dataclass(frozen=True, slots=True)
class GradeResult:
    """One question's grade. `credit` is None exactly when pending or not graded."""

    outcome: Outcome
    credit: Fraction | None
    feedback: tuple[str, ...] = ()
    manual: bool = False

    @property
    def pending(self) -> bool:
        return self.outcome is Outcome.PENDING


def credit_fraction(x: float) -> Fraction:
    """A stored credit as the fraction meant: 0.3333333 -> 1/3, 0.25 -> 1/4, 0.015 -> 3/200.

    The float is read as the decimal it was written as; when that lies within 1/2000 of a
    fraction with denominator at most 12, the author typed a rounded repeating decimal and
    the fraction is used (never 0: a tiny credit stays the credit it is). Other decimals
    are kept exactly.
    """
    if not math.isfinite(x):
        raise ValueError(f"A credit must be a finite number, not {x!r}.")
    exact = exact_decimal(x)
    near = exact.limit_denominator(_SNAP_DENOMINATOR)
    return near if near != 0 and abs(near - exact) <= _SNAP_TOLERANCE else exact


def credit_from_points(awarded: Fraction | int, out_of: int) -> Fraction:
    """A teacher's mark "awarded of out_of points" as a credit in [0, 1]."""
    if out_of <= 0:
        raise ValueError("A mark must be out of a positive number of points.")
    credit = Fraction(awarded) / out_of
    _check_mark(credit)
    return credit


def _check_mark(mark: Fraction) -> None:
    if not ZERO <= mark <= ONE:
        raise ValueError(f"A mark must be a credit between 0 and 1, not {mark}.")


def _clamp(x: Fraction) -> Fraction:
    return max(ZERO, min(ONE, x))


def _outcome(credit: Fraction) -> Outcome:
    if credit >= ONE:
        return Outcome.CORRECT
    return Outcome.PARTIAL if credit > ZERO else Outcome.WRONG


def _result(credit: Fraction, feedback: Iterable[str] = ()) -> GradeResult:
    credit = _clamp(credit)
    return GradeResult(_outcome(credit), credit, tuple(f for f in feedback if f.strip()))


def grade_question(
    question: Question, response: Response | None, manual_mark: Fraction | None = None
) -> GradeResult:
    """The grade of one response. ResponseError when the response has the wrong shape.

    A response naming a choice or prompt the question no longer has (the question was
    edited after the attempt) grades as wrong rather than failing.
    """
    qtype = question.type
    if qtype is QuestionType.DESCRIPTION:
        return GradeResult(Outcome.NOT_GRADED, None)
    value = check_shape(qtype, response)
    if manual_mark is not None:
        manual_mark = Fraction(manual_mark)
        _check_mark(manual_mark)
        auto = _grade_auto(question, value) if qtype is not QuestionType.ESSAY else None
        return GradeResult(_outcome(manual_mark), manual_mark, auto.feedback if auto else (), manual=True)
    if not is_answered(qtype, value):
        return GradeResult(Outcome.UNANSWERED, ZERO)
    if qtype is QuestionType.ESSAY:
        return GradeResult(Outcome.PENDING, None)
    return _grade_auto(question, value)


def _grade_auto(question: Question, value: Response | None) -> GradeResult:
    qtype = question.type
    if not is_answered(qtype, value):
        return GradeResult(Outcome.UNANSWERED, ZERO)
    if qtype is QuestionType.MULTIPLE_CHOICE and isinstance(value, int):
        if value >= len(question.choices):
            return _result(ZERO)
        chosen = question.choices[value]
        return _result(credit_fraction(chosen.fraction), [chosen.feedback])
    if qtype is QuestionType.MULTIPLE_RESPONSE and isinstance(value, frozenset):
        picked = [c for i, c in enumerate(question.choices) if i in value]
        return _result(sum((credit_fraction(c.fraction) for c in picked), ZERO), [c.feedback for c in picked])
    if qtype is QuestionType.TRUE_FALSE and isinstance(value, bool):
        feedback = question.true_feedback if value else question.false_feedback
        return _result(ONE if value == question.correct else ZERO, [feedback])
    if qtype is QuestionType.SHORT_ANSWER and isinstance(value, str):
        return _grade_short_answer(question, value)
    if qtype is QuestionType.NUMERICAL and isinstance(value, str):
        return _grade_numerical(question, value)
    if qtype is QuestionType.MATCHING and isinstance(value, Mapping):
        return _grade_matching(question, value)
    raise ResponseError(f"Cannot grade a {qtype.value} question with {value!r}.")  # pragma: no cover


def _grade_short_answer(question: Question, text: str) -> GradeResult:
    best: tuple[Fraction, str] | None = None
    for accepted in question.answers:
        if not accepted.text.strip():
            continue  # an empty accepted answer would match only an unanswered question
        if answer_matches(accepted.text, text, case_sensitive=question.case_sensitive):
            credit = credit_fraction(accepted.fraction)
            if best is None or credit > best[0]:
                best = (credit, accepted.feedback)
    return _result(best[0], [best[1]]) if best else _result(ZERO)


def _grade_numerical(question: Question, text: str) -> GradeResult:
    value = parse_number(text)
    if value is None:
        return _result(ZERO)
    best: tuple[Fraction, str] | None = None
    for accepted in question.numeric_answers:
        if not (math.isfinite(accepted.value) and math.isfinite(accepted.tolerance)):
            continue
        if abs(value - exact_decimal(accepted.value)) <= abs(exact_decimal(accepted.tolerance)):
            credit = credit_fraction(accepted.fraction)
            if best is None or credit > best[0]:
                best = (credit, accepted.feedback)
    return _result(best[0], [best[1]]) if best else _result(ZERO)


def _grade_matching(question: Question, chosen: Mapping[int, str]) -> GradeResult:
    if not question.pairs:
        return _result(ZERO)
    right = sum(1 for i, pair in enumerate(question.pairs) if chosen.get(i) == pair.answer)
    return _result(Fraction(right, len(question.pairs)))


# --------------------------------------------------------------------------- attempts


@dataclass(frozen=True, slots=True)
class QuestionScore:
    question_id: str
    points: int
    result: GradeResult

    @property
    def earned(self) -> Fraction:
        return (self.result.credit or ZERO) * self.points


@dataclass(frozen=True, slots=True)
class AttemptGrade:
    """An attempt's total. While `pending`, `earned` counts ungraded essays as 0, so
    `score` and `passed` are what the student has so far (they can only go up)."""

    earned: Fraction
    possible: Fraction
    score: int
    passed: bool | None  # None when the exam has no passing score
    pending: bool
    questions: tuple[QuestionScore, ...]


def score_percent(earned: Fraction, possible: Fraction) -> int:
    """The stored `score`: the percentage 0..100 rounded down; 0 when nothing is possible."""
    if possible <= 0:
        return 0
    return max(0, min(100, math.floor(earned * 100 / possible)))


def is_pass(earned: Fraction, possible: Fraction, passing_score: int) -> bool:
    """DESIGN.md's rule, exactly: earned * 100 >= passing_score * possible."""
    return earned * 100 >= passing_score * possible


def grade_attempt(
    questions_with_points: Iterable[tuple[Question, int]],
    responses: Mapping[str, Response | None],
    manual_marks: Mapping[str, Fraction] | None = None,
    *,
    passing_score: int | None = None,
) -> AttemptGrade:
    """Grade every question of an attempt; responses and marks are keyed by question id.

    Descriptions add nothing to `possible`; pending essays add their points to `possible`
    and nothing to `earned`. Responses for questions not in the list are ignored.
    """
    marks = manual_marks or {}
    scores: list[QuestionScore] = []
    seen: set[str] = set()
    for question, points in questions_with_points:
        if question.id is None:
            raise ValueError("Every question of an attempt needs an id.")
        if question.id in seen:
            raise ValueError(f"Question {question.id} appears twice in the attempt.")
        if points < 0:
            raise ValueError(f"Question {question.id} has negative points.")
        seen.add(question.id)
        result = grade_question(question, responses.get(question.id), marks.get(question.id))
        scores.append(QuestionScore(question.id, points, result))
    earned = sum((s.earned for s in scores), ZERO)
    possible = sum(
        (Fraction(s.points) for s in scores if s.result.outcome is not Outcome.NOT_GRADED),
        ZERO,
    )
    return AttemptGrade(
        earned=earned,
        possible=possible,
        score=score_percent(earned, possible),
        passed=None if passing_score is None else is_pass(earned, possible, passing_score),
        pending=any(s.result.pending for s in scores),
        questions=tuple(scores),
    )


__all__ = [
    "AttemptGrade",
    "GradeResult",
    "Outcome",
    "QuestionScore",
    "credit_fraction",
    "credit_from_points",
    "grade_attempt",
    "grade_question",
    "is_pass",
    "score_percent",
]
