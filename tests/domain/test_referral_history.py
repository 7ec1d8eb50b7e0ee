"""A referral's history made whole from its own dates (docs/design.md, "Metrics")."""

from __future__ import annotations

from datetime import date

from advisor_referrals.domain.enums import ReferralStatus as S
from advisor_referrals.domain.referral_history import (
    DatedMove,
    completed_history,
    implied_history,
    status_on,
)
from advisor_referrals.domain.referrals import ReferralFields

D = date.fromisoformat


def referral(status: S, received: str = "2026-03-20", **dates: str) -> ReferralFields:
    return ReferralFields(
        referrer_id=1,
        referred_id=2,
        received_on=D(received),
        status=status,
        **{name: D(value) for name, value in dates.items()},
    )


def test_a_referral_still_new_or_intended_was_created_so_on_the_day_it_came_in() -> None:
    assert implied_history(referral(S.NEW)) == [DatedMove(None, S.NEW, D("2026-03-20"))]
    assert implied_history(referral(S.INTENDED)) == [DatedMove(None, S.INTENDED, D("2026-03-20"))]


def test_a_converted_referral_went_through_its_first_contact_to_its_conversion() -> None:
    fields = referral(S.CONVERTED, first_contacted_on="2026-03-22", converted_on="2026-04-10")
    history = implied_history(fields)
    assert history == [
        DatedMove(None, S.NEW, D("2026-03-20")),
        DatedMove(S.NEW, S.CONTACTED, D("2026-03-22")),
        DatedMove(S.CONTACTED, S.CONVERTED, D("2026-04-10")),
    ]
    # At the end of Q1 it was contacted; converted only in Q2.
    assert status_on(history, D("2026-03-31")) is S.CONTACTED
    assert status_on(history, D("2026-06-30")) is S.CONVERTED
    assert status_on(history, D("2026-03-19")) is None


def test_a_move_without_a_date_of_its_own_is_dated_the_last_day_the_referral_knows() -> None:
    lost = referral(S.LOST, first_contacted_on="2026-04-02")
    assert implied_history(lost)[-1] == DatedMove(S.CONTACTED, S.LOST, D("2026-04-02"))
    never_reached = referral(S.NOT_A_FIT)
    assert implied_history(never_reached) == [
        DatedMove(None, S.NEW, D("2026-03-20")),
        DatedMove(S.NEW, S.NOT_A_FIT, D("2026-03-20")),
    ]


def test_a_partial_history_gets_its_creation_and_its_last_move() -> None:
    fields = referral(S.CONVERTED, converted_on="2026-05-01")
    given = [DatedMove(S.NEW, S.MEETING, D("2026-04-01"))]
    assert completed_history(fields, given) == [
        DatedMove(None, S.NEW, D("2026-03-20")),
        DatedMove(S.NEW, S.MEETING, D("2026-04-01")),
        DatedMove(S.MEETING, S.CONVERTED, D("2026-05-01")),
    ]


def test_dates_never_go_back_and_a_whole_history_is_kept() -> None:
    # The conversion date was edited to before a later-dated move: that move follows it.
    fields = referral(S.CONVERTED, converted_on="2026-03-25")
    given = [
        DatedMove(None, S.NEW, D("2026-03-20")),
        DatedMove(S.NEW, S.MEETING, D("2026-04-01")),
        DatedMove(S.MEETING, S.CONVERTED, D("2026-04-05")),
    ]
    assert [m.on for m in completed_history(fields, given)] == [
        D("2026-03-20"),
        D("2026-03-25"),
        D("2026-03-25"),
    ]
    whole = completed_history(referral(S.MEETING), given[:2])
    assert whole == given[:2]
