"""A client event: its details, then (once saved) the clients invited with their answers,
and the guests they brought, each added as a prospect referred by the host in one step."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.client_events import (
    CAPACITY_MAX,
    GUEST_PLACES_MAX,
    MINUTES_MAX,
    ClientEvent,
    EventFields,
    EventResults,
    Guest,
    Invitation,
    Rsvp,
    places_taken,
    validate_event,
)
from advisor_referrals.domain.errors import Problem
from advisor_referrals.domain.referrals import MONEY_MAX
from advisor_referrals.services.contacts.client_table import ContactTable
from advisor_referrals.ui import formats
from advisor_referrals.ui import labels as common_labels
from advisor_referrals.ui.fields import date_edit, from_qdate, set_plain_text, to_qdate
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.program import labels
from advisor_referrals.ui.program.record_dialog import RecordDialog
from advisor_referrals.ui.referrals.contact_picker import ContactPicker
from advisor_referrals.ui.screen import resize_within_screen


def table(headers: list[str], parent: QWidget) -> QTableWidget:
    view = QTableWidget(0, len(headers), parent)
    view.setHorizontalHeaderLabels(headers)
    view.verticalHeader().hide()
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class EventDialog(RecordDialog):
    """`invite_requested(ids, places)`, `answer_requested(invitation, (rsvp, places, came))`
    and `add_guest_requested()` ask the controller to make those changes (each undoable);
    it answers with `show_lists(...)`."""

    invite_requested = Signal(object, int)
    engaged_requested = Signal(int)
    answer_requested = Signal(object, object)
    add_guest_requested = Signal()

    def __init__(
        self,
        contacts: ContactTable,
        parent: QWidget | None = None,
        *,
        existing: ClientEvent | None = None,
    ) -> None:
        super().__init__(existing.name if existing else tr("Program", "New client event"), parent)
        self.existing = existing
        self.invitations: list[Invitation] = []
        self.guests: list[Guest] = []
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(tr("Program", "Such as an autumn wine tasting"))
        self.held_on = date_edit(date.today(), self)
        self.place = QLineEdit(self)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, CAPACITY_MAX)
        self.capacity.setSpecialValueText(tr("Program", "No limit"))
        self.cost = QDoubleSpinBox(self)
        self.cost.setRange(0, float(MONEY_MAX))
        self.cost.setDecimals(2)
        self.cost.setGroupSeparatorShown(True)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, MINUTES_MAX)
        self.minutes.setSingleStep(30)
        self.minutes.setSuffix(tr("Program", " min"))
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(44)
        # Two columns, so the invitations and guests below have the room.
        grid = QGridLayout()
        pairs = [
            (tr("Program", "&Name:"), self.name),
            (tr("Program", "&Held on:"), self.held_on),
            (tr("Program", "&Place:"), self.place),
            (tr("Program", "&Capacity:"), self.capacity),
            (tr("Program", "C&ost:"), self.cost),
            (tr("Program", "Your time:"), self.minutes),
        ]
        for index, (text, field) in enumerate(pairs):
            label = QLabel(text, self)
            label.setBuddy(field)
            row, column = divmod(index, 2)
            grid.addWidget(label, row, 2 * column)
            grid.addWidget(field, row, 2 * column + 1)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        self.form.addRow(grid)
        self.form.addRow(tr("Program", "Notes:"), self.notes)
        if existing is not None:
            self._show(existing)
            self._build_lists(contacts)
        self.finish_layout()
        resize_within_screen(self, 720 if existing else 460, self.sizeHint().height())

    def _show(self, event: ClientEvent) -> None:
        self.name.setText(event.name)
        self.held_on.setDate(to_qdate(event.held_on))
        self.place.setText(event.place)
        self.capacity.setValue(event.capacity or 0)
        self.cost.setValue(float(event.cost))
        self.minutes.setValue(event.minutes)
        set_plain_text(self.notes, event.notes)

    # Invitations and guests

    def _build_lists(self, contacts: ContactTable) -> None:
        invited = QGroupBox(tr("Program", "Invitations"), self)
        self.invited = table(
            [
                tr("Program", "Client"),
                tr("Program", "Answer"),
                tr("Program", "Guest places"),
                tr("Program", "Came"),
            ],
            invited,
        )
        self.invited.itemSelectionChanged.connect(self._selected)
        self.picker = ContactPicker(contacts, invited)
        self.places = QSpinBox(invited)
        self.places.setRange(0, GUEST_PLACES_MAX)
        self.places.setValue(1)
        self.places.setPrefix(tr("Program", "guests: "))
        self.invite = QPushButton(tr("Program", "&Invite"), invited)
        self.invite.clicked.connect(self._invite)
        self.invite_engaged = QPushButton(tr("Program", "Invite all engaged clients"), invited)
        self.invite_engaged.clicked.connect(
            lambda: self.engaged_requested.emit(self.places.value())
        )
        self.answer = QComboBox(invited)
        for rsvp in Rsvp:
            self.answer.addItem(labels.rsvp(rsvp), rsvp.value)
        self.answer_places = QSpinBox(invited)
        self.answer_places.setRange(0, GUEST_PLACES_MAX)
        self.came = QCheckBox(tr("Program", "Came"), invited)
        self.save_answer = QPushButton(tr("Program", "Save &answer"), invited)
        self.save_answer.clicked.connect(self._answer)
        self.seats = QLabel(invited)
        add_row = QHBoxLayout()
        for widget in (self.picker, self.places, self.invite, self.invite_engaged):
            add_row.addWidget(widget)
        answer_row = QHBoxLayout()
        for part in (self.answer, self.answer_places, self.came, self.save_answer):
            answer_row.addWidget(part)
        answer_row.addStretch(1)
        answer_row.addWidget(self.seats)
        column = QVBoxLayout(invited)
        column.addWidget(self.invited)
        column.addLayout(answer_row)
        column.addLayout(add_row)

        came = QGroupBox(tr("Program", "Guests"), self)
        self.guest_table = table(
            [
                tr("Program", "Guest"),
                tr("Program", "Brought by"),
                tr("Program", "Came"),
                tr("Program", "Referral"),
            ],
            came,
        )
        self.add_guest = QPushButton(tr("Program", "Add a &guest…"), came)
        self.add_guest.clicked.connect(self.add_guest_requested)
        self.results = QLabel(came)
        self.results.setWordWrap(True)
        guest_column = QVBoxLayout(came)
        guest_column.addWidget(self.guest_table)
        row = QHBoxLayout()
        row.addWidget(self.results, 1)
        row.addWidget(self.add_guest)
        guest_column.addLayout(row)
        self.body.addWidget(invited, 3)
        self.body.addWidget(came, 1)
        self._selected()

    def show_lists(
        self, invitations: list[Invitation], guests: list[Guest], results: EventResults
    ) -> None:
        self.invitations, self.guests = invitations, guests
        view = self.invited
        view.setRowCount(len(invitations))
        for row, i in enumerate(invitations):
            cells = [
                i.contact_name,
                labels.rsvp(i.rsvp),
                str(i.guest_places),
                tr("Program", "Yes") if i.attended else "",
            ]
            for column, text in enumerate(cells):
                view.setItem(row, column, QTableWidgetItem(text))
        self.guest_table.setRowCount(len(guests))
        for row, g in enumerate(guests):
            status = common_labels.referral_status(g.status) if g.status else ""
            cells = [
                g.contact_name,
                g.host_name,
                tr("Program", "Yes") if g.attended else "",
                status,
            ]
            for column, text in enumerate(cells):
                self.guest_table.setItem(row, column, QTableWidgetItem(text))
        taken = places_taken(invitations)
        capacity = self.existing.capacity if self.existing else None
        self.seats.setText(
            tr("Program", "{0} seats taken of {1}").format(taken, capacity)
            if capacity
            else tr("Program", "{0} seats taken").format(taken)
        )
        self.results.setText(results_text(results))
        self.add_guest.setEnabled(bool(invitations))
        self._selected()

    def _selected(self) -> None:
        chosen = self.chosen_invitation()
        for widget in (self.answer, self.answer_places, self.came, self.save_answer):
            widget.setEnabled(chosen is not None)
        if chosen is not None:
            self.answer.setCurrentIndex(self.answer.findData(chosen.rsvp.value))
            self.answer_places.setValue(chosen.guest_places)
            self.came.setChecked(chosen.attended)

    def chosen_invitation(self) -> Invitation | None:
        rows = {index.row() for index in self.invited.selectedIndexes()}
        return self.invitations[min(rows)] if rows and min(rows) < len(self.invitations) else None

    def _invite(self) -> None:
        if self.picker.contact_id is None:
            self.say(tr("Program", "Choose the client to invite from the list."))
            return
        self.invite_requested.emit([self.picker.contact_id], self.places.value())
        self.picker.set_contact(None)

    def _answer(self) -> None:
        chosen = self.chosen_invitation()
        if chosen is not None:
            answer = (
                Rsvp(self.answer.currentData()),
                self.answer_places.value(),
                self.came.isChecked(),
            )
            self.answer_requested.emit(chosen, answer)

    # The event's own fields

    def fields(self) -> EventFields:
        return EventFields(
            name=self.name.text().strip(),
            held_on=from_qdate(self.held_on.date()),
            place=self.place.text().strip(),
            capacity=self.capacity.value() or None,
            cost=Decimal(str(self.cost.value())).quantize(labels.CENTS),
            minutes=self.minutes.value(),
            notes=self.notes.toPlainText().strip(),
        )

    def check(self, fields: object) -> list[Problem]:
        assert isinstance(fields, EventFields)
        return validate_event(fields)


def results_text(results: EventResults) -> str:
    per_client = results.cost_per_new_client
    text = tr(
        "Program",
        "{0} invited, {1} coming, {2} came. {3} guests, {4} followed up, {5} became clients.",
    ).format(
        results.invited,
        results.coming,
        results.hosts_attended,
        results.guests,
        results.followed_up,
        results.converted,
    )
    if per_client is not None:
        text += " " + tr("Program", "Cost per new client: {0}.").format(formats.money(per_client))
    return text
