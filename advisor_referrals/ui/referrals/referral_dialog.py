"""Record a referral, or open one: people, dates, status history, compensation and warnings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.contacts import Contact, ContactFields
from advisor_referrals.domain.enums import Channel, ReferralStatus, ThankYouMethod
from advisor_referrals.domain.pipeline import STATUS_LABELS, StatusChange
from advisor_referrals.domain.referrals import Referral, ReferralFields
from advisor_referrals.domain.triggers import ConversationTrigger
from advisor_referrals.services.contacts.client_table import ContactTable
from advisor_referrals.services.referrals.recording import RecordedReferral, ReferralService
from advisor_referrals.services.triggers.trigger_log import TriggerService
from advisor_referrals.ui import labels
from advisor_referrals.ui.fields import date_edit, from_qdate, set_plain_text, to_qdate
from advisor_referrals.ui.formats import short_date
from advisor_referrals.ui.forms import form_layout
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.referrals.contact_picker import ContactPicker
from advisor_referrals.ui.referrals.fields import (
    WARNING_STYLE,
    CompensationBox,
    OptionalDate,
)
from advisor_referrals.ui.screen import grow_to_fit, resize_within_screen
from advisor_referrals.ui.worker import run_task, show_error


@dataclass(frozen=True)
class ReferralServices:
    referrals: ReferralService
    triggers: TriggerService
    contacts: ContactTable


class ReferralDialog(QDialog):
    """Checks the form and asks for it to be saved (`save_requested(fields, new_person)`);
    the controller saves it off the UI thread and answers with `finish(result)`, which
    emits `recorded(RecordedReferral)` or `edited(ReferralChange)`, or `refused(error)`."""

    save_requested = Signal(object, object)
    recorded = Signal(object)
    edited = Signal(object)

    def __init__(
        self,
        services: ReferralServices,
        parent: QWidget | None = None,
        *,
        existing: Referral | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.existing = existing
        self._wanted_trigger: int | None = None
        self.setWindowTitle(
            tr("Referrals", "Referral") if existing else tr("Referrals", "Record a referral")
        )
        self.referrer = ContactPicker(services.contacts, self)
        self.referred = ContactPicker(services.contacts, self)
        self._build_referred()
        self.received_on = date_edit(parent=self)
        self.status = QComboBox(self)
        for status in ReferralStatus:
            self.status.addItem(tr("Referrals", STATUS_LABELS[status]), status.value)
        self.status.setCurrentIndex(self.status.findData(ReferralStatus.NEW.value))
        self.channel = QComboBox(self)
        self.channel.addItem("", None)
        for channel in Channel:
            self.channel.addItem(tr("Referrals", channel.value.capitalize()), channel.value)
        self.trigger = QComboBox(self)
        self.trigger.addItem(tr("Referrals", "(none)"), None)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(60)
        self.notes.setTabChangesFocus(True)
        # The dates a referral gains later and its history show once it exists; until
        # then they are in no layout and have no parent, so they never show at all.
        self.first_contacted = OptionalDate(tr("Referrals", "First contacted on:"))
        self.thanked = OptionalDate(tr("Referrals", "Thanked on:"))
        self.thanked_by = QComboBox()
        self.thanked_by.addItem(tr("Referrals", "(how not recorded)"), None)
        for method in ThankYouMethod:
            self.thanked_by.addItem(labels.thank_you_method(method), method.value)
        self.thanked_by.setEnabled(False)
        self.thanked.check.toggled.connect(self.thanked_by.setEnabled)
        self.converted = OptionalDate(tr("Referrals", "Converted on:"))
        self.compensation = CompensationBox(self)
        self.history = QListWidget()

        form = form_layout()
        form.addRow(tr("Referrals", "Referred &by:"), self.referrer)
        form.addRow(tr("Referrals", "&Referred person:"), self.referred_box)
        form.addRow(tr("Referrals", "Received &on:"), self.received_on)
        form.addRow(tr("Referrals", "&Status:"), self.status)
        form.addRow(tr("Referrals", "&Channel:"), self.channel)
        form.addRow(tr("Referrals", "&Trigger:"), self.trigger)
        form.addRow(tr("Referrals", "&Notes:"), self.notes)
        if existing is not None:
            # Each date's check box is its label, so the three dates line up with the
            # received date above them; how the thank-you went sits beside its date.
            form.addRow(*self.first_contacted.row())
            thanked_check, thanked_date = self.thanked.row()
            thanked_row = QHBoxLayout()
            thanked_row.setContentsMargins(0, 0, 0, 0)
            thanked_row.addWidget(thanked_date, 1)
            thanked_row.addWidget(self.thanked_by)
            form.addRow(thanked_check, thanked_row)
            form.addRow(*self.converted.row())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        # Two columns, so that a reopened referral with its dates, compensation and
        # history fits a laptop's screen at 125% (docs/design.md, "The screen").
        side = QVBoxLayout()
        side.addWidget(self.compensation)
        if existing is not None:
            history_label = QLabel(tr("Referrals", "&History:"), self)
            history_label.setBuddy(self.history)
            side.addWidget(history_label)
            side.addWidget(self.history, 1)
        side.addStretch(0 if existing is not None else 1)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(form, 3)
        columns.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.referrer.contact_chosen.connect(self._load_triggers)
        if existing is not None:
            self._show(existing)
        hint = self.sizeHint()
        resize_within_screen(self, max(860, hint.width()), hint.height())
        grow_to_fit(self)

    # The referred person: someone in the book, or a new prospect

    def _build_referred(self) -> None:
        self.referred_box = QWidget(self)
        self.pick_existing = QRadioButton(tr("Referrals", "Someone in the book"), self)
        self.pick_new = QRadioButton(tr("Referrals", "A new person (added as a prospect)"), self)
        self.pick_new.setChecked(True)
        group = QButtonGroup(self.referred_box)
        group.addButton(self.pick_existing)
        group.addButton(self.pick_new)
        self.first_name = QLineEdit(self)
        self.first_name.setPlaceholderText(tr("Referrals", "First name"))
        self.last_name = QLineEdit(self)
        self.last_name.setPlaceholderText(tr("Referrals", "Last name"))
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(tr("Referrals", "Email"))
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(tr("Referrals", "Phone"))
        new_person = QWidget(self)
        grid = form_layout(new_person)
        grid.setContentsMargins(0, 0, 0, 0)
        names = QHBoxLayout()
        names.addWidget(self.first_name)
        names.addWidget(self.last_name)
        contact = QHBoxLayout()
        contact.addWidget(self.email)
        contact.addWidget(self.phone)
        grid.addRow(names)
        grid.addRow(contact)
        existing_person = QWidget(self)
        existing_layout = QVBoxLayout(existing_person)
        existing_layout.setContentsMargins(0, 0, 0, 0)
        existing_layout.addWidget(self.referred)
        existing_layout.addStretch(1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(new_person)
        self.pages.addWidget(existing_person)
        self.duplicate = QLabel(self)
        self.duplicate.setWordWrap(True)
        self.duplicate.setStyleSheet(WARNING_STYLE)
        self.duplicate.hide()
        self.use_duplicate = QPushButton(tr("Referrals", "Use this contact"), self)
        self.use_duplicate.hide()
        self.use_duplicate.clicked.connect(self._take_duplicate)
        choice = QHBoxLayout()
        choice.addWidget(self.pick_new)
        choice.addWidget(self.pick_existing)
        choice.addStretch(1)
        column = QVBoxLayout(self.referred_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(choice)
        column.addWidget(self.pages)
        dup_row = QHBoxLayout()
        dup_row.addWidget(self.duplicate, 1)
        dup_row.addWidget(self.use_duplicate)
        column.addLayout(dup_row)
        self.pick_existing.toggled.connect(self._show_person_page)
        self._show_person_page(False)
        self.duplicates: list[Contact] = []
        self._dup_timer = QTimer(self)
        self._dup_timer.setSingleShot(True)
        self._dup_timer.setInterval(250)
        self._dup_timer.timeout.connect(self._check_duplicates)
        for edit in (self.first_name, self.last_name, self.email):
            edit.textEdited.connect(lambda _t: self._dup_timer.start())

    def _show_person_page(self, existing: bool) -> None:
        """Show the fields for a new person or the picker; the box is as tall as the page
        shown (a stack is as tall as its tallest page unless told otherwise)."""
        self.pages.setCurrentIndex(1 if existing else 0)
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            shown = index == self.pages.currentIndex()
            policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
            if page is not None:
                page.setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        self.pages.updateGeometry()

    def _check_duplicates(self) -> None:
        first, last, email = self.first_name.text(), self.last_name.text(), self.email.text()
        run_task(
            self,
            lambda _p: self.services.referrals.likely_duplicates(first, last, email),
            self._show_duplicates,
        )

    def _show_duplicates(self, found: list[Contact]) -> None:
        self.duplicates = found
        if not found or self.pick_existing.isChecked():
            self.duplicate.hide()
            self.use_duplicate.hide()
            return
        first = found[0]
        where = " · ".join(p for p in (first.email, first.city, first.relationship.value) if p)
        text = tr("Referrals", "Possible duplicate: {0} ({1}) is already in the book.").format(
            first.full_name, where
        )
        if len(found) > 1:
            text += " " + tr("Referrals", "{0} more look alike.").format(len(found) - 1)
        self.duplicate.setText(text)
        self.duplicate.show()
        self.use_duplicate.show()
        grow_to_fit(self)  # the warning wraps: the dialog grows to show it whole

    def _take_duplicate(self) -> None:
        if self.duplicates:
            chosen = self.duplicates[0]
            self.pick_existing.setChecked(True)
            self.referred.set_contact(chosen.id, chosen.full_name)
            self.duplicate.hide()
            self.use_duplicate.hide()

    # Presets and loading

    def preset(
        self,
        *,
        referrer: tuple[int, str] | None = None,
        referred: tuple[int, str] | None = None,
        trigger_id: int | None = None,
    ) -> None:
        self._wanted_trigger = trigger_id
        if referrer is not None:
            self.referrer.set_contact(*referrer)
        if referred is not None:
            self.pick_existing.setChecked(True)
            self.referred.set_contact(*referred)

    def _load_triggers(self, contact_id: int) -> None:
        run_task(
            self, lambda _p: self.services.triggers.for_contact(contact_id), self._fill_triggers
        )

    def _fill_triggers(self, triggers: list[ConversationTrigger]) -> None:
        wanted = self._wanted_trigger
        if wanted is None and self.existing is not None:
            wanted = self.existing.trigger_id
        self.trigger.clear()
        self.trigger.addItem(tr("Referrals", "(none)"), None)
        for t in triggers[:50]:
            self.trigger.addItem(f"{t.kind_label} — {short_date(t.occurred_on)}", t.id)
        if wanted is not None:
            self.trigger.setCurrentIndex(max(0, self.trigger.findData(wanted)))

    def _show(self, referral: Referral) -> None:
        self.referrer.set_contact(referral.referrer_id, referral.referrer_name)
        self.pick_existing.setChecked(True)
        self.pick_new.setEnabled(False)
        self.referred.set_contact(referral.referred_id, referral.referred_name)
        self.received_on.setDate(to_qdate(referral.received_on))
        self.status.setCurrentIndex(self.status.findData(referral.status.value))
        self.channel.setCurrentIndex(
            max(0, self.channel.findData(referral.channel.value if referral.channel else None))
        )
        set_plain_text(self.notes, referral.notes)
        self.first_contacted.set_value(referral.first_contacted_on)
        self.thanked.set_value(referral.thanked_on)
        method = referral.thanked_by.value if referral.thanked_by else None
        self.thanked_by.setCurrentIndex(max(0, self.thanked_by.findData(method)))
        self.converted.set_value(referral.converted_on)
        self.compensation.set_compensation(referral.compensation)
        run_task(self, lambda _p: self.services.referrals.history(referral.id), self._fill_history)

    def _fill_history(self, changes: list[StatusChange]) -> None:
        self.history.clear()
        for change in changes:
            to = tr("Referrals", STATUS_LABELS[change.to_status])
            if change.from_status is None:
                text = tr("Referrals", "{0}: recorded as {1}").format(
                    short_date(change.changed_on), to
                )
            else:
                text = tr("Referrals", "{0}: {1} → {2}").format(
                    short_date(change.changed_on),
                    tr("Referrals", STATUS_LABELS[change.from_status]),
                    to,
                )
            self.history.addItem(f"{text}  ({change.user})" if change.user else text)

    # Saving

    def fields(self) -> tuple[ReferralFields, ContactFields | None] | None:
        if self.referrer.contact_id is None:
            self._say(tr("Referrals", "Choose who made the referral."))
            return None
        new_person = None
        if self.pick_existing.isChecked():
            if self.referred.contact_id is None:
                self._say(tr("Referrals", "Choose the referred person from the list."))
                return None
            referred_id = self.referred.contact_id
        else:
            if not (self.first_name.text().strip() or self.last_name.text().strip()):
                self._say(tr("Referrals", "Give the referred person's name."))
                return None
            new_person = ContactFields(
                first_name=self.first_name.text(),
                last_name=self.last_name.text(),
                email=self.email.text() or None,
                phone=self.phone.text() or None,
            )
            referred_id = 0
        status = ReferralStatus(self.status.currentData())
        channel = self.channel.currentData()
        existing = self.existing is not None
        fields = ReferralFields(
            referrer_id=self.referrer.contact_id,
            referred_id=referred_id,
            received_on=from_qdate(self.received_on.date()),
            status=status,
            channel=Channel(channel) if channel else None,
            first_contacted_on=self.first_contacted.value() if existing else None,
            thanked_on=self.thanked.value() if existing else None,
            thanked_by=self._thanked_by() if existing else None,
            converted_on=self.converted.value()
            if existing and status is ReferralStatus.CONVERTED
            else None,
            trigger_id=self.trigger.currentData(),
            notes=self.notes.toPlainText().strip(),
            compensation=self.compensation.compensation(),
        )
        return fields, new_person

    def _thanked_by(self) -> ThankYouMethod | None:
        method = self.thanked_by.currentData()
        return ThankYouMethod(method) if method and self.thanked.value() else None

    def save(self) -> None:
        made = self.fields()
        if made is None:
            return
        self.buttons.setEnabled(False)
        self.save_requested.emit(*made)

    def referred_name(self, new_person: ContactFields | None) -> str:
        if self.existing is not None:
            return self.existing.referred_name
        return new_person.full_name if new_person is not None else self.referred.text()

    def finish(self, result: object) -> None:
        """The book has it: say so and close."""
        if isinstance(result, RecordedReferral):
            self.recorded.emit(result)
        else:
            self.edited.emit(result)
        self.accept()

    def refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, error)

    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
