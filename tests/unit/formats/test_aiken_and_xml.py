"""Aiken and Moodle XML details beyond the corpus: refusals, safety, skipped types, files."""

from __future__ import annotations

import pytest

from examhub_desktop.core.question import Choice, Question, QuestionType, TextAnswer, TextFormat
from examhub_desktop.formats import ExamData, ExportError, parse, write
from tests.unit.formats.helpers import messages

MC = Question(
    QuestionType.MULTIPLE_CHOICE,
    "<p>Capital of <b>France</b> &amp; Monaco?</p>",
    TextFormat.HTML,
    choices=(Choice("Paris", 1.0), Choice("Nice", 0.0)),
)


def test_aiken_writer_flattens_html_to_one_line() -> None:
    assert (
        write(ExamData("T", (MC,)), "aiken").decode()
        == "Capital of France & Monaco?\nA) Paris\nB) Nice\nANSWER: A\n"
    )


def test_aiken_writer_refuses_naming_every_question_it_cannot_hold() -> None:
    essay = Question(QuestionType.ESSAY, "Discuss.", title="Essay 1")
    short = Question(QuestionType.SHORT_ANSWER, "Say hi", answers=(TextAnswer("hi"),))
    label = Question(QuestionType.MULTIPLE_CHOICE, "A. Lincoln was?", choices=MC.choices)
    with pytest.raises(ExportError) as caught:
        write(ExamData("T", (MC, essay, short, label)), "aiken")
    message = str(caught.value)
    assert "question 2 ('Essay 1'): it is essay" in message
    assert "question 3 ('Say hi'): it is short answer" in message
    assert "question 4 ('A. Lincoln was?'): its text starts like a choice label" in message
    assert "question 1" not in message


def test_aiken_answer_letter_must_name_a_choice() -> None:
    result = parse(b"Q?\nA) a\nB) b\nANSWER: C\n\nLast?\nA) x\nB) y\n", "x.txt", "aiken")
    assert result.questions == ()
    first, second = messages(result, "error")
    assert "A-B, not 'C'" in first
    assert "'Last?'" in second and "ends before its ANSWER" in second


# ---------------------------------------------------------------------------------- Moodle XML

ENTITY_BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<quiz><question type="essay"><questiontext><text>&b;</text></questiontext></question></quiz>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<quiz><question type="essay"><questiontext><text>&secret;</text></questiontext></question></quiz>"""
EXTERNAL_DTD = b"""<?xml version="1.0"?><!DOCTYPE quiz SYSTEM "http://example.com/q.dtd"><quiz/>"""


@pytest.mark.parametrize("data", [ENTITY_BOMB, EXTERNAL, EXTERNAL_DTD], ids=["expansion", "external", "dtd"])
def test_untrusted_xml_is_refused_with_a_clear_error(data: bytes) -> None:
    result = parse(data, "evil.xml")
    assert result.questions == ()
    (error,) = messages(result, "error")
    assert "For safety Exam Hub does not read DTDs, entities or external references" in error


def test_malformed_xml_names_the_line() -> None:
    result = parse(b"<quiz>\n<question type='essay'>\n</quiz>", "x.xml")
    (error,) = result.errors
    assert error.line == 3 and "not well-formed" in error.message
    other = parse(b"<html><body/></html>", "x.xml", "moodle-xml")
    assert "starts with <html>, not <quiz>" in messages(other, "error")[0]


def test_unsupported_types_are_named_and_others_kept() -> None:
    xml = b"""<quiz>
<question type="calculated"><name><text>Speed</text></name></question>
<question type="ddwtos"><name><text>Drag</text></name></question>
<question type="essay"><name><text>Kept</text></name><questiontext><text>Why?</text></questiontext></question>
<question type="mystery"/>
</quiz>"""
    result = parse(xml, "x.xml")
    assert [pq.question.title for pq in result.questions] == ["Kept"]
    assert [(d.line, d.path) for d in result.warnings] == [
        (2, "/quiz/question[1]"),
        (3, "/quiz/question[2]"),
        (5, "/quiz/question[4]"),
    ]
    first, second, third = messages(result, "warning")
    assert "'Speed' skipped" in first and "calculated" in first
    assert "'Drag' skipped" in second and "drag and drop into text" in second
    assert "Question 4 skipped" in third and "'mystery'" in third
    assert result.questions[0].question.text_format is TextFormat.HTML  # Moodle's default


def test_xml_fields_and_lossy_parts_are_reported() -> None:
    xml = b"""<quiz><question type="numerical">
<name><text>N</text></name><questiontext format="markdown"><text>How far?</text></questiontext>
<defaultgrade>2.5</defaultgrade><idnumber> n-1 </idnumber>
<tags><tag><text>physics</text></tag><tag><text>km</text></tag></tags>
<answer fraction="100"><text>42</text><tolerance>0.5</tolerance><feedback><text>Yes</text></feedback></answer>
<answer fraction="0"><text>*</text><feedback><text>No</text></feedback></answer>
<units><unit><multiplier>1</multiplier><unit_name>km</unit_name></unit></units>
<hint><text>Think</text></hint>
</question></quiz>"""
    result = parse(xml, "x.xml")
    (pq,) = result.questions
    q = pq.question
    assert (q.points, q.legacy_id, q.tags, q.text_format) == (
        3,
        "n-1",
        ("physics", "km"),
        TextFormat.MARKDOWN,
    )
    assert [(n.value, n.tolerance, n.fraction, n.feedback) for n in q.numeric_answers] == [
        (42.0, 0.5, 1.0, "Yes")
    ]
    text = " | ".join(messages(result, "warning"))
    for phrase in ("rounded to 3", "catch-all", "'No'", "Units are not imported", "hints"):
        assert phrase in text


def test_xml_writer_output_is_read_back_and_names_untitled_questions() -> None:
    q = Question(QuestionType.MULTIPLE_CHOICE, "Pick <b>one</b> & go", choices=MC.choices, points=2)
    data = write(ExamData("Quiz", (q,), description="About"), "moodle-xml")
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')
    assert b'<question type="multichoice">' in data and b"<single>true</single>" in data
    (pq,) = parse(data, "x.xml").questions
    assert pq.question.title == "Pick one & go"
    assert pq.question.points == 2 and pq.question.choices == q.choices
