"""The words the runner and the review use for answers, right answers and outcomes (no Qt)."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from examhub_desktop.core.grading import GradeResult, Outcome, grade_question
from examhub_desktop.core.question import (
    Choice,
    MatchPair,
    NumericAnswer,
    Question,
    QuestionType,
    TextAnswer,
    TextFormat,
)
from examhub_desktop.ui.runner.describe import (
    NO_ANSWER,
    choice_marks,
    describe_outcome,
    describe_response,
    describe_right,
    feedback_html,
    format_duration,
    format_points,
    letter,
)

MC = Question(
    QuestionType.MULTIPLE_CHOICE,
    "2+2?",
    choices=(Choice("3", 0, "Short."), Choice("4", 1, "Yes."), Choice("<b>5</b>", 0.5)),
    explanation="Count <them>.",
)


def test_responses_in_words_for_every_type() -> None:
    assert describe_response(MC, 1) == "4" and describe_response(MC, None) == NO_ANSWER
    mr = Question(QuestionType.MULTIPLE_RESPONSE, "?", choices=(Choice("a", 0.5), Choice("b", 0.5)))
    assert (
        describe_response(mr, frozenset({1, 0})) == "a; b" and describe_response(mr, frozenset()) == NO_ANSWER
    )
    tf = Question(QuestionType.TRUE_FALSE, "?", correct=False)
    assert describe_response(tf, False) == "False" and describe_right(tf) == "False"
    short = Question(QuestionType.SHORT_ANSWER, "?", answers=(TextAnswer("Paris"), TextAnswer("Lyon", 0.5)))
    assert describe_response(short, "  Paris ") == "Paris" and describe_response(short, "  ") == NO_ANSWER
    assert describe_right(short) == "Paris"
    num = Question(QuestionType.NUMERICAL, "?", numeric_answers=(NumericAnswer(3.14, 0.005),))
    assert describe_right(num) == "3.14 ± 0.005"
    match = Question(
        QuestionType.MATCHING, "?", pairs=(MatchPair("France", "Paris"), MatchPair("Italy", "Rome"))
    )
    assert describe_response(match, {1: "Oslo"}) == f"France → {NO_ANSWER}; Italy → Oslo"
    assert describe_right(match) == "France → Paris; Italy → Rome"
    essay = Question(QuestionType.ESSAY, "?", grader_info="Look for X.")
    assert describe_right(essay) == "Marked by a teacher."
    assert describe_right(essay, teacher=True) == "Notes for the marker: Look for X."
    assert describe_right(Question(QuestionType.DESCRIPTION, "Read.")) == ""


def test_right_answer_names_partial_credit_and_strips_html() -> None:
    assert describe_right(MC) == "4 (partly right: 5 50%)"
    assert describe_response(MC, 7) == "(choice 8, since removed)"


def test_outcomes_points_and_durations() -> None:
    right = GradeResult(Outcome.CORRECT, Fraction(1))
    half = GradeResult(Outcome.PARTIAL, Fraction(1, 2))
    assert describe_outcome(right, 2) == "✓ Right (2 of 2 points)"
    assert describe_outcome(half, 3) == "◐ Partly right (1.5 of 3 points)"
    assert describe_outcome(half) == "◐ Partly right (50%)"
    assert (
        describe_outcome(GradeResult(Outcome.PENDING, None), 1)
        == "… Pending: awaits a teacher's mark (1 point)"
    )
    assert format_points(Fraction(1, 3)) == "0.33" and format_points(4) == "4"
    assert [format_duration(s) for s in (0, 45, 605, 3725)] == ["0 s", "45 s", "10 min 05 s", "1 h 02 min"]
    assert [letter(i) for i in (0, 9, 10)] == ["A", "J", "11"]


def test_practice_feedback_marks_each_choice_and_escapes_author_text() -> None:
    marks = choice_marks(MC, (2, 0, 1), 0)
    assert marks == [
        ("✓", "A. 5 — worth 50%", ""),
        ("✗", "B. 3 — your answer", "Short."),
        ("✓", "C. 4 — right", ""),
    ]
    html_text = feedback_html(MC, grade_question(MC, 0), order=(2, 0, 1), response=0)
    assert "✗ Wrong" in html_text and "Right answer:</b> 4" in html_text
    assert "Count ." in html_text  # HTML text: its tags are markup, not words
    plain_mc = replace(MC, text_format=TextFormat.PLAIN)
    html_text = feedback_html(plain_mc, grade_question(plain_mc, 0), order=(2, 0, 1), response=0)
    assert "Count &lt;them&gt;." in html_text and "&lt;b&gt;5&lt;/b&gt;" in html_text  # plain text: escaped
