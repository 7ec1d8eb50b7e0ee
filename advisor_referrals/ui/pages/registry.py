"""The main window's pages, each built on its first visit with only the services it uses.

Building every page at start-up cost a third of the time to a usable window on a big
book; a page the user never opens is now never built, and each page's modules are
imported only when it is. The sidebar lists the pages (`page_titles`) before the book
is open; their builders come with the book's services (`page_specs`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.pages.base import Page

if TYPE_CHECKING:
    from advisor_referrals.services.registry import BookServices
    from advisor_referrals.ui.actions import ContactActions
    from advisor_referrals.ui.book_events import BookEvents
    from advisor_referrals.ui.pages.clients import ClientsPage, Exporter
    from advisor_referrals.ui.practice.scope import ScopeState
    from advisor_referrals.ui.referrals.controller import ReferralController
    from advisor_referrals.ui.reviews.actions import ReviewActions
    from advisor_referrals.ui.undo import UndoHistory
    from advisor_referrals.ui.window_parts import WindowParts


def page_titles() -> list[tuple[str, str]]:
    """(key, title) of every page, in sidebar order."""
    return [
        ("today", tr("Pages", "Today")),
        ("clients", tr("Pages", "Clients")),
        ("referrals", tr("Pages", "Referrals")),
        ("triggers", tr("Pages", "Triggers")),
        ("reviews", tr("Pages", "Reviews")),
        ("reports", tr("Pages", "Reports")),
    ]


# The modules each page's builder below imports, which start-up imports off the UI
# thread for the page the window opens on (app.py).
PAGE_MODULES: dict[str, tuple[str, ...]] = {
    "today": ("advisor_referrals.ui.pages.today", "advisor_referrals.ui.pages.today_sections"),
    "clients": ("advisor_referrals.ui.pages.clients",),
    "referrals": (
        "advisor_referrals.ui.referrals.referrals_page",
        "advisor_referrals.ui.referrals_analytics",
    ),
    "triggers": ("advisor_referrals.ui.referrals.triggers_page",),
    "reviews": ("advisor_referrals.ui.reviews.page",),
    "reports": ("advisor_referrals.ui.pages.reports_page",),
}


@dataclass(frozen=True)
class PageSpec:
    """A page the sidebar lists before it is built."""

    key: str
    title: str
    build: Callable[[], Page]


def page_specs(
    parts: WindowParts, review_actions: ReviewActions, referrals: ReferralController
) -> list[PageSpec]:
    services, events = parts.services, parts.events

    def today() -> Page:
        from advisor_referrals.ui.pages.today import TodayPage
        from advisor_referrals.ui.pages.today_sections import make_today_sections

        sections = make_today_sections(
            services, review_actions, referrals, parts.contact_actions, parts.runner
        )
        return TodayPage(sections, events, scope=parts.scope)

    def clients() -> Page:
        return make_clients_page(
            services, parts.history, events, parts.contact_actions, parts.scope
        )

    def referrals_page() -> Page:
        from advisor_referrals.ui.referrals.features import make_referrals_page
        from advisor_referrals.ui.referrals_analytics import ReferralAnalytics

        page = make_referrals_page(services, referrals, events)
        analytics = ReferralAnalytics(services.metrics)
        page.set_analytics_widget(analytics, analytics.refresh)
        return page

    def triggers() -> Page:
        from advisor_referrals.ui.referrals.features import make_triggers_page

        return make_triggers_page(services, referrals, events)

    def reviews() -> Page:
        from advisor_referrals.ui.reviews.install import make_reviews_page

        return make_reviews_page(services, events, review_actions, parts.contact_actions)

    def reports() -> Page:
        from advisor_referrals.ui.pages.reports_page import ReportsPage

        return ReportsPage(services.quarterly_report, scope=parts.scope)

    builders: dict[str, Callable[[], Page]] = {
        "today": today,
        "clients": clients,
        "referrals": referrals_page,
        "triggers": triggers,
        "reviews": reviews,
        "reports": reports,
    }
    return [PageSpec(key, title, builders[key]) for key, title in page_titles()]


def make_clients_page(
    services: BookServices,
    history: UndoHistory,
    events: BookEvents,
    actions: ContactActions,
    scope: ScopeState | None = None,
) -> ClientsPage:
    from advisor_referrals.ui.pages.clients import ClientsPage

    return ClientsPage(
        services.contact_table,
        services.contacts,
        services.timeline,
        history,
        events,
        actions,
        exporter=contacts_exporter(services),
        scope=scope,
        reassign=services.reassign,
    )


def contacts_exporter(services: BookServices) -> Exporter:
    def export(path: Path, ids: list[int]) -> object:
        from advisor_referrals.services.imports.contacts_csv import export_contacts_csv

        return export_contacts_csv(services.book, path, ids)

    return export
