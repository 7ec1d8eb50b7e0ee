"""The ask list: clients to raise referrals with now, ranked, each with its reasons.

One SQL query. The candidates come from the last 30 days of positive reviews and
triggers (both indexed by date), so the cost follows recent activity, not book size.
A client asked within the ask interval is left off (the fatigue guard): asks are their
own records (services/asks/), and a review may note a referral conversation too.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select, union

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
        today = today or date.today()
        interval = self.interval_days()
        recent = today - timedelta(days=RECENT_DAYS)
        asked_since = today - timedelta(days=interval)
        c = ContactRow

        positive = and_(
            ReviewRow.nps >= POSITIVE_NPS,
            ReviewRow.completed_on >= recent,
            ReviewRow.completed_on <= today,
        )
        in_window = and_(TriggerRow.occurred_on >= recent, TriggerRow.occurred_on <= today)
        pool = union(
            select(ReviewRow.contact_id.label("id")).where(positive),
            select(TriggerRow.contact_id.label("id")).where(in_window),
        ).subquery()

        latest_review = (
            select(ReviewRow.completed_on, ReviewRow.nps)
            .where(ReviewRow.contact_id == c.id, positive)
            .order_by(ReviewRow.completed_on.desc(), ReviewRow.nps.desc())
            .limit(1)
            .correlate(c)
        )
        latest_trigger = (
            select(TriggerRow.occurred_on, TriggerKindRow.label)
            .join(TriggerKindRow, TriggerKindRow.id == TriggerRow.kind_id)
            .where(TriggerRow.contact_id == c.id, in_window)
            .order_by(TriggerRow.occurred_on.desc(), TriggerRow.id.desc())
            .limit(1)
            .correlate(c)
        )
        review_on = latest_review.with_only_columns(ReviewRow.completed_on).scalar_subquery()
        review_nps = latest_review.with_only_columns(ReviewRow.nps).scalar_subquery()
        trigger_on = latest_trigger.with_only_columns(TriggerRow.occurred_on).scalar_subquery()
        trigger_label = latest_trigger.with_only_columns(TriggerKindRow.label).scalar_subquery()
        # The fatigue guard: the last time the client was asked, from the asks, or from a
        # review where the advisor noted a referral conversation.
        last_ask = (
            select(func.max(AskRow.asked_on))
            .where(AskRow.contact_id == c.id, AskRow.asked_on <= today)
            .scalar_subquery()
        )
        talked_at_review = (
            select(func.max(ReviewRow.completed_on))
            .where(
                ReviewRow.contact_id == c.id,
                ReviewRow.referral_conversation.is_(True),
                ReviewRow.completed_on <= today,
            )
            .scalar_subquery()
        )
        engaged = c.segment == Segment.ENGAGED.value
        tier_a = c.tier == Tier.A.value
        # Materialised so each correlated lookup runs once per candidate, not again for ranking.
        found = (
            select(
                c.id.label("id"),
                c.first_name.label("first_name"),
                c.last_name.label("last_name"),
                c.name_key.label("name_key"),
                c.preferred_name.label("preferred_name"),
                c.segment.label("segment"),
                c.tier.label("tier"),
                review_on.label("review_on"),
                review_nps.label("review_nps"),
                trigger_on.label("trigger_on"),
                trigger_label.label("trigger_label"),
                last_ask.label("last_ask"),
                talked_at_review.label("talked_at_review"),
            )
            .join(pool, pool.c.id == c.id)
            .where(
                c.relationship == Relationship.CLIENT.value,
                c.archived_on.is_(None),
                c.do_not_ask.is_(False),
                or_(engaged, tier_a),
                advisor_scope(c.advisor, scope.advisors),
            )
            .cte("ask_candidates")
            .prefix_with("MATERIALIZED")
        )
        f = found.c
        score = (
            case((f.review_on.is_not(None), 2), else_=0)
            + case((f.trigger_on.is_not(None), 1), else_=0)
            + case((f.segment == Segment.ENGAGED.value, 1), else_=0)
            + case((f.tier == Tier.A.value, 1), else_=0)
        )
        latest_event = func.coalesce(
            case(
                (f.review_on > f.trigger_on, f.review_on),
                else_=func.coalesce(f.trigger_on, f.review_on),
            ),
            literal(recent),
        )
        query: Any = select(
            f.id,
            f.first_name,
            f.last_name,
            f.preferred_name,
            f.segment,
            f.tier,
            f.review_on,
            f.review_nps,
            f.trigger_on,
            f.trigger_label,
            f.last_ask,
            f.talked_at_review,
        )
        # The last ask (or referral conversation at a review) must be older than the interval.
        for talked in (f.last_ask, f.talked_at_review):
            query = query.where(or_(talked.is_(None), talked <= asked_since))
        query = query.order_by(
            score.desc(),
            latest_event.desc(),
            *name_order(f),
            f.id,
        )
        if limit is not None:
            query = query.limit(limit)
        with self.book.session() as session:
            rows = session.execute(query).all()
        return [_candidate(row, interval) for row in rows]

    def count(self, today: date | None = None, *, scope: Scope = EVERYONE) -> int:
        return len(self.candidates(today, limit=None, scope=scope))


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
