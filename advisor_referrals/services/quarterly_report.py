"""The quarterly report: gather a quarter's figures once, render them in the format asked for,
and write the file whole.

The use case is here; the renderers (PDF, workbook, CSV, JSON) are passed in by the
composition root (app.py, cli.py), which takes them from reports/ (docs/design.md,
"Layers"). The format is chosen by the file's extension.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from advisor_referrals.domain.errors import BookError
from advisor_referrals.domain.kits import UnprintableText
from advisor_referrals.domain.metrics import Metrics
from advisor_referrals.domain.period import Period
from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.services.progress import Progress, step
from advisor_referrals.storage.files import check_output_file, write_atomically

if TYPE_CHECKING:
    from advisor_referrals.domain.program_report import ProgramReport
    from advisor_referrals.services.metrics.quarterly import MetricsService
    from advisor_referrals.services.program.program_report import ProgramReporting
    from advisor_referrals.services.settings import SettingsService


@dataclass(frozen=True)
class QuarterReport:
    """Everything one quarterly report shows, gathered once and handed to each format."""

    quarter: Quarter
    profile: AdvisorProfile
    current: Metrics
    previous: Metrics | None
    generated_on: date
    program: ProgramReport | None = None  # goals, programs, events, cost per new client
    # Whose clients the figures count, in words ("Priya Raman's clients"); "" for the whole
    # book of a single advisor (docs/design.md, "A practice").
    covers: str = ""

    @property
    def is_complete(self) -> bool:
        """False while the quarter is still running: its figures are to date."""
        return self.quarter.is_complete_on(self.generated_on)


@dataclass(frozen=True)
class ReportFormat:
    """One way to write a report: its file extension and the renderer that makes the bytes.

    `check` names what the format could not print (a name in a script no bundled font
    has), so the advisor hears of it before the file is written.
    """

    suffix: str
    render: Callable[[QuarterReport], bytes]
    compared: bool = False  # shows each figure beside the quarter before's
    check: Callable[[QuarterReport], tuple[UnprintableText, ...]] | None = None


def format_for(path: Path, formats: Sequence[ReportFormat]) -> ReportFormat:
    """The format a file name asks for, or a message naming the ones there are."""
    for candidate in formats:
        if candidate.suffix == path.suffix.lower():
            return candidate
    allowed = ", ".join(f.suffix for f in formats)
    raise BookError(
        f"{path.name}: a report is written as {allowed} (chosen by the file's extension)"
    )


class QuarterlyReportService:
    def __init__(
        self,
        metrics: MetricsService,
        settings: SettingsService,
        formats: Sequence[ReportFormat],
        program: ProgramReporting | None = None,
    ) -> None:
        self.metrics = metrics
        self.settings = settings
        self.formats = tuple(formats)
        self.program = program

    def gather(
        self,
        quarter: Quarter,
        *,
        with_previous: bool = True,
        today: date | None = None,
        progress: Progress | None = None,
        scope: Scope = PRACTICE_SCOPE,
        covers: str = "",
    ) -> QuarterReport:
        """The quarter's figures for the clients of `scope`; `covers` says whose they are."""
        today = today or date.today()
        if quarter.start > today:
            raise BookError(
                f"{quarter} has not started yet; choose a quarter up to {Quarter.containing(today)}"
            )
        step(progress, 0, 3, "Counting this quarter")
        # The quarter before is counted at the same time, on a connection of its own (each
        # quarter was always its own read transaction): the counting is mostly statements
        # the database runs outside Python's lock, so on a big book the two quarters take
        # little more than one (docs/design.md, "Budgets").
        # Each quarter is counted on one connection when both are counted at once, else
        # on two (`MetricsService.compute`): two statements at a time either way. Four at
        # once left the window's thread waiting its turn for the cores, over 100 ms.
        readers = 1 if with_previous else 2
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-before") as helper:
            # The quarter before is only compared figure by figure: no breakdowns needed.
            before: Future[Metrics] | None = (
                helper.submit(
                    self.metrics.quarter,
                    quarter.previous(),
                    detail=False,
                    scope=scope,
                    readers=readers,
                )
                if with_previous
                else None
            )
            # A running quarter is reported to date: a review booked for next month is
            # not missed.
            current = self.metrics.compute(
                Period.quarter_as_of(quarter, today), scope=scope, readers=readers
            )
            step(progress, 1, 3, "Counting the quarter before")
            previous = before.result() if before is not None else None
        # The program's goals, programs and events are the practice's own: they are
        # reported with the whole practice's figures, not beside one advisor's.
        program = (
            self.program.gather(current.period)
            if self.program is not None and scope.everyone
            else None
        )
        step(progress, 2, 3, "Writing the report")
        return QuarterReport(
            quarter=quarter,
            profile=self.settings.profile(),
            current=current,
            previous=previous,
            generated_on=today,
            program=program,
            covers=covers,
        )

    def render(self, report: QuarterReport, suffix: str) -> bytes:
        return format_for(Path(f"report{suffix}"), self.formats).render(report)

    def unprintable(self, report: QuarterReport, suffix: str) -> tuple[UnprintableText, ...]:
        """What the report in this format would print as empty boxes, by name and field."""
        chosen = format_for(Path(f"report{suffix}"), self.formats)
        return chosen.check(report) if chosen.check is not None else ()

    def export(
        self,
        quarter: Quarter,
        path: Path,
        *,
        today: date | None = None,
        progress: Progress | None = None,
        scope: Scope = PRACTICE_SCOPE,
        covers: str = "",
        warn: Callable[[UnprintableText], None] | None = None,
    ) -> Path:
        """Write the quarter's report to `path`, in the format its extension names; `warn`
        hears first of each name or field the file would print as empty boxes."""
        chosen = format_for(path, self.formats)
        check_output_file(path)  # before the work: a folder, device or read-only folder
        report = self.gather(
            quarter,
            with_previous=chosen.compared,
            today=today,
            progress=progress,
            scope=scope,
            covers=covers,
        )
        if warn is not None:
            for problem in self.unprintable(report, chosen.suffix):
                warn(problem)
        self.save(path, chosen.render(report))
        return path

    def save(self, path: Path, data: bytes) -> None:
        """A report already rendered (the preview) written to a file, whole or not at all."""
        write_atomically(path, data)
