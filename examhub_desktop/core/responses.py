"""What a student answered, per question type, and its JSON form in exam_attempts.answers.

Responses refer to choices and matching prompts by their index in the question as authored,
never by their shuffled position on screen, so a stored answer means the same thing
whatever order the attempt showed.

Python values and their JSON (None / null always means "not answered"):

================= ========================== ==========================================
question type     Python response            JSON
================= ========================== ==========================================
multiple_choice   int (choice index)         2
multiple_response frozenset[int]             [0, 3]   (sorted, no duplicates)
true_false        bool                       true
short_answer      str (as typed)             "Paris"
numerical         str (as typed: "3,5")      "3,5"
matching          Mapping[int, str]          {"0": "Paris", "2": "Rome"}  (prompt index ->
                  (prompt index -> answer)   chosen answer text; unmatched prompts left out)
essay             str                        "..."
description       (no response)              null
================= ========================== ==========================================

The JSON carries no type tag: the question's type says how to read it, and a value of the
wrong shape (say, after a teacher changed the question's type) is refused with
ResponseError rather than misread.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeAlias, TypeGuard

from examhub_desktop.core.i18n import translate
from examhub_desktop.core.question import Question, QuestionType

ChoiceResponse: TypeAlias = int
MultiResponse: TypeAlias = frozenset[int]
TrueFalseResponse: TypeAlias = bool
TextResponse: TypeAlias = str
MatchingResponse: TypeAlias = Mapping[int, str]
Response: TypeAlias = ChoiceResponse | MultiResponse | TrueFalseResponse | TextResponse | MatchingResponse

JsonValue: TypeAlias = bool | int | float | str | list["JsonValue"] | dict[str, "JsonValue"] | None

MAX_TEXT_RESPONSE = 100_000  # characters; an essay longer than a short book is a mistake


class ResponseError(ValueError):
    """A response that does not fit its question; the message says how."""


def _is_index(v: object) -> TypeGuard[int]:
    return isinstance(v, int) and not isinstance(v, bool) and v >= 0


def _check_text(v: object) -> str:
    if not isinstance(v, str):
        raise ResponseError(
            translate("Responses", "This answer must be text, not {kind}.").format(kind=type(v).__name__)
        )
    if len(v) > MAX_TEXT_RESPONSE:
        raise ResponseError(
            translate("Responses", "An answer may have at most %n character(s).", None, MAX_TEXT_RESPONSE)
        )
    return v


def check_shape(qtype: QuestionType, response: object) -> Response | None:
    """`response` itself when it has the Python shape of `qtype`'s responses, else ResponseError."""
    if response is None:
        return None
    if qtype is QuestionType.MULTIPLE_CHOICE:
        if _is_index(response):
            return response
        raise ResponseError(translate("Responses", "A multiple choice answer must be a choice index."))
    if qtype is QuestionType.MULTIPLE_RESPONSE:
        if not isinstance(response, frozenset) or not all(_is_index(i) for i in response):
            raise ResponseError(
                translate("Responses", "A multiple response answer must be a frozenset of choice indexes.")
            )
        return response
    if qtype is QuestionType.TRUE_FALSE:
        if not isinstance(response, bool):
            raise ResponseError(translate("Responses", "A true/false answer must be True or False."))
        return response
    if qtype in (QuestionType.SHORT_ANSWER, QuestionType.NUMERICAL, QuestionType.ESSAY):
        return _check_text(response)
    if qtype is QuestionType.MATCHING:
        if not isinstance(response, Mapping) or not all(
            _is_index(k) and isinstance(v, str) for k, v in response.items()
        ):
            raise ResponseError(
                translate("Responses", "A matching answer must map prompt indexes to answer texts.")
            )
        return response
    raise ResponseError(translate("Responses", "A description takes no answer."))


def check_response(question: Question, response: object) -> Response | None:
    """Like check_shape, and also refuses indexes the question does not have.

    Use it where answers are saved; grading is more forgiving (a stale index after a
    teacher removed a choice grades as wrong) so that old attempts can still be reviewed.
    """
    value = check_shape(question.type, response)
    if value is None:
        return None
    qtype = question.type
    if qtype is QuestionType.MULTIPLE_CHOICE and isinstance(value, int):
        if value >= len(question.choices):
            raise ResponseError(
                translate("Responses", "Choice {number} does not exist in this question.").format(
                    number=value + 1
                )
            )
    elif qtype is QuestionType.MULTIPLE_RESPONSE and isinstance(value, frozenset):
        if any(i >= len(question.choices) for i in value):
            raise ResponseError(
                translate("Responses", "An answer names a choice this question does not have.")
            )
    elif qtype is QuestionType.MATCHING and isinstance(value, Mapping):
        if any(k >= len(question.pairs) for k in value):
            raise ResponseError(
                translate("Responses", "An answer names a matching prompt this question does not have.")
            )
        options = set(matching_options(question))
        if any(v not in options for v in value.values()):
            raise ResponseError(translate("Responses", "An answer is not one of the matching options."))
    return value


def matching_options(question: Question) -> tuple[str, ...]:
    """The answers a matching question offers: its pairs' answers, then distractors, once each
    (a question without its key, question.without_key, has them all as distractors)."""
    seen: dict[str, None] = {}
    for text in [p.answer for p in question.pairs] + list(question.distractors):
        if text:
            seen.setdefault(text, None)
    return tuple(seen)


def is_answered(qtype: QuestionType, response: Response | None) -> bool:
    """Whether a response counts as an answer (the runner's palette, "N unanswered")."""
    if response is None or qtype is QuestionType.DESCRIPTION:
        return False
    if isinstance(response, str):
        return bool(response.strip())
    if isinstance(response, frozenset | Mapping):
        return bool(response)
    return True


# --------------------------------------------------------------------------- JSON


def encode_response(qtype: QuestionType, response: Response | None) -> JsonValue:
    """The JSON-safe form of a response (see the module docstring for the shapes)."""
    value = check_shape(qtype, response)
    if value is None:
        return None
    if isinstance(value, frozenset):
        return [i for i in sorted(value)]  # a comprehension, so mypy types it as list[JsonValue]
    if isinstance(value, Mapping):
        return {str(k): value[k] for k in sorted(value)}
    return value


def decode_response(qtype: QuestionType, raw: object) -> Response | None:
    """The response stored as `raw` by encode_response; ResponseError when it is not one."""
    if raw is None:
        return None
    if qtype is QuestionType.MULTIPLE_RESPONSE:
        if not isinstance(raw, list) or not all(_is_index(i) for i in raw):
            raise ResponseError(
                translate("Responses", "A stored multiple response answer must be a list of choice indexes.")
            )
        if len(set(raw)) != len(raw):
            raise ResponseError(
                translate("Responses", "A stored multiple response answer names a choice twice.")
            )
        return frozenset(raw)
    if qtype is QuestionType.MATCHING:
        if not isinstance(raw, dict):
            raise ResponseError(translate("Responses", "A stored matching answer must be an object."))
        out: dict[int, str] = {}
        for k, v in raw.items():
            if not (isinstance(k, str) and k.isascii() and k.isdigit() and str(int(k)) == k):
                raise ResponseError(
                    translate("Responses", "A stored matching answer has a bad prompt index {index}.").format(
                        index=repr(k)
                    )
                )
            if not isinstance(v, str):
                raise ResponseError(
                    translate("Responses", "A stored matching answer must map to answer texts.")
                )
            out[int(k)] = v
        return out
    return check_shape(qtype, raw)


__all__ = [
    "ChoiceResponse",
    "JsonValue",
    "MatchingResponse",
    "MultiResponse",
    "Response",
    "ResponseError",
    "TextResponse",
    "TrueFalseResponse",
    "check_response",
    "check_shape",
    "decode_response",
    "encode_response",
    "is_answered",
    "matching_options",
]
