"""The runner in a pseudo-translated run, every question: the window walk (test_translated_windows)
sees only the question a runner opens on, so this one visits each question type, answers it,
checks it (practice), flags it, runs the clock to its warnings and submits, and then reads the
review; at each step nothing the student sees or hears may be untranslated, except the exam's
own texts. Also the German catalog for real: plural forms and the locale's numbers.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from examhub_desktop.core.grading import GradeResult, Outcome
from examhub_desktop.services.attempts import HomeExam
from examhub_desktop.ui import i18n
from examhub_desktop.ui.runner import dialogs as runner_dialogs
from examhub_desktop.ui.runner.describe import describe_outcome, format_duration, format_points
from examhub_desktop.ui.runner.dialogs import StartDialog, exam_facts
from examhub_desktop.ui.runner.review import ReviewWindow
from examhub_desktop.ui.runner.runner_actions import submit_question
from tests.ui.i18n_support import is_translated, pseudo_translated, untranslated_texts
from tests.ui.runner_support import ESSAY, QUESTIONS, RIGHT, World, open_runner, settle
from tests.ui.test_translated_windows import question_data


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The runner's confirmations and notices (title, text), each answered yes."""
    seen: list[tuple[str, str]] = []

    def confirm(_cls: object, _parent: object, title: str, text: str, **_kw: object) -> bool:
        seen.append((title, text))
        return True

    def notice(_cls: object, _parent: object, title: str, text: str, **_kw: object) -> None:
        seen.append((title, text))

    monkeypatch.setattr(runner_dialogs.Confirm, "ask", classmethod(confirm))
    monkeypatch.setattr(runner_dialogs.Notice, "ask", classmethod(notice))
    return seen


def data(world: World) -> list[str]:
    answers = [v for v in RIGHT.values() if isinstance(v, str)]  # what the student typed
    return ["Mixed", "Every kind of question.", "Pat Pupil", *answers, *question_data(QUESTIONS)]


def runner_texts(window: QWidget, world: World) -> list[str]:
    """Untranslated texts, but for the key list that ui/shortcuts.py appends to Leave's tooltip
    ("(Ctrl+F4 or Ctrl+W)"): the shortcuts module is checked with the main window's windows."""
    leave = "tooltip: '⟦Leave and resume later⟧ ("
    return [f for f in untranslated_texts(window, data(world)) if leave not in f]


def test_every_question_check_and_review_are_translated(
    qtbot: QtBot, world: World, asked: list[tuple[str, str]]
) -> None:
    attempt_id = world.services.attempts.start(world.student, world.exam_id, "practice", timed=True)
    with pseudo_translated():
        window = open_runner(qtbot, world, attempt_id)
        spoken: list[str] = []
        window.announcer.announced.connect(spoken.append)
        state = window.state
        assert state is not None
        for index, item in enumerate(state.questions):
            window.go(index)
            page = window.pages[index]
            right = RIGHT.get(item.question.text)
            if right is not None:
                page.editor.set_response(right)
                page.editor.edited.emit()
                settle(qtbot, window)
                with qtbot.waitSignal(window.checked, timeout=10_000):
                    window.check_current()
            window.toggle_flag()
            settle(qtbot, window)
            found = runner_texts(window, world)
            assert found == [], f"question {index + 1} ({item.question.type.value}):\n" + "\n".join(found)
        world.clock.advance(10 * 60 - 30)  # past both warnings, not yet out of time
        window.poll()
        assert runner_texts(window, world) == []
        with qtbot.waitSignal(window.review_shown, timeout=10_000):
            window.ask_submit()
        found = runner_texts(window, world)
        spoken_found = [s for s in spoken if not is_translated(s, data(world))]
        asked_found = [t for pair in asked for t in pair if not is_translated(t, data(world))]
        window.close()
    assert found == [], "\n".join(found)
    assert spoken_found == [], spoken_found  # "Question 2 of 8", "Saved", the time warnings
    assert any("minute(s) left" in s for s in spoken) and any("Saved" in s for s in spoken), spoken
    assert asked and asked_found == [], asked_found


def test_teacher_review_with_an_essay_to_mark_is_translated(qtbot: QtBot, world: World) -> None:
    s = world.services
    attempt_id = s.attempts.start(world.student, world.exam_id, "exam")
    answers = {world.ids[ESSAY]: "Blue light."}
    s.attempts.save(world.student, attempt_id, answers=answers)
    s.attempts.submit(world.student, attempt_id)
    with pseudo_translated():
        window = ReviewWindow(world.teacher_services, attempt_id, teacher=True)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.loaded, timeout=10_000):
            window.show()
        found = untranslated_texts(window, [*data(world), "Blue light."])
        window.close()
    assert found == [], "\n".join(found)


def test_german_plurals_and_numbers(qapp: QApplication) -> None:
    i18n.install_translations(qapp, language="de")
    try:
        exam = HomeExam("e", "Algebra", "", 1, 1, 60, 0, None)
        assert exam_facts(exam) == "1 Frage · 1 Minute · Bestehensgrenze 60 %"
        exam = HomeExam("e", "Algebra", "", 12, 0, None, 0, None)
        assert exam_facts(exam) == "12 Fragen · ohne Zeitlimit"
        assert submit_question(1, 2) == (
            "1 Frage ist nicht beantwortet. 2 Fragen sind zur Überprüfung markiert. "
            "Nach dem Abgeben können Sie Ihre Antworten nicht mehr ändern."
        )
        assert format_points(Fraction(3, 2)) == "1,5"
        half = GradeResult(Outcome.PARTIAL, Fraction(1, 2))
        assert describe_outcome(half, 3) == "◐ Teilweise richtig (1,5 von 3 Punkten)"
        assert describe_outcome(half, 1) == "◐ Teilweise richtig (0,5 von 1 Punkt)"
        assert format_duration(605) == "10 Min. 05 Sek."
        dialog = StartDialog(HomeExam("e", "Algebra", "", 2, 30, None, 0, None))
        assert (
            dialog.timed.text() == "&Mit Zeitlimit (30 Minuten)" and dialog.start_button.text() == "&Starten"
        )
        dialog.deleteLater()
    finally:
        i18n.remove_translations(qapp)
