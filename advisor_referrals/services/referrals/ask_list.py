"""The ask list: clients to raise referrals with now, ranked, each with its reasons.

One SQL query. The candidates come from the last 30 days of positive reviews and
triggers (both indexed by date), so the cost follows recent activity, not book size;
Today reads only the first few and the count.
A client asked within the ask interval is left off (the fatigue guard): asks are their
own records (services/asks/), and a review may note a referral conversation too.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import Date, and_, case, func, null, or_, select, union_all

from advisor_referrals.domain.asking import (
    DEFAULT_INTERVAL_DAYS,
    POSITIVE_NPS,
    RECENT_DAYS,
    AskCandidate,
    interval_problem,
)
from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.domain.errors import ValidationError
from advisor_referrals.domain.names import full_name, greeting_name
from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import (
    AskRow,
    ContactRow,
    ReviewRow,
    TriggerKindRow,
    TriggerRow,
    name_order,
)
from advisor_referrals.storage.scoping import advisor_scope

INTERVAL_KEY = "ask_interval_days"
EVERYONE = PRACTICE_SCOPE


class AskListService:
    def __init__(self, book: Book, settings: SettingsService) -> None:
        self.book = book
        self.settings = settings

    def interval_days(self) -> int:
        value = self.settings.get(INTERVAL_KEY, DEFAULT_INTERVAL_DAYS)
        return DEFAULT_INTERVAL_DAYS if interval_problem(value) else int(value)

    def set_interval_days(self, days: int) -> None:
        if problem := interval_problem(days):
            raise ValidationError([problem])
        self.settings.set(
            INTERVAL_KEY, days, summary=f"Set the referral ask interval to {days} days"
        )

    def candidates(
        self, today: date | None = None, limit: int | None = 50, *, scope: Scope = EVERYONE
    ) -> list[AskCandidate]:
        """Clients of `scope` to ask now, best first (docs/design.md, "A practice")."""
        return self.first_candidates(today, limit, scope=scope)[0]

    def first_candidates(
        self, today: date | None = None, limit: int | None = 50, *, scope: Scope = EVERYONE
    ) -> tuple[list[AskCandidate], int]:
        """The first `limit` candidates (all when None), best first, and how many there are.

        Set-based (docs/design.md, "Budgets"): each client's latest positive review and
        latest life event of the window are found by ranking those rows, and the fatigue
        guard is two lists of who was asked, or talked to at a review, within the interval.
        Only the rows returned look up what they show besides (the trigger's label, the
        last time asked). A lookup per candidate took seconds on a large book, where a
        month's life events name a fifth of the clients.
        """
        today = today or date.today()
        interval = self.interval_days()
        ranked = _ranked(today, interval, scope)
        f = ranked.c
        page = (
            select(*f, func.count().over().label("total"))
            .order_by(*_best_first(f))
            .limit(limit)
            .cte("ask_page")
            .prefix_with("MATERIALIZED")
        )
        p = page.c
        query = select(
            p.id,
            p.first_name,
            p.last_name,
            p.preferred_name,
            p.segment,
            p.tier,
            p.review_on,
            # The answer at that review (the higher of a day's two) and the kind of that
            # life event (the later recorded of a day's two), for the rows shown only.
            select(func.max(ReviewRow.nps))
            .where(
                ReviewRow.contact_id == p.id,
                ReviewRow.completed_on == p.review_on,
                ReviewRow.nps >= POSITIVE_NPS,
            )
            .scalar_subquery()
            .label("review_nps"),
            p.trigger_on,
            select(TriggerKindRow.label)
            .join(TriggerRow, TriggerRow.kind_id == TriggerKindRow.id)
            .where(TriggerRow.contact_id == p.id, TriggerRow.occurred_on == p.trigger_on)
            .order_by(TriggerRow.id.desc())
            .limit(1)
            .scalar_subquery()
            .label("trigger_label"),
            select(func.max(AskRow.asked_on))
            .where(AskRow.contact_id == p.id, AskRow.asked_on <= today)
            .scalar_subquery()
            .label("last_ask"),
            select(func.max(ReviewRow.completed_on))
            .where(
                ReviewRow.contact_id == p.id,
                ReviewRow.referral_conversation.is_(True),
                ReviewRow.completed_on <= today,
            )
            .scalar_subquery()
            .label("talked_at_review"),
            p.total,
        ).order_by(*_best_first(p))
        with self.book.session() as session:
            rows = session.execute(query).all()
        if not rows and limit != 0:
            return [], 0
        total = int(rows[0].total) if rows else self.count(today, scope=scope)
        return [_candidate(row[:-1], interval) for row in rows], total

    def count(self, today: date | None = None, *, scope: Scope = EVERYONE) -> int:
        today = today or date.today()
        ranked = _ranked(today, self.interval_days(), scope)
        with self.book.session() as session:
            return int(session.scalar(select(func.count()).select_from(ranked)) or 0)


def _ranked(today: date, interval: int, scope: Scope) -> Any:
    """Every candidate with what ranks them, as a materialised CTE."""
    recent = today - timedelta(days=RECENT_DAYS)
    asked_since = today - timedelta(days=interval)
    c = ContactRow
    r = ReviewRow
    t = TriggerRow
    positive = and_(r.nps >= POSITIVE_NPS, r.completed_on >= recent, r.completed_on <= today)
    in_window = and_(t.occurred_on >= recent, t.occurred_on <= today)
    # Each client's latest positive review and latest life event of the window, in one
    # grouping of the window's rows (both read by date from their indexes).
    no_day = null().cast(Date)
    events = union_all(
        select(r.contact_id.label("id"), r.completed_on.label("review_on"), no_day).where(positive),
        select(t.contact_id, no_day, t.occurred_on).where(in_window),
    ).subquery()
    e = events.c
    latest = (
        select(
            e.id.label("id"),
            func.max(e.review_on).label("review_on"),
            func.max(e[2]).label("trigger_on"),
        )
        .group_by(e.id)
        .subquery()
    )
    # The fatigue guard: asked within the interval (up to today), or a referral
    # conversation noted at a review within it. A last ask on or before `asked_since`
    # lets the client be asked again.
    asked = select(AskRow.contact_id).where(AskRow.asked_on > asked_since, AskRow.asked_on <= today)
    talked = select(r.contact_id).where(
        r.referral_conversation.is_(True), r.completed_on > asked_since, r.completed_on <= today
    )
    return (
        select(
            c.id.label("id"),
            c.first_name.label("first_name"),
            c.last_name.label("last_name"),
            c.name_key.label("name_key"),
            c.preferred_name.label("preferred_name"),
            c.segment.label("segment"),
            c.tier.label("tier"),
            latest.c.review_on,
            latest.c.trigger_on,
        )
        .select_from(latest.join(c, c.id == latest.c.id))
        .where(
            c.relationship == Relationship.CLIENT.value,
            c.archived_on.is_(None),
            c.do_not_ask.is_(False),
            or_(c.segment == Segment.ENGAGED.value, c.tier == Tier.A.value),
            advisor_scope(c.advisor, scope.advisors),
            c.id.not_in(asked),
            c.id.not_in(talked),
        )
        .cte("ask_candidates")
        .prefix_with("MATERIALIZED")
    )


def _best_first(f: Any) -> tuple[Any, ...]:
    """Reviews count twice a life event; engaged and tier A once each; then the latest
    event first, then by name."""
    score = (
        case((f.review_on.is_not(None), 2), else_=0)
        + case((f.trigger_on.is_not(None), 1), else_=0)
        + case((f.segment == Segment.ENGAGED.value, 1), else_=0)
        + case((f.tier == Tier.A.value, 1), else_=0)
    )
    latest_event = case(
        (f.review_on > f.trigger_on, f.review_on),
        else_=func.coalesce(f.trigger_on, f.review_on),
    )
    return (score.desc(), latest_event.desc(), *name_order(f), f.id)


def _candidate(row: Any, interval: int) -> AskCandidate:
    (cid, first, last, preferred, segment, tier, r_on, r_nps, t_on, t_label, a1, a2) = row
    asked = [d for d in (a1, a2) if d is not None]
    return AskCandidate(
        contact_id=cid,
        name=full_name(first, last),
        greeting=greeting_name(preferred, first, last),
        segment=Segment(segment),
        tier=Tier(tier) if tier else None,
        review_on=r_on,
        review_nps=r_nps,
        trigger_on=t_on,
        trigger_label=t_label,
        last_asked_on=max(asked) if asked else None,
        interval_days=interval,
    )
