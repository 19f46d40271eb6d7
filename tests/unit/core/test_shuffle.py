from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from itertools import permutations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from examhub_desktop.core.question import Choice, MatchPair, Question, QuestionType
from examhub_desktop.core.shuffle import (
    SEED_BITS,
    attempt_order,
    choice_order,
    matching_order,
    new_seed,
    permutation,
    question_order,
    sub_seed,
)

T = QuestionType
QUICK = settings(deadline=None, max_examples=100)
seeds = st.integers(min_value=0, max_value=2**SEED_BITS - 1)


def choice_q(n: int, qid: str | None = "q", shuffle: bool = True) -> Question:
    return Question(
        T.MULTIPLE_CHOICE,
        "?",
        choices=tuple(Choice(f"c{i}", 1.0 if i == 0 else 0.0) for i in range(n)),
        shuffle_choices=shuffle,
        id=qid,
    )


MATCH = Question(
    T.MATCHING,
    "?",
    pairs=tuple(MatchPair(f"p{i}", f"a{i}") for i in range(5)),
    distractors=("d0", "a1"),
    id="m",
)


def test_golden_orders_do_not_drift() -> None:
    """Pinned outputs: a change here means resumed attempts would show a different order."""
    assert sub_seed(42, "questions") == 2614633630734940425
    assert permutation(42, 10) == [7, 3, 2, 8, 5, 6, 9, 4, 0, 1]
    assert permutation(2**62 + 12345, 5) == [1, 0, 4, 2, 3]
    assert question_order(7, 6, shuffle=True) == [2, 0, 1, 5, 3, 4]


def test_orders_are_the_same_in_another_process_with_another_hash_seed() -> None:
    code = (
        "from examhub_desktop.core.shuffle import question_order, choice_order;"
        "from examhub_desktop.core.question import Question, QuestionType, Choice;"
        "q = Question(QuestionType.MULTIPLE_CHOICE, '?', choices=tuple(Choice(str(i)) for i in range(8)), id='abc');"
        "print(question_order(99, 12, shuffle=True), choice_order(99, q))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    q = Question(T.MULTIPLE_CHOICE, "?", choices=tuple(Choice(str(i)) for i in range(8)), id="abc")
    assert out.strip() == f"{question_order(99, 12, shuffle=True)} {choice_order(99, q)}"


@QUICK
@given(seeds, st.integers(min_value=0, max_value=40))
def test_permutation_is_deterministic_and_a_permutation(seed: int, n: int) -> None:
    order = permutation(seed, n)
    assert sorted(order) == list(range(n))
    assert permutation(seed, n) == order


def test_permutation_refuses_negative_sizes() -> None:
    with pytest.raises(ValueError):
        permutation(1, -1)


def test_permutation_is_roughly_uniform() -> None:
    counts = Counter(tuple(permutation(seed, 3)) for seed in range(6000))
    assert set(counts) == set(permutations(range(3)))
    assert all(800 <= c <= 1200 for c in counts.values())  # expected 1000 each


def test_different_seeds_give_different_orders() -> None:
    orders = {tuple(question_order(seed, 10, shuffle=True)) for seed in range(50)}
    assert len(orders) > 45


def test_authored_order_is_kept_when_asked() -> None:
    assert question_order(5, 7, shuffle=False) == list(range(7))
    assert choice_order(5, choice_q(6, shuffle=False)) == list(range(6))
    assert choice_order(5, choice_q(6), shuffle=False) == list(range(6))
    fixed = Question(T.MATCHING, "?", pairs=MATCH.pairs, distractors=MATCH.distractors, shuffle_choices=False)
    assert matching_order(5, fixed) == matching_order(6, fixed)
    assert matching_order(5, fixed).prompts == (0, 1, 2, 3, 4)
    assert matching_order(5, fixed).options == ("a0", "a1", "a2", "a3", "a4", "d0")


@QUICK
@given(seeds)
def test_choice_order_depends_on_the_question_not_on_its_neighbours(seed: int) -> None:
    q = choice_q(8, "target")
    alone = attempt_order(seed, [q], shuffle_questions=True)
    crowd = attempt_order(seed, [choice_q(4, "x"), choice_q(5, "y"), q], shuffle_questions=True)
    assert alone.choices[0] == crowd.choices[2] == tuple(choice_order(seed, q))


def test_two_questions_get_independent_choice_orders() -> None:
    same = sum(
        choice_order(seed, choice_q(6, "a")) == choice_order(seed, choice_q(6, "b")) for seed in range(200)
    )
    assert same < 10  # 1 in 720 by chance


def test_questions_without_id_use_their_position() -> None:
    q = choice_q(6, qid=None)
    assert choice_order(3, q, position=0) == choice_order(3, q, position=0)
    differ = sum(choice_order(s, q, position=0) != choice_order(s, q, position=1) for s in range(50))
    assert differ > 40


@QUICK
@given(seeds)
def test_matching_order(seed: int) -> None:
    order = matching_order(seed, MATCH)
    assert sorted(order.prompts) == [0, 1, 2, 3, 4]
    assert sorted(order.options) == ["a0", "a1", "a2", "a3", "a4", "d0"]  # "a1" offered once
    assert matching_order(seed, MATCH) == order


@QUICK
@given(seeds, st.booleans(), st.booleans())
def test_attempt_order_is_complete_and_recomputable(seed: int, shuffle_q: bool, shuffle_c: bool) -> None:
    questions = [
        choice_q(4, "a"),
        Question(T.TRUE_FALSE, "?", correct=True, id="b"),
        MATCH,
        Question(T.MULTIPLE_RESPONSE, "?", choices=(Choice("x", 1.0), Choice("y")), id="c"),
        Question(T.ESSAY, "?", id="d"),
    ]
    order = attempt_order(seed, questions, shuffle_questions=shuffle_q, shuffle_choices=shuffle_c)
    assert sorted(order.questions) == [0, 1, 2, 3, 4]
    assert set(order.choices) == {0, 3}
    assert set(order.matching) == {2}
    assert sorted(order.choices[0]) == [0, 1, 2, 3]
    assert order == attempt_order(seed, questions, shuffle_questions=shuffle_q, shuffle_choices=shuffle_c)
    if not shuffle_q:
        assert order.questions == (0, 1, 2, 3, 4)
    if not shuffle_c:
        assert order.choices[0] == (0, 1, 2, 3)


def test_new_seed_fits_a_signed_64_bit_column() -> None:
    drawn = {new_seed() for _ in range(100)}
    assert all(0 <= s < 2**63 for s in drawn)
    assert len(drawn) > 95
