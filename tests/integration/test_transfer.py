"""Import and export through the services, on both dialects."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from examhub_desktop.core.question import QuestionType
from examhub_desktop.services.app import AppContext, open_app
from examhub_desktop.services.errors import FieldError, ServiceError
from examhub_desktop.services.library import ExamFields, LibraryService
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.questions import QuestionService
from examhub_desktop.services.transfer import ImportCancelled, TransferService
from tests.conftest import SHARED

TEACHER = Principal(  # built-in administrator: these tests are not about accounts
    "t", "t@school.org", Role.ADMIN, system=True
)
GIFT = b"""
$CATEGORY: Geography

::capital:: What is the capital of France? {=Paris ~London ~Rome}

::tf:: The Nile is in Africa. {T}

::sa:: Name a primary colour. {=red =blue =yellow}

::num:: What is pi to two places? {#3.14:0.005}
"""


@pytest.fixture
def ctx(db_url: str, data_dir: Path) -> Iterator[AppContext]:
    context = open_app(data_dir, db_url)
    yield context
    context.close()


@pytest.fixture
def transfer(ctx: AppContext) -> TransferService:
    return TransferService(ctx)


def test_import_into_a_new_exam_and_reimport_updates_it(transfer: TransferService, ctx: AppContext) -> None:
    preview = transfer.preview(TEACHER, GIFT, "week1.gift")
    assert preview.result.format == "gift" and preview.importable == 4 and preview.reimport_of is None
    summary = transfer.import_data(TEACHER, GIFT, "week1.gift")
    assert summary.imported == 4 and not summary.updated_existing
    (exam_id,) = summary.exam_ids
    detail = LibraryService(ctx).get(TEACHER, exam_id)
    assert detail.fields.title == "Geography" and detail.generation_method == "import:gift"
    assert detail.source_file_name == "week1.gift" and len(detail.question_ids) == 4
    types = [i.question.type for i in QuestionService(ctx).list(TEACHER, exam_id)]
    assert types == [
        QuestionType.MULTIPLE_CHOICE,
        QuestionType.TRUE_FALSE,
        QuestionType.SHORT_ANSWER,
        QuestionType.NUMERICAL,
    ]

    changed = GIFT + b"\n\n::extra:: 2 + 2 = ? {=4 ~5}\n"
    again = transfer.preview(TEACHER, changed, "week1.gift")
    assert again.reimport_of == exam_id and again.reimport_title == "Geography"
    summary2 = transfer.import_data(TEACHER, changed, "week1.gift")
    assert summary2.exam_ids == (exam_id,) and summary2.updated_existing and summary2.imported == 5
    assert LibraryService(ctx).exam_ids(TEACHER) == [exam_id], "no duplicate exam"
    assert LibraryService(ctx).exam_rows(TEACHER, [exam_id])[0].total_questions == 5


def test_errors_refuse_everything_or_skip_what_is_broken(transfer: TransferService, ctx: AppContext) -> None:
    broken = GIFT + b"\n\n::bad:: Which two? {=a =b ~c}\n"
    with pytest.raises(ServiceError, match=r"has 1 error; nothing was imported"):
        transfer.import_data(TEACHER, broken, "broken.gift", skip_invalid=False)
    assert LibraryService(ctx).exam_ids(TEACHER) == []
    summary = transfer.import_data(TEACHER, broken, "broken.gift")
    assert summary.imported == 4 and len(summary.skipped) == 1 and summary.skipped[0].line == 13
    assert "4 questions imported" in summary.describe()


def test_cancel_writes_nothing(transfer: TransferService, ctx: AppContext) -> None:
    many = b"\n\n".join(b"::q%d:: Question %d {=yes ~no}" % (i, i) for i in range(2500))
    calls: list[int] = []
    with pytest.raises(ImportCancelled):
        transfer.import_data(
            TEACHER,
            many,
            "many.gift",
            progress=lambda done, total: calls.append(done),
            cancelled=lambda: len(calls) >= 2,
        )
    assert calls == [1000, 2000]
    assert LibraryService(ctx).exam_ids(TEACHER) == []
    with ctx.uow() as uow:
        assert uow.questions.count() == 0


def test_into_an_existing_draft_only(transfer: TransferService, ctx: AppContext) -> None:
    lib, qs = LibraryService(ctx), QuestionService(ctx)
    draft = lib.create(TEACHER, ExamFields("Mine"))
    transfer.import_data(TEACHER, GIFT, "week1.gift", exam_id=draft)
    transfer.import_data(TEACHER, GIFT, "week1.gift", exam_id=draft)
    items = qs.list(TEACHER, draft)
    assert len(items) == 8 and [i.number for i in items] == list(range(1, 9))
    lib.set_status(TEACHER, draft, "published")
    with pytest.raises(FieldError, match="only be added to a draft"):
        transfer.import_data(TEACHER, GIFT, "week1.gift", exam_id=draft)


def test_export_then_import_every_format(transfer: TransferService, ctx: AppContext) -> None:
    (exam_id,) = transfer.import_data(TEACHER, GIFT, "week1.gift").exam_ids
    original = [i.question for i in QuestionService(ctx).list(TEACHER, exam_id)]
    for fmt, name in (
        ("gift", "x.gift"),
        ("moodle-xml", "x.xml"),
        ("csv", "x.csv"),
        ("xlsx", "x.xlsx"),
        ("json", "x.examhub.json"),
    ):
        payload = transfer.export(TEACHER, [exam_id], fmt)
        (new_id,) = transfer.import_data(TEACHER, payload, name, title=f"via {fmt}").exam_ids
        back = [i.question for i in QuestionService(ctx).list(TEACHER, new_id)]
        assert [(q.type, q.text.strip(), q.choices, q.correct) for q in back] == [
            (q.type, q.text.strip(), q.choices, q.correct) for q in original
        ], fmt
    with pytest.raises(ServiceError, match="Aiken"):
        transfer.export(TEACHER, [exam_id], "aiken")  # true/false and numerical cannot be written as Aiken


def test_native_json_is_the_restore_path(transfer: TransferService, ctx: AppContext) -> None:
    lib = LibraryService(ctx)
    (exam_id,) = transfer.import_data(TEACHER, GIFT, "week1.gift").exam_ids
    lib.update(TEACHER, exam_id, ExamFields("Geography", "Capitals and rivers", 20, 70, True))
    lib.set_status(TEACHER, exam_id, "published")
    backup = transfer.export(TEACHER, [exam_id], "json")
    lib.delete(TEACHER, exam_id)
    summary = transfer.import_data(TEACHER, backup, "backup.examhub.json")
    assert summary.exam_ids == (exam_id,), "the exam comes back with its id"
    restored = lib.get(TEACHER, exam_id)
    assert restored.status == "published" and restored.fields == ExamFields(
        "Geography", "Capitals and rivers", 20, 70, True
    )
    again = transfer.import_data(TEACHER, backup, "backup.examhub.json")
    assert again.exam_ids[0] != exam_id, "an id in use gets a new copy, never an overwrite"


def test_export_to_file_is_atomic(transfer: TransferService, tmp_path: Path) -> None:
    (exam_id,) = transfer.import_data(TEACHER, GIFT, "week1.gift").exam_ids
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "out.gift"
    target.write_text("old contents")
    transfer.export_to_file(TEACHER, [exam_id], "gift", target)
    assert "capital of France" in target.read_text()
    assert sorted(p.name for p in out.iterdir()) == ["out.gift"], "no temporary file left behind"
    with pytest.raises(ServiceError, match="Cannot write in"):
        transfer.export_to_file(TEACHER, [exam_id], "gift", tmp_path / "missing" / "out.gift")


def test_moodle_corpus_file_imports(transfer: TransferService) -> None:
    data = (SHARED / "corpus" / "moodle-xml" / "truefalse.xml").read_bytes()
    summary = transfer.import_data(TEACHER, data, "truefalse.xml")
    assert summary.imported == 2
