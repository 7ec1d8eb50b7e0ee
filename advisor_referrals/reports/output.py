"""Writing a quarterly report to a file: the format by extension, the file replaced atomically."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from advisor_referrals.domain.errors import BookError
from advisor_referrals.domain.kits import UnprintableText
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.reports.exports import metrics_csv, metrics_json
from advisor_referrals.reports.report_data import QuarterReport, gather
from advisor_referrals.services.metrics.quarterly import MetricsService
from advisor_referrals.services.progress import Progress
from advisor_referrals.services.settings import SettingsService


def _pdf(report: QuarterReport) -> bytes:
    # ReportLab and openpyxl load on first use, not when the app starts.
    from advisor_referrals.reports.quarterly import quarterly_pdf_bytes

    return quarterly_pdf_bytes(report)


def _xlsx(report: QuarterReport) -> bytes:
    from advisor_referrals.reports.workbook import quarterly_workbook

    return quarterly_workbook(report)


RENDERERS: dict[str, Callable[[QuarterReport], bytes]] = {
    ".pdf": _pdf,
    ".xlsx": _xlsx,
    ".csv": lambda report: metrics_csv(report.current),
    ".json": lambda report: metrics_json(report.current),
}
ALLOWED = ", ".join(RENDERERS)
COMPARED = frozenset({".pdf", ".xlsx"})  # these show the change from the quarter before


def format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in RENDERERS:
        raise BookError(
            f"{path.name}: a report is written as {ALLOWED} (chosen by the file's extension)"
        )
    return suffix


def render(report: QuarterReport, suffix: str) -> bytes:
    return RENDERERS[suffix](report)


def write_atomically(path: Path, data: bytes) -> None:
    """The whole new file or the old one, never half of one, even if the process dies."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise BookError(f"{path}: the folder {folder} does not exist")
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def export_report(
    metrics: MetricsService,
    settings: SettingsService,
    quarter: Quarter,
    path: Path,
    *,
    today: date | None = None,
    progress: Progress | None = None,
    warn: Callable[[UnprintableText], None] | None = None,
) -> Path:
    """Write the report; `warn` hears, before the file is written, of each name or field
    a PDF would print as empty boxes (no bundled font has the character)."""
    suffix = format_of(path)
    report = gather(
        metrics,
        settings,
        quarter,
        with_previous=suffix in COMPARED,
        today=today,
        progress=progress,
    )
    if warn is not None and suffix == ".pdf":
        from advisor_referrals.reports.report_check import unprintable

        for problem in unprintable(report):
            warn(problem)
    try:
        write_atomically(path, render(report, suffix))
    except PermissionError:
        raise BookError(f"{path}: not allowed to write there") from None
    return path
