"""Wires the referral features into a main window: menus, shortcuts and contact requests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.actions import ContactActions
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.referrals.controller import ReferralController

if TYPE_CHECKING:
    from advisor_referrals.ui.main_window import MainWindow
    from advisor_referrals.ui.referrals.referrals_page import ReferralsPage
    from advisor_referrals.ui.referrals.settings_tab import ReferralSettingsTab
    from advisor_referrals.ui.referrals.triggers_page import TriggersPage

LOG_TRIGGER_SHORTCUT = "Ctrl+T"
RECORD_REFERRAL_SHORTCUT = "Ctrl+Shift+R"


def make_referrals_page(
    services: BookServices, undo_stack: QUndoStack, actions: ContactActions
) -> ReferralsPage:
    """The Referrals page; it shares one controller with the Triggers page and the menus."""
    from advisor_referrals.ui.referrals.referrals_page import ReferralsPage

    return ReferralsPage(
        services.referral_table,
        services.coi,
        services.compliance,
        services.contact_table,
        ReferralController.for_stack(services, undo_stack, actions),
    )


def make_triggers_page(
    services: BookServices, undo_stack: QUndoStack, actions: ContactActions
) -> TriggersPage:
    from advisor_referrals.ui.referrals.triggers_page import TriggersPage

    controller = ReferralController.for_stack(services, undo_stack, actions)
    return TriggersPage(services.triggers, services.trigger_kinds, controller)


def make_referral_pages(
    services: BookServices, undo_stack: QUndoStack, actions: ContactActions
) -> tuple[ReferralsPage, TriggersPage]:
    """The Referrals and Triggers pages, sharing one controller."""
    return (
        make_referrals_page(services, undo_stack, actions),
        make_triggers_page(services, undo_stack, actions),
    )


def make_referral_settings_tab(services: BookServices) -> ReferralSettingsTab:
    from advisor_referrals.ui.referrals.settings_tab import ReferralSettingsTab

    return ReferralSettingsTab(services.trigger_kinds, services.thank_you, services.ask_list)


def install_referral_features(window: MainWindow) -> ReferralController:
    """Menu entries with global shortcuts, and answers to other pages' contact requests."""
    controller = ReferralController.for_stack(
        window.services, window.undo_stack, window.contact_actions
    )
    log = QAction(tr("MainWindow", "Log a &trigger…"), window)
    log.setShortcut(QKeySequence(LOG_TRIGGER_SHORTCUT))
    log.triggered.connect(lambda _checked=False: controller.log_trigger())
    record = QAction(tr("MainWindow", "Record a &referral…"), window)
    record.setShortcut(QKeySequence(RECORD_REFERRAL_SHORTCUT))
    record.triggered.connect(lambda _checked=False: controller.record_referral())
    window.tools_menu.addAction(log)
    window.tools_menu.addAction(record)
    window.log_trigger_action = log  # type: ignore[attr-defined]
    window.record_referral_action = record  # type: ignore[attr-defined]
    window.contact_actions.log_trigger.connect(controller.log_trigger)
    window.contact_actions.record_referral.connect(controller.record_referral)
    return controller
