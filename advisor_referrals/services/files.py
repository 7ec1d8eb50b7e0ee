"""Files written whole or not at all: a temporary file beside the target, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from advisor_referrals.domain.errors import BookError


@contextlib.contextmanager
def atomic_text_file(path: Path, *, newline: str | None = "\n") -> Iterator[TextIO]:
    """A UTF-8 text file that replaces `path` only when the block ends without an error.

    The file is private to its owner (client data), like the book itself.
    """
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise BookError(f"{path} is a folder; give a file name to export to")
    if not folder.is_dir():
        raise BookError(f"cannot write {path}: the folder {folder} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise BookError(f"cannot write in {folder}: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline=newline) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise BookError(f"cannot write {path}: {error.strerror or error}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
