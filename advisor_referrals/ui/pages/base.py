"""What every page of the main window offers the window."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from advisor_referrals.domain.practice import PRACTICE_SCOPE, Scope
from advisor_referrals.services.changes import BookChanges
from advisor_referrals.ui.book_events import BookEvents
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.navigation import ListLink
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.theme import set_role


class Page(QWidget):
    """A page of the main window. `refresh()` reloads it from the book (others' changes too).

    A page that `follow`s the window's BookEvents hears every change to the kinds of
    records it shows: while it is showing it reloads the part the change touches
    (`apply_changes`); while hidden it only marks itself stale, and the main window
    reloads it when it is shown (docs/design.md, "Changes and undo").
    """

    key: str = ""
    stale: bool = False
    follows: tuple[str, ...] = ()

    def title(self) -> str:
        raise NotImplementedError

    def follow(self, events: BookEvents, *kinds: str) -> None:
        self.follows = kinds
        events.changed.connect(self._book_changed)

    def _book_changed(self, changes: BookChanges) -> None:
        if not changes.touches(*self.follows):
            return
        if self.isVisible():
            self.apply_changes(changes)
        else:
            self.stale = True

    def apply_changes(self, changes: BookChanges) -> None:
        """Reload what `changes` touch (the whole page unless a page knows better)."""
        self.refresh()

    def shown(self) -> None:
        """The window shows this page: reload it (a change may have passed while hidden)."""
        self.stale = False
        self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows; called when the page is shown and on View > Refresh."""

    def preload(self) -> None:
        """Start loading in the background when the book opens, before the page is shown."""

    def show_list(self, link: ListLink) -> None:
        """Get ready to show one of the page's lists, filtered as the link says (the Today
        view's "Show all"); the window shows the page next, which loads it."""

    def focus_search(self) -> bool:
        """Edit > Find: put the cursor in the page's search field; False if it has none."""
        return False

    def save_state(self, settings: Settings) -> None:
        """Remember layout (column widths, splitters) with `settings.save_state(...)`."""

    def restore_state(self, settings: Settings) -> None:
        """Put back what `save_state` remembered; called once, before the window shows."""


class PlaceholderPage(Page):
    """A page whose content a later release fills; it says so plainly."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        heading = QLabel(title)
        set_role(heading, "heading")
        layout.addWidget(heading)
        note = QLabel(tr("Pages", "This page is not available in this version yet."))
        set_role(note, "muted")
        layout.addWidget(note)
        layout.addStretch(1)

    def title(self) -> str:
        return self._title


def section_heading(parent: QWidget | None = None, text: str = "") -> QLabel:
    """The one look of a Today section's title (the card's own, or the section's)."""
    heading = QLabel(text, parent)
    heading.setTextFormat(Qt.TextFormat.PlainText)  # names and counts, never markup
    set_role(heading, "card-title")
    return heading


class SectionGroup(Protocol):
    """Sections that load together, in one piece of work (their shared counts once)."""

    def load(self, sections: Sequence[TodaySection]) -> None: ...


class TodaySection(QWidget):
    """One block of the Today page (reviews due, follow-ups, the ask list...).

    The Today page puts each section in a card under its title (unless the section
    `draws_own_title`); `wide` sections take the whole width, others share a row.
    """

    wide: bool = False
    draws_own_title: bool = False  # the card then shows no title above it
    # The kinds of records the section shows: a change to one of them reloads it.
    follows: tuple[str, ...] = ()
    # Sections of one group that reload together are loaded by the group, at once.
    group: SectionGroup | None = None
    # Whose clients the section shows (docs/design.md, "A practice"); the page sets it.
    scope: Scope = PRACTICE_SCOPE

    def title(self) -> str:
        raise NotImplementedError

    def make_heading(self, text: str = "") -> QLabel:
        """A title label for a section that draws its own (to add a count, say).

        It has the card title's role, so every heading on the Today page looks alike
        whether the card or the section draws it.
        """
        return section_heading(self, text)

    def refresh(self) -> None:
        """Reload from the book."""


def refresh_sections(sections: Sequence[TodaySection]) -> None:
    """Reload these sections, each group's members in one piece of work."""
    groups: dict[int, tuple[SectionGroup, list[TodaySection]]] = {}
    for section in sections:
        if section.group is None:
            section.refresh()
        else:
            groups.setdefault(id(section.group), (section.group, []))[1].append(section)
    for group, members in groups.values():
        group.load(members)
