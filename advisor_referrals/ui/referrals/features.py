"""The referral features in a main window: menus, shortcuts, contact requests, and pages.

`install_referral_features(parts)` makes the window's one ReferralController and
returns it with its menu actions; the page registry builds the Referrals and Triggers
pages on it (docs/design.md, "Layers").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.book_events import BookEvents
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.referrals.controller import ReferralController
from advisor_referrals.ui.serial import SerialRunner
from advisor_referrals.ui.window_parts import WindowParts

if TYPE_CHECKING:
    from advisor_referrals.ui.referrals.referrals_page import ReferralsPage
    from advisor_referrals.ui.referrals.settings_tab import (
        ReferralSettingsTab,
        ThankYouSettingsTab,
    )
    from advisor_referrals.ui.referrals.triggers_page import TriggersPage

LOG_TRIGGER_SHORTCUT = "Ctrl+T"
RECORD_REFERRAL_SHORTCUT = "Ctrl+Shift+R"


@dataclass(frozen=True)
class ReferralFeatures:
    """What the referral feature adds to a window."""

    controller: ReferralController
    log_trigger: QAction
    record_referral: QAction


def make_referrals_page(
    services: BookServices, controller: ReferralController, events: BookEvents
) -> ReferralsPage:
    from advisor_referrals.ui.referrals.referrals_page import ReferralsPage

    return ReferralsPage(
        services.referral_table,
        services.coi,
        services.compliance,
        services.contact_table,
        controller,
        events,
    )


def make_triggers_page(
    services: BookServices, controller: ReferralController, events: BookEvents
) -> TriggersPage:
    from advisor_referrals.ui.referrals.triggers_page import TriggersPage

    return TriggersPage(services.triggers, services.trigger_kinds, controller, events)


def make_referral_settings_tab(services: BookServices, runner: SerialRunner) -> ReferralSettingsTab:
    from advisor_referrals.ui.referrals.settings_tab import ReferralSettingsTab

    return ReferralSettingsTab(services.trigger_kinds, services.ask_list, runner)


def make_thank_you_settings_tab(
    services: BookServices, runner: SerialRunner
) -> ThankYouSettingsTab:
    from advisor_referrals.ui.referrals.settings_tab import ThankYouSettingsTab

    return ThankYouSettingsTab(services.thank_you, runner)


def install_referral_features(parts: WindowParts) -> ReferralFeatures:
    """Menu entries with global shortcuts, and answers to other pages' contact requests."""
    controller = ReferralController(
        parts.services, parts.history, parts.window, settings=parts.settings
    )
    controller.open_contact.connect(parts.contact_actions.open_contact)
    controller.show_list.connect(parts.contact_actions.show_list)
    log = QAction(tr("MainWindow", "Log a &trigger…"), parts.window)
    log.setShortcut(QKeySequence(LOG_TRIGGER_SHORTCUT))
    log.triggered.connect(lambda _checked=False: controller.log_trigger())
    record = QAction(tr("MainWindow", "Record a &referral…"), parts.window)
    record.setShortcut(QKeySequence(RECORD_REFERRAL_SHORTCUT))
    record.triggered.connect(lambda _checked=False: controller.record_referral())
    parts.menus.tools.addAction(log)
    parts.menus.tools.addAction(record)
    parts.contact_actions.log_trigger.connect(controller.log_trigger)
    parts.contact_actions.record_referral.connect(controller.record_referral)
    ask = QAction(tr("MainWindow", "Log an &ask for an introduction…"), parts.window)
    ask.triggered.connect(lambda _checked=False: controller.asks.log())
    parts.menus.tools.addAction(ask)
    parts.contact_actions.log_ask.connect(controller.asks.log)
    parts.contact_actions.edit_ask.connect(controller.asks.edit)
    return ReferralFeatures(controller, log, record)
