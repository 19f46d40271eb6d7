"""A translated run of every window: under a pseudo-translation nothing a user sees or hears may
come back unmarked, except the user data the window shows (exam and question texts, names,
e-mail addresses, file names) and values that are the same in every language (the app's
name, version numbers, paths).

Every window of tests/ui/windows.py is opened inside `pseudo_translated()`, so the strings it
builds, the services' messages and Qt's own words all pass through the pseudo-translator; a
string that skipped `tr()` shows up here with the widget that shows it.
"""

from __future__ import annotations

import dataclasses
import platform
from collections.abc import Iterator

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion

from examhub_desktop import APP_NAME, __version__
from examhub_desktop.core.question import Question
from examhub_desktop.ui.i18n import available_languages, language_name
from tests.ui.conftest import ADMIN_EMAIL
from tests.ui.i18n_support import pseudo_translated, untranslated_texts
from tests.ui.runner_support import QUESTIONS, TEACHER
from tests.ui.windows import GIFT, WINDOWS, Env, open_window, windows_env_fixture  # noqa: F401

# What the harness's windows show that is data, not the application's words.
PEOPLE = ["Pat Pupil", "pupil@school.org", "Ms Teacher", ADMIN_EMAIL, TEACHER.email, "abcd-efgh-jkmn"]
EXAMS = ["Mixed", "Every kind of question.", "Algebra", "Equations and graphs."]
FILES = ["capitals.gift", "capitals", *GIFT.splitlines()]
MESSAGES = [  # the harness passes these to the message boxes, as a caller passes its own tr() text
    "Saved",
    "The exam was saved.",
    "Delete person?",
    "Delete Pat Pupil?",
    "&Delete",
    "Leave this attempt?",
    "Your answers are saved.",
    "Leave",
    "Time is up",
    "Your answers were submitted.",
    "question 3",
    "Not published",
    "Fix these:",
    "Question 1: empty.",
]
VERSIONS = [APP_NAME, __version__, qVersion(), pyside_version, platform.python_version(), "Qt", "Python"]
VERSIONS += [platform.system(), platform.machine(), "PySide6", "SQLite", "PostgreSQL"]
LANGUAGES = [language_name(code) for code in available_languages()]  # each in its own language


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name))
    elif isinstance(value, tuple | list | frozenset | set):
        for item in value:
            yield from _strings(item)


def question_data(questions: list[Question]) -> list[str]:
    """Every text of the harness's questions: stems, choices, answers, feedback, explanations."""
    return [s for q in questions for s in _strings(q) if s.strip()]


def data_of(env: Env) -> list[str]:
    ctx = env.ctx
    paths = [str(ctx.data_dir), str(env.folder), ctx.location.describe(), ctx.info().revision or ""]
    if ctx.location.path is not None:
        paths.append(str(ctx.location.path))
    return [*PEOPLE, *EXAMS, *FILES, *MESSAGES, *VERSIONS, *LANGUAGES, *question_data(QUESTIONS), *paths]


@pytest.mark.parametrize("name", list(WINDOWS))
def test_every_window_is_translated(name: str, windows_env: Env) -> None:
    with pseudo_translated():
        window = open_window(name, windows_env)
        found = untranslated_texts(window, data=data_of(windows_env))
        window.close()
    assert found == [], f"{name} shows untranslated text:\n" + "\n".join(found)
