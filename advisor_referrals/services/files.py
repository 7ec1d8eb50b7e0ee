"""Files the app reads and writes for the user: checked first, written whole or not at all.

Output goes only to regular files (or new ones): never a folder, device, pipe or
socket, whose name a rename would take over. Files are written under a temporary
name beside the target, then renamed, and are private to their owner (client data),
like the book itself. Input is read only from regular files, and no more than a
limit, counted on the bytes actually read: a file that grows as it is read (a link
to /dev/zero) is stopped there.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from advisor_referrals.domain.errors import BookError

READ_CHUNK = 1 << 20


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


@contextlib.contextmanager
def atomic_text_file(path: Path, *, newline: str | None = "\n") -> Iterator[TextIO]:
    """A UTF-8 text file that replaces `path` only when the block ends without an error."""
    with (
        _temporary(path) as handle,
        os.fdopen(handle, "w", encoding="utf-8", newline=newline) as out,
    ):
        yield out
        out.flush()
        os.fsync(out.fileno())


@contextlib.contextmanager
def atomic_binary_file(path: Path) -> Iterator[BinaryIO]:
    """The same for bytes."""
    with _temporary(path) as handle, os.fdopen(handle, "wb") as out:
        yield out
        out.flush()
        os.fsync(out.fileno())


def write_atomically(path: Path, data: bytes) -> None:
    """The whole new file or the old one, never half of one, even if the process dies."""
    with atomic_binary_file(path) as out:
        out.write(data)


@contextlib.contextmanager
def _temporary(path: Path) -> Iterator[int]:
    """An owner-only temporary file beside `path` (its descriptor), renamed to `path` when
    the block ends well and removed when it does not."""
    check_output_file(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise BookError(f"cannot write in {folder}: {_reason(error)}") from None
    try:
        yield handle
        check_output_file(path)  # nothing took the name meanwhile that must not be replaced
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise BookError(f"cannot write {path}: {_reason(error)}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def read_regular_file(path: Path, *, what: str, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, or a BookError saying why not.

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
        if info.st_size > limit:
            raise BookError(f"{path} is larger than {_size(limit)}; split it first")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, READ_CHUNK)
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                raise BookError(f"{path} is larger than {_size(limit)}; split it first")
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as error:
        raise BookError(f"{path} cannot be read: {_reason(error)}") from None
    finally:
        os.close(fd)


def _size(limit: int) -> str:
    return f"{limit // 2**30} GB" if limit >= 2**30 else f"{limit // 2**20} MB"
