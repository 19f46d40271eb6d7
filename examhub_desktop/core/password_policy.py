"""The password policy (issue 3) and a 0-4 strength estimate for the meter.

The policy follows NIST SP 800-63B rather than composition rules: length, not being a
known common password (a list shipped in resources/), not being built from the account's
own email name, and not being a trivial run like "aaaaaaaaaa" or "1234567890". A common
password with a few digits or symbols around it ("Password2024!", "p@ssw0rd123") counts as
common: those are the first guesses of any cracking tool.

The strength score is a rough entropy estimate, capped by the policy: 0 for common or
trivial passwords, at most 1 for any other policy failure, so the meter never shows
"strong" for a password that would be refused.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

MIN_LENGTH = 10
MAX_LENGTH = 256
MIN_EMAIL_NAME = 3
_MAX_ADDED = 6  # digits/symbols around a common password that still make it that password ("2024!?")
MIN_CORE = 4  # a shorter "core" says nothing: many one-to-three letter words are on the list

_LEET = str.maketrans(
    {"@": "a", "4": "a", "0": "o", "1": "i", "!": "i", "3": "e", "$": "s", "5": "s", "7": "t"}
)
_KEYBOARD_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop", "qwertzuiop")
_KEYBOARD_WALKS = (
    "qwertyuiopasdfghjklzxcvbnm",
    "azertyuiopqsdfghjklmwxcvbn",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
)
_SEQUENCES = ("0123456789", "abcdefghijklmnopqrstuvwxyz", *_KEYBOARD_ROWS, *_KEYBOARD_WALKS)
_AFFIX = re.compile(r"([\W\d_]*)(.*?)([\W\d_]*)", re.DOTALL)

COMMON_REASON = QT_TRANSLATE_NOOP(
    "PasswordPolicy", "This is one of the most common passwords; choose one that is harder to guess."
)
COMMON_VARIANT_REASON = QT_TRANSLATE_NOOP(
    "PasswordPolicy",
    "This is a common password with a few characters added or swapped; choose one that is harder to guess.",
)
TRIVIAL_REASON = QT_TRANSLATE_NOOP(
    "PasswordPolicy", "Avoid repeated characters and simple sequences such as aaaa, 1234 or qwerty."
)
EMAIL_REASON = QT_TRANSLATE_NOOP(
    "PasswordPolicy", "The password must not contain the name part of your email address."
)


def load_common_passwords(path: Path | str) -> frozenset[str]:
    """The common-password list at `path`: one per line, compared case-insensitively.

    Blank lines and lines starting with "#" are skipped.
    """
    text = Path(path).read_text(encoding="utf-8")
    return frozenset(
        _fold(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKC", s).casefold()


@dataclass(frozen=True, slots=True)
class PasswordCheck:
    reasons: tuple[str, ...]  # sentences for the user, translated; empty when the password is acceptable
    strength: int  # 0 (very weak) .. 4 (very strong)

    @property
    def ok(self) -> bool:
        return not self.reasons


def email_name(email: str) -> str:
    """The part of an email address before the last "@" (the whole text if there is none)."""
    return email.rpartition("@")[0] if "@" in email else email


def _is_trivial(s: str) -> bool:
    """A run of one character, or a piece of a sequence or keyboard row, either direction."""
    if len(s) <= 1 or len(set(s)) == 1:
        return True
    for seq in _SEQUENCES:
        if s in seq or s[::-1] in seq:
            return True
    # the same short unit repeated: "abcabcabc", "121212"
    return any(
        len(s) % k == 0 and s[:k] * (len(s) // k) == s and (k <= 4 or len(s) // k >= 3)
        for k in range(1, len(s) // 2 + 1)
    )


def _common_variants(folded: str) -> Iterable[str]:
    """Readings of a password that a guesser tries from a common one: without the digits and
    symbols added around it (a few, or a trivial run such as "123456"), and de-leeted."""
    m = _AFFIX.fullmatch(folded)
    prefix, core, suffix = m.groups() if m else ("", folded, "")
    small = len(prefix) + len(suffix) <= _MAX_ADDED
    runs = all(_is_trivial(part) for part in (prefix, suffix) if part)
    candidates = [folded]
    if len(core) >= MIN_CORE and (small or runs):
        candidates.append(core)
    for candidate in list(candidates):
        yield candidate
        yield candidate.translate(_LEET)
        yield candidate.translate(_LEET).replace("i", "l")


def check_password(
    password: str, *, email: str = "", common: AbstractSet[str] = frozenset()
) -> PasswordCheck:
    """Every reason `password` is refused, and its strength score."""
    folded = _fold(password)
    reasons: list[str] = []
    cap = 4
    if len(password) < MIN_LENGTH:
        reasons.append(
            translate(
                "PasswordPolicy", "Use at least {min} characters (this password has %n).", None, len(password)
            ).format(min=MIN_LENGTH)
        )
    if len(password) > MAX_LENGTH:
        reasons.append(translate("PasswordPolicy", "Use at most {max} characters.").format(max=MAX_LENGTH))
    else:  # the checks below are quadratic at worst, so only for passwords of a sane length
        if folded in common:
            reasons.append(translate("PasswordPolicy", COMMON_REASON))
            cap = 0
        elif folded and any(v in common for v in _common_variants(folded)):
            reasons.append(translate("PasswordPolicy", COMMON_VARIANT_REASON))
            cap = 0
        if folded and _is_trivial(folded):
            reasons.append(translate("PasswordPolicy", TRIVIAL_REASON))
            cap = 0
    name = _fold(email_name(email.strip()))
    if len(name) >= MIN_EMAIL_NAME and name in folded:
        reasons.append(translate("PasswordPolicy", EMAIL_REASON))
    if reasons:
        cap = min(cap, 1)
    return PasswordCheck(tuple(reasons), min(cap, _entropy_score(password)))


def _pool_size(password: str) -> int:
    pool = 0
    if any(c.islower() for c in password):
        pool += 26
    if any(c.isupper() for c in password):
        pool += 26
    if any(c.isdigit() for c in password):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in password):
        pool += 33
    if any(not c.isascii() for c in password):
        pool += 100
    return pool


def _effective_length(password: str) -> float:
    """Length, with repeats and steps of a sequence ("aaa", "abc", "321") counting a quarter."""
    length = 0.0
    prev: str | None = None
    for c in password:
        if prev is not None and (c == prev or abs(ord(c) - ord(prev)) == 1):
            length += 0.25
        else:
            length += 1.0
        prev = c
    return length


def estimate_bits(password: str) -> float:
    """A rough guess of the password's entropy in bits."""
    if not password:
        return 0.0
    return _effective_length(password) * math.log2(_pool_size(password))


def _entropy_score(password: str) -> int:
    bits = estimate_bits(password)
    for score, below in enumerate((28.0, 45.0, 60.0, 80.0)):
        if bits < below:
            return score
    return 4


__all__ = [
    "MAX_LENGTH",
    "MIN_LENGTH",
    "PasswordCheck",
    "check_password",
    "email_name",
    "estimate_bits",
    "load_common_passwords",
]
