"""The referral program's use cases on both backends: goals, programs and their rewards,
client events and their guests, and what works."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from advisor_referrals.domain.asks import AskFields, AskMethod, AskOutcome
from advisor_referrals.domain.client_events import EventFields, Rsvp
from advisor_referrals.domain.contacts import ContactFields
from advisor_referrals.domain.enums import CompensationKind, ReferralStatus, Relationship
from advisor_referrals.domain.errors import BookError, ConflictError
from advisor_referrals.domain.goals import GoalFields, Pace, PeriodKind
from advisor_referrals.domain.period import Period
from advisor_referrals.domain.program import (
    Audience,
    ProgramFields,
    ProgramKind,
    RewardKind,
    RewardWhen,
)
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.domain.referral_sources import HowHeard
from advisor_referrals.domain.what_works import Dimension
from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.registry import BookServices
from advisor_referrals.storage.book import Book
from tests.support.referrals import audit_summaries, client, person, prospect, referral

TODAY = date.today()
QUARTER = Quarter.containing(TODAY)


@pytest.fixture
def services(book: Book) -> BookServices:
    return BookServices.for_book(book, RENDERERS)


def test_a_goal_moves_when_a_referral_is_recorded_and_counts_as_the_report_does(
    book: Book, services: BookServices
) -> None:
    ana = client(book, "Ana", "Souza")
    goal = services.goals.add(
        GoalFields(
            figure="referrals_received",
            target=4,
            period_kind=PeriodKind.QUARTER,
            year=QUARTER.year,
            quarter=QUARTER.number,
            notes="Two a month from engaged clients",
        )
    )
    [before] = services.goals.current(TODAY)
    assert (before.goal.id, before.actual) == (goal.id, 0)
    referral(book, ana, prospect(book, "Lucas", "Martin"), TODAY)
    referral(book, ana, prospect(book, "Intended", "Friend"), TODAY, status=ReferralStatus.INTENDED)
    [after] = services.goals.current(TODAY)
    report = services.metrics.quarter_to_date(TODAY)
    assert after.actual == report.referrals_received == 1
    assert after.pace in (Pace.ON_TRACK, Pace.AHEAD, Pace.BEHIND)
    # The year's goal on the same figure counts the same referral.
    year = services.goals.add(
        GoalFields(
            figure="referrals_received",
            target=1,
            period_kind=PeriodKind.YEAR,
            year=TODAY.year,
            quarter=None,
        )
    )
    progress = {p.goal.id: p for p in services.goals.current(TODAY)}
    assert progress[year.id].actual == 1 and progress[year.id].pace is Pace.MET


def test_goal_figures_agree_with_the_quarterly_metrics(book: Book, services: BookServices) -> None:
    coi = person(book, "Carla", "Price", relationship=Relationship.CENTER_OF_INFLUENCE)
    ana = client(book, "Ana", "Souza")
    referral(book, coi, prospect(book, "A", "One"), TODAY)
    referral(book, ana, prospect(book, "B", "Two"), TODAY, status=ReferralStatus.CONVERTED)
    period = Period.quarter_to_date(TODAY)
    figures = services.metrics.goal_figures(
        period,
        [
            "referrals_received",
            "referrals_from_cois",
            "referrals_from_engaged",
            "referrals_converted",
        ],
    )
    m = services.metrics.compute(period)
    assert figures == {
        "referrals_received": m.referrals_received,
        "referrals_from_cois": m.referrals_by_source["center_of_influence"],
        "referrals_from_engaged": m.detail.referrals_by_segment["engaged"],
        "referrals_converted": m.referrals_converted,
    }
    assert figures["referrals_converted"] == 1


def test_the_asks_made_goal_counts_logged_asks_as_the_report_does(
    book: Book, services: BookServices
) -> None:
    ana = client(book, "Ana", "Souza")
    bob = client(book, "Bob", "Kim")
    goal = services.goals.add(
        GoalFields(
            figure="asks_made",
            target=2,
            period_kind=PeriodKind.QUARTER,
            year=QUARTER.year,
            quarter=QUARTER.number,
        )
    )
    [before] = services.goals.current(TODAY)
    assert (before.goal.id, before.actual) == (goal.id, 0)
    for who in (ana, bob):
        services.asks.log(
            AskFields(
                contact_id=who.id,
                asked_on=TODAY,
                method=AskMethod.CALL,
                outcome=AskOutcome.WILL_THINK,
            )
        )
    [after] = services.goals.current(TODAY)
    report = services.metrics.quarter_to_date(TODAY)
    assert after.actual == report.asks == 2
    assert after.pace is Pace.MET


def test_the_advisors_time_on_asks_counts_in_the_cost_per_new_client(
    book: Book, services: BookServices
) -> None:
    ana = client(book, "Ana", "Souza")
    referral(book, ana, prospect(book, "Lucas", "Martin"), TODAY, status=ReferralStatus.CONVERTED)
    period = Period.quarter_to_date(TODAY)
    before = services.what_works.compute(period).book
    ask = services.asks.log(
        AskFields(
            contact_id=ana.id,
            asked_on=TODAY,
            method=AskMethod.REVIEW,
            outcome=AskOutcome.INTRODUCED,
            minutes=30,
        )
    )
    assert services.asks.get(ask.id).minutes == 30
    works = services.what_works.compute(period)
    assert works.book.minutes == before.minutes + 30
    assert works.book.cost == before.cost + works.hourly_value / 2
    assert works.book.new_clients == 1 and works.book.cost_per_new_client == works.book.cost
    # An ask from another quarter costs nothing in this one.
    services.asks.log(
        AskFields(
            contact_id=ana.id,
            asked_on=period.start - timedelta(days=1),
            method=AskMethod.CALL,
            outcome=AskOutcome.NOT_NOW,
            minutes=45,
        )
    )
    assert services.what_works.compute(period).book.minutes == works.book.minutes


def limited_program(**changes: object) -> ProgramFields:
    values: dict[str, object] = {
        "name": "Spring introductions",
        "kind": ProgramKind.LIMITED_TIME,
        "starts_on": TODAY - timedelta(days=10),
        "ends_on": TODAY + timedelta(days=20),
        "audience": Audience.CLIENTS,
        "reward_kind": RewardKind.GIFT_CARD,
        "reward_value": Decimal("75.00"),
        "reward_when": RewardWhen.INTRODUCTION,
        "reward_text": "A $75 restaurant gift card",
        "friend_offer": "A complimentary second opinion on their plan",
        "kit_wording": "Until the end of the month, introduce a friend and dinner is on us.",
    }
    values.update(changes)
    return ProgramFields(**values)  # type: ignore[arg-type]


def test_a_compensated_reward_enters_the_marketing_rule_ledger_by_itself(
    book: Book, services: BookServices
) -> None:
    ana = client(book, "Ana", "Souza")
    program = services.programs.add(limited_program())
    assert services.programs.suggest(ana.id, TODAY) == program
    assert services.programs.suggest(ana.id, TODAY + timedelta(days=30)) is None
    recorded = referral(book, ana, prospect(book, "Lucas", "Martin"), TODAY, program_id=program.id)
    assert recorded.compensation is not None
    assert (recorded.compensation.kind, recorded.compensation.value) == (
        CompensationKind.GIFT,
        Decimal("75.00"),
    )
    [row] = services.compliance.ledger()
    assert row.referral_id == recorded.id and "No disclosure delivered" in row.warnings
    reward = services.rewards.for_referral(recorded.id)
    assert reward is not None and reward.owed
    assert reward.due_on == TODAY + timedelta(days=14)
    due, total = services.rewards.due(TODAY + timedelta(days=7))
    assert total == 1 and due[0].referrer_name == "Ana Souza"
    given = services.rewards.set_given(reward.id, reward.version, TODAY)
    assert not given.owed
    assert services.rewards.due(TODAY + timedelta(days=7))[1] == 0
    assert any("entered the Marketing Rule ledger" in s for s in audit_summaries(book))


def test_a_reward_earned_on_becoming_a_client_comes_and_goes_with_the_step(
    book: Book, services: BookServices
) -> None:
    ana = client(book, "Ana", "Souza")
    program = services.programs.add(
        limited_program(
            kind=ProgramKind.EVERGREEN,
            starts_on=None,
            ends_on=None,
            reward_kind=RewardKind.INVITATION,
            reward_value=None,
            reward_when=RewardWhen.BECAME_CLIENT,
        )
    )
    made = referral(book, ana, prospect(book, "Lucas", "Martin"), TODAY, program_id=program.id)
    assert services.rewards.for_referral(made.id) is None
    change = services.referrals.set_status(made.id, made.version, ReferralStatus.CONVERTED, TODAY)
    reward = services.rewards.for_referral(made.id)
    assert reward is not None and reward.kind is RewardKind.INVITATION
    assert change.referral.compensation is None  # an invitation is not compensation
    services.referrals.restore(change.undo)
    assert services.rewards.for_referral(made.id) is None


def test_a_program_with_referrals_is_retired_not_deleted(
    book: Book, services: BookServices
) -> None:
    ana = client(book, "Ana", "Souza")
    program = services.programs.add(limited_program())
    referral(book, ana, prospect(book, "Lucas", "Martin"), TODAY, program_id=program.id)
    with pytest.raises(BookError, match="stays in the book"):
        services.programs.delete(program.id, program.version)
    unused = services.programs.add(limited_program(name="Unused"))
    deleted = services.programs.delete(unused.id, unused.version)
    assert services.programs.reinstate(deleted).name == "Unused"
    with pytest.raises(ConflictError):
        services.programs.update(program.id, program.version + 5, limited_program())


def test_an_event_guest_becomes_a_client_and_shows_in_the_results(
    book: Book, services: BookServices
) -> None:
    ana = client(book, "Ana", "Souza")
    bob = client(book, "Bob", "Kim")
    held = TODAY - timedelta(days=3)
    event = services.events.add(
        EventFields(
            name="Wine tasting",
            held_on=held,
            place="Harbour Room",
            capacity=40,
            cost=Decimal("1200.00"),
            minutes=240,
        )
    )
    invitations = services.events.invite(event.id, [ana.id, bob.id], guest_places=2)
    assert [i.contact_name for i in services.events.invitations(event.id)] == [
        "Bob Kim",
        "Ana Souza",
    ]
    first = invitations[0]
    services.events.answer(first.id, first.version, rsvp=Rsvp.YES, guest_places=2, attended=True)
    added = services.events.add_guest(
        event.id, ana.id, new_person=ContactFields(first_name="Nora", last_name="Quinn")
    )
    assert added.guest.host_name == "Ana Souza" and added.guest.contact_name == "Nora Quinn"
    made = services.referrals.get(added.referral_id)
    assert (made.channel.value if made.channel else None, made.how_heard) == (
        "event",
        HowHeard.EVENT,
    )
    assert made.received_on == held
    waiting, total = services.events.to_follow_up(TODAY)
    assert total == 1 and waiting[0].contact_name == "Nora Quinn"
    services.referrals.set_status(made.id, made.version, ReferralStatus.CONVERTED, TODAY)
    results = services.events.results(event.id)
    assert (results.invited, results.coming, results.guests, results.converted) == (2, 1, 1, 1)
    assert results.cost_per_new_client == Decimal("1200.00")
    assert services.events.to_follow_up(TODAY)[1] == 0
    works = services.what_works.compute(Period.quarter_to_date(TODAY))
    [row] = [o for o in works.of(Dimension.EVENT) if o.label == "Wine tasting"]
    assert (row.referrals, row.new_clients) == (1, 1)
    assert row.cost == Decimal("1200.00") + works.hourly_value * 4
    with pytest.raises(BookError, match="remove the guests first"):
        services.events.delete(event.id, services.events.get(event.id).version)


def test_undoing_a_guest_takes_back_the_prospect_and_the_referral(
    book: Book, services: BookServices
) -> None:
    ana = client(book, "Ana", "Souza")
    event = services.events.add(EventFields(name="Picnic", held_on=TODAY))
    added = services.events.add_guest(
        event.id, ana.id, new_person=ContactFields(first_name="Nora", last_name="Quinn")
    )
    services.events.remove_guest(added)
    assert services.events.guests(event.id) == []
    assert services.referrals.for_contact(ana.id) == []
    assert services.contact_table.relationship_counts()[Relationship.PROSPECT] == 0


def test_a_kit_code_recorded_as_how_they_heard_is_counted(
    book: Book, services: BookServices
) -> None:
    ana = client(book, "Ana", "Souza")
    code = services.kits.preview(ana.id, page_size=_letter()).client.code
    assert len(code) == 5
    services.kits.record_printed(services.kits.preview(ana.id, _letter()))
    [entry] = services.kits.history(ana.id)
    referral(
        book,
        ana,
        prospect(book, "Lucas", "Martin"),
        TODAY,
        how_heard=HowHeard.KIT_CARD,
        kit_code=f"{entry.code}-3",
    )
    works = services.what_works.compute(Period.quarter_to_date(TODAY))
    [kit] = [o for o in works.of(Dimension.KIT) if o.key]
    assert kit.key == entry.code and "Ana Souza" in kit.label and kit.referrals == 1


def _letter():  # type: ignore[no-untyped-def]
    from advisor_referrals.domain.kits import PageSize

    return PageSize.LETTER


def test_a_kit_prints_its_code_on_every_card_and_the_program_running_for_its_client(
    book: Book, services: BookServices
) -> None:
    from tests.support.pdf import page_texts

    ana = client(book, "Ana", "Souza")
    coi = person(book, "Carla", "Price", relationship=Relationship.CENTER_OF_INFLUENCE)
    services.programs.add(limited_program())
    services.programs.add(limited_program(name="Ended", kit_wording="Old offer", active=False))
    kit = services.kits.preview(ana.id, _letter())
    text = " ".join(" ".join(page_texts(kit.data)).split())
    assert "introduce a friend and dinner is on us" in text
    assert "Old offer" not in text
    codes = {f"{kit.client.code}-{n}" for n in range(1, 9)}
    assert sum(code in text for code in codes) >= 4  # a sheet of cards, each numbered
    # A centre of influence is not among the clients the program is for.
    other = services.kits.preview(coi.id, _letter())
    assert "dinner is on us" not in " ".join(page_texts(other.data))
    assert other.client.code != kit.client.code


def test_every_goal_figure_has_its_counting_function() -> None:
    from advisor_referrals.domain.goals import GOAL_FIGURES
    from advisor_referrals.services.metrics.goal_figures import GOAL_COUNTERS

    assert list(GOAL_FIGURES) == list(GOAL_COUNTERS)
