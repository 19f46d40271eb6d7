from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from examhub_desktop.core.grading import (
    Outcome,
    credit_fraction,
    credit_from_points,
    grade_attempt,
    grade_question,
    is_pass,
    score_percent,
)
from examhub_desktop.core.question import (
    Choice,
    MatchPair,
    NumericAnswer,
    Question,
    QuestionType,
    TextAnswer,
)
from examhub_desktop.core.responses import ResponseError

T = QuestionType
QUICK = settings(deadline=None, max_examples=200)


def mc(*fractions: float, feedback: bool = True) -> Question:
    return Question(
        T.MULTIPLE_CHOICE,
        "Pick one",
        choices=tuple(Choice(f"c{i}", f, f"fb{i}" if feedback else "") for i, f in enumerate(fractions)),
    )


def mr(*fractions: float) -> Question:
    return Question(
        T.MULTIPLE_RESPONSE,
        "Pick some",
        choices=tuple(Choice(f"c{i}", f, f"fb{i}") for i, f in enumerate(fractions)),
    )


def sa(*answers: tuple[str, float], case_sensitive: bool = False) -> Question:
    return Question(
        T.SHORT_ANSWER,
        "Type it",
        answers=tuple(TextAnswer(t, f, f"fb:{t}") for t, f in answers),
        case_sensitive=case_sensitive,
    )


def num(*answers: tuple[float, float, float]) -> Question:
    return Question(
        T.NUMERICAL,
        "How much?",
        numeric_answers=tuple(NumericAnswer(v, tol, f, f"fb:{v}") for v, tol, f in answers),
    )


TF = Question(T.TRUE_FALSE, "Water is wet", correct=True, true_feedback="Yes.", false_feedback="Think again.")
MATCH = Question(
    T.MATCHING,
    "Capitals",
    pairs=(MatchPair("France", "Paris"), MatchPair("Italy", "Rome"), MatchPair("Spain", "Madrid")),
    distractors=("Berlin",),
)
ESSAY = Question(T.ESSAY, "Discuss", points=5)
DESC = Question(T.DESCRIPTION, "Read this", points=0)


# --------------------------------------------------------------------------- credit_fraction


@pytest.mark.parametrize(
    ("stored", "meant"),
    [
        (1.0, Fraction(1)),
        (0.0, Fraction(0)),
        (0.5, Fraction(1, 2)),
        (0.25, Fraction(1, 4)),
        (0.05, Fraction(1, 20)),
        (0.1, Fraction(1, 10)),
        (0.3333333, Fraction(1, 3)),
        (0.33333, Fraction(1, 3)),
        (0.333, Fraction(1, 3)),
        (0.6666667, Fraction(2, 3)),
        (0.1666667, Fraction(1, 6)),
        (0.1428571, Fraction(1, 7)),
        (0.1111111, Fraction(1, 9)),
        (0.8333333, Fraction(5, 6)),
        (-0.3333333, Fraction(-1, 3)),
        (0.9999999, Fraction(1)),
        (0.015, Fraction(3, 200)),  # a genuine decimal stays as it is
        (0.37, Fraction(37, 100)),
        (0.0005, Fraction(1, 2000)),  # never snapped to 0
        (1 / 3, Fraction(1, 3)),
    ],
)
def test_credit_fraction_reads_what_the_author_meant(stored: float, meant: Fraction) -> None:
    assert credit_fraction(stored) == meant


def test_credit_fraction_refuses_non_finite() -> None:
    with pytest.raises(ValueError):
        credit_fraction(float("nan"))


@QUICK
@given(st.integers(min_value=1, max_value=12), st.integers(min_value=0, max_value=12))
def test_rounded_repeating_credits_sum_exactly(n: int, k: int) -> None:
    """n choices stored as round(1/n, 7) each add up to exactly 1 (the Moodle 0.3333333 case)."""
    assume(k <= n)
    stored = round(1 / n, 7)
    assert sum((credit_fraction(stored) for _ in range(n)), Fraction(0)) == 1
    assert credit_fraction(round(k / n, 7)) == Fraction(k, n)


# --------------------------------------------------------------------------- multiple choice


def test_multiple_choice_is_all_or_nothing() -> None:
    q = mc(0, 1, 0)
    right = grade_question(q, 1)
    assert (right.outcome, right.credit, right.feedback) == (Outcome.CORRECT, 1, ("fb1",))
    wrong = grade_question(q, 0)
    assert (wrong.outcome, wrong.credit, wrong.feedback) == (Outcome.WRONG, 0, ("fb0",))


def test_multiple_choice_honours_partial_and_clamps_negative_credit() -> None:
    q = mc(1, 0.5, -0.5)
    assert grade_question(q, 1).credit == Fraction(1, 2)
    assert grade_question(q, 1).outcome is Outcome.PARTIAL
    assert grade_question(q, 2).credit == 0


def test_multiple_choice_unanswered_and_stale_index() -> None:
    q = mc(1, 0)
    assert grade_question(q, None) == grade_question(q, None)
    assert grade_question(q, None).outcome is Outcome.UNANSWERED
    assert grade_question(q, None).credit == 0
    stale = grade_question(q, 7)  # the teacher removed choices after the attempt
    assert (stale.outcome, stale.credit) == (Outcome.WRONG, 0)


def test_wrong_shapes_raise() -> None:
    with pytest.raises(ResponseError):
        grade_question(mc(1, 0), "1")  # type: ignore[arg-type]
    with pytest.raises(ResponseError):
        grade_question(mc(1, 0), True)
    with pytest.raises(ResponseError):
        grade_question(TF, 1)


def test_empty_feedback_is_left_out() -> None:
    assert grade_question(mc(1, 0, feedback=False), 0).feedback == ()


# --------------------------------------------------------------------------- multiple response


def test_multiple_response_sums_chosen_credits() -> None:
    q = mr(0.5, 0.5, -1, 0)
    assert grade_question(q, frozenset({0, 1})).credit == 1
    assert grade_question(q, frozenset({0})).credit == Fraction(1, 2)
    assert grade_question(q, frozenset({0, 3})).credit == Fraction(1, 2)
    assert grade_question(q, frozenset({0, 1, 3})).feedback == ("fb0", "fb1", "fb3")


def test_multiple_response_is_floored_at_zero_and_capped_at_one() -> None:
    q = mr(0.5, 0.5, -1, 0.5)
    assert grade_question(q, frozenset({0, 2})).credit == 0
    assert grade_question(q, frozenset({2})).outcome is Outcome.WRONG
    assert grade_question(q, frozenset({0, 1, 3})).credit == 1  # 150% is capped


def test_multiple_response_all_options_of_three_thirds() -> None:
    q = mr(0.3333333, 0.3333333, 0.3333333, -1)
    result = grade_question(q, frozenset({0, 1, 2}))
    assert (result.outcome, result.credit) == (Outcome.CORRECT, 1)


def test_multiple_response_nothing_chosen_is_unanswered() -> None:
    assert grade_question(mr(1, 0), frozenset()).outcome is Outcome.UNANSWERED


fractions_st = st.lists(
    st.floats(min_value=-1, max_value=1, allow_nan=False, allow_subnormal=False), min_size=2, max_size=10
)


@QUICK
@given(fractions_st, st.data())
def test_multiple_response_credit_is_moodles_rule(fractions: list[float], data: st.DataObject) -> None:
    chosen = data.draw(st.frozensets(st.integers(0, len(fractions) - 1)))
    result = grade_question(mr(*fractions), chosen)
    raw = sum((credit_fraction(fractions[i]) for i in chosen), Fraction(0))
    assert result.credit == max(Fraction(0), min(Fraction(1), raw))
    assert result.credit is not None and 0 <= result.credit <= 1


@QUICK
@given(fractions_st, st.data())
def test_choice_grading_is_invariant_under_reordering_the_choices(
    fractions: list[float], data: st.DataObject
) -> None:
    """Shuffling the choices and remapping the response gives the same grade."""
    n = len(fractions)
    perm = data.draw(st.permutations(range(n)))
    chosen = data.draw(st.frozensets(st.integers(0, n - 1)))
    single = data.draw(st.integers(0, n - 1))
    choices = [Choice(f"c{i}", f, f"fb{i}") for i, f in enumerate(fractions)]
    moved = tuple(choices[p] for p in perm)
    where = {old: new for new, old in enumerate(perm)}
    for qtype in (T.MULTIPLE_RESPONSE, T.MULTIPLE_CHOICE):
        original = Question(qtype, "?", choices=tuple(choices))
        shuffled = Question(qtype, "?", choices=moved)
        if qtype is T.MULTIPLE_RESPONSE:
            a = grade_question(original, chosen)
            b = grade_question(shuffled, frozenset(where[i] for i in chosen))
        else:
            a = grade_question(original, single)
            b = grade_question(shuffled, where[single])
        assert (a.credit, a.outcome) == (b.credit, b.outcome)
        assert sorted(a.feedback) == sorted(b.feedback)


# --------------------------------------------------------------------------- true / false


def test_true_false() -> None:
    assert grade_question(TF, True).credit == 1
    assert grade_question(TF, True).feedback == ("Yes.",)
    assert grade_question(TF, False).credit == 0
    assert grade_question(TF, False).feedback == ("Think again.",)
    false_q = Question(T.TRUE_FALSE, "Fire is cold", correct=False)
    assert grade_question(false_q, False).outcome is Outcome.CORRECT
    assert grade_question(false_q, None).outcome is Outcome.UNANSWERED


# --------------------------------------------------------------------------- short answer


@pytest.mark.parametrize(
    ("typed", "credit"),
    [
        ("Paris", 1),
        ("  paris ", 1),
        ("PARIS", 1),
        ("Pari", 0),
        ("Paris, France", Fraction(1, 2)),  # best matching credit: only "Paris*" matches
        ("London", 0),
    ],
)
def test_short_answer_trims_folds_case_and_takes_best_credit(typed: str, credit: Fraction) -> None:
    q = sa(("Paris*", 0.5), ("Paris", 1.0), ("*", 0.0))
    assert grade_question(q, typed).credit == credit


def test_short_answer_feedback_is_that_of_the_best_match() -> None:
    q = sa(("*", 0.0), ("Par*", 0.5), ("Paris", 1.0))
    assert grade_question(q, "paris").feedback == ("fb:Paris",)
    assert grade_question(q, "parma").feedback == ("fb:Par*",)
    assert grade_question(q, "rome").feedback == ("fb:*",)  # the catch-all answer's feedback
    assert grade_question(q, "rome").outcome is Outcome.WRONG


def test_short_answer_ties_go_to_the_first_authored() -> None:
    q = sa(("a*", 1.0), ("*b", 1.0))
    assert grade_question(q, "ab").feedback == ("fb:a*",)


def test_short_answer_case_sensitive() -> None:
    q = sa(("pH", 1.0), case_sensitive=True)
    assert grade_question(q, "pH").credit == 1
    assert grade_question(q, "PH").credit == 0
    assert grade_question(q, " pH  ").credit == 1


def test_short_answer_collapses_inner_whitespace_on_both_sides() -> None:
    q = sa(("New  York", 1.0))
    assert grade_question(q, "new york").credit == 1
    assert grade_question(q, "new\tyork").credit == 1
    assert grade_question(q, "newyork").credit == 0


def test_short_answer_blank_is_unanswered_and_empty_accepted_answers_are_ignored() -> None:
    q = sa(("", 1.0), ("x", 1.0))
    assert grade_question(q, "   ").outcome is Outcome.UNANSWERED
    assert grade_question(q, "y").credit == 0


def test_short_answer_literal_star() -> None:
    q = sa(("a\\*b", 1.0))
    assert grade_question(q, "a*b").credit == 1
    assert grade_question(q, "axb").credit == 0


SAFE_TEXT = st.text(alphabet="abcXYZéÉß 1-\t", max_size=12)


@QUICK
@given(SAFE_TEXT, SAFE_TEXT, SAFE_TEXT)
def test_short_answer_wildcard_semantics(stem: str, tail: str, other: str) -> None:
    """ "stem*" accepts exactly the answers that start with the stem, however spaced or cased."""
    stem = " ".join(stem.split())
    assume(stem)
    q = sa((stem + "*", 1.0))
    assert grade_question(q, "  " + stem.upper() + tail + " ").credit == 1
    assert grade_question(q, stem.swapcase() + " " + tail).credit == 1
    starts = " ".join(other.split()).casefold().startswith(stem.casefold())
    assert grade_question(q, other).credit == (1 if starts else 0)


# --------------------------------------------------------------------------- numerical


@pytest.mark.parametrize(
    ("typed", "credit"),
    [
        ("3.5", 1),
        ("3,5", 1),
        ("3.4", 1),  # exactly on the tolerance: floats would say 0.10000000000000009 > 0.1
        ("3.6", 1),
        ("3.61", Fraction(1, 2)),
        ("4", Fraction(1, 2)),
        ("4.01", 0),
        ("35e-1", 1),
        ("three", 0),
        ("", 0),
    ],
)
def test_numerical_within_tolerance_best_credit(typed: str, credit: Fraction) -> None:
    q = num((3.5, 0.1, 1.0), (3.5, 0.5, 0.5))
    assert grade_question(q, typed).credit == credit


def test_numerical_feedback_and_outcomes() -> None:
    q = num((3.5, 0.1, 1.0), (3.5, 0.5, 0.5))
    assert grade_question(q, "3.7").feedback == ("fb:3.5",)
    assert grade_question(q, "").outcome is Outcome.UNANSWERED
    assert grade_question(q, "abc").outcome is Outcome.WRONG
    assert grade_question(num((float("nan"), 0, 1.0)), "1").credit == 0


def test_numerical_zero_tolerance_is_exact() -> None:
    q = num((0.3, 0.0, 1.0))
    assert grade_question(q, "0.3").credit == 1
    assert grade_question(q, "0,30").credit == 1
    assert grade_question(q, "0.30000001").credit == 0


@QUICK
@given(
    st.integers(min_value=-10_000, max_value=10_000),
    st.integers(min_value=0, max_value=500),
    st.integers(min_value=-1000, max_value=1000),
)
def test_numerical_tolerance_boundary_is_inclusive_and_exact(
    value_cents: int, tol_cents: int, off: int
) -> None:
    value, tolerance = value_cents / 100, tol_cents / 100
    typed = f"{Decimal(value_cents + off) / 100:.2f}"
    q = num((value, tolerance, 1.0))
    expected = 1 if abs(off) <= tol_cents else 0
    assert grade_question(q, typed).credit == expected
    assert grade_question(q, typed.replace(".", ",")).credit == expected


# --------------------------------------------------------------------------- matching


def test_matching_gives_the_fraction_of_right_pairs() -> None:
    assert grade_question(MATCH, {0: "Paris", 1: "Rome", 2: "Madrid"}).credit == 1
    assert grade_question(MATCH, {0: "Paris", 1: "Madrid", 2: "Rome"}).credit == Fraction(1, 3)
    partial = grade_question(MATCH, {0: "Paris", 1: "Rome"})
    assert (partial.credit, partial.outcome) == (Fraction(2, 3), Outcome.PARTIAL)
    assert grade_question(MATCH, {0: "Berlin"}).credit == 0
    assert grade_question(MATCH, {}).outcome is Outcome.UNANSWERED
    assert grade_question(MATCH, {9: "Paris"}).credit == 0  # stale prompt index


# --------------------------------------------------------------------------- essay, description, marks


def test_essay_is_pending_until_marked() -> None:
    pending = grade_question(ESSAY, "My essay")
    assert pending.pending and pending.credit is None and pending.outcome is Outcome.PENDING
    marked = grade_question(ESSAY, "My essay", Fraction(3, 5))
    assert (marked.pending, marked.credit, marked.manual, marked.outcome) == (
        False,
        Fraction(3, 5),
        True,
        Outcome.PARTIAL,
    )
    blank = grade_question(ESSAY, "  ")
    assert (blank.outcome, blank.credit, blank.pending) == (Outcome.UNANSWERED, 0, False)


def test_description_is_not_graded() -> None:
    result = grade_question(DESC, None)
    assert (result.outcome, result.credit) == (Outcome.NOT_GRADED, None)
    assert grade_question(DESC, None, Fraction(1)).outcome is Outcome.NOT_GRADED


def test_a_manual_mark_overrides_automatic_grading_and_keeps_feedback() -> None:
    result = grade_question(mc(1, 0), 1, Fraction(1, 2))
    assert (result.credit, result.manual, result.feedback) == (Fraction(1, 2), True, ("fb1",))


@pytest.mark.parametrize("bad", [Fraction(-1, 10), Fraction(11, 10)])
def test_marks_outside_zero_to_one_are_refused(bad: Fraction) -> None:
    with pytest.raises(ValueError):
        grade_question(ESSAY, "x", bad)


def test_credit_from_points() -> None:
    assert credit_from_points(3, 5) == Fraction(3, 5)
    assert credit_from_points(Fraction(7, 2), 5) == Fraction(7, 10)
    with pytest.raises(ValueError):
        credit_from_points(6, 5)
    with pytest.raises(ValueError):
        credit_from_points(1, 0)


any_question = st.sampled_from(
    [
        mc(1, 0, 0.5, -1),
        mr(0.5, 0.5, -0.5, 0.3333333),
        TF,
        sa(("a*", 1.0), ("b", 0.5)),
        num((1.5, 0.5, 1.0)),
        MATCH,
    ]
)


@st.composite
def question_and_response(draw: st.DrawFn) -> tuple[Question, object]:
    q = draw(any_question)
    strategies: dict[QuestionType, st.SearchStrategy[object]] = {
        T.MULTIPLE_CHOICE: st.integers(0, 5),
        T.MULTIPLE_RESPONSE: st.frozensets(st.integers(0, 5)),
        T.TRUE_FALSE: st.booleans(),
        T.SHORT_ANSWER: st.text(max_size=10),
        T.NUMERICAL: st.text(alphabet="0123456789.,-e ", max_size=8),
        T.MATCHING: st.dictionaries(
            st.integers(0, 4), st.sampled_from(["Paris", "Rome", "Madrid", "Berlin"])
        ),
    }
    return q, draw(st.none() | strategies[q.type])


@QUICK
@given(question_and_response())
def test_credit_is_always_between_zero_and_one(case: tuple[Question, object]) -> None:
    question, response = case
    result = grade_question(question, response)  # type: ignore[arg-type]
    assert result.credit is not None and 0 <= result.credit <= 1
    assert (result.outcome is Outcome.CORRECT) == (result.credit == 1)
    assert not result.pending


# --------------------------------------------------------------------------- attempts


def with_id(q: Question, qid: str) -> Question:
    return q.with_id(qid)


def test_grade_attempt_weights_by_points_and_rounds_down() -> None:
    questions = [
        (with_id(mc(1, 0), "q1"), 1),
        (with_id(TF, "q2"), 2),
        (with_id(MATCH, "q3"), 3),
        (with_id(DESC, "q4"), 0),
    ]
    responses = {"q1": 1, "q2": True, "q3": {0: "Paris", 1: "Rome"}, "stale": 3}
    grade = grade_attempt(questions, responses, passing_score=67)
    assert grade.earned == 0 + 2 + 2
    assert grade.possible == 6
    assert grade.score == 66  # 66.67 rounded down
    assert grade.passed is False  # 4 * 100 = 400 < 67 * 6 = 402
    assert grade_attempt(questions, responses, passing_score=66).passed is True
    assert not grade.pending
    assert [s.question_id for s in grade.questions] == ["q1", "q2", "q3", "q4"]
    assert [s.earned for s in grade.questions] == [0, 2, 2, 0]


def test_grade_attempt_with_pending_essay() -> None:
    questions = [(with_id(TF, "t"), 1), (with_id(ESSAY, "e"), 5)]
    grade = grade_attempt(questions, {"t": True, "e": "words"}, passing_score=50)
    assert (grade.earned, grade.possible, grade.pending, grade.passed, grade.score) == (1, 6, True, False, 16)
    marked = grade_attempt(questions, {"t": True, "e": "words"}, {"e": Fraction(4, 5)}, passing_score=50)
    assert (marked.earned, marked.pending, marked.passed, marked.score) == (5, False, True, 83)


def test_grade_attempt_without_passing_score_or_points() -> None:
    grade = grade_attempt([(with_id(DESC, "d"), 0)], {})
    assert (grade.earned, grade.possible, grade.score, grade.passed) == (0, 0, 0, None)
    assert grade_attempt([], {}, passing_score=50).passed is True  # 0 * 100 >= 50 * 0


def test_grade_attempt_refuses_bad_question_lists() -> None:
    with pytest.raises(ValueError):
        grade_attempt([(TF, 1)], {})  # no id
    with pytest.raises(ValueError):
        grade_attempt([(with_id(TF, "a"), 1), (with_id(TF, "a"), 1)], {})
    with pytest.raises(ValueError):
        grade_attempt([(with_id(TF, "a"), -1)], {})


def test_three_thirds_reach_a_hundred_percent_pass_mark() -> None:
    q = with_id(mr(0.3333333, 0.3333333, 0.3333333, -1), "m")
    grade = grade_attempt([(q, 3)], {"m": frozenset({0, 1, 2})}, passing_score=100)
    assert (grade.earned, grade.score, grade.passed) == (3, 100, True)


@QUICK
@given(
    st.lists(st.tuples(st.integers(0, 12), st.integers(1, 12), st.integers(0, 20)), min_size=1, max_size=8),
    st.integers(0, 100),
)
def test_pass_rule_and_score_are_exact(parts: list[tuple[int, int, int]], passing: int) -> None:
    """earned/possible built from exact thirds, sevenths...: compare with integer arithmetic."""
    earned = sum((Fraction(min(k, n), n) * pts for k, n, pts in parts), Fraction(0))
    possible = Fraction(sum(pts for _, _, pts in parts))
    assert is_pass(earned, possible, passing) == (
        earned.numerator * 100 * possible.denominator >= passing * possible.numerator * earned.denominator
    )
    score = score_percent(earned, possible)
    if possible:
        assert 0 <= score <= 100
        assert Fraction(score, 100) * possible <= earned < Fraction(score + 1, 100) * possible or score == 100
        assert is_pass(earned, possible, score)  # you always pass at your own (rounded down) score
    else:
        assert score == 0


@QUICK
@given(
    st.lists(st.sampled_from([0.3333333, 0.6666667, 0.1428571, 0.5, 0.1666667, 1.0]), min_size=1, max_size=6)
)
def test_grade_attempt_earned_equals_sum_of_points_times_credit(credits: list[float]) -> None:
    questions = [(with_id(mc(c, 1.0 if c != 1.0 else 0.0), f"q{i}"), i + 1) for i, c in enumerate(credits)]
    responses = {f"q{i}": 0 for i in range(len(credits))}
    grade = grade_attempt(questions, responses)
    assert grade.earned == sum((credit_fraction(c) * (i + 1) for i, c in enumerate(credits)), Fraction(0))
    assert grade.possible == sum(range(1, len(credits) + 1))
