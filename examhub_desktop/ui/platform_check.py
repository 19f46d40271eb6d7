"""Before Qt starts on X11: are the system libraries of Qt's xcb platform plugin installed?

PySide6's wheel ships the xcb plugin but not the X11 libraries it links to, and a desktop Linux
without one of them (libxcb-cursor0 is the usual one, needed since Qt 6.5) makes Qt abort with
"Could not load the Qt platform plugin xcb" and no name of what is missing. This module reads
the plugin's NEEDED entries from its ELF file, asks the dynamic loader for each, and names the
missing ones with the package to install. It runs before any Qt library is loaded, so it may
use only the standard library, and it is skipped unless the platform will be xcb: start-up time
is benchmarked. The loader is a parameter because a test cannot uninstall a system library.
"""

from __future__ import annotations

import importlib.util
import os
import struct
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

EXIT_MISSING = 2
PLUGIN = Path("Qt", "plugins", "platforms", "libqxcb.so")
QT_LIB_DIR = Path("Qt", "lib")
XCB_QPA = "libQt6XcbQpa.so.6"

# soname -> (Debian/Ubuntu package, Fedora package), for what the xcb plugin and its Qt library link.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}

Loader = Callable[[str], object]  # opens a library by soname; raises OSError when it cannot


def will_use_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt is about to pick its xcb plugin (ui/app.py picks offscreen with no display)."""
    if not platform.startswith("linux"):
        return False
    requested = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if requested:
        return requested == "xcb"
    if environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY"):
        return False  # Qt prefers its wayland plugin in a Wayland session
    return bool(environ.get("DISPLAY"))


def needed_sonames(path: Path) -> list[str]:
    """The DT_NEEDED entries of an ELF shared object, read from its section headers."""
    with path.open("rb") as f:
        ident = f.read(16)
        if ident[:4] != b"\x7fELF" or ident[4] not in (1, 2) or ident[5] not in (1, 2):
            raise ValueError(f"{path} is not an ELF file")
        wide, end = ident[4] == 2, "<" if ident[5] == 1 else ">"
        header = f.read(48 if wide else 36)
        if wide:
            shoff, shentsize, shnum = (
                struct.unpack_from(end + "Q", header, 24)[0],
                *struct.unpack_from(end + "HH", header, 42),
            )
        else:
            shoff, shentsize, shnum = (
                struct.unpack_from(end + "I", header, 16)[0],
                *struct.unpack_from(end + "HH", header, 30),
            )
        section = struct.Struct(end + ("IIQQQQIIQQ" if wide else "IIIIIIIIII"))
        f.seek(shoff)
        table = f.read(shentsize * shnum)
        sections = [section.unpack_from(table, i * shentsize) for i in range(shnum)]
        entry = struct.Struct(end + ("qQ" if wide else "iI"))
        names: list[str] = []
        for _name, kind, _flags, _addr, offset, size, link, *_rest in sections:
            if kind != 6:  # SHT_DYNAMIC; its sh_link is the string table the entries point into
                continue
            f.seek(offset)
            dynamic = f.read(size)
            strtab = sections[link]
            f.seek(strtab[4])
            strings = f.read(strtab[5])
            for tag, value in entry.iter_unpack(dynamic[: size - size % entry.size]):
                if tag == 0:  # DT_NULL
                    break
                if tag == 1:  # DT_NEEDED
                    names.append(strings[value : strings.index(b"\0", value)].decode())
        return names


def plugin_files() -> list[Path]:
    """libqxcb.so and the Qt library holding most of it, inside the installed PySide6 wheel."""
    spec = importlib.util.find_spec("PySide6")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return []
    root = Path(next(iter(spec.submodule_search_locations)))
    return [p for p in (root / PLUGIN, root / QT_LIB_DIR / XCB_QPA) if p.is_file()]


def default_loader(soname: str) -> object:
    import ctypes  # only here: a few milliseconds, and only when the platform is xcb

    return ctypes.CDLL(soname)


def missing_libraries(files: Iterable[Path], load: Loader = default_loader) -> list[str]:
    """The system libraries `files` need that the loader cannot open (Qt's own ones excluded)."""
    files = list(files)
    # Libraries shipped beside the plugin (the wheel's Qt, or all of a frozen build's libraries)
    # resolve through the plugin's RUNPATH or the build's own search path, not the system's.
    shipped = [p.parent for p in files]
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        shipped.append(Path(sys._MEIPASS))
    seen: set[str] = set()
    missing: list[str] = []
    for path in files:
        try:
            needed = needed_sonames(path)
        except (OSError, ValueError, struct.error, IndexError):
            continue  # an unreadable plugin: let Qt report it as it would
        for soname in needed:
            if soname in seen or soname.startswith("libQt6") or any((d / soname).exists() for d in shipped):
                continue
            seen.add(soname)
            try:
                load(soname)
            except OSError:
                missing.append(soname)
    return missing


def explain(missing: Iterable[str]) -> str:
    """The message naming each missing library and the package and command that install it."""
    rows, debian, fedora = [], [], []
    for soname in missing:
        deb, rpm = PACKAGES.get(soname, ("", ""))
        if deb:
            rows.append(f"  {soname:<26} Debian/Ubuntu: {deb:<22} Fedora: {rpm}")
            debian.append(deb)
            fedora.append(rpm)
        else:
            rows.append(
                f"  {soname:<26} (find its package: apt-file search {soname}; dnf provides '*/{soname}')"
            )
    lines = [
        "examhub: cannot open a window: Qt's X11 (xcb) platform plugin needs system libraries "
        "that are not installed:",
        *rows,
    ]
    if debian:
        lines += [
            "Install them with",
            f"  Debian/Ubuntu: sudo apt install {' '.join(dict.fromkeys(debian))}",
            f"  Fedora:        sudo dnf install {' '.join(dict.fromkeys(fedora))}",
        ]
    lines.append("then start Exam Hub again. (On a Wayland desktop, QT_QPA_PLATFORM=wayland also works.)")
    return "\n".join(lines)


def check(environ: Mapping[str, str] | None = None, load: Loader | None = None) -> str | None:
    """None when Qt can start here; otherwise the message to print before exiting with status 2."""
    if not will_use_xcb(os.environ if environ is None else environ):
        return None
    missing = missing_libraries(plugin_files(), load or default_loader)
    return explain(missing) if missing else None


def main() -> int:
    """`python -m examhub_desktop.ui.platform_check`: the same check, saying what it found."""
    if not will_use_xcb(os.environ):
        print("Qt will not use its xcb platform here; nothing to check")
        return 0
    files = plugin_files()
    missing = missing_libraries(files)
    if missing:
        print(explain(missing), file=sys.stderr)
        return EXIT_MISSING
    print(f"the system libraries of {', '.join(p.name for p in files) or 'no xcb plugin'} are all installed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
