"""The referral program in a main window: its controller, the Program page, its Today
sections and Settings tab, and Tools > Print our referral program (docs/design.md, "Layers")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.book_events import BookEvents
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.program.controller import ProgramController
from advisor_referrals.ui.window_parts import WindowParts

if TYPE_CHECKING:
    from advisor_referrals.ui.program.page import ProgramPage
    from advisor_referrals.ui.program.settings_tab import ProgramSettingsTab


@dataclass(frozen=True)
class ProgramFeatures:
    controller: ProgramController
    print_plan: QAction
    new_event: QAction


def install_program_features(parts: WindowParts) -> ProgramFeatures:
    controller = ProgramController(parts.services, parts.history, parts.window)
    print_plan = QAction(tr("MainWindow", "&Print Our Referral Program…"), parts.window)
    print_plan.triggered.connect(lambda _c=False: controller.print_plan())
    new_event = QAction(tr("MainWindow", "New Client &Event…"), parts.window)
    new_event.triggered.connect(lambda _c=False: controller.new_event())
    parts.menus.tools.addSeparator()
    parts.menus.tools.addAction(new_event)
    parts.menus.tools.addAction(print_plan)
    return ProgramFeatures(controller, print_plan, new_event)


def make_program_page(
    services: BookServices, controller: ProgramController, events: BookEvents
) -> ProgramPage:
    from advisor_referrals.ui.program.page import ProgramPage

    return ProgramPage(services, controller, events)


def make_program_settings_tab(services: BookServices) -> ProgramSettingsTab:
    from advisor_referrals.ui.program.settings_tab import ProgramSettingsTab

    return ProgramSettingsTab(services.program_settings)
