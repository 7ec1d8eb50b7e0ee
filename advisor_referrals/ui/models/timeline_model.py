"""The client detail's timeline as a Qt list model: one event a row, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from advisor_referrals.domain.asks import AskMethod, AskOutcome
from advisor_referrals.domain.enums import ReferralStatus, ThankYouMethod
from advisor_referrals.domain.timeline import ReviewState, TimelineEntry, TimelineKind
from advisor_referrals.ui import formats, labels
from advisor_referrals.ui.i18n import ntr, tr

Index = QModelIndex | QPersistentModelIndex


def _review_text(entry: TimelineEntry) -> str:
    state = ReviewState(entry.status or ReviewState.SCHEDULED)
    if state is ReviewState.COMPLETED:
        if entry.number is not None:
            return tr("Timeline", "Portfolio review (NPS {0})").format(entry.number)
        return tr("Timeline", "Portfolio review")
    return {
        ReviewState.SCHEDULED: tr("Timeline", "Portfolio review scheduled"),
        ReviewState.CANCELLED: tr("Timeline", "Portfolio review cancelled"),
        ReviewState.MISSED: tr("Timeline", "Portfolio review missed"),
    }[state]


def headline(entry: TimelineEntry) -> str:
    """One line saying what happened."""
    kind = entry.kind
    if kind is TimelineKind.TRIGGER:
        return tr("Timeline", "Trigger: {0}").format(entry.label)
    if kind is TimelineKind.REFERRAL_GIVEN:
        return tr("Timeline", "Referred {0}").format(entry.other_name)
    if kind is TimelineKind.REFERRAL_RECEIVED:
        return tr("Timeline", "Referred by {0}").format(entry.other_name)
    if kind is TimelineKind.THANKED:
        if entry.label:
            return tr("Timeline", "Thanked {0} for referring {1}").format(
                labels.thank_you_method(ThankYouMethod(entry.label)), entry.other_name
            )
        return tr("Timeline", "Thanked for referring {0}").format(entry.other_name)
    if kind is TimelineKind.REVIEW:
        return _review_text(entry)
    if kind is TimelineKind.KIT:
        return tr("Timeline", "Referral kit generated")
    if kind is TimelineKind.SENT_TO_COI:
        return tr("Timeline", "Introduced to {0}").format(entry.other_name)
    if kind is TimelineKind.RECEIVED_FROM_ADVISOR:
        return tr("Timeline", "You introduced {0}").format(entry.other_name)
    if kind is TimelineKind.ASK:
        how = labels.ask_method(AskMethod(entry.label)).lower()
        return tr("Timeline", "Asked for an introduction ({0})").format(how)
    if kind is TimelineKind.BECAME_CLIENT:
        return tr("Timeline", "Became a client")
    return tr("Timeline", "Added to the book")


def detail(entry: TimelineEntry) -> str:
    """A second, quieter line: status, whether a referral conversation was held, notes."""
    parts: list[str] = []
    if entry.kind in (TimelineKind.REFERRAL_GIVEN, TimelineKind.REFERRAL_RECEIVED):
        parts.append(labels.referral_status(ReferralStatus(entry.status or "new")))
    if entry.kind is TimelineKind.ASK and entry.status:
        parts.append(labels.ask_outcome(AskOutcome(entry.status)))
        if entry.other_name:
            parts.append(tr("Timeline", "introduced {0}").format(entry.other_name))
    if entry.flag:
        parts.append(tr("Timeline", "referral conversation held"))
    if entry.kind is TimelineKind.KIT and entry.number:
        parts.append(ntr("Timeline", "%Ln page", "%Ln pages", entry.number))
    if entry.notes:
        first_line = entry.notes.strip().splitlines()[0] if entry.notes.strip() else ""
        if first_line:
            parts.append(first_line)
    return " · ".join(parts)


class TimelineModel(QAbstractListModel):
    EntryRole = Qt.ItemDataRole.UserRole
    DetailRole = Qt.ItemDataRole.UserRole + 1
    DateRole = Qt.ItemDataRole.UserRole + 2
    OtherContactRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[TimelineEntry]:
        return list(self._entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return headline(entry)
        if role == self.DetailRole:
            return detail(entry)
        if role == self.DateRole:
            return formats.short_date(entry.on)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p for p in (formats.long_date(entry.on), entry.notes) if p)
        if role == self.EntryRole:
            return entry
        if role == self.OtherContactRole:
            return entry.other_id
        return None
