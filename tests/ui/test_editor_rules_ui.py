"""The exam editor's rules, driven like a teacher would: every rule set through its control,
saved and read back from the library; times switched off again; a closing time before the
opening time refused at its field; the hint when "after the exam closes" can never come; extra
time given, changed and taken away; and the new tabs named, lettered and reachable by Tab."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoGroup
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from examhub_desktop.core.exam_rules import ExamRules, ReviewOptions
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.library import ExamFields, ExtraTime
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.ui.accounts.backend import AccountServices
from examhub_desktop.ui.editor.context import Authoring
from examhub_desktop.ui.editor.dialogs import UnsavedChanges
from examhub_desktop.ui.editor.exam_editor import ExamEditor, with_part
from examhub_desktop.ui.editor.rules_form import from_qt, to_qt
from examhub_desktop.ui.tasks import TaskRunner
from tests.ui.a11y import actions_without_keys, unnamed_interactive
from tests.ui.i18n_support import pseudo_translated, untranslated_texts

pytestmark = pytest.mark.usefixtures("english")  # tests/ui/conftest.py: the English catalog

WAIT = 10_000
TAKING, REVIEW, EXTRA = 1, 2, 3  # the form's tabs after "Settings"
OPENS = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
CLOSES = datetime(2026, 5, 11, 17, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def no_unsaved_question(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(UnsavedChanges, "ask", classmethod(lambda cls, parent, what: "discard"))


@pytest.fixture
def authoring(ctx: AppContext, tasks: TaskRunner, admin: Principal) -> Iterator[Authoring]:
    group = QUndoGroup()
    yield Authoring(ctx, tasks, admin, group)
    tasks.wait()


def settle(qtbot: QtBot, tasks: TaskRunner) -> None:
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=WAIT)
    QApplication.processEvents()


def open_exam(qtbot: QtBot, authoring: Authoring, exam_id: str | None) -> ExamEditor:
    editor = ExamEditor(authoring, exam_id)
    qtbot.addWidget(editor)
    if exam_id is None:
        editor.show()
    else:
        with qtbot.waitSignal(editor.loaded, timeout=WAIT):
            editor.show()
        settle(qtbot, authoring.tasks)
    return editor


def new_exam(authoring: Authoring, fields: ExamFields | None = None) -> str:
    a = authoring
    return a.library.create(a.principal, fields or ExamFields("Algebra", duration_minutes=60))


def saved_rules(authoring: Authoring, exam_id: str) -> ExamRules:
    return authoring.library.get(authoring.principal, exam_id).fields.rules


def save(qtbot: QtBot, window: ExamEditor) -> None:
    with qtbot.waitSignal(window.saved, timeout=WAIT):
        window.save_action.trigger()


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def check_a11y(widget: QWidget) -> None:
    """As tests/ui/test_editor_ui.py checks the editor: names, keys, and a mnemonic on every
    visible button that has no accessible name of its own."""
    assert unnamed_interactive(widget) == []
    assert actions_without_keys(widget) == []
    for button in widget.findChildren(QAbstractButton):
        if button.isVisibleTo(widget) and button.text() and button.accessibleName() == "":
            assert not QKeySequence.mnemonic(button.text()).isEmpty(), f"{button.text()!r} has no mnemonic"


# --------------------------------------------------------------------------- the rules


def test_with_part_replaces_a_dotted_path() -> None:
    fields = ExamFields("A")
    changed = with_part(fields, "rules.review.marks", "never")
    assert changed.rules.review.marks == "never" and changed.title == "A"
    assert with_part(fields, "title", "B") == ExamFields("B")


def test_every_rule_set_through_its_control_is_saved(
    qtbot: QtBot, authoring: Authoring, tasks: TaskRunner
) -> None:
    exam_id = new_exam(authoring)
    window = open_exam(qtbot, authoring, exam_id)
    rules = window.form.rules
    assert rules.attempts.text() == "Unlimited" and not rules.opens.isEnabled()
    assert rules.opens.text() == "Not set" and rules.closes.text() == "Not set"
    window.form.tabs.setCurrentIndex(TAKING)

    rules.attempts.setValue(3)
    choose(rules.grading, "average")
    rules.practice.click()  # on by default: now off
    rules.fullscreen.click()
    rules.opens_set.click()
    assert rules.opens.isEnabled() and rules.opens.text() != "Not set"
    rules.opens.setDateTime(to_qt(OPENS))
    rules.closes_set.click()
    assert from_qt(rules.closes.dateTime()) > OPENS  # a closing time after the opening by default
    rules.closes.setDateTime(to_qt(CLOSES))
    window.form.tabs.setCurrentIndex(REVIEW)
    for part, when in (
        ("answers", "after_attempt"),
        ("marks", "after_close"),
        ("points", "never"),
        ("correct_answers", "after_close"),
        ("feedback", "never"),
    ):
        choose(rules.review_parts[part], when)
    assert window.undo_action.text() == "&Undo Change Review Options"

    expected = ExamRules(
        max_attempts=3,
        grading_method="average",
        practice_allowed=False,
        review=ReviewOptions("after_attempt", "after_close", "never", "after_close", "never"),
        fullscreen=True,
        opens_at=OPENS,
        closes_at=CLOSES,
    )
    assert window.state.rules == expected and window.dirty
    save(qtbot, window)
    assert saved_rules(authoring, exam_id) == expected

    window.close()  # opened again, the controls show what was saved
    again = open_exam(qtbot, authoring, exam_id)
    r = again.form.rules
    assert r.attempts.value() == 3 and r.grading.currentData() == "average"
    assert not r.practice.isChecked() and r.fullscreen.isChecked()
    assert from_qt(r.opens.dateTime()) == OPENS and from_qt(r.closes.dateTime()) == CLOSES
    assert [c.currentData() for c in r.review_parts.values()] == list(expected.review.to_json().values())
    assert not again.dirty


def test_rules_switched_off_again_and_undone(qtbot: QtBot, authoring: Authoring, tasks: TaskRunner) -> None:
    rules = ExamRules(max_attempts=2, fullscreen=True, opens_at=OPENS, closes_at=CLOSES)
    exam_id = new_exam(authoring, ExamFields("Algebra", rules=rules))
    window = open_exam(qtbot, authoring, exam_id)
    form = window.form.rules
    assert form.opens_set.isChecked() and from_qt(form.opens.dateTime()) == OPENS
    form.attempts.setValue(0)  # the special value
    assert form.attempts.text() == "Unlimited"
    form.opens_set.click()
    assert form.opens.text() == "Not set" and not form.opens.isEnabled()
    assert window.undo_action.text() == "&Undo Change Opening Time"
    window.stack.undo()  # the opening time comes back as it was
    assert form.opens_set.isChecked() and from_qt(form.opens.dateTime()) == OPENS
    window.stack.redo()
    form.closes_set.click()
    form.fullscreen.click()
    assert window.state.rules == ExamRules()
    save(qtbot, window)
    assert saved_rules(authoring, exam_id) == ExamRules()


def test_a_closing_time_before_the_opening_is_shown_at_its_field(
    qtbot: QtBot, authoring: Authoring, tasks: TaskRunner
) -> None:
    exam_id = new_exam(authoring)
    window = open_exam(qtbot, authoring, exam_id)
    form = window.form.rules
    window.form.tabs.setCurrentIndex(TAKING)
    form.opens_set.click()
    form.opens.setDateTime(to_qt(CLOSES))
    form.closes_set.click()
    form.closes.setDateTime(to_qt(OPENS))
    message = "The exam must close after it opens."
    assert form.closes_message.isVisible() and form.closes_message.text() == message  # while editing
    assert form.closes.accessibleDescription() == message

    window.form.tabs.setCurrentIndex(0)  # saved from the settings: the refusal shows where its reason is
    window.form.title.setFocus()
    window.save_action.trigger()
    qtbot.waitUntil(lambda: window.form.tabs.currentIndex() == TAKING, timeout=WAIT)
    settle(qtbot, tasks)
    assert form.closes_message.isVisible() and form.closes_message.text() == message
    assert window.dirty and saved_rules(authoring, exam_id) == ExamRules()

    form.closes.setDateTime(to_qt(CLOSES.replace(year=2027)))  # fixed: the message goes
    assert not form.closes_message.isVisible() and form.closes.accessibleDescription() == ""
    save(qtbot, window)
    assert saved_rules(authoring, exam_id).closes_at == CLOSES.replace(year=2027)


def test_after_the_exam_closes_without_a_closing_time_is_pointed_out(
    qtbot: QtBot, authoring: Authoring
) -> None:
    window = open_exam(qtbot, authoring, new_exam(authoring))
    form = window.form.rules
    window.form.tabs.setCurrentIndex(REVIEW)
    assert not form.review_hint.isVisible()
    choose(form.review_parts["correct_answers"], "after_close")
    assert form.review_hint.isVisible() and "never comes" in form.review_hint.text()
    window.form.tabs.setCurrentIndex(TAKING)
    assert form.closes_hint.isVisible()
    form.closes_set.click()
    assert not form.closes_hint.isVisible() and form.review_hint.isHidden()


# --------------------------------------------------------------------------- extra time


@pytest.fixture
def students(accounts: AccountServices, admin: Principal) -> dict[str, str]:
    """Two students and a second teacher (not offered): name -> account id."""
    made = {}
    for email, name, role in (
        ("ada@school.org", "Ada Lovelace", Role.STUDENT),
        ("alan@school.org", "Alan Turing", Role.STUDENT),
        ("grace@school.org", "Grace Hopper", Role.ADMIN),
    ):
        row, _ = accounts.users.create_user(admin, email, name, role)
        made[name] = row.id
    return made


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the completer's popup
def test_extra_time_given_changed_and_taken_away(
    qtbot: QtBot, authoring: Authoring, tasks: TaskRunner, students: dict[str, str]
) -> None:
    a = authoring
    exam_id = new_exam(a)
    window = open_exam(qtbot, a, exam_id)
    page = window.extra_time
    assert window.form.tabs.isTabVisible(EXTRA)
    window.form.tabs.setCurrentIndex(EXTRA)
    offered = [page.student.itemText(i) for i in range(page.student.count())]
    assert offered == ["Ada Lovelace <ada@school.org>", "Alan Turing <alan@school.org>"]  # no teachers
    assert page.empty.isVisible() and not page.remove_button.isEnabled()
    assert not page.give_button.isEnabled()  # nobody chosen yet

    qtbot.keyClicks(page.student_line, "turing")  # found by any part of the name or address
    completer = page.student.completer()
    assert completer is not None and completer.completionCount() == 1
    assert completer.currentCompletion() == "Alan Turing <alan@school.org>"
    page.student_line.setText(completer.currentCompletion())  # as choosing it in the popup does
    page.multiplier.setValue(1.5)
    assert page.minutes.text() == "90 min instead of 60"
    assert page.give_button.text() == "&Give Extra Time" and page.give_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.give_button.click()
    assert a.library.extra_time(a.principal, exam_id) == [
        ExtraTime(students["Alan Turing"], "alan@school.org", "Alan Turing", 1.5)
    ]
    item = page.table.topLevelItem(0)
    assert item is not None and item.text(0) == "Alan Turing" and item.text(1) == "×1.5 (90 min)"
    assert page.table.currentItem() is item  # the student just given time stays chosen

    window.form.duration.setValue(40)  # an unsaved duration already shows in the minutes
    assert item.text(1) == "×1.5 (60 min)"

    page.multiplier.setValue(2.0)  # changed: the same button now says so
    assert page.give_button.text() == "Chan&ge Extra Time"
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        qtbot.keyClick(page.student_line, Qt.Key.Key_Return)
    assert [e.time_multiplier for e in a.library.extra_time(a.principal, exam_id)] == [2.0]

    page.student_line.clear()  # by e-mail address, typed
    qtbot.keyClicks(page.student_line, "ada@school.org")
    page.multiplier.setValue(1.25)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.give_button.click()
    rows = a.library.extra_time(a.principal, exam_id)
    assert [(r.full_name, r.time_multiplier) for r in rows] == [("Ada Lovelace", 1.25), ("Alan Turing", 2.0)]

    page.table.setCurrentItem(page.table.topLevelItem(1))
    assert page.student.currentText() == "Alan Turing <alan@school.org>" and page.multiplier.value() == 2.0
    assert page.remove_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.remove_button.click()
    assert [r.full_name for r in a.library.extra_time(a.principal, exam_id)] == ["Ada Lovelace"]
    assert page.table.topLevelItemCount() == 1 and page.student.currentText() == ""


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_extra_time_for_no_such_account_is_refused_at_the_field(
    qtbot: QtBot, authoring: Authoring, tasks: TaskRunner, students: dict[str, str]
) -> None:
    window = open_exam(qtbot, authoring, new_exam(authoring))
    page = window.extra_time
    window.form.tabs.setCurrentIndex(EXTRA)
    qtbot.keyClicks(page.student_line, "nobody@school.org")
    page.give_button.click()
    qtbot.waitUntil(lambda: page.student_message.isVisible(), timeout=WAIT)
    assert page.student_message.text() == "There is no account nobody@school.org."
    assert page.student_line.accessibleDescription() == page.student_message.text()
    assert authoring.library.extra_time(authoring.principal, window.exam_id or "") == []


def test_extra_time_waits_for_the_exam_to_exist(
    qtbot: QtBot, authoring: Authoring, tasks: TaskRunner
) -> None:
    window = open_exam(qtbot, authoring, None)
    assert not window.form.tabs.isTabVisible(EXTRA)
    qtbot.keyClicks(window.form.title, "Biology")
    save(qtbot, window)
    qtbot.waitUntil(lambda: window.form.tabs.isTabVisible(EXTRA), timeout=WAIT)
    settle(qtbot, tasks)
    assert window.extra_time.exam_id == window.exam_id


# --------------------------------------------------------------------------- keyboard and words


def _mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Visible controls' Alt letters (buttons, buddied labels, menus): {letter: texts}."""
    found: dict[str, list[str]] = {}
    texts = [a.text() for a in window.menuBar().actions()] if isinstance(window, ExamEditor) else []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())  # type: ignore[attr-defined]
    for text in texts:
        key = QKeySequence.mnemonic(text)
        if not key.isEmpty():
            found.setdefault(key.toString(), []).append(text)
    return found


@pytest.mark.parametrize("tab", [TAKING, REVIEW, EXTRA])
def test_the_rule_tabs_name_every_control_and_share_no_alt_letter(
    tab: int, qtbot: QtBot, authoring: Authoring, tasks: TaskRunner, students: dict[str, str]
) -> None:
    a = authoring
    exam_id = new_exam(a)
    a.library.set_extra_time(a.principal, exam_id, "ada@school.org", 1.5)  # the list and Remove show
    window = open_exam(qtbot, a, exam_id)
    window.form.tabs.setCurrentIndex(tab)
    assert window.extra_time.remove_button.isVisible() is (tab == EXTRA)
    check_a11y(window)
    assert {k: v for k, v in _mnemonics(window).items() if len(v) > 1} == {}


def test_alt_letters_and_tab_reach_the_rules(qtbot: QtBot, authoring: Authoring, tasks: TaskRunner) -> None:
    window = open_exam(qtbot, authoring, new_exam(authoring))
    with qtbot.waitActive(window):
        window.activateWindow()
    form = window.form.rules
    window.form.tabs.setCurrentIndex(TAKING)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Attempts allowe&d
    assert QApplication.focusWidget() is form.attempts
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # &Opens at: ticks the box
    qtbot.waitUntil(lambda: form.opens_set.isChecked(), timeout=WAIT)  # (an animated click)
    assert form.opens.isEnabled()

    form.attempts.setFocus()
    reached: list[str] = []
    for _ in range(16):  # a date edit takes a Tab per section (month, day, year, hour...) first
        focus = QApplication.focusWidget()
        assert focus is not None
        name = focus.accessibleName() or focus.text().replace("&", "")  # type: ignore[attr-defined]
        if not reached or reached[-1] != name:
            reached.append(name)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert reached[:7] == [
        "Attempts allowed",
        "Grade that counts",
        "Offer practice mode",
        "Take the exam in full screen",
        "Opens at:",
        "Opening time",
        "Closes at:",
    ]

    window.form.tabs.setCurrentIndex(REVIEW)
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Right or wrong &marks
    assert QApplication.focusWidget() is form.review_parts["marks"]


def test_the_rule_tabs_are_translated(
    qtbot: QtBot, authoring: Authoring, tasks: TaskRunner, students: dict[str, str]
) -> None:
    a = authoring
    exam_id = new_exam(a, ExamFields("Algebra", duration_minutes=60, rules=ExamRules(closes_at=CLOSES)))
    a.library.set_extra_time(a.principal, exam_id, "ada@school.org", 1.5)
    data = ["Algebra", "Ada Lovelace", "ada@school.org", "Alan Turing", "alan@school.org"]
    with pseudo_translated():
        window = open_exam(qtbot, a, exam_id)
        choose(window.form.rules.review_parts["feedback"], "after_close")
        window.form.rules.closes_set.click()  # the hint about "after the exam closes" shows too
        found = []
        for tab in (TAKING, REVIEW, EXTRA):
            window.form.tabs.setCurrentIndex(tab)
            found += untranslated_texts(window, data=data)
        window.close()
    assert found == []
