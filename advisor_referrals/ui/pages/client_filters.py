"""The Clients page's search field and quick filters; they emit one ContactFilter."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.domain.practice import Scope
from advisor_referrals.services.contacts.client_table import ContactFilter
from advisor_referrals.ui import icons, labels
from advisor_referrals.ui.flow_layout import FlowLayout
from advisor_referrals.ui.i18n import tr

SEARCH_DELAY_MS = 150


class ClientFilterBar(QWidget):
    changed = Signal(object)  # ContactFilter
    # Keys pressed in the search box that act on the results: Down moves into them,
    # Return opens the selected (or first) one. The filter typed so far applies first.
    down_pressed = Signal()
    return_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = ContactFilter()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Clients", "Search names, emails, phones, places, tags…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(lambda: self._set(text=self.search.text()))
        self.search.textChanged.connect(lambda _text: self._typing.start())
        self.search.installEventFilter(self)

        self.relationship = self._combo(
            tr("Clients", "All relationships"),
            [(labels.relationship_plural(r), r.value) for r in Relationship],
            lambda value: self._set(
                relationships=frozenset({Relationship(value)}) if value else frozenset()
            ),
        )
        self.segment = self._combo(
            tr("Clients", "All segments"),
            [(labels.segment(s), s.value) for s in Segment],
            lambda value: self._set(segments=frozenset({Segment(value)}) if value else frozenset()),
        )
        self.tier = self._combo(
            tr("Clients", "All tiers"),
            [(labels.tier(t), t.value) for t in Tier],
            lambda value: self._set(tiers=frozenset({Tier(value)}) if value else frozenset()),
        )
        self.tag = self._combo(
            tr("Clients", "All tags"), [], lambda value: self._set(tag=value or None)
        )
        self.overdue = QCheckBox(tr("Clients", "Review overdue"))
        self.overdue.setToolTip(
            tr("Clients", "Clients whose last portfolio review is older than their cadence allows")
        )
        self.overdue.toggled.connect(lambda on: self._set(review_overdue=on))
        self.archived = QCheckBox(tr("Clients", "Show archived"))
        self.archived.toggled.connect(lambda on: self._set(include_archived=on))

        # One line on a wide window; on a laptop's the filters wrap to a second line
        # rather than squeeze each other's text (docs/design.md, "The screen").
        self.search.setMinimumWidth(260)
        row = FlowLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.addWidget(self.search)
        for widget in (self.relationship, self.segment, self.tier, self.tag):
            row.addWidget(widget)
        row.addWidget(self.overdue)
        row.addWidget(self.archived)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return super().eventFilter(watched, event)
            if event.key() == Qt.Key.Key_Down:
                self.apply_typed()
                self.down_pressed.emit()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.apply_typed()
                self.return_pressed.emit()
                return True
        return super().eventFilter(watched, event)

    def apply_typed(self) -> None:
        """Search for what is typed now, without waiting for the typing pause."""
        if self._typing.isActive():
            self._typing.stop()
            self._set(text=self.search.text())

    def _combo(self, everything: str, items: list[tuple[str, Any]], apply: Any) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        # As wide as the longest choice: the bar wraps rather than narrow it.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _i: apply(combo.currentData()))
        return combo

    def _set(self, **changes: Any) -> None:
        updated = replace(self.filter, **changes)
        if updated != self.filter:
            self.filter = updated
            self.changed.emit(updated)

    def refresh_tags(self, names: list[str]) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        while self.tag.count() > 1:
            self.tag.removeItem(1)
        for name in names:
            self.tag.addItem(name, name)
        index = self.tag.findData(current) if current else 0
        self.tag.setCurrentIndex(max(0, index))
        self.tag.blockSignals(False)
        if current and index < 0:
            self._set(tag=None)

    def set_scope(self, scope: Scope) -> None:
        """Whose clients the table lists; kept when the quick filters are cleared."""
        self._set(scope=scope)

    def is_narrowed(self) -> bool:
        everything = ContactFilter(
            include_archived=self.filter.include_archived, scope=self.filter.scope
        )
        return self.filter != everything

    def clear(self) -> None:
        """Back to every contact (keeping "show archived"), as one change."""
        for combo in (self.relationship, self.segment, self.tier, self.tag):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for widget in (self.search, self.overdue):
            widget.blockSignals(True)
        self.search.clear()
        self.overdue.setChecked(False)
        for widget in (self.search, self.overdue):
            widget.blockSignals(False)
        self._typing.stop()
        self._set(
            text="",
            relationships=frozenset(),
            segments=frozenset(),
            tiers=frozenset(),
            tag=None,
            review_overdue=False,
        )
