"""SMART goals on the figures the app counts, their period, progress and pace
(docs/design.md, "Metrics": goals and pace).

A goal is Specific (one counted figure), Measurable (a whole-number target),
Achievable and Results-focused (its note says why this number), and Timely (a quarter
or a year). The figures a goal may name are a registry: each is counted by one
function of services/metrics, the same one the quarterly report uses, and a figure
joins the registry when the records it counts exist (as asks made did once asks were
recorded).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum

from advisor_referrals.domain.contacts import NOTES_MAX
from advisor_referrals.domain.errors import Problem
from advisor_referrals.domain.period import Period
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.domain.text_rules import text_problem

TARGET_MAX = 1_000_000
# Within a tenth of where the target's straight line stands, a goal is on track.
PACE_TOLERANCE = 0.10


@dataclass(frozen=True)
class GoalFigure:
    """A figure a goal can be set on: its key, the words a person reads, and how it counts."""

    key: str
    label: str
    counts: str


# The figures in the order the goal dialog offers them. Each key has a counting function
# in services/metrics/goal_figures.py; the two lists are checked against each other.
GOAL_FIGURES: dict[str, GoalFigure] = {
    figure.key: figure
    for figure in (
        GoalFigure("referrals_received", "Referrals received", "referrals received in the period"),
        GoalFigure(
            "referrals_from_engaged",
            "Referrals from engaged clients",
            "referrals received in the period whose referrer is an engaged client",
        ),
        GoalFigure(
            "referrals_from_cois",
            "Referrals from centres of influence",
            "referrals received in the period whose referrer is a centre of influence",
        ),
        GoalFigure(
            "referrals_converted",
            "Referrals converted",
            "referrals whose converted date falls in the period",
        ),
        GoalFigure(
            "introductions_to_cois",
            "Introductions sent to centres of influence",
            "clients the advisor introduced to a centre of influence in the period",
        ),
        GoalFigure(
            "engaged_reviews",
            "Reviews held with engaged clients",
            "reviews completed in the period with clients in the engaged segment",
        ),
        GoalFigure(
            "asks_made",
            "Asks made",
            "times in the period a client was asked for an introduction (the report's asks)",
        ),
    )
}


def register_figure(figure: GoalFigure) -> None:
    """Add a figure goals can name (a feature whose records it counts calls this)."""
    GOAL_FIGURES[figure.key] = figure


class PeriodKind(StrEnum):
    QUARTER = "quarter"
    YEAR = "year"


class Pace(StrEnum):
    NOT_STARTED = "not_started"
    AHEAD = "ahead"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    MET = "met"
    MISSED = "missed"


PACE_LABELS: dict[Pace, str] = {
    Pace.NOT_STARTED: "Not started",
    Pace.AHEAD: "Ahead",
    Pace.ON_TRACK: "On track",
    Pace.BEHIND: "Behind",
    Pace.MET: "Met",
    Pace.MISSED: "Missed",
}


@dataclass(frozen=True, kw_only=True)
class GoalFields:
    figure: str
    target: int
    period_kind: PeriodKind = PeriodKind.QUARTER
    year: int = 2026
    quarter: int | None = 1  # 1-4 for a quarter's goal, None for a year's
    notes: str = ""

    @property
    def start(self) -> date:
        if self.period_kind is PeriodKind.YEAR or self.quarter is None:
            return date(self.year, 1, 1)
        return Quarter(self.year, self.quarter).start

    @property
    def end(self) -> date:
        if self.period_kind is PeriodKind.YEAR or self.quarter is None:
            return date(self.year, 12, 31)
        return Quarter(self.year, self.quarter).end

    @property
    def period_label(self) -> str:
        if self.period_kind is PeriodKind.YEAR or self.quarter is None:
            return str(self.year)
        return str(Quarter(self.year, self.quarter))

    def period_as_of(self, today: date) -> Period:
        """The days counted so far: the whole period once over, else up to today."""
        end = min(self.end, max(today, self.start))
        label = self.period_label if end == self.end else f"{self.period_label} to date"
        return Period(self.start, end, label)

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end


GOAL_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(GoalFields))


@dataclass(frozen=True, kw_only=True)
class Goal(GoalFields):
    id: int
    version: int = 1
    created_at: datetime | None = None

    def as_fields(self) -> GoalFields:
        return GoalFields(**{name: getattr(self, name) for name in GOAL_FIELD_NAMES})

    @property
    def label(self) -> str:
        figure = GOAL_FIGURES.get(self.figure)
        return figure.label if figure else self.figure


def elapsed_share(start: date, end: date, today: date) -> float:
    """How much of the period has gone by on `today`, today included: 0 before, 1 after."""
    if today < start:
        return 0.0
    if today >= end:
        return 1.0
    return ((today - start).days + 1) / ((end - start).days + 1)


def pace(actual: int, target: int, start: date, end: date, today: date) -> Pace:
    """Where a goal stands against a straight line from nothing to its target."""
    if today < start:
        return Pace.NOT_STARTED
    if today > end:
        return Pace.MET if actual >= target else Pace.MISSED
    if actual >= target:
        return Pace.MET
    expected = target * elapsed_share(start, end, today)
    if actual >= expected * (1 + PACE_TOLERANCE) and actual > 0:
        return Pace.AHEAD
    if actual >= expected * (1 - PACE_TOLERANCE):
        return Pace.ON_TRACK
    return Pace.BEHIND


@dataclass(frozen=True, kw_only=True)
class GoalProgress:
    goal: Goal
    actual: int
    expected: float  # where the straight line to the target stands on the day
    pace: Pace
    as_of: date

    @property
    def share(self) -> float:
        """Progress as a fraction of the target (may pass 1)."""
        return self.actual / self.goal.target if self.goal.target else 0.0


def progress_of(goal: Goal, actual: int, today: date) -> GoalProgress:
    return GoalProgress(
        goal=goal,
        actual=actual,
        expected=goal.target * elapsed_share(goal.start, goal.end, today),
        pace=pace(actual, goal.target, goal.start, goal.end, today),
        as_of=today,
    )


def validate_goal(goal: GoalFields, where: str = "") -> list[Problem]:
    problems: list[Problem] = []

    def bad(field: str, value: object, message: str) -> None:
        problems.append(Problem(where, field, None if value is None else str(value), message))

    if goal.figure not in GOAL_FIGURES:
        bad("figure", goal.figure, f"allowed: {', '.join(GOAL_FIGURES)}")
    if not isinstance(goal.period_kind, PeriodKind):
        bad("period", goal.period_kind, "allowed: quarter, year")
    if (
        isinstance(goal.target, bool)
        or not isinstance(goal.target, int)
        or not 1 <= goal.target <= TARGET_MAX
    ):
        bad("target", goal.target, f"a whole number from 1 to {TARGET_MAX:,}")
    if not 1900 <= goal.year <= 2100:
        bad("year", goal.year, "a year between 1900 and 2100")
    if goal.period_kind is PeriodKind.QUARTER and goal.quarter not in (1, 2, 3, 4):
        bad("quarter", goal.quarter, "a quarter from 1 to 4")
    if goal.period_kind is PeriodKind.YEAR and goal.quarter is not None:
        bad("quarter", goal.quarter, "a goal for a year has no quarter")
    if len(goal.notes) > NOTES_MAX:
        bad("notes", None, f"at most {NOTES_MAX} characters")
    if message := text_problem(goal.notes, multiline=True):
        bad("notes", None, message)
    return problems
