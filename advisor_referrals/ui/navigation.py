"""A named list on a page, for the Today view's "Show all" to open (docs/design.md, "Layers").

A Today list shows its first rows and how many there are; its link names the page the
whole list lives on and which list there, with the same filter. The window shows that
page and asks it to show the list (`Page.show_list`). Pages stay unaware of each other.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ListLink:
    page: str  # the page's key ("referrals", "reviews")
    name: str  # which of its lists; each page names its own


# The Reviews page's lists that the Today view links to.
REVIEWS_OVERDUE = "overdue"
REVIEWS_BOOKED_THIS_WEEK = "booked_this_week"
REVIEWS_DUE_THIS_WEEK = "due_this_week_not_booked"
REVIEWS_NEEDS_OUTCOME = "needs_outcome"
