"""A referral's dated history: the moves its own dates imply, and a history made whole.

The quarterly figures are counted as of a quarter's end from this history, never from
today's status (docs/design.md, "Metrics"), so every way a referral enters the book
writes it whole: recorded in the app, loaded from a book file, made by the demo, or
already in a book when the history was first completed (migration 0007).

A whole history starts with the move that created the referral (from no status, dated
the day it was received), ends at the referral's status, and its dates never go back:
the status on any day is the last move dated on or before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from advisor_referrals.domain.enums import ReferralStatus
from advisor_referrals.domain.referrals import ReferralFields

# The stages of the funnel, each reached by a move into it or into a later stage.
FUNNEL_STAGES: tuple[tuple[str, frozenset[ReferralStatus]], ...] = (
    (
        "first_contact",
        frozenset({ReferralStatus.CONTACTED, ReferralStatus.MEETING, ReferralStatus.CONVERTED}),
    ),
    ("meeting", frozenset({ReferralStatus.MEETING, ReferralStatus.CONVERTED})),
    ("converted", frozenset({ReferralStatus.CONVERTED})),
)


@dataclass(frozen=True)
class DatedMove:
    """One step of the history: from a status (None when the referral was created) to another."""

    from_status: ReferralStatus | None
    to_status: ReferralStatus
    on: date


def _known_day(fields: ReferralFields) -> date:
    """The latest day the referral's own dates vouch for."""
    days = [fields.received_on, fields.first_contacted_on, fields.converted_on]
    return max(d for d in days if d is not None)


def _day_of(fields: ReferralFields, status: ReferralStatus) -> date:
    """When a referral reached `status`, as far as its own dates tell.

    Contacted is the first contact, converted the conversion; a move with no date of its
    own (a meeting, not a fit, lost) is dated the latest day the referral's dates vouch for.
    """
    if status is ReferralStatus.CONTACTED and fields.first_contacted_on is not None:
        return max(fields.first_contacted_on, fields.received_on)
    if status is ReferralStatus.CONVERTED and fields.converted_on is not None:
        return max(fields.converted_on, fields.received_on)
    return _known_day(fields)


def implied_history(fields: ReferralFields) -> list[DatedMove]:
    """The moves a referral's own dates imply, for one that arrives without its history.

    It was created `intended` (or `new`) on the day it was received, reached `contacted`
    on its first contact when it went on from there, and reached its status on that
    status's day (see `_day_of`).
    """
    start = (
        ReferralStatus.INTENDED if fields.status is ReferralStatus.INTENDED else ReferralStatus.NEW
    )
    moves = [DatedMove(None, start, fields.received_on)]
    if fields.status is start:
        return moves
    final = _day_of(fields, fields.status)
    current = start
    contacted = fields.first_contacted_on
    passes_contact = fields.status is not ReferralStatus.NEW
    if passes_contact and contacted is not None and fields.received_on <= contacted <= final:
        moves.append(DatedMove(current, ReferralStatus.CONTACTED, contacted))
        current = ReferralStatus.CONTACTED
    if fields.status is not current:
        moves.append(DatedMove(current, fields.status, max(final, moves[-1].on)))
    return moves


def completed_history(fields: ReferralFields, moves: Sequence[DatedMove] = ()) -> list[DatedMove]:
    """`moves` (in the order they were made) made whole for the referral as it stands.

    No moves: the implied history. Moves without the creating one: it is put first, at
    the status the first move left. Moves that end elsewhere than the referral's status:
    a last move to it, dated as `_day_of` says (never before the move before it). Then the
    dates are put in order (`in_order`).
    """
    if not moves:
        return implied_history(fields)
    whole = list(moves)
    first = whole[0]
    if first.from_status is not None:
        whole.insert(0, DatedMove(None, first.from_status, fields.received_on))
    last = whole[-1]
    if last.to_status is not fields.status:
        on = max(_day_of(fields, fields.status), last.on)
        whole.append(DatedMove(last.to_status, fields.status, on))
    return in_order(fields, whole)


def in_order(fields: ReferralFields, moves: Sequence[DatedMove]) -> list[DatedMove]:
    """The moves with dates that agree with the referral and never go back.

    The creating move is dated the day the referral was received, and no move earlier;
    the last move to `converted` of a converted referral is dated its conversion; a move
    dated after a later one takes that one's date. An edit of the received or converted
    date re-dates the history this way (`services/referrals/moves.py`).
    """
    days = [max(move.on, fields.received_on) for move in moves]
    if moves and moves[0].from_status is None:
        days[0] = fields.received_on
    if (
        moves
        and fields.status is ReferralStatus.CONVERTED
        and fields.converted_on is not None
        and moves[-1].to_status is ReferralStatus.CONVERTED
    ):
        days[-1] = max(fields.converted_on, fields.received_on)
    for index in range(len(days) - 2, -1, -1):
        days[index] = min(days[index], days[index + 1])
    # A move already on its day is kept as it is (the value is frozen): a book file's import
    # puts hundreds of thousands of histories in order, and `replace` is slow.
    return [
        move if move.on == day else DatedMove(move.from_status, move.to_status, day)
        for move, day in zip(moves, days, strict=True)
    ]


def status_on(moves: Sequence[DatedMove], day: date) -> ReferralStatus | None:
    """The status the history gives on `day`: the last move dated on or before it."""
    found: ReferralStatus | None = None
    for move in moves:
        if move.on <= day:
            found = move.to_status
    return found
