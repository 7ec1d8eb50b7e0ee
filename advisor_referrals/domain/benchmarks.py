"""Field benchmarks shown beside the book's own figures, each with where it comes from.

They are averages reported by research on how advisory firms win clients, not targets:
the app shows them so the advisor can see whether the practice is near the field, and
never uses them in a calculation of the book's own figures.
"""

from __future__ import annotations

from decimal import Decimal

# Referred prospects become clients about 30% more often than prospects who arrive any
# other way (research on referral marketing for financial advisors, reported across
# industry studies of referred versus non-referred leads).
REFERRED_CONVERSION_LIFT = 0.30

# Clients who came by referral are worth about 16% more over their lifetime than others
# (the same research, measuring revenue over the whole relationship).
REFERRED_LIFETIME_VALUE_LIFT = 0.16

# Winning one new client costs an advisory firm about $3,100 on average, counting
# marketing spend and the time spent on prospects (industry benchmarking studies of
# independent advisory firms).
COST_TO_WIN_CLIENT = Decimal("3100")

# About five-sixths of that cost is the advisor's own time rather than money spent.
ADVISOR_TIME_SHARE_OF_COST = 5 / 6

SOURCE = (
    "Field benchmarks from published research on referral marketing and client acquisition "
    "in advisory firms: referred prospects convert about 30% better and stay worth about "
    "16% more; a new client costs about $3,100 to win, five-sixths of it advisor time."
)
