"""The support log: a rotating file in the user log folder. It never holds client data.

Exception messages and local variables can quote a client's name, email or notes
(a validation message, an SQL statement's parameters...), so faults are logged with
`log_fault`: the exception's type and where it happened (file, line, function), and
nothing the exception says. The log files and their folder are owner-only all the same.
"""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
import traceback
from pathlib import Path
from types import TracebackType

import platformdirs

from advisor_referrals import APP_ID

LOG_FILE_NAME = "advisor-referrals.log"
CHAIN_LIMIT = 5


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_ID, appauthor=False)


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


class _NoExceptionText(logging.Formatter):
    """A last guard: a stray `log.exception(...)` prints a scrubbed trace, not the message."""

    def formatException(self, ei: object) -> str:
        if isinstance(ei, tuple) and len(ei) == 3 and isinstance(ei[1], BaseException):
            return scrubbed_traceback(ei[1])
        return "(exception details withheld)"


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """Each log file is created readable by its owner only, rotated ones too."""

    def _open(self) -> io.TextIOWrapper:
        with contextlib.suppress(FileExistsError):
            os.close(os.open(self.baseFilename, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        return super()._open()


def _private_folder(directory: Path) -> None:
    missing = []
    current = directory
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)
            os.chmod(folder, 0o700)  # whatever the umask


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    directory = directory or log_dir()
    _private_folder(directory)
    path = directory / LOG_FILE_NAME
    root = logging.getLogger("advisor_referrals")
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = _PrivateRotatingFile(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(_NoExceptionText("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path


def _type_name(error: BaseException) -> str:
    kind = type(error)
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def _frames(tb: TracebackType | None) -> list[str]:
    lines = []
    for frame in traceback.extract_tb(tb):
        parts = Path(frame.filename).parts
        # Only the path inside the package or library: no user names from home folders.
        short = "/".join(parts[-3:]) if len(parts) > 3 else frame.filename
        lines.append(f'  File "{short}", line {frame.lineno}, in {frame.name}')
    return lines


def scrubbed_traceback(error: BaseException) -> str:
    """Exception types and frames of an error and its causes, without any message or value."""
    blocks: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen and len(blocks) < CHAIN_LIMIT:
        seen.add(id(current))
        blocks.append(
            "\n".join(["Traceback (most recent call last):", *_frames(current.__traceback__)])
            + f"\n{_type_name(current)} (message withheld: it may hold client data)"
        )
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    return "\n\nraised after this earlier fault:\n\n".join(blocks)


def log_fault(logger: logging.Logger, where: str, error: BaseException) -> None:
    """Record an unexpected fault for support: its type and frames, never its message."""
    logger.error(
        "unexpected fault in %s: %s\n%s", where, _type_name(error), scrubbed_traceback(error)
    )
