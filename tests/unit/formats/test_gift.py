"""GIFT details beyond the corpus: Moodle's rules, our diagnostics, and the writer."""

from __future__ import annotations

import pytest

from examhub_desktop.core.question import (
    Choice,
    MatchPair,
    NumericAnswer,
    Question,
    QuestionType,
    TextAnswer,
    TextFormat,
)
from examhub_desktop.formats import ExamData, ExportError, ParseResult, parse, write
from examhub_desktop.formats.gift_writer import question_to_gift
from tests.unit.formats.helpers import messages


def gift(text: str) -> ParseResult:
    return parse(text.encode(), "x.gift", "gift")


def only(text: str) -> Question:
    result = gift(text)
    assert not result.diagnostics, [str(d) for d in result.diagnostics]
    (pq,) = result.questions
    return pq.question


def test_escapes() -> None:
    q = only(r"a\: b\# c\= d\{ e\} f\~ g\\ h\n i \x{}")
    assert q.text == "a: b# c= d{ e} f~ g\\ h\n i \\x"
    # "\\" is a literal backslash, and the character after it keeps its meaning.
    assert only(r"back\\{}").text == "back\\"
    assert only(r"::a\:\:b::text{}").title == "a::b"


def test_per_part_formats_are_removed() -> None:
    q = only("[html]<b>Q</b>{=[plain]a#[markdown]*f* ~[moodle]b}")
    assert q.text_format is TextFormat.HTML and q.text == "<b>Q</b>"
    assert q.choices == (Choice("a", 1.0, "*f*"), Choice("b", 0.0))
    assert only("[unknown]x{}").text == "[unknown]x"


def test_blank_for_missing_word_only_when_text_follows() -> None:
    assert only("Grant is {=entombed ~buried} in the tomb.").text == "Grant is _____ in the tomb."
    assert only("Grant is ...{=entombed ~buried}").text == "Grant is ..."


def test_category_then_question_without_blank_line() -> None:
    result = gift("$CATEGORY: $course$/top/Unit 1\n::Q::Sky?{T}")
    assert result.categories == ("$course$/top/Unit 1",)
    (pq,) = result.questions
    assert pq.category == "$course$/top/Unit 1" and pq.question.correct is True and pq.line == 2
    (warning,) = messages(result, "warning")
    assert "blank line after $CATEGORY" in warning


def test_problems_skip_one_question_and_keep_the_rest() -> None:
    result = gift(
        "Good?{T}\n\nBroken {=a\n\nMatch{=a->1 =b}\n\nOne{~a}\n\nNum{#abc}\n\nW{~%--5%a ~b}\n\nAlso good?{F}"
    )
    assert [pq.question.text for pq in result.questions] == ["Good?", "Also good?"]
    assert [(d.line, d.severity) for d in result.diagnostics] == [
        (3, "error"),
        (5, "error"),
        (7, "error"),
        (9, "error"),
        (11, "error"),
    ]
    text = " | ".join(messages(result, "error"))
    for phrase in ("{ }", "'b' has no '->'", "at least two answers", "'abc' is not a number", "'%--5%a'"):
        assert phrase in text


def test_helpful_warnings() -> None:
    lower = gift("Is it?{true}")
    assert lower.questions[0].question.type is QuestionType.SHORT_ANSWER
    assert "T, TRUE, F or FALSE in capitals" in messages(lower, "warning")[0]
    weight = gift("Q{=%50%half ~b}")
    assert weight.questions[0].question.choices[0].text == "%50%half"
    assert "'~%weight%'" in messages(weight, "warning")[0]
    second = gift("a {=x} b {=y}")
    assert "Only the first { }" in messages(second, "warning")[0]


def test_validation_problems_are_errors_on_the_question() -> None:
    result = gift("Which?{~a ~b}\n\nNo right?{=a =b ~c}")
    assert result.questions[0].question.type is QuestionType.MULTIPLE_RESPONSE
    assert [pq.has_errors for pq in result.questions] == [True, True]
    assert all(d.question_index is not None for d in result.diagnostics)


def test_ids_and_tags_from_comments() -> None:
    q = only("// [id:x\\]1] [tag:a b] [tag:c]\n// [id:ignored]\nQ{}")
    assert (q.legacy_id, q.tags) == ("x]1", ("a b", "c"))


def test_numerical_forms() -> None:
    q = only("N{#=2:0.5#close =%50%1..3 =-4}")
    assert q.numeric_answers == (
        NumericAnswer(2.0, 0.5, 1.0, "close"),
        NumericAnswer(2.0, 1.0, 0.5),
        NumericAnswer(-4.0, 0.0),
    )


# ------------------------------------------------------------------------------------ writer


def test_writer_matches_moodles_export_tests() -> None:
    """Moodle's giftformat_test export expectations, less what our model does not hold."""
    mc = Question(
        QuestionType.MULTIPLE_CHOICE,
        "What's between orange and green in the spectrum?",
        TextFormat.MOODLE,
        title="Q8",
        choices=(
            Choice("yellow", 1, "right; good!"),
            Choice("red", 0, "wrong, it's yellow"),
            Choice("blue", 0, "wrong"),
        ),
    )
    assert question_to_gift(mc) == (
        "::Q8::What's between orange and green in the spectrum?{\n"
        "\t=yellow#right; good!\n\t~red#wrong, it's yellow\n\t~blue#wrong\n}"
    )
    tf = Question(
        QuestionType.TRUE_FALSE,
        "42 is the Absolute Answer to everything.",
        TextFormat.MOODLE,
        title="Q1",
        correct=True,
        true_feedback="You gave the right answer.",
        false_feedback="42 is the Ultimate Answer.",
    )
    assert question_to_gift(tf) == (
        "::Q1::42 is the Absolute Answer to everything.{TRUE#42 is the Ultimate Answer.#You gave the right answer.}"
    )
    short = Question(
        QuestionType.SHORT_ANSWER,
        "Which is the best animal?",
        TextFormat.MOODLE,
        title="Shortanswer",
        answers=(
            TextAnswer("Frog", 1, "Good!"),
            TextAnswer("Cat", 0.5, "What is it with Moodlers and cats?"),
        ),
        explanation="Here is some general feedback!",
    )
    assert question_to_gift(short) == (
        "::Shortanswer::Which is the best animal?{\n\t=%100%Frog#Good!\n"
        "\t=%50%Cat#What is it with Moodlers and cats?\n\t####Here is some general feedback!\n}"
    )
    backslash = Question(QuestionType.ESSAY, "A \\ B \\\\ C", TextFormat.MOODLE, title="backslash")
    assert question_to_gift(backslash) == "::backslash::A \\\\ B \\\\\\\\ C{}"
    numerical = Question(
        QuestionType.NUMERICAL, "What is a number from 1 to 5?", TextFormat.MOODLE, title="Q5",
        numeric_answers=(NumericAnswer(3, 2),),
    )  # fmt: skip
    assert question_to_gift(numerical) == "::Q5::What is a number from 1 to 5?{#\n\t=%100%3:2\n}"


def test_writer_protects_text_that_looks_like_syntax() -> None:
    tricky = Question(
        QuestionType.MULTIPLE_CHOICE,
        "// not a comment {x} :: $CATEGORY: y",
        TextFormat.MOODLE,
        choices=(Choice("[html] literally", 1), Choice("%20% off", 0), Choice("#1 ~ =", 0)),
    )
    back = only(question_to_gift(tricky))
    assert back == tricky


def test_writer_refuses_arrows_it_cannot_write() -> None:
    bad = Question(QuestionType.MATCHING, "M", pairs=(MatchPair("a -> b", "1"), MatchPair("c", "2")))
    short = Question(QuestionType.SHORT_ANSWER, "S", answers=(TextAnswer("x", 1, "see ->"),))
    with pytest.raises(ExportError, match=r"question 1 \('M'\).*question 2 \('S'\)"):
        write(ExamData("T", (bad, short)), "gift")


def test_writer_output_is_one_block_per_question() -> None:
    exam = ExamData("Unit: 1", (Question(QuestionType.DESCRIPTION, "Line 1\n\nLine 3", points=0),))
    text = write(exam, "gift").decode()
    assert text.endswith("\n") and text.count("\n\n") == 1
    back = gift(text)
    assert back.title == "Unit: 1" and back.questions[0].question.text == "Line 1\n\nLine 3"
