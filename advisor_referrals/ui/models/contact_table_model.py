"""The client table's Qt model: it holds the ordered ids and fetches rows a page at a time.

Sorting and filtering happen in SQL (the controller hands over a new id list); the
model only remembers a bounded number of fetched pages, so scrolling through 100,000
contacts keeps memory flat. Clicking a sortable header asks for a new order through
`sort_requested`; the model never sorts in Python.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from advisor_referrals.services.contacts.client_table import ContactListRow, SortKey
from advisor_referrals.ui import formats, labels
from advisor_referrals.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
RowFetcher = Callable[[Sequence[int]], list[ContactListRow]]


@dataclass(frozen=True)
class Column:
    key: str
    title: Callable[[], str]
    text: Callable[[ContactListRow], str]
    sort: SortKey | None = None
    hidden_by_default: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("name", lambda: tr("Clients", "Name"), lambda r: r.sort_name, SortKey.NAME),
    Column(
        "preferred_name",
        lambda: tr("Clients", "Preferred name"),
        lambda r: r.preferred_name or "",
        hidden_by_default=True,
    ),
    Column(
        "relationship",
        lambda: tr("Clients", "Relationship"),
        lambda r: labels.relationship(r.relationship),
        SortKey.RELATIONSHIP,
    ),
    Column(
        "segment",
        lambda: tr("Clients", "Segment"),
        lambda r: labels.segment(r.segment),
        SortKey.SEGMENT,
    ),
    Column(
        "tier",
        lambda: tr("Clients", "Tier"),
        lambda r: r.tier.value if r.tier else "",
        SortKey.TIER,
    ),
    Column("email", lambda: tr("Clients", "Email"), lambda r: r.email or "", SortKey.EMAIL),
    Column("phone", lambda: tr("Clients", "Phone"), lambda r: r.phone or "", SortKey.PHONE),
    Column("city", lambda: tr("Clients", "City"), lambda r: r.city or "", SortKey.CITY),
    Column(
        "household",
        lambda: tr("Clients", "Household"),
        lambda r: r.household or "",
        SortKey.HOUSEHOLD,
    ),
    Column(
        "client_since",
        lambda: tr("Clients", "Client since"),
        lambda r: formats.short_date(r.client_since),
        SortKey.CLIENT_SINCE,
    ),
    Column("tags", lambda: tr("Clients", "Tags"), lambda r: ", ".join(r.tags)),
    Column(
        "advisor",
        lambda: tr("Clients", "Advisor"),
        lambda r: r.advisor_name or "",
        hidden_by_default=True,
    ),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)


class ContactTableModel(QAbstractTableModel):
    IdRole = Qt.ItemDataRole.UserRole
    ContactRole = Qt.ItemDataRole.UserRole + 1

    sort_requested = Signal(object, bool)  # SortKey, descending

    def __init__(
        self,
        fetch_rows: RowFetcher,
        parent: QObject | None = None,
        *,
        page_size: int = 200,
        pages_kept: int = 40,
    ) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self.page_size = page_size
        self.pages_kept = pages_kept
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, ContactListRow]] = OrderedDict()
        self._row_of: dict[int, int] | None = None
        self._italic = QFont()
        self._italic.setItalic(True)

    # The id list

    def set_ids(self, ids: list[int], first_rows: Sequence[ContactListRow] = ()) -> None:
        """Show these contacts in this order; `first_rows` may pre-fill the first page."""
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self._row_of = None
        if first_rows:
            self._pages[0] = {row.id: row for row in first_rows}
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, contact_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {cid: row for row, cid in enumerate(self._ids)}
        return self._row_of.get(contact_id)

    def contact_at(self, row: int) -> ContactListRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page_number = row // self.page_size
        page = self._pages.get(page_number)
        if page is None:
            start = page_number * self.page_size
            wanted = self._ids[start : start + self.page_size]
            page = {found.id: found for found in self._fetch_rows(wanted)}
            self._pages[page_number] = page
            while len(self._pages) > self.pages_kept:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page.get(self._ids[row])

    def reload_rows(self) -> None:
        """Fetch shown rows again (after an edit) without changing the order or the ids."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )

    # Qt model interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == self.IdRole:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.FontRole,
            self.ContactRole,
        ):
            return None
        contact = self.contact_at(index.row())
        if contact is None:
            # Gone since the list was made (archived or removed elsewhere).
            return tr("Clients", "(removed)") if role == Qt.ItemDataRole.DisplayRole else None
        if role == self.ContactRole:
            return contact
        if role == Qt.ItemDataRole.FontRole:
            return self._italic if contact.archived_on is not None else None
        text = COLUMNS[index.column()].text(contact)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section].title() if 0 <= section < len(COLUMNS) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Never fetches: selecting all 100,000 rows must not load them.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS) and COLUMNS[column].sort is not None:
            self.sort_requested.emit(COLUMNS[column].sort, order == Qt.SortOrder.DescendingOrder)


def column_of(key: SortKey) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.sort is key)
