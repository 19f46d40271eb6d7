"""The two file dialogs of import and export, behind plain functions tests replace.

Nothing else in this package calls QFileDialog, so a test monkeypatches `choose_import_files`
or `choose_export_path` here and never meets a native dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from examhub_desktop.formats import FILE_EXTENSIONS, FORMAT_NAMES
from examhub_desktop.ui.dropped import local_files
from examhub_desktop.ui.transfer.describe import format_label

IMPORT_PATTERNS = "*.gift *.txt *.xml *.csv *.tsv *.xlsx *.xlsm *.json"


def _filter(name: str, patterns: str) -> str:
    """One entry of a file dialog's filter list: "GIFT (Moodle) (*.gift)"."""
    return QCoreApplication.translate("TransferFiles", "{name} ({patterns})").format(
        name=name, patterns=patterns
    )


def all_files() -> str:
    return _filter(QCoreApplication.translate("TransferFiles", "All files"), "*")


def import_filter() -> str:
    return ";;".join(
        [
            _filter(QCoreApplication.translate("TransferFiles", "Question files"), IMPORT_PATTERNS),
            *(_filter(format_label(f), f"*{FILE_EXTENSIONS[f]}") for f in FORMAT_NAMES),
            all_files(),
        ]
    )


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def choose_import_files(parent: QWidget | None, folder: Path | None = None) -> list[Path]:
    """The files the teacher picked (none when cancelled)."""
    names, _chosen = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("TransferFiles", "Import Questions"),
        str(folder or documents_folder()),
        import_filter(),
    )
    return [Path(n) for n in names]


dropped_files = local_files  # the library page and the wizard's file list take drops alike


def choose_export_path(parent: QWidget | None, fmt: str, suggested: Path) -> Path | None:
    """Where to write an export in `fmt`; the dialog asks before replacing a file."""
    extension = FILE_EXTENSIONS[fmt]
    name, _chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("TransferFiles", "Export Exam"),
        str(suggested),
        ";;".join([_filter(format_label(fmt), f"*{extension}"), all_files()]),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.name.lower().endswith(extension) else path.with_name(path.name + extension)


__all__ = ["choose_export_path", "choose_import_files", "documents_folder", "dropped_files", "import_filter"]
