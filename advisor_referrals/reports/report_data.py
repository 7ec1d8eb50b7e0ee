"""Everything one quarterly report shows, gathered once and handed to each output format."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from advisor_referrals.domain.metrics import Metrics
from advisor_referrals.domain.profile import AdvisorProfile
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.services.metrics import MetricsService
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
    step(progress, 0, 3, "Counting this quarter")
    current = metrics.quarter(quarter)
    step(progress, 1, 3, "Counting the quarter before")
    # The quarter before is only compared figure by figure: no breakdowns needed.
    previous = metrics.quarter(quarter.previous(), detail=False) if with_previous else None
    step(progress, 2, 3, "Writing the report")
    return QuarterReport(
        quarter=quarter,
        profile=settings.profile(),
        current=current,
        previous=previous,
        generated_on=today or date.today(),
    )
