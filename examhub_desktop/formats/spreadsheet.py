"""CSV and XLSX question banks: Exam Hub's column template, and Kahoot's sheet on import.

Both file types are reduced to rows of cell texts with their row numbers, then read by
the same code. The header row (within the first 30 rows) decides the layout: a
`question` column means our template (spreadsheet_rows.py); Kahoot's quiz template
("Question - max 120 characters", "Answer 1 ...", "Correct answer(s) ...") is read as
multiple choice, with several right answers becoming multiple response. In XLSX files
every sheet with a header is read, and its name becomes the category.

CSV cells that a spreadsheet would run as a formula (starting with = + - @) are written
with a leading apostrophe, which reading removes again (CSV injection).
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from collections.abc import Iterable, Sequence

from examhub_desktop.core.i18n import translate
from examhub_desktop.core.question import LETTERS, Choice, Question, QuestionType, TextFormat
from examhub_desktop.formats.diagnostics import ERROR, Collector, ExamData, ExportError, Note, ParseResult
from examhub_desktop.formats.spreadsheet_rows import (
    HEADER,
    RowError,
    header_key,
    question_row,
    row_to_question,
)
from examhub_desktop.formats.textutil import format_number, question_label

Row = tuple[int, list[str]]
MAX_ROWS = 50_000
MAX_COLUMNS = 64
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
_HEADER_SCAN = 30
_FORMULA = re.compile(r"'*[=+\-@\t\r]")
_DEFAULT_SHEET = re.compile(r"(sheet|feuil|tabelle|hoja|foglio|planilha|blad|arkusz)\s*\d*", re.IGNORECASE)

csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))  # data: URI images are long


def parse_csv(text: str) -> ParseResult:
    """Questions of a CSV file (already decoded); the delimiter is , ; or tab."""
    out = Collector("csv")
    first = next((line for line in text.split("\n") if line.strip()), "")
    delimiter = max(",;\t", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[Row] = []
    start = 1
    try:
        for cells in reader:
            if len(rows) == MAX_ROWS:
                out.error(
                    translate("Spreadsheet", "Only the first {max} rows are read; split the file.").format(
                        max=MAX_ROWS
                    ),
                    line=start,
                )
                break
            rows.append((start, [_unguard(c) for c in cells[:MAX_COLUMNS]]))
            start = reader.line_num + 1
    except csv.Error as exc:
        out.error(
            translate("Spreadsheet", "The CSV file cannot be read past this line: {cause}.").format(
                cause=exc
            ),
            line=start,
        )
    if not _read_rows(rows, out, sheet=""):
        _no_header(out)
    return out.result()


def _unguard(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and _FORMULA.match(cell) else cell


def _guard(cell: str) -> str:
    return "'" + cell if _FORMULA.match(cell) else cell


def _no_header(out: Collector, *, any_sheet: bool = False) -> None:
    if any_sheet:
        message = translate(
            "Spreadsheet",
            "No header row found on any sheet: the first rows need a 'question' column (Exam Hub's template, "
            "see docs/formats.md) or Kahoot's 'Question', 'Answer 1' and 'Correct answer(s)' columns.",
        )
    else:
        message = translate(
            "Spreadsheet",
            "No header row found: the first rows need a 'question' column (Exam Hub's template, "
            "see docs/formats.md) or Kahoot's 'Question', 'Answer 1' and 'Correct answer(s)' columns.",
        )
    out.error(message)


def _read_rows(rows: Sequence[Row], out: Collector, *, sheet: str) -> bool:
    """Questions from rows; False when no header row was found."""
    for position, (number, cells) in enumerate(rows[:_HEADER_SCAN]):
        keys = [re.sub(r"[^a-z0-9]", "", c.lower()) for c in cells]
        kahoot = ("question", "answer1", "correctanswer")
        if all(any(k.startswith(prefix) for k in keys) for prefix in kahoot):
            _read_kahoot(keys, rows[position + 1 :], out, sheet)
            return True
        mapped = [header_key(c) for c in cells]
        if "question" in mapped:
            ignored = [c.strip() for c, key in zip(cells, mapped, strict=True) if c.strip() and not key]
            if ignored:
                out.warning(
                    translate("Spreadsheet", "Columns ignored (not in the template): {columns}.").format(
                        columns=", ".join(ignored)
                    ),
                    line=number,
                    path=sheet or None,
                )
            _read_template(mapped, rows[position + 1 :], out, sheet)
            return True
    return False


def _read_template(keys: list[str], rows: Iterable[Row], out: Collector, sheet: str) -> None:
    for number, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        values: dict[str, str] = {}
        for key, cell in zip(keys, cells, strict=False):
            if key and cell.strip() and key not in values:
                values[key] = cell
        notes: list[Note] = []
        try:
            question = row_to_question(values, notes)
        except RowError as exc:
            out.error(
                translate("Spreadsheet", "Row {row} not imported: {cause}").format(row=number, cause=exc),
                line=number,
                path=sheet or None,
            )
            continue
        out.add(question, line=number, path=sheet or None, notes=notes)


def _read_kahoot(keys: list[str], rows: Iterable[Row], out: Collector, sheet: str) -> None:
    question_col = next(i for i, k in enumerate(keys) if k.startswith("question"))
    answer_cols = [i for i, k in enumerate(keys) if re.match(r"answer\d", k)]
    correct_col = next(i for i, k in enumerate(keys) if k.startswith("correctanswer"))
    timed = False
    for number, cells in rows:
        cell = dict(enumerate(cells))
        text = cell.get(question_col, "").strip()
        if not text:
            continue
        answers = [cell.get(i, "").strip() for i in answer_cols]
        right = {int(n) - 1 for n in re.findall(r"\d+", cell.get(correct_col, ""))}
        choices = tuple(Choice(a, 1.0 if i in right else 0.0) for i, a in enumerate(answers) if a)
        if len(right) > 1:
            choices = tuple(Choice(c.text, 1.0 / len(right) if c.fraction else 0.0) for c in choices)
        qtype = QuestionType.MULTIPLE_RESPONSE if len(right) > 1 else QuestionType.MULTIPLE_CHOICE
        notes: list[Note] = []
        if not right or any(not 0 <= i < len(answers) or not answers[i] for i in right):
            notes.append(
                (ERROR, translate("Spreadsheet", "'Correct answer(s)' must name answers 1-4 that have text."))
            )
        timed = timed or any(
            k.startswith("timelimit") and cell.get(i, "").strip() for i, k in enumerate(keys)
        )
        out.add(
            Question(qtype, text, TextFormat.PLAIN, choices=choices),
            line=number,
            path=sheet or None,
            notes=notes,
        )
    if timed:
        out.warning(
            translate(
                "Spreadsheet",
                "Kahoot's time limits per question are not imported (Exam Hub times whole exams).",
            ),
            path=sheet or None,
        )


# ------------------------------------------------------------------------------------- XLSX


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return format_number(value)
    return str(value)


def parse_xlsx(data: bytes) -> ParseResult:
    """Questions of an XLSX workbook: every sheet with a header row."""
    out = Collector("xlsx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except Exception:  # zipfile raises BadZipFile, NotImplementedError, struct.error... on damaged input
        out.error(
            translate(
                "Spreadsheet",
                "This is not an XLSX workbook (it is not a ZIP file). Save it from the spreadsheet as .xlsx.",
            )
        )
        return out.result()
    if unpacked > MAX_UNPACKED_BYTES:
        out.error(
            translate(
                "Spreadsheet", "The workbook unpacks to more than 200 MiB; split it into smaller files."
            )
        )
        return out.result()
    from openpyxl import load_workbook

    sheets: list[tuple[str, list[Row]]] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it skips
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                for ws in book.worksheets:
                    rows = ws.iter_rows(max_row=MAX_ROWS, max_col=MAX_COLUMNS, values_only=True)
                    sheets.append(
                        (ws.title, [(n, [_cell_text(v) for v in r]) for n, r in enumerate(rows, 1)])
                    )
            finally:
                book.close()
    except Exception as exc:  # openpyxl raises many types on damaged files; all mean "unreadable"
        cause = f"{type(exc).__name__}: {exc}".rstrip(": ")
        out.error(translate("Spreadsheet", "The workbook cannot be read: {cause}.").format(cause=cause))
        return out.result()
    read = 0
    for title, sheet_rows in sheets:
        if len(sheets) > 1:
            out.set_category(title)
        if _read_rows(sheet_rows, out, sheet=title):
            read += 1
        elif any(any(c.strip() for c in row) for _, row in sheet_rows):
            out.warning(
                translate("Spreadsheet", "Sheet {sheet} has no header row and was skipped.").format(
                    sheet=repr(title)
                ),
                path=title,
            )
    if not read:
        _no_header(out, any_sheet=True)
    suggestion = next((t for t, _ in sheets if not _DEFAULT_SHEET.fullmatch(t.strip())), "")
    return out.result(title=suggestion)


# ----------------------------------------------------------------------------------- export


def _check_fits(exams: Sequence[ExamData]) -> None:
    refused = []
    number = 0
    for exam in exams:
        for q in exam.questions:
            number += 1
            count = (
                len(q.choices) + len(q.answers) + len(q.numeric_answers) + len(q.pairs) + len(q.distractors)
            )
            if count > len(LETTERS):
                refused.append(question_label(q, number))
    if refused:
        raise ExportError(
            translate(
                "Spreadsheet",
                "The spreadsheet template has ten option columns (A-J); these questions have more "
                "answers or pairs: {questions}.",
            ).format(questions="; ".join(refused))
        )


def write_csv(exams: Sequence[ExamData]) -> bytes:
    """UTF-8 with a byte-order mark, so Excel shows accented letters right."""
    _check_fits(exams)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for exam in exams:
        for q in exam.questions:
            writer.writerow([_guard(c) if isinstance(c, str) else c for c in question_row(q)])
    return buffer.getvalue().encode("utf-8-sig")


def _sheet_title(title: str, taken: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\\x00-\x1f\s]+", " ", title).strip(" '")[:31].strip() or "Questions"
    name, n = base, 1
    while name.lower() in taken:
        n += 1
        name = f"{base[: 31 - len(str(n)) - 1]} {n}"
    taken.add(name.lower())
    return name


def write_xlsx(exams: Sequence[ExamData]) -> bytes:
    """One sheet per exam, named after it, in the template's columns."""
    _check_fits(exams)
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    taken: set[str] = set()
    for exam in exams or [ExamData(title="Questions")]:
        ws = book.create_sheet(_sheet_title(exam.title, taken))
        ws.append(list(HEADER))
        ws.freeze_panes = "A2"
        for r, q in enumerate(exam.questions, start=2):
            for c, value in enumerate(question_row(q), start=1):
                cell = ws.cell(row=r, column=c)
                if isinstance(value, str):
                    cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
                    cell.data_type = "s"  # never a formula, even when the text starts with "="
                else:
                    cell.value = value
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


__all__ = ["MAX_ROWS", "parse_csv", "parse_xlsx", "write_csv", "write_xlsx"]
