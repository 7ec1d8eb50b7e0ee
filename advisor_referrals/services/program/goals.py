"""SMART goals: set, edit, remove, and their progress and pace counted as the report counts
(docs/design.md, "Metrics": goals and pace)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_referrals.domain.errors import Problem
from advisor_referrals.domain.goals import (
    GOAL_FIGURES,
    Goal,
    GoalFields,
    GoalProgress,
    PeriodKind,
    progress_of,
    validate_goal,
)
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.services.metrics.quarterly import MetricsService
from advisor_referrals.services.program.records import SimpleRecords
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import GoalRow
from advisor_referrals.storage.program_rows import goal_columns, goal_from_row


def describe_goal(goal: Any) -> str:
    figure = GOAL_FIGURES.get(goal.figure)
    label = figure.label.lower() if figure else goal.figure
    period = str(goal.year) if goal.quarter is None else f"{goal.year}Q{goal.quarter}"
    return f"the goal of {goal.target:,} {label} in {period}"


def _check(_session: Session, fields: GoalFields) -> list[Problem]:
    return validate_goal(fields)


class GoalService:
    def __init__(self, book: Book, metrics: MetricsService) -> None:
        self.book = book
        self.metrics = metrics
        self.records: SimpleRecords[GoalRow, GoalFields, Goal] = SimpleRecords(
            book,
            GoalRow,
            "goal",
            columns=goal_columns,
            load=goal_from_row,
            check=_check,
            describe=describe_goal,
            fields_of=lambda goal: goal.as_fields(),
        )

    # Reading

    def all(self) -> list[Goal]:
        """Every goal, the latest periods first."""
        with self.book.session() as session:
            rows = session.scalars(
                select(GoalRow).order_by(
                    GoalRow.year.desc(), GoalRow.quarter.desc().nulls_last(), GoalRow.id
                )
            ).all()
            return [goal_from_row(row) for row in rows]

    def covering(self, first: date, last: date) -> list[Goal]:
        """Goals whose period overlaps the days from `first` to `last`."""
        years = range(first.year, last.year + 1)
        with self.book.session() as session:
            rows = session.scalars(
                select(GoalRow)
                .where(GoalRow.year.in_(list(years)))
                .order_by(GoalRow.year, GoalRow.quarter.nulls_first(), GoalRow.id)
            ).all()
            goals = [goal_from_row(row) for row in rows]
        return [g for g in goals if g.start <= last and g.end >= first]

    def get(self, goal_id: int) -> Goal:
        return self.records.get(goal_id)

    # Progress

    def progress(self, goals: Sequence[Goal], as_of: date) -> list[GoalProgress]:
        """Each goal's figure counted up to `as_of` (its period's end once over), with pace.

        Goals of the same period are counted together, once per figure.
        """
        by_period: dict[tuple[date, date], list[Goal]] = {}
        for goal in goals:
            period = goal.period_as_of(as_of)
            by_period.setdefault((period.start, period.end), []).append(goal)
        groups = [g for g in by_period.values() if as_of >= g[0].start]
        counted = self.metrics.goal_figures_for(
            [(g[0].period_as_of(as_of), sorted({goal.figure for goal in g})) for g in groups]
        )
        actual: dict[int, int] = {}
        for group, counts in zip(groups, counted, strict=True):
            for goal in group:
                actual[goal.id] = counts.get(goal.figure, 0)
        return [progress_of(goal, actual.get(goal.id, 0), as_of) for goal in goals]

    def current(self, today: date | None = None) -> list[GoalProgress]:
        """Goals for this quarter and this year, with where they stand today."""
        day = today or date.today()
        quarter = Quarter.containing(day)
        goals = [
            g
            for g in self.covering(day, day)
            if g.period_kind is PeriodKind.YEAR or g.quarter == quarter.number
        ]
        return self.progress(goals, day)

    # Writing

    def add(self, fields: GoalFields) -> Goal:
        return self.records.add(fields)

    def update(self, goal_id: int, expected_version: int, fields: GoalFields) -> Goal:
        return self.records.update(goal_id, expected_version, fields)

    def delete(self, goal_id: int, expected_version: int) -> Goal:
        return self.records.delete(goal_id, expected_version)

    def reinstate(self, goal: Goal) -> Goal:
        return self.records.reinstate(goal, goal.id)
