"""Centres of influence: who sends referrals, who gets them from the advisor, and the balance."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.enums import Relationship
from advisor_referrals.domain.outbound import OutboundFields, OutboundReferral, Reciprocity
from advisor_referrals.services.contacts.client_table import ContactTable
from advisor_referrals.services.referrals.coi import CoiService
from advisor_referrals.ui import formats, labels
from advisor_referrals.ui.fields import date_edit, from_qdate
from advisor_referrals.ui.formats import short_date
from advisor_referrals.ui.forms import field_label, form_layout
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.referrals.contact_picker import ContactPicker
from advisor_referrals.ui.referrals.lazy_model import AnyIndex
from advisor_referrals.ui.serial import SerialRunner
from advisor_referrals.ui.worker import run_task, show_error


def _date(value: date | None) -> str:
    return short_date(value)


class ReciprocityModel(QAbstractTableModel):
    """One row per centre of influence (a practice has tens, not thousands)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Reciprocity] = []
        self.headers = [
            labels.center_of_influence(),
            tr("Referrals", "Profession"),
            tr("Referrals", "Referrals from them"),
            tr("Referrals", "Of which converted"),
            tr("Referrals", "Referrals to them"),
            tr("Referrals", "Balance"),
            tr("Referrals", "Last from them"),
            tr("Referrals", "Last to them"),
        ]

    def set_rows(self, rows: list[Reciprocity]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            balance = formats.signed(row.balance, 0)
            values = [
                row.name,
                row.profession or "",
                str(row.received),
                str(row.received_converted),
                str(row.sent),
                balance,
                _date(row.last_received_on),
                _date(row.last_sent_on),
            ]
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            if row.balance > 0:
                return tr("Referrals", "They send you more than you send them.")
            if row.balance < 0:
                return tr("Referrals", "You send them more than they send you.")
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= index.column() <= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None


class OutboundDialog(QDialog):
    """Record a client (or anyone) the advisor sent to a centre of influence."""

    def __init__(
        self,
        coi: CoiService,
        contacts: ContactTable,
        runner: SerialRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.coi = coi
        self.runner = runner
        self.setWindowTitle(
            tr("Referrals", "Refer someone to a {0}").format(
                labels.center_of_influence(capital=False)
            )
        )
        self.to = ContactPicker(
            contacts, self, relationships=frozenset({Relationship.CENTER_OF_INFLUENCE})
        )
        self.person = ContactPicker(contacts, self)
        self.sent_on = date_edit(parent=self)
        self.notes = QLineEdit(self)
        form = form_layout()
        form.addRow(field_label(labels.center_of_influence()), self.to)
        form.addRow(tr("Referrals", "&Person referred:"), self.person)
        form.addRow(tr("Referrals", "&Sent on:"), self.sent_on)
        form.addRow(tr("Referrals", "&Notes:"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def save(self) -> None:
        coi_id, person_id = self.to.contact_id, self.person.contact_id
        if coi_id is None or person_id is None:
            missing = self.to if coi_id is None else self.person
            self.problem.setText(
                tr("Referrals", "Choose both people from the lists that appear as you type.")
            )
            self.problem.show()
            missing.setFocus()
            return
        fields = OutboundFields(
            coi_id=coi_id,
            contact_id=person_id,
            sent_on=from_qdate(self.sent_on.date()),
            notes=self.notes.text(),
        )
        self.buttons.setEnabled(False)
        coi = self.coi
        self.runner.submit(
            lambda _p: coi.record_outbound(fields),
            lambda _r: self.accept(),
            self._failed,
            parent=self,
        )

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, error)


class CoiView(QWidget):
    def __init__(
        self,
        coi: CoiService,
        contacts: ContactTable,
        runner: SerialRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.coi = coi
        self.contacts = contacts
        self.runner = runner
        self.model = ReciprocityModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAlternatingRowColors(True)
        for column, width in enumerate((180, 120, 130, 120, 120, 70, 110)):
            self.view.setColumnWidth(column, width)
        self.sent = QListWidget(self)
        self.sent_label = QLabel(
            tr("Referrals", "Referrals you sent to the selected {0}:").format(
                labels.center_of_influence(capital=False)
            ),
            self,
        )
        self.add = QPushButton(
            tr("Referrals", "Refer someone to a {0}…").format(
                labels.center_of_influence(capital=False)
            ),
            self,
        )
        self.add.clicked.connect(self._add)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_sent())
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.sent_label)
        lower_layout.addWidget(self.sent)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        intro = QLabel(
            tr(
                "Referrals",
                "Who is reciprocating? Referrals received from each {0} beside the ones "
                "you sent them.",
            ).format(labels.center_of_influence(capital=False)),
            self,
        )
        intro.setWordWrap(True)  # a narrow window wraps it rather than widens for it
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.loaded = False

    def refresh(self) -> None:
        run_task(self, lambda _p: self.coi.reciprocity(), self._fill)

    def _fill(self, rows: list[Reciprocity]) -> None:
        self.model.set_rows(rows)
        self.loaded = True
        self._show_sent()

    def _show_sent(self) -> None:
        index = self.view.currentIndex()
        self.sent.clear()
        if not index.isValid():
            return
        coi_id = self.model.rows[index.row()].coi_id
        run_task(self, lambda _p: self.coi.outbound_for(coi_id), self._fill_sent)

    def _fill_sent(self, sent: list[OutboundReferral]) -> None:
        self.sent.clear()
        for item in sent:
            text = f"{short_date(item.sent_on)}  {item.contact_name}"
            self.sent.addItem(f"{text} — {item.notes}" if item.notes else text)

    def _add(self) -> None:
        # The page reloads this view when the book events announce the new record.
        dialog = OutboundDialog(self.coi, self.contacts, self.runner, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
