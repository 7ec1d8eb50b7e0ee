"""The renderers reports/ lends the use cases in services (docs/design.md, "Layers").

Services never import reports/: the composition root (app.py, cli.py) passes these in,
usually all at once as `RENDERERS`. ReportLab and openpyxl load on the first kit or
report, not when the app starts.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

from advisor_referrals.reports.exports import metrics_csv, metrics_json
from advisor_referrals.services.quarterly_report import QuarterReport, ReportFormat
from advisor_referrals.services.registry import Renderers

if TYPE_CHECKING:
    from advisor_referrals.domain.kit_content import KitContent
    from advisor_referrals.domain.kits import PageSize, UnprintableText
    from advisor_referrals.domain.thank_you import ThankYouNote
    from advisor_referrals.services.kits import KitRenderer


def kit_renderer(content: KitContent, page_size: PageSize) -> KitRenderer:
    from advisor_referrals.reports.kit.document import renderer_for

    return renderer_for(content, page_size)


def thank_you_note(note: ThankYouNote, out: IO[bytes]) -> int:
    from advisor_referrals.reports.thank_you_note import render_note

    return render_note(note, out)


def _pdf(report: QuarterReport) -> bytes:
    from advisor_referrals.reports.quarterly import quarterly_pdf_bytes

    return quarterly_pdf_bytes(report)


def _xlsx(report: QuarterReport) -> bytes:
    from advisor_referrals.reports.workbook import quarterly_workbook

    return quarterly_workbook(report)


def _csv(report: QuarterReport) -> bytes:
    return metrics_csv(report.current)


def _json(report: QuarterReport) -> bytes:
    return metrics_json(report.current)


def missing_glyphs(text: str) -> str:
    """The characters of text no bundled font can print (the kits' and report's check)."""
    from advisor_referrals.reports.fonts import missing_glyphs as missing

    return missing(text)


def _pdf_check(report: QuarterReport) -> tuple[UnprintableText, ...]:
    from advisor_referrals.reports.report_check import unprintable

    return unprintable(report)


# The PDF and the workbook set each figure beside the quarter before's.
REPORT_FORMATS = (
    ReportFormat(".pdf", _pdf, compared=True, check=_pdf_check),
    ReportFormat(".xlsx", _xlsx, compared=True),
    ReportFormat(".csv", _csv),
    ReportFormat(".json", _json),
)
RENDERERS = Renderers(
    kit=kit_renderer,
    report_formats=REPORT_FORMATS,
    thank_you_note=thank_you_note,
    missing_glyphs=missing_glyphs,
)
