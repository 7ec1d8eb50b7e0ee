"""The Debian packages Qt's window needs: found from the Qt files' own dependencies, and the
app naming a missing library (and its package) instead of letting Qt abort."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from advisor_referrals import desktop_libraries as dl

FOLDER = dl.pyside_folder()
pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux libraries"),
    pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd"),
]


def resolved_closure() -> dict[str, str]:
    """soname -> file for every system library the desktop files load (ldd's closure)."""
    assert FOLDER is not None
    files = [str(p) for p in dl.desktop_files(FOLDER) if p.is_file()]
    out = subprocess.run(
        ["ldd", *files], capture_output=True, text=True, check=True, env={"LC_ALL": "C"}
    ).stdout
    found: dict[str, str] = {}
    for line in out.splitlines():
        name, arrow, rest = line.strip().partition("=>")
        where = rest.strip().split(" (")[0]
        if arrow and where != dl.NOT_FOUND and str(FOLDER) not in where:
            found[name.strip()] = where
    return found


def test_every_desktop_file_is_in_the_wheel() -> None:
    assert FOLDER is not None
    absent = [name for name in dl.DESKTOP_FILES if not (FOLDER / name).is_file()]
    assert not absent, f"PySide6 no longer ships {absent}: update DESKTOP_FILES"


def test_every_system_library_qt_loads_has_its_package_in_the_table() -> None:
    """So that on a fresh desktop, where any of them may be missing, the package is known."""
    closure = resolved_closure()
    assert {"libxcb.so.1", "libfontconfig.so.1", "libcups.so.2"} <= set(closure)
    unknown = sorted(set(closure) - set(dl.SONAME_PACKAGES))
    assert not unknown, f"add these libraries and their Debian packages to the table: {unknown}"


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs dpkg")
def test_the_table_agrees_with_dpkg() -> None:
    wrong = {}
    for soname, path in resolved_closure().items():
        query = subprocess.run(
            ["dpkg", "-S", os.path.realpath(path)], capture_output=True, text=True, check=False
        )
        if query.returncode != 0:  # a library of another origin (a GPU driver...)
            continue
        owner = query.stdout.split(":", 1)[0]
        # Debian 13's 64-bit time transition renamed some packages (libglib2.0-0t64).
        if owner.removesuffix("t64") != dl.SONAME_PACKAGES[soname]:
            wrong[soname] = owner
    assert not wrong, wrong


def broken_xcb_plugin(tmp_path: Path) -> Path:
    """A copy of the xcb plugin whose dependency libxcb-icccm.so.4 is renamed to a
    library no system has, beside a link to the wheel's Qt libraries (its RUNPATH)."""
    assert FOLDER is not None
    original = (FOLDER / dl.PLATFORMS_FOLDER / "libqxcb.so").read_bytes()
    needed = b"libxcb-icccm.so.4\x00"
    assert original.count(needed) == 1
    platforms = tmp_path / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (platforms / "libqxcb.so").write_bytes(original.replace(needed, b"libxcb-icccm.so.9\x00"))
    (tmp_path / "lib").symlink_to(FOLDER / "Qt" / "lib")
    return platforms


def test_a_plugin_that_cannot_load_names_the_library_and_the_install_command(
    tmp_path: Path,
) -> None:
    platforms = broken_xcb_plugin(tmp_path)
    environ = {"QT_QPA_PLATFORM": "xcb", "QT_QPA_PLATFORM_PLUGIN_PATH": str(platforms)}
    missing = dl.check_platform(environ, table={"libxcb-icccm.so.9": "libxcb-icccm9"})
    assert missing is not None
    assert missing.sonames[0] == "libxcb-icccm.so.9"
    assert missing.packages[0] == "libxcb-icccm9"
    assert "its xcb platform plugin needs libxcb-icccm.so.9" in missing.message()
    if shutil.which("apt-get"):
        assert "sudo apt-get install libxcb-icccm9" in missing.message()


def test_the_app_says_what_is_missing_instead_of_aborting(tmp_path: Path) -> None:
    platforms = broken_xcb_plugin(tmp_path)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_QPA_PLATFORM_PLUGIN_PATH": str(platforms),
        "DISPLAY": ":99",
    }
    run = subprocess.run(
        [sys.executable, "-m", "advisor_referrals", "--db", str(tmp_path / "book.sqlite3")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert run.returncode == 1
    assert "Qt cannot open a window" in run.stderr
    assert "libxcb-icccm.so.9" in run.stderr
    assert "apt-file search" in run.stderr  # no package is known for a made-up library
    assert "Aborted" not in run.stderr and "core dumped" not in run.stderr


def test_a_loadable_platform_passes() -> None:
    assert dl.check_platform({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_the_platforms_qt_tries() -> None:
    assert dl.platform_names({}) == ["xcb"]
    assert dl.platform_names({"WAYLAND_DISPLAY": "wayland-0"}) == ["wayland", "xcb"]
    assert dl.platform_names({"QT_QPA_PLATFORM": "xcb:dpi=96;offscreen"}) == ["xcb", "offscreen"]


def test_packages_are_named_once_in_order() -> None:
    packages, unknown = dl.packages_for(
        ["libglib-2.0.so.0", "libgthread-2.0.so.0", "libxcb-icccm.so.4", "libnew.so.1"]
    )
    assert packages == ("libglib2.0-0", "libxcb-icccm4")
    assert unknown == ("libnew.so.1",)
