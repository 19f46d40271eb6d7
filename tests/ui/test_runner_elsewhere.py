"""The runner when the same attempt is open on another device: a save refused as stale
(AttemptChanged) keeps what the student typed, shows the other device's answers, says so,
and saves again on top, so neither device's answer is lost."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from examhub_desktop.services.attempts import AttemptService
from examhub_desktop.ui.runner.answers import LineAnswerEditor
from examhub_desktop.ui.runner.runner_window import RunnerWindow
from tests.ui.runner_support import MC, SHORT, TF, World, open_runner, settle, stored

pytestmark = pytest.mark.usefixtures("english", "dialogs")


def go_to(window: RunnerWindow, text: str) -> int:
    assert window.state is not None
    index = next(i for i, q in enumerate(window.state.questions) if q.question.text == text)
    window.go(index)
    return index


def other_device_answers(world: World, attempt_id: str, answers: dict[str, object]) -> None:
    """A second device's save: its own service, at the revision it has seen."""
    other = AttemptService(world.ctx, world.clock)
    state = other.state(world.student, attempt_id)
    other.save(
        world.student,
        attempt_id,
        answers=answers,
        flags=frozenset({world.ids[TF]}),
        expected_revision=state.revision,
    )


def test_a_stale_save_keeps_the_typed_answer_and_shows_the_other_devices(qtbot: QtBot, world: World) -> None:
    attempt_id = world.services.attempts.start(world.student, world.exam_id)
    window = open_runner(qtbot, world, attempt_id)
    mc_index = go_to(window, MC)  # its page exists: the other device's answer must appear on it
    mc_page = window.pages[mc_index]
    other_device_answers(world, attempt_id, {world.ids[MC]: 1})
    assert window.saver is not None and window.saver.revision < int(stored(world, attempt_id)["revision"])

    go_to(window, SHORT)
    page = window.current_page()
    assert page is not None and isinstance(page.editor, LineAnswerEditor)
    qtbot.keyClicks(page.editor.edit, "Paris")
    page.editor.flush()  # the save goes now, naming a revision the other device has moved on from
    settle(qtbot, window)

    row = stored(world, attempt_id)
    assert row["answers"] == {world.ids[MC]: 1, world.ids[SHORT]: "Paris"}, "both devices' answers kept"
    assert world.ids[TF] in row["flags"]
    assert window.saver.revision == row["revision"]
    assert page.editor.edit.text() == "Paris" and page.save_state.text() == "Saved"
    assert mc_page.editor.response() == 1 and window.answers[world.ids[MC]] == 1
    assert mc_page.save_state.text() == "Saved"  # committed, by the other device
    assert world.ids[TF] in window.flags
    summary = window.ui.save_summary.text()
    assert "also open on another device" in summary and "All answers saved" in summary
    window.grab().save("/tmp/races-runner-elsewhere.png")


def test_a_stale_save_of_an_attempt_submitted_elsewhere_is_shown_not_saved(
    qtbot: QtBot, world: World
) -> None:
    attempt_id = world.services.attempts.start(world.student, world.exam_id)
    window = open_runner(qtbot, world, attempt_id)
    other_device_answers(world, attempt_id, {world.ids[MC]: 1})
    other = AttemptService(world.ctx, world.clock)
    other.submit(world.student, attempt_id)

    go_to(window, SHORT)
    page = window.current_page()
    assert page is not None and isinstance(page.editor, LineAnswerEditor)
    qtbot.keyClicks(page.editor.edit, "Paris")
    page.editor.flush()
    settle(qtbot, window)
    assert page.editor.edit.text() == "Paris", "what was typed stays on screen"
    assert page.save_state.text().startswith("Not saved") and "submitted already" in page.save_state.text()
    assert world.ids[SHORT] not in stored(world, attempt_id)["answers"]
