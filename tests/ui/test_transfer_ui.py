"""The import wizard and the export dialog, offscreen, on a real SQLite database in tmp and real
files from the shared corpus. Background work is awaited by signal, never by sleeping."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt, QThread, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from examhub_desktop.core.question import Choice, Question, QuestionType
from examhub_desktop.formats import FILE_EXTENSIONS, FORMAT_LABELS, FORMAT_NAMES, MAX_IMPORT_BYTES, parse
from examhub_desktop.services.app import AppContext
from examhub_desktop.services.library import ExamFields, ExamFilter, LibraryService
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.questions import QuestionService
from examhub_desktop.ui import i18n
from examhub_desktop.ui import transfer as transfer_ui
from examhub_desktop.ui.app import settings_for
from examhub_desktop.ui.changes import EXAMS_AND_QUESTIONS, Changes
from examhub_desktop.ui.main_window import MainWindow
from examhub_desktop.ui.tasks import TaskRunner
from examhub_desktop.ui.transfer import files
from examhub_desktop.ui.transfer.backend import TransferUi
from examhub_desktop.ui.transfer.describe import answers_summary, format_label
from examhub_desktop.ui.transfer.export_dialog import ExportDialog, file_stem, with_extension
from examhub_desktop.ui.transfer.models import DiagnosticModel, PreviewModel, by_line
from examhub_desktop.ui.transfer.wizard import ImportWizard
from tests.conftest import SHARED
from tests.ui.a11y import actions_without_keys, unnamed_interactive

pytestmark = pytest.mark.usefixtures("english")  # tests/ui/conftest.py: the English catalog

CORPUS = SHARED / "corpus"
BROKEN = "::two right:: Which two are primes? {=2 =3 ~4}\n"


# ---------------------------------------------------------------------------- fixtures and helpers


@pytest.fixture
def changes() -> list[Changes]:
    return []


@pytest.fixture
def ui(
    qtbot: QtBot, ctx: AppContext, tasks: TaskRunner, admin: Principal, changes: list[Changes]
) -> Iterator[TransferUi]:
    tasks.changed.connect(changes.append)
    yield TransferUi(ctx, tasks, admin)
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=10_000)  # no answer left for a closed dialog


def gift_with_error(folder: Path) -> tuple[Path, int]:
    """A corpus GIFT file with one broken question appended; the line the error is on."""
    text = (CORPUS / "gift" / "giftFormatPhpExamples.gift").read_text(encoding="utf-8").rstrip("\n")
    text += "\n\n"
    line = text.count("\n") + 1
    path = folder / "week1.gift"
    path.write_text(text + BROKEN, encoding="utf-8")
    return path, line


def open_wizard(qtbot: QtBot, ui: TransferUi, paths: list[Path]) -> ImportWizard:
    """The wizard on `paths`, loaded; it moves on to the preview by itself when all can be read.
    Answers from the worker are queued, so none arrives before the wait starts."""
    wizard = ImportWizard(ui, paths)
    qtbot.addWidget(wizard)
    with qtbot.waitSignal(wizard.files_loaded, timeout=10_000):
        wizard.show()
    return wizard


def open_export(qtbot: QtBot, ui: TransferUi, exam_id: str | None, fmt: str = "gift") -> ExportDialog:
    dialog = ExportDialog(None, ui, exam_id, fmt)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.exams_loaded, timeout=10_000):
        dialog.show()
    return dialog


def to_target(qtbot: QtBot, wizard: ImportWizard) -> None:
    assert wizard.currentId() == ImportWizard.PREVIEW
    with qtbot.waitSignal(wizard.drafts_loaded, timeout=10_000):
        wizard.next()
    assert wizard.currentId() == ImportWizard.TARGET


def run_import(qtbot: QtBot, wizard: ImportWizard) -> list[Any]:
    with qtbot.waitSignal(wizard.import_finished, timeout=20_000) as blocker:
        wizard.next()
    assert wizard.currentId() == ImportWizard.SUMMARY
    return list(blocker.args[0])


def exam_titles(ctx: AppContext, admin: Principal) -> dict[str, int]:
    lib = LibraryService(ctx)
    return {r.title: r.total_questions for r in lib.exam_rows(admin, lib.exam_ids(admin))}


def check_accessible(widget: QWidget) -> None:
    """Names for every control, keys for every action, and every control reachable by Tab."""
    assert unnamed_interactive(widget) == []
    assert actions_without_keys(widget) == []
    radios: list[QRadioButton] = []
    for control in widget.findChildren(QWidget):
        if not control.isVisibleTo(widget) or not control.isEnabled():
            continue
        if isinstance(control, QRadioButton):
            # an exclusive group is one Tab stop (Qt keeps TabFocus on the button focused last),
            # the arrows move inside it; each button has its mnemonic too
            assert not QKeySequence.mnemonic(control.text()).isEmpty()
            radios.append(control)
            continue
        if isinstance(
            control, QAbstractButton | QComboBox | QLineEdit | QAbstractItemView
        ) and not isinstance(control, QHeaderView):
            assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, f"{control.objectName()} not on Tab"
        if isinstance(control, QAbstractButton) and control.text():
            box = control.parentWidget()
            if (
                isinstance(box, QDialogButtonBox)
                and box.standardButton(control) != QDialogButtonBox.StandardButton.NoButton
            ):
                continue
            assert not QKeySequence.mnemonic(control.text()).isEmpty(), f"{control.text()!r} has no mnemonic"
    assert not radios or any(r.focusPolicy() & Qt.FocusPolicy.TabFocus for r in radios)


def mc_exam(ctx: AppContext, admin: Principal, *extra: Question, title: str = "Capitals: Europe") -> str:
    lib, questions = LibraryService(ctx), QuestionService(ctx)
    exam_id = lib.create(admin, ExamFields(title))
    for city, country in (("Paris", "France"), ("Rome", "Italy"), ("Madrid", "Spain")):
        choices = (Choice(city, 1.0), Choice("Berlin"), Choice("Lisbon"))
        q = Question(QuestionType.MULTIPLE_CHOICE, f"<p>Capital of {country}?</p>", choices=choices)
        questions.add(admin, exam_id, q)
    for q in extra:
        questions.add(admin, exam_id, q)
    return exam_id


# ---------------------------------------------------------------------------- preview
def test_preview_of_a_gift_file_with_an_error_shows_it_at_its_line(
    qtbot: QtBot, ui: TransferUi, tmp_path: Path
) -> None:
    path, line = gift_with_error(tmp_path)
    wizard = open_wizard(qtbot, ui, [path])
    assert wizard.currentId() == ImportWizard.PREVIEW
    page = wizard.preview_page
    model = page.model
    bad = [r for r in range(model.rowCount()) if model.question(r).has_errors]
    assert len(bad) == 1
    row = bad[0]
    assert model.index(row, PreviewModel.WHERE).data() == f"line {line}"
    assert model.index(row, PreviewModel.PROBLEMS).data().startswith("Error: Multiple choice")
    assert model.index(row, PreviewModel.PROBLEMS).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(row, PreviewModel.TEXT).data() == "Which two are primes?"
    assert model.index(row, PreviewModel.ANSWERS).data() == "✓ 2 · ✓ 3 · 4"
    assert page.counts.text().startswith(
        f"{model.rowCount()} questions found: {model.rowCount() - 1} can be imported"
    )
    assert "1 with errors will be left out" in page.counts.text()
    assert page.format_combo.currentData() == "gift" and "GIFT" in page.detected.text()
    assert page.encoding.text() == "UTF-8"
    # the details pane lists it by line; selecting the question selects its problem
    where = [
        page.problems_model.index(r, DiagnosticModel.WHERE).data()
        for r in range(page.problems_model.rowCount())
    ]
    assert f"line {line}, question {row + 1}" in where
    page.table.selectRow(row)
    selected = {i.row() for i in page.problems.selectionModel().selectedRows()}
    assert selected == set(page.problems_model.rows_of_question(row)) and selected
    assert page.isComplete()


def test_aiken_errors_and_a_windows_1252_file(qtbot: QtBot, ui: TransferUi, tmp_path: Path) -> None:
    legacy = tmp_path / "legacy.gift"
    legacy.write_bytes("::café:: Où est la tour Eiffel ? {=Paris ~Lyon}\n".encode("cp1252"))
    wizard = open_wizard(qtbot, ui, [CORPUS / "aiken" / "aiken_errors.txt", legacy])
    page = wizard.preview_page
    assert page.file_combo.isVisible() and page.file_combo.count() == 2
    where = [page.problems_model.index(r, 1).data() for r in range(page.problems_model.rowCount())]
    assert where == ["line 3", "line 5", "line 7", "line 14"]
    assert "4 other problems kept text out" in page.counts.text()
    page.file_combo.setCurrentIndex(1)
    assert page.encoding.text().startswith("Windows-1252")
    assert page.model.index(0, PreviewModel.TEXT).data() == "Où est la tour Eiffel ?"
    assert "not UTF-8" in page.problems_model.index(0, DiagnosticModel.MESSAGE).data()


def test_models_pass_the_model_tester(qtmodeltester: Any, tmp_path: Path) -> None:
    path, _line = gift_with_error(tmp_path)
    result = parse(path.read_bytes(), path.name)
    preview = PreviewModel()
    preview.set_questions(result.questions)
    qtmodeltester.check(preview)
    xml = parse((CORPUS / "moodle-xml" / "error_invalid_grades.xml").read_bytes(), "grades.xml")
    problems = DiagnosticModel()
    problems.set_diagnostics(by_line("grades.xml", xml.diagnostics))
    qtmodeltester.check(problems)
    assert problems.rowCount() == 2
    empty = DiagnosticModel()
    qtmodeltester.check(empty)


def test_answer_summaries_name_the_right_answers() -> None:
    def q(text: str) -> Question:
        return parse(text.encode(), "x.gift").questions[0].question

    assert answers_summary(q("Pick. {~%50%a ~%50%b ~%-100%c}")) == "✓ a (50%) · ✓ b (50%) · c (-100%)"
    assert answers_summary(q("Sky is blue. {T}")) == "True"
    assert answers_summary(q("Pi? {#3.14:0.01}")) == "3.14 ± 0.01"
    assert answers_summary(q("Match. {=a -> 1 =b -> 2 = -> 3}")) == "a → 1; b → 2 (+1 distractor)"
    assert answers_summary(q("Write. {}")) == "Written answer, marked by hand"
    assert file_stem('Unit 3: "Forces" / Week 1?') == "Unit 3 - Forces - Week 1"
    assert with_extension(Path("/x/a.examhub.json"), "gift") == Path("/x/a.gift")


def test_every_format_has_a_translatable_name() -> None:
    assert set(FORMAT_LABELS) == set(FORMAT_NAMES)
    assert [format_label(f) for f in FORMAT_NAMES] == [FORMAT_LABELS[f] for f in FORMAT_NAMES]


def test_the_preview_and_the_summary_in_german(
    qtbot: QtBot, qapp: QApplication, ui: TransferUi, tmp_path: Path
) -> None:
    """German plurals, words and quotes, from the shipped catalog (the fixture restores English)."""
    i18n.install_translations(qapp, language="de")
    path, _line = gift_with_error(tmp_path)
    wizard = open_wizard(qtbot, ui, [path])
    page = wizard.preview_page
    found = page.model.rowCount()
    assert page.counts.text().startswith(
        f"{found} Fragen gefunden: {found - 1} können importiert werden. 1 mit Fehlern wird weggelassen."
    )
    assert page.model.index(found - 1, PreviewModel.PROBLEMS).data().startswith("Fehler: ")
    assert page.model.headerData(PreviewModel.TYPE, Qt.Orientation.Horizontal) == "Typ"
    assert page.format_combo.currentText() == "GIFT (Moodle)" and page.detected.text().startswith("An Inhalt")
    assert answers_summary(parse(b"Sky is blue. {T}", "x.gift").questions[0].question) == "Wahr"
    to_target(qtbot, wizard)
    wizard.target_page.title_edit.setText("Woche 1")
    run_import(qtbot, wizard)
    headline = wizard.summary_page.headline.text()
    assert headline == f"{found - 1} Fragen in die neue Prüfung „Woche 1“ importiert."


def test_bad_files_say_why(qtbot: QtBot, ui: TransferUi, tmp_path: Path) -> None:
    big = tmp_path / "huge.gift"
    with big.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)
    nonsense = tmp_path / "notes.txt"
    nonsense.write_text("Shopping: milk, eggs\nCall the plumber\n", encoding="utf-8")
    missing = tmp_path / "gone.gift"
    wizard = open_wizard(qtbot, ui, [big, nonsense, missing])
    assert wizard.currentId() == ImportWizard.FILES, "files that cannot be read stop the automatic move on"
    items = [wizard.file_page.list.item(i).text() for i in range(wizard.file_page.list.count())]
    assert "imports are limited to 20 MiB" in items[0]
    assert "cannot be read" in items[2] and "No such file" in items[2]
    assert "2 files cannot be read" in wizard.file_page.status.text()
    assert wizard.file_page.isComplete()  # the readable one can still be looked at
    wizard.next()
    page = wizard.preview_page
    assert not page.file_combo.isVisible()
    assert page.format_combo.currentIndex() == -1
    assert "cannot tell which format" in page.banner.text() and page.banner.isVisible()
    assert not page.isComplete()
    # read it as Aiken instead: still nothing, and the banner says what the Aiken reader found
    with qtbot.waitSignal(wizard.files_loaded, timeout=10_000):
        page.format_combo.setCurrentIndex(page.format_combo.findData("aiken"))
        page.format_combo.activated.emit(page.format_combo.currentIndex())
    assert page.detected.text() == "Chosen by you." and "as Aiken" in page.banner.text()
    assert not page.isComplete()


def test_the_format_can_be_overridden(qtbot: QtBot, ui: TransferUi, tmp_path: Path) -> None:
    aiken = tmp_path / "quiz.txt"
    aiken.write_text("Which is red?\nA) Sky\nB) Blood\nANSWER: B\n", encoding="utf-8")
    wizard = open_wizard(qtbot, ui, [aiken])
    page = wizard.preview_page
    assert page.format_combo.currentData() == "aiken" and page.model.rowCount() == 1
    with qtbot.waitSignal(wizard.files_loaded, timeout=10_000):
        page.format_combo.setCurrentIndex(page.format_combo.findData("gift"))
        page.format_combo.activated.emit(page.format_combo.currentIndex())
    assert page.format_combo.currentData() == "gift" and page.detected.text() == "Chosen by you."
    assert wizard.entries[0].preview is not None and wizard.entries[0].preview.result.format == "gift"


# ---------------------------------------------------------------------------- importing
def test_import_into_a_new_exam(
    qtbot: QtBot, ui: TransferUi, ctx: AppContext, admin: Principal, tmp_path: Path, changes: list[Changes]
) -> None:
    path, line = gift_with_error(tmp_path)
    wizard = open_wizard(qtbot, ui, [path])
    importable = wizard.entries[0].importable
    to_target(qtbot, wizard)
    target = wizard.target_page
    assert target.new_radio.isChecked() and target.title_edit.text() == "week1"
    assert not target.notice.isVisible()
    target.title_edit.setText("")
    assert not target.isComplete()
    target.title_edit.setText("Week 1 quiz")
    (outcome,) = run_import(qtbot, wizard)
    assert outcome.summary.imported == importable and not outcome.summary.updated_existing
    assert exam_titles(ctx, admin) == {"Week 1 quiz": importable}
    summary = wizard.summary_page
    assert summary.headline.text() == f"{importable} questions imported into the new exam “Week 1 quiz”."
    assert summary.model.rowCount() == 1
    assert summary.model.index(0, DiagnosticModel.WHERE).data().startswith(f"line {line}")
    assert changes == [EXAMS_AND_QUESTIONS]
    assert wizard.run_page.bar.value() == wizard.run_page.bar.maximum()


def test_import_into_a_draft(
    qtbot: QtBot, ui: TransferUi, ctx: AppContext, admin: Principal, changes: list[Changes]
) -> None:
    draft = mc_exam(ctx, admin)
    published = mc_exam(ctx, admin, title="Not a draft")
    LibraryService(ctx).set_status(admin, published, "published")
    wizard = open_wizard(qtbot, ui, [CORPUS / "gift" / "giftFormatPhpExamples.gift"])
    importable = wizard.entries[0].importable
    to_target(qtbot, wizard)
    target = wizard.target_page
    assert target.draft_combo.count() == 1 and target.draft_combo.itemData(0) == draft
    assert target.draft_combo.itemText(0) == "Capitals: Europe — 3 questions"
    target.draft_radio.setChecked(True)
    assert target.draft_note.isVisible() and not target.title_edit.isEnabled() and target.isComplete()
    (outcome,) = run_import(qtbot, wizard)
    assert outcome.into_draft and outcome.summary.exam_ids == (draft,)
    assert exam_titles(ctx, admin)["Capitals: Europe"] == 3 + importable
    assert (
        wizard.summary_page.headline.text()
        == f"{importable} questions added to the draft “Capitals: Europe”."
    )
    assert changes == [EXAMS_AND_QUESTIONS]


def test_reimport_says_it_replaces_the_draft(
    qtbot: QtBot, ui: TransferUi, ctx: AppContext, admin: Principal, tmp_path: Path
) -> None:
    path, _line = gift_with_error(tmp_path)
    ui.transfer.import_data(admin, path.read_bytes(), path.name, title="Week 1")
    wizard = open_wizard(qtbot, ui, [path])
    to_target(qtbot, wizard)
    target = wizard.target_page
    assert target.notice.isVisible()
    assert target.notice.text().startswith(
        "This file was imported before as “Week 1”: importing again replaces that draft's questions"
    )
    assert target.title_edit.text() == "Week 1"  # the draft keeps the name it has now
    target.draft_radio.setChecked(True)
    assert not target.notice.isVisible()
    target.new_radio.setChecked(True)
    (outcome,) = run_import(qtbot, wizard)
    assert outcome.summary.updated_existing
    assert "replaced the questions of the draft “Week 1”" in wizard.summary_page.headline.text()
    assert list(exam_titles(ctx, admin)) == ["Week 1"], "no second copy"


def test_several_files_each_become_an_exam(
    qtbot: QtBot, ui: TransferUi, ctx: AppContext, admin: Principal
) -> None:
    paths = [CORPUS / "gift" / "mc1.gift", CORPUS / "moodle-xml" / "truefalse.xml"]
    wizard = open_wizard(qtbot, ui, paths)
    to_target(qtbot, wizard)
    assert not wizard.target_page.title_edit.isVisible()
    assert wizard.target_page.title_note.text().startswith("Each of the 2 files becomes its own exam")
    outcomes = run_import(qtbot, wizard)
    assert [o.name for o in outcomes] == ["mc1.gift", "truefalse.xml"] and all(o.summary for o in outcomes)
    assert len(exam_titles(ctx, admin)) == 2
    assert wizard.summary_page.headline.text().startswith("mc1.gift: 1 question imported into the new exam")


def test_a_native_file_with_several_exams_keeps_their_titles(
    qtbot: QtBot, ui: TransferUi, ctx: AppContext, admin: Principal, tmp_path: Path
) -> None:
    first, second = mc_exam(ctx, admin), mc_exam(ctx, admin, title="Capitals: Asia")
    backup = tmp_path / "backup.examhub.json"
    ui.transfer.export_to_file(admin, [first, second], "json", backup)
    wizard = open_wizard(qtbot, ui, [backup])
    assert wizard.preview_page.format_combo.currentData() == "json"
    to_target(qtbot, wizard)
    target = wizard.target_page
    assert not target.title_edit.isVisible()
    assert target.title_note.text() == "The file holds 2 exams; each becomes a new exam with its own title."
    (outcome,) = run_import(qtbot, wizard)
    assert outcome.summary.imported == 6 and len(outcome.summary.exam_ids) == 2
    assert wizard.summary_page.headline.text() == (
        "6 questions imported into 2 new exams: “Capitals: Europe”, “Capitals: Asia”."
    )
    assert len(LibraryService(ctx).exam_ids(admin)) == 4


def test_files_dropped_on_the_file_page_are_added(qtbot: QtBot, ui: TransferUi, tmp_path: Path) -> None:
    mime = QMimeData()
    gift = CORPUS / "gift" / "mc1.gift"
    mime.setUrls([QUrl.fromLocalFile(str(gift)), QUrl("https://example.org/quiz.gift")])
    assert files.dropped_files(mime) == [gift]
    assert files.dropped_files(QMimeData()) == []
    wizard = ImportWizard(ui)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.file_page.isComplete()
    assert "drop them here" in wizard.file_page.status.text()
    position = wizard.file_page.rect().center().toPointF()
    drop = QDropEvent(
        position, Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(wizard.files_loaded, timeout=10_000):
        wizard.file_page.dropEvent(drop)
    assert [e.name for e in wizard.entries] == ["mc1.gift"] and wizard.file_page.isComplete()
    assert wizard.currentId() == ImportWizard.FILES, "only files given at the start skip ahead"


def test_progress_reaches_the_gui_thread_by_signal(qtbot: QtBot, ui: TransferUi, tmp_path: Path) -> None:
    path = tmp_path / "many.gift"
    path.write_text("\n\n".join(f"Question {i}? {{=yes ~no}}" for i in range(2500)), encoding="utf-8")
    wizard = open_wizard(qtbot, ui, [path])
    seen: list[tuple[int, int, bool]] = []
    gui = QApplication.instance().thread()  # type: ignore[union-attr]
    to_target(qtbot, wizard)
    real = wizard.run_page.progressed

    def spy(number: int, name: str, files: int, done: int, total: int) -> None:
        seen.append((done, total, QThread.currentThread() == gui))
        real(number, name, files, done, total)

    wizard.run_page.progressed = spy  # type: ignore[method-assign]
    run_import(qtbot, wizard)
    assert seen == [(1000, 2500, True), (2000, 2500, True), (2500, 2500, True)]


def test_cancel_leaves_nothing(
    qtbot: QtBot,
    ui: TransferUi,
    ctx: AppContext,
    admin: Principal,
    tmp_path: Path,
    changes: list[Changes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _line = gift_with_error(tmp_path)
    entered, gate = threading.Event(), threading.Event()
    real = ui.transfer.import_data

    def held(*args: Any, **kwargs: Any) -> Any:
        entered.set()
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(ui.transfer, "import_data", held)
    wizard = open_wizard(qtbot, ui, [path])
    to_target(qtbot, wizard)
    wizard.next()
    assert wizard.currentId() == ImportWizard.RUN and wizard.running
    qtbot.waitUntil(entered.is_set, timeout=10_000)
    check_accessible(wizard)
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    wizard.reject()  # Escape while importing asks to stop; the wizard stays to say what happened
    assert wizard.isVisible() and wizard.stop.is_set()
    assert not wizard.run_page.cancel_button.isEnabled()
    assert "nothing of the file being imported will be written" in wizard.run_page.status.text()
    with qtbot.waitSignal(wizard.import_finished, timeout=10_000) as blocker:
        gate.set()
    (outcome,) = blocker.args[0]
    assert outcome.cancelled and outcome.summary is None
    assert wizard.currentId() == ImportWizard.SUMMARY
    assert wizard.summary_page.title() == "Nothing was imported"
    assert wizard.summary_page.headline.text() == "The import was cancelled; nothing was written."
    assert LibraryService(ctx).exam_ids(admin, ExamFilter()) == [] and changes == []


# ---------------------------------------------------------------------------- export
@pytest.mark.parametrize("fmt", FORMAT_NAMES)
def test_export_writes_a_file_that_imports_back(
    fmt: str, qtbot: QtBot, ui: TransferUi, ctx: AppContext, admin: Principal, tmp_path: Path
) -> None:
    exam_id = mc_exam(ctx, admin)
    LibraryService(ctx).create(admin, ExamFields("Another exam"))
    dialog = open_export(qtbot, ui, exam_id, fmt)
    assert dialog.exam.currentData() == exam_id and dialog.fmt == fmt
    assert dialog.path.text().endswith("Capitals - Europe" + FILE_EXTENSIONS[fmt])
    target = tmp_path / f"capitals{FILE_EXTENSIONS[fmt]}"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as blocker:
        dialog.ok_button.click()
    assert blocker.args == [target] and dialog.value == target
    preview = ui.transfer.preview(admin, target.read_bytes(), target.name)
    assert preview.result.format == fmt and preview.importable == 3
    texts = {q.question.text.replace("<p>", "").replace("</p>", "") for q in preview.result.questions}
    assert "Capital of France?" in texts


def test_aiken_refusal_names_the_questions(
    qtbot: QtBot, ui: TransferUi, ctx: AppContext, admin: Principal, tmp_path: Path
) -> None:
    tf = Question(QuestionType.TRUE_FALSE, "Madrid is in Spain.", correct=True, title="Madrid")
    exam_id = mc_exam(ctx, admin, tf)
    dialog = open_export(qtbot, ui, exam_id, "aiken")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "capitals.txt"
    dialog.path.setText(str(target))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    text = dialog.banner.text()
    assert dialog.banner.isVisible() and text.startswith("Aiken can only hold multiple choice")
    assert "Madrid" in text and "question 4" in text.lower()
    assert list(out.iterdir()) == [], "nothing written, not even a temporary file"
    assert dialog.isVisible() and dialog.value is None
    # another format goes through without starting again
    dialog.format.setCurrentIndex(dialog.format.findData("moodle-xml"))
    assert dialog.path.text() == str(out / "capitals.xml") and not dialog.banner.isVisible()
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.ok_button.click()
    assert (out / "capitals.xml").exists()


def test_the_suggested_file_follows_the_exam_until_typed(
    qtbot: QtBot, ui: TransferUi, ctx: AppContext, admin: Principal, tmp_path: Path
) -> None:
    mc_exam(ctx, admin)
    mc_exam(ctx, admin, title="Capitals: Asia")
    dialog = open_export(qtbot, ui, None, "csv")
    assert dialog.exam.currentText() == "Capitals: Asia (Draft, 3 questions)"  # by title
    assert Path(dialog.path.text()).name == "Capitals - Asia.csv"
    dialog.exam.setCurrentIndex(1)
    assert Path(dialog.path.text()).name == "Capitals - Europe.csv"
    typed = str(tmp_path / "mine.csv")
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, typed)
    dialog.exam.setCurrentIndex(0)
    assert dialog.path.text() == typed
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    assert dialog.path.text() == str(tmp_path / "mine.examhub.json")
    dialog.path.clear()
    dialog.ok_button.click()
    assert dialog.fields["path"].message.text() == "Choose where to save the file."
    dialog.path.setText(str(tmp_path / "no-such-folder" / "x.gift"))
    dialog.ok_button.click()
    assert "does not exist" in dialog.fields["path"].message.text() and not dialog.busy


def test_export_asks_before_replacing_a_file(
    qtbot: QtBot,
    ui: TransferUi,
    ctx: AppContext,
    admin: Principal,
    tmp_path: Path,
    messages: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    exam_id = mc_exam(ctx, admin)
    existing = tmp_path / "old.gift"
    existing.write_text("keep me", encoding="utf-8")
    dialog = open_export(qtbot, ui, exam_id)
    dialog.path.setText(str(existing))
    messages.answer = False
    dialog.ok_button.click()
    assert messages.texts == ["old.gift already exists. Replace it?"]
    assert existing.read_text(encoding="utf-8") == "keep me" and not dialog.busy
    # chosen in the file dialog (which asked already): written without a second question
    monkeypatch.setattr(files, "choose_export_path", lambda parent, fmt, suggested: existing)
    dialog.browse.click()
    assert dialog.path.text() == str(existing)
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.ok_button.click()
    assert len(messages.texts) == 1 and "$CATEGORY" in existing.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------- accessibility
def test_every_wizard_page_is_accessible(
    qtbot: QtBot, ui: TransferUi, ctx: AppContext, admin: Principal, tmp_path: Path
) -> None:
    mc_exam(ctx, admin)  # a draft, so the draft choice is enabled
    path, _line = gift_with_error(tmp_path)
    wizard = open_wizard(qtbot, ui, [path, CORPUS / "aiken" / "aiken_errors.txt"])
    wizard.back()
    assert wizard.currentId() == ImportWizard.FILES
    wizard.file_page.list.setCurrentRow(0)
    check_accessible(wizard)
    wizard.next()
    check_accessible(wizard)  # the preview, with the file combo
    to_target(qtbot, wizard)
    check_accessible(wizard)
    wizard.target_page.draft_radio.setChecked(True)
    check_accessible(wizard)
    run_import(qtbot, wizard)
    check_accessible(wizard)  # the summary (the run page is walked in test_cancel_leaves_nothing)


def test_export_dialog_is_accessible_and_reachable_by_tab(
    qtbot: QtBot, ui: TransferUi, ctx: AppContext, admin: Principal
) -> None:
    mc_exam(ctx, admin)
    dialog = open_export(qtbot, ui, None)
    check_accessible(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.exam.setFocus()
    reached = []
    for _ in range(5):
        focus = QApplication.focusWidget()
        assert focus is not None
        reached.append(focus.accessibleName() or focus.text().replace("&", ""))  # type: ignore[attr-defined]
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert reached == ["Exam", "Format", "File", "Browse…", "Export"]


# ---------------------------------------------------------------------------- the window
def test_install_adds_the_menu_items_for_teachers_only(
    qtbot: QtBot,
    ctx: AppContext,
    main_window: MainWindow,
    admin: Principal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    student = Principal("s", "pupil@school.org", Role.STUDENT)
    shell = MainWindow(ctx, settings_for(ctx.data_dir), main_window.tasks, student)  # no features yet
    qtbot.addWidget(shell)
    before = shell.file_menu.actions()
    transfer_ui.install(shell, student)
    assert transfer_ui.actions_of(shell) is None and shell.file_menu.actions() == before
    assert transfer_ui.import_files(shell, student, [tmp_path / "x.gift"]) == []

    transfer_ui.install(main_window, admin)
    transfer_ui.install(main_window, admin)  # once only
    texts = [a.text() for a in main_window.file_menu.actions()]
    assert texts[:3] == ["&Import…", "&Export…", ""] and texts.count("&Import…") == 1
    actions = transfer_ui.actions_of(main_window)
    assert actions is not None
    assert actions.import_action.shortcut() == QKeySequence("Ctrl+I")
    assert actions.export_action.shortcut() == QKeySequence("Ctrl+E")
    assert actions_without_keys(main_window) == []

    asked: list[Any] = []
    monkeypatch.setattr(
        ImportWizard, "ask", classmethod(lambda cls, parent, ui, paths=(): asked.append(list(paths)) or [])
    )
    monkeypatch.setattr(files, "choose_import_files", lambda parent, folder=None: [tmp_path / "a.gift"])
    actions.import_action.trigger()
    dropped = [tmp_path / "b.xml", tmp_path / "c.csv"]
    transfer_ui.import_files(main_window, admin, dropped)
    assert asked == [[tmp_path / "a.gift"], dropped]
    monkeypatch.setattr(files, "choose_import_files", lambda parent, folder=None: [])
    actions.import_action.trigger()
    assert len(asked) == 2, "no file chosen: no wizard"

    exported: list[Any] = []
    monkeypatch.setattr(
        ExportDialog,
        "ask",
        classmethod(lambda cls, parent, ui, exam_id=None, fmt="gift": exported.append(exam_id)),
    )
    actions.export_action.trigger()
    assert len(exported) == 1


def test_the_wizard_imports_and_announces_through_the_window(
    qtbot: QtBot, main_window: MainWindow, admin: Principal, ctx: AppContext
) -> None:
    """ask() is the modal path; here the wizard is driven as ask() would show it."""
    transfer_ui.install(main_window, admin)
    actions = transfer_ui.actions_of(main_window)
    assert actions is not None
    announced: list[Changes] = []
    main_window.data_changed.connect(announced.append)
    wizard = open_wizard(qtbot, actions.ui, [CORPUS / "moodle-xml" / "truefalse.xml"])
    to_target(qtbot, wizard)
    run_import(qtbot, wizard)
    assert announced == [EXAMS_AND_QUESTIONS] and len(exam_titles(ctx, admin)) == 1
    qtbot.waitUntil(lambda: main_window.tasks.pending == 0)
