"""The features of a main window on an open book, each installed through the window's parts.

The main window calls `install_features` once the book is open (docs/design.md, "Layers"
and "Start-up"): this module brings the installers and, through them, the services'
modules, which start-up imports off the UI thread while the window's skeleton shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from advisor_referrals.ui.import_export import ImportExport, install_import_export
from advisor_referrals.ui.kits import KitController, install_kits
from advisor_referrals.ui.pages.registry import PageSpec, page_specs
from advisor_referrals.ui.referrals.features import ReferralFeatures, install_referral_features
from advisor_referrals.ui.reviews.actions import ReviewActions
from advisor_referrals.ui.reviews.install import install_review_actions
from advisor_referrals.ui.status import BookStatus
from advisor_referrals.ui.window_parts import WindowParts


@dataclass(frozen=True)
class WindowFeatures:
    """What the installers made for one window on one book."""

    parts: WindowParts
    review_actions: ReviewActions
    referrals: ReferralFeatures
    pages: list[PageSpec]
    book_status: BookStatus
    kit_controller: KitController
    import_export: ImportExport


def install_features(parts: WindowParts) -> WindowFeatures:
    """Each feature installed on the window's parts, in the order of its menu entries."""
    review_actions = install_review_actions(parts)
    referrals = install_referral_features(parts)
    pages = page_specs(parts, review_actions, referrals.controller)
    services = parts.services
    book_status = BookStatus(
        parts.window.statusBar(), services.book.location, services.contact_table, parts.events
    )
    return WindowFeatures(
        parts,
        review_actions,
        referrals,
        pages,
        book_status,
        install_kits(parts),
        install_import_export(parts),
    )
