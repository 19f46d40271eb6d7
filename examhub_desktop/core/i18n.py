"""Translatable text for the layers that must not import Qt (core, formats, services).

Services raise errors whose message the user reads, so those messages must be translated, yet
services never import PySide6. They call `translate(context, text)` from here: `pyside6-lupdate`
extracts any call of a function named `translate` whose first two arguments are string
literals (checked with PySide6 6.12: `translate("Ctx", "text")`, `i18n.translate(...)`, split
literals and multi-line calls are all found), so the strings land in the same catalog as the
window's. The window installs `QCoreApplication.translate` here at start (`ui/i18n.py`, which
is thread-safe in Qt, so the database worker may call it); until then, and in the CLI, the
text comes back in English.

Rules lupdate imposes (each one measured; breaking them silently drops the string):
- arguments are positional: `translate("Ctx", "%n try(s)", None, n)`. Passed as `n=...` or
  `disambiguation=...` the call is not extracted at all;
- the text is a literal: never an f-string (lupdate extracts "{n}" literally and the lookup
  then misses) nor a variable. Put values in afterwards with `.format(name=value)`, naming
  the placeholders so a translator can move them;
- plurals carry `%n` and pass the count as the fourth argument; Qt (or the fallback below)
  replaces `%n`, and the English catalog (examhub_en.ts) picks "1 try" or "2 tries";
- the context is the module's or class's name as a literal (lupdate does not evaluate
  constants), e.g. `translate("AuthService", ...)`;
- a constant made at import time, before any catalog is installed, is marked with
  `QT_TRANSLATE_NOOP("Ctx", "text")` (this module's, named as Qt's so lupdate finds it) and
  translated where it is used: `translate("Ctx", CONSTANT)`.

Dates and numbers are not formatted here: a service passes a `datetime` (on the exception or in
its result) and the window formats it in the user's locale.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text without a catalog (the CLI, the services' tests): `%n` replaced as Qt
    does, and the "(s)" of an English plural resolved by the count ("1 try", "2 minutes")."""
    if n < 0:
        return text
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


_active: list[Translator] = [_english]  # one slot, replaced by install_translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language (see the module docstring for how to call it)."""
    return _active[0](context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for extraction and returns it unchanged; translate it where it is shown.
    Named as Qt's macro because that name is what lupdate looks for."""
    return text


def install_translator(translator: Translator | None) -> None:
    """Route `translate` through `translator` (the window's Qt catalogs); None restores English."""
    _active[0] = translator or _english
