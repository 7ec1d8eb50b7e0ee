"""Everything one quarterly report shows, gathered once and handed to each output format."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from advisor_referrals.domain.errors import BookError
from advisor_referrals.domain.metrics import Metrics
from advisor_referrals.domain.period import Period
from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.services.metrics.quarterly import MetricsService
from advisor_referrals.services.progress import Progress, step
from advisor_referrals.services.settings import SettingsService


@dataclass(frozen=True)
class QuarterReport:
    quarter: Quarter
    profile: AdvisorProfile
    current: Metrics
    previous: Metrics | None
    generated_on: date

    @property
    def is_complete(self) -> bool:
        """False while the quarter is still running: its figures are to date."""
        return self.generated_on > self.quarter.end


def gather(
    metrics: MetricsService,
    settings: SettingsService,
    quarter: Quarter,
    *,
    with_previous: bool = True,
    today: date | None = None,
    progress: Progress | None = None,
) -> QuarterReport:
    today = today or date.today()
    if quarter.start > today:
        raise BookError(
            f"{quarter} has not started yet; choose a quarter up to {Quarter.containing(today)}"
        )
    # A running quarter is reported to date: a review booked for next month is not missed.
    period = Period.of_quarter(quarter) if quarter.end <= today else Period.quarter_to_date(today)
    step(progress, 0, 3, "Counting this quarter")
    current = metrics.compute(period)
    step(progress, 1, 3, "Counting the quarter before")
    # The quarter before is only compared figure by figure: no breakdowns needed.
    previous = metrics.quarter(quarter.previous(), detail=False) if with_previous else None
    step(progress, 2, 3, "Writing the report")
    return QuarterReport(
        quarter=quarter,
        profile=settings.profile(),
        current=current,
        previous=previous,
        generated_on=today,
    )
