"""Record a reward as given: the day, and a note of what it was."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from advisor_referrals.domain.program import Reward
from advisor_referrals.ui import formats
from advisor_referrals.ui.fields import date_edit, from_qdate
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.program import labels
from advisor_referrals.ui.program.record_dialog import RecordDialog


class RewardDialog(RecordDialog):
    def __init__(self, reward: Reward, parent: QWidget | None = None) -> None:
        super().__init__(tr("Program", "Reward given"), parent)
        self.reward = reward
        what = labels.reward_kind(reward.kind)
        if reward.value is not None:
            what += f" ({formats.money(reward.value)})"
        about = tr("Program", "{0} for introducing {1}, due {2}.").format(
            reward.referrer_name, reward.referred_name, formats.short_date(reward.due_on)
        )
        self.given_on = date_edit(reward.given_on or date.today(), self)
        self.notes = QLineEdit(reward.notes, self)
        self.notes.setPlaceholderText(tr("Program", "What was given, such as the charity chosen"))
        self.form.addRow(self.note(about))
        self.form.addRow(tr("Program", "Reward:"), self.note(what))
        self.form.addRow(tr("Program", "&Given on:"), self.given_on)
        self.form.addRow(tr("Program", "&Note:"), self.notes)
        self.finish_layout()

    def fields(self) -> tuple[date, str]:
        return from_qdate(self.given_on.date()), self.notes.text().strip()
