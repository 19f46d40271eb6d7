"""What a teacher sets per exam about taking it, and the rules that follow from it.

- Attempts allowed (None: unlimited) and which exam-mode attempt counts: Moodle's grading
  methods (highest, first, last, average of the finished attempts).
- Whether practice mode is offered (never while the same student has an exam attempt of the
  exam in progress: practice checks answers).
- Review options, like Moodle's: for each thing a student may see after an attempt (their
  answers, right/wrong marks, points, the correct answers, feedback and explanations), when:
  right after the attempt, only after the exam closes, or never. With no closing time set,
  "after the exam closes" never comes (as in Moodle).
- Full-screen mode, opening and closing times. A closing time also ends attempts in progress:
  an attempt's time limit is cut to the time left until the exam closes (Moodle does the same).

Times are aware UTC datetimes. Pure code: no database, no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from typing import Any

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

GRADING_METHODS = ("highest", "first", "last", "average")
GRADING_METHOD_NAMES = {
    "highest": QT_TRANSLATE_NOOP("ExamRules", "Highest grade"),
    "first": QT_TRANSLATE_NOOP("ExamRules", "First attempt"),
    "last": QT_TRANSLATE_NOOP("ExamRules", "Last attempt"),
    "average": QT_TRANSLATE_NOOP("ExamRules", "Average grade"),
}
REVIEW_WHEN = ("after_attempt", "after_close", "never")
REVIEW_WHEN_NAMES = {
    "after_attempt": QT_TRANSLATE_NOOP("ExamRules", "Right after the attempt"),
    "after_close": QT_TRANSLATE_NOOP("ExamRules", "After the exam closes"),
    "never": QT_TRANSLATE_NOOP("ExamRules", "Never"),
}
REVIEW_PARTS = ("answers", "marks", "points", "correct_answers", "feedback")
REVIEW_PART_NAMES = {
    "answers": QT_TRANSLATE_NOOP("ExamRules", "Their answers"),
    "marks": QT_TRANSLATE_NOOP("ExamRules", "Right or wrong marks"),
    "points": QT_TRANSLATE_NOOP("ExamRules", "Points and score"),
    "correct_answers": QT_TRANSLATE_NOOP("ExamRules", "The correct answers"),
    "feedback": QT_TRANSLATE_NOOP("ExamRules", "Feedback and explanations"),
}
MAX_ATTEMPTS = 100
MIN_MULTIPLIER, MAX_MULTIPLIER = 1.0, 5.0
# A save or submit that left the window just before the deadline still counts if it arrives
# within this many seconds after it (the round trip to a busy server).
GRACE_SECONDS = 15.0


@dataclass(frozen=True, slots=True)
class ReviewOptions:
    """When each part of the review is shown to the student (one of REVIEW_WHEN)."""

    answers: str = "after_attempt"
    marks: str = "after_attempt"
    points: str = "after_attempt"
    correct_answers: str = "after_attempt"
    feedback: str = "after_attempt"

    def to_json(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_json(cls, raw: Any) -> ReviewOptions:
        """Unknown keys and values are ignored (a newer app's options read by an older one)."""
        if not isinstance(raw, Mapping):
            return cls()
        known = {k: v for k, v in raw.items() if k in REVIEW_PARTS and v in REVIEW_WHEN}
        return cls(**known)

    def right_after(self) -> ReviewShows:
        """What a student sees as soon as the attempt is submitted (the exam still open)."""
        return self.visible(datetime.min.replace(tzinfo=UTC), None)

    def visible(self, now: datetime, closes_at: datetime | None) -> ReviewShows:
        """What a student sees of a finished attempt at `now`."""
        closed = closes_at is not None and now >= closes_at

        def shown(when: str) -> bool:
            return when == "after_attempt" or (when == "after_close" and closed)

        answers = shown(self.answers)
        # The rest is about the answers: without them, only the score can be shown.
        return ReviewShows(
            answers=answers,
            marks=answers and shown(self.marks),
            points=shown(self.points),
            correct_answers=answers and shown(self.correct_answers),
            feedback=answers and shown(self.feedback),
        )


@dataclass(frozen=True, slots=True)
class ReviewShows:
    """What a review shows now; everything for a teacher."""

    answers: bool = True
    marks: bool = True
    points: bool = True
    correct_answers: bool = True
    feedback: bool = True

    @property
    def everything(self) -> bool:
        return all(getattr(self, f.name) for f in fields(self))


@dataclass(frozen=True, slots=True)
class ExamRules:
    max_attempts: int | None = None  # exam-mode attempts a student may start; None: unlimited
    grading_method: str = "highest"
    practice_allowed: bool = True
    review: ReviewOptions = ReviewOptions()
    fullscreen: bool = False
    opens_at: datetime | None = None
    closes_at: datetime | None = None

    def problems(self) -> dict[str, str]:
        """Field name -> what is wrong, in words a teacher understands."""
        out: dict[str, str] = {}
        if self.max_attempts is not None and not 1 <= self.max_attempts <= MAX_ATTEMPTS:
            out["max_attempts"] = translate(
                "ExamRules", "Attempts allowed must be 1 to {max}, or unlimited."
            ).format(max=MAX_ATTEMPTS)
        if self.grading_method not in GRADING_METHODS:
            out["grading_method"] = translate("ExamRules", "Unknown grading method {name}.").format(
                name=repr(self.grading_method)
            )
        for when in (self.opens_at, self.closes_at):
            if when is not None and (when.tzinfo is None or when.utcoffset() is None):
                raise ValueError("exam opening and closing times must be timezone-aware")
        if self.opens_at is not None and self.closes_at is not None and self.closes_at <= self.opens_at:
            out["closes_at"] = translate("ExamRules", "The exam must close after it opens.")
        return out

    def with_review(self, **parts: str) -> ExamRules:
        return replace(self, review=replace(self.review, **parts))

    def not_open_reason(self, now: datetime) -> str | None:
        """Why a student cannot start an attempt at `now`, or None."""
        if self.opens_at is not None and now < self.opens_at:
            return translate("ExamRules", "This exam opens at {time}.").format(time=_local(self.opens_at))
        if self.closes_at is not None and now >= self.closes_at:
            return translate("ExamRules", "This exam closed at {time}.").format(time=_local(self.closes_at))
        return None


def _local(when: datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def attempt_limit_seconds(
    duration_minutes: int | None, multiplier: float, now: datetime, closes_at: datetime | None
) -> int | None:
    """The time limit an exam-mode attempt starts with: the exam's duration times the
    student's extra-time multiplier, cut to the time left until the exam closes."""
    limit: float | None = None
    if duration_minutes:
        limit = duration_minutes * 60 * max(MIN_MULTIPLIER, multiplier)
    if closes_at is not None:
        left = max(1.0, (closes_at - now).total_seconds())
        limit = left if limit is None else min(limit, left)
    return None if limit is None else max(1, math.ceil(limit))


def counted_score(scores: Sequence[int], method: str) -> int | None:
    """The grade that counts from finished attempts' scores, oldest first (Moodle's methods)."""
    if not scores:
        return None
    if method == "first":
        return scores[0]
    if method == "last":
        return scores[-1]
    if method == "average":
        return round(sum(scores) / len(scores))
    return max(scores)


def check_multiplier(value: float) -> str | None:
    if not (math.isfinite(value) and MIN_MULTIPLIER <= value <= MAX_MULTIPLIER):
        return translate("ExamRules", "The time multiplier must be between {low} and {high}.").format(
            low=MIN_MULTIPLIER, high=MAX_MULTIPLIER
        )
    return None


__all__ = [
    "GRACE_SECONDS",
    "GRADING_METHODS",
    "MAX_ATTEMPTS",
    "REVIEW_PARTS",
    "REVIEW_WHEN",
    "ExamRules",
    "ReviewOptions",
    "ReviewShows",
    "attempt_limit_seconds",
    "check_multiplier",
    "counted_score",
]
