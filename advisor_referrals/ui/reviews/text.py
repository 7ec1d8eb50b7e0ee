"""Words the Reviews feature shows for stored values, each through the translator."""

from __future__ import annotations

from advisor_referrals.domain.cadence import interval
from advisor_referrals.domain.engagement import Reason, ReasonCode
from advisor_referrals.domain.enums import ReviewKind, Segment, Tier
from advisor_referrals.ui.i18n import tr


def trn(context: str, text: str, n: int) -> str:
    """A count phrase, "%n day(s)"; English plurals when no translation is installed."""
    translated = tr(context, text, "", n)
    if "(s)" in translated:
        translated = translated.replace("(s)", "" if n == 1 else "s")
    return translated


def segment_text(segment: Segment) -> str:
    return {
        Segment.ENGAGED: tr("Segments", "Engaged"),
        Segment.CONTENT: tr("Segments", "Content"),
        Segment.COMPLACENT: tr("Segments", "Complacent"),
        Segment.DISGRUNTLED: tr("Segments", "Disgruntled"),
        Segment.UNKNOWN: tr("Segments", "Unknown"),
    }[segment]


def tier_text(tier: Tier | None) -> str:
    return tier.value if tier is not None else "—"


def kind_text(kind: ReviewKind | None) -> str:
    if kind is None:
        return ""
    return {
        ReviewKind.IN_PERSON: tr("Reviews", "In person"),
        ReviewKind.VIDEO: tr("Reviews", "Video call"),
        ReviewKind.PHONE: tr("Reviews", "Phone call"),
    }[kind]


def interval_text(per_year: int) -> str:
    step = interval(per_year)
    if step.months:
        return trn("Reviews", "every %n month(s)", step.months)
    return trn("Reviews", "every %n day(s)", step.days)


def reason_text(reason: Reason) -> str:
    value = reason.value if reason.value is not None else 0
    templates = {
        ReasonCode.DETRACTOR: tr("Engagement", "latest NPS {0} (a detractor)"),
        ReasonCode.PASSIVE: tr("Engagement", "latest NPS {0} (passive)"),
        ReasonCode.PROMOTER: tr("Engagement", "latest NPS {0} (a promoter)"),
        ReasonCode.NO_NPS: tr("Engagement", "no NPS answer in the last 12 months"),
        ReasonCode.REFERRED: trn("Engagement", "referred %n in the last 12 months", value),
        ReasonCode.REVIEWS: trn(
            "Engagement", "%n review(s) in the last 12 months (cadence {1})", value
        ),
        ReasonCode.BEHIND_CADENCE: trn(
            "Engagement", "%n of {1} reviews the cadence asks in the last 12 months", value
        ),
        ReasonCode.PLAN: tr("Engagement", "has a written plan"),
        ReasonCode.NO_PLAN: tr("Engagement", "no written plan"),
        ReasonCode.FEEDBACK_ASKED: tr("Engagement", "asked for feedback"),
        ReasonCode.NO_HISTORY: tr("Engagement", "no reviews, NPS answers or referrals on record"),
    }
    return templates[reason.code].format(value, reason.of)
