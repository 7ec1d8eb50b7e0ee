"""Wiring of the reviews feature into the main window, kept here so shared files get one line.

* `make_reviews_page(...)`: the Reviews page, built by `ui/pages/registry.py`.
* `install_review_actions(window)`: called once by the main window; answers the client
  detail's "Schedule review" (`ContactActions.schedule_review`) with the same actions
  the Reviews page uses, and keeps them as `window.review_actions`.
* `review_today_sections(...)`: the Today view's blocks.
* `CadenceSettingsTab`: the Settings dialog's tab (`ui/reviews/settings_tab.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoStack

from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.actions import ContactActions
from advisor_referrals.ui.pages.base import TodaySection
from advisor_referrals.ui.reviews.actions import ReviewActions
from advisor_referrals.ui.reviews.today import OverdueReviewsSection, ReviewsThisWeekSection

if TYPE_CHECKING:
    from advisor_referrals.ui.reviews.page import ReviewsPage


def make_review_actions(
    services: BookServices, undo_stack: QUndoStack, parent: Any = None
) -> ReviewActions:
    return ReviewActions(
        services.reviews, services.review_lists, services.engagement, undo_stack, parent
    )


def make_reviews_page(
    services: BookServices,
    undo_stack: QUndoStack,
    contact_actions: ContactActions,
    review_actions: ReviewActions | None = None,
) -> ReviewsPage:
    """The Reviews page, using the window's review actions when given (so that a review
    scheduled from the client detail shows on the page straight away)."""
    from advisor_referrals.ui.reviews.page import ReviewsPage

    page = ReviewsPage(
        services.review_lists,
        services.engagement,
        services.calendar_export,
        review_actions or make_review_actions(services, undo_stack),
        contact_actions,
    )
    if review_actions is None:
        page.review_actions.setParent(page)
    return page


def install_review_actions(window: Any) -> ReviewActions:
    """Connect the client detail's "Schedule review" to the review actions (one per window).

    The window builds its pages on first visit, after this: the Reviews page is then
    given these same actions.
    """
    built = getattr(window, "pages", [])
    page = next((p for p in built if getattr(p, "key", "") == "reviews"), None)
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
