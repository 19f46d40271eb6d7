"""The one entry point for imports and exports: parse bytes, write exams, by format name.

Format names: gift, aiken, moodle-xml, csv, xlsx, json. `parse` decodes text formats
(see detect.py), detects the format when none is given, and never raises on bad input;
`write` raises ExportError when a format cannot hold the exam.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace

from examhub_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from examhub_desktop.formats.aiken import parse_aiken, write_aiken
from examhub_desktop.formats.detect import (
    MAX_IMPORT_BYTES,
    decode_text,
    detect_format,
    read_import_file,
    too_large_message,
)
from examhub_desktop.formats.diagnostics import (
    ERROR,
    FORMAT_NAMES,
    Diagnostic,
    ExamData,
    FileTooLargeError,
    ParseResult,
    UnknownFormatError,
)
from examhub_desktop.formats.gift import parse_gift
from examhub_desktop.formats.gift_writer import write_gift
from examhub_desktop.formats.moodle_xml import parse_moodle_xml
from examhub_desktop.formats.moodle_xml_writer import write_moodle_xml
from examhub_desktop.formats.native_json import parse_json, write_json
from examhub_desktop.formats.spreadsheet import parse_csv, parse_xlsx, write_csv, write_xlsx


class _Labels(Mapping[str, str]):
    """Format names for people, translated when read: the table is made at import time, before
    the window installs its catalog, so it holds the marked English and `[]` translates."""

    def __init__(self, labels: dict[str, str]) -> None:
        self._labels = labels

    def __getitem__(self, fmt: str) -> str:
        return translate("Formats", self._labels[fmt])

    def __iter__(self) -> Iterator[str]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)


FORMAT_LABELS: Mapping[str, str] = _Labels(
    {
        "gift": QT_TRANSLATE_NOOP("Formats", "GIFT (Moodle)"),
        "aiken": QT_TRANSLATE_NOOP("Formats", "Aiken"),
        "moodle-xml": QT_TRANSLATE_NOOP("Formats", "Moodle XML"),
        "csv": QT_TRANSLATE_NOOP("Formats", "CSV (Exam Hub template or Kahoot)"),
        "xlsx": QT_TRANSLATE_NOOP("Formats", "Excel workbook (Exam Hub template or Kahoot)"),
        "json": QT_TRANSLATE_NOOP("Formats", "Exam Hub file (.examhub.json)"),
    }
)
FILE_EXTENSIONS = {
    "gift": ".gift",
    "aiken": ".txt",
    "moodle-xml": ".xml",
    "csv": ".csv",
    "xlsx": ".xlsx",
    "json": ".examhub.json",
}
_TEXT_PARSERS: dict[str, Callable[[str], ParseResult]] = {
    "gift": parse_gift,
    "aiken": parse_aiken,
    "moodle-xml": parse_moodle_xml,
    "csv": parse_csv,
    "json": parse_json,
}
_TEXT_WRITERS: dict[str, Callable[[Sequence[ExamData]], str]] = {
    "gift": write_gift,
    "aiken": write_aiken,
    "moodle-xml": write_moodle_xml,
    "json": write_json,
}


def _check_name(fmt: str) -> str:
    if fmt not in FORMAT_NAMES:
        raise UnknownFormatError(
            translate("Formats", "Unknown format {format}; use one of: {names}.").format(
                format=repr(fmt), names=", ".join(FORMAT_NAMES)
            )
        )
    return fmt


def parse(data: bytes, filename: str = "", format: str | None = None) -> ParseResult:
    """Questions (and, for json, whole exams) in `data`, with diagnostics; never raises on content.

    `filename` helps detection and is not opened. `format` overrides detection; an unknown
    name raises UnknownFormatError (a caller's mistake, not the file's).
    """
    fingerprint = hashlib.sha256(data).hexdigest()
    if format is not None:
        _check_name(format)
    if len(data) > MAX_IMPORT_BYTES:
        error = Diagnostic(ERROR, too_large_message(len(data), os.path.basename(filename)))
        return ParseResult(format or "", diagnostics=(error,), fingerprint=fingerprint)
    fmt = format or detect_format(data, filename)
    if fmt is None:
        error = Diagnostic(
            ERROR,
            translate(
                "Formats",
                "Exam Hub cannot tell which format this file is in. Choose the format ({names}) and import it again.",
            ).format(names=", ".join(FORMAT_NAMES)),
        )
        return ParseResult("", diagnostics=(error,), fingerprint=fingerprint)
    if fmt == "xlsx":
        return replace(parse_xlsx(data), fingerprint=fingerprint)
    decoded = decode_text(data)
    result = _TEXT_PARSERS[fmt](decoded.text)
    return replace(
        result,
        diagnostics=decoded.diagnostics + result.diagnostics,
        encoding=decoded.encoding,
        fingerprint=fingerprint,
    )


def parse_file(path: str | os.PathLike[str], format: str | None = None) -> ParseResult:
    """`parse` for a file on disk, refusing one over the size limit before reading it.

    OSError (missing file, no permission) is the caller's to report.
    """
    try:
        data = read_import_file(path)
    except FileTooLargeError as exc:
        return ParseResult(format or "", diagnostics=(Diagnostic(ERROR, str(exc)),))
    return parse(data, os.fspath(path), format)


def write(exams: ExamData | Sequence[ExamData], format: str) -> bytes:
    """An export file's bytes (UTF-8 text, or an XLSX workbook). ExportError if it cannot hold them."""
    items = [exams] if isinstance(exams, ExamData) else list(exams)
    fmt = _check_name(format)
    if fmt == "csv":
        return write_csv(items)
    if fmt == "xlsx":
        return write_xlsx(items)
    return _TEXT_WRITERS[fmt](items).encode("utf-8")


def generation_method(fmt: str) -> str:
    """The exams.generation_method value for an import in this format ("import:gift")."""
    return f"import:{_check_name(fmt)}"


__all__ = [
    "FILE_EXTENSIONS",
    "FORMAT_LABELS",
    "detect_format",
    "generation_method",
    "parse",
    "parse_file",
    "write",
]
