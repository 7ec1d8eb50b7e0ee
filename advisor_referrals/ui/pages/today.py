"""The Today page: the advisor's day at a glance, as cards from a list of sections.

Sections come from `today_sections.make_today_sections`; each is a TodaySection that
loads itself and says which kinds of records it shows (`follows`): after a change, only
the sections it touches reload. The page lays them out two to a row (wide ones take the row) in a scroll
area, under a heading with today's date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.practice import Scope
from advisor_referrals.services.changes import BookChanges
from advisor_referrals.ui import formats
from advisor_referrals.ui.book_events import BookEvents
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.pages.base import Page, TodaySection, refresh_sections, section_heading
from advisor_referrals.ui.practice.scope import ScopeChooser, ScopeState
from advisor_referrals.ui.theme import Card, set_role


def card(section: TodaySection) -> QFrame:
    frame = Card()
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    if not section.draws_own_title:
        layout.addWidget(section_heading(frame, section.title()))
    layout.addWidget(section)
    layout.addStretch(1)  # a short section stays at the top of a tall row
    return frame


class TodayPage(Page):
    key = "today"

    def __init__(
        self,
        sections: list[TodaySection],
        events: BookEvents,
        parent: QWidget | None = None,
        scope: ScopeState | None = None,
    ) -> None:
        super().__init__(parent)
        self.sections = sections
        heading = QLabel(tr("Today", "Today"))
        set_role(heading, "heading")
        title_row = QHBoxLayout()
        title_row.addWidget(heading)
        title_row.addStretch(1)
        # Whose day: mine, one advisor's or the practice's (docs/design.md, "A practice").
        self.scope_chooser: ScopeChooser | None = None
        if scope is not None:
            self.scope_chooser = ScopeChooser(scope)
            title_row.addWidget(self.scope_chooser)
            self._set_scope(scope.scope)
            scope.changed.connect(self._scope_changed)
        self.date_label = QLabel()
        set_role(self.date_label, "muted")

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(14)
        row = column = 0
        for section in sections:
            if section.wide and column:
                row, column = row + 1, 0
            grid.addWidget(card(section), row, column, 1, 2 if section.wide else 1)
            column += 2 if section.wide else 1
            if column >= 2:
                row, column = row + 1, 0
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        body = QWidget()
        column_layout = QVBoxLayout(body)
        column_layout.setContentsMargins(20, 16, 20, 20)
        column_layout.addLayout(title_row)
        column_layout.addWidget(self.date_label)
        column_layout.addSpacing(10)
        column_layout.addLayout(grid)
        column_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.follow(events, *sorted({kind for s in sections for kind in s.follows}))

    def title(self) -> str:
        return tr("Pages", "Today")

    def refresh(self) -> None:
        self.date_label.setText(formats.long_date(date.today()))
        refresh_sections(self.sections)

    def _set_scope(self, scope: Scope) -> None:
        for section in self.sections:
            section.scope = scope

    def _scope_changed(self, scope: Scope) -> None:
        self._set_scope(scope)
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def apply_changes(self, changes: BookChanges) -> None:
        """Only the sections showing the kinds of records that changed reload."""
        refresh_sections([s for s in self.sections if changes.touches(*s.follows)])
