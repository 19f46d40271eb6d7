"""The check of the xcb plugin's system libraries (ui/platform_check.py), before Qt starts.

A system library cannot be uninstalled in a test, so the "missing" cases use a fake loader
that refuses named sonames; everything else (the ELF reading of the real plugin in the wheel,
the real dynamic loader, the real start path in a subprocess) is the real thing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from examhub_desktop.ui.platform_check import (
    PACKAGES,
    check,
    default_loader,
    explain,
    missing_libraries,
    needed_sonames,
    plugin_files,
    will_use_xcb,
)


class FakeLoader:
    """Opens every soname except `absent`, and records what it was asked for."""

    def __init__(self, *absent: str) -> None:
        self.absent = set(absent)
        self.asked: list[str] = []

    def __call__(self, soname: str) -> object:
        self.asked.append(soname)
        if soname in self.absent:
            raise OSError(f"{soname}: cannot open shared object file: No such file or directory")
        return object()


XCB = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        ({"DISPLAY": ":0"}, "linux", True),  # an X11 desktop, nothing forced: Qt picks xcb
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb:nograb", "DISPLAY": ":0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, "linux", False),
        ({}, "linux", False),  # no display: ui/app.py starts offscreen
        (
            {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"},
            "linux",
            False,
        ),
        ({"DISPLAY": ":0"}, "darwin", False),
        ({"QT_QPA_PLATFORM": "xcb"}, "win32", False),
    ],
)
def test_the_check_runs_only_when_qt_will_use_xcb(
    environ: dict[str, str], platform: str, expected: bool
) -> None:
    assert will_use_xcb(environ, platform) is expected


def test_the_real_plugin_in_the_wheel_is_found_and_read() -> None:
    files = plugin_files()
    assert [p.name for p in files] == ["libqxcb.so", "libQt6XcbQpa.so.6"]
    needed = needed_sonames(files[0])
    assert "libxcb-cursor.so.0" in needed and "libQt6XcbQpa.so.6" in needed
    assert "libxcb-icccm.so.4" in needed_sonames(files[1])


def test_reading_a_file_that_is_not_elf_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "libqxcb.so"
    bogus.write_text("not a library")
    with pytest.raises(ValueError, match="not an ELF file"):
        needed_sonames(bogus)
    assert missing_libraries([bogus], FakeLoader()) == []  # Qt reports a broken plugin itself


def test_a_missing_library_is_named_and_the_wheels_own_qt_is_not_asked_for() -> None:
    loader = FakeLoader("libxcb-cursor.so.0")
    assert missing_libraries(plugin_files(), loader) == ["libxcb-cursor.so.0"]
    assert not [s for s in loader.asked if s.startswith("libQt6")]
    assert len(loader.asked) == len(set(loader.asked)), "each soname is asked for once"
    assert {"libxcb-icccm.so.4", "libX11-xcb.so.1", "libglib-2.0.so.0"} <= set(loader.asked)


def test_a_library_shipped_beside_the_plugin_or_in_a_frozen_build_is_not_a_system_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plugin = tmp_path / "platforms" / "libqxcb.so"
    plugin.parent.mkdir()
    shutil.copyfile(plugin_files()[0], plugin)
    (plugin.parent / "libxcb-cursor.so.0").write_bytes(b"")
    loader = FakeLoader("libxcb-cursor.so.0", "libxcb-icccm.so.4")
    assert missing_libraries([plugin], loader) == ["libxcb-icccm.so.4"]
    assert "libxcb-cursor.so.0" not in loader.asked
    bundle = tmp_path / "_internal"
    bundle.mkdir()
    (bundle / "libxcb-icccm.so.4").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert missing_libraries([plugin], FakeLoader("libxcb-cursor.so.0", "libxcb-icccm.so.4")) == []


def test_the_message_names_each_library_its_packages_and_the_install_commands() -> None:
    message = check(XCB, FakeLoader("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-util.so.1"))
    assert message is not None
    assert "libxcb-cursor.so.0" in message and "libxcb-icccm.so.4" in message
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-util1" in message
    assert "sudo dnf install xcb-util-cursor xcb-util-wm xcb-util" in message


def test_packages_shared_by_two_libraries_are_listed_once() -> None:
    message = explain(["libxcb-shm.so.0", "libxcb-sync.so.1"])
    assert "sudo apt install libxcb-shm0 libxcb-sync1" in message
    assert "  Fedora:        sudo dnf install libxcb" in message.splitlines()


def test_a_library_without_a_known_package_still_gets_named() -> None:
    message = explain(["libxcb-frobnicate.so.7"])
    assert "libxcb-frobnicate.so.7" in message and "dnf provides '*/libxcb-frobnicate.so.7'" in message
    assert "sudo apt install" not in message


def test_no_check_and_no_loading_when_the_platform_is_not_xcb() -> None:
    loader = FakeLoader("libxcb-cursor.so.0")
    assert check({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, loader) is None
    assert loader.asked == []


def test_the_real_loader_finds_a_present_library_and_refuses_an_absent_one() -> None:
    default_loader("libc.so.6")
    with pytest.raises(OSError):
        default_loader("libexamhub-does-not-exist.so.0")
    assert missing_libraries(plugin_files()) == [], "this machine (and CI: .ci/run) has them all"


def run(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"} | env
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=full, timeout=60)


def test_the_real_check_on_this_machine_passes_without_loading_qt() -> None:
    code = (
        "import sys\n"
        "from examhub_desktop.ui.platform_check import main\n"
        "code = main()\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
        "sys.exit(code)\n"
    )
    r = run(code, QT_QPA_PLATFORM="xcb", DISPLAY=":0")
    assert r.returncode == 0, r.stderr
    assert "libqxcb.so, libQt6XcbQpa.so.6 are all installed" in r.stdout
    assert r.stdout.splitlines()[-1] == "[]", "no Qt library was loaded before the check"


def test_the_gui_start_path_exits_2_naming_the_library_before_loading_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from examhub_desktop import cli\n"
        "from examhub_desktop.ui import platform_check\n"
        "def refuse(soname):\n"
        "    if soname == 'libxcb-cursor.so.0':\n"
        "        raise OSError(soname)\n"
        "platform_check.default_loader = refuse\n"
        f"code = cli.main(['--data-dir', {str(tmp_path / 'd')!r}])\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
        "sys.exit(code)\n"
    )
    r = run(code, QT_QPA_PLATFORM="xcb", DISPLAY=":0")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "libxcb-cursor.so.0" in r.stderr and "sudo apt install libxcb-cursor0" in r.stderr
    assert "sudo dnf install xcb-util-cursor" in r.stderr
    assert r.stdout.splitlines()[-1] == "[]"
    assert not (tmp_path / "d").exists(), "nothing was created before the check"


REPO = Path(__file__).resolve().parents[2]
BASE_RUNTIME = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1"}  # any Linux has them


def test_every_system_library_of_the_plugin_has_packages_in_the_check_ci_and_readme() -> None:
    needed = {s for p in plugin_files() for s in needed_sonames(p) if not s.startswith("libQt6")}
    ci = dict(re.findall(r'^\s+"(\S+) (\S+)"', (REPO / ".ci" / "run").read_text(), re.MULTILINE))
    readme = " ".join((REPO / "README.md").read_text().replace("\\\n", " ").split()) + " "
    for soname in sorted(needed - BASE_RUNTIME):
        debian, fedora = PACKAGES[soname]
        assert ci.get(soname) == debian, f".ci/run installs {soname} from {debian}"
        assert f" {debian} " in readme and f" {fedora} " in readme, f"README lists {debian} / {fedora}"
