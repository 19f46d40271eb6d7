"""The spreadsheet template, Kahoot's layout, CSV safety, and the native JSON format."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pytest
from openpyxl import Workbook

from examhub_desktop.core.question import (
    Choice,
    Difficulty,
    MatchPair,
    NumericAnswer,
    Question,
    QuestionType,
    TextAnswer,
    TextFormat,
)
from examhub_desktop.formats import ExamData, ExportError, ParseResult, parse, write
from tests.unit.formats.helpers import messages

TEMPLATE = """\
Type;Question;Option A;Option B;Option C;Correct;Points;Difficulty;Explanation;Tags
;Capital of France?;Paris;Rome;Nice;A;2;easy;Paris is the capital.;geo, europe
;Which are primes?;2;3;4;"A, B";;;;
multiple response;Weighted;x;y;z;A:50 B:50 C:-100;;;;
tf;The sky is blue.;;;;TRUE;;HARD;;
short;Capital of Italy?;;;;Rome|Roma;;;;
short;Weighted answers;Rome;Roma;;A:100 B:50;;;;
short;Letters;Rome;Roma;Paris;AB;;;;
numerical;Pi?;3.14:0.01;3..3.3;;A:100 B:50;;;;
matching;Match;France -> Paris;Italy -> Rome;-> Berlin;;;;;
essay;Discuss.;;;;Look for two arguments.;5;;;
description;Read this first.;;;;;;;;
"""


def rows(text: str, name: str = "bank.csv") -> ParseResult:
    return parse(text.encode(), name)


def test_template_columns_and_every_type() -> None:
    result = rows(TEMPLATE)
    assert result.format == "csv" and result.diagnostics == ()
    q = [pq.question for pq in result.questions]
    assert [x.type for x in q] == [
        QuestionType.MULTIPLE_CHOICE,
        QuestionType.MULTIPLE_RESPONSE,
        QuestionType.MULTIPLE_RESPONSE,
        QuestionType.TRUE_FALSE,
        QuestionType.SHORT_ANSWER,
        QuestionType.SHORT_ANSWER,
        QuestionType.SHORT_ANSWER,
        QuestionType.NUMERICAL,
        QuestionType.MATCHING,
        QuestionType.ESSAY,
        QuestionType.DESCRIPTION,
    ]
    assert q[0].choices == (Choice("Paris", 1.0), Choice("Rome"), Choice("Nice"))
    assert (q[0].points, q[0].difficulty, q[0].tags, q[0].text_format) == (
        2,
        Difficulty.EASY,
        ("geo", "europe"),
        TextFormat.PLAIN,
    )
    assert q[0].explanation == "Paris is the capital."
    assert [c.fraction for c in q[1].choices] == [0.5, 0.5, 0.0]
    assert [c.fraction for c in q[2].choices] == [0.5, 0.5, -1.0]
    assert (q[3].correct, q[3].difficulty) == (True, Difficulty.HARD)
    assert q[4].answers == (TextAnswer("Rome"), TextAnswer("Roma"))
    assert q[5].answers == (TextAnswer("Rome", 1.0), TextAnswer("Roma", 0.5))
    assert [a.fraction for a in q[6].answers] == [1.0, 1.0, 0.0]  # only the named ones get credit
    q = q[:6] + q[7:]
    assert q[6].numeric_answers == (
        NumericAnswer(3.14, 0.01, 1.0),
        NumericAnswer(3.15, q[6].numeric_answers[1].tolerance, 0.5),
    )
    assert q[7].pairs == (MatchPair("France", "Paris"), MatchPair("Italy", "Rome")) and q[7].distractors == (
        "Berlin",
    )
    assert (q[8].grader_info, q[8].points) == ("Look for two arguments.", 5)
    assert q[9].points == 0
    assert [pq.line for pq in result.questions] == list(range(2, 13))


def test_row_problems_name_the_row() -> None:
    result = rows(
        "type,question,A,B,correct,points,difficulty,colour\n"
        "mc,Q1,a,b,A,x,weird,red\n"
        "bogus,Q2,a,b,A,,,\n"
        "matching,Q3,no arrow,b,,,,\n"
        "mc,Q4,a,b,,,,\n"
        "mc,Q5,a,b,C,,,\n"
    )
    assert [pq.question.text for pq in result.questions] == ["Q1", "Q4"]
    text = [str(d) for d in result.diagnostics]
    assert text == [
        "line 1: warning: Columns ignored (not in the template): colour.",
        "line 2: warning: Unknown difficulty 'weird'; medium is used.",
        "line 2: warning: Points 'x' is not a whole number; 1 is used.",
        "line 3: error: Row 3 not imported: unknown question type 'bogus'.",
        "line 4: error: Row 4 not imported: option A should be 'prompt -> answer', not 'no arrow'.",
        "line 5: error: The 'correct' column is empty: name the right option's letter.",
        "line 5: error: Multiple choice needs at least two options and exactly one fully correct.",
        "line 6: error: Row 6 not imported: 'correct' names option C, which is empty.",
    ]


def test_csv_delimiters_quotes_and_multiline_cells() -> None:
    result = rows('question\tA\tB\tcorrect\n"Line 1\nLine 2"\tyes\tno\tA\nNext\tx\ty\tB\n')
    assert [(pq.question.text, pq.line) for pq in result.questions] == [("Line 1\nLine 2", 2), ("Next", 4)]
    assert rows("no header here\n1,2,3\n").errors[0].message.startswith("No header row found")


def test_csv_injection_is_neutralised_and_undone() -> None:
    q = Question(QuestionType.ESSAY, '=HYPERLINK("http://evil")', TextFormat.PLAIN, explanation="'@x")
    data = write(ExamData("T", (q,)), "csv")
    assert data.startswith(b"\xef\xbb\xbf") and b"'=HYPERLINK" in data and b"''@x" in data
    (back,) = parse(data, "x.csv").questions
    assert (back.question.text, back.question.explanation) == (q.text, q.explanation)


def test_spreadsheet_writers_refuse_more_than_ten_options() -> None:
    many = Question(
        QuestionType.SHORT_ANSWER, "Colours?", answers=tuple(TextAnswer(f"c{i}") for i in range(11))
    )
    for fmt in ("csv", "xlsx"):
        with pytest.raises(ExportError, match=r"question 1 \('Colours\?'\)"):
            write(ExamData("T", (many,)), fmt)


def _kahoot_workbook() -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Quiz 1"
    for _ in range(6):
        sheet.append([])
    sheet.append(["", "Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
                  "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
                  "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one"])  # fmt: skip
    sheet.append([1, "2 + 2?", "3", "4", "5", "", 20, 2])
    sheet.append([2, "Even numbers?", "2", "3", "4", "", 30, "1,3"])
    sheet.append([3, "Broken", "a", "b", "", "", 20, 4])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_kahoot_layout() -> None:
    result = parse(_kahoot_workbook(), "kahoot.xlsx")
    assert result.title == "Quiz 1"
    first, second, third = result.questions
    assert first.question.type is QuestionType.MULTIPLE_CHOICE and first.line == 8
    assert [c.fraction for c in first.question.choices] == [0.0, 1.0, 0.0]
    assert second.question.type is QuestionType.MULTIPLE_RESPONSE
    assert [c.fraction for c in second.question.choices] == [0.5, 0.0, 0.5]
    assert third.has_errors and "must name answers 1-4 that have text" in third.diagnostics[0].message
    assert "time limits" in messages(result, "warning")[0]


def test_damaged_workbook_is_an_error_not_a_crash() -> None:
    for data in (b"PK\x03\x04 not really a zip", _kahoot_workbook()[:300]):
        result = parse(data, "x.xlsx")
        assert result.has_errors and result.questions == ()


# ----------------------------------------------------------------------------------- JSON


def test_json_is_lossless_with_every_exam_field() -> None:
    moment = datetime(2024, 5, 1, 12, 30, tzinfo=UTC)
    q = Question(
        QuestionType.MULTIPLE_CHOICE,
        "Q",
        choices=(Choice("a", 1.0, "yes"), Choice("b", -0.5)),
        id="0b9c7f1e-3b41-4d55-9a2e-2f5c0d6a7b10",
        grader_info="stray field kept",
    )
    exam = ExamData(
        "Exam",
        (q,),
        description="d",
        duration_minutes=30,
        passing_score=60,
        status="published",
        is_public=True,
        id="9f0b4f7e-4e8d-4a57-9a0b-6c8a4c3b2d1e",
        source_file_id="sha",
        source_file_name="a.gift",
        generation_method="import:gift",
        legacy_id=7,
        legacy_file_name="old.json",
        created_at=moment,
        updated_at=moment,
    )
    data = write(exam, "json")
    document = json.loads(data)
    assert (document["format"], document["version"]) == ("examhub", 1)
    assert document["exams"][0]["questions"][0]["type"] == "multiple_choice"
    result = parse(data, "backup.examhub.json")
    assert result.diagnostics == () and result.exams == (exam,)
    assert result.questions[0].category == "Exam" and result.questions[0].path == "$.exams[0].questions[0]"


def test_json_problems_have_paths_and_defaults() -> None:
    document = {
        "format": "examhub",
        "version": 1,
        "exams": [
            {
                "title": "E",
                "created_at": "2024-01-01T10:00:00",
                "duration_minutes": "soon",
                "questions": [
                    {"type": "true_false", "text": "T?", "correct": "yes", "points": 2.5},
                    {"type": "poll", "text": "?"},
                    7,
                ],
            }
        ],
    }
    result = parse(json.dumps(document).encode(), "x.json")
    text = [str(d) for d in result.diagnostics]
    assert (
        '$.exams[0].questions[0]: error: $.exams[0].questions[0].correct should be true or false, not "yes".'
        in text
    )
    assert any("questions[0].points should be a whole number" in t for t in text)
    assert any("questions[1].type 'poll' is not one of" in t for t in text)
    assert any("questions[2] should be an object" in t for t in text)
    assert any("duration_minutes should be a whole number" in t for t in text)
    assert any("created_at has no time zone; UTC is assumed" in t for t in text)
    assert result.exams[0].created_at == datetime(2024, 1, 1, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"format": "examhub", "version": 2, "exams": []}', "newer Exam Hub (format version 2)"),
        (b'{"format": "other"}', "not an Exam Hub file"),
        (b'{"format": "examhub", "exams": []}', 'no valid "version"'),
        (b'{"format": "examhub",\n "version": NaN}', "NaN is not a number JSON allows"),
        (b'{"format": "examhub",\n "version": 1,}', "line 2"),
        (b"[" * 100_000, "not valid JSON"),
    ],
)
def test_json_refusals(data: bytes, message: str) -> None:
    result = parse(data, "x.examhub.json", "json")
    assert result.exams == () and message in result.errors[0].message
