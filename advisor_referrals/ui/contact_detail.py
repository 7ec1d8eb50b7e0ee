"""The client detail pane: the whole profile, the household, and the timeline.

Its buttons ask for the work other features do (log a trigger, record a referral,
schedule a review, generate a kit) through ContactActions; Edit and Archive go to the
ContactEditor.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.contacts import Contact
from advisor_referrals.domain.errors import NotFoundError
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.contacts.timeline import TimelineService
from advisor_referrals.ui import formats, icons, labels
from advisor_referrals.ui.actions import ContactActions
from advisor_referrals.ui.contact_editing import ContactEditor
from advisor_referrals.ui.forms import form_layout
from advisor_referrals.ui.i18n import ntr, tr
from advisor_referrals.ui.languages import kit_language
from advisor_referrals.ui.theme import set_role
from advisor_referrals.ui.timeline_view import TimelineView


def breakable(address: str) -> str:
    """An e-mail address that may wrap after its @ and before its dots (zero-width
    spaces), so a long one wraps in a narrow pane rather than running out of it."""
    return escape(address).replace("@", "@\u200b").replace(".", "\u200b.")


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
    )
    label.setOpenExternalLinks(True)
    return label


def _section(text: str) -> QLabel:
    label = QLabel(text)
    set_role(label, "section")
    return label


class ContactDetail(QWidget):
    def __init__(
        self,
        contacts: ContactService,
        timeline: TimelineService,
        actions: ContactActions,
        editor: ContactEditor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.contacts = contacts
        self.timeline_service = timeline
        self.contact_actions = actions
        self.editor = editor
        self.contact: Contact | None = None

        self.pages = QStackedWidget()
        empty = QLabel(tr("Detail", "Select a contact to see their profile and history."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        set_role(empty, "muted")
        self.pages.addWidget(empty)
        self.pages.addWidget(self._build_detail())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    # Building

    def _build_detail(self) -> QWidget:
        self.name = QLabel()
        set_role(self.name, "heading")
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel()
        set_role(self.summary, "muted")

        self.edit_button = self._button("edit", tr("Detail", "Edit…"), self._edit)
        self.archive_button = self._button(
            "archive", tr("Detail", "Archive"), self._toggle_archived
        )
        # Who changed what and when: the audit trail a compliance review asks for.
        self.history_button = self._button(
            "page", tr("Detail", "History…"), lambda: self._ask(self.contact_actions.show_history)
        )
        self.trigger_button = self._button(
            "triggers",
            tr("Detail", "Log Trigger…"),
            lambda: self._ask(self.contact_actions.log_trigger),
        )
        self.referral_button = self._button(
            "referrals",
            tr("Detail", "Record Referral…"),
            lambda: self._ask(self.contact_actions.record_referral),
        )
        self.review_button = self._button(
            "reviews",
            tr("Detail", "Schedule Review…"),
            lambda: self._ask(self.contact_actions.schedule_review),
        )
        self.kit_button = self._button("kit", tr("Detail", "Generate Kit…"), self._generate_kit)
        self.ask_button = self._button(
            "referrals",
            tr("Detail", "Log an Ask…"),
            lambda: self._ask(self.contact_actions.log_ask),
        )
        self.ask_button.setToolTip(tr("Detail", "Record that you asked for an introduction"))
        title_row = QHBoxLayout()
        title_row.addWidget(self.name, 1)
        title_row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.archive_button, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignTop)
        work = QGridLayout()
        work.setHorizontalSpacing(6)
        work.setVerticalSpacing(4)
        for i, button in enumerate(
            (
                self.trigger_button,
                self.referral_button,
                self.ask_button,
                self.review_button,
                self.kit_button,
            )
        ):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            work.addWidget(button, i // 3, i % 3)

        header = QVBoxLayout()
        header.setSpacing(4)
        header.addLayout(title_row)
        header.addWidget(self.summary)
        header.addSpacing(6)
        header.addLayout(work)

        profile = QWidget()
        self.form = form_layout(profile)
        self.values: dict[str, QLabel] = {}
        for key in (
            "preferred_name",
            "profession",
            "email",
            "phone",
            "address",
            "client_since",
            "reviews_per_year",
            "preferred_language",
            "has_written_plan",
            "do_not_ask",
            "tags",
            "notes",
        ):
            self.values[key] = _value_label()
            title = tr("Detail", "Address") if key == "address" else labels.field_name(key)
            self.form.addRow(title, self.values[key])

        self.household_title = _section(tr("Detail", "Household"))
        self.household_name = QLabel()
        self.household_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rename_button = QPushButton(tr("Detail", "Rename…"))
        self.rename_button.setFlat(True)
        self.rename_button.clicked.connect(self._rename_household)
        household_row = QHBoxLayout()
        household_row.addWidget(self.household_name, 1)
        household_row.addWidget(self.rename_button)
        self.members = QLabel()
        self.members.setWordWrap(True)
        self.members.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.members.linkActivated.connect(
            lambda link: self.contact_actions.open_contact.emit(int(link))
        )

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(_section(tr("Detail", "Profile")))
        column.addWidget(profile)
        column.addWidget(self.household_title)
        column.addLayout(household_row)
        column.addWidget(self.members)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)

        self.timeline = TimelineView()
        self.timeline.open_contact.connect(self.contact_actions.open_contact)
        self.timeline.open_ask.connect(self.contact_actions.edit_ask)
        self.timeline_title = _section(tr("Detail", "Timeline"))
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.timeline_title)
        lower_layout.addWidget(self.timeline, 1)

        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(scroll)
        self.split.addWidget(lower)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)

        detail = QWidget()
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addLayout(header)
        layout.addWidget(self.split, 1)
        return detail

    # Showing a contact

    def show_contact(self, contact_id: int | None) -> None:
        if contact_id is None:
            self.clear()
            return
        try:
            contact = self.contacts.get(contact_id)
        except NotFoundError:
            self.clear()
            return
        self.contact = contact
        self._fill(contact)
        self.timeline.timeline.set_entries(self.timeline_service.for_contact(contact.id))
        count = self.timeline.timeline.rowCount()
        self.timeline_title.setText(
            ntr("Detail", "Timeline · %Ln event", "Timeline · %Ln events", count)
        )
        self.pages.setCurrentIndex(1)

    def reload(self) -> None:
        self.show_contact(self.contact.id if self.contact else None)

    def clear(self) -> None:
        self.contact = None
        self.timeline.timeline.set_entries([])
        self.pages.setCurrentIndex(0)

    def _fill(self, c: Contact) -> None:
        self.name.setText(c.full_name)
        parts = [labels.relationship(c.relationship), labels.segment(c.segment)]
        if c.tier:
            parts.append(labels.tier(c.tier))
        if c.is_archived:
            parts.append(tr("Detail", "Archived on {0}").format(formats.short_date(c.archived_on)))
        self.summary.setText(" · ".join(parts))
        self.archive_button.setText(
            tr("Detail", "Restore") if c.is_archived else tr("Detail", "Archive")
        )
        place = ", ".join(p for p in (c.city, c.region, c.country) if p)
        email = f'<a href="mailto:{escape(c.email)}">{breakable(c.email)}</a>' if c.email else ""
        yes, no = tr("Detail", "Yes"), tr("Detail", "No")
        shown = {
            "preferred_name": escape(c.preferred_name or ""),
            "profession": escape(c.profession or ""),
            "email": email,
            "phone": escape(c.phone or ""),
            "address": escape(place),
            "client_since": formats.medium_date(c.client_since),
            "reviews_per_year": str(c.reviews_per_year)
            if c.reviews_per_year
            else tr("Detail", "As the tier sets"),
            "preferred_language": escape(kit_language(c.preferred_language)),
            "has_written_plan": yes if c.has_written_plan else no,
            "do_not_ask": yes if c.do_not_ask else no,
            "tags": " ".join(f"<span>#{escape(t)}</span>" for t in c.tags),
            "notes": escape(c.notes).replace("\n", "<br>"),
        }
        dash = "<span>—</span>"
        for key, label in self.values.items():
            label.setText(shown[key] or dash)
        self._fill_household(c)

    def _fill_household(self, c: Contact) -> None:
        if not c.household:
            self.household_name.setText(tr("Detail", "Not in a household"))
            self.rename_button.hide()
            self.members.clear()
            return
        self.household_name.setText(c.household)
        self.rename_button.show()
        others = [m for m in self.contacts.household_members(c.household) if m.id != c.id]
        links = [
            f'<a href="{m.id}" style="text-decoration: none">{escape(m.full_name)}</a>'
            + (f" ({escape(labels.relationship(m.relationship))})" if m.relationship else "")
            for m in others
        ]
        self.members.setText("<br>".join(links) or tr("Detail", "No other members"))

    # Buttons

    def _button(self, icon: str, text: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setIcon(icons.icon(icon))
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(False)
        button.clicked.connect(slot)
        return button

    def _ask(self, request: SignalInstance) -> None:
        """Emit a ContactActions request (log_trigger, record_referral...) for this contact."""
        if self.contact is not None:
            request.emit(self.contact.id)

    def _generate_kit(self) -> None:
        if self.contact is not None:
            self.contact_actions.generate_kits.emit([self.contact.id])

    def _edit(self) -> None:
        if self.contact is not None:
            self.editor.edit_contact(self.contact.id)

    def _toggle_archived(self) -> None:
        if self.contact is not None:
            self.editor.set_archived([self.contact.id], not self.contact.is_archived)

    def _rename_household(self) -> None:
        if self.contact is not None and self.contact.household:
            self.editor.rename_household(self.contact.household)
