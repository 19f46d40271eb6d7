"""Moodle XML import (question/format/xml/format.php), read through defusedxml.

A file from the internet must not make us fetch URLs or expand entities, so any DTD is
refused with a clear error (Moodle's exporter never writes one). Every question type of
our model is read with Moodle's defaults (`single` true, `shuffleanswers` false for
multiple choice, true for matching); categories set the category of the questions that
follow. Fractions are percentages in the file (33.33333, -50). Embedded files become
data: URIs in the text, so pictures survive without a file store.

Types we lack (Cloze, calculated, drag and drop, ...) are skipped with a warning naming the
question and the type. Grades outside Moodle's menu (33 instead of 33.33333) are reported
as Moodle reports them, but as a warning: Exam Hub can store any credit from -100% to 100%.
The reading of each question is in moodle_xml_read.py.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser

from examhub_desktop.core.i18n import translate
from examhub_desktop.formats.diagnostics import Collector, Note, ParseResult
from examhub_desktop.formats.moodle_xml_read import READERS, UNSUPPORTED, Skip, plain, read_head
from examhub_desktop.formats.textutil import category_title, clean_name


class _LineBuilder(ET.TreeBuilder):
    """Remembers the line each element starts on, for diagnostics next to the source."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[ET.Element, int] = {}
        self.parser: DefusedXMLParser | None = None

    def start(self, tag: str, attrs: dict[str, str], /) -> ET.Element:
        element = super().start(tag, attrs)
        if self.parser is not None:
            self.lines[element] = self.parser.parser.CurrentLineNumber
        return element


def _read_xml(text: str, out: Collector) -> tuple[ET.Element, dict[ET.Element, int]] | None:
    builder = _LineBuilder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    builder.parser = parser
    try:
        parser.feed(text)
        root = parser.close()
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden) as exc:
        if isinstance(exc, DTDForbidden):
            message = translate(
                "MoodleXml",
                "The XML file contains a DOCTYPE. For safety Exam Hub does not read DTDs, entities or "
                "external references, and Moodle never writes them: export the questions from Moodle again.",
            )
        else:
            message = translate(
                "MoodleXml",
                "The XML file contains an entity declaration or external reference. For safety Exam Hub "
                "does not read DTDs, entities or external references, and Moodle never writes them: "
                "export the questions from Moodle again.",
            )
        out.error(message)
        return None
    except DefusedXmlException as exc:
        out.error(
            translate(
                "MoodleXml", "The XML file uses a feature Exam Hub refuses for safety: {cause}."
            ).format(cause=exc)
        )
        return None
    except ET.ParseError as exc:
        line, column = exc.position
        out.error(
            translate(
                "MoodleXml", "The file is not well-formed XML (line {line}, column {column}): {cause}."
            ).format(line=line, column=column + 1, cause=exc.msg),
            line=line,
        )
        return None
    return root, builder.lines


def parse_moodle_xml(text: str) -> ParseResult:
    """Questions of a Moodle XML file (already decoded)."""
    out = Collector("moodle-xml")
    read = _read_xml(text, out)
    if read is None:
        return out.result()
    root, lines = read
    if root.tag != "quiz":
        out.error(
            translate(
                "MoodleXml", "This is not a Moodle XML question file: it starts with <{tag}>, not <quiz>."
            ).format(tag=root.tag),
            line=1,
        )
        return out.result()
    title = description = ""
    for number, element in enumerate(root.findall("question"), start=1):
        path, line = f"/quiz/question[{number}]", lines.get(element)
        qtype = element.get("type", "")
        if qtype == "category":
            category = plain(element, "category/text")
            out.set_category(category)
            if not title and category_title(category):
                title = category_title(category)
                description = plain(element, "info/text")
            continue
        name = clean_name(plain(element, "name/text"))
        label = repr(name) if name else str(number)
        reader = READERS.get(qtype)
        if reader is None:
            if qtype in UNSUPPORTED:
                kind = translate("MoodleXml", UNSUPPORTED[qtype])
            else:
                kind = f"'{qtype}'" if qtype else translate("MoodleXml", "untyped")
            out.warning(
                translate(
                    "MoodleXml",
                    "Question {label} skipped: Exam Hub has no {kind} questions (Moodle type {type}).",
                ).format(label=label, kind=kind, type=repr(qtype)),
                line=line,
                path=path,
            )
            continue
        notes: list[Note] = []
        try:
            question = reader(element, read_head(element, name, notes), notes)
        except Skip as skip:
            out.error(
                translate("MoodleXml", "Question {label} not imported: {cause}").format(
                    label=label, cause=skip
                ),
                line=line,
                path=path,
            )
            continue
        out.add(question, line=line, path=path, notes=notes)
    return out.result(title=title, description=description)


__all__ = ["parse_moodle_xml"]
