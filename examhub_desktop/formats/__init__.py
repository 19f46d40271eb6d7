"""Pure parsers and writers of exchange formats, from and to the core question model.

No database, no Qt. Import the facade from here:

    result = parse(data, "week1.gift")          # format detected; or format="gift"
    for pq in result.questions: ...             # ParsedQuestion: question, line, category
    for d in result.diagnostics: print(d)       # "line 12: error: ..."
    data = write(exam, "moodle-xml")            # ExamData or a list of them

docs/formats.md describes every format, the spreadsheet template and what each one loses.
"""

from examhub_desktop.formats.detect import MAX_IMPORT_BYTES, decode_text, detect_format, read_import_file
from examhub_desktop.formats.diagnostics import (
    ERROR,
    FORMAT_NAMES,
    WARNING,
    Diagnostic,
    ExamData,
    ExportError,
    FileTooLargeError,
    FormatError,
    ParsedQuestion,
    ParseResult,
    Severity,
    UnknownFormatError,
)
from examhub_desktop.formats.registry import (
    FILE_EXTENSIONS,
    FORMAT_LABELS,
    generation_method,
    parse,
    parse_file,
    write,
)
from examhub_desktop.formats.textutil import category_parts, category_title

__all__ = [
    "ERROR",
    "FILE_EXTENSIONS",
    "FORMAT_LABELS",
    "FORMAT_NAMES",
    "MAX_IMPORT_BYTES",
    "WARNING",
    "Diagnostic",
    "ExamData",
    "ExportError",
    "FileTooLargeError",
    "FormatError",
    "ParseResult",
    "ParsedQuestion",
    "Severity",
    "UnknownFormatError",
    "category_parts",
    "category_title",
    "decode_text",
    "detect_format",
    "generation_method",
    "parse",
    "parse_file",
    "read_import_file",
    "write",
]
