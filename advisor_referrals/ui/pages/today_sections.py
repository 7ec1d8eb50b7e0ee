"""The sections of the Today page, in order. Features add theirs here (one line each)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from advisor_referrals.domain.enums import Relationship
from advisor_referrals.services.contacts.client_table import (
    ContactFilter,
    ContactListRow,
    ContactTable,
)
from advisor_referrals.services.progress import Progress
from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui import formats, labels
from advisor_referrals.ui.actions import ContactActions
from advisor_referrals.ui.book_events import CONTACT, REVIEW, REVIEW_CADENCE
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.kpi_tiles import ExplainButton, explanation_label
from advisor_referrals.ui.metric_text import metric_explanation
from advisor_referrals.ui.pages.base import TodaySection
from advisor_referrals.ui.practice.tasks import MyTasksSection, TaskAssigner
from advisor_referrals.ui.referrals.controller import ReferralController
from advisor_referrals.ui.referrals.today_sections import ReferralSection
from advisor_referrals.ui.referrals.today_sections import (
    make_today_sections as referral_today_sections,
)
from advisor_referrals.ui.reviews.actions import ReviewActions
from advisor_referrals.ui.reviews.install import review_today_sections
from advisor_referrals.ui.serial import SerialRunner
from advisor_referrals.ui.theme import set_role
from advisor_referrals.ui.today_kpis import QuarterKpiSection
from advisor_referrals.ui.worker import run_task


def make_today_sections(
    services: BookServices,
    review_actions: ReviewActions,
    referrals: ReferralController,
    actions: ContactActions,
    runner: SerialRunner | None = None,
) -> list[TodaySection]:
    quarter = QuarterKpiSection(services.metrics)
    quarter.wide = True
    follow_ups = referral_today_sections(services, referrals)
    # A practice's follow-ups can be given to a member, who finds them under My tasks
    # (docs/design.md, "A practice"); a single advisor's book shows the section only
    # when something was given to them.
    mine: list[TodaySection] = []
    if runner is not None and (services.practice.is_practice or services.tasks.count_mine()):
        mine.append(MyTasksSection(services.tasks, runner, referrals, review_actions))
        if services.practice.is_practice:
            assigner = TaskAssigner(services.practice, services.tasks, runner, follow_ups[0])
            for section in follow_ups:
                if isinstance(section, ReferralSection):
                    section.assign = assigner.assign
    sections: list[TodaySection] = [
        BookAtAGlance(services.contact_table),
        *mine,
        quarter,
        *review_today_sections(services, review_actions),
        *follow_ups,
        RecentlyAdded(services.contact_table, actions),
    ]
    for section in sections:
        # The review and referral sections head themselves (with their counts).
        if not isinstance(section, BookAtAGlance | QuarterKpiSection | RecentlyAdded):
            section.draws_own_title = True
    return sections


def contact_links(rows: list[tuple[int, str, str]]) -> str:
    """Rows of (contact id, name, detail) as rich text whose names open the contact."""
    cells = "".join(
        f'<tr><td style="padding: 3px 14px 3px 0"><a href="{cid}" style="text-decoration: none">{escape(name)}</a></td>'
        f'<td style="padding: 3px 0">{escape(detail)}</td></tr>'
        for cid, name, detail in rows
    )
    return f"<table>{cells}</table>"


class ContactList(QLabel):
    """A short list of contacts; clicking a name asks to open that contact."""

    def __init__(self, actions: ContactActions, empty: str) -> None:
        super().__init__()
        self.empty = empty
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.linkActivated.connect(lambda link: actions.open_contact.emit(int(link)))

    def show_rows(self, rows: list[tuple[int, str, str]]) -> None:
        self.setText(contact_links(rows) if rows else escape(self.empty))


class BookAtAGlance(TodaySection):
    """Headline counts: clients, prospects, centres of influence, reviews overdue."""

    wide = True
    follows = (CONTACT, REVIEW, REVIEW_CADENCE)

    def __init__(self, table: ContactTable) -> None:
        super().__init__()
        self.table = table
        self.numbers: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        self.explain: dict[str, ExplainButton] = {}
        tiles = [
            ("clients", tr("Today", "Clients"), "clients"),
            ("prospects", tr("Today", "Prospects"), "prospects"),
            ("cois", labels.center_of_influence(plural=True), "centers_of_influence"),
            ("overdue", tr("Today", "Reviews overdue"), "reviews_overdue"),
        ]
        for column, (key, caption, defined) in enumerate(tiles):
            number = QLabel("–")
            set_role(number, "kpi")
            text = QLabel(caption)
            set_role(text, "muted")
            what = explanation_label(self)
            button = ExplainButton(what, self)
            button.explain(metric_explanation(defined))
            number.setToolTip(button.toolTip())
            text.setToolTip(button.toolTip())
            row = QHBoxLayout()
            row.addWidget(text)
            row.addWidget(button)
            row.addStretch(1)
            grid.addWidget(number, 0, column)
            grid.addLayout(row, 1, column)
            grid.addWidget(what, 2, column)
            grid.setColumnStretch(column, 1)
            self.numbers[key] = number
            self.explain[key] = button

    def title(self) -> str:
        return tr("Today", "Your Book")

    def refresh(self) -> None:
        table, scope = self.table, self.scope

        def work(_progress: Progress) -> dict[str, int]:
            counts = table.relationship_counts(scope)
            return {
                "clients": counts[Relationship.CLIENT],
                "prospects": counts[Relationship.PROSPECT],
                "cois": counts[Relationship.CENTER_OF_INFLUENCE],
                "overdue": table.count(ContactFilter(review_overdue=True, scope=scope)),
            }

        run_task(self, work, self.show_counts)

    def show_counts(self, counts: dict[str, int]) -> None:
        for key, value in counts.items():
            self.numbers[key].setText(formats.count(value))


class RecentlyAdded(TodaySection):
    follows = (CONTACT,)

    def __init__(self, table: ContactTable, actions: ContactActions) -> None:
        super().__init__()
        self.table = table
        self.list = ContactList(actions, tr("Today", "No contacts yet."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addStretch(1)

    def title(self) -> str:
        return tr("Today", "Recently Added")

    def refresh(self) -> None:
        table = self.table

        def work(_progress: Progress) -> list[ContactListRow]:
            return table.recent(8)

        run_task(self, work, self.show_contacts)

    def show_contacts(self, rows: list[ContactListRow]) -> None:
        self.list.show_rows(
            [
                (
                    row.id,
                    row.full_name,
                    " · ".join(p for p in (labels.relationship(row.relationship), row.city) if p),
                )
                for row in rows
            ]
        )
