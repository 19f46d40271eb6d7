"""Reading an import file safely: the size limit, the text encoding, and which format it is.

Teachers' files come from Word, Excel, Notepad and Moodle, so the decoder accepts UTF-8 with
or without a byte-order mark, UTF-16/32 with one, and falls back to Windows-1252 (what
Excel and Notepad wrote for years) with a warning, since a wrong guess shows up as odd
accented letters in the preview. Line endings (CRLF, LF, bare CR) all become LF.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from pathlib import Path

from examhub_desktop.core.i18n import translate
from examhub_desktop.formats.diagnostics import WARNING, Diagnostic, FileTooLargeError

MAX_IMPORT_BYTES = 20 * 1024 * 1024
MAX_IMPORT_MIB = MAX_IMPORT_BYTES // (1024 * 1024)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str
    diagnostics: tuple[Diagnostic, ...] = ()


def too_large_message(size: int, name: str = "") -> str:
    mib = f"{size / (1024 * 1024):.1f}"
    if name:
        text = translate(
            "FormatDetect",
            "The file {name} is {size} MiB; imports are limited to {limit} MiB. Split it into smaller files.",
        )
    else:
        text = translate(
            "FormatDetect",
            "The file is {size} MiB; imports are limited to {limit} MiB. Split it into smaller files.",
        )
    return text.format(name=repr(name), size=mib, limit=MAX_IMPORT_MIB)


def read_import_file(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes, refusing (before reading) a file over MAX_IMPORT_BYTES."""
    file = Path(path)
    size = file.stat().st_size
    if size > MAX_IMPORT_BYTES:
        raise FileTooLargeError(too_large_message(size, file.name))
    with file.open("rb") as handle:
        data = handle.read(MAX_IMPORT_BYTES + 1)  # the file may have grown since stat()
    if len(data) > MAX_IMPORT_BYTES:
        raise FileTooLargeError(too_large_message(len(data), file.name))
    return data


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _utf16_without_bom(data: bytes) -> str | None:
    """Notepad's "Unicode" files sometimes lose their BOM: mostly-zero odd or even bytes."""
    sample = data[:512]
    if len(sample) < 4 or len(data) % 2:
        return None
    odd_zero = sample[1::2].count(0) / (len(sample) // 2)
    even_zero = sample[0::2].count(0) / (len(sample) // 2)
    if odd_zero > 0.4 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.4 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> DecodedText:
    """Text of an import file with LF line endings, and how it was decoded."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            name = codec.removesuffix("-sig")
            notes: tuple[Diagnostic, ...] = ()
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                text = data.decode(codec, errors="replace")
                notes = (
                    Diagnostic(
                        WARNING,
                        translate(
                            "FormatDetect", "Some bytes are not valid {encoding}; they were replaced."
                        ).format(encoding=name.upper()),
                    ),
                )
            return DecodedText(normalise_newlines(text.lstrip("\ufeff")), name, notes)
    guessed = _utf16_without_bom(data)
    if guessed:
        return DecodedText(normalise_newlines(data.decode(guessed, errors="replace")), guessed)
    try:
        return DecodedText(normalise_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
    text = data.decode("cp1252", errors="replace")
    warning = Diagnostic(
        WARNING,
        translate(
            "FormatDetect",
            "The file is not UTF-8, so it was read as Windows-1252 (Western European). "
            "Check accented letters and symbols in the preview; if they look wrong, save the file "
            "as UTF-8 and import it again.",
        ),
        line=line,
    )
    return DecodedText(normalise_newlines(text), "cp1252", (warning,))


# ------------------------------------------------------------------------------ detection

_EXTENSIONS = {
    ".gift": "gift",
    ".xml": "moodle-xml",
    ".csv": "csv",
    ".tsv": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".json": "json",
}
_AIKEN_ANSWER = re.compile(r"^\s*ANSWER:\s*[A-Z]\b", re.MULTILINE)
_AIKEN_CHOICE = re.compile(r"^\s*[A-Z][).]", re.MULTILINE)
_GIFT_BLOCK = re.compile(r"\{[^{}]*\}")
_GIFT_MARK = re.compile(r"^\s*(::|\$CATEGORY:|//)", re.MULTILINE)


def format_from_extension(filename: str) -> str | None:
    name = filename.lower()
    if name.endswith(".examhub.json"):
        return "json"
    return _EXTENSIONS.get(Path(name).suffix)


def _sniff_text(text: str, by_extension: str | None) -> str | None:
    head = text.lstrip()[:4096]
    if head.startswith(("<?xml", "<quiz")):
        return "moodle-xml"
    if head.startswith("{") and '"exams"' in head:
        return "json"
    if head.startswith(("{", "[")) and by_extension == "json":
        return "json"
    if by_extension in ("csv", "gift"):
        return by_extension
    aiken = len(_AIKEN_ANSWER.findall(text))
    gift = len(_GIFT_BLOCK.findall(text)) + len(_GIFT_MARK.findall(text))
    if aiken and aiken >= len(_GIFT_BLOCK.findall(text)) and _AIKEN_CHOICE.search(text):
        return "aiken"
    if gift:
        return "gift"
    first = head.split("\n", 1)[0].lower()
    if "question" in first and any(sep in first for sep in ",;\t"):
        return "csv"
    return by_extension


def detect_format(data: bytes, filename: str = "") -> str | None:
    """The format name for a file from its content, helped by its extension; None if unsure.

    Content wins where it is unambiguous (a ZIP is XLSX, `<quiz>` is Moodle XML), the
    extension decides between text formats that look alike, and for `.txt` files (both
    GIFT and Aiken use that) the content decides.
    """
    by_extension = format_from_extension(filename)
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    if by_extension == "xlsx":
        return "xlsx"
    return _sniff_text(decode_text(data[:65536]).text, by_extension)


__all__ = [
    "MAX_IMPORT_BYTES",
    "DecodedText",
    "decode_text",
    "detect_format",
    "format_from_extension",
    "normalise_newlines",
    "read_import_file",
    "too_large_message",
]
