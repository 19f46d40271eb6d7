"""Per-attempt order of questions and choices, from one stored integer seed.

The same seed gives the same order on every run, machine and Python version:
- Python's `hash()` is never used (string hashing is randomised per process); sub-seeds
  come from SHA-256 of the seed and a label;
- random.Random(int) seeds the Mersenne Twister the same way since Python 3.2 and its
  getrandbits() output is fixed by the algorithm, but Random.shuffle() and randrange()
  are implementation details that have changed before, so the Fisher-Yates shuffle and
  the uniform draw are written here on top of getrandbits().
Each question's choices are shuffled from their own sub-seed (attempt seed + question id),
so a question's choice order does not depend on the other questions of the exam.

Orders are lists of indexes into what the author wrote (question list, `choices`,
`pairs`), which is what responses store too (see responses.py).
"""

from __future__ import annotations

import hashlib
import random
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from examhub_desktop.core.question import CHOICE_TYPES, Question, QuestionType
from examhub_desktop.core.responses import matching_options

SEED_BITS = 63  # fits a signed 64-bit integer column in SQLite and PostgreSQL (BIGINT)


def new_seed() -> int:
    """A fresh seed for a new attempt."""
    return secrets.randbits(SEED_BITS)


def sub_seed(seed: int, label: str) -> int:
    """A seed derived from `seed` for one purpose, e.g. one question's choices."""
    digest = hashlib.sha256(f"{seed}\x1f{label}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def _below(rng: random.Random, n: int) -> int:
    """A uniform integer in [0, n), by rejection on getrandbits (no modulo bias)."""
    bits = n.bit_length()
    while True:
        r = rng.getrandbits(bits)
        if r < n:
            return r


def permutation(seed: int, n: int) -> list[int]:
    """A uniformly random order of range(n), fixed by `seed` (Fisher-Yates)."""
    if n < 0:
        raise ValueError("n must not be negative.")
    order = list(range(n))
    rng = random.Random(seed)
    for i in range(n - 1, 0, -1):
        j = _below(rng, i + 1)
        order[i], order[j] = order[j], order[i]
    return order


def question_order(seed: int, count: int, *, shuffle: bool) -> list[int]:
    """The order to show `count` questions in: authored order unless `shuffle`."""
    return permutation(sub_seed(seed, "questions"), count) if shuffle else list(range(count))


def _question_label(question: Question, position: int) -> str:
    return question.id if question.id is not None else f"#{position}"


def choice_order(seed: int, question: Question, *, position: int = 0, shuffle: bool = True) -> list[int]:
    """The order to show a choice question's choices in, as indexes into `choices`.

    Authored order when the question (`shuffle_choices`) or the exam (`shuffle`) says so.
    `position` identifies a question that has no id yet (a preview).
    """
    n = len(question.choices)
    if not (shuffle and question.shuffle_choices):
        return list(range(n))
    return permutation(sub_seed(seed, "choices:" + _question_label(question, position)), n)


@dataclass(frozen=True, slots=True)
class MatchingOrder:
    prompts: tuple[int, ...]  # indexes into question.pairs
    options: tuple[str, ...]  # the answer texts offered, in display order


def matching_order(
    seed: int, question: Question, *, position: int = 0, shuffle: bool = True
) -> MatchingOrder:
    """The order of a matching question's prompts and of the answers offered for them."""
    options = matching_options(question)
    if not (shuffle and question.shuffle_choices):
        return MatchingOrder(tuple(range(len(question.pairs))), options)
    label = _question_label(question, position)
    prompts = permutation(sub_seed(seed, "prompts:" + label), len(question.pairs))
    offered = permutation(sub_seed(seed, "options:" + label), len(options))
    return MatchingOrder(tuple(prompts), tuple(options[i] for i in offered))


@dataclass(frozen=True, slots=True)
class AttemptOrder:
    """Everything an attempt shows in order: question positions and per-question orders."""

    questions: tuple[int, ...]  # indexes into the exam's questions as authored
    choices: Mapping[int, tuple[int, ...]]  # question index -> choice order (choice types)
    matching: Mapping[int, MatchingOrder]  # question index -> prompt / option order


def attempt_order(
    seed: int,
    questions: Sequence[Question],
    *,
    shuffle_questions: bool,
    shuffle_choices: bool = True,
) -> AttemptOrder:
    """The whole order of an attempt, recomputable from the seed when it resumes."""
    choices: dict[int, tuple[int, ...]] = {}
    matching: dict[int, MatchingOrder] = {}
    for i, q in enumerate(questions):
        if q.type in CHOICE_TYPES:
            choices[i] = tuple(choice_order(seed, q, position=i, shuffle=shuffle_choices))
        elif q.type is QuestionType.MATCHING:
            matching[i] = matching_order(seed, q, position=i, shuffle=shuffle_choices)
    return AttemptOrder(
        questions=tuple(question_order(seed, len(questions), shuffle=shuffle_questions)),
        choices=choices,
        matching=matching,
    )


__all__ = [
    "SEED_BITS",
    "AttemptOrder",
    "MatchingOrder",
    "attempt_order",
    "choice_order",
    "matching_order",
    "new_seed",
    "permutation",
    "question_order",
    "sub_seed",
]
