"""Where the app keeps its data and where its bundled files are.

The data directory is chosen as `--data-dir` > `EXAMHUB_DATA_DIR` > the platform's user data
directory (platformdirs). Bundled files (Alembic migrations, resources) live at the repository
root in a source checkout and under `sys._MEIPASS` in a frozen PyInstaller build, where the
migration scripts travel as data files.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from examhub_desktop import APP_ID

ENV_DATA_DIR = "EXAMHUB_DATA_DIR"


def bundle_root() -> Path:
    """The folder holding `migrations/` and `resources/`."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def migrations_dir() -> Path:
    return bundle_root() / "migrations"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=True))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def log_path(data_dir: Path) -> Path:
    return data_dir / "logs" / "examhub.log"
