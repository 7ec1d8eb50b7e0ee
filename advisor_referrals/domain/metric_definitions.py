"""What every figure counts, in the words an advisor uses: the one source of definitions.

The Today page, the Analytics tab and the quarterly report (PDF and workbook) take each
figure's name and explanation from here, so a figure reads the same and means the same
everywhere (docs/design.md, "Metrics"). A label may hold `{period}`, which the caller
fills with the period it shows ("this quarter", "in Q3 2026", "in the last 12 months"):
the two "converted" figures always say which period, and which referrals, they count.
"""

from __future__ import annotations

from dataclasses import dataclass

# Said once under every set of figures: why a past period never changes.
AS_OF_RULE = (
    "Every figure is counted from what the book records as dated by the end of the period: "
    "a referral that moves on afterwards, or a disclosure delivered later, does not change a "
    "period already over. A rate whose group is empty shows as n/a, never as 0."
)
DEFAULT_PERIOD = "in the quarter"


@dataclass(frozen=True)
class MetricDefinition:
    key: str
    label: str
    explanation: str

    def label_for(self, period: str = DEFAULT_PERIOD) -> str:
        return self.label.format(period=period)


def _defs(*items: tuple[str, str, str]) -> dict[str, MetricDefinition]:
    return {key: MetricDefinition(key, label, text) for key, label, text in items}


DEFINITIONS: dict[str, MetricDefinition] = _defs(
    (
        "referrals_received",
        "Referrals received",
        "People introduced to you whose referral came in during the period. An intended "
        "introduction (a client says they told someone, who has not been in touch yet) is "
        "not counted until it becomes a referral.",
    ),
    (
        "intended_introductions",
        "Intended introductions",
        "Clients who said in the period that they told someone about you, where that person "
        "had not been in touch by the period's end. Counted apart from referrals received.",
    ),
    (
        "referrals_by_source",
        "Referrals by source",
        "The referrals received in the period, by who referred: clients (and former "
        "clients), centres of influence, and others.",
    ),
    (
        "referrals_by_segment",
        "Referrals by the referrer's segment",
        "The referrals received in the period, by the segment their referrer is in today "
        "(engaged, content, complacent, disgruntled, or not yet known).",
    ),
    (
        "referrals_by_trigger_kind",
        "Referrals by the conversation that led to them",
        "The referrals received in the period, by the life event each was recorded as coming "
        "from (or none).",
    ),
    (
        "referrals_converted",
        "Referrals converted {period}",
        "Referrals that became clients during the period, counted by the day they converted, "
        "whichever period the referral came in. Not the same group as the conversion rate, "
        "which follows only the referrals received in the period.",
    ),
    (
        "conversion_rate",
        "Conversion rate of referrals received {period}",
        "Of the referrals received in the period, the share that had become clients by its "
        "end. A referral received near the end may still convert later; it then shows in "
        "'referrals converted' for the period it converts in.",
    ),
    (
        "median_days_to_convert",
        "Median days to convert",
        "For the referrals converted in the period, the middle number of days from the day "
        "the referral came in to the day it converted.",
    ),
    (
        "followed_up_within_2_days",
        "Followed up within 2 days",
        "Of the referrals received in the period, the share you first contacted within two "
        "days of receiving them (and by the period's end).",
    ),
    (
        "thanked_within_2_days",
        "Thanked within 2 days",
        "Of the referrals received in the period, the share whose referrer you thanked within "
        "two days of receiving the referral (and by the period's end).",
    ),
    (
        "unique_referrers",
        "People who referred",
        "How many different people referred someone in the period.",
    ),
    (
        "top_referrers",
        "Top referrers",
        "The five people who referred the most people in the period.",
    ),
    (
        "referring_clients_share",
        "Clients who referred (12 months)",
        "Of your clients at the period's end, the share who referred someone in the 12 "
        "months up to it. Industry research puts a typical practice at about 29%.",
    ),
    (
        "triggers_logged",
        "Conversation triggers logged",
        "Life events you logged in the period (a home, a retirement, a new child): the "
        "moments a client is likely to talk about money with a friend.",
    ),
    (
        "triggers_by_kind",
        "Conversation triggers by kind",
        "The life events logged in the period, by the kind of event.",
    ),
    (
        "triggers_with_referral",
        "Triggers followed by a referral",
        "Of the life events logged in the period, those that a referral received by the "
        "period's end names as the conversation it came from.",
    ),
    (
        "asks",
        "Asks for an introduction",
        "The times in the period you asked a client for an introduction: at a review, on a "
        "call, at an event, or by handing over a referral kit.",
    ),
    (
        "asks_led_to_introduction",
        "Asks that led to an introduction within 90 days",
        "Of the asks in the period, the share followed within 90 days by a referral from "
        "that client (or by the referral the ask names), counting only referrals received "
        "by the period's end. An ask near the end may still lead to one later.",
    ),
    (
        "reviews_completed",
        "Reviews completed",
        "Portfolio reviews held in the period.",
    ),
    (
        "reviews_missed",
        "Reviews missed",
        "Reviews booked for a day in the period and not held by its end. A review moved to "
        "another date is not missed.",
    ),
    (
        "nps",
        "Net Promoter Score",
        "From each client's latest answer in the period to 'how likely are you to recommend "
        "us' (0 to 10): the share who answered 9 or 10 minus the share who answered 0 to 6, "
        "times 100. It runs from -100 to +100.",
    ),
    (
        "nps_responses",
        "NPS responses",
        "How many clients answered the recommendation question in the period (each counted once).",
    ),
    (
        "engaged_review_coverage",
        "Engaged clients with 3+ reviews (12 months)",
        "Of your engaged clients, the share who had at least three reviews in the 12 months "
        "to the period's end. Engaged clients are the ones who refer most.",
    ),
    (
        "new_clients",
        "New clients",
        "Contacts who became clients during the period.",
    ),
    (
        "new_clients_from_referrals",
        "New clients from referrals",
        "Of the new clients, those who came through a referral that had converted by the "
        "period's end.",
    ),
    (
        "compensated_referrals",
        "Compensated referrals",
        "Referrals received in the period for which the referrer was rewarded (cash, a gift, "
        "a fee waiver or anything else of value).",
    ),
    (
        "compensated_missing_disclosure",
        "Compensated, disclosure missing",
        "Of the compensated referrals received in the period, those whose referred person "
        "had not been given the disclosure of the reward by the period's end (SEC Marketing "
        "Rule).",
    ),
    (
        "promoters_over_de_minimis",
        "Promoters over $1,000 without an agreement",
        "People paid more than $1,000 for referrals in the 12 months to the period's end with "
        "no written agreement on file (SEC Marketing Rule).",
    ),
    # The report's funnel: how far the referrals received in the period had got by its end.
    (
        "funnel_received",
        "Received",
        "The referrals received in the period.",
    ),
    (
        "funnel_first_contact",
        "First contact",
        "Of those, the ones you had spoken to by the period's end.",
    ),
    (
        "funnel_meeting",
        "Meeting",
        "Of those, the ones that had reached a meeting (or converted) by the period's end.",
    ),
    (
        "funnel_converted",
        "Converted",
        "Of those, the ones that were clients at the period's end: the conversion rate's count.",
    ),
    (
        "status_at_end",
        "Where they stood at the end",
        "Each referral received in the period, at the status it had on the period's last "
        "day, whatever has happened to it since.",
    ),
    # The book as it stands today (the Today page's "Your book").
    (
        "clients",
        "Clients",
        "Contacts who are clients today (archived contacts are left out).",
    ),
    (
        "prospects",
        "Prospects",
        "Contacts who are not clients yet, many of them people referred to you.",
    ),
    (
        "centers_of_influence",
        "Centres of influence",
        "Professionals who refer clients to you (accountants, attorneys, realtors...).",
    ),
    (
        "reviews_overdue",
        "Reviews overdue",
        "Clients whose next review, by their tier's cadence (or their own), fell due before "
        "today and has not been held; a client never reviewed counts as overdue.",
    ),
)


def definition(key: str) -> MetricDefinition:
    return DEFINITIONS[key]


def label(key: str, period: str = DEFAULT_PERIOD) -> str:
    return DEFINITIONS[key].label_for(period)


def explanation(key: str) -> str:
    return DEFINITIONS[key].explanation
