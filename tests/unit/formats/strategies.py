"""Hypothesis strategies: valid questions of every type, and hostile inputs per format."""

from __future__ import annotations

import csv
import html
import io
import json
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st

from examhub_desktop.core.question import (
    Choice,
    Difficulty,
    MatchPair,
    NumericAnswer,
    Question,
    QuestionType,
    TextAnswer,
    TextFormat,
    validate,
)
from examhub_desktop.formats.spreadsheet_rows import HEADER

# Characters a teacher may type, plus every character GIFT, CSV and XML treat specially.
# Control characters are left out (XML 1.0 cannot hold them; see docs/formats.md), and so is
# the supplementary private-use plane, which the GIFT parser uses for escape placeholders.
SYNTAX = [*list("{}=~#:\\%[]-></$_*'\"&;,.|@+\t\n "), "->", "\\n", "[html]", "[plain]", "//", "::", "####"]
_CHAR = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co"))
_PIECE = st.one_of(_CHAR, st.sampled_from(SYNTAX))


def texts(max_size: int = 12, *, lines: bool = True) -> st.SearchStrategy[str]:
    """Non-empty text without surrounding whitespace (every text format trims it)."""
    pieces = _PIECE if lines else st.one_of(_CHAR, st.sampled_from([s for s in SYNTAX if "\n" not in s]))
    return st.lists(pieces, min_size=1, max_size=max_size).map(lambda p: "".join(p).strip()).filter(bool)


def maybe(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.just(""), strategy)


# Tags and ids: GIFT comments cannot hold < > ` or a backslash before "]", and spreadsheet
# cells separate tags with ";" or ",".
_LABEL = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzÉé0123456789-_. "), min_size=1, max_size=10)
labels = _LABEL.map(str.strip).filter(bool)


@st.composite
def questions(draw: st.DrawFn, qtype: QuestionType, *, no_arrows: bool = True) -> Question:
    """A question of `qtype` that passes the core validation."""
    fields: dict[str, Any] = {
        "type": qtype,
        "text": draw(texts()),
        "text_format": draw(st.sampled_from(TextFormat)),
        "title": draw(maybe(texts(8, lines=False))),
        "explanation": draw(maybe(texts())),
        "difficulty": draw(st.sampled_from(Difficulty)),
        "points": draw(st.integers(0, 50)),
        "tags": tuple(draw(st.lists(labels, max_size=3))),
        "legacy_id": draw(maybe(labels)),
    }
    if qtype in (QuestionType.MULTIPLE_CHOICE, QuestionType.MULTIPLE_RESPONSE, QuestionType.MATCHING):
        fields["shuffle_choices"] = draw(st.booleans())
    feedback = maybe(texts(6))
    if qtype in (QuestionType.MULTIPLE_CHOICE, QuestionType.MULTIPLE_RESPONSE):
        n = draw(st.integers(2, 6))
        if qtype is QuestionType.MULTIPLE_CHOICE:
            right = draw(st.integers(0, n - 1))
            others = st.sampled_from([0.0, 0.0, 0.5, 0.25, 1 / 3, -0.5, -1.0])
            fractions = [1.0 if i == right else draw(others) for i in range(n)]
        else:
            picked = draw(st.lists(st.booleans(), min_size=n, max_size=n).filter(any))
            share = 1.0 / sum(picked)
            fractions = [share if p else draw(st.sampled_from([0.0, -0.5, -1.0, -1 / 3])) for p in picked]
        fields["choices"] = tuple(Choice(draw(texts(8)), f, draw(feedback)) for f in fractions)
    elif qtype is QuestionType.TRUE_FALSE:
        fields.update(
            correct=draw(st.booleans()), true_feedback=draw(feedback), false_feedback=draw(feedback)
        )
    elif qtype is QuestionType.SHORT_ANSWER:
        answer_text = texts(8).filter(lambda t: "->" not in t) if no_arrows else texts(8)
        answer_feedback = feedback.filter(lambda t: "->" not in t) if no_arrows else feedback
        weights = [1.0, *draw(st.lists(st.sampled_from([0.0, 0.5, 0.1, 1.0]), max_size=3))]
        fields["answers"] = tuple(TextAnswer(draw(answer_text), w, draw(answer_feedback)) for w in weights)
        fields["case_sensitive"] = draw(st.booleans())
    elif qtype is QuestionType.NUMERICAL:
        weights = [1.0, *draw(st.lists(st.sampled_from([0.0, 0.5, 0.9]), max_size=3))]
        number = st.floats(allow_nan=False, allow_infinity=False)
        tolerance = st.floats(min_value=0, allow_nan=False, allow_infinity=False)
        fields["numeric_answers"] = tuple(
            NumericAnswer(draw(number), draw(tolerance), w, draw(feedback)) for w in weights
        )
    elif qtype is QuestionType.MATCHING:
        prompt = texts(8).filter(lambda t: "->" not in t) if no_arrows else texts(8)
        prompts = draw(st.lists(prompt, min_size=2, max_size=4, unique_by=str.strip))
        fields["pairs"] = tuple(MatchPair(p, draw(texts(8))) for p in prompts)
        fields["distractors"] = tuple(draw(st.lists(texts(8), max_size=2)))
    elif qtype is QuestionType.ESSAY:
        fields["grader_info"] = draw(maybe(texts()))
    question = Question(**fields)
    assume(not validate(question))
    return question


# ------------------------------------------------------------------------------- hostile input

GIFT_TOKENS = [
    *SYNTAX,
    "$CATEGORY: a/b",
    "::t::",
    "{",
    "}",
    "=",
    "~",
    "#",
    "%50%",
    "%-100%",
    "%--5%",
    "%1000%",
    "T",
    "TRUE",
    "false",
    "1..5",
    "3:2",
    "*",
    "[markdown]",
    "[id:x]",
    "[tag:y]",
    "\n\n",
    "\r",
    "é",
    "a",
    "1",
]
gift_text = st.lists(st.sampled_from(GIFT_TOKENS), max_size=40).map("".join)

AIKEN_LINES = [
    "Question?",
    "A) one",
    "B. two",
    "C)three",
    "ANSWER: A",
    "ANSWER: C",
    "ANSWER:",
    "ANSWER: z",
    "",
    "x",
    "Z) z",
]
aiken_text = st.lists(st.sampled_from(AIKEN_LINES), max_size=20).map("\n".join)

_XML_TYPES = ["multichoice", "truefalse", "shortanswer", "numerical", "matching", "match", "essay"]
_XML_TYPES += ["description", "category", "cloze", "calculated", "", "bogus"]
_XML_CHILDREN = [
    "<name><text>n &amp; m</text></name>",
    '<questiontext format="html"><text><![CDATA[<p>q @@PLUGINFILE@@/a.png</p>]]></text>'
    '<file name="a.png" encoding="base64">iVBORw0K</file></questiontext>',
    '<questiontext format="weird"><text>q<b>bold</b></text></questiontext>',
    "<generalfeedback><text>g</text></generalfeedback>",
    '<answer fraction="100"><text>true</text><feedback><text>f</text></feedback></answer>',
    '<answer fraction="0"><text>false</text></answer>',
    '<answer fraction="33.3"><text>3</text><tolerance>x</tolerance></answer>',
    '<answer fraction="abc"><text>*</text></answer>',
    "<answer><text></text><fraction>0.5</fraction></answer>",
    "<single>false</single>",
    "<single>0</single>",
    "<shuffleanswers>1</shuffleanswers>",
    "<usecase>1</usecase>",
    "<defaultgrade>2.5</defaultgrade>",
    "<defaultgrade>-1e400</defaultgrade>",
    "<idnumber>id</idnumber>",
    "<tags><tag><text>t</text></tag><tag/></tags>",
    "<subquestion><text>p</text><answer><text>a</text></answer></subquestion>",
    "<subquestion><text></text><answer><text>d</text></answer></subquestion>",
    "<category><text>$course$/top/x//y</text></category>",
    "<info><text>i</text></info>",
    "<units><unit><unit_name>m</unit_name></unit></units>",
    '<graderinfo format="html"><text>gi</text></graderinfo>',
    "<hint><text>h</text></hint>",
    "<correctfeedback><text>Well done</text></correctfeedback>",
]


@st.composite
def moodle_xml(draw: st.DrawFn) -> str:
    questions = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(_XML_TYPES))
        children = "".join(draw(st.lists(st.sampled_from(_XML_CHILDREN), max_size=8)))
        questions.append(f'<question type="{kind}">{children}</question>')
    root = draw(st.sampled_from(["quiz", "quiz", "quiz", "other"]))
    return f'<?xml version="1.0" encoding="UTF-8"?><{root}>{"".join(questions)}</{root}>'


_XML_TOKENS = [
    "<quiz>",
    "</quiz>",
    "<question>",
    "</question>",
    "<text>",
    "</text>",
    "<!DOCTYPE a>",
    "&x;",
    "<",
]
xml_text = st.one_of(
    moodle_xml(), st.lists(st.sampled_from(_XML_TOKENS + _XML_CHILDREN), max_size=12).map("".join)
)

CELLS = ["", "multiple_choice", "mr", "tf", "short", "numerical", "matching", "essay", "info", "bogus", "Q?"]
CELLS += [
    "A",
    "ACD",
    "A:50 B:50",
    "A:x",
    "Z",
    "true",
    "maybe",
    "3:1",
    "1..5",
    "x",
    "p -> a",
    "-> d",
    "2",
    "2.5",
]
CELLS += ["hard", "odd", "html", "tag1; tag2", "=1+1", "'=1", "1,3", "é"]
_HEADER_CELLS = [*HEADER, "Option A", "Correct answer", "Question - max 120 characters", "Answer 1 - max 75"]
_HEADER_CELLS += ["Answer 2 - max 75", "Time limit (sec)", "Correct answer(s) - choose at least one", "extra"]


@st.composite
def table(draw: st.DrawFn) -> list[list[str]]:
    header = draw(st.lists(st.sampled_from(_HEADER_CELLS), max_size=10))
    rows = draw(st.lists(st.lists(st.sampled_from(CELLS), max_size=10), max_size=4))
    return [header, *rows] if draw(st.booleans()) else [*rows, header, *rows]


def csv_text(rows: list[list[str]], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    return buffer.getvalue()


_JSON_KEYS = ["format", "version", "exams", "title", "questions", "type", "text", "choices", "fraction"]
_JSON_KEYS += ["answers", "numeric_answers", "value", "tolerance", "pairs", "prompt", "answer", "distractors"]
_JSON_KEYS += [
    "correct",
    "points",
    "tags",
    "created_at",
    "duration_minutes",
    "text_format",
    "difficulty",
    "id",
]
_JSON_KEYS += ["legacy_id", "is_public", "shuffle_choices", "feedback"]
_JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(
        ["examhub", "multiple_choice", "true_false", "numerical", "html", "hard", "2024-01-01T00:00:00"]
    ),
    st.text(max_size=5),
)
_JSON_FLAT = st.one_of(
    _JSON_SCALARS,
    st.lists(_JSON_SCALARS, max_size=3),
    st.dictionaries(st.sampled_from(_JSON_KEYS), _JSON_SCALARS, max_size=4),
)
json_values = st.one_of(
    _JSON_FLAT, st.lists(st.dictionaries(st.sampled_from(_JSON_KEYS), _JSON_FLAT, max_size=4), max_size=3)
)


@st.composite
def examhub_json(draw: st.DrawFn) -> str:
    questions = draw(
        st.lists(st.dictionaries(st.sampled_from(_JSON_KEYS), json_values, max_size=6), max_size=3)
    )
    exam = draw(st.dictionaries(st.sampled_from(_JSON_KEYS), json_values, max_size=4))
    exam["questions"] = questions
    version = draw(st.sampled_from([1, 1, 1, 2, 0, "1"]))
    return json.dumps({"format": "examhub", "version": version, "exams": [exam]})


json_text = st.one_of(examhub_json(), json_values.map(json.dumps))


def escaped_line(text: str) -> str:
    return html.escape(text, quote=False)
