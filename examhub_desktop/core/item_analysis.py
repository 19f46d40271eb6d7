"""Classical test theory over a matrix of credits: rows are attempts, columns are questions.

Each cell is a credit in [0, 1] (grading.GradeResult.credit; an unanswered question is 0).
Callers leave out attempts with pending essays, or fill them in once marked. Optional
`weights` (the questions' points) weight the total score that items are compared with.

- facility index: mean credit of an item (Moodle's "facility", p for right/wrong items);
- discrimination index: mean credit in the upper group minus in the lower group, the groups
  being the top and bottom 27% of attempts by total score (Kelley's 27%);
- point-biserial: the correlation of an item's credit with the total of the other items
  (the "corrected" item-total correlation, so an item does not correlate with itself);
- Cronbach's alpha, which equals KR-20 when every credit is 0 or 1; kr20() insists on that.

Statistics need spread: a function returns None where its formula divides by zero (too few
attempts, an item everyone got right, a total with no variance) rather than a made-up 0.
Population variances (divide by n) are used throughout, as KR-20 is defined with p*q.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import SupportsFloat

Matrix = Sequence[Sequence[SupportsFloat]]

UPPER_LOWER_SHARE = 0.27


def _to_float_rows(matrix: Matrix) -> list[list[float]]:
    rows = [[float(x) for x in row] for row in matrix]
    if rows and any(len(r) != len(rows[0]) for r in rows):
        raise ValueError("Every attempt must have a credit for every question.")
    if any(not (math.isfinite(x) and 0.0 <= x <= 1.0) for r in rows for x in r):
        raise ValueError("Credits must be numbers between 0 and 1.")
    return rows


def _weights(weights: Sequence[SupportsFloat] | None, k: int) -> list[float]:
    if weights is None:
        return [1.0] * k
    w = [float(x) for x in weights]
    if len(w) != k or any(not (math.isfinite(x) and x >= 0) for x in w):
        raise ValueError("Give one non-negative weight per question.")
    return w


def _mean(xs: Sequence[float]) -> float:
    return math.fsum(xs) / len(xs)


def _pvariance(xs: Sequence[float]) -> float:
    m = _mean(xs)
    return math.fsum((x - m) ** 2 for x in xs) / len(xs)


def _pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    if len(xs) < 2:
        return None
    mx, my = _mean(xs), _mean(ys)
    sxy = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = math.fsum((x - mx) ** 2 for x in xs)
    syy = math.fsum((y - my) ** 2 for y in ys)
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def totals(matrix: Matrix, weights: Sequence[SupportsFloat] | None = None) -> list[float]:
    """Each attempt's total score (weighted sum of credits)."""
    rows = _to_float_rows(matrix)
    w = _weights(weights, len(rows[0]) if rows else 0)
    return [math.fsum(x * wi for x, wi in zip(r, w, strict=True)) for r in rows]


def facility(matrix: Matrix, item: int) -> float | None:
    """Mean credit of `item` (0 = nobody got it, 1 = everybody did); None without attempts."""
    rows = _to_float_rows(matrix)
    return _mean([r[item] for r in rows]) if rows else None


def group_size(n: int, share: float = UPPER_LOWER_SHARE) -> int:
    """How many attempts the upper and the lower group each hold (at least 1, at most n // 2)."""
    return min(n // 2, max(1, round(share * n)))


def discrimination_index(
    matrix: Matrix,
    item: int,
    weights: Sequence[SupportsFloat] | None = None,
    share: float = UPPER_LOWER_SHARE,
) -> float | None:
    """Upper-group mean credit minus lower-group mean credit of `item`, in [-1, 1].

    Attempts are ranked by total score; ties are broken by their row order, so the result
    is deterministic. None with fewer than two attempts.
    """
    rows = _to_float_rows(matrix)
    if len(rows) < 2:
        return None
    tot = totals(rows, weights)
    ranked = sorted(range(len(rows)), key=lambda i: (tot[i], i))
    g = group_size(len(rows), share)
    lower = [rows[i][item] for i in ranked[:g]]
    upper = [rows[i][item] for i in ranked[-g:]]
    return _mean(upper) - _mean(lower)


def point_biserial(matrix: Matrix, item: int, weights: Sequence[SupportsFloat] | None = None) -> float | None:
    """Correlation of `item`'s credit with the total of the other items (corrected)."""
    rows = _to_float_rows(matrix)
    if not rows:
        return None
    w = _weights(weights, len(rows[0]))
    rest = [t - r[item] * w[item] for t, r in zip(totals(rows, w), rows, strict=True)]
    return _pearson([r[item] for r in rows], rest)


def cronbach_alpha(matrix: Matrix, weights: Sequence[SupportsFloat] | None = None) -> float | None:
    """k/(k-1) * (1 - sum of item variances / variance of totals); None if undefined.

    With weights, the items are the weighted scores (credit * points), so alpha describes
    the same total that the results view shows.
    """
    rows = _to_float_rows(matrix)
    if len(rows) < 2 or len(rows[0]) < 2:
        return None
    k = len(rows[0])
    w = _weights(weights, k)
    total_var = _pvariance(totals(rows, w))
    if total_var <= 1e-12:
        return None
    item_var = math.fsum(_pvariance([r[j] * w[j] for r in rows]) for j in range(k))
    return k / (k - 1) * (1 - item_var / total_var)


def kr20(matrix: Matrix) -> float | None:
    """Kuder-Richardson 20 for right/wrong items; ValueError if a credit is not 0 or 1."""
    rows = _to_float_rows(matrix)
    if any(x not in (0.0, 1.0) for r in rows for x in r):
        raise ValueError("KR-20 needs every credit to be 0 or 1; use cronbach_alpha for partial credit.")
    if len(rows) < 2 or len(rows[0]) < 2:
        return None
    k = len(rows[0])
    total_var = _pvariance(totals(rows))
    if total_var <= 1e-12:
        return None
    pq = math.fsum(p * (1 - p) for p in (_mean([r[j] for r in rows]) for j in range(k)))
    return k / (k - 1) * (1 - pq / total_var)


@dataclass(frozen=True, slots=True)
class ItemStats:
    facility: float | None
    std_dev: float | None
    discrimination: float | None
    point_biserial: float | None


@dataclass(frozen=True, slots=True)
class ExamStats:
    attempts: int
    mean_total: float | None
    std_dev_total: float | None
    alpha: float | None
    standard_error: float | None  # of measurement: sd * sqrt(1 - alpha)
    items: tuple[ItemStats, ...]


def analyse(matrix: Matrix, weights: Sequence[SupportsFloat] | None = None) -> ExamStats:
    """All of the above for an exam, for the results view."""
    rows = _to_float_rows(matrix)
    k = len(rows[0]) if rows else 0
    items = tuple(
        ItemStats(
            facility=facility(rows, j),
            std_dev=math.sqrt(_pvariance([r[j] for r in rows])) if rows else None,
            discrimination=discrimination_index(rows, j, weights),
            point_biserial=point_biserial(rows, j, weights),
        )
        for j in range(k)
    )
    tot = totals(rows, weights) if rows else []
    sd = math.sqrt(_pvariance(tot)) if tot else None
    alpha = cronbach_alpha(rows, weights)
    sem = sd * math.sqrt(max(0.0, 1 - alpha)) if sd is not None and alpha is not None else None
    return ExamStats(
        attempts=len(rows),
        mean_total=_mean(tot) if tot else None,
        std_dev_total=sd,
        alpha=alpha,
        standard_error=sem,
        items=items,
    )


__all__ = [
    "UPPER_LOWER_SHARE",
    "ExamStats",
    "ItemStats",
    "analyse",
    "cronbach_alpha",
    "discrimination_index",
    "facility",
    "group_size",
    "kr20",
    "point_biserial",
    "totals",
]
