"""Helpers for driving the real widgets."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.actions import ContactActions
from advisor_referrals.ui.models.contact_table_model import COLUMN_KEYS
from advisor_referrals.ui.pages.clients import ClientsPage
from advisor_referrals.ui.pages.registry import make_clients_page


def open_clients(qtbot: QtBot, services: BookServices) -> ClientsPage:
    page = make_clients_page(services, QUndoStack(), ContactActions())
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    wait_loaded(qtbot, page)
    return page


def wait_loaded(qtbot: QtBot, page: ClientsPage) -> None:
    qtbot.waitUntil(lambda: not page.controller.busy, timeout=10_000)


def names(page: ClientsPage) -> list[str]:
    column = COLUMN_KEYS.index("name")
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]
