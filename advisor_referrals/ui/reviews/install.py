"""Wiring of the reviews feature into the main window, kept here so shared files get one line.

* `make_reviews_page(...)`: the Reviews page, built by `ui/pages/registry.py`.
* `install_review_actions(window)`: called once by the main window; answers the client
  detail's "Schedule review" (`ContactActions.schedule_review`) with the same actions
  the Reviews page uses, and keeps them as `window.review_actions`.
* `review_today_sections(...)`: the Today view's blocks.
* `CadenceSettingsTab`: the Settings dialog's tab (`ui/reviews/settings_tab.py`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack

from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.actions import ContactActions
from advisor_referrals.ui.pages.base import TodaySection
from advisor_referrals.ui.reviews.actions import ReviewActions
from advisor_referrals.ui.reviews.page import ReviewsPage
from advisor_referrals.ui.reviews.today import OverdueReviewsSection, ReviewsThisWeekSection


def make_review_actions(
    services: BookServices, undo_stack: QUndoStack, parent: Any = None
) -> ReviewActions:
    return ReviewActions(
        services.reviews, services.review_lists, services.engagement, undo_stack, parent
    )


def make_reviews_page(
    services: BookServices, undo_stack: QUndoStack, contact_actions: ContactActions
) -> ReviewsPage:
    page = ReviewsPage(
        services.review_lists,
        services.engagement,
        services.calendar_export,
        make_review_actions(services, undo_stack),
        contact_actions,
    )
    page.review_actions.setParent(page)
    return page


def install_review_actions(window: Any) -> ReviewActions:
    """Connect the client detail's "Schedule review" to the review actions (one per window)."""
    page = next((p for p in window.pages if isinstance(p, ReviewsPage)), None)
    actions = (
        page.review_actions
        if page is not None
        else make_review_actions(window.services, window.undo_stack, window)
    )
    window.contact_actions.schedule_review.connect(actions.schedule_for_contact)
    window.review_actions = actions
    return actions


def review_today_sections(services: BookServices, actions: ReviewActions) -> list[TodaySection]:
    return [
        ReviewsThisWeekSection(services.review_lists, actions),
        OverdueReviewsSection(services.review_lists, actions),
    ]
