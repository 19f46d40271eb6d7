"""Reading import files: size limit, encodings, line endings, format detection, the facade."""

from __future__ import annotations

from pathlib import Path

import pytest

from examhub_desktop.core.question import QuestionType
from examhub_desktop.formats import (
    MAX_IMPORT_BYTES,
    ExamData,
    FileTooLargeError,
    UnknownFormatError,
    decode_text,
    detect_format,
    generation_method,
    parse,
    parse_file,
    read_import_file,
    write,
)
from tests.unit.formats.helpers import CORPUS

GIFT = "Café au lait?{=oui ~non}\n\nÉté?{T}\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (GIFT.encode("utf-8"), "utf-8"),
        (GIFT.encode("utf-8-sig"), "utf-8"),
        (GIFT.encode("utf-16"), "utf-16"),
        (GIFT.encode("utf-16-le"), "utf-16-le"),  # Notepad "Unicode" without its BOM
        (GIFT.encode("utf-32"), "utf-32"),
    ],
)
def test_unicode_encodings(data: bytes, encoding: str) -> None:
    decoded = decode_text(data)
    assert (decoded.text, decoded.encoding, decoded.diagnostics) == (GIFT, encoding, ())


def test_windows_1252_fallback_is_reported_with_its_line() -> None:
    decoded = decode_text(("Line one\n" + GIFT).encode("cp1252"))
    assert decoded.text.endswith(GIFT) and decoded.encoding == "cp1252"
    (warning,) = decoded.diagnostics
    assert warning.severity == "warning" and "Windows-1252" in warning.message and warning.line == 2
    result = parse(("Line one\n" + GIFT).encode("cp1252"), "x.gift")
    assert result.warnings == decoded.diagnostics and result.encoding == "cp1252"
    assert [pq.question.text for pq in result.questions] == ["Line one\nCafé au lait?", "Été?"]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings(newline: str) -> None:
    data = GIFT.replace("\n", newline).encode()
    result = parse(data, "x.gift")
    assert [pq.question.type for pq in result.questions] == [
        QuestionType.MULTIPLE_CHOICE,
        QuestionType.TRUE_FALSE,
    ]
    assert [pq.line for pq in result.questions] == [1, 3]


def test_size_limit_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "huge.gift"
    with big.open("wb") as handle:  # sparse: the test does not write 20 MiB
        handle.truncate(MAX_IMPORT_BYTES + 1)
    opened: list[str] = []
    real_open = Path.open

    def spy(self: Path, *args: object, **kwargs: object) -> object:
        opened.append(self.name)
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", spy)
    with pytest.raises(FileTooLargeError, match=r"huge\.gift.*limited to 20 MiB"):
        read_import_file(big)
    result = parse_file(big)
    assert opened == [] and result.has_errors and "limited to 20 MiB" in result.errors[0].message


def test_size_limit_on_bytes_too() -> None:
    result = parse(b" " * (MAX_IMPORT_BYTES + 1), "big.csv")
    assert result.questions == () and "limited to 20 MiB" in result.errors[0].message


def test_parse_file_reads_a_corpus_file() -> None:
    result = parse_file(CORPUS / "aiken" / "questions.aiken.txt")
    assert result.format == "aiken" and len(result.questions) == 2
    assert len(result.fingerprint) == 64 and result.generation_method == "import:aiken"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("gift/mc1.gift", "gift"),
        ("gift/options1.gift", "gift"),
        ("aiken/questions.aiken.txt", "aiken"),
        ("aiken/aiken_errors.txt", "aiken"),
        ("moodle-xml/truefalse.xml", "moodle-xml"),
    ],
)
def test_detect_corpus(name: str, expected: str) -> None:
    data = (CORPUS / name).read_bytes()
    assert detect_format(data, name) == expected
    assert detect_format(data, "renamed.txt") == expected  # content decides for .txt


def test_detect_by_content_and_extension() -> None:
    exam = ExamData("T")
    assert detect_format(write(exam, "xlsx"), "no-extension") == "xlsx"
    assert detect_format(write(exam, "json"), "backup.txt") == "json"
    assert detect_format(write(exam, "moodle-xml"), "questions.txt") == "moodle-xml"
    assert detect_format(b"type,question,A,B,correct\n", "bank.txt") == "csv"
    assert detect_format(b"Who?{=me}", "x.gift") == "gift"
    assert detect_format(b"hello", "notes.txt") is None
    result = parse(b"hello", "notes.txt")
    assert result.format == "" and "cannot tell which format" in result.errors[0].message


def test_format_override_and_unknown_name() -> None:
    assert parse(b"Q?{T}", "x.csv", "gift").questions[0].question.correct is True
    with pytest.raises(UnknownFormatError, match="qti"):
        parse(b"", "x", "qti")
    with pytest.raises(UnknownFormatError):
        write(ExamData("T"), "docx")
    assert generation_method("moodle-xml") == "import:moodle-xml"
