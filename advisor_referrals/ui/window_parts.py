"""What a feature is given to plug into the main window.

The main window builds these parts and hands them to each feature's installer (kits,
referrals, reviews, import and export, safety) and to the page registry. A feature
adds its menu entries and connects its requests through them and returns what it
made; it never adds attributes to the window or looks any up (docs/design.md,
"Layers").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from advisor_referrals.ui.actions import ContactActions
from advisor_referrals.ui.book_events import BookEvents
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.serial import SerialRunner
from advisor_referrals.ui.undo import UndoHistory

if TYPE_CHECKING:  # the window's menus exist before the book's services (ui/main_window.py)
    from advisor_referrals.services.registry import BookServices
    from advisor_referrals.ui.practice.scope import ScopeState


@dataclass(frozen=True)
class Menus:
    """The window's menus, and the File entries a feature connects."""

    file: QMenu
    edit: QMenu
    view: QMenu
    tools: QMenu
    help: QMenu
    import_action: QAction
    export_action: QAction


@dataclass(frozen=True)
class WindowParts:
    """One window's book, its change events, undo history, requests and menus."""

    window: QMainWindow
    services: BookServices
    settings: Settings
    events: BookEvents
    history: UndoHistory
    contact_actions: ContactActions
    menus: Menus
    scope: ScopeState  # whose clients the pages show (docs/design.md, "A practice")

    @property
    def runner(self) -> SerialRunner:
        """The serial worker every write of this window goes through."""
        return self.history.runner
