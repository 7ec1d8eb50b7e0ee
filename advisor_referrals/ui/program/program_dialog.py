"""Write down a referral program: who it is for, what the referrer receives and when, what
the friend is offered, and the words printed on the kits of the clients it is for."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from advisor_referrals.domain.enums import Segment
from advisor_referrals.domain.errors import Problem
from advisor_referrals.domain.program import (
    Audience,
    Program,
    ProgramFields,
    ProgramKind,
    RewardKind,
    RewardWhen,
    is_compensation,
    validate_program,
)
from advisor_referrals.domain.referrals import MONEY_MAX
from advisor_referrals.ui import labels as common_labels
from advisor_referrals.ui.fields import set_plain_text
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.program import labels
from advisor_referrals.ui.program.record_dialog import RecordDialog
from advisor_referrals.ui.referrals.fields import WARNING_STYLE, OptionalDate
from advisor_referrals.ui.screen import resize_within_screen


def text_box(parent: QWidget, placeholder: str, height: int = 54) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(height)
    box.setTabChangesFocus(True)
    return box


class ProgramDialog(RecordDialog):
    def __init__(self, parent: QWidget | None = None, *, existing: Program | None = None) -> None:
        title = tr("Program", "Referral program") if existing else tr("Program", "New program")
        super().__init__(title, parent)
        self.existing = existing
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in ProgramKind:
            self.kind.addItem(labels.program_kind(kind), kind.value)
        self.starts = OptionalDate(tr("Program", "Starts on"), self)
        self.ends = OptionalDate(tr("Program", "Ends on"), self)
        self.audience = QComboBox(self)
        for audience in Audience:
            self.audience.addItem(labels.audience(audience), audience.value)
        self.segment = QComboBox(self)
        for segment in Segment:
            self.segment.addItem(common_labels.segment(segment), segment.value)
        self.tag = QLineEdit(self)
        self.tag.setPlaceholderText(tr("Program", "A tag, such as golf"))
        self.reward_kind = QComboBox(self)
        for reward in RewardKind:
            self.reward_kind.addItem(labels.reward_kind(reward), reward.value)
        self.reward_value = QDoubleSpinBox(self)
        self.reward_value.setRange(0, float(MONEY_MAX))
        self.reward_value.setDecimals(2)
        self.reward_value.setSpecialValueText(tr("Program", "No set value"))
        self.reward_when = QComboBox(self)
        for when in RewardWhen:
            self.reward_when.addItem(labels.reward_when(when), when.value)
        self.reward_text = QLineEdit(self)
        self.reward_text.setPlaceholderText(tr("Program", "In words, such as a $50 gift card"))
        self.friend_offer = QLineEdit(self)
        self.friend_offer.setPlaceholderText(
            tr("Program", "Such as a complimentary second opinion on their plan")
        )
        self.kit_wording = text_box(
            self, tr("Program", "Printed on the kits of the clients it is for")
        )
        self.notes = text_box(self, tr("Program", "Notes"), 44)
        self.active = QCheckBox(tr("Program", "Running"), self)
        self.active.setChecked(True)
        self.compliance = self.note("")
        self.compliance.setStyleSheet(WARNING_STYLE)
        form = self.form
        form.addRow(tr("Program", "&Name:"), self.name)
        form.addRow(tr("Program", "&Kind:"), self.kind)
        form.addRow("", self.starts)
        form.addRow("", self.ends)
        form.addRow(tr("Program", "&For:"), self.audience)
        form.addRow(tr("Program", "Segment:"), self.segment)
        form.addRow(tr("Program", "Tag:"), self.tag)
        form.addRow(tr("Program", "The referrer &receives:"), self.reward_kind)
        form.addRow(tr("Program", "Value:"), self.reward_value)
        form.addRow(tr("Program", "&When:"), self.reward_when)
        form.addRow(tr("Program", "In words:"), self.reward_text)
        form.addRow(tr("Program", "The friend is &offered:"), self.friend_offer)
        form.addRow(tr("Program", "On the &kit:"), self.kit_wording)
        form.addRow(tr("Program", "Notes:"), self.notes)
        form.addRow("", self.active)
        self.body.addWidget(self.compliance)
        self.finish_layout()
        self.audience.currentIndexChanged.connect(lambda _i: self._audience_changed())
        self.reward_kind.currentIndexChanged.connect(lambda _i: self._reward_changed())
        if existing is not None:
            self._show(existing)
        self._audience_changed()
        self._reward_changed()
        resize_within_screen(self, 560, self.sizeHint().height())

    def _show(self, p: Program) -> None:
        self.name.setText(p.name)
        self.kind.setCurrentIndex(self.kind.findData(p.kind.value))
        self.starts.set_value(p.starts_on)
        self.ends.set_value(p.ends_on)
        self.audience.setCurrentIndex(self.audience.findData(p.audience.value))
        if p.audience is Audience.SEGMENT:
            self.segment.setCurrentIndex(max(0, self.segment.findData(p.audience_value)))
        elif p.audience is Audience.TAG:
            self.tag.setText(p.audience_value)
        self.reward_kind.setCurrentIndex(self.reward_kind.findData(p.reward_kind.value))
        self.reward_value.setValue(float(p.reward_value or 0))
        self.reward_when.setCurrentIndex(self.reward_when.findData(p.reward_when.value))
        self.reward_text.setText(p.reward_text)
        self.friend_offer.setText(p.friend_offer)
        set_plain_text(self.kit_wording, p.kit_wording)
        set_plain_text(self.notes, p.notes)
        self.active.setChecked(p.active)

    def _audience_changed(self) -> None:
        audience = Audience(self.audience.currentData())
        self.segment.setEnabled(audience is Audience.SEGMENT)
        self.tag.setEnabled(audience is Audience.TAG)

    def _reward_changed(self) -> None:
        kind = RewardKind(self.reward_kind.currentData())
        if is_compensation(kind):
            self.compliance.setText(
                tr(
                    "Program",
                    "This reward is compensation under the SEC Marketing Rule: each referral "
                    "it rewards enters the compliance ledger, the friend must receive a "
                    "disclosure, and above $1,000 to one person in twelve months a written "
                    "agreement is needed.",
                )
            )
        else:
            self.compliance.setText(
                tr(
                    "Program",
                    "An invitation to an event held for clients is not compensation: referrals "
                    "it rewards stay out of the compliance ledger.",
                )
            )

    def fields(self) -> ProgramFields:
        audience = Audience(self.audience.currentData())
        value = {
            Audience.SEGMENT: str(self.segment.currentData()),
            Audience.TAG: self.tag.text().strip(),
        }.get(audience, "")
        amount = self.reward_value.value()
        return ProgramFields(
            name=self.name.text().strip(),
            kind=ProgramKind(self.kind.currentData()),
            starts_on=self.starts.value(),
            ends_on=self.ends.value(),
            audience=audience,
            audience_value=value,
            reward_kind=RewardKind(self.reward_kind.currentData()),
            reward_value=Decimal(str(amount)).quantize(labels.CENTS) if amount else None,
            reward_when=RewardWhen(self.reward_when.currentData()),
            reward_text=self.reward_text.text().strip(),
            friend_offer=self.friend_offer.text().strip(),
            kit_wording=self.kit_wording.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(),
            active=self.active.isChecked(),
        )

    def check(self, fields: object) -> Sequence[Problem]:
        assert isinstance(fields, ProgramFields)
        return validate_program(fields)
