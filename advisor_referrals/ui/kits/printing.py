"""Printing a kit: the PDF's pages rasterised by QtPdf onto whatever printer was chosen."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from advisor_referrals.domain.errors import BookError
from advisor_referrals.domain.kits import PageSize
from advisor_referrals.ui.i18n import tr

MAX_DPI = 300  # enough for text and cut marks; a page at 600 dpi would need 130 MB


def printer_for(page_size: PageSize) -> QPrinter:
    """A printer set up for the kit's paper, full bleed (the kit carries its own margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    paper = QPageSize.PageSizeId.A4 if page_size is PageSize.A4 else QPageSize.PageSizeId.Letter
    printer.setPageSize(QPageSize(paper))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(tr("Kits", "Referral kit"))
    return printer


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """Zero-based page numbers from the range chosen in the print dialog (all by default)."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return list(range(count))
    return [page - 1 for page in range(first, min(last, count) + 1)]


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print the document's pages, each scaled to the paper and centred; returns pages printed."""
    pages = pages_to_print(printer, document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        raise BookError(tr("Kits", "The printer could not be opened. Check that it is available."))
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        for position, index in enumerate(pages):
            if position:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(index, size)
            scale = min(paper.width() / points.width(), paper.height() / points.height())
            width, height = points.width() * scale, points.height() * scale
            target = QRectF(
                paper.x() + (paper.width() - width) / 2,
                paper.y() + (paper.height() - height) / 2,
                width,
                height,
            )
            painter.fillRect(target, Qt.GlobalColor.white)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(pages)
