"""Set or change a SMART goal: one counted figure, a target, a quarter or a year, and why."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QSpinBox, QWidget

from advisor_referrals.domain.errors import Problem
from advisor_referrals.domain.goals import (
    GOAL_FIGURES,
    TARGET_MAX,
    Goal,
    GoalFields,
    PeriodKind,
    validate_goal,
)
from advisor_referrals.domain.quarter import Quarter
from advisor_referrals.ui.fields import set_plain_text
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.program import labels
from advisor_referrals.ui.program.record_dialog import RecordDialog
from advisor_referrals.ui.screen import resize_within_screen
from advisor_referrals.ui.theme import set_role


class GoalDialog(RecordDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        existing: Goal | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(tr("Program", "Goal") if existing else tr("Program", "Set a goal"), parent)
        self.existing = existing
        day = today or date.today()
        self.figure = QComboBox(self)
        for key in GOAL_FIGURES:
            self.figure.addItem(labels.figure(key), key)
        self.counts = self.note("")
        set_role(self.counts, "muted")
        self.target = QSpinBox(self)
        self.target.setRange(1, TARGET_MAX)
        self.target.setValue(10)
        self.period = QComboBox(self)
        for kind in PeriodKind:
            self.period.addItem(labels.period_kind(kind), kind.value)
        self.year = QSpinBox(self)
        self.year.setRange(1900, 2100)
        self.year.setValue(day.year)
        self.quarter = QComboBox(self)
        for number in range(1, 5):
            self.quarter.addItem(f"Q{number}", number)
        self.quarter.setCurrentIndex(Quarter.containing(day).number - 1)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(
            tr("Program", "Why this number is achievable, and what will get you there")
        )
        self.notes.setFixedHeight(64)
        self.form.addRow(tr("Program", "&Figure:"), self.figure)
        self.form.addRow("", self.counts)
        self.form.addRow(tr("Program", "&Target:"), self.target)
        self.form.addRow(tr("Program", "&Period:"), self.period)
        self.form.addRow(tr("Program", "&Year:"), self.year)
        self.form.addRow(tr("Program", "&Quarter:"), self.quarter)
        self.form.addRow(tr("Program", "&Why:"), self.notes)
        self.finish_layout()
        self.figure.currentIndexChanged.connect(lambda _i: self._describe())
        self.period.currentIndexChanged.connect(lambda _i: self._period_changed())
        if existing is not None:
            self.figure.setCurrentIndex(max(0, self.figure.findData(existing.figure)))
            self.target.setValue(existing.target)
            self.period.setCurrentIndex(self.period.findData(existing.period_kind.value))
            self.year.setValue(existing.year)
            if existing.quarter:
                self.quarter.setCurrentIndex(existing.quarter - 1)
            set_plain_text(self.notes, existing.notes)
        self._describe()
        self._period_changed()
        resize_within_screen(self, 480, self.sizeHint().height())

    def _describe(self) -> None:
        figure = GOAL_FIGURES.get(str(self.figure.currentData()))
        self.counts.setText(tr("Program", "Counts {0}.").format(figure.counts) if figure else "")

    def _period_changed(self) -> None:
        self.quarter.setEnabled(self.period.currentData() == PeriodKind.QUARTER.value)

    def fields(self) -> GoalFields:
        kind = PeriodKind(self.period.currentData())
        return GoalFields(
            figure=str(self.figure.currentData()),
            target=self.target.value(),
            period_kind=kind,
            year=self.year.value(),
            quarter=int(self.quarter.currentData()) if kind is PeriodKind.QUARTER else None,
            notes=self.notes.toPlainText().strip(),
        )

    def check(self, fields: object) -> Sequence[Problem]:
        assert isinstance(fields, GoalFields)
        return validate_goal(fields)
