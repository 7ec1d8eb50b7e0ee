"""The Referrals page: the pipeline board, the table, centres of influence, compliance, analytics."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from advisor_referrals.services.changes import BookChanges
from advisor_referrals.services.contacts.client_table import ContactTable
from advisor_referrals.services.referrals.coi import CoiService
from advisor_referrals.services.referrals.compliance import ComplianceService
from advisor_referrals.services.referrals.referral_lists import ReferralNeed, ReferralTable
from advisor_referrals.ui import labels
from advisor_referrals.ui.book_events import (
    COMPLIANCE_LEDGER,
    CONTACT,
    OUTBOUND_REFERRAL,
    REFERRAL,
    TRIGGER,
    BookEvents,
)
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.navigation import ListLink
from advisor_referrals.ui.pages.base import Page
from advisor_referrals.ui.referrals.board import Board
from advisor_referrals.ui.referrals.coi_view import CoiView
from advisor_referrals.ui.referrals.compliance_view import ComplianceView
from advisor_referrals.ui.referrals.controller import ReferralController
from advisor_referrals.ui.referrals.referral_list import ReferralList


class AnalyticsPlaceholder(QWidget):
    """Holds the Analytics tab until the metrics-based view is plugged in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Referrals", "Referral analytics will appear here."), self))
        layout.addStretch(1)

    def refresh(self) -> None:
        """Nothing to load."""


class ReferralsPage(Page):
    key = "referrals"

    def __init__(
        self,
        table: ReferralTable,
        coi: CoiService,
        compliance: ComplianceService,
        contacts: ContactTable,
        controller: ReferralController,
        events: BookEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.board = Board(table, controller, self)
        self.table = ReferralList(table, controller, self)
        self.coi = CoiView(coi, contacts, controller.runner, self)
        self.compliance = ComplianceView(compliance, controller, self)
        placeholder = AnalyticsPlaceholder(self)
        self.analytics: QWidget = placeholder
        # How each tab reloads (only the one showing does; the others when next shown).
        self.reloads: dict[QWidget, Callable[[], None]] = {
            self.board: self.board.refresh,
            self.table: self.table.refresh,
            self.coi: self.coi.refresh,
            self.compliance: self.compliance.refresh,
            placeholder: placeholder.refresh,
        }
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.board, tr("Referrals", "Pipeline"))
        self.tabs.addTab(self.table, tr("Referrals", "Table"))
        self.tabs.addTab(self.coi, labels.center_of_influence(plural=True))
        self.tabs.addTab(self.compliance, tr("Referrals", "Compliance"))
        self.analytics_index = self.tabs.addTab(self.analytics, tr("Referrals", "Analytics"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        record = QPushButton(tr("Referrals", "Record a referral…"), self)
        record.setToolTip(tr("Referrals", "Ctrl+Shift+R from anywhere"))
        record.clicked.connect(lambda _checked=False: controller.record_referral())
        log = QPushButton(tr("Referrals", "Log a trigger…"), self)
        log.clicked.connect(lambda _checked=False: controller.log_trigger())
        top = QHBoxLayout()
        top.addWidget(QLabel(f"<h2>{tr('Pages', 'Referrals')}</h2>", self))
        top.addStretch(1)
        top.addWidget(log)
        top.addWidget(record)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.follow(events, REFERRAL, CONTACT, TRIGGER, OUTBOUND_REFERRAL, COMPLIANCE_LEDGER)

    def title(self) -> str:
        return tr("Pages", "Referrals")

    def show_list(self, link: ListLink) -> None:
        """The table, filtered by one of the Today view's needs (its "Show all")."""
        self.tabs.blockSignals(True)
        self.tabs.setCurrentWidget(self.table)
        self.tabs.blockSignals(False)
        try:
            need: ReferralNeed | None = ReferralNeed(link.name)
        except ValueError:
            need = None
        self.table.show_need(need)

    def focus_search(self) -> bool:
        self.tabs.setCurrentWidget(self.table)
        self.table.search.setFocus()
        self.table.search.selectAll()
        return True

    def set_analytics_widget(self, widget: QWidget, refresh: Callable[[], None]) -> None:
        """Put the analytics view (built on the metrics service) in its tab."""
        old = self.analytics
        self.tabs.removeTab(self.analytics_index)
        self.reloads.pop(old, None)
        self.analytics = widget
        self.reloads[widget] = refresh
        self.tabs.insertTab(self.analytics_index, widget, tr("Referrals", "Analytics"))
        old.deleteLater()

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        reload = self.reloads.get(current) if current is not None else None
        if reload is not None:
            reload()

    def apply_changes(self, changes: BookChanges) -> None:
        # The board follows the change card by card; another tab reloads.
        if self.tabs.currentWidget() is self.board:
            self.board.apply_changes(changes)
        else:
            self.refresh()
