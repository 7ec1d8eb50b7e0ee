"""Helpers for driving the real widgets."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.actions import ContactActions
from advisor_referrals.ui.book_events import BookEvents
from advisor_referrals.ui.models.contact_table_model import COLUMN_KEYS
from advisor_referrals.ui.pages.clients import ClientsPage
from advisor_referrals.ui.pages.registry import make_clients_page
from advisor_referrals.ui.serial import SerialRunner
from advisor_referrals.ui.undo import UndoHistory


def undo_history() -> UndoHistory:
    """What a window gives its pages to change the book: change events, the serial
    worker and the undo stack (here without a window)."""
    return UndoHistory(SerialRunner(BookEvents()))


def open_clients(qtbot: QtBot, services: BookServices) -> ClientsPage:
    history = undo_history()
    page = make_clients_page(services, history, history.runner.events, ContactActions())
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    wait_loaded(qtbot, page)
    return page


def wait_loaded(qtbot: QtBot, page: ClientsPage) -> None:
    controller = page.controller
    qtbot.waitUntil(
        lambda: controller.answered and not controller.busy and not page.editor.busy,
        timeout=10_000,
    )


def names(page: ClientsPage) -> list[str]:
    column = COLUMN_KEYS.index("name")
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]
