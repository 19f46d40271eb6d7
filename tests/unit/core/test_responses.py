from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from examhub_desktop.core.question import Choice, MatchPair, Question, QuestionType
from examhub_desktop.core.responses import (
    MAX_TEXT_RESPONSE,
    Response,
    ResponseError,
    check_response,
    check_shape,
    decode_response,
    encode_response,
    is_answered,
    matching_options,
)

T = QuestionType
QUICK = settings(deadline=None, max_examples=150)

indexes = st.integers(min_value=0, max_value=9)
responses_by_type: dict[QuestionType, st.SearchStrategy[Any]] = {
    T.MULTIPLE_CHOICE: indexes,
    T.MULTIPLE_RESPONSE: st.frozensets(indexes, max_size=10),
    T.TRUE_FALSE: st.booleans(),
    T.SHORT_ANSWER: st.text(max_size=50),
    T.NUMERICAL: st.text(max_size=20),
    T.ESSAY: st.text(max_size=200),
    T.MATCHING: st.dictionaries(indexes, st.text(max_size=20), max_size=10),
}


@QUICK
@given(
    st.sampled_from(sorted(responses_by_type)).flatmap(lambda t: st.tuples(st.just(t), responses_by_type[t]))
)
def test_encode_then_decode_through_json_gives_the_response_back(case: tuple[QuestionType, Response]) -> None:
    qtype, response = case
    stored = json.loads(json.dumps(encode_response(qtype, response)))
    assert decode_response(qtype, stored) == response


@pytest.mark.parametrize(
    ("qtype", "response", "stored"),
    [
        (T.MULTIPLE_CHOICE, 2, 2),
        (T.MULTIPLE_RESPONSE, frozenset({3, 0}), [0, 3]),
        (T.MULTIPLE_RESPONSE, frozenset(), []),
        (T.TRUE_FALSE, False, False),
        (T.SHORT_ANSWER, " Paris ", " Paris "),
        (T.NUMERICAL, "3,5", "3,5"),
        (T.ESSAY, "text", "text"),
        (T.MATCHING, {2: "Rome", 0: "Paris"}, {"0": "Paris", "2": "Rome"}),
        (T.ESSAY, None, None),
    ],
)
def test_the_stored_json_shapes(qtype: QuestionType, response: Response | None, stored: Any) -> None:
    encoded = encode_response(qtype, response)
    assert encoded == stored
    assert json.dumps(encoded) == json.dumps(stored)  # key order too: sorted, stable diffs


@pytest.mark.parametrize(
    ("qtype", "raw"),
    [
        (T.MULTIPLE_CHOICE, True),  # bool is an int in Python, not an index
        (T.MULTIPLE_CHOICE, "2"),
        (T.MULTIPLE_CHOICE, -1),
        (T.MULTIPLE_CHOICE, 1.0),
        (T.MULTIPLE_RESPONSE, 1),
        (T.MULTIPLE_RESPONSE, [1, 1]),
        (T.MULTIPLE_RESPONSE, [1, "2"]),
        (T.MULTIPLE_RESPONSE, [True]),
        (T.MULTIPLE_RESPONSE, {"0": True}),
        (T.TRUE_FALSE, 1),
        (T.TRUE_FALSE, "true"),
        (T.SHORT_ANSWER, 3),
        (T.NUMERICAL, 3.5),  # numbers are stored as typed, as text
        (T.ESSAY, ["a"]),
        (T.MATCHING, [["0", "a"]]),
        (T.MATCHING, {"x": "a"}),
        (T.MATCHING, {"-1": "a"}),
        (T.MATCHING, {"01": "a"}),
        (T.MATCHING, {"0": 1}),
        (T.DESCRIPTION, "x"),
    ],
)
def test_decode_refuses_values_of_the_wrong_shape(qtype: QuestionType, raw: Any) -> None:
    with pytest.raises(ResponseError):
        decode_response(qtype, raw)


@pytest.mark.parametrize(
    ("qtype", "response"),
    [
        (T.MULTIPLE_CHOICE, True),
        (T.MULTIPLE_CHOICE, "a"),
        (T.MULTIPLE_RESPONSE, {0, 1}),  # a set, not a frozenset
        (T.MULTIPLE_RESPONSE, [0]),
        (T.TRUE_FALSE, 0),
        (T.SHORT_ANSWER, b"bytes"),
        (T.SHORT_ANSWER, "x" * (MAX_TEXT_RESPONSE + 1)),
        (T.MATCHING, {"0": "a"}),
        (T.DESCRIPTION, "x"),
    ],
)
def test_encode_refuses_values_of_the_wrong_shape(qtype: QuestionType, response: Any) -> None:
    with pytest.raises(ResponseError):
        encode_response(qtype, response)


def test_none_means_unanswered_for_every_type() -> None:
    for qtype in QuestionType:
        assert encode_response(qtype, None) is None
        assert decode_response(qtype, None) is None
        assert check_shape(qtype, None) is None


MC = Question(T.MULTIPLE_CHOICE, "?", choices=(Choice("a", 1.0), Choice("b"), Choice("c")))
MR = Question(T.MULTIPLE_RESPONSE, "?", choices=(Choice("a", 0.5), Choice("b", 0.5), Choice("c", -1)))
MATCH = Question(
    T.MATCHING,
    "?",
    pairs=(MatchPair("France", "Paris"), MatchPair("Italy", "Rome"), MatchPair("Monaco", "Paris")),
    distractors=("Berlin", "Rome"),
)


def test_check_response_refuses_indexes_the_question_lacks() -> None:
    assert check_response(MC, 2) == 2
    with pytest.raises(ResponseError):
        check_response(MC, 3)
    assert check_response(MR, frozenset({0, 2})) == frozenset({0, 2})
    with pytest.raises(ResponseError):
        check_response(MR, frozenset({0, 3}))
    assert check_response(MATCH, {0: "Paris", 2: "Berlin"}) == {0: "Paris", 2: "Berlin"}
    with pytest.raises(ResponseError):
        check_response(MATCH, {3: "Paris"})
    with pytest.raises(ResponseError):
        check_response(MATCH, {0: "Madrid"})


def test_matching_options_lists_each_answer_once_in_authored_order() -> None:
    assert matching_options(MATCH) == ("Paris", "Rome", "Berlin")


@pytest.mark.parametrize(
    ("qtype", "response", "answered"),
    [
        (T.MULTIPLE_CHOICE, 0, True),
        (T.MULTIPLE_CHOICE, None, False),
        (T.MULTIPLE_RESPONSE, frozenset(), False),
        (T.MULTIPLE_RESPONSE, frozenset({1}), True),
        (T.TRUE_FALSE, False, True),
        (T.SHORT_ANSWER, "   ", False),
        (T.SHORT_ANSWER, "0", True),
        (T.NUMERICAL, "", False),
        (T.ESSAY, "\n\t", False),
        (T.MATCHING, {}, False),
        (T.MATCHING, {0: "x"}, True),
        (T.DESCRIPTION, None, False),
    ],
)
def test_is_answered(qtype: QuestionType, response: Response | None, answered: bool) -> None:
    assert is_answered(qtype, response) is answered
