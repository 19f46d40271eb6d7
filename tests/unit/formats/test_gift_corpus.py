"""Every GIFT file of the shared corpus parses to its reference-parser (PEG.js) expectation.

The .json files are the output of fuhrmanator/GIFT-grammar-PEG.js; `expected()` maps its
fields onto our model. Where that parser and Moodle's format.php disagree, Moodle wins;
each disagreement is written down here and applied to the reference output:

1. Missing word: Moodle replaces the answer block in place, so "from {...}." becomes
   "from _____."; the reference parser writes "from _____ ." (BLANK_BEFORE_PUNCTUATION).
2. Line breaks: the reference parser folds line breaks (and the indentation after them)
   inside [moodle]/[plain] text into one space; Moodle keeps the line break. Those texts
   are compared with whitespace folded (FOLDED_FORMATS); [html] and [markdown] exactly.
3. True/false feedback: the reference parser names the first and second `#` parts
   trueFeedback and falseFeedback whatever the answer; in Moodle the first is the feedback
   for the wrong answer and the second for the right one (split_truefalse_comment). This
   is a mapping of fields, applied in `expected()`, not a deviation.
4. A numerical catch-all (`~#feedback`, the reference's "*" choice) has no place in our
   model: it is dropped with a warning.
5. "= spring = summer ..." (escapeColon.gift) is single-answer multiple choice with four
   fully right answers in both parsers; our model allows one, so the question carries the
   core validation error.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

import pytest

from examhub_desktop.core.question import Question, QuestionType
from examhub_desktop.formats import ParseResult
from tests.unit.formats.helpers import CORPUS, messages, parse_corpus

GIFT = CORPUS / "gift"
FILES = sorted(p.name for p in GIFT.glob("*.gift"))
FOLDED_FORMATS = {"moodle", "plain"}
BLANK_BEFORE_PUNCTUATION = re.compile(r"_____ (?=[.,;:!?])")


def _fold(text: str) -> str:
    return " ".join(text.split())


def _text(part: dict[str, Any] | None, fmt: str) -> str:
    if part is None:
        return ""
    text = BLANK_BEFORE_PUNCTUATION.sub("_____", part["text"])
    return _fold(text) if fmt in FOLDED_FORMATS else text


def _numeric(spec: dict[str, Any]) -> tuple[float, float]:
    if spec["type"] == "simple":
        return spec["number"], 0.0
    if spec["type"] == "range":
        return spec["number"], spec["range"]
    middle = (spec["numberHigh"] + spec["numberLow"]) / 2
    return middle, spec["numberHigh"] - middle


def expected(peg: dict[str, Any]) -> dict[str, Any]:
    """The reference parser's question as the fields of our model (texts normalised)."""
    fmt = peg["stem"]["format"]
    out: dict[str, Any] = {
        "title": peg["title"] or "",
        "text": _text(peg["stem"], fmt),
        "text_format": fmt,
        "legacy_id": peg.get("id") or "",
        "tags": tuple(peg.get("tags") or ()),
        "explanation": _text(peg.get("globalFeedback"), fmt),
    }
    kind = peg["type"]
    if kind == "MC":
        single = any(c["isCorrect"] for c in peg["choices"])
        out["type"] = QuestionType.MULTIPLE_CHOICE if single else QuestionType.MULTIPLE_RESPONSE
        out["choices"] = [
            (
                _text(c["text"], fmt),
                1.0 if c["isCorrect"] else (c["weight"] or 0) / 100,
                _text(c["feedback"], fmt),
            )
            for c in peg["choices"]
        ]
    elif kind == "Short":
        out["type"] = QuestionType.SHORT_ANSWER
        out["answers"] = [
            (
                _text(c["text"], fmt),
                1.0 if c["weight"] is None else c["weight"] / 100,
                _text(c["feedback"], fmt),
            )
            for c in peg["choices"]
        ]
    elif kind == "TF":
        out["type"] = QuestionType.TRUE_FALSE
        out["correct"] = peg["isTrue"]
        first, second = _text(peg["trueFeedback"], fmt), _text(peg["falseFeedback"], fmt)
        # Moodle: first part = feedback for the wrong answer, second = for the right one.
        out["true_feedback"], out["false_feedback"] = (second, first) if peg["isTrue"] else (first, second)
    elif kind == "Numerical":
        out["type"] = QuestionType.NUMERICAL
        specs = peg["choices"]
        if isinstance(specs, dict):
            specs = [{"text": specs, "weight": None, "feedback": None}]
        out["numeric_answers"] = [
            (
                *_numeric(c["text"]),
                1.0 if c["weight"] is None else c["weight"] / 100,
                _text(c["feedback"], fmt),
            )
            for c in specs
            if "type" in c["text"]  # the "*" catch-all is dropped (deviation 4)
        ]
    elif kind == "Matching":
        out["type"] = QuestionType.MATCHING
        pairs = peg["matchPairs"]
        out["pairs"] = [
            (_text(p["subquestion"], fmt), p["subanswer"]) for p in pairs if p["subquestion"]["text"]
        ]
        out["distractors"] = [p["subanswer"] for p in pairs if not p["subquestion"]["text"]]
    else:
        out["type"] = QuestionType.ESSAY if kind == "Essay" else QuestionType.DESCRIPTION
    return out


def actual(q: Question) -> dict[str, Any]:
    fmt = q.text_format.value

    def norm(text: str) -> str:
        return _fold(text) if fmt in FOLDED_FORMATS else text

    out: dict[str, Any] = {
        "title": q.title,
        "text": norm(q.text),
        "text_format": fmt,
        "legacy_id": q.legacy_id,
        "tags": q.tags,
        "explanation": norm(q.explanation),
        "type": q.type,
    }
    if q.type in (QuestionType.MULTIPLE_CHOICE, QuestionType.MULTIPLE_RESPONSE):
        out["choices"] = [(norm(c.text), c.fraction, norm(c.feedback)) for c in q.choices]
    elif q.type is QuestionType.SHORT_ANSWER:
        out["answers"] = [(norm(a.text), a.fraction, norm(a.feedback)) for a in q.answers]
    elif q.type is QuestionType.TRUE_FALSE:
        out.update(
            correct=q.correct, true_feedback=norm(q.true_feedback), false_feedback=norm(q.false_feedback)
        )
    elif q.type is QuestionType.NUMERICAL:
        out["numeric_answers"] = [
            (n.value, n.tolerance, n.fraction, norm(n.feedback)) for n in q.numeric_answers
        ]
    elif q.type is QuestionType.MATCHING:
        out["pairs"] = [(norm(p.prompt), p.answer) for p in q.pairs]
        out["distractors"] = list(q.distractors)
    return out


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return (
            isinstance(a, (int, float)) and isinstance(b, (int, float)) and math.isclose(a, b, abs_tol=1e-9)
        )
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _load(name: str) -> tuple[list[dict[str, Any]], ParseResult]:
    peg = json.loads((GIFT / Path(name).with_suffix(".json").name).read_text(encoding="utf-8"))
    return peg, parse_corpus("gift", name, "gift")


def test_corpus_is_there() -> None:
    assert len(FILES) >= 50, f"GIFT corpus not found at {GIFT}"


@pytest.mark.parametrize("name", FILES)
def test_gift_file_matches_reference(name: str) -> None:
    peg, result = _load(name)
    assert result.format == "gift"
    assert list(result.categories) == [e["title"] for e in peg if e["type"] == "Category"]
    expectations = [e for e in peg if e["type"] != "Category"]
    assert len(result.questions) == len(expectations), [str(d) for d in result.diagnostics]
    for index, (peg_question, parsed) in enumerate(zip(expectations, result.questions, strict=True)):
        want, got = expected(peg_question), actual(parsed.question)
        for field, value in want.items():
            assert _same(value, got[field]), f"{name} question {index}: {field}: {got[field]!r} != {value!r}"


def test_only_documented_diagnostics_in_corpus() -> None:
    found = {}
    for name in FILES:
        result = parse_corpus("gift", name, "gift")
        if result.diagnostics:
            found[name] = [(d.severity, d.line) for d in result.diagnostics]
    assert found == {
        "escapeColon.gift": [("error", 1)],  # deviation 5: four fully right answers
        "totara_moodle_numerical.gift": [("warning", 12)],  # deviation 4: catch-all dropped
    }


def test_catch_all_feedback_is_named_in_the_warning() -> None:
    result = parse_corpus("gift", "totara_moodle_numerical.gift", "gift")
    (warning,) = messages(result, "warning")
    assert "Completely wrong" in warning
    (question,) = result.questions
    assert question.diagnostics == result.diagnostics
    assert (
        question.question.numeric_answers[0].value == 3
        and question.question.numeric_answers[0].tolerance == 2
    )


def test_moodle_keeps_line_breaks_the_reference_folds() -> None:
    result = parse_corpus("gift", "multiLineFeedback1.gift", "gift")
    first = result.questions[0].question
    assert first.explanation == "Global feedback split\non multiple lines"
    assert first.choices[1].feedback == "feedback comment on this wrong answer\non multiple lines"


def test_indentation_kept_in_text_and_removed_in_answers() -> None:
    pre = parse_corpus("gift", "totara_moodle_pre_content.gift", "gift").questions[0].question
    assert "\n    public void test() {\n        method1();" in pre.text
    tricky = parse_corpus("gift", "escapeAll.gift", "gift").questions[0].question
    assert tricky.choices[-1].feedback.endswith("BUT,\nit is used to escape the control characters.")


def test_category_title_suggestion() -> None:
    result = parse_corpus("gift", "categorySpecialCharacter.gift", "gift")
    assert result.title == "Default for Unit 1: Topic"
    assert result.questions == ()
