"""Someone else saved first: say so, and offer to reload what the page shows."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from advisor_referrals.domain.errors import ConflictError
from advisor_referrals.ui.i18n import tr


def conflict_box(parent: QWidget | None, error: ConflictError) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Conflicts", "Changed by someone else"))
    box.setText(str(error))
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    reload_button = box.addButton(tr("Conflicts", "Reload"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(reload_button)
    return box


def offer_reload(parent: QWidget | None, error: ConflictError) -> bool:
    """Show the conflict; on Reload, refresh the page the user is on. Returns whether it did."""
    box = conflict_box(parent, error)
    box.exec()
    if box.clickedButton() is not box.defaultButton():
        return False
    window = parent.window() if parent is not None else None
    current_page = getattr(window, "current_page", None)
    if callable(current_page):
        current_page().refresh()
    return True
