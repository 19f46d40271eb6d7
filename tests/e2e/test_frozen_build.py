"""The frozen app: build.spec built with PyInstaller, then run the way a user runs it.

The module builds once into a temporary folder (20-40 s on two cores) and every test runs the
result with a scrubbed environment, from a folder outside the checkout, so nothing can come
from the source tree. Set EXAMHUB_FROZEN_DIST to an existing build (`make dist` leaves one in
dist/examhub) to test that folder instead of building another.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import shutil
import subprocess
import sys
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from examhub_desktop import APP_NAME, __version__
from examhub_desktop.db.migrate import HEAD_REVISION

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

REPO = Path(__file__).resolve().parents[2]
ENV_DIST = "EXAMHUB_FROZEN_DIST"
MAX_MIB = 150
EXE = "examhub.exe" if sys.platform == "win32" else "examhub"

# Loaded by name at run time (the database URL picks them), so the analysis cannot see them.
LOADED_BY_NAME = (
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg_binary",
)


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The one-folder app (the folder holding the executable and _internal/)."""
    given = os.environ.get(ENV_DIST)
    if given:
        folder = Path(given).resolve()
        if not (folder / EXE).is_file():
            pytest.fail(f"{ENV_DIST}={given} holds no {EXE}; run `make dist` first")
        yield folder
        return
    work = tmp_path_factory.mktemp("frozen")
    try:
        cmd = [sys.executable, "-m", "PyInstaller", str(REPO / "build.spec"), "--noconfirm"]
        cmd += ["--distpath", str(work / "dist"), "--workpath", str(work / "build")]
        done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=840)
        if done.returncode != 0:
            pytest.fail(f"PyInstaller failed ({done.returncode}):\n{done.stderr[-6000:]}")
        shutil.rmtree(work / "build", ignore_errors=True)
        yield work / "dist" / "examhub"
    finally:
        shutil.rmtree(work, ignore_errors=True)  # ~150 MiB; pytest would keep three runs of it


def run(
    frozen: Path, cwd: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the frozen executable from `cwd`, with no Python or Exam Hub variables leaking in and
    the user's data and config folders pointed into `cwd`."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "EXAMHUB_")) and k not in ("VIRTUAL_ENV", "QT_PLUGIN_PATH")
    }
    clean.update(
        {f"XDG_{kind}_HOME": str(cwd / f"xdg-{kind.lower()}") for kind in ("DATA", "CONFIG", "CACHE")}
    )
    clean.update({"QT_QPA_PLATFORM": "offscreen", **(env or {})})
    return subprocess.run(
        [str(frozen / EXE), *args], cwd=cwd, env=clean, capture_output=True, text=True, timeout=120
    )


def test_self_test_passes(frozen: Path, tmp_path: Path) -> None:
    r = run(frozen, tmp_path, "self-test")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "self-test passed" in r.stdout
    assert "main window shown" in r.stdout and "platform offscreen" in r.stdout
    assert "Traceback" not in r.stdout + r.stderr


def test_version(frozen: Path, tmp_path: Path) -> None:
    r = run(frozen, tmp_path, "--version")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"{APP_NAME} {__version__}"


def test_gui_starts_and_quits_when_idle(frozen: Path, tmp_path: Path) -> None:
    r = run(frozen, tmp_path, "--data-dir", str(tmp_path / "d"), env={"EXAMHUB_QUIT_WHEN_IDLE": "1"})
    assert r.returncode == 0, r.stdout + r.stderr
    assert "shown-and-idle" in r.stdout
    assert (tmp_path / "d" / "examhub.db").is_file()


def test_folder_within_size_budget(frozen: Path) -> None:
    apparent = allocated = 0
    sizes: list[tuple[int, str]] = []
    dangling: list[str] = []
    for path in [frozen, *frozen.rglob("*")]:
        st = path.lstat()
        allocated += getattr(st, "st_blocks", 0) * 512  # what `du` counts
        if path.is_symlink():
            apparent += st.st_size
            if not path.exists():
                dangling.append(str(path.relative_to(frozen)))
        elif path.is_file():
            apparent += st.st_size
            sizes.append((st.st_size, str(path.relative_to(frozen))))
    used_mib = max(apparent, allocated) / 2**20
    biggest = "\n".join(f"{size / 2**20:6.1f} MiB {name}" for size, name in sorted(sizes)[-12:])
    assert used_mib <= MAX_MIB, f"{frozen} uses {used_mib:.1f} MiB (> {MAX_MIB}); biggest:\n{biggest}"
    assert not dangling, f"dangling symlinks: {dangling}"


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def test_migrations_and_resources_are_bundled_as_files(frozen: Path) -> None:
    internal = frozen / "_internal"
    for name in ("migrations", "resources"):
        bundled, source = _files(internal / name), _files(REPO / name)
        assert sorted(bundled) == sorted(source), f"{name}/ differs from the checkout: rebuild the app"
        assert bundled == source, f"{name}/ content differs from the checkout: rebuild the app"
    assert not list((internal / "migrations").rglob("__pycache__")), "stale bytecode shipped"


def frozen_modules(frozen: Path) -> set[str]:
    """Every module the frozen app can import: its PYZ, base_library.zip and extension modules."""
    from PyInstaller.archive.readers import pkg_archive_contents

    internal = frozen / "_internal"
    names = set(pkg_archive_contents(str(frozen / EXE)))
    with zipfile.ZipFile(internal / "base_library.zip") as z:
        for member in z.namelist():
            if member.endswith(".pyc"):
                names.add(member.removesuffix(".pyc").removesuffix("/__init__").replace("/", "."))
    for ext in [*internal.rglob("*.so"), *internal.rglob("*.pyd")]:
        parent = ext.parent.relative_to(internal)
        package = "" if parent.parts[:1] in ((), ("python3.11",)) else ".".join(parent.parts) + "."
        names.add(package + ext.name.split(".")[0])
    return names | set(sys.builtin_module_names)


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # "typing.Any": typing is not a package
        return False


def imports_of(script: Path) -> set[str]:
    """Modules a script imports, nested imports included; `from alembic import op` gives alembic.op."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found.update(
                f"{node.module}.{alias.name}"
                for alias in node.names
                if _is_module(f"{node.module}.{alias.name}")
            )
    return found - {"__future__"}


def test_every_import_of_the_migrations_is_frozen(frozen: Path) -> None:
    """PyInstaller never analyses the migration scripts: build.spec's HIDDEN must cover them."""
    available = frozen_modules(frozen)
    scripts = sorted((frozen / "_internal" / "migrations").rglob("*.py"))
    assert scripts, "no migration scripts in the bundle"
    needed = {m: s.name for s in scripts for m in imports_of(s)}
    missing = sorted(f"{m} (imported by {s})" for m, s in needed.items() if m not in available)
    missing += [f"{m} (loaded by name)" for m in LOADED_BY_NAME if m not in available]
    assert not missing, "add to HIDDEN in build.spec: " + ", ".join(missing)


def test_postgresql_driver_loads(frozen: Path, tmp_path: Path) -> None:
    """An unreachable server gives the known message, so the dialect and psycopg were loaded."""
    url = "postgresql+psycopg://examhub:secret@127.0.0.1:1/examhub"
    r = run(frozen, tmp_path, "--database-url", url, "db", "current")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "Cannot connect to the PostgreSQL server" in r.stderr
    assert "Traceback" not in r.stderr


@pytest.mark.pg
def test_frozen_migrations_run_on_postgresql(frozen: Path, pg_server: object, tmp_path: Path) -> None:
    from tests.support.pgserver import PgServer

    assert isinstance(pg_server, PgServer)
    name = f"frozen_{uuid.uuid4().hex[:12]}"
    url = pg_server.create_database(name)
    try:
        r = run(frozen, tmp_path, "--database-url", url, "db", "upgrade")
        assert r.returncode == 0, r.stdout + r.stderr
        assert HEAD_REVISION in r.stdout
        r = run(frozen, tmp_path, "--database-url", url, "db", "check")
        assert r.returncode == 0, r.stdout + r.stderr
    finally:
        pg_server.drop_database(name)


def test_every_language_we_ship_has_qt_s_own_catalog(frozen: Path) -> None:
    """Our catalogs travel with resources/; Qt's (standard buttons, dialogs) must be kept by
    build.spec's QT_LANGUAGES for each of them, or "Cancel" stays English in a German window."""
    ours = {
        p.stem.removeprefix("examhub_") for p in (REPO / "resources" / "translations").glob("examhub_*.qm")
    }
    assert "de" in ours
    qt = frozen / "_internal" / "PySide6" / "Qt" / "translations"
    assert sorted(code for code in ours if not (qt / f"qtbase_{code}.qm").is_file()) == []
