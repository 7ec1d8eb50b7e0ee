"""Today reads the program's goals, rewards due and event guests in one statement; what
it reads must be what the report and the program's own lists say."""

from __future__ import annotations

from datetime import date

from advisor_referrals.domain.goals import GOAL_FIGURES, PeriodKind
from advisor_referrals.domain.period import Period
from advisor_referrals.domain.practice import Scope
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.demo.demo_book import make_demo_book
from advisor_referrals.services.metrics.goal_figures import GOAL_EXPRESSIONS
from advisor_referrals.services.registry import BookServices
from advisor_referrals.storage.book import Book
from tests.support.round_trips import RoundTrips

TODAY = date(2026, 5, 20)


def test_todays_program_is_one_statement_and_agrees_with_the_report(book: Book) -> None:
    make_demo_book(book, clients=400, seed=11, today=TODAY)
    services = BookServices.for_book(book, RENDERERS)
    trips = RoundTrips().attach(book.engine)
    try:
        found = services.program_today.load(TODAY, 10)
    finally:
        trips.detach(book.engine)
    reads = [s for s in trips.log if s.startswith(("SELECT", "WITH"))]
    assert len(reads) == 1, trips.log

    # Goals: the report's way of counting, goal by goal.
    expected = {p.goal.id: p for p in services.goals.current(TODAY)}
    assert expected, "the demo book sets goals for this quarter and year"
    assert [p.goal.id for p in found.goals] == list(expected)
    for progress in found.goals:
        assert progress.actual == expected[progress.goal.id].actual, progress.goal.figure
        assert progress.pace == expected[progress.goal.id].pace

    # Rewards and guests: what the program's own lists hold.
    rewards, total = services.rewards.due(TODAY, 10)
    assert (found.rewards, found.rewards_total) == (rewards, total)
    guests, waiting = services.events.to_follow_up(TODAY, 10)
    assert (found.guests, found.guests_total) == (guests, waiting)
    assert found.rewards or found.guests


def test_every_goal_figure_has_its_one_statement_form_equal_to_the_reports(book: Book) -> None:
    make_demo_book(book, clients=400, seed=3, today=TODAY)
    services = BookServices.for_book(book, RENDERERS)
    assert set(GOAL_EXPRESSIONS) == set(GOAL_FIGURES)
    quarter = Quarter.containing(TODAY).previous()
    for period in (Period.of_quarter(quarter), Period(date(2025, 1, 1), TODAY, "to date")):
        counted = services.metrics.goal_figures(period, sorted(GOAL_FIGURES))
        assert any(counted.values())
        with book.session() as session:
            for key, make in GOAL_EXPRESSIONS.items():
                assert session.scalar(make(period).subquery().select()) == counted[key], key


def test_rewards_and_guests_follow_the_scope_goals_stay_the_practices(book: Book) -> None:
    make_demo_book(book, clients=300, seed=7, today=TODAY)
    services = BookServices.for_book(book, RENDERERS)
    everyone = services.program_today.load(TODAY, 50)
    nobody = services.program_today.load(TODAY, 50, Scope.of_advisor("no-such-advisor"))
    assert everyone.rewards_total + everyone.guests_total > 0
    assert (nobody.rewards, nobody.guests, nobody.rewards_total) == ([], [], 0)
    assert [p.actual for p in nobody.goals] == [p.actual for p in everyone.goals]
    assert {p.goal.period_kind for p in everyone.goals} == {PeriodKind.QUARTER, PeriodKind.YEAR}
