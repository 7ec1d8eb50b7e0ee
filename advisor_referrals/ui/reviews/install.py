"""Wiring of the reviews feature into the main window.

* `install_review_actions(parts)`: called once by the main window; makes the window's
  one ReviewActions and answers the client detail's "Schedule review"
  (`ContactActions.schedule_review`) with it.
* `make_reviews_page(...)`: the Reviews page, built by `ui/pages/registry.py` on those
  same actions.
* `review_today_sections(...)`: the Today view's blocks.
* `CadenceSettingsTab`: the Settings dialog's tab (`ui/reviews/settings_tab.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.actions import ContactActions
from advisor_referrals.ui.book_events import BookEvents
from advisor_referrals.ui.pages.base import TodaySection
from advisor_referrals.ui.reviews.actions import ReviewActions
from advisor_referrals.ui.reviews.today import (
    OverdueReviewsSection,
    ReviewGroup,
    ReviewsThisWeekSection,
)
from advisor_referrals.ui.undo import UndoHistory
from advisor_referrals.ui.window_parts import WindowParts

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from advisor_referrals.ui.reviews.page import ReviewsPage


def make_review_actions(
    services: BookServices, history: UndoHistory, parent: QWidget | None = None
) -> ReviewActions:
    return ReviewActions(
        services.reviews, services.review_lists, services.engagement, history, parent
    )


def make_reviews_page(
    services: BookServices,
    events: BookEvents,
    review_actions: ReviewActions,
    contact_actions: ContactActions | None = None,
) -> ReviewsPage:
    from advisor_referrals.ui.reviews.page import ReviewsPage

    return ReviewsPage(
        services.review_lists,
        services.engagement,
        services.calendar_export,
        review_actions,
        events,
        contact_actions,
    )


def install_review_actions(parts: WindowParts) -> ReviewActions:
    """The window's review actions; the client detail's "Schedule review" goes to them."""
    actions = make_review_actions(parts.services, parts.history, parts.window)
    parts.contact_actions.schedule_review.connect(actions.schedule_for_contact)
    actions.show_list.connect(parts.contact_actions.show_list)
    return actions


def review_today_sections(services: BookServices, actions: ReviewActions) -> list[TodaySection]:
    """This week's reviews and the overdue ones, loaded together (`ReviewGroup`)."""
    sections: list[TodaySection] = [
        ReviewsThisWeekSection(services.today_reviews, actions),
        OverdueReviewsSection(services.today_reviews, actions),
    ]
    group = ReviewGroup(services.today_reviews, actions.today, sections[0])
    for section in sections:
        section.group = group
    return sections
