"""Someone else saved first: say so, and offer to reload what the page shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

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


@runtime_checkable
class ReloadsPage(Protocol):
    """A window that can reload the page it shows (the main window)."""

    def reload_current_page(self) -> None: ...


def offer_reload(
    parent: QWidget | None, error: ConflictError, reload: Callable[[], None] | None = None
) -> bool:
    """Show the conflict; on Reload, call `reload`, or refresh the page the user is on.
    Returns whether it reloaded."""
    box = conflict_box(parent, error)
    box.exec()
    if box.clickedButton() is not box.defaultButton():
        return False
    if reload is not None:
        reload()
        return True
    window = parent.window() if parent is not None else None
    if isinstance(window, ReloadsPage):
        window.reload_current_page()
    return True
