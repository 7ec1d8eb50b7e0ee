"""Files written safely and privately: whole or not at all, owner-only, only where a file
belongs; book files swapped with sole access; wiping what must not linger.

`atomic_file` is the one way the app writes a file it creates (exports, kits, reports,
calendars); backups, restores and encryption swap whole book files with `replace_with`
and `swap_in`. Either way a reader, or a process killed half-way, sees the old file or
the new one, never a torn one (docs/design.md, "Safety").

Output goes only to regular files (or new ones): never a folder, device, pipe or
socket, whose name a rename would take over. Input is read only from regular files,
no more than a limit counted on the bytes actually read (a link to /dev/zero never
ends). Every file or folder the app creates that can hold client data is owner-only
whatever the umask: folders 0700, files 0600. Files SQLite makes itself (a new
database, its -wal and -shm) take the mode of a file that exists first, so such files
are created empty and private before SQLite opens them.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO

from advisor_referrals.domain.errors import BookError

SIDE_CARS = ("-wal", "-shm", "-journal")
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
WIPE_CHUNK = 1 << 20
SOLE_ACCESS_TIMEOUT_MS = 2000
READ_CHUNK = 1 << 20


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


@contextlib.contextmanager
def atomic_file(path: Path, *, sync: bool = True) -> Iterator[IO[bytes]]:
    """A binary file that replaces `path` only when the block ends without an error.

    It is written beside `path` under a temporary name, readable by its owner only
    (it may hold client data, whatever the umask), then renamed over `path`. With
    `sync` it is flushed to the disk first, so a power cut leaves the old file or the
    new one; a batch of files that can be made again may skip that wait. A `path` that
    is not a regular file, or a folder that cannot be written, is refused before and
    checked again just before the rename.
    """
    check_output_file(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise BookError(f"cannot write in {folder}: {_reason(error)}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            if sync:
                os.fsync(out.fileno())
        check_output_file(path)  # nothing took the name meanwhile that must not be replaced
        os.replace(temporary, path)
        if sync:
            fsync_dir(folder)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise BookError(f"cannot write {path}: {_reason(error)}") from None
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


# Checking where files go and where they come from


def check_output_file(path: Path) -> None:
    """Refuse, before any work is done, an output path that is not a (new) regular file in a
    folder that exists and can be written."""
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise BookError(f"cannot write {path}: {_reason(error)}") from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise BookError(f"{path} is a folder; give a file name to write to")
        if not stat.S_ISREG(info.st_mode):
            raise BookError(
                f"{path} is not a regular file (a device, pipe or socket); "
                "output goes only to ordinary files"
            )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise BookError(f"cannot write {path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BookError(f"cannot write {path}: the folder {folder} is read-only for you")


def _reason(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "it is a link that leads back to itself"
    if error.errno == errno.ENOTDIR:
        return "a part of the path is a file, not a folder"
    return error.strerror or type(error).__name__


def open_regular_file(path: Path, *, what: str, limit: int | None = None) -> BinaryIO:
    """`path` opened to read its bytes, or a BookError saying why not: it must be a regular
    file, of at most `limit` bytes if given.

    The file is opened without waiting (a named pipe would otherwise block for ever)
    and checked to be a regular file before anything is read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise BookError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BookError(f"{path} is a folder, not {what}") from None
    except OSError as error:
        raise BookError(f"{path} cannot be read: {_reason(error)}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise BookError(f"{path} is a folder, not {what}")
        if not stat.S_ISREG(info.st_mode):
            raise BookError(
                f"{path} is not a regular file (a device, pipe or socket); {what} is read "
                "only from an ordinary file"
            )
        if limit is not None and info.st_size > limit:
            raise BookError(f"{path} is larger than {_size(limit)}; split it first")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except OSError as error:
        os.close(fd)
        raise BookError(f"{path} cannot be read: {_reason(error)}") from None
    except BaseException:
        os.close(fd)
        raise


def read_regular_file(path: Path, *, what: str, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, or a BookError saying why not
    (`open_regular_file`)."""
    with open_regular_file(path, what=what, limit=limit) as file:
        try:
            chunks: list[bytes] = []
            total = 0
            while chunk := file.read(READ_CHUNK):
                total += len(chunk)
                if total > limit:
                    raise BookError(f"{path} is larger than {_size(limit)}; split it first")
                chunks.append(chunk)
            return b"".join(chunks)
        except OSError as error:
            raise BookError(f"{path} cannot be read: {_reason(error)}") from None


def _size(limit: int) -> str:
    return f"{limit // 2**30} GB" if limit >= 2**30 else f"{limit // 2**20} MB"


def read_only_uri(path: Path) -> str:
    """A URI that reads a book file and writes nothing, not even beside it.

    With no write-ahead log waiting, the file is read as it is (`immutable`): SQLite then
    needs no -shm file, which a read-only folder could not hold. A log with pages still
    in it must be read with the file, which needs its -shm (`mode=ro`).
    """
    wal = Path(f"{path}-wal")
    waiting = wal.exists() and wal.stat().st_size > 0
    return path.resolve().as_uri() + ("?mode=ro" if waiting else "?immutable=1")
