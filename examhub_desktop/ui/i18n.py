"""The window's language: which one, its catalogs, text direction, and dates and numbers.

The language follows the system (the first of `QLocale.system().uiLanguages()` that we ship)
unless the device setting `ui/language` names one; it is chosen once, at start, before the first
window, because retranslating live windows would need a `changeEvent(LanguageChange)` in every
widget for a choice made once per device. English is the source language, and it still has a
catalog (examhub_en.ts, plural forms only) so "%n question(s)" reads "1 question".

How to write a user-visible string (phase-2 conventions; each rule was checked against what
`pyside6-lupdate` 6.12 really extracts — see `make translations`):

- In a QObject subclass (widgets, models, dialogs): `self.tr("Sign In")`. The context is the
  class's own name at run time, so a string of a base class that subclasses inherit must be
  written `QCoreApplication.translate("BaseClass", "...")` instead: for a subclass, PySide
  finds a base class's singular string but not its plural one.
- Anywhere else (module-level functions, dataclasses, constants, services, core):
  `translate("ContextName", "text")` from `examhub_desktop.core.i18n` (Qt-free, so services may
  call it) or `QCoreApplication.translate("ContextName", "text")` in ui/. The context is a
  string literal, by convention the module's main class or the module's name. A module-level
  alias such as `_tr = partial(QCoreApplication.translate, "ctx")` or a bare `tr(...)` is NOT
  extracted (the first is invisible to lupdate, the second lands in an empty context).
- A constant defined at import time (before the catalog is installed) is marked with
  `QT_TRANSLATE_NOOP("Context", "text")` from core/i18n.py (PySide's is typed as returning
  `object`) and translated where it is shown: `QCoreApplication.translate("Context", CONSTANT)`.
- Arguments are positional (`translate(ctx, text, None, n)`): `n=`/`disambiguation=` as keywords
  hide the call from lupdate. Text is a literal: no f-strings (extracted with "{x}" verbatim,
  so the lookup misses); insert values afterwards with `.format(name=value)` using named
  placeholders, never by concatenating sentence pieces.
- Plurals: `self.tr("%n question(s)", "", count)` — Qt replaces `%n`, and each catalog picks the
  form; write the English "(s)" form, examhub_en.ts gives the real English forms.
- Mnemonics stay inside the text ("&Save"); translators choose their own letter.
- Dates, times and numbers go through `format_datetime`, `format_date`, `format_time` and
  `format_number` below (the user's locale, short or long form); never strftime or f"{x:,}".
  Services pass datetimes, not formatted text.
- User data (names, titles, answers) is never passed through tr().
- After changing marked strings, run `make translations` and commit the .ts and .qm files
  (tests/ui/test_i18n.py fails while they are stale). tests/ui/i18n_support.py has the
  pseudo-translator and `untranslated_texts(window)` to prove a converted window complete.
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from examhub_desktop import APP_NAME
from examhub_desktop.core import i18n as core_i18n
from examhub_desktop.paths import resources_dir

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
CATALOG = "examhub"  # resources/translations/examhub_<language>.qm
LANGUAGE_KEY = "ui/language"  # "" (or absent) = follow the system
ENV_LANGUAGE = "EXAMHUB_LANGUAGE"  # overrides everything: `EXAMHUB_LANGUAGE=de make run`

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resources_dir() / "translations"


def available_languages() -> list[str]:
    """Language codes we ship a catalog for (English always), English first."""
    found = {p.stem.removeprefix(f"{CATALOG}_") for p in translations_dir().glob(f"{CATALOG}_*.qm")}
    return [SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE})]


def language_name(code: str) -> str:
    """The language's own name ("Deutsch"), for a language menu."""
    # Plain "en" is American English in CLDR, which names it so; "en_001" (world) is "English".
    name = QLocale("en_001" if code == "en" else code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def language_setting(settings: QSettings) -> str:
    """The device's chosen language code, or "" to follow the system."""
    value = settings.value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) else ""


def set_language_setting(settings: QSettings, code: str) -> None:
    if code and code not in available_languages():
        raise ValueError(f"no translation for language {code!r}; available: {available_languages()}")
    settings.setValue(LANGUAGE_KEY, code)
    settings.sync()


def resolve_language(choice: str, system: QLocale | None = None) -> str:
    """The catalog to use: the choice if shipped, else the system's first shipped language."""
    available = available_languages()
    if choice in available:
        return choice
    if choice:
        log.warning("language %r is not available; following the system", choice)
    for tag in (system or QLocale.system()).uiLanguages():  # "de-DE", "de-Latn", "de", ...
        code = tag.replace("-", "_").split("_")[0].lower()
        if code in available:
            return code
    return SOURCE_LANGUAGE


def install_translations(app: QCoreApplication, settings: QSettings | None = None, language: str = "") -> str:
    """Install the catalogs of the language and its text direction: $EXAMHUB_LANGUAGE, else
    `language`, else the device setting in `settings`, else the system's.

    Call before the first window is built. Calling again replaces the previous catalogs.
    Returns the language code in use.
    """
    explicit = os.environ.get(ENV_LANGUAGE) or language
    explicit = explicit or (language_setting(settings) if settings is not None else "")
    code = resolve_language(explicit)
    _remove(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for directory, name in ((str(translations_dir()), f"{CATALOG}_{code}"), (qt_dir, f"qtbase_{code}")):
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
        else:  # the window still works, in English where the catalog is missing
            log.warning("no catalog %s in %s", name, directory)
    # Dates and numbers follow a chosen language, in the system's region when it speaks it
    # (de_AT stays de_AT); following the system keeps the system's forms.
    system = QLocale.system()
    chosen = explicit == code and system.language() != QLocale(code).language()
    QLocale.setDefault(QLocale(code) if chosen else system)
    if hasattr(app, "setLayoutDirection"):  # a QGuiApplication; a bare QCoreApplication has none
        app.setLayoutDirection(QLocale(code).textDirection())
    core_i18n.install_translator(QCoreApplication.translate)
    return code


def remove_translations(app: QCoreApplication) -> None:
    """Back to the source language (tests, and before installing a pseudo-translator)."""
    _remove(app)
    QLocale.setDefault(QLocale.system())
    core_i18n.install_translator(None)


def _remove(app: QCoreApplication) -> None:
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()


class LanguageBox(QGroupBox):
    """The language choice for this computer, in Preferences (everyone) and Settings
    (administrators); `save` stores it, and it takes effect at the next start (see the module
    docstring for why not at once)."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Language"))  # self.tr needs the QObject made first
        self.settings = settings
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Language"))
        system = language_name(resolve_language(""))
        self.combo.addItem(self.tr("Same as the system ({language})").format(language=system), "")
        for code in available_languages():
            self.combo.addItem(language_name(code), code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(language_setting(settings))))
        note = QLabel(self.tr("A new language takes effect the next time {app} starts.").format(app=APP_NAME))
        note.setWordWrap(True)
        form = QFormLayout(self)
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.combo)
        form.addRow(label, self.combo)
        form.addRow(note)

    def choice(self) -> str:
        return str(self.combo.currentData())

    def save(self) -> None:
        set_language_setting(self.settings, self.choice())


# ------------------------------------------------------------------------- formatting
def locale() -> QLocale:
    """The locale for dates and numbers; an unconfigured system ("C", as in containers and CI)
    reads as plain English rather than Qt's C forms ("5 03 2026")."""
    current = QLocale()
    if current.language() == QLocale.Language.C:
        return QLocale("en_US")
    return current


def _qdatetime(moment: datetime) -> QDateTime:
    """In the computer's time zone; naive datetimes are UTC, as everything stored is."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))


def _form(long: bool) -> QLocale.FormatType:
    return QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat


def format_datetime(moment: datetime, *, long: bool = False) -> str:
    """Date and time in the user's locale: "3/5/26 2:07 PM", "05.03.26 14:07"."""
    return locale().toString(_qdatetime(moment), _form(long))


def format_date(moment: datetime, *, long: bool = False) -> str:
    return locale().toString(_qdatetime(moment).date(), _form(long))


def format_time(moment: datetime) -> str:
    """Clock time in the user's locale: "2:07 PM", "14:07"."""
    return locale().toString(_qdatetime(moment).time(), QLocale.FormatType.ShortFormat)


def format_number(value: float, decimals: int | None = None) -> str:
    """Grouped digits and the locale's decimal sign ("1,234.5", "1.234,5"); `decimals` fixes
    the digits after the sign, otherwise as few as represent the value."""
    if isinstance(value, int) and decimals is None:
        return locale().toString(value)
    if decimals is None:
        return locale().toString(
            float(value), "g", QLocale.FloatingPointPrecisionOption.FloatingPointShortest
        )
    return locale().toString(float(value), "f", decimals)
