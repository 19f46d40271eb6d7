from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from examhub_desktop.core.item_analysis import (
    analyse,
    cronbach_alpha,
    discrimination_index,
    facility,
    group_size,
    kr20,
    point_biserial,
    totals,
)

QUICK = settings(deadline=None, max_examples=150)

# five attempts, three right/wrong items; the expected values are worked out by hand
SMALL = [
    [1, 1, 1],
    [1, 1, 0],
    [1, 0, 0],
    [0, 0, 0],
    [1, 1, 0],
]


def test_facility() -> None:
    assert [facility(SMALL, j) for j in range(3)] == pytest.approx([0.8, 0.6, 0.2])
    assert facility([], 0) is None
    assert facility([[Fraction(1, 3)], [Fraction(2, 3)]], 0) == pytest.approx(0.5)


def test_kr20_and_alpha_by_hand() -> None:
    # sum p*q = .16 + .24 + .16 = .56; variance of totals (3, 2, 1, 0, 2) = 1.04
    expected = 3 / 2 * (1 - 0.56 / 1.04)
    assert kr20(SMALL) == pytest.approx(expected)
    assert cronbach_alpha(SMALL) == pytest.approx(expected)
    assert expected == pytest.approx(9 / 13)


def test_point_biserial_by_hand() -> None:
    # item 0 (1, 1, 1, 0, 1) against the rest (2, 1, 0, 0, 1): r = .8 / sqrt(.8 * 2.8)
    assert point_biserial(SMALL, 0) == pytest.approx(math.sqrt(2 / 7))


def test_totals_weighted() -> None:
    assert totals(SMALL) == [3, 2, 1, 0, 2]
    assert totals(SMALL, [1, 2, 3]) == [6, 3, 1, 0, 3]


def ladder(item: list[int]) -> list[list[int]]:
    """Ten attempts with rising totals from five filler items, plus `item` in front."""
    return [[item[i]] + [1 if j < i // 2 else 0 for j in range(5)] for i in range(10)]


def test_discrimination_upper_minus_lower_27_percent() -> None:
    assert group_size(10) == 3
    assert discrimination_index(ladder([0] * 5 + [1] * 5), 0) == 1
    assert discrimination_index(ladder([1] * 5 + [0] * 5), 0) == -1
    assert discrimination_index(ladder([1] * 10), 0) == 0
    # right in the upper group twice out of three, in the lower group once
    assert discrimination_index(ladder([1, 0, 0, 0, 0, 0, 0, 1, 0, 1]), 0) == pytest.approx(1 / 3)


def test_group_size() -> None:
    assert [group_size(n) for n in (1, 2, 3, 4, 10, 100)] == [0, 1, 1, 1, 3, 27]


def test_undefined_statistics_are_none() -> None:
    assert discrimination_index([[1, 0]], 0) is None
    assert point_biserial([[1, 0]], 0) is None
    assert point_biserial([], 0) is None
    assert point_biserial([[1, 1], [1, 0]], 0) is None  # everybody got item 0
    assert cronbach_alpha([[1, 0], [1, 0]]) is None  # no spread in totals
    assert cronbach_alpha([[1], [0]]) is None  # one item
    assert kr20([[1, 0]]) is None


def test_bad_matrices_are_refused() -> None:
    with pytest.raises(ValueError):
        facility([[1, 0], [1]], 0)
    with pytest.raises(ValueError):
        facility([[1.5]], 0)
    with pytest.raises(ValueError):
        facility([[float("nan")]], 0)
    with pytest.raises(ValueError):
        kr20([[0.5, 1], [0, 1]])
    with pytest.raises(ValueError):
        totals(SMALL, [1, 2])
    with pytest.raises(ValueError):
        totals(SMALL, [1, -2, 1])


def test_analyse() -> None:
    stats = analyse(SMALL)
    assert stats.attempts == 5
    assert stats.mean_total == pytest.approx(1.6)
    assert stats.std_dev_total == pytest.approx(math.sqrt(1.04))
    assert stats.alpha == pytest.approx(9 / 13)
    assert stats.standard_error == pytest.approx(math.sqrt(1.04) * math.sqrt(4 / 13))
    assert [i.facility for i in stats.items] == pytest.approx([0.8, 0.6, 0.2])
    assert stats.items[0].std_dev == pytest.approx(0.4)
    assert stats.items[0].point_biserial == pytest.approx(math.sqrt(2 / 7))
    empty = analyse([])
    assert (empty.attempts, empty.mean_total, empty.alpha, empty.items) == (0, None, None, ())


binary_matrix = st.integers(2, 6).flatmap(
    lambda k: st.lists(st.lists(st.integers(0, 1), min_size=k, max_size=k), min_size=2, max_size=30)
)
credit_matrix = st.integers(2, 6).flatmap(
    lambda k: st.lists(
        st.lists(st.sampled_from([0, 0.25, 0.5, 1 / 3, 0.75, 1]), min_size=k, max_size=k),
        min_size=2,
        max_size=30,
    )
)


@QUICK
@given(binary_matrix)
def test_kr20_equals_alpha_on_right_wrong_items(matrix: list[list[int]]) -> None:
    a, b = kr20(matrix), cronbach_alpha(matrix)
    assert (a is None) == (b is None)
    if a is not None and b is not None:
        assert a == pytest.approx(b)
        assert a <= 1 + 1e-9


@QUICK
@given(credit_matrix, st.data())
def test_indices_stay_in_range(matrix: list[list[float]], data: st.DataObject) -> None:
    item = data.draw(st.integers(0, len(matrix[0]) - 1))
    f = facility(matrix, item)
    assert f is not None and 0 <= f <= 1
    d = discrimination_index(matrix, item)
    assert d is not None and -1 <= d <= 1
    r = point_biserial(matrix, item)
    assert r is None or -1 <= r <= 1


@QUICK
@given(credit_matrix, st.floats(min_value=0.5, max_value=10))
def test_alpha_ignores_a_common_scale_of_the_weights(matrix: list[list[float]], scale: float) -> None:
    plain = cronbach_alpha(matrix)
    assume(plain is not None)
    scaled = cronbach_alpha(matrix, [scale] * len(matrix[0]))
    assert scaled == pytest.approx(plain, abs=1e-9)


@QUICK
@given(credit_matrix)
def test_row_order_does_not_change_alpha_or_facility(matrix: list[list[float]]) -> None:
    flipped = list(reversed(matrix))
    a, b = cronbach_alpha(matrix), cronbach_alpha(flipped)
    assert (a is None) == (b is None)
    if a is not None:
        assert b == pytest.approx(a)
    assert facility(flipped, 0) == pytest.approx(facility(matrix, 0))
