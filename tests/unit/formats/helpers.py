"""Shared by the format tests: where the corpus is, and small helpers."""

from __future__ import annotations

from pathlib import Path

from examhub_desktop.formats import ParseResult, parse

# CI clones the repository into another folder with shared/ beside it.
CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"


def parse_corpus(folder: str, name: str, fmt: str) -> ParseResult:
    path = CORPUS / folder / name
    return parse(path.read_bytes(), path.name, fmt)


def messages(result: ParseResult, severity: str) -> list[str]:
    return [d.message for d in result.diagnostics if d.severity == severity]
