"""What every page of the main window offers the window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from advisor_referrals.ui.i18n import tr


class Page(QWidget):
    """A page of the main window. `refresh()` reloads it from the book (others' changes too)."""

    key: str = ""

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the page shows; called when the page is shown and on View > Refresh."""


class PlaceholderPage(Page):
    """A page whose content a later release fills; it says so plainly."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._title = title
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        layout.addWidget(heading)
        layout.addWidget(QLabel(tr("Pages", "This page is not available in this version yet.")))
        layout.addStretch(1)

    def title(self) -> str:
        return self._title


class TodaySection(QWidget):
    """One block of the Today page (reviews due, follow-ups, the ask list...)."""

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload from the book."""
