"""The library and question services on both dialects: workflow, ordering, search, bank."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from examhub_desktop.core.question import Choice, Difficulty, MatchPair, Question, QuestionType, TextFormat
from examhub_desktop.db.models import ExamAttempt
from examhub_desktop.services.app import AppContext, open_app
from examhub_desktop.services.errors import FieldError, ServiceError
from examhub_desktop.services.library import (
    ExamFields,
    ExamFilter,
    LibraryService,
    LockedByAttempts,
    PublishRefused,
)
from examhub_desktop.services.permissions import Principal, Role
from examhub_desktop.services.questions import QuestionService

TEACHER = Principal(
    "t", "t@school.org", Role.ADMIN, system=True
)  # built-in administrator: these tests are not about accounts


def mc(text: str, right: str = "4", difficulty: Difficulty = Difficulty.MEDIUM) -> Question:
    return Question(
        QuestionType.MULTIPLE_CHOICE, text, choices=(Choice("3"), Choice(right, 1.0)), difficulty=difficulty
    )


@pytest.fixture
def ctx(db_url: str, data_dir: Path) -> Iterator[AppContext]:
    context = open_app(data_dir, db_url)
    yield context
    context.close()


@pytest.fixture
def lib(ctx: AppContext) -> LibraryService:
    return LibraryService(ctx)


@pytest.fixture
def qs(ctx: AppContext) -> QuestionService:
    return QuestionService(ctx)


def test_create_update_and_field_errors(lib: LibraryService) -> None:
    exam_id = lib.create(TEACHER, ExamFields("Algebra", "Linear equations", 30, 60, True))
    detail = lib.get(TEACHER, exam_id)
    assert detail.status == "draft" and detail.fields.duration_minutes == 30 and detail.fields.is_public
    lib.update(TEACHER, exam_id, ExamFields("Algebra I", "", None, 70))
    assert lib.get(TEACHER, exam_id).fields == ExamFields("Algebra I", "", None, 70, False)
    for bad, field in (
        (ExamFields(""), "title"),
        (ExamFields("x", duration_minutes=0), "duration_minutes"),
        (ExamFields("x", duration_minutes=1441), "duration_minutes"),
        (ExamFields("x", passing_score=101), "passing_score"),
    ):
        with pytest.raises(FieldError) as info:
            lib.create(TEACHER, bad)
        assert info.value.field == field


def test_order_stays_dense_and_count_true(lib: LibraryService, qs: QuestionService) -> None:
    exam_id = lib.create(TEACHER, ExamFields("Order"))
    ids = [qs.add(TEACHER, exam_id, mc(f"Q{i}")) for i in range(5)]
    first = qs.add(TEACHER, exam_id, mc("first"), position=0)
    qs.delete(TEACHER, ids[2])
    items = qs.list(TEACHER, exam_id)
    assert [i.question.text for i in items] == ["first", "Q0", "Q1", "Q3", "Q4"]
    assert [i.number for i in items] == [1, 2, 3, 4, 5]
    qs.reorder(TEACHER, exam_id, [ids[4], ids[3], ids[1], ids[0], first])
    assert [i.question.text for i in qs.list(TEACHER, exam_id)] == ["Q4", "Q3", "Q1", "Q0", "first"]
    with lib.ctx.uow() as uow:
        assert [r.order_index for r in uow.questions.for_exam(exam_id)] == [0, 1, 2, 3, 4]
    assert lib.exam_rows(TEACHER, [exam_id])[0].total_questions == 5
    with pytest.raises(ServiceError, match="changed meanwhile"):
        qs.reorder(TEACHER, exam_id, [ids[4]])


def test_publish_is_refused_with_the_list_of_problems(lib: LibraryService, qs: QuestionService) -> None:
    exam_id = lib.create(TEACHER, ExamFields("Draft"))
    with pytest.raises(PublishRefused, match="no questions"):
        lib.set_status(TEACHER, exam_id, "published")
    qs.add(TEACHER, exam_id, mc("fine"))
    broken = Question(
        QuestionType.MULTIPLE_CHOICE, "two right?", choices=(Choice("a", 1.0), Choice("b", 1.0))
    )
    qs.add(TEACHER, exam_id, broken)
    qs.add(TEACHER, exam_id, Question(QuestionType.MATCHING, "match", pairs=(MatchPair("a", "1"),)))
    with pytest.raises(PublishRefused) as info:
        lib.set_status(TEACHER, exam_id, "published")
    assert info.value.problems == [
        "Question 2: Multiple choice needs at least two options and exactly one fully correct.",
        "Question 3: Matching needs at least two pairs.",
    ]
    items = qs.list(TEACHER, exam_id)
    qs.delete(TEACHER, items[1].id)
    qs.delete(TEACHER, items[2].id)
    lib.set_status(TEACHER, exam_id, "published")
    assert lib.get(TEACHER, exam_id).status == "published"
    lib.set_status(TEACHER, exam_id, "archived")
    lib.set_status(TEACHER, exam_id, "draft")
    assert lib.get(TEACHER, exam_id).status == "draft"
    with pytest.raises(ServiceError, match="Unknown status"):
        lib.set_status(TEACHER, exam_id, "deleted")


def test_attempts_lock_grading_and_duplicate_is_offered(lib: LibraryService, qs: QuestionService) -> None:
    exam_id = lib.create(TEACHER, ExamFields("Locked", passing_score=50))
    qid = qs.add(TEACHER, exam_id, mc("2+2"))
    lib.set_status(TEACHER, exam_id, "published")
    with lib.ctx.uow() as uow:
        uow.attempts.add(ExamAttempt(exam_id=exam_id, score=100))
        uow.commit()
    for change in (
        lambda: qs.update(TEACHER, qid, mc("2+2", right="5")),
        lambda: qs.add(TEACHER, exam_id, mc("new")),
        lambda: qs.delete(TEACHER, qid),
        lambda: lib.update(TEACHER, exam_id, ExamFields("Locked", passing_score=80)),
        lambda: lib.set_status(TEACHER, exam_id, "draft"),
    ):
        with pytest.raises(LockedByAttempts, match="Duplicate as new draft"):
            change()
    lib.update(TEACHER, exam_id, ExamFields("Locked (renamed)", "a description", 20, 50, True))
    copy_id = lib.duplicate(TEACHER, exam_id)
    copy = lib.get(TEACHER, copy_id)
    assert copy.status == "draft" and copy.fields.title == "Copy of Locked (renamed)" and copy.attempts == 0
    originals = [(i.question.text, i.question.choices) for i in qs.list(TEACHER, exam_id)]
    assert [(i.question.text, i.question.choices) for i in qs.list(TEACHER, copy_id)] == originals
    qs.update(TEACHER, qs.list(TEACHER, copy_id)[0].id, mc("2+2", right="5"))


def test_delete_keeps_attempts(lib: LibraryService, qs: QuestionService) -> None:
    exam_id = lib.create(TEACHER, ExamFields("Doomed"))
    qs.add(TEACHER, exam_id, mc("a"))
    qs.add(TEACHER, exam_id, mc("b"))
    with lib.ctx.uow() as uow:
        uow.attempts.add(ExamAttempt(exam_id=exam_id, score=10))
        uow.commit()
    assert lib.delete_impact(TEACHER, exam_id) == (2, 1)
    lib.delete(TEACHER, exam_id)
    with lib.ctx.uow() as uow:
        assert uow.questions.count() == 0
        (attempt,) = uow.session.query(ExamAttempt).all()
        assert attempt.exam_id is None and attempt.score == 10


def test_search_titles_descriptions_and_question_text(lib: LibraryService, qs: QuestionService) -> None:
    photo = lib.create(TEACHER, ExamFields("Plant biology", "Photosynthesis and respiration"))
    algebra = lib.create(TEACHER, ExamFields("Algebra", "Linear equations"))
    history = lib.create(TEACHER, ExamFields("History"))
    qs.add(
        TEACHER,
        history,
        Question(
            QuestionType.ESSAY,
            '<p>Why did the <span class="highlight">Roman</span> Empire fall?</p>',
            text_format=TextFormat.HTML,
        ),
    )
    qs.add(TEACHER, algebra, mc("Solve 2x + 3 = 7"))

    def found(query: str) -> set[str]:
        return set(lib.exam_ids(TEACHER, ExamFilter(search=query)))

    assert found("photo") == {photo}  # prefix of the last word, in the description
    assert found("plant bio") == {photo}
    assert found("roman") == {history}  # in question text, HTML stripped
    assert found("highlight") == set() and found("span") == set()  # tags are not words
    assert found("solve") == {algebra}
    assert found("algebra solve") == set()  # every word must match in one place
    assert found("") == {photo, algebra, history}
    assert found("  ") == {photo, algebra, history}
    assert found('"; DROP TABLE exams; --') == set()
    qs.update(TEACHER, qs.list(TEACHER, history)[0].id, mc("Carthage must be destroyed"))
    assert found("roman") == set() and found("carthage") == {history}, "search follows every write"
    lib.update(TEACHER, algebra, ExamFields("Geometry"))
    assert found("geometry") == {algebra} and found("algebra") == set()
    lib.delete(TEACHER, photo)
    assert found("photo") == set()


def test_filters_and_sorting(lib: LibraryService, qs: QuestionService) -> None:
    a = lib.create(TEACHER, ExamFields("b-exam", is_public=True))
    b = lib.create(TEACHER, ExamFields("A-exam"))
    qs.add(TEACHER, a, mc("q"))
    lib.set_status(TEACHER, a, "published")
    assert lib.exam_ids(TEACHER, ExamFilter(status="published")) == [a]
    assert lib.exam_ids(TEACHER, ExamFilter(is_public=False)) == [b]
    assert lib.exam_ids(TEACHER, ExamFilter(sort="title", descending=False)) == [b, a]
    assert lib.exam_ids(TEACHER, ExamFilter(sort="total_questions", descending=True)) == [a, b]
    rows = lib.exam_rows(TEACHER, [b, "gone", a])
    assert [r.id for r in rows] == [b, a]


def test_new_exam_from_the_bank(lib: LibraryService, qs: QuestionService) -> None:
    src1 = lib.create(TEACHER, ExamFields("Bank 1"))
    src2 = lib.create(TEACHER, ExamFields("Bank 2"))
    for i in range(6):
        qs.add(TEACHER, src1, mc(f"easy {i}", difficulty=Difficulty.EASY))
        qs.add(TEACHER, src2, mc(f"hard {i}", difficulty=Difficulty.HARD))
    new = qs.new_exam_from_bank(TEACHER, "Quiz", [src1, src2], 4, difficulties=["hard"], seed=3)
    detail = lib.get(TEACHER, new)
    assert detail.status == "draft" and detail.generation_method == "random_from_bank"
    items = qs.list(TEACHER, new)
    assert len(items) == 4 and all(i.question.text.startswith("hard") for i in items)
    assert "Bank 1" in lib.get(TEACHER, new).fields.description
    with pytest.raises(FieldError, match="only 6 matching"):
        qs.new_exam_from_bank(TEACHER, "Too many", [src1], 7)
    assert next(i.question.text for i in qs.list(TEACHER, src1)) == "easy 0", "sources untouched"
