"""Whose clients the window shows: mine, one advisor's, or the practice's.

(docs/design.md, "A practice".) One `ScopeState` per window; the Today page, the
client table and the Reports page each show a `ScopeChooser` bound to it, so choosing
"Priya Raman" on one shows her clients on all three. The choice is remembered per
book and per person (this computer's settings), and put back when the window opens.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from advisor_referrals.domain.practice import PRACTICE_SCOPE, Member, Scope, ScopeKind
from advisor_referrals.services.practice.members import PracticeService
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.worker import run_task

Choice = tuple[str, str]  # (label, scope key)


class ScopeState(QObject):
    """The window's scope, the choices it may take, and where it is remembered."""

    changed = Signal(object)  # Scope
    choices_loaded = Signal()

    def __init__(
        self,
        practice: PracticeService,
        settings: Settings,
        remembered_as: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.practice = practice
        self.settings = settings
        digest = hashlib.sha256(remembered_as.encode("utf-8")).hexdigest()[:16]
        self.setting = f"scope/{digest}"
        self.choices: list[Choice] = []
        self.me: Member | None = None
        saved = settings.state(self.setting)
        self._key = bytes(saved.data()).decode("utf-8", "replace") if saved is not None else ""
        self._scope = self._scope_of(self._key)

    @property
    def scope(self) -> Scope:
        return self._scope

    @property
    def key(self) -> str:
        return self._scope.key

    def _scope_of(self, key: str) -> Scope:
        """The scope a key names, before the choices are known (no query unless "mine")."""
        if key.startswith("advisor:"):
            return Scope.of_advisor(key[len("advisor:") :])
        if key == ScopeKind.MINE.value:
            mine = self.practice.scope_mine()
            return mine if mine is not None else PRACTICE_SCOPE
        return PRACTICE_SCOPE

    def load_choices(self) -> None:
        """Read the advisors off the UI thread; `choices_loaded` says when they are in."""
        practice = self.practice

        def work(_progress: object) -> tuple[list[Member], Member, bool]:
            return practice.advisors(), practice.me(), practice.is_practice

        run_task(self, work, self._got_choices)

    def _got_choices(self, found: tuple[list[Member], Member, bool]) -> None:
        advisors, me, is_practice = found
        self.me = me
        choices: list[Choice] = []
        if is_practice and me.own_advisors is not None:
            choices.append((tr("Scope", "My clients"), ScopeKind.MINE.value))
        everyone = tr("Scope", "The whole practice") if is_practice else tr("Scope", "All advisors")
        choices.append((everyone, ScopeKind.PRACTICE.value))
        choices += [(m.shown_name, Scope.of_advisor(m.name).key) for m in advisors]
        self.choices = choices if (is_practice or advisors) else []
        if self.choices and self.key not in {key for _, key in self.choices}:
            self.choose(ScopeKind.PRACTICE.value)  # the remembered advisor is gone
        self.choices_loaded.emit()

    def choose(self, key: str) -> None:
        if key == self.key:
            return
        if key == ScopeKind.MINE.value and self.me is not None:
            scope = Scope.mine(self.me)
        else:
            scope = self._scope_of(key)
        self._scope = scope
        self.settings.save_state(self.setting, QByteArray(scope.key.encode("utf-8")))
        self.changed.emit(scope)


class ScopeChooser(QComboBox):
    """ "Showing: My clients / Priya Raman / The whole practice", bound to the window's state.

    Hidden on a book with one advisor and no practice: there is nothing to choose.
    """

    def __init__(self, state: ScopeState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setToolTip(tr("Scope", "Whose clients this page shows"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setVisible(False)
        state.choices_loaded.connect(self._fill)
        state.changed.connect(lambda _scope: self._select())
        self.currentIndexChanged.connect(self._picked)
        if state.choices:
            self._fill()

    def _fill(self) -> None:
        self.blockSignals(True)
        self.clear()
        for label, key in self.state.choices:
            self.addItem(label, key)
        self.blockSignals(False)
        self._select()
        self.setVisible(bool(self.state.choices))

    def _select(self) -> None:
        index = self.findData(self.state.key)
        if index >= 0 and index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)

    def _picked(self, index: int) -> None:
        key = self.itemData(index)
        if isinstance(key, str):
            self.state.choose(key)
