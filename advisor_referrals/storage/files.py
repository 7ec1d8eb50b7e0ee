"""Files written safely: whole or not at all, book files swapped with sole access, and
wiping what must not linger.

`atomic_file` is the one way the app writes a file it creates (exports, kits, reports,
calendars); backups, restores and encryption swap whole book files with `replace_with`
and `swap_in`. Either way a reader, or a process killed half-way, sees the old file or
the new one, never a torn one (docs/design.md, "Safety").
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any, TextIO

from advisor_referrals.domain.errors import BookError

SIDE_CARS = ("-wal", "-shm", "-journal")
WIPE_CHUNK = 1 << 20
SOLE_ACCESS_TIMEOUT_MS = 2000


class BookInUseError(BookError):
    pass


def scratch_path(path: Path, purpose: str) -> Path:
    """A new file beside the book (same disk, so the final rename is atomic)."""
    candidate = path.with_name(f".{path.name}.{purpose}-{os.getpid()}")
    for suffix in ("", *SIDE_CARS):
        Path(f"{candidate}{suffix}").unlink(missing_ok=True)
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


@contextlib.contextmanager
def atomic_file(path: Path, *, sync: bool = True) -> Iterator[IO[bytes]]:
    """A binary file that replaces `path` only when the block ends without an error.

    It is written beside `path` under a temporary name, readable by its owner only
    (it may hold client data, whatever the umask), then renamed over `path`. With
    `sync` it is flushed to the disk first, so a power cut leaves the old file or the
    new one; a batch of files that can be made again may skip that wait.
    """
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise BookError(f"{path} is a folder; give a file name to write to")
    if not folder.is_dir():
        raise BookError(f"cannot write {path}: the folder {folder} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise BookError(f"cannot write in {folder}: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            if sync:
                os.fsync(out.fileno())
        os.replace(temporary, path)
        if sync:
            fsync_dir(folder)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise BookError(f"cannot write {path}: {error.strerror or error}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


@contextlib.contextmanager
def atomic_text_file(
    path: Path, *, newline: str | None = "\n", encoding: str = "utf-8"
) -> Iterator[TextIO]:
    """The same for text (UTF-8 unless told otherwise)."""
    with atomic_file(path) as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, newline=newline)
        yield text
        text.flush()
        text.detach()  # the binary file is closed by atomic_file


def write_atomically(path: Path, data: bytes, *, sync: bool = True) -> None:
    with atomic_file(path, sync=sync) as out:
        out.write(data)


def replace_with(fresh: Path, path: Path) -> None:
    """Put the finished file `fresh` (beside it) at `path`, on disk before and after the rename."""
    fsync_file(fresh)
    os.replace(fresh, path)
    fsync_dir(path.parent)


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
    try:
        os.link(path, aside)
    except OSError:
        os.replace(path, aside)
    for suffix in SIDE_CARS:
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{aside}{suffix}"))
    replace_with(fresh, path)


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
