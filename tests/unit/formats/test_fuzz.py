"""Any bytes to any parser give questions or diagnostics, never an uncaught exception.

Each format gets 2,000 examples mixing raw bytes with inputs built from its own syntax (so
the fuzzing reaches past the first check), in several encodings. Every result must also be
self-consistent: a question's diagnostics are exactly those that point at it.
"""

from __future__ import annotations

import codecs

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from examhub_desktop.core.question import Choice, MatchPair, Question, QuestionType
from examhub_desktop.formats import ExamData, ParseResult, parse, write
from tests.unit.formats.strategies import aiken_text, csv_text, gift_text, json_text, table, xml_text

FUZZ = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_ENCODINGS = ["utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"]


def encoded(text: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    return st.tuples(text, st.sampled_from(_ENCODINGS)).map(lambda t: t[0].encode(t[1], errors="replace"))


def hostile(text: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    line_endings = st.sampled_from(["\n", "\r\n", "\r"])
    with_endings = st.tuples(text, line_endings).map(lambda t: t[0].replace("\n", t[1]))
    return st.one_of(st.binary(max_size=2000), encoded(with_endings))


def check(result: ParseResult) -> None:
    assert isinstance(result, ParseResult)
    count = len(result.questions)
    for diagnostic in result.diagnostics:
        assert diagnostic.severity in ("error", "warning") and diagnostic.message
        assert diagnostic.question_index is None or 0 <= diagnostic.question_index < count
    for index, parsed in enumerate(result.questions):
        assert parsed.diagnostics == tuple(d for d in result.diagnostics if d.question_index == index)


@FUZZ
@given(hostile(gift_text))
def test_gift(data: bytes) -> None:
    check(parse(data, "fuzz.gift", "gift"))


@FUZZ
@given(hostile(aiken_text))
def test_aiken(data: bytes) -> None:
    check(parse(data, "fuzz.txt", "aiken"))


@FUZZ
@given(hostile(xml_text))
def test_moodle_xml(data: bytes) -> None:
    check(parse(data, "fuzz.xml", "moodle-xml"))


@FUZZ
@given(hostile(st.tuples(table(), st.sampled_from(",;\t")).map(lambda t: csv_text(*t))))
def test_csv(data: bytes) -> None:
    check(parse(data, "fuzz.csv", "csv"))


@FUZZ
@given(hostile(json_text))
def test_json(data: bytes) -> None:
    check(parse(data, "fuzz.examhub.json", "json"))


_WORKBOOK = write(
    ExamData(
        "Sheet",
        (
            Question(QuestionType.MULTIPLE_CHOICE, "Q", choices=(Choice("a", 1.0), Choice("b"))),
            Question(QuestionType.MATCHING, "M", pairs=(MatchPair("p", "a"), MatchPair("q", "b"))),
        ),
    ),
    "xlsx",
)


def _damage(edits: list[tuple[int, int]], cut: int) -> bytes:
    data = bytearray(_WORKBOOK[: max(cut, 4)])
    for position, value in edits:
        data[position % len(data)] = value
    return bytes(data)


damaged_workbooks = st.builds(
    _damage,
    st.lists(st.tuples(st.integers(0, len(_WORKBOOK)), st.integers(0, 255)), max_size=4),
    st.one_of(st.just(len(_WORKBOOK)), st.integers(0, len(_WORKBOOK))),
)


@FUZZ
@given(st.one_of(st.binary(max_size=2000), damaged_workbooks))
def test_xlsx(data: bytes) -> None:
    check(parse(data, "fuzz.xlsx", "xlsx"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table())
def test_xlsx_with_hostile_cells(rows: list[list[str]]) -> None:
    from io import BytesIO

    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)  # type: ignore[union-attr]
    buffer = BytesIO()
    book.save(buffer)
    check(parse(buffer.getvalue(), "fuzz.xlsx", "xlsx"))


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        hostile(gift_text), hostile(aiken_text), hostile(xml_text), hostile(json_text), damaged_workbooks
    ),
    st.sampled_from(["x.gift", "x.txt", "x.xml", "x.csv", "x.xlsx", "x.examhub.json", "x", ""]),
)
def test_detection(data: bytes, filename: str) -> None:
    check(parse(data, filename))


def test_bom_and_utf16_examples_decode() -> None:
    text = "Café?{=oui ~non}"
    for codec in ("utf-8-sig", "utf-16", "utf-32"):
        result = parse(text.encode(codec), "x.gift")
        assert result.questions[0].question.text == "Café?"
    assert (
        codecs.BOM_UTF8 not in parse(codecs.BOM_UTF8 + b"a{}", "x.gift").questions[0].question.text.encode()
    )
