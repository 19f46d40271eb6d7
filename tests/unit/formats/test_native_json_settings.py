"""The native JSON format's exam "settings": the teacher's rules for taking an exam."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from examhub_desktop.core.exam_rules import (
    GRADING_METHODS,
    MAX_ATTEMPTS,
    REVIEW_PARTS,
    REVIEW_WHEN,
    ExamRules,
    ReviewOptions,
)
from examhub_desktop.core.question import Question, QuestionType
from examhub_desktop.formats import ExamData, ParseResult, parse, write
from tests.unit.formats.helpers import messages

QUESTION = Question(QuestionType.TRUE_FALSE, "The sky is blue.", correct=True)
RULES = ExamRules(
    max_attempts=3,
    grading_method="average",
    practice_allowed=False,
    review=ReviewOptions(answers="after_close", correct_answers="never", feedback="after_close"),
    fullscreen=True,
    opens_at=datetime(2030, 6, 1, 9, 0, tzinfo=timezone(timedelta(hours=2))),
    closes_at=datetime(2030, 6, 1, 12, 0, tzinfo=UTC),
)


def read_settings(settings: Any, *, omit: bool = False) -> ParseResult:
    exam: dict[str, Any] = {
        "title": "E",
        "questions": [{"type": "true_false", "text": "T?", "correct": True}],
    }
    if not omit:
        exam["settings"] = settings
    document = {"format": "examhub", "version": 1, "exams": [exam]}
    return parse(json.dumps(document).encode(), "x.examhub.json")


def test_settings_are_written_and_read_back() -> None:
    data = write(ExamData("Exam", (QUESTION,), rules=RULES), "json")
    exam = json.loads(data)["exams"][0]
    assert exam["settings"] == {
        "max_attempts": 3,
        "grading_method": "average",
        "practice_allowed": False,
        "review": {
            "answers": "after_close",
            "marks": "after_attempt",
            "points": "after_attempt",
            "correct_answers": "never",
            "feedback": "after_close",
        },
        "fullscreen": True,
        "opens_at": "2030-06-01T07:00:00+00:00",  # ISO 8601 in UTC
        "closes_at": "2030-06-01T12:00:00+00:00",
    }
    assert list(exam)[-2:] == ["settings", "questions"]
    assert "rules" not in exam and "extra_time" not in data.decode()
    result = parse(data, "backup.examhub.json")
    assert result.diagnostics == ()
    (back,) = result.exams
    assert back.rules == RULES
    assert back.rules.opens_at is not None and back.rules.opens_at.utcoffset() == timedelta(0)


def test_default_settings_are_written_in_full() -> None:
    exam = json.loads(write(ExamData("Exam", (QUESTION,)), "json"))["exams"][0]
    assert exam["settings"] == {
        "max_attempts": None,
        "grading_method": "highest",
        "practice_allowed": True,
        "review": dict.fromkeys(REVIEW_PARTS, "after_attempt"),
        "fullscreen": False,
        "opens_at": None,
        "closes_at": None,
    }


def test_missing_settings_are_the_defaults() -> None:
    for result in (read_settings(None, omit=True), read_settings(None), read_settings({})):
        assert result.diagnostics == () and result.exams[0].rules == ExamRules()
    result = read_settings({"max_attempts": 2, "review": {"feedback": "never"}})
    assert result.diagnostics == ()
    assert result.exams[0].rules == ExamRules(max_attempts=2, review=ReviewOptions(feedback="never"))


def test_bad_settings_are_reported_with_their_path_and_take_their_defaults() -> None:
    result = read_settings(
        {
            "max_attempts": "3",
            "grading_method": "median",
            "practice_allowed": "yes",
            "review": {"answers": "sometimes", "marks": "never", "hints": "never"},
            "fullscreen": 1,
            "opens_at": "next monday",
            "closes_at": "2030-06-01T12:00:00",
            "proctoring": True,
        }
    )
    errors = messages(result, "error")
    warnings = messages(result, "warning")
    at = "$.exams[0].settings"
    assert f'{at}.max_attempts should be a whole number, not "3".' in errors
    assert (
        f"{at}.grading_method 'median' is not one of highest, first, last, average; highest is used."
        in errors
    )
    assert f'{at}.practice_allowed should be true or false, not "yes".' in errors
    assert (
        f"{at}.review.answers 'sometimes' is not one of after_attempt, after_close, never; after_attempt is used."
        in errors
    )
    assert f"{at}.fullscreen should be true or false, not 1." in errors
    assert f"{at}.opens_at 'next monday' is not an ISO 8601 date and time." in errors
    assert f"{at}.closes_at has no time zone; UTC is assumed." in warnings
    assert f"{at}.proctoring is not a setting this Exam Hub knows; it is ignored." in warnings
    assert f"{at}.review.hints is not a setting this Exam Hub knows; it is ignored." in warnings
    assert all(d.path == "$.exams[0]" for d in result.diagnostics)
    assert result.exams[0].rules == ExamRules(
        review=ReviewOptions(marks="never"), closes_at=datetime(2030, 6, 1, 12, tzinfo=UTC)
    )
    assert len(result.exams[0].questions) == 1, "the questions still come in"


def test_values_the_rules_refuse_are_reported() -> None:
    for attempts in (0, -1, MAX_ATTEMPTS + 1):
        result = read_settings({"max_attempts": attempts})
        assert messages(result, "error") == [
            f"$.exams[0].settings.max_attempts should be 1 to {MAX_ATTEMPTS}, or null for unlimited; "
            f"not {attempts}."
        ]
        assert result.exams[0].rules.max_attempts is None
    result = read_settings(
        {"opens_at": "2030-06-01T12:00:00+00:00", "closes_at": "2030-06-01T11:00:00+00:00"}
    )
    assert messages(result, "error") == [
        "$.exams[0].settings.closes_at is not after the opening time; "
        "the exam is left without a closing time."
    ]
    rules = result.exams[0].rules
    assert rules.opens_at == datetime(2030, 6, 1, 12, tzinfo=UTC) and rules.closes_at is None
    assert rules.problems() == {}


def test_settings_that_are_not_objects() -> None:
    result = read_settings([1, 2])
    assert messages(result, "error") == [
        "$.exams[0].settings should be an object; the default settings are used."
    ]
    assert result.exams[0].rules == ExamRules()
    result = read_settings({"review": "never", "grading_method": None})
    assert messages(result, "error") == [
        "$.exams[0].settings.grading_method should be text, not null.",
        "$.exams[0].settings.review should be an object; the default review options are used.",
    ]
    assert result.exams[0].rules == ExamRules()


_MOMENTS = st.none() | st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)


@given(
    max_attempts=st.none() | st.integers(1, MAX_ATTEMPTS),
    grading_method=st.sampled_from(GRADING_METHODS),
    practice_allowed=st.booleans(),
    review=st.fixed_dictionaries({part: st.sampled_from(REVIEW_WHEN) for part in REVIEW_PARTS}),
    fullscreen=st.booleans(),
    opens_at=_MOMENTS,
    closes_at=_MOMENTS,
)
def test_any_valid_settings_round_trip(
    max_attempts: int | None,
    grading_method: str,
    practice_allowed: bool,
    review: dict[str, str],
    fullscreen: bool,
    opens_at: datetime | None,
    closes_at: datetime | None,
) -> None:
    if opens_at is not None and closes_at is not None and closes_at <= opens_at:
        opens_at, closes_at = closes_at - timedelta(minutes=1), opens_at
    rules = ExamRules(
        max_attempts,
        grading_method,
        practice_allowed,
        ReviewOptions(**review),
        fullscreen,
        opens_at,
        closes_at,
    )
    assert rules.problems() == {}
    result = parse(write(ExamData("Exam", (QUESTION,), rules=rules), "json"), "x.examhub.json")
    assert result.diagnostics == () and result.exams[0].rules == rules
