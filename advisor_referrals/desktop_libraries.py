"""The system libraries Qt needs to open a window on Linux, and the Debian packages holding them.

The PySide6 wheels carry Qt itself but not the X11, OpenGL, font and printing libraries
of the system. A fresh Debian or Ubuntu desktop lacks some of them (the xcb platform
plugin alone needs libxcb-cursor0, libxcb-icccm4 and libxcb-keysyms1), and then
QApplication aborts the process with a message that names one library at a time.

So the list is not written by hand: it is the dynamic dependencies (`ldd`) of the
Qt plugins and modules the app loads, and every library `ldd` reports "not found"
is looked up in `SONAME_PACKAGES`, the table of which Debian package ships which
library (checked with `dpkg -S` by tests/test_desktop_libraries.py). Standard library
only, no Qt: this runs before Qt is loaded.

- `python -m advisor_referrals.desktop_libraries --install` (run by `make run`)
  installs the missing packages (as root, or through sudo) or names them in one line.
- `check_platform()` (run by the app before it creates the QApplication) tries to
  load the platform plugin Qt would use; when that fails it says which libraries are
  missing and the command that installs them.
"""

from __future__ import annotations

import argparse
import ctypes
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# Library file name (soname) -> Debian package, for every system library in the
# dependency closure of DESKTOP_FILES on Debian 12 (`dpkg -S` on each), plus those a
# fresh desktop is known to lack. Debian 13 renamed some packages (libglib2.0-0t64...):
# their new packages provide the old names, so apt-get installs them by these.
SONAME_PACKAGES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libavahi-client.so.3": "libavahi-client3",
    "libavahi-common.so.3": "libavahi-common3",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbsd.so.0": "libbsd0",
    "libc.so.6": "libc6",
    "libcap.so.2": "libcap2",
    "libcom_err.so.2": "libcom-err2",
    "libcups.so.2": "libcups2",
    "libdbus-1.so.3": "libdbus-1-3",
    "libdl.so.2": "libc6",
    "libexpat.so.1": "libexpat1",
    "libffi.so.8": "libffi8",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libgcc_s.so.1": "libgcc-s1",
    "libgcrypt.so.20": "libgcrypt20",
    "libgdk-3.so.0": "libgtk-3-0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgmp.so.10": "libgmp10",
    "libgnutls.so.30": "libgnutls30",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgpg-error.so.0": "libgpg-error0",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgtk-3.so.0": "libgtk-3-0",
    "libhogweed.so.6": "libhogweed6",
    "libidn2.so.0": "libidn2-0",
    "libk5crypto.so.3": "libk5crypto3",
    "libkeyutils.so.1": "libkeyutils1",
    "libkrb5.so.3": "libkrb5-3",
    "libkrb5support.so.0": "libkrb5support0",
    "liblz4.so.1": "liblz4-1",
    "liblzma.so.5": "liblzma5",
    "libm.so.6": "libc6",
    "libmd.so.0": "libmd0",
    "libnettle.so.8": "libnettle8",
    "libp11-kit.so.0": "libp11-kit0",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libpng16.so.16": "libpng16-16",
    "libpthread.so.0": "libc6",
    "libresolv.so.2": "libc6",
    "libstdc++.so.6": "libstdc++6",
    "libsystemd.so.0": "libsystemd0",
    "libtasn1.so.6": "libtasn1-6",
    "libunistring.so.2": "libunistring2",
    "libunistring.so.5": "libunistring5",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
}

# What the desktop app loads, relative to PySide6's folder: the X11 platform plugin and
# its OpenGL integrations, keyboard input (compose keys, IBus), SVG icons, images,
# printing (kits and reports go to the system's printers through CUPS), and the
# PySide6 modules the app imports. The GTK theme plugin is left out on purpose: Qt
# does without it, and GTK is a large install a desktop that wants it already has.
DESKTOP_FILES: tuple[str, ...] = (
    "Qt/plugins/platforms/libqxcb.so",
    "Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "Qt/plugins/xcbglintegrations/libqxcb-egl-integration.so",
    "Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "Qt/plugins/iconengines/libqsvgicon.so",
    "Qt/plugins/imageformats/libqsvg.so",
    "Qt/plugins/imageformats/libqjpeg.so",
    "Qt/plugins/printsupport/libcupsprintersupport.so",
    "QtCore.abi3.so",
    "QtGui.abi3.so",
    "QtWidgets.abi3.so",
    "QtPdf.abi3.so",
    "QtPdfWidgets.abi3.so",
    "QtPrintSupport.abi3.so",
    "QtSvg.abi3.so",
)
PLATFORMS_FOLDER = "Qt/plugins/platforms"
DEFAULT_PLATFORM = "xcb"
NOT_FOUND = "not found"


@dataclass(frozen=True)
class MissingLibraries:
    """Libraries Qt needs that the system lacks, with the packages that would bring them."""

    what: str  # "the xcb platform plugin", "Qt"
    sonames: tuple[str, ...]
    packages: tuple[str, ...]
    unknown: tuple[str, ...]  # libraries no package of the table is known to hold

    @property
    def install_command(self) -> str:
        return f"sudo apt-get install {' '.join(self.packages)}" if self.packages else ""

    def message(self) -> str:
        names = ", ".join(self.sonames)
        text = (
            f"Qt cannot open a window: {self.what} needs {names}, "
            f"which {'is' if len(self.sonames) == 1 else 'are'} not installed."
        )
        if self.packages and has_apt():
            text += f" Install {'it' if len(self.packages) == 1 else 'them'} with: "
            text += self.install_command
        elif self.packages:
            text += f" On Debian or Ubuntu the packages are: {' '.join(self.packages)}."
        if self.unknown:
            text += (
                f" No package is known for {', '.join(self.unknown)}; "
                "`apt-file search NAME` finds the one that holds it."
            )
        return text


def has_apt() -> bool:
    return shutil.which("apt-get") is not None


def pyside_folder() -> Path | None:
    """PySide6's folder, found without importing it (which would load Qt)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def missing_sonames(files: Iterable[Path]) -> list[str]:
    """Every library `ldd` reports "not found" for these files (their whole closure), in
    the order first met. Empty when ldd is not there (not Linux, or not glibc)."""
    ldd = shutil.which("ldd")
    paths = [str(path) for path in files if path.is_file()]
    if ldd is None or not paths:
        return []
    result = subprocess.run(
        [ldd, *paths], capture_output=True, text=True, check=False, env=_ldd_environment()
    )
    found: dict[str, None] = {}
    for line in result.stdout.splitlines():
        name, arrow, where = line.strip().partition("=>")
        if arrow and where.strip() == NOT_FOUND:
            found[name.strip()] = None
    return list(found)


def _ldd_environment() -> dict[str, str]:
    # ldd's own messages in English, so "not found" can be recognised.
    return {**os.environ, "LC_ALL": "C"}


def packages_for(
    sonames: Sequence[str], table: Mapping[str, str] = SONAME_PACKAGES
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(packages, sonames no package is known for), each in order and without repeats."""
    packages = dict.fromkeys(table[name] for name in sonames if name in table)
    unknown = tuple(name for name in sonames if name not in table)
    return tuple(packages), unknown


def desktop_files(folder: Path) -> list[Path]:
    return [folder / name for name in DESKTOP_FILES]


def missing_for_desktop(
    folder: Path | None = None, table: Mapping[str, str] = SONAME_PACKAGES
) -> MissingLibraries | None:
    """What the desktop app's Qt files need and the system lacks; None when nothing."""
    folder = folder or pyside_folder()
    if folder is None:
        return None
    sonames = missing_sonames(desktop_files(folder))
    if not sonames:
        return None
    packages, unknown = packages_for(sonames, table)
    return MissingLibraries("Qt", tuple(sonames), packages, unknown)


# The app's check before Qt starts


def platform_names(environ: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in order: QT_QPA_PLATFORM's list (options after
    ':' dropped), else Wayland then X11 in a Wayland session, else X11."""
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return [part.split(":", 1)[0].strip() for part in chosen.split(";") if part.strip()]
    if environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland":
        return ["wayland", DEFAULT_PLATFORM]
    return [DEFAULT_PLATFORM]


def plugin_file(name: str, environ: Mapping[str, str], folder: Path | None) -> Path | None:
    """The plugin file Qt would load for a platform name, if there is one."""
    places = (
        [Path(environ["QT_QPA_PLATFORM_PLUGIN_PATH"])]
        if environ.get("QT_QPA_PLATFORM_PLUGIN_PATH")
        else []
    )
    if folder is not None:
        places.append(folder / PLATFORMS_FOLDER)
    for place in places:
        candidate = place / f"libq{name}.so"
        if candidate.is_file():
            return candidate
    return None


def loads(path: Path) -> bool:
    """Whether the dynamic linker can load this library with all it needs. The libraries it
    pulls in are Qt's own, which the app loads next anyway."""
    try:
        ctypes.CDLL(str(path))
    except OSError:
        return False
    return True


def check_platform(
    environ: Mapping[str, str] | None = None,
    folder: Path | None = None,
    table: Mapping[str, str] = SONAME_PACKAGES,
) -> MissingLibraries | None:
    """None when Qt can load a platform plugin it would try (or this is not Linux, or the
    plugins are not where they are looked for); else what is missing for the last one."""
    if not sys.platform.startswith("linux"):
        return None
    environ = os.environ if environ is None else environ
    folder = folder or pyside_folder()
    last: tuple[str, Path] | None = None
    for name in platform_names(environ):
        path = plugin_file(name, environ, folder)
        if path is None:
            continue
        if loads(path):
            return None
        last = (name, path)
    if last is None:
        return None
    name, path = last
    sonames = missing_sonames([path])
    if not sonames:
        return None  # it failed for another reason: let Qt say what it is
    packages, unknown = packages_for(sonames, table)
    return MissingLibraries(f"its {name} platform plugin", tuple(sonames), packages, unknown)


# `make run`: install what is missing


def install(packages: Sequence[str]) -> bool:
    """apt-get install, as root or through sudo; False when neither is possible or it fails."""
    if not packages or not has_apt():
        return False
    if os.geteuid() == 0:
        prefix: list[str] = []
    elif shutil.which("sudo"):
        prefix = ["sudo"]
    else:
        return False
    print(f"Installing the libraries Qt needs: {' '.join(packages)}", file=sys.stderr)
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (
        ["apt-get", "update", "-q"],
        ["apt-get", "install", "-y", "-q", "--no-install-recommends", *packages],
    ):
        if subprocess.run([*prefix, *command], env=environment, check=False).returncode != 0:
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m advisor_referrals.desktop_libraries",
        description="The Debian packages Qt needs to open the app's window on Linux.",
    )
    parser.add_argument(
        "--install",
        action="store_true",
        help="install the missing packages (as root or with sudo), else name them and fail; "
        "without it, print the missing packages on one line",
    )
    args = parser.parse_args(argv)
    folder = pyside_folder()
    if folder is None:
        print("PySide6 is not installed.", file=sys.stderr)
        return 1
    missing = missing_for_desktop(folder)
    if missing is None:
        return 0
    if not args.install:
        print(" ".join(missing.packages))
        return 0
    if not install(missing.packages):
        print(missing.message(), file=sys.stderr)
        return 1
    still = missing_for_desktop(folder)
    if still is not None:
        print(still.message(), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
