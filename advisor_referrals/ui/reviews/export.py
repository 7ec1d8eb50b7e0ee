"""Export to calendar from the Reviews page: pick a file, build it off the UI thread with
progress, cancel at any time (nothing is written until the calendar is complete)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QTimeZone, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from advisor_referrals.domain.enums import ReviewKind
from advisor_referrals.services.progress import Progress
from advisor_referrals.services.reviews.calendar_export import CalendarExport, CalendarText
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


class CalendarExportRunner(QObject):
    message = Signal(str)
    running_changed = Signal(bool)

    def __init__(self, export: CalendarExport, parent: QWidget) -> None:
        super().__init__(parent)
        self.export = export
        self.task: Task[Any] | None = None

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done

    def ask_and_export(self) -> None:
        widget = self.parent()
        path, _ = QFileDialog.getSaveFileName(
            widget if isinstance(widget, QWidget) else None,
            tr("Reviews", "Export booked reviews"),
            str(Path.home() / "portfolio-reviews.ics"),
            tr("Reviews", "iCalendar files (*.ics)"),
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        if self.running:
            return
        target = Path(path if path.lower().endswith(".ics") else path + ".ics")
        zone = system_zone()
        text = calendar_text()

        def work(progress: Progress) -> int:
            result = self.export.export_file(target, zone=zone, text=text, progress=progress)
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
