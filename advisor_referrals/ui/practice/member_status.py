"""Who is signed in to a practice's book, in the status bar, and what their part allows.

(docs/design.md, "A practice".) The server decides what a member may change; the window
only says who the member is, and a compliance officer, who changes nothing but their
review notes, is told so and not offered New Contact.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QStatusBar

from advisor_referrals.domain.practice import MemberKind
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.practice.scope import ScopeState
from advisor_referrals.ui.theme import set_role


def kind_label(kind: MemberKind) -> str:
    return {
        MemberKind.ADVISOR: tr("Practice", "advisor"),
        MemberKind.ASSISTANT: tr("Practice", "assistant"),
        MemberKind.COMPLIANCE: tr("Practice", "compliance officer, reads only"),
        MemberKind.ADMINISTRATOR: tr("Practice", "administrator"),
    }[kind]


class MemberBadge(QLabel):
    """ "Signed in as Nina Alvarez (assistant)" once the member is known; hidden otherwise."""

    def __init__(
        self, bar: QStatusBar, state: ScopeState, writes: tuple[QAction, ...] = ()
    ) -> None:
        super().__init__(bar)
        set_role(self, "muted")
        self.state = state
        self.writes = writes
        self.setVisible(False)
        bar.addPermanentWidget(self)
        state.choices_loaded.connect(self._known)

    def _known(self) -> None:
        me = self.state.me
        if me is None or not self.state.practice.is_practice:
            return
        self.setText(
            tr("Practice", "Signed in as {0} ({1})").format(me.shown_name, kind_label(me.kind))
        )
        self.setVisible(True)
        if not me.kind.changes_records:
            for action in self.writes:
                action.setEnabled(False)
                action.setToolTip(tr("Practice", "A compliance officer reads the book only"))
