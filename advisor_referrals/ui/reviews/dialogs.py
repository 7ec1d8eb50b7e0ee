"""The Schedule (and Reschedule) and Complete dialogs. Layout and input only: no book access."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from html import escape

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.enums import ReviewKind
from advisor_referrals.ui.fields import date_edit, from_qdate, from_qtime, set_plain_text
from advisor_referrals.ui.formats import short_date, short_time
from advisor_referrals.ui.forms import form_layout
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.reviews.nps import NpsPicker
from advisor_referrals.ui.reviews.text import kind_text

DEFAULT_TIME = time(10, 0)


@dataclass(frozen=True)
class ScheduleChoice:
    on: date
    at: time | None
    kind: ReviewKind | None
    notes: str


@dataclass(frozen=True)
class CompleteChoice:
    completed_on: date
    nps: int | None
    feedback_requested: bool
    referral_conversation: bool
    notes: str


def _heading(name: str, detail: str) -> QLabel:
    text = f"<b>{escape(name)}</b>" + (f"<br>{escape(detail)}" if detail else "")
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class ScheduleDialog(QDialog):
    """Date, optional time, kind of meeting, and a note for a review to book or move."""

    def __init__(
        self,
        name: str,
        detail: str = "",
        *,
        on: date,
        at: time | None = None,
        kind: ReviewKind | None = None,
        reschedule: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            tr("Reviews", "Move review") if reschedule else tr("Reviews", "Schedule review")
        )
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(name, detail))
        form = form_layout()
        self.date_edit = date_edit(on)
        self.date_edit.setMinimumDate(QDate(1900, 1, 1))
        self.date_edit.setMaximumDate(QDate(2100, 12, 31))
        form.addRow(tr("Reviews", "&Date:"), self.date_edit)

        self.timed = QCheckBox(tr("Reviews", "At a set &time"))
        self.time_edit = QTimeEdit(_qtime(at or DEFAULT_TIME))
        self.timed.setChecked(at is not None)
        self.time_edit.setEnabled(at is not None)
        self.timed.toggled.connect(self.time_edit.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.timed)
        when.addWidget(self.time_edit, 1)
        form.addRow(tr("Reviews", "Time:"), when)

        self.kind_box = QComboBox()
        self.kind_box.addItem(tr("Reviews", "Not set"), None)
        for member in ReviewKind:
            self.kind_box.addItem(kind_text(member), member.value)
        if kind is not None:
            self.kind_box.setCurrentIndex(self.kind_box.findData(kind.value))
        form.addRow(tr("Reviews", "&Meeting:"), self.kind_box)

        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(
            tr("Reviews", "What to prepare or discuss (stays in the book)")
        )
        self.notes.setFixedHeight(70)
        if not reschedule:
            form.addRow(tr("Reviews", "&Notes:"), self.notes)
        layout.addLayout(form)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Reviews", "Move") if reschedule else tr("Reviews", "Schedule"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> ScheduleChoice:
        chosen = self.kind_box.currentData()
        return ScheduleChoice(
            on=from_qdate(self.date_edit.date()),
            at=from_qtime(self.time_edit.time()) if self.timed.isChecked() else None,
            kind=ReviewKind(chosen) if chosen else None,
            notes=self.notes.toPlainText().strip(),
        )


class CompleteDialog(QDialog):
    """What happened at a review: the day, the NPS answer, feedback, referral talk, notes."""

    def __init__(
        self,
        name: str,
        detail: str = "",
        *,
        completed_on: date,
        today: date,
        notes: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Reviews", "Complete review"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(name, detail))
        form = form_layout()
        self.date_edit = date_edit(completed_on)
        self.date_edit.setMinimumDate(QDate(1900, 1, 1))
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setToolTip(tr("Reviews", "A review cannot be completed after today."))
        form.addRow(tr("Reviews", "&Held on:"), self.date_edit)
        layout.addLayout(form)

        self.nps = NpsPicker()
        layout.addWidget(self.nps)
        self.feedback = QCheckBox(tr("Reviews", "I asked the client for &feedback"))
        self.referral = QCheckBox(tr("Reviews", "We had a &referral conversation"))
        layout.addWidget(self.feedback)
        layout.addWidget(self.referral)
        self.notes = QPlainTextEdit()
        set_plain_text(self.notes, notes)
        self.notes.setPlaceholderText(tr("Reviews", "Notes from the review"))
        self.notes.setFixedHeight(90)
        layout.addWidget(self.notes)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Reviews", "Complete"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> CompleteChoice:
        return CompleteChoice(
            completed_on=from_qdate(self.date_edit.date()),
            nps=self.nps.value(),
            feedback_requested=self.feedback.isChecked(),
            referral_conversation=self.referral.isChecked(),
            notes=self.notes.toPlainText().strip(),
        )


def _qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute)


def describe_booking(on: date, at: time | None) -> str:
    text = short_date(on)
    if at is not None:
        text += " " + tr("Reviews", "at {0}").format(short_time(at))
    return text
