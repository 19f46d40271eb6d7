"""`examhub exams list|publish|archive|draft|set`: the real CLI in a subprocess on a real SQLite file."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.test_cli import GIFT_FILE, examhub

# A fixed local time zone two hours east of UTC (POSIX TZ syntax, no tz database needed), so
# "a time without an offset is local time" is checked against something other than UTC.
EAST_2 = {"TZ": "TST-2"}


def cli(
    *args: str, input: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`examhub` with local time UTC unless `env` says otherwise (times are printed in local time)."""
    return examhub(*args, input=input, env={"TZ": "UTC0", **(env or {})})


FIRST_ID = "aaaa1111-0000-4000-8000-000000000001"
SECOND_ID = "aaaa2222-0000-4000-8000-000000000002"


def native_file(path: Path, *exams: dict[str, Any]) -> Path:
    """An `.examhub.json` file whose exams come back with these ids (the restore path)."""
    question = {"type": "true_false", "text": "The sky is blue.", "correct": True}
    document = {
        "format": "examhub",
        "version": 1,
        "exams": [{"status": "draft", "questions": [question], **exam} for exam in exams],
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def listed(data: str) -> dict[str, dict[str, Any]]:
    r = cli("--data-dir", data, "exams", "list", "--json")
    assert r.returncode == 0, r.stderr
    return {exam["id"]: exam for exam in json.loads(r.stdout)}


@pytest.fixture
def data(tmp_path: Path) -> str:
    """A data folder with two exams whose ids share the prefix `aaaa` and a student account."""
    folder = str(tmp_path / "data")
    src = native_file(
        tmp_path / "two.examhub.json",
        {"id": FIRST_ID, "title": "Algebra"},
        {"id": SECOND_ID, "title": "Biology"},
    )
    r = cli("--data-dir", folder, "import", str(src))
    assert r.returncode == 0, r.stderr
    r = cli("--data-dir", folder, "users", "add", "--email", "pupil@school.org", input="violet-harbour-42\n")
    assert r.returncode == 0, r.stderr
    return folder


def test_list_as_a_table_and_as_json(data: str) -> None:
    r = cli("--data-dir", data, "exams", "list")
    assert r.returncode == 0, r.stderr
    header, first, second = r.stdout.splitlines()
    assert header.split() == [
        "ID",
        "STATUS",
        "PUBLIC",
        "QUESTIONS",
        "DURATION",
        "ATTEMPTS",
        "ALLOWED",
        "GRADING",
        "PRACTICE",
        "FULL-SCREEN",
        "OPENS",
        "CLOSES",
        "REVIEW",
        "TITLE",
    ]
    assert first.split() == [
        FIRST_ID,
        "draft",
        "no",
        "1",
        "untimed",
        "0",
        "unlimited",
        "highest",
        "yes",
        "no",
        "-",
        "-",
        "all=after-attempt",
        "Algebra",
    ]
    assert second.startswith(SECOND_ID) and second.endswith("Biology")
    assert header.index("TITLE") == first.index("Algebra") == second.index("Biology"), "aligned"
    assert "2 exam(s)" in r.stderr

    r = cli("--data-dir", data, "exams", "list", "--json")
    assert r.returncode == 0, r.stderr
    exams = json.loads(r.stdout)
    assert [e["title"] for e in exams] == ["Algebra", "Biology"]
    assert exams[0] == {
        "id": FIRST_ID,
        "title": "Algebra",
        "status": "draft",
        "is_public": False,
        "questions": 1,
        "duration_minutes": None,
        "passing_score": 50,
        "attempts": 0,
        "updated_at": exams[0]["updated_at"],
        "settings": {
            "max_attempts": None,
            "grading_method": "highest",
            "practice_allowed": True,
            "review": {
                "answers": "after_attempt",
                "marks": "after_attempt",
                "points": "after_attempt",
                "correct_answers": "after_attempt",
                "feedback": "after_attempt",
            },
            "fullscreen": False,
            "opens_at": None,
            "closes_at": None,
        },
    }
    assert exams[0]["updated_at"].endswith("+00:00")
    assert all(list(e) == list(exams[0]) for e in exams), "the same keys in the same order"


def test_list_of_an_empty_library(tmp_path: Path) -> None:
    r = cli("--data-dir", str(tmp_path / "d"), "exams", "list", "--json")
    assert r.returncode == 0 and json.loads(r.stdout) == []


def test_publish_archive_and_draft_an_imported_gift_exam(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    src = tmp_path / "fractions.gift"
    src.write_text(GIFT_FILE, encoding="utf-8")
    r = cli("--data-dir", data, "import", str(src))
    assert r.returncode == 0, r.stderr
    exam_id = r.stdout.split("exam ")[-1].strip()
    r = cli("--data-dir", data, "exams", "publish", exam_id[:8])
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"exam {exam_id} (Fractions) is published"
    assert listed(data)[exam_id]["status"] == "published"
    r = cli("--data-dir", data, "exams", "publish", exam_id)
    assert r.returncode == 0, "publishing a published exam again changes nothing"
    r = cli("--data-dir", data, "exams", "archive", exam_id)
    assert r.returncode == 0 and "is archived" in r.stdout, r.stderr
    r = cli("--data-dir", data, "exams", "archive", exam_id)
    assert r.returncode == 0
    r = cli("--data-dir", data, "exams", "draft", exam_id)
    assert r.returncode == 0 and "is draft" in r.stdout, r.stderr
    r = cli("--data-dir", data, "exams", "archive", exam_id)
    assert r.returncode == 2 and "cannot go from draft to archived" in r.stderr
    assert listed(data)[exam_id]["status"] == "draft"


def test_a_refused_publish_lists_its_problems_on_stderr(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    src = tmp_path / "reading.gift"
    src.write_text("::intro:: Read the passage before you answer.\n", encoding="utf-8")
    r = cli("--data-dir", data, "import", str(src))
    assert r.returncode == 0, r.stderr
    exam_id = r.stdout.split("exam ")[-1].strip()
    r = cli("--data-dir", data, "exams", "publish", exam_id)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.splitlines() == [
        "examhub: The exam cannot be published:",
        "  The exam has only descriptions: nothing to answer.",
    ]
    assert listed(data)[exam_id]["status"] == "draft"


def test_set_every_option(data: str) -> None:
    r = cli(
        "--data-dir",
        data,
        "exams",
        "set",
        FIRST_ID[:6],
        "--max-attempts",
        "3",
        "--grading-method",
        "Average",
        "--no-practice",
        "--review",
        "all=after-close",
        "--review",
        "feedback=never",
        "--review",
        "correct_answers=after_attempt",
        "--fullscreen",
        "--opens-at",
        "2030-06-01T09:00",  # local: UTC+2
        "--closes-at",
        "2030-06-01T12:00Z",
        "--extra-time",
        "Pupil@School.org=1.5",
        "--public",
        "--duration",
        "45",
        "--passing-score",
        "60",
        env=EAST_2,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        f"exam:             {FIRST_ID} Algebra",
        "status:           draft",
        "public:           yes",
        "duration:         45 min",
        "passing score:    60%",
        "attempts allowed: 3",
        "grading method:   average",
        "practice:         no",
        "review:           all=after-close,correct-answers=after-attempt,feedback=never",
        "full-screen:      yes",
        "opens at:         2030-06-01T09:00+02:00",
        "closes at:        2030-06-01T14:00+02:00",
        "extra time:       pupil@school.org=1.5",
    ]
    exam = listed(data)[FIRST_ID]
    assert (exam["is_public"], exam["duration_minutes"], exam["passing_score"]) == (True, 45, 60)
    assert exam["settings"] == {
        "max_attempts": 3,
        "grading_method": "average",
        "practice_allowed": False,
        "review": {
            "answers": "after_close",
            "marks": "after_close",
            "points": "after_close",
            "correct_answers": "after_attempt",
            "feedback": "never",
        },
        "fullscreen": True,
        "opens_at": "2030-06-01T07:00:00+00:00",
        "closes_at": "2030-06-01T12:00:00+00:00",
    }
    assert listed(data)[SECOND_ID]["settings"]["max_attempts"] is None, "only the named exam changed"

    r = cli(
        "--data-dir",
        data,
        "exams",
        "set",
        FIRST_ID,
        "--max-attempts",
        "unlimited",
        "--practice",
        "--no-fullscreen",
        "--opens-at",
        "none",
        "--closes-at",
        "NONE",
        "--extra-time",
        "pupil@school.org=none",
        "--not-public",
        "--duration",
        "untimed",
        "--passing-score",
        "0",
    )
    assert r.returncode == 0, r.stderr
    assert "extra time:       none" in r.stdout and "opens at:         not set" in r.stdout
    exam = listed(data)[FIRST_ID]
    assert (exam["is_public"], exam["duration_minutes"], exam["passing_score"]) == (False, None, 0)
    settings = exam["settings"]
    assert (settings["max_attempts"], settings["practice_allowed"], settings["fullscreen"]) == (
        None,
        True,
        False,
    )
    assert (settings["opens_at"], settings["closes_at"]) == (None, None)

    r = cli("--data-dir", data, "exams", "set", FIRST_ID, "--extra-time", "pupil@school.org=2")
    assert r.returncode == 0 and "extra time:       pupil@school.org=2" in r.stdout, r.stderr
    r = cli("--data-dir", data, "exams", "set", FIRST_ID, "--extra-time", "pupil@school.org=1")
    assert r.returncode == 0 and "extra time:       none" in r.stdout, r.stderr
    r = cli("--data-dir", data, "exams", "set", FIRST_ID)
    assert r.returncode == 0 and r.stdout.startswith(f"exam:             {FIRST_ID} Algebra"), (
        "no option: print only"
    )


@pytest.fixture(scope="module")
def one_exam(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """A data folder with one exam open 11:00 to 12:00 UTC and a student (shared: the tests
    using it must change nothing), and the exam's settings as `exams set ID` prints them."""
    folder = tmp_path_factory.mktemp("one")
    data = str(folder / "data")
    settings = {"opens_at": "2030-06-01T11:00:00+00:00", "closes_at": "2030-06-01T12:00:00+00:00"}
    src = native_file(folder / "one.examhub.json", {"id": FIRST_ID, "title": "Algebra", "settings": settings})
    assert cli("--data-dir", data, "import", str(src)).returncode == 0
    r = cli("--data-dir", data, "users", "add", "--email", "pupil@school.org", input="violet-harbour-42\n")
    assert r.returncode == 0, r.stderr
    r = cli("--data-dir", data, "exams", "set", FIRST_ID)
    assert r.returncode == 0 and "closes at:        2030-06-01T12:00+00:00" in r.stdout, r.stderr
    return data, r.stdout


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--max-attempts", "many", "--max-attempts: 'many' is not a whole number or unlimited."),
        ("--max-attempts", "0", "--max-attempts: Attempts allowed must be 1 to 100, or unlimited."),
        (
            "--grading-method",
            "median",
            "--grading-method: 'median' is not one of highest, first, last, average.",
        ),
        ("--review", "answers", "--review: 'answers' should be PART=WHEN"),
        ("--review", "hints=never", "--review: 'hints=never' should be PART=WHEN"),
        ("--review", "marks=later", "--review: 'marks=later': WHEN should be one of after-attempt"),
        ("--opens-at", "tomorrow", "--opens-at: 'tomorrow' is not a date and time"),
        ("--opens-at", "2030-06-01T13:00Z", "--opens-at: The exam must close after it opens."),
        ("--closes-at", "2030-06-01T10:00Z", "--closes-at: The exam must close after it opens."),
        ("--extra-time", "pupil@school.org", "--extra-time: 'pupil@school.org' should be EMAIL=MULTIPLIER"),
        ("--extra-time", "pupil@school.org=9", "--extra-time: 'pupil@school.org=9': The time multiplier"),
        (
            "--extra-time",
            "pupil@school.org=lots",
            "--extra-time: 'pupil@school.org=lots': The time multiplier",
        ),
        ("--extra-time", "nobody@school.org=2", "--extra-time: There is no account for nobody@school.org."),
        ("--duration", "soon", "--duration: 'soon' is not a whole number or untimed."),
        ("--duration", "2000", "--duration: The duration must be 1 to 1440 minutes, or untimed."),
        ("--passing-score", "high", "--passing-score: 'high' is not a whole number."),
        ("--passing-score", "101", "--passing-score: The passing score must be between 0 and 100%."),
    ],
)
def test_a_bad_value_names_its_option_and_changes_nothing(
    one_exam: tuple[str, str], option: str, value: str, message: str
) -> None:
    data, before = one_exam
    # every other option is good: none of them may be written either
    r = cli(
        "--data-dir",
        data,
        "exams",
        "set",
        FIRST_ID,
        "--max-attempts",
        "2",
        "--extra-time",
        "pupil@school.org=1.5",
        "--public",
        option,
        value,
    )
    assert r.returncode == 2 and r.stdout == ""
    assert len(r.stderr.splitlines()) == 1 and "Traceback" not in r.stderr
    assert r.stderr.startswith(f"examhub: {message}") and r.stderr.rstrip().endswith("Nothing was changed.")
    assert cli("--data-dir", data, "exams", "set", FIRST_ID).stdout == before


def test_an_exam_is_named_by_an_unambiguous_start_of_its_id(data: str) -> None:
    r = cli("--data-dir", data, "exams", "set", "aaaa", "--max-attempts", "2")
    assert r.returncode == 2
    assert "aaaa is the start of 2 exams' ids" in r.stderr and "Give more of the id" in r.stderr
    assert FIRST_ID in r.stderr and SECOND_ID in r.stderr
    r = cli("--data-dir", data, "exams", "publish", "aaaa")
    assert r.returncode == 2 and "is the start of 2 exams' ids" in r.stderr
    assert {e["status"] for e in listed(data).values()} == {"draft"}
    r = cli("--data-dir", data, "exams", "publish", "bbbb")
    assert r.returncode == 2 and "There is no exam whose id starts with bbbb." in r.stderr
    r = cli("--data-dir", data, "exams", "publish", "AAAA2")
    assert r.returncode == 0 and f"exam {SECOND_ID} (Biology) is published" in r.stdout, r.stderr
    r = cli("--data-dir", data, "exams", "set", FIRST_ID.upper(), "--max-attempts", "2")
    assert r.returncode == 0 and "attempts allowed: 2" in r.stdout, r.stderr


def test_as_is_only_for_a_school_server(data: str) -> None:
    r = cli("--data-dir", data, "exams", "list", "--as", "t@school.org")
    assert r.returncode == 2 and "--as is for a school server" in r.stderr


def test_settings_travel_in_the_native_json_export(data: str, tmp_path: Path) -> None:
    r = cli(
        "--data-dir",
        data,
        "exams",
        "set",
        FIRST_ID,
        "--max-attempts",
        "4",
        "--grading-method",
        "last",
        "--review",
        "points=never",
        "--closes-at",
        "2030-06-01T12:00+00:00",
        "--extra-time",
        "pupil@school.org=2",
    )
    assert r.returncode == 0, r.stderr
    out = tmp_path / "backup.examhub.json"
    r = cli("--data-dir", data, "export", FIRST_ID, "--format", "json", "-o", str(out))
    assert r.returncode == 0, r.stderr
    exported = json.loads(out.read_text(encoding="utf-8"))["exams"][0]
    assert exported["settings"]["max_attempts"] == 4
    assert exported["settings"]["closes_at"] == "2030-06-01T12:00:00+00:00"
    assert "extra_time" not in json.dumps(exported), "extra time is about accounts: not exported"
    r = cli("--data-dir", data, "import", str(out))  # the id is taken: a copy with the settings
    assert r.returncode == 0, r.stderr
    copy_id = r.stdout.split("exam ")[-1].strip()
    exams = listed(data)
    assert copy_id != FIRST_ID and exams[copy_id]["settings"] == exams[FIRST_ID]["settings"]
    r = cli("--data-dir", data, "exams", "set", copy_id)
    assert "extra time:       none" in r.stdout
