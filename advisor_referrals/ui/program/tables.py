"""A read-only table of records with a row of buttons under it: what each tab of the
Program page is made of."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.ui.theme import set_role

T = TypeVar("T")
Cell = str | tuple[str, str]  # text, or (text, colour)


class RecordTable(QWidget, Generic[T]):
    """Rows of records; buttons act on the selected one (double-click: the first button)."""

    def __init__(
        self,
        headers: Sequence[str],
        cells: Callable[[T], Sequence[Cell]],
        empty: str,
        parent: QWidget | None = None,
        *,
        numeric: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self.cells = cells
        self.numeric = set(numeric)
        self.records: list[T] = []
        self.view = QTableWidget(0, len(headers), self)
        self.view.setHorizontalHeaderLabels(list(headers))
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel(empty, self)
        set_role(self.empty, "muted")
        self.buttons = QHBoxLayout()
        self.acting: list[tuple[QPushButton, bool]] = []  # (button, needs a selected row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(self.buttons)
        self.buttons.addStretch(1)
        self.view.itemSelectionChanged.connect(self._enable)
        self.view.doubleClicked.connect(lambda _i: self._default())

    def add_action(self, text: str, act: Callable[[], None]) -> QPushButton:
        """A button that needs no row (New…)."""
        return self._button(text, act, needs_row=False)

    def add_row_action(self, text: str, act: Callable[[T], None]) -> QPushButton:
        """A button that acts on the selected row (Edit…, Delete)."""

        def on_selected() -> None:
            chosen = self.selected()
            if chosen is not None:
                act(chosen)

        return self._button(text, on_selected, needs_row=True)

    def _button(self, text: str, act: Callable[[], None], *, needs_row: bool) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _c=False: act())
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        self.acting.append((button, needs_row))
        self._enable()
        return button

    def _default(self) -> None:
        for button, needs_row in self.acting:
            if needs_row and button.isEnabled():
                button.click()
                return

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for button, needs_row in self.acting:
            button.setEnabled(chosen or not needs_row)

    def selected(self) -> T | None:
        rows = {index.row() for index in self.view.selectedIndexes()}
        return self.records[min(rows)] if rows and min(rows) < len(self.records) else None

    def show_records(self, records: Sequence[T]) -> None:
        kept = self.selected()
        self.records = list(records)
        self.view.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            for column, cell in enumerate(self.cells(record)):
                text, colour = (cell, "") if isinstance(cell, str) else cell
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column in self.numeric:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if colour:
                    item.setForeground(QBrush(QColor(colour)))
                self.view.setItem(row, column, item)
        self.empty.setVisible(not self.records)
        kept_id = getattr(kept, "id", None)
        for row, record in enumerate(self.records):
            if kept_id is not None and getattr(record, "id", None) == kept_id:
                self.view.selectRow(row)
        self._enable()
