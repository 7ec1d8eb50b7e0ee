"""The referral dialog's program part: which program it belongs to (suggested from the
referrer and the date), why the referrer recommends the advisor, how the friend heard
(a kit card's code), and the advisor's minutes on it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from advisor_referrals.domain.program import Program
from advisor_referrals.domain.referral_sources import HowHeard, normalise_code
from advisor_referrals.domain.referrals import MINUTES_MAX, Referral
from advisor_referrals.services.program.program_settings import ProgramSettings
from advisor_referrals.services.program.programs import ProgramService
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.kpi_tiles import mute
from advisor_referrals.ui.program import labels
from advisor_referrals.ui.worker import run_task


@dataclass(frozen=True)
class ProgramServices:
    programs: ProgramService
    settings: ProgramSettings


@dataclass(frozen=True)
class Sources:
    program_id: int | None
    why_refer: str
    why_refer_notes: str
    how_heard: HowHeard | None
    kit_code: str
    minutes: int


class SourcesBox(QGroupBox):
    """Loads the programs and the reasons off the UI thread; `suggest` picks the program a
    referral from this person on that day most likely belongs to, until the user chooses."""

    def __init__(self, services: ProgramServices, parent: QWidget | None = None) -> None:
        super().__init__(tr("Program", "Program, reasons and source"), parent)
        self.services = services
        self.chosen_by_user = False
        self.program = QComboBox(self)
        self.program.addItem(tr("Program", "(none)"), None)
        self.program.activated.connect(lambda _i: setattr(self, "chosen_by_user", True))
        self.program.currentIndexChanged.connect(lambda _i: self._describe())
        self.programs: dict[int, Program] = {}
        self.reward = QLabel(self)
        self.reward.setWordWrap(True)
        self.reward.hide()
        mute(self.reward)
        self.why = QComboBox(self)
        self.why.setEditable(True)
        self.why.addItem("")
        self.why_notes = QLineEdit(self)
        self.why_notes.setPlaceholderText(tr("Program", "In their words"))
        self.how = QComboBox(self)
        self.how.addItem("", None)
        for how in HowHeard:
            self.how.addItem(labels.how_heard(how), how.value)
        self.kit_code = QLineEdit(self)
        self.kit_code.setPlaceholderText(tr("Program", "Such as K7QHM-3"))
        self.kit_code.setMaxLength(16)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, MINUTES_MAX)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(tr("Program", " min"))
        # Two fields a row where they belong together, so the referral dialog fits a
        # laptop's screen.
        grid = QGridLayout(self)
        rows: list[tuple[str, QWidget, str, QWidget | None]] = [
            (tr("Program", "&Program:"), self.program, "", None),
            ("", self.reward, "", None),
            (tr("Program", "&Why they refer:"), self.why, "", self.why_notes),
            (
                tr("Program", "How they &heard:"),
                self.how,
                tr("Program", "Kit code:"),
                self.kit_code,
            ),
            (tr("Program", "Time spent:"), self.minutes, "", None),
        ]
        for row, (text, field, second_text, second) in enumerate(rows):
            label = QLabel(text, self)
            label.setBuddy(field)
            grid.addWidget(label, row, 0)
            if second is None:
                grid.addWidget(field, row, 1, 1, 3)
                continue
            grid.addWidget(field, row, 1)
            if second_text:
                grid.addWidget(QLabel(second_text, self), row, 2)
                grid.addWidget(second, row, 3)
            else:
                grid.addWidget(second, row, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(rows), 1)  # room the compensation box beside it leaves
        self.how.currentIndexChanged.connect(lambda _i: self._how_changed())
        self._how_changed()
        self.loaded = False
        self._wanted: int | None = None
        run_task(self, lambda _p: self._load(), self._fill)

    def _load(self) -> tuple[list[Program], tuple[str, ...]]:
        return self.services.programs.all(), self.services.settings.reasons()

    def _fill(self, found: tuple[list[Program], tuple[str, ...]]) -> None:
        programs, reasons = found
        current = self.program.currentData() or self._wanted
        for program in programs:
            self.programs[program.id] = program
            self.program.addItem(program.name, program.id)
        for reason in reasons:
            self.why.addItem(reason)
        if current is not None:
            self.program.setCurrentIndex(max(0, self.program.findData(current)))
        self.loaded = True

    def _describe(self) -> None:
        program = self.programs.get(self.program.currentData())
        self.reward.setVisible(program is not None)
        if program is None:
            self.reward.setText("")
            return
        text = tr("Program", "The referrer receives {0}, {1}.").format(
            program.reward_text or labels.reward_kind(program.reward_kind).lower(),
            labels.reward_when(program.reward_when).lower(),
        )
        if program.is_compensation:
            text += " " + tr(
                "Program",
                "It is compensation: it enters the Marketing Rule ledger once earned.",
            )
        self.reward.setText(text)

    def _how_changed(self) -> None:
        self.kit_code.setEnabled(self.how.currentData() == HowHeard.KIT_CARD.value)

    def suggest(self, referrer_id: int, on: date) -> None:
        if self.chosen_by_user:
            return

        def show(program: Program | None) -> None:
            if self.chosen_by_user:
                return
            self._wanted = program.id if program else None
            self.program.setCurrentIndex(
                max(0, self.program.findData(program.id)) if program else 0
            )

        run_task(self, lambda _p: self.services.programs.suggest(referrer_id, on), show)

    def set_referral(self, referral: Referral) -> None:
        self.chosen_by_user = True
        self._wanted = referral.program_id
        self.program.setCurrentIndex(max(0, self.program.findData(referral.program_id)))
        self.why.setEditText(referral.why_refer)
        self.why_notes.setText(referral.why_refer_notes)
        how = referral.how_heard.value if referral.how_heard else None
        self.how.setCurrentIndex(max(0, self.how.findData(how)))
        self.kit_code.setText(referral.kit_code)
        self.minutes.setValue(referral.minutes)

    def problem(self) -> str | None:
        code = self.kit_code.text().strip()
        if self.kit_code.isEnabled() and code and normalise_code(code) is None:
            return tr("Program", "The kit code is the one printed on the card, such as K7QHM-3.")
        return None

    def sources(self) -> Sources:
        how = self.how.currentData()
        code = self.kit_code.text().strip() if self.kit_code.isEnabled() else ""
        return Sources(
            program_id=self.program.currentData() if self.loaded else self._wanted,
            why_refer=" ".join(self.why.currentText().split()),
            why_refer_notes=self.why_notes.text().strip(),
            how_heard=HowHeard(how) if how else None,
            kit_code=(normalise_code(code) or "") if code else "",
            minutes=self.minutes.value(),
        )
