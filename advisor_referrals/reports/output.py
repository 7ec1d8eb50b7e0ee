"""Writing a quarterly report to a file: the format by extension, the file replaced atomically."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from advisor_referrals.domain.errors import BookError
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.reports.exports import metrics_csv, metrics_json
from advisor_referrals.reports.report_data import QuarterReport, gather
from advisor_referrals.services.files import check_output_file, write_atomically
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


def export_report(
    metrics: MetricsService,
    settings: SettingsService,
    quarter: Quarter,
    path: Path,
    *,
    today: date | None = None,
    progress: Progress | None = None,
) -> Path:
    suffix = format_of(path)
    check_output_file(path)  # before the work: a folder, device or read-only folder is refused
    report = gather(
        metrics,
        settings,
        quarter,
        with_previous=suffix in COMPARED,
        today=today,
        progress=progress,
    )
    write_atomically(path, render(report, suffix))
    return path
