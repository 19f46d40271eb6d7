"""Reading one Moodle XML <question>: its text pieces and each type we support.

Helpers follow Moodle's qformat_xml: getpath-style lookups that trim text, format names
(moodle_auto_format, html, plain_text, markdown), fractions as percentages, flags as
Moodle's trans_single reads them, and embedded <file>s turned into data: URIs so pictures
survive without a file store.
"""

from __future__ import annotations

import base64
import binascii
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import replace
from urllib.parse import quote

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
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
from examhub_desktop.formats.diagnostics import WARNING, Note
from examhub_desktop.formats.textutil import fraction_from_percent, parse_number

FORMATS_IN = {
    "moodle_auto_format": TextFormat.MOODLE,
    "html": TextFormat.HTML,
    "plain_text": TextFormat.PLAIN,
    "markdown": TextFormat.MARKDOWN,
    "wiki_like": TextFormat.MOODLE,
}
UNSUPPORTED = {
    "cloze": QT_TRANSLATE_NOOP("MoodleXml", "embedded answers (Cloze)"),
    "multianswer": QT_TRANSLATE_NOOP("MoodleXml", "embedded answers (Cloze)"),
    "calculated": QT_TRANSLATE_NOOP("MoodleXml", "calculated"),
    "calculatedsimple": QT_TRANSLATE_NOOP("MoodleXml", "simple calculated"),
    "calculatedmulti": QT_TRANSLATE_NOOP("MoodleXml", "calculated multichoice"),
    "ddwtos": QT_TRANSLATE_NOOP("MoodleXml", "drag and drop into text"),
    "ddimageortext": QT_TRANSLATE_NOOP("MoodleXml", "drag and drop onto image"),
    "ddmarker": QT_TRANSLATE_NOOP("MoodleXml", "drag and drop markers"),
    "gapselect": QT_TRANSLATE_NOOP("MoodleXml", "select missing words"),
    "randomsamatch": QT_TRANSLATE_NOOP("MoodleXml", "random short-answer matching"),
    "random": QT_TRANSLATE_NOOP("MoodleXml", "random"),
    "ordering": QT_TRANSLATE_NOOP("MoodleXml", "ordering"),
    "multichoiceset": QT_TRANSLATE_NOOP("MoodleXml", "all-or-nothing multiple choice"),
}
# question_bank::fraction_options(): the only credits Moodle's editor offers (and negatives).
MOODLE_GRADES: tuple[float, ...] = (
    *(1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2),
    *(0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0.0),
)
_DEFAULT_COMBINED = {
    "",
    "Your answer is correct.",
    "Your answer is partially correct.",
    "Your answer is incorrect.",
}
_MIME = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "svg": "image/svg+xml",
    "webp": "image/webp",
    "bmp": "image/bmp",
    "mp3": "audio/mpeg",
    "ogg": "audio/ogg",
    "mp4": "video/mp4",
    "pdf": "application/pdf",
}


class Skip(Exception):
    """A question that cannot be read; the message says why."""


# ---------------------------------------------------------------------------- text pieces


def plain(element: ET.Element, path: str) -> str:
    found = element.find(path)
    return "" if found is None else _inner(found).strip()


def _inner(element: ET.Element) -> str:
    """An element's content; markup left unescaped in <text> is kept as text."""
    return (element.text or "") + "".join(ET.tostring(child, encoding="unicode") for child in element)


def _rich(element: ET.Element | None, default: TextFormat, notes: list[Note]) -> tuple[str, TextFormat]:
    """A <text> with its format attribute and embedded <file>s, as Moodle's import_text_with_files."""
    if element is None:
        return "", default
    fmt = FORMATS_IN.get(
        element.get("format", "").strip(), default if "format" not in element.attrib else TextFormat.HTML
    )
    text = plain(element, "text")
    for file in element.findall("file"):
        text = _inline_file(text, file, notes)
    return text, fmt


def _inline_file(text: str, file: ET.Element, notes: list[Note]) -> str:
    name = file.get("name", "")
    folder = file.get("path", "/") or "/"
    refs = [f"@@PLUGINFILE@@{folder}{quote(name)}", f"@@PLUGINFILE@@{folder}{name}"]
    if not name or not any(ref in text for ref in refs):
        notes.append(
            (
                WARNING,
                translate(
                    "MoodleXml", "The embedded file {name} is not used by the text and was not imported."
                ).format(name=repr(name)),
            )
        )
        return text
    try:
        data = base64.b64decode((file.text or "").encode("ascii", "ignore"))
    except (binascii.Error, ValueError):
        notes.append(
            (
                WARNING,
                translate(
                    "MoodleXml", "The embedded file {name} is not valid base64 and was not imported."
                ).format(name=repr(name)),
            )
        )
        return text
    mime = _MIME.get(name.rsplit(".", 1)[-1].lower(), "application/octet-stream")
    uri = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    for ref in refs:
        text = text.replace(ref, uri)
    return text


def _fraction(element: ET.Element) -> float:
    raw = element.get("fraction", "0")
    value = parse_number(raw)
    if value is None:
        raise Skip(
            translate("MoodleXml", "the answer grade {grade} is not a number.").format(grade=repr(raw))
        )
    return fraction_from_percent(value)


def _flag(element: ET.Element, tag: str, default: bool) -> bool:
    """Moodle's trans_single: "false", "0" and empty are false, anything else true."""
    raw = element.findtext(tag)
    if raw is None:
        return default
    return raw.strip() not in ("", "0", "false")


def _check_grades(name: str, fractions: list[float], notes: list[Note]) -> None:
    bad = [f for f in fractions if not any(abs(abs(f) - g) < 0.00001 for g in MOODLE_GRADES)]
    if bad:
        shown = ", ".join(f"{f * 100:g}%" for f in bad)
        notes.append(
            (
                WARNING,
                translate(
                    "MoodleXml",
                    "Question {name} has grades Moodle does not offer ({grades}); Moodle would refuse "
                    "to import it. Exam Hub keeps them as written.",
                ).format(name=repr(name), grades=shown),
            )
        )


def read_head(element: ET.Element, name: str, notes: list[Note]) -> Question:
    text, fmt = _rich(element.find("questiontext"), TextFormat.HTML, notes)
    explanation, _ = _rich(element.find("generalfeedback"), fmt, notes)
    points = 1
    raw = element.findtext("defaultgrade")
    if raw is not None:
        grade = parse_number(raw)
        if grade is None:
            notes.append(
                (
                    WARNING,
                    translate(
                        "MoodleXml", "The default grade {grade} is not a number; 1 point is used."
                    ).format(grade=repr(raw.strip())),
                )
            )
        else:
            points = int(grade + 0.5) if grade >= 0 else -int(-grade + 0.5)
            if points != grade:
                notes.append(
                    (
                        WARNING,
                        translate(
                            "MoodleXml",
                            "The default grade {grade} is rounded to {points} (points are whole numbers).",
                        ).format(grade=f"{grade:g}", points=points),
                    )
                )
    tags = tuple(t for t in (plain(tag, "text") for tag in element.findall("tags/tag")) if t)
    legacy_id = (element.findtext("idnumber") or "").strip()
    level = (element.findtext("difficulty") or "").strip().lower()  # written by Exam Hub only
    return Question(
        QuestionType.DESCRIPTION,
        text,
        fmt,
        title=name,
        explanation=explanation,
        points=points,
        tags=tags,
        legacy_id=legacy_id,
        difficulty=Difficulty(level) if level in Difficulty._value2member_map_ else Difficulty.MEDIUM,
    )


# ------------------------------------------------------------------------ question types


def _feedback(answer: ET.Element, fmt: TextFormat, notes: list[Note]) -> str:
    return _rich(answer.find("feedback"), fmt, notes)[0]


def _extras(element: ET.Element, notes: list[Note]) -> None:
    """Say which of Moodle's extra feedback fields had content we cannot keep."""
    lost = [
        tag.replace("feedback", " feedback")
        for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")
        if plain(element, f"{tag}/text") not in _DEFAULT_COMBINED
    ]
    if any(plain(hint, "text") for hint in element.findall("hint")):
        lost.append("hints")
    if lost:
        notes.append(
            (
                WARNING,
                translate("MoodleXml", "Not imported (Exam Hub has no place for them): {fields}.").format(
                    fields=", ".join(lost)
                ),
            )
        )


def _multichoice(element: ET.Element, head: Question, notes: list[Note]) -> Question:
    fmt = head.text_format
    choices = []
    for answer in element.findall("answer"):
        text, _ = _rich(answer, fmt, notes)
        choices.append(Choice(text, _fraction(answer), _feedback(answer, fmt, notes)))
    _check_grades(head.title, [c.fraction for c in choices], notes)
    _extras(element, notes)
    single = _flag(element, "single", True)
    return replace(
        head,
        type=QuestionType.MULTIPLE_CHOICE if single else QuestionType.MULTIPLE_RESPONSE,
        choices=tuple(choices),
        shuffle_choices=_flag(element, "shuffleanswers", False),
    )


def _truefalse(element: ET.Element, head: Question, notes: list[Note]) -> Question:
    answers = element.findall("answer")
    if not answers:
        raise Skip(translate("MoodleXml", "a true/false question needs its two answers."))
    correct: bool | None = None
    feedback = {"true": "", "false": ""}
    unlabelled = False
    for index, answer in enumerate(answers):
        label = plain(answer, "text")
        if label not in feedback:
            unlabelled = True
            label = "true" if index == 0 else "false"
        full = abs(_fraction(answer) - 1.0) < 1e-9
        correct = full if label == "true" else not full
        feedback[label] = _feedback(answer, head.text_format, notes)
    if unlabelled:
        notes.append(
            (
                WARNING,
                translate(
                    "MoodleXml",
                    "The answers are not labelled true/false (an old or translated export); "
                    "the first was taken as 'true'. Check the right answer.",
                ),
            )
        )
    return replace(
        head,
        type=QuestionType.TRUE_FALSE,
        correct=correct,
        true_feedback=feedback["true"],
        false_feedback=feedback["false"],
    )


def _shortanswer(element: ET.Element, head: Question, notes: list[Note]) -> Question:
    answers = tuple(
        TextAnswer(plain(a, "text"), _fraction(a), _feedback(a, head.text_format, notes))
        for a in element.findall("answer")
    )
    _check_grades(head.title, [a.fraction for a in answers], notes)
    _extras(element, notes)
    return replace(
        head,
        type=QuestionType.SHORT_ANSWER,
        answers=answers,
        case_sensitive=_flag(element, "usecase", False),
    )


def _numerical(element: ET.Element, head: Question, notes: list[Note]) -> Question:
    answers = []
    for answer in element.findall("answer"):
        text = plain(answer, "text") if answer.find("text") is not None else (answer.text or "").strip()
        fraction = _fraction(answer)
        old_fraction = answer.findtext("fraction")
        if old_fraction is not None and parse_number(old_fraction) is not None:
            fraction = float(old_fraction)
        feedback = _feedback(answer, head.text_format, notes)
        if text in ("", "*"):
            if feedback:
                message = translate(
                    "MoodleXml",
                    "Exam Hub has no catch-all numerical answer; other numbers score 0 "
                    "(its feedback {feedback} was dropped).",
                ).format(feedback=repr(feedback))
            else:
                message = translate(
                    "MoodleXml", "Exam Hub has no catch-all numerical answer; other numbers score 0."
                )
            notes.append((WARNING, message))
            continue
        value = parse_number(text)
        tolerance = parse_number(answer.findtext("tolerance") or "0")
        if value is None or tolerance is None:
            raise Skip(
                translate(
                    "MoodleXml", "the numerical answer {answer} or its tolerance is not a number."
                ).format(answer=repr(text))
            )
        answers.append(NumericAnswer(value, tolerance, fraction, feedback))
    _check_grades(head.title, [a.fraction for a in answers], notes)
    if element.find("units/unit") is not None:
        notes.append(
            (WARNING, translate("MoodleXml", "Units are not imported: Exam Hub compares plain numbers."))
        )
    _extras(element, notes)
    return replace(head, type=QuestionType.NUMERICAL, numeric_answers=tuple(answers))


def _matching(element: ET.Element, head: Question, notes: list[Note]) -> Question:
    pairs, distractors = [], []
    for sub in element.findall("subquestion"):
        prompt, _ = _rich(sub, head.text_format, notes)
        answer = plain(sub, "answer/text")
        if prompt:
            pairs.append(MatchPair(prompt, answer))
        else:
            distractors.append(answer)
    _extras(element, notes)
    return replace(
        head,
        type=QuestionType.MATCHING,
        pairs=tuple(pairs),
        distractors=tuple(distractors),
        shuffle_choices=_flag(element, "shuffleanswers", True),
    )


def _essay(element: ET.Element, head: Question, notes: list[Note]) -> Question:
    if plain(element, "responsetemplate/text"):
        notes.append((WARNING, translate("MoodleXml", "The response template is not imported.")))
    grader_info, _ = _rich(element.find("graderinfo"), head.text_format, notes)
    return replace(head, type=QuestionType.ESSAY, grader_info=grader_info)


def _description(element: ET.Element, head: Question, notes: list[Note]) -> Question:
    return replace(head, type=QuestionType.DESCRIPTION, points=0)


READERS: dict[str, Callable[[ET.Element, Question, list[Note]], Question]] = {
    "multichoice": _multichoice,
    "truefalse": _truefalse,
    "shortanswer": _shortanswer,
    "numerical": _numerical,
    "matching": _matching,
    "match": _matching,
    "essay": _essay,
    "description": _description,
}


__all__ = ["FORMATS_IN", "MOODLE_GRADES", "READERS", "UNSUPPORTED", "Skip", "plain", "read_head"]
