"""Handing the selected clients to another advisor from the client table, as one undoable step.

(docs/design.md, "A practice".) The service moves them in one transaction with one
audit entry; undo puts each back with the advisor it had, unless someone changed it
in the meantime (then the step is refused and nothing is overwritten).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QWidget

from advisor_referrals.services.practice.reassign import Reassigned, ReassignService
from advisor_referrals.ui.book_events import CONTACT
from advisor_referrals.ui.i18n import ntr, tr
from advisor_referrals.ui.practice.scope import ScopeState
from advisor_referrals.ui.undo import BookCommand, UndoHistory


class ReassignContacts(BookCommand):
    def __init__(
        self,
        service: ReassignService,
        history: UndoHistory,
        to_advisor: str,
        shown_name: str,
        contact_ids: list[int],
    ) -> None:
        text = ntr(
            "Clients", "Give %Ln Contact to {0}", "Give %Ln Contacts to {0}", len(contact_ids)
        )
        super().__init__(text.format(shown_name), history)
        self.service = service
        self.to_advisor = to_advisor
        self.contact_ids = contact_ids
        self.done: Reassigned | None = None

    def do(self) -> object:
        self.done = self.service.reassign(self.to_advisor, contact_ids=self.contact_ids)
        for contact_id, _before, version in self.done.previous:
            self.versions.moved(CONTACT, contact_id, version - 1, version)
        return self.done

    def undo_step(self) -> object:
        if self.done is not None:
            self.service.put_back(self.done)
            for contact_id, _before, version in self.done.previous:
                self.versions.moved(CONTACT, contact_id, version, version + 1)
        return None


def add_reassign_menu(
    menu: QMenu,
    state: ScopeState,
    service: ReassignService,
    history: UndoHistory,
    contact_ids: list[int],
    parent: QWidget,
) -> None:
    """ "Give to Advisor ▸ Jordan Ellery / Priya Raman …" for the selected contacts."""
    advisors = [
        (label, key[len("advisor:") :])
        for label, key in state.choices
        if key.startswith("advisor:")
    ]
    if not advisors:
        return
    submenu = menu.addMenu(
        ntr("Clients", "Give %Ln Contact to", "Give %Ln Contacts to", len(contact_ids))
    )
    submenu.setToolTip(tr("Clients", "Make another advisor their advisor of record"))
    for label, role in advisors:
        action = submenu.addAction(label)
        action.triggered.connect(
            lambda _=False, r=role, shown=label: history.push(
                ReassignContacts(service, history, r, shown, list(contact_ids))
            )
        )
