"""Builds the main window's pages, giving each only the services it uses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoStack

from advisor_referrals.services.contacts_csv import export_contacts_csv
from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.actions import ContactActions
from advisor_referrals.ui.pages.base import Page
from advisor_referrals.ui.pages.clients import ClientsPage, Exporter
from advisor_referrals.ui.pages.reports_page import ReportsPage
from advisor_referrals.ui.pages.today import TodayPage
from advisor_referrals.ui.pages.today_sections import make_today_sections
from advisor_referrals.ui.referrals.features import make_referral_pages
from advisor_referrals.ui.referrals_analytics import ReferralAnalytics
from advisor_referrals.ui.reviews.install import make_reviews_page


def make_pages(
    services: BookServices, undo_stack: QUndoStack, actions: ContactActions
) -> list[Page]:
    referrals, triggers = make_referral_pages(services, undo_stack, actions)
    referrals.set_analytics_widget(ReferralAnalytics(services.metrics))
    return [
        TodayPage(make_today_sections(services, undo_stack, actions)),
        make_clients_page(services, undo_stack, actions),
        referrals,
        triggers,
        make_reviews_page(services, undo_stack, actions),
        ReportsPage(services.metrics, services.settings),
    ]


def make_clients_page(
    services: BookServices, undo_stack: QUndoStack, actions: ContactActions
) -> ClientsPage:
    return ClientsPage(
        services.contact_table,
        services.contacts,
        services.timeline,
        undo_stack,
        actions,
        exporter=contacts_exporter(services),
    )


def contacts_exporter(services: BookServices) -> Exporter:
    def export(path: Path, ids: list[int]) -> object:
        return export_contacts_csv(services.book, path, ids)

    return export
