"""The Reports page: pick a quarter, preview its PDF report, save it, print it, export its data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QStandardPaths
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.errors import BookError
from advisor_referrals.domain.kits import UnprintableText
from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.reports.figures import quarter_words
from advisor_referrals.services.progress import Progress
from advisor_referrals.services.quarterly_report import QuarterlyReportService
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.pages.base import Page
from advisor_referrals.ui.pdf_viewer import PdfViewer
from advisor_referrals.ui.practice.scope import ScopeChooser, ScopeState
from advisor_referrals.ui.worker import Task, run_task, show_error

QUARTERS_LISTED = 20


def data_formats() -> dict[str, tuple[str, str]]:
    """Per data format: the menu entry and the file dialog's filter."""
    return {
        ".xlsx": (
            tr("ReportsPage", "Excel workbook, every table…"),
            tr("ReportsPage", "Excel workbook (*.xlsx)"),
        ),
        ".csv": (
            tr("ReportsPage", "Summary as CSV…"),
            tr("ReportsPage", "CSV (*.csv)"),
        ),
        ".json": (
            tr("ReportsPage", "Metrics as JSON…"),
            tr("ReportsPage", "JSON (*.json)"),
        ),
    }


@dataclass(frozen=True)
class RenderedReport:
    """A report's PDF in memory, with what it could not print."""

    data: bytes
    unprintable: tuple[UnprintableText, ...] = ()


class ReportsPage(Page):
    key = "reports"

    def __init__(
        self,
        reports: QuarterlyReportService,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
        scope: ScopeState | None = None,
    ) -> None:
        super().__init__(parent)
        self.reports = reports
        self.today = today
        self.scope = scope
        self.task: Task[RenderedReport] | None = None
        self.pdf_bytes: bytes | None = None
        self.pdf_quarter: Quarter | None = None
        self._buffer: QBuffer | None = None

        self.quarter = QComboBox()
        self.quarter.setAccessibleName(tr("ReportsPage", "Quarter"))
        self._fill_quarters()
        self.quarter.currentIndexChanged.connect(lambda _index: self.generate())

        self.save_button = QPushButton(tr("ReportsPage", "&Save PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(tr("ReportsPage", "&Print…"))
        self.print_button.clicked.connect(self.print_report)
        # A push button with a menu: the style leaves room for the arrow after the text
        # (a text-only QToolButton draws it over the text's last letters).
        self.export_button = QPushButton(tr("ReportsPage", "&Export data"))
        menu = QMenu(self.export_button)
        for suffix, (entry, _) in data_formats().items():
            action = menu.addAction(entry)
            action.triggered.connect(lambda _=False, s=suffix: self.export_data(s))
        self.export_button.setMenu(menu)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("ReportsPage", "<h2>Quarterly report</h2>")))
        bar.addSpacing(12)
        quarter_label = QLabel(tr("ReportsPage", "&Quarter:"))
        quarter_label.setBuddy(self.quarter)
        bar.addWidget(quarter_label)
        bar.addWidget(self.quarter)
        if scope is not None:
            # The report of mine, one advisor's clients or the practice's (docs/design.md,
            # "A practice"); a new choice makes a new preview.
            bar.addSpacing(12)
            bar.addWidget(ScopeChooser(scope))
            scope.changed.connect(lambda _scope: self._scope_changed())
        bar.addStretch(1)
        for widget in (self.save_button, self.print_button, self.export_button):
            bar.addWidget(widget)

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton(tr("ReportsPage", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.progress)
        status_row.addWidget(self.cancel_button)

        self.document = QPdfDocument(self)
        self.viewer = PdfViewer(self.document, self)
        self.view = self.viewer.view

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(status_row)
        layout.addWidget(self.viewer, 1)
        self._set_busy(False)
        self._set_ready(False)

    def title(self) -> str:
        return tr("Pages", "Reports")

    # The quarter

    def _fill_quarters(self) -> None:
        current = Quarter.containing(self.today())
        self.quarter.blockSignals(True)
        self.quarter.clear()
        shown = current
        for index in range(QUARTERS_LISTED):
            label = quarter_words(shown)
            if index == 0:
                label = tr("ReportsPage", "{0} (to date)").format(label)
            self.quarter.addItem(label, str(shown))
            shown = shown.previous()
        self.quarter.setCurrentIndex(1)  # the last complete quarter
        self.quarter.blockSignals(False)

    def selected_quarter(self) -> Quarter:
        return Quarter.parse(str(self.quarter.currentData()))

    # Generating the preview

    def refresh(self) -> None:
        """On show: make the preview once; View > Refresh makes it again from the book."""
        if self.task is None or self.task.done:
            self.generate()

    def _scope_changed(self) -> None:
        if self.isVisible():
            self.generate()
        else:
            self.stale = True

    def _whose(self) -> tuple[Scope, Callable[[], str]]:
        """The chosen scope, and (for the worker thread) how the report words it."""
        if self.scope is None:
            return PRACTICE_SCOPE, lambda: ""
        state = self.scope
        scope = state.scope
        return scope, lambda: state.practice.describe(scope)

    def generate(self) -> None:
        if self.task is not None and not self.task.done:
            self.task.cancel()
        quarter = self.selected_quarter()
        day = self.today()
        scope, words = self._whose()

        def work(progress: Progress) -> RenderedReport:
            report = self.reports.gather(
                quarter, today=day, progress=progress, scope=scope, covers=words()
            )
            return RenderedReport(
                self.reports.render(report, ".pdf"), self.reports.unprintable(report, ".pdf")
            )

        task = run_task(self, work)
        self.task = task
        task.progressed.connect(self._progressed)
        task.finished.connect(lambda data: self._show_pdf(task, quarter, data))
        task.failed.connect(lambda error: self._failed(task, error))
        task.cancelled.connect(lambda: self._stopped(task))
        self.status.setText(tr("ReportsPage", "Preparing the {0} report…").format(quarter))
        self._set_busy(True)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _show_pdf(self, task: Task[RenderedReport], quarter: Quarter, made: RenderedReport) -> None:
        if task is not self.task:
            return  # the user has picked another quarter since
        self._set_busy(False)
        data = made.data
        self.pdf_bytes = data
        self.pdf_quarter = quarter
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        pages = self.document.pageCount()
        self.status.setText(
            tr("ReportsPage", "{0} report: {1} pages.").format(quarter_words(quarter), pages)
        )
        if made.unprintable:  # said before the report is saved or printed
            self.status.setText(
                self.status.text()
                + " "
                + tr(
                    "ReportsPage", "Some text cannot be printed with the bundled fonts: {0}"
                ).format("; ".join(p.message for p in made.unprintable[:3]))
            )
        self._set_ready(True)

    def _failed(self, task: Task[RenderedReport], error: BaseException) -> None:
        if task is self.task:
            self._set_busy(False)
            self.status.setText(tr("ReportsPage", "The report could not be made."))
        del error  # shown by the worker's message box

    def _stopped(self, task: Task[RenderedReport]) -> None:
        if task is self.task:
            self._set_busy(False)
            self.status.setText(tr("ReportsPage", "Stopped."))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self._set_ready(False)

    def _set_ready(self, ready: bool) -> None:
        for button in (self.save_button, self.print_button):
            button.setEnabled(ready)

    # Save, print, export

    def default_path(self, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        quarter = self.pdf_quarter or self.selected_quarter()
        return str(Path(folder) / f"Referral report {quarter}{suffix}")

    def save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("ReportsPage", "Save the report"),
            self.default_path(".pdf"),
            tr("ReportsPage", "PDF (*.pdf)"),
        )
        if path:
            self.save_pdf_to(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def save_pdf_to(self, path: Path) -> None:
        if self.pdf_bytes is None:
            return
        try:
            self.reports.save(path, self.pdf_bytes)
        except (OSError, BookError) as error:
            QMessageBox.warning(
                self,
                tr("ReportsPage", "Save the report"),
                tr("ReportsPage", "The report could not be saved to {0}: {1}").format(path, error),
            )
            return
        self.status.setText(tr("ReportsPage", "Saved {0}").format(path))

    def print_report(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self.default_path(".pdf")).stem)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint each page, as rendered by QtPdf, on the printer; returns the pages printed."""
        count = self.document.pageCount()
        if count <= 0:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, BookError("The printer could not be started."))
            return 0
        try:
            area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            for index in range(count):
                if index:
                    printer.newPage()
                size = self.document.pagePointSize(index)
                scale = min(area.width() / size.width(), area.height() / size.height())
                target = QSize(int(size.width() * scale), int(size.height() * scale))
                image = self.document.render(index, target)
                x = (area.width() - target.width()) // 2
                painter.drawImage(QRect(x, 0, target.width(), target.height()), image)
        finally:
            painter.end()
        return count

    def export_data(self, suffix: str) -> None:
        _, wanted = data_formats()[suffix]
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("ReportsPage", "Export the data"),
            self.default_path(suffix),
            wanted,
        )
        if path:
            self.export_to(Path(path if path.lower().endswith(suffix) else path + suffix))

    def export_to(self, path: Path) -> Task[Path]:
        quarter = self.selected_quarter()
        day = self.today()
        scope, words = self._whose()
        task = run_task(
            self,
            lambda progress: self.reports.export(
                quarter, path, today=day, progress=progress, scope=scope, covers=words()
            ),
            lambda written: self.status.setText(tr("ReportsPage", "Saved {0}").format(written)),
        )
        self.status.setText(tr("ReportsPage", "Exporting {0}…").format(path.name))
        return task
