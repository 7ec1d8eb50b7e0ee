"""Keeps the client table's model in step with the chosen filter and sort, off the UI thread.

Each change of filter or sort runs one id query (plus the first page of rows) on the
thread pool. Answers can arrive out of order when the user types fast: only the answer
to the latest request is shown.

Each request is answered twice: first the first page of rows (for a search in name
order, the search index's fast path), then the whole id list, which for a broad search
("an") or a big book takes longer. The table shows the first page at once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from advisor_referrals.services.contacts.client_table import (
    ContactFilter,
    ContactListRow,
    ContactTable,
    SortKey,
)
from advisor_referrals.services.progress import Progress
from advisor_referrals.ui.models.contact_table_model import ContactTableModel
from advisor_referrals.ui.worker import run_task


@dataclass(frozen=True)
class _Answer:
    generation: int
    ids: list[int]
    first_rows: list[ContactListRow]


class ContactListController(QObject):
    loaded = Signal(int)  # how many contacts the list now holds
    first_matches = Signal(int)  # the first page of a search is shown; the rest follows
    busy_changed = Signal(bool)

    def __init__(self, table: ContactTable, model: ContactTableModel, parent: QObject) -> None:
        super().__init__(parent)
        self.table = table
        self.model = model
        self.filter = ContactFilter()
        self.sort = SortKey.NAME
        self.descending = False
        self._generation = 0
        self._shown_generation = 0
        self.model.sort_requested.connect(self.set_sort)

    @property
    def busy(self) -> bool:
        return self._shown_generation != self._generation

    @property
    def answered(self) -> bool:
        """The list has been shown at least once (a page opened on a later turn of the
        event loop has not asked yet, and is not busy either)."""
        return self._shown_generation > 0

    def set_filter(self, flt: ContactFilter) -> None:
        if flt != self.filter:
            self.filter = flt
            self.reload()

    def update_filter(self, **changes: Any) -> None:
        self.set_filter(replace(self.filter, **changes))

    def set_sort(self, key: SortKey, descending: bool) -> None:
        if (key, descending) != (self.sort, self.descending):
            self.sort, self.descending = key, descending
            self.reload()

    def reload(self, *, first_page: bool = True) -> None:
        """Ask the book again (after an edit, or View > Refresh). `first_page=False`: only
        the whole list (a load in the background, with nobody watching the table yet)."""
        self._generation += 1
        generation = self._generation
        flt, sort, descending = self.filter, self.sort, self.descending
        table, page_size = self.table, self.model.page_size

        def work(_progress: Progress) -> _Answer:
            ids = table.ids(flt, sort, descending)
            return _Answer(generation, ids, table.rows(ids[:page_size]))

        def first(_progress: Progress) -> _Answer:
            rows = table.first_page(flt, page_size, sort, descending)
            return _Answer(generation, [r.id for r in rows], rows)

        # The first page comes first: a broad search's or a big book's whole id list
        # takes longer (a million contacts: a quarter of a second), and the table shows
        # its rows meanwhile (docs/design.md, "Budgets").
        if first_page:
            run_task(self.parent() or self, first, self._show_first)
        task = run_task(self.parent() or self, work, self._show)
        task.failed.connect(lambda _error: self._forget(generation))
        self.busy_changed.emit(True)

    def _show_first(self, answer: _Answer) -> None:
        # Only while the whole list for the same request is still on its way.
        if answer.generation == self._generation and self.busy:
            self.model.set_ids(answer.ids, answer.first_rows)
            self.first_matches.emit(len(answer.ids))

    def _show(self, answer: _Answer) -> None:
        if answer.generation != self._generation:
            return  # a newer request is on its way
        self._shown_generation = answer.generation
        self.model.set_ids(answer.ids, answer.first_rows)
        self.busy_changed.emit(False)
        self.loaded.emit(len(answer.ids))

    def _forget(self, generation: int) -> None:
        if generation == self._generation:
            self._shown_generation = generation
            self.busy_changed.emit(False)
