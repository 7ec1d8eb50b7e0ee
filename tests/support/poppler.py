"""Reading PDFs back with poppler-utils and qpdf, as a print shop or an archive would.

scripts/ensure-system-packages installs them; a test that needs one skips, saying which,
when a machine lacks it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest


def need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        package = "qpdf" if tool == "qpdf" else "poppler-utils"
        pytest.skip(
            f"{tool} is not installed (Debian package {package}; see scripts/ensure-system-packages)"
        )
    return found


def pdftotext(path: Path) -> str:
    """The text as pdftotext reads it, normalised (NFC, directional marks removed)."""
    out = subprocess.run(
        [need("pdftotext"), "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    out = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", out)
    return unicodedata.normalize("NFC", out)


def fonts(path: Path) -> list[dict[str, str]]:
    """pdffonts' table: name, type, emb (yes/no) for every font a page uses."""
    out = subprocess.run(
        [need("pdffonts"), str(path)], check=True, capture_output=True, text=True
    ).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type(1-2 words) encoding emb sub uni object ID
        rows.append({"name": parts[0], "emb": parts[-5], "line": line})
    return rows


def unembedded(path: Path) -> list[str]:
    return [row["line"] for row in fonts(path) if row["emb"] != "yes"]


def qpdf_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [need("qpdf"), "--check", str(path)], check=False, capture_output=True, text=True
    )
