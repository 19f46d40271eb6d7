"""For every type and format: export, import, and get the same question back.

What a format cannot carry is written down in `expected()` (docs/formats.md has the same
list); everything else must come back equal. Credits are compared to 9 decimal places,
since GIFT and Moodle XML write percentages in decimal notation. Texts are generated
without surrounding whitespace, which every format trims.

- gift: points, difficulty, shuffling, case sensitivity, essay grader notes and a
  description's explanation are lost; a description comes back with 0 points (Moodle's
  defaultmark); the title is cleaned as Moodle cleans names (tags removed).
- moodle-xml: a description comes back with 0 points; an untitled question comes back
  titled with the start of its text (Moodle requires a name).
- csv, xlsx: per-answer feedback, true/false feedback, shuffling and case sensitivity are
  lost.
- json: nothing is lost.
- aiken: multiple choice only; see test_aiken_round_trip.
"""

from __future__ import annotations

import html
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from examhub_desktop.core.question import (
    Choice,
    Difficulty,
    NumericAnswer,
    Question,
    QuestionType,
    TextAnswer,
    TextFormat,
)
from examhub_desktop.formats import ExamData, parse, write
from examhub_desktop.formats.textutil import clean_name, default_title, fold_spaces
from tests.unit.formats.strategies import questions, texts

ROUND_TRIP = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
FORMATS = ["gift", "moodle-xml", "csv", "xlsx", "json"]


def _rounded(q: Question) -> Question:
    def r(x: float) -> float:
        return round(x, 9) + 0.0  # + 0.0 turns -0.0 into 0.0

    return replace(
        q,
        choices=tuple(replace(c, fraction=r(c.fraction)) for c in q.choices),
        answers=tuple(replace(a, fraction=r(a.fraction)) for a in q.answers),
        numeric_answers=tuple(replace(n, fraction=r(n.fraction)) for n in q.numeric_answers),
    )


def expected(q: Question, fmt: str) -> Question:
    """What `fmt` gives back for `q`: the documented losses applied."""
    if fmt == "json":
        return q
    q = replace(q, id=None)
    if fmt == "gift":
        return replace(
            q,
            title=clean_name(q.title),
            points=0 if q.type is QuestionType.DESCRIPTION else 1,
            difficulty=Difficulty.MEDIUM,
            shuffle_choices=True,
            case_sensitive=False,
            grader_info="",
            explanation="" if q.type is QuestionType.DESCRIPTION else q.explanation,
        )
    if fmt == "moodle-xml":
        return replace(
            q,
            title=clean_name(default_title(q)),
            points=0 if q.type is QuestionType.DESCRIPTION else q.points,
        )
    return replace(
        q,
        choices=tuple(replace(c, feedback="") for c in q.choices),
        answers=tuple(replace(a, feedback="") for a in q.answers),
        numeric_answers=tuple(replace(n, feedback="") for n in q.numeric_answers),
        true_feedback="",
        false_feedback="",
        shuffle_choices=True,
        case_sensitive=False,
    )


def round_trip(q: Question, fmt: str) -> Question:
    data = write(ExamData(title="Week 1", questions=(q,)), fmt)
    result = parse(data, f"export.{fmt}", fmt)
    assert not result.has_errors, [str(d) for d in result.diagnostics]
    (parsed,) = result.questions
    return parsed.question


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("qtype", list(QuestionType), ids=lambda t: t.value)
def test_round_trip(fmt: str, qtype: QuestionType) -> None:
    @ROUND_TRIP
    @given(questions(qtype))
    def check(q: Question) -> None:
        assert _rounded(round_trip(q, fmt)) == _rounded(expected(q, fmt))

    check()


@ROUND_TRIP
@given(st.lists(texts(8, lines=False), min_size=2, max_size=5), st.data())
def test_aiken_round_trip(choice_texts: list[str], data: st.DataObject) -> None:
    """Aiken holds one-line HTML-escaped text and one right choice; nothing else comes back."""
    text = data.draw(texts(12, lines=False))
    right = data.draw(st.integers(0, len(choice_texts) - 1))

    def escape(plain: str) -> str:
        return html.escape(fold_spaces(plain), quote=False)

    q = Question(
        QuestionType.MULTIPLE_CHOICE,
        escape(text),
        TextFormat.HTML,
        choices=tuple(Choice(escape(t), 1.0 if i == right else 0.0) for i, t in enumerate(choice_texts)),
    )
    line = fold_spaces(text)
    assume(len(line.encode()) >= 2 and not line.startswith("ANSWER:"))
    assume(not (len(line) > 1 and line[0] in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" and line[1] in ")."))
    assert round_trip(q, "aiken") == q


@pytest.mark.parametrize("fmt", ["gift", "moodle-xml", "csv", "xlsx", "json"])
def test_exam_level_fields(fmt: str) -> None:
    q = Question(QuestionType.TRUE_FALSE, "Water boils at 100 °C at sea level.", correct=True)
    exam = ExamData(title="Physics: week 1/2", description="Heat and temperature.", questions=(q,))
    result = parse(write(exam, fmt), f"x.{fmt}", fmt)
    titles = {
        "gift": "Physics: week 1/2",
        "moodle-xml": "Physics: week 1/2",
        "csv": "",  # a CSV file has no place for a title
        "xlsx": "Physics week 1 2",  # sheet names cannot hold : or /
        "json": "Physics: week 1/2",
    }
    assert result.title == titles[fmt]
    descriptions = {"moodle-xml": "Heat and temperature.", "json": "Heat and temperature."}
    assert result.description == descriptions.get(fmt, "")


def test_gift_range_comes_back_as_value_and_tolerance() -> None:
    result = parse(b"Pick a number from 1 to 5.{#1..5}", "x.gift")
    (pq,) = result.questions
    assert pq.question.numeric_answers == (NumericAnswer(3.0, 2.0),)
    text = write(ExamData("T", (pq.question,)), "gift").decode()
    assert "=%100%3:2" in text


def test_many_exams_in_one_file() -> None:
    one = ExamData("One", (Question(QuestionType.ESSAY, "Why?"),))
    two = ExamData("Two", (Question(QuestionType.SHORT_ANSWER, "Say hi", answers=(TextAnswer("hi"),)),))
    for fmt, expected_categories in {
        "gift": ("$course$/top/One", "$course$/top/Two"),
        "moodle-xml": ("$course$/top/One", "$course$/top/Two"),
        "xlsx": ("One", "Two"),
    }.items():
        result = parse(write([one, two], fmt), "x", fmt)
        assert result.categories == expected_categories
        assert [pq.category for pq in result.questions] == list(expected_categories)
    result = parse(write([one, two], "json"), "x.examhub.json")
    assert [e.title for e in result.exams] == ["One", "Two"]
    assert [e.questions for e in result.exams] == [one.questions, two.questions]
