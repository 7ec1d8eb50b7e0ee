"""Builds the main window's pages, giving each only the services it uses."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.actions import ContactActions
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.pages.base import Page, PlaceholderPage
from advisor_referrals.ui.pages.reports_page import ReportsPage
from advisor_referrals.ui.referrals.features import make_referral_pages
from advisor_referrals.ui.referrals_analytics import ReferralAnalytics
from advisor_referrals.ui.reviews.install import make_reviews_page


def make_pages(
    services: BookServices, undo_stack: QUndoStack, actions: ContactActions
) -> list[Page]:
    referrals, triggers = make_referral_pages(services, undo_stack, actions)
    referrals.set_analytics_widget(ReferralAnalytics(services.metrics))
    return [
        PlaceholderPage("today", tr("Pages", "Today")),
        PlaceholderPage("clients", tr("Pages", "Clients")),
        referrals,
        triggers,
        make_reviews_page(services, undo_stack, actions),
        ReportsPage(services.metrics, services.settings),
    ]
