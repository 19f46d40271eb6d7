"""Moodle XML export in the layout of Moodle's own exporter (qformat_xml::writequestion).

Each exam becomes a category named after it, with the exam description as the category
info, so both come back on import. A question's difficulty goes in a `<difficulty>`
element of our own, which Moodle's importer ignores like any element it does not know. Moodle needs a question name, so an untitled question
is named after the start of its text. Characters XML 1.0 cannot hold (control characters
other than tab and line breaks) are left out, since one of them would make the whole file
unreadable.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from examhub_desktop.core.question import Question, QuestionType, TextFormat
from examhub_desktop.formats.diagnostics import ExamData
from examhub_desktop.formats.textutil import (
    category_path,
    default_title,
    format_number,
    format_percent,
    strip_xml_illegal,
)

FORMATS_OUT = {
    TextFormat.MOODLE: "moodle_auto_format",
    TextFormat.HTML: "html",
    TextFormat.PLAIN: "plain_text",
    TextFormat.MARKDOWN: "markdown",
}
_TYPES = {
    QuestionType.MULTIPLE_CHOICE: "multichoice",
    QuestionType.MULTIPLE_RESPONSE: "multichoice",
    QuestionType.TRUE_FALSE: "truefalse",
    QuestionType.SHORT_ANSWER: "shortanswer",
    QuestionType.NUMERICAL: "numerical",
    QuestionType.MATCHING: "matching",
    QuestionType.ESSAY: "essay",
    QuestionType.DESCRIPTION: "description",
}


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = strip_xml_illegal(text)
    return element


def _rich(parent: ET.Element, tag: str, text: str, fmt: TextFormat, **attrs: str) -> ET.Element:
    element = _sub(parent, tag, format=FORMATS_OUT[fmt], **attrs)
    _sub(element, "text", text)
    return element


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _combined_feedback(parent: ET.Element, fmt: TextFormat) -> None:
    for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
        _rich(parent, tag, "", fmt)


def _answer(parent: ET.Element, fraction: float, text: str, feedback: str, fmt: TextFormat) -> ET.Element:
    answer = _rich(parent, "answer", text, fmt, fraction=format_percent(fraction))
    _rich(answer, "feedback", feedback, fmt)
    return answer


def _body(q: Question, el: ET.Element) -> None:
    fmt = q.text_format
    if q.type in (QuestionType.MULTIPLE_CHOICE, QuestionType.MULTIPLE_RESPONSE):
        _sub(el, "single", _bool(q.type is QuestionType.MULTIPLE_CHOICE))
        _sub(el, "shuffleanswers", _bool(q.shuffle_choices))
        _sub(el, "answernumbering", "abc")
        _combined_feedback(el, fmt)
        for c in q.choices:
            _answer(el, c.fraction, c.text, c.feedback, fmt)
    elif q.type is QuestionType.TRUE_FALSE:
        _answer(el, 1.0 if q.correct else 0.0, "true", q.true_feedback, TextFormat.MOODLE)
        _answer(el, 0.0 if q.correct else 1.0, "false", q.false_feedback, TextFormat.MOODLE)
    elif q.type is QuestionType.SHORT_ANSWER:
        _sub(el, "usecase", "1" if q.case_sensitive else "0")
        for a in q.answers:
            _answer(el, a.fraction, a.text, a.feedback, TextFormat.MOODLE)
    elif q.type is QuestionType.NUMERICAL:
        for n in q.numeric_answers:
            answer = _answer(el, n.fraction, format_number(n.value), n.feedback, TextFormat.MOODLE)
            _sub(answer, "tolerance", format_number(n.tolerance))
        for tag, value in (
            ("unitgradingtype", "0"),
            ("unitpenalty", "0.1"),
            ("showunits", "3"),
            ("unitsleft", "0"),
        ):
            _sub(el, tag, value)
    elif q.type is QuestionType.MATCHING:
        _sub(el, "shuffleanswers", _bool(q.shuffle_choices))
        _combined_feedback(el, fmt)
        subs = [(p.prompt, p.answer) for p in q.pairs] + [("", d) for d in q.distractors]
        for prompt, match in subs:
            sub = _rich(el, "subquestion", prompt, fmt)
            _sub(_sub(sub, "answer"), "text", match)
    elif q.type is QuestionType.ESSAY:
        for tag, value in (
            ("responseformat", "editor"),
            ("responserequired", "1"),
            ("responsefieldlines", "15"),
            ("attachments", "0"),
            ("attachmentsrequired", "0"),
        ):
            _sub(el, tag, value)
        _rich(el, "graderinfo", q.grader_info, fmt)
        _rich(el, "responsetemplate", "", fmt)


def question_element(q: Question) -> ET.Element:
    el = ET.Element("question", {"type": _TYPES[q.type]})
    _sub(_sub(el, "name"), "text", default_title(q))
    _rich(el, "questiontext", q.text, q.text_format)
    _rich(el, "generalfeedback", q.explanation, q.text_format)
    _sub(el, "defaultgrade", str(q.points))
    _sub(el, "penalty", "1" if q.type is QuestionType.TRUE_FALSE else "0.3333333")
    _sub(el, "hidden", "0")
    _sub(el, "idnumber", q.legacy_id)
    _sub(el, "difficulty", q.difficulty.value)  # Exam Hub's own; Moodle ignores elements it does not know
    _body(q, el)
    if q.tags:
        tags = _sub(el, "tags")
        for tag in q.tags:
            _sub(_sub(tags, "tag"), "text", tag)
    return el


def write_moodle_xml(exams: Sequence[ExamData]) -> str:
    quiz = ET.Element("quiz")
    for exam in exams:
        if exam.title.strip():
            category = _sub(quiz, "question", type="category")
            _sub(_sub(category, "category"), "text", category_path(exam.title))
            _rich(category, "info", exam.description, TextFormat.PLAIN)
        for q in exam.questions:
            quiz.append(question_element(q))
    ET.indent(quiz, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"


__all__ = ["FORMATS_OUT", "question_element", "write_moodle_xml"]
