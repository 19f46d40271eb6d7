"""Small text helpers shared by the parsers and writers: numbers, HTML, names, categories."""

from __future__ import annotations

import math
import re

from examhub_desktop.core.i18n import translate
from examhub_desktop.core.question import Question, TextFormat, html_to_plain

_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")
_PHP_NUMERIC = re.compile(r"\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*")
# XML 1.0 allows tab, newline, carriage return and everything from U+0020 except surrogates
# and U+FFFE/U+FFFF; anything else makes the file unreadable, so writers drop it.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def fold_spaces(text: str) -> str:
    """Every run of whitespace as one space, trimmed: for one-line formats."""
    return _SPACES.sub(" ", text).strip()


def plain_text(text: str, fmt: TextFormat) -> str:
    """A text as plain text whatever its format (HTML, and Moodle's auto-format, flattened)."""
    return html_to_plain(text) if fmt in (TextFormat.HTML, TextFormat.MOODLE) else text


def strip_xml_illegal(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)


def fraction_from_percent(percent: float) -> float:
    """A percentage as a fraction without float noise (33.33333 -> 0.3333333, not ...29999)."""
    return round(percent / 100, 9)


def parse_number(text: str) -> float | None:
    """A finite number written the way PHP's is_numeric accepts it (Moodle's rule), else None.

    Python's float() also takes "nan", "inf" and "1_000", which no quiz format means.
    """
    if not _PHP_NUMERIC.fullmatch(text):
        return None
    value = float(text)
    return value if math.isfinite(value) else None


def format_number(value: float) -> str:
    """Shortest text that reads back as the same float, without a trailing ".0"."""
    value = float(value)  # an int slipped into a float field is still a number
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def format_percent(fraction: float) -> str:
    """A fraction as a percentage in plain decimal notation (GIFT weights cannot take 1e-05)."""
    text = f"{fraction * 100:.10f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def snippet(text: str, fmt: TextFormat = TextFormat.PLAIN, length: int = 40) -> str:
    flat = fold_spaces(plain_text(text, fmt))
    return flat if len(flat) <= length else flat[: length - 1].rstrip() + "…"


def question_label(q: Question, number: int) -> str:
    """How error messages name a question: its number and title, or the start of its text."""
    name = q.title.strip() or snippet(q.text, q.text_format)
    if name:
        return translate("TextUtil", "question {number} ({name})").format(number=number, name=repr(name))
    return translate("TextUtil", "question {number}").format(number=number)


def clean_name(name: str) -> str:
    """A question name as Moodle's clean_question_name keeps it: tags removed, trimmed."""
    return _TAG.sub("", name).strip()


def default_title(q: Question) -> str:
    """A name for formats that require one (Moodle XML): the title, else the text's start."""
    return q.title.strip() or snippet(q.text, q.text_format, 80) or "Question"


# ---------------------------------------------------------------------------- categories

_CONTEXT = re.compile(r"^\$[a-z]+\$/")


def category_parts(path: str) -> list[str]:
    """A Moodle category path as names: "$course$/top/A//B/C" -> ["A/B", "C"].

    Moodle writes a "/" inside a name as "//", prefixes the context ("$course$/") and
    usually the invisible "top" category.
    """
    rest = _CONTEXT.sub("", path.strip())
    names = [part.replace("\0", "/").strip() for part in rest.replace("//", "\0").split("/")]
    names = [name for name in names if name]
    if names and names[0] == "top":
        names = names[1:]
    return names


def category_title(path: str) -> str:
    """The innermost category name: a good title for an exam made from the file."""
    names = category_parts(path)
    return names[-1] if names else ""


def category_path(title: str) -> str:
    """A Moodle category path for an exam title (the inverse of category_title)."""
    return "$course$/top/" + fold_spaces(title).replace("/", "//")


__all__ = [
    "category_parts",
    "category_path",
    "category_title",
    "clean_name",
    "default_title",
    "fold_spaces",
    "format_number",
    "format_percent",
    "fraction_from_percent",
    "parse_number",
    "plain_text",
    "question_label",
    "snippet",
    "strip_xml_illegal",
]
