"""The support log: a rotating file in the user log folder. It never holds client data."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

from advisor_referrals import APP_ID

LOG_FILE_NAME = "advisor-referrals.log"


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_ID, appauthor=False)


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    directory = directory or log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOG_FILE_NAME
    root = logging.getLogger("advisor_referrals")
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path
