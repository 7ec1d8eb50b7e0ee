"""Who a batch of kits is for: the selection's current clients, and those left out unless
the advisor ticks them (not a client, disgruntled, or asked not to be asked)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.kits import KitCandidate, LeftOut
from advisor_referrals.ui import labels
from advisor_referrals.ui.i18n import tr

ID_ROLE = Qt.ItemDataRole.UserRole


def reason_text(reason: LeftOut) -> str:
    return {
        LeftOut.PROSPECT: tr("Kits", "not a client yet"),
        LeftOut.FORMER_CLIENT: tr("Kits", "a former client"),
        LeftOut.CENTER_OF_INFLUENCE: tr(
            "Kits", "a {0}: gets the letter for professionals who refer"
        ).format(labels.center_of_influence(capital=False)),
        LeftOut.DISGRUNTLED: tr("Kits", "disgruntled"),
        LeftOut.DO_NOT_ASK: tr("Kits", "asked not to be asked for referrals"),
    }[reason]


class KitAudienceDialog(QDialog):
    """Lists who the batch leaves out, each with why; a tick includes them after all.

    `chosen(ids)` is emitted with the kits to make, in the selection's order.
    """

    chosen = Signal(list)

    def __init__(self, candidates: list[KitCandidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidates = candidates
        self.setWindowTitle(tr("Kits", "Referral Kits"))
        left_out = [c for c in candidates if c.left_out]
        clients = len(candidates) - len(left_out)
        self.summary = QLabel(
            tr(
                "Kits",
                "A referral kit thanks a client for their trust and asks for introductions. "
                "{0} of the {1} selected are not current clients to ask, so their kits are "
                "left out. Tick anyone you want to include after all.",
            ).format(len(left_out), len(candidates))
        )
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        for candidate in left_out:
            why = ", ".join(reason_text(r) for r in candidate.left_out)
            item = QListWidgetItem(f"{candidate.name} — {why}")
            item.setData(ID_ROLE, candidate.contact_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self._count())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.make: QPushButton = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.make.setDefault(True)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.clients = clients
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self._count()

    def included(self) -> set[int]:
        return {
            int(self.list.item(row).data(ID_ROLE))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        }

    def selection(self) -> list[int]:
        """The kits to make: the current clients, and those ticked, in the selection's order."""
        ticked = self.included()
        return [c.contact_id for c in self.candidates if not c.left_out or c.contact_id in ticked]

    def _count(self) -> None:
        count = len(self.selection())
        self.make.setText(tr("Kits", "Make {0} Kits").format(count))
        self.make.setEnabled(count > 0)

    def _accept(self) -> None:
        self.chosen.emit(self.selection())
        self.accept()
