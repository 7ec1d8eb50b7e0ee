"""What a figure is called and what it counts, on screen: the one source of definitions
(`domain/metric_definitions.py`) in the user's language, with the period it covers said."""

from __future__ import annotations

from advisor_referrals.domain import metric_definitions
from advisor_referrals.ui.i18n import tr


def metric_label(key: str, period: str) -> str:
    """The figure's name; `period` fills a "{period}" in it ("this quarter", "in Q3 2026")."""
    return tr("Metrics", metric_definitions.definition(key).label).format(period=period)


def metric_explanation(key: str) -> str:
    return tr("Metrics", metric_definitions.explanation(key))


def as_of_rule() -> str:
    return tr("Metrics", metric_definitions.AS_OF_RULE)


def this_quarter() -> str:
    return tr("Metrics", "this quarter")
