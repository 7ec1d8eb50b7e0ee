"""The referral program on paper, read back: the quarterly report's program page for a
quarter of the demo book, and the written plan ("Print our referral program")."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from advisor_referrals.domain.period import Period
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.demo.demo_book import make_demo_book
from advisor_referrals.services.registry import BookServices
from advisor_referrals.storage.book import Book
from tests.support.pdf import page_texts

TODAY = date.today()


def flat(pages: list[str]) -> str:
    return re.sub(r"\s+", " ", "\n".join(pages))


def test_the_report_shows_goals_programs_events_and_the_cost_of_a_new_client(
    book: Book, tmp_path: Path
) -> None:
    make_demo_book(book, clients=250, seed=1, today=TODAY)
    services = BookServices.for_book(book, RENDERERS)
    quarter = Quarter.containing(TODAY).previous()
    out = services.quarterly_report.export(quarter, tmp_path / "report.pdf", today=TODAY)
    pages = page_texts(out.read_bytes())
    [page] = [p for p in pages if "REFERRAL PROGRAM" in p]
    text = flat([page])
    works = services.what_works.compute(Period.of_quarter(quarter))
    cost = works.book.cost_per_new_client
    shown = "n/a" if cost is None else f"${cost:,.0f}"
    assert f"{shown} Cost per new client from referrals" in text
    assert "Field benchmark $3,100 for any new client" in text
    assert "Referred clients convert about 30% better" in text
    # Goals: last quarter's, counted as the report's own figures count them.
    goals = services.goals.progress(
        services.goals.covering(quarter.start, quarter.end), quarter.end
    )
    assert goals, "the demo book sets goals for last quarter"
    received = next(g for g in goals if g.goal.figure == "referrals_received" and g.goal.quarter)
    assert received.actual == services.metrics.quarter(quarter).referrals_received
    assert f"Referrals received {quarter} {received.goal.target:,} {received.actual:,}" in text
    # Programs that ran in the quarter, and the event held in it.
    assert "Programs" in text and "Client appreciation dinner" in text
    [event] = [e for e in services.events.all() if quarter.start <= e.held_on <= quarter.end]
    assert "Client events" in text and event.name in text
    assert f"{event.held_on.isoformat()} {event.name}" in text
    assert "What works: channels" in text


def test_the_written_plan_lists_programs_goals_asks_and_compliance_terms(
    book: Book, tmp_path: Path
) -> None:
    make_demo_book(book, clients=250, seed=1, today=TODAY)
    services = BookServices.for_book(book, RENDERERS)
    out = services.program_plan.write(tmp_path / "plan.pdf", today=TODAY)
    text = flat(page_texts(out.read_bytes()))
    assert "Our referral program" in text
    assert "Why clients recommend us" in text and "Life event handled well" in text
    assert "Our goals" in text and "Reviews held with engaged clients" in text
    assert "Give back this season" in text and "Limited time" in text
    assert "Summer thank-you" not in text  # last year's, over
    assert "Who asks whom, and when" in text and "never twice within 90 days" in text
    assert "Compensation under the SEC Marketing Rule" in text
    assert "Not compensation: an invitation to an event held for clients" in text
    assert "$250.00 an hour" in text
