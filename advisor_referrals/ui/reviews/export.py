"""Export to calendar from the Reviews page: pick which booked days (what is coming, by
default), then a file; the calendar is built off the UI thread with progress and can be
cancelled at any time (nothing is written until it is complete)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QTimeZone, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.enums import ReviewKind
from advisor_referrals.services.progress import Progress
from advisor_referrals.services.reviews.calendar_export import (
    BookedDates,
    CalendarExport,
    CalendarText,
)
from advisor_referrals.ui.fields import from_qdate, to_qdate
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.reviews.text import kind_text, trn
from advisor_referrals.ui.worker import Task, run_task, show_error


def system_zone() -> str | None:
    """The desktop's IANA time zone (Qt maps Windows zone names to IANA ones)."""
    return bytes(QTimeZone.systemTimeZoneId().data()).decode() or None


def calendar_text() -> CalendarText:
    return CalendarText(
        title=tr("Reviews", "Portfolio review: {name}"),
        calendar_name=tr("Reviews", "Portfolio reviews"),
        kinds=tuple((kind, kind_text(kind)) for kind in ReviewKind),
    )


class DatesDialog(QDialog):
    """Which booked reviews go into the calendar: upcoming, everything, or a range."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.setWindowTitle(tr("Reviews", "Export to calendar"))
        self.upcoming = QRadioButton(tr("Reviews", "Upcoming: booked from today on"), self)
        self.everything = QRadioButton(
            tr("Reviews", "Everything still booked, past days included"), self
        )
        self.between = QRadioButton(tr("Reviews", "Booked between"), self)
        self.upcoming.setChecked(True)
        self.start = QDateEdit(to_qdate(today), self)
        self.end = QDateEdit(to_qdate(today + timedelta(days=90)), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            self.between.toggled.connect(edit.setEnabled)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        row = QHBoxLayout()
        row.addWidget(self.between)
        row.addWidget(self.start)
        row.addWidget(QLabel(tr("Reviews", "and"), self))
        row.addWidget(self.end)
        row.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Reviews", "Choose file…"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Reviews", "Which booked reviews?"), self))
        layout.addWidget(self.upcoming)
        layout.addWidget(self.everything)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def dates(self) -> BookedDates:
        if self.everything.isChecked():
            return BookedDates()
        if self.between.isChecked():
            return BookedDates(from_qdate(self.start.date()), from_qdate(self.end.date()))
        return BookedDates(start=self.today)

    def _accept(self) -> None:
        problems = self.dates().problems()
        if problems:
            self.problem.setText(tr("Reviews", "The range ends before it starts."))
            self.problem.show()
            return
        self.accept()


class CalendarExportRunner(QObject):
    message = Signal(str)
    running_changed = Signal(bool)

    def __init__(self, export: CalendarExport, parent: QWidget) -> None:
        super().__init__(parent)
        self.export = export
        self.task: Task[Any] | None = None
        self.dates_dialog: DatesDialog | None = None

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done

    def ask_and_export(self, today: date | None = None) -> None:
        """Ask which booked days (upcoming by default), then where to save them."""
        widget = self.parent()
        dialog = DatesDialog(today or date.today(), widget if isinstance(widget, QWidget) else None)
        self.dates_dialog = dialog

        def chosen() -> None:
            dates = dialog.dates()
            path, _ = QFileDialog.getSaveFileName(
                widget if isinstance(widget, QWidget) else None,
                tr("Reviews", "Export booked reviews"),
                str(Path.home() / "portfolio-reviews.ics"),
                tr("Reviews", "iCalendar files (*.ics)"),
            )
            if path:
                self.export_to(path, dates)

        dialog.accepted.connect(chosen)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def export_to(self, path: str, dates: BookedDates | None = None) -> None:
        """Export the reviews booked in `dates` (None: from today on) to `path`."""
        if self.running:
            return
        target = Path(path if path.lower().endswith(".ics") else path + ".ics")
        zone = system_zone()
        text = calendar_text()

        def work(progress: Progress) -> int:
            result = self.export.export_file(
                target, dates=dates, zone=zone, text=text, progress=progress
            )
            return result.events

        def saved(count: int) -> None:
            self.message.emit(
                trn("Reviews", "%n booked review(s) saved to {0}.", count).format(target.name)
            )
            self.running_changed.emit(False)

        def failed(error: BaseException) -> None:
            self.running_changed.emit(False)
            widget = self.parent()
            show_error(widget if widget is not None else self, error)

        def cancelled() -> None:
            self.message.emit(tr("Reviews", "Export cancelled; no file was written."))
            self.running_changed.emit(False)

        def progressed(done: int, total: int, _stage: str) -> None:
            locale = QLocale()
            self.message.emit(
                tr("Reviews", "Exporting {0} of {1} reviews…").format(
                    locale.toString(done), locale.toString(total)
                )
            )

        self.task = run_task(self, work, saved, failed)
        self.task.cancelled.connect(cancelled)
        self.task.progressed.connect(progressed)
        self.running_changed.emit(True)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
