"""The NPS question with eleven answer buttons (0-10) and "No answer"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.nps import HIGHEST, LOWEST, NpsBand, band
from advisor_referrals.ui.i18n import tr

NO_ANSWER = HIGHEST + 1  # QButtonGroup treats -1 as "pick an id"
# Detractors, passives and promoters get their own tint, as on NPS survey cards.
_TINTS = {NpsBand.DETRACTOR: "#F4D6D3", NpsBand.PASSIVE: "#F6E7C1", NpsBand.PROMOTER: "#D4EDD8"}


def _tint(score: int) -> str:
    return _TINTS[band(score)]


class NpsPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        question = QLabel(tr("Reviews", "How likely are you to recommend us to a friend?"))
        question.setWordWrap(True)
        font = question.font()
        font.setBold(True)
        question.setFont(font)
        layout.addWidget(question)

        row = QHBoxLayout()
        row.setSpacing(3)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int, QToolButton] = {}
        for score in range(LOWEST, HIGHEST + 1):
            # Tool buttons: a push button asks for 80 px whatever its text, and eleven of
            # them would not fit a dialog on a laptop's screen.
            button = QToolButton()
            button.setText(str(score))
            button.setCheckable(True)
            button.setMinimumWidth(30)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setStyleSheet(
                f"QToolButton:checked {{ background: {_tint(score)}; color: black;"
                " font-weight: bold; border: 2px solid #444; }"
            )
            button.setAccessibleName(tr("Reviews", "Answer {0} of 10").format(score))
            self.group.addButton(button, score)
            self.buttons[score] = button
            row.addWidget(button)
        layout.addLayout(row)

        scale = QHBoxLayout()
        scale.addWidget(QLabel(tr("Reviews", "0 = not at all likely")))
        scale.addStretch(1)
        scale.addWidget(QLabel(tr("Reviews", "10 = extremely likely")))
        layout.addLayout(scale)

        self.none_button = QPushButton(tr("Reviews", "No answer"))
        self.none_button.setCheckable(True)
        self.group.addButton(self.none_button, NO_ANSWER)
        self.none_button.setChecked(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.none_button)
        self.meaning = QLabel()
        bottom.addWidget(self.meaning, 1)
        layout.addLayout(bottom)
        self.group.idClicked.connect(self._clicked)
        self._clicked(NO_ANSWER)

    def value(self) -> int | None:
        chosen = self.group.checkedId()
        return None if chosen == NO_ANSWER else chosen

    def set_value(self, score: int | None) -> None:
        button = self.none_button if score is None else self.buttons[score]
        button.setChecked(True)
        self._clicked(NO_ANSWER if score is None else score)

    def _clicked(self, score: int) -> None:
        if score == NO_ANSWER:
            self.meaning.setText(tr("Reviews", "The client did not answer."))
        elif band(score) is NpsBand.PROMOTER:
            self.meaning.setText(
                tr("Reviews", "A promoter: a good moment to talk about referrals.")
            )
        elif band(score) is NpsBand.PASSIVE:
            self.meaning.setText(tr("Reviews", "Passive."))
        else:
            self.meaning.setText(tr("Reviews", "A detractor: ask what would make it better."))
        self.changed.emit()
