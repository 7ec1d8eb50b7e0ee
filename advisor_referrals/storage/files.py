"""Book files kept private and replaced safely: owner-only modes, sole access, atomic swaps,
and wiping what must not linger.

Every file or folder the app creates that can hold client data is owner-only whatever
the umask (docs/design.md, "Safety"): folders 0700, files 0600. Files SQLite makes
itself (a new database, its -wal and -shm) take the mode of a file that exists first,
so such files are created empty and private before SQLite opens them.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from advisor_referrals.domain.errors import BookError

SIDE_CARS = ("-wal", "-shm", "-journal")
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
WIPE_CHUNK = 1 << 20
SOLE_ACCESS_TIMEOUT_MS = 2000


class BookInUseError(BookError):
    pass


def private_folder(folder: Path) -> Path:
    """Create `folder` and any missing parents, each readable by its owner only.

    Folders that exist already keep their mode: they are the user's (home, Documents).
    """
    missing: list[Path] = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=PRIVATE_FOLDER)
        except FileExistsError:
            continue
        os.chmod(path, PRIVATE_FOLDER)  # the umask may have taken bits away, never added
    return folder


def private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (or leave an existing file be)."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
    except FileExistsError:
        return
    try:
        if hasattr(os, "fchmod"):  # not on Windows, where files are private to their folder
            os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)


def make_private(path: Path) -> None:
    """Take away group and other access from a file the app made (e.g. SQLite's copy)."""
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, PRIVATE_FILE)
    for suffix in SIDE_CARS:
        with contextlib.suppress(FileNotFoundError):
            os.chmod(f"{path}{suffix}", PRIVATE_FILE)


def scratch_path(path: Path, purpose: str, *, create: bool = True) -> Path:
    """A new, empty, owner-only file beside the book (same disk, so the final rename is
    atomic). SQLite copies its mode to the -wal and -shm it makes beside it. With
    `create` off, only the free name (for a file that will be renamed there)."""
    candidate = path.with_name(f".{path.name}.{purpose}-{os.getpid()}")
    for suffix in ("", *SIDE_CARS):
        Path(f"{candidate}{suffix}").unlink(missing_ok=True)
    if create:
        private_file(candidate)
    return candidate


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return True  # no cheap check: leave it for a later sweep by its own process
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_leftovers(path: Path) -> list[Path]:
    """Wipe the scratch copies a killed process left beside `path` (they may hold client data).

    Scratch files are named `.NAME.PURPOSE-PID`; those of a process still running are kept.
    """
    prefix = re.escape(f".{path.name}.") + "[a-z]+"
    return _sweep(path.parent, re.compile(prefix + r"-(\d+)(-wal|-shm|-journal)?"))


def sweep_folder(folder: Path, purpose: str) -> list[Path]:
    """The same for every scratch file of one purpose in a folder (e.g. unfinished backups)."""
    return _sweep(
        folder, re.compile(r"\..+\." + re.escape(purpose) + r"-(\d+)(-wal|-shm|-journal)?")
    )


def _sweep(folder: Path, pattern: re.Pattern[str]) -> list[Path]:
    swept: list[Path] = []
    if not folder.is_dir():
        return swept
    for entry in folder.iterdir():
        match = pattern.fullmatch(entry.name)
        if match and not _alive(int(match.group(1))):
            with contextlib.suppress(OSError):
                wipe(entry)
                swept.append(entry)
    return swept


def stamped(path: Path, label: str, now: datetime | None = None) -> Path:
    """`book.sqlite3` -> `book.replaced-20260701-093000.sqlite3`, never an existing name."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{path.stem}.{label}-{stamp}-{counter}{path.suffix}")
    return candidate


def fsync_dir(directory: Path) -> None:
    if os.name == "nt":
        return  # Windows has no directory handles to flush; NTFS journals renames itself
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def remove_sidecars(path: Path) -> None:
    for suffix in SIDE_CARS:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@contextlib.contextmanager
def exclusive_connection(connect: Callable[[], Any], path: Path) -> Iterator[Any]:
    """A connection that is sure to be the only one: the log is folded in and switched off.

    Leaving WAL mode needs every other connection closed, so it doubles as the test
    that no other window or program has the book open.
    """
    connection = connect()
    try:
        connection.execute(f"PRAGMA busy_timeout = {SOLE_ACCESS_TIMEOUT_MS}")
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except Exception as error:
            if "locked" not in str(error) and "busy" not in str(error):
                raise
            mode = "busy"
        if str(mode).lower() != "delete":
            raise BookInUseError(
                f"the book at {path} is open in another window or program. Close it there "
                "first, then try again. Nothing was changed."
            )
        yield connection
    finally:
        connection.close()


def swap_in(fresh: Path, path: Path, aside: Path) -> None:
    """Put `fresh` at `path`, keeping the file that was there at `aside`.

    With a hard link the book's name always points at a whole file; where links are
    not possible (some network or FAT drives) two renames follow each other closely.
    """
    fsync_file(fresh)
    try:
        os.link(path, aside)
    except OSError:
        os.replace(path, aside)
    for suffix in SIDE_CARS:
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{aside}{suffix}"))
    os.replace(fresh, path)
    fsync_dir(path.parent)


def wipe(path: Path) -> None:
    """Overwrite a file with zeros, flush it to disk, then delete it."""
    if not path.exists():
        return
    size = path.stat().st_size
    with path.open("r+b") as handle:
        zeros = bytes(WIPE_CHUNK)
        written = 0
        while written < size:
            step = min(WIPE_CHUNK, size - written)
            handle.write(zeros[:step])
            written += step
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
