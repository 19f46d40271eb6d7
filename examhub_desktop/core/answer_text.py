"""Reading what a student typed: short-answer normalisation, `*` wildcards, numbers.

Students type on many keyboards and in many locales, so the rules are tolerant where
tolerance cannot make a wrong answer right: Unicode compatibility forms are folded
(full-width digits, ligatures), surrounding whitespace is dropped and inner runs collapse
to one space. Numbers accept either decimal separator ("3,5" and "3.5") and the usual
digit grouping ("1 234,5", "1,234.5", "1'234.5"), and are read exactly as a Fraction so
that a tolerance of 0.1 around 3.5 really includes 3.4 (floats would say it does not).
"""

from __future__ import annotations

import re
import unicodedata
from fractions import Fraction

WILDCARD = "*"
ESCAPED_WILDCARD = "\\*"

# Inputs longer than this are not numbers anyone typed on purpose; refusing them keeps
# Fraction arithmetic (10**exponent) cheap.
MAX_NUMBER_LENGTH = 100
MAX_EXPONENT = 400

_DASHES = {"\u2212": "-", "\u2013": "-", "\u2012": "-", "\ufe63": "-", "\uff0d": "-"}
_GROUP_CHARS = frozenset(" '\u00a0\u2009\u202f\u2019")
_EXPONENT_RE = re.compile(r"[eE]([+-]?[0-9]+)$")
_MANTISSA_CHARS = frozenset("0123456789.,") | _GROUP_CHARS


def normalize_answer(text: str, *, case_sensitive: bool) -> str:
    """The comparable form of an answer: NFKC, trimmed, whitespace collapsed, maybe casefolded."""
    folded = unicodedata.normalize("NFKC", text)
    collapsed = " ".join(folded.split())
    return collapsed if case_sensitive else collapsed.casefold()


def split_wildcards(pattern: str) -> list[str]:
    """The literal pieces of `pattern` between unescaped `*`; `\\*` stands for a literal star."""
    pieces: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern.startswith(ESCAPED_WILDCARD, i):
            current.append(WILDCARD)
            i += 2
        elif pattern[i] == WILDCARD:
            pieces.append("".join(current))
            current = []
            i += 1
        else:
            current.append(pattern[i])
            i += 1
    pieces.append("".join(current))
    return pieces


def wildcard_match(pattern: str, text: str) -> bool:
    """Whether `text` matches `pattern` as a whole, `*` standing for any run (also empty).

    Leftmost-first search of each literal piece is exact for patterns whose only
    metacharacter is `*`, and it never backtracks, so a hostile answer cannot make
    grading slow the way a regular expression with many `.*` could.
    """
    pieces = split_wildcards(pattern)
    if len(pieces) == 1:
        return text == pieces[0]
    first, *middle, last = pieces
    if len(text) < len(first) + len(last):
        return False
    if not (text.startswith(first) and text.endswith(last)):
        return False
    pos = len(first)
    end = len(text) - len(last)
    for piece in middle:
        found = text.find(piece, pos, end)
        if found < 0:
            return False
        pos = found + len(piece)
    return True


def answer_matches(accepted: str, response: str, *, case_sensitive: bool) -> bool:
    """Whether a typed `response` matches an accepted short answer (which may use `*`)."""
    return wildcard_match(
        normalize_answer(accepted, case_sensitive=case_sensitive),
        normalize_answer(response, case_sensitive=case_sensitive),
    )


# --------------------------------------------------------------------------- numbers


def parse_number(text: str) -> Fraction | None:
    """The exact value of a typed number, or None when it is not one.

    Rules, in order: NFKC folding; typographic minus signs count as "-"; an optional sign;
    an optional exponent ("e-3"). In the mantissa, spaces and apostrophes only group digits.
    When both "." and "," occur, the last one is the decimal separator and the other groups
    digits; when only one of them occurs, once means decimal separator ("3,5", "1.5") and
    more than once means grouping ("1,234,567"). Groups after the first must have exactly
    three digits, so "3 5" or "1,23,4" are refused rather than guessed at.
    """
    s = unicodedata.normalize("NFKC", text).strip()
    for dash, minus in _DASHES.items():
        s = s.replace(dash, minus)
    if not s or len(s) > MAX_NUMBER_LENGTH:
        return None
    negative = s[0] == "-"
    if s[0] in "+-":
        s = s[1:]
    exponent = 0
    m = _EXPONENT_RE.search(s)
    if m:
        exponent = int(m.group(1))
        s = s[: m.start()]
    if abs(exponent) > MAX_EXPONENT or not s or not set(s) <= _MANTISSA_CHARS:
        return None
    digits = _mantissa_digits(s)
    if digits is None:
        return None
    int_part, frac_part = digits
    value = Fraction(int(int_part + frac_part or "0"), 10 ** len(frac_part)) * Fraction(10) ** exponent
    return -value if negative else value


def _mantissa_digits(s: str) -> tuple[str, str] | None:
    """Integer digits and fraction digits of a mantissa, separators removed; None if malformed."""
    dots, commas = s.count("."), s.count(",")
    decimal: str | None
    if dots and commas:
        decimal = "." if s.rfind(".") > s.rfind(",") else ","
        if s.count(decimal) != 1:
            return None
    elif dots == 1 or commas == 1:
        decimal = "." if dots else ","
    else:
        decimal = None
    if decimal is None:
        int_raw, frac_raw = s, ""
    else:
        int_raw, frac_raw = s.split(decimal)
    if not frac_raw.isdigit() and frac_raw != "":
        return None
    int_digits = _ungroup(int_raw, grouping=(set(".,") - {decimal or ""}) | _GROUP_CHARS)
    if int_digits is None or not (int_digits or frac_raw):
        return None
    if frac_raw and not frac_raw.isascii():
        return None
    return int_digits, frac_raw


def _ungroup(s: str, *, grouping: set[str] | frozenset[str]) -> str | None:
    """Digits of an integer part whose groups are separated by any of `grouping`."""
    if s == "":
        return ""
    groups = re.split("|".join(re.escape(g) for g in sorted(grouping)), s)
    if not all(g.isascii() and g.isdigit() for g in groups):
        return None
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        return None
    return "".join(groups)


def exact_decimal(x: float) -> Fraction:
    """The decimal a float was written as (0.1 -> 1/10), which is what an author meant."""
    return Fraction(repr(x))


__all__ = [
    "answer_matches",
    "exact_decimal",
    "normalize_answer",
    "parse_number",
    "split_wildcards",
    "wildcard_match",
]
