"""What every page of the main window offers the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.theme import set_role


class Page(QWidget):
    """A page of the main window. `refresh()` reloads it from the book (others' changes too)."""

    key: str = ""

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the page shows; called when the page is shown and on View > Refresh."""

    def preload(self) -> None:
        """Start loading in the background when the book opens, before the page is shown."""

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


class TodaySection(QWidget):
    """One block of the Today page (reviews due, follow-ups, the ask list...).

    The Today page puts each section in a card under its title (unless the section
    `draws_own_title`); `wide` sections take the whole width, others share a row.
    """

    wide: bool = False
    draws_own_title: bool = False  # the card then shows no title above it

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
