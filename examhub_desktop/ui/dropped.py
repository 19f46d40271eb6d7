"""Files dragged onto a window, for the pages that take them (library, import wizard)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData


def local_files(mime: QMimeData) -> list[Path]:
    """The local files in a drop; links to web pages and plain text are not files."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]
