"""From the Clients search box to the results by keyboard: Down, Up and Return."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from advisor_referrals.domain.contacts import Contact
from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.contact_dialog import ContactDialog
from advisor_referrals.ui.pages.clients import ClientsPage
from tests.ui.support import names, open_clients, wait_loaded
from tests.ui.test_contact_editing import line


def current_name(page: ClientsPage) -> str:
    index = page.view.currentIndex()
    return str(index.siblingAtColumn(0).data()) if index.isValid() else ""


def opened_by(qtbot: QtBot, press: Callable[[], None]) -> str:
    """The name in the contact dialog that the key press opens (the dialog is then closed)."""
    seen: list[str] = []
    tries = [0]

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ContactDialog):
            seen.append(f"{line(dialog, 'last_name').text()}, {line(dialog, 'first_name').text()}")
            dialog.reject()
        elif tries[0] < 250:
            tries[0] += 1
            QTimer.singleShot(20, close_dialog)

    QTimer.singleShot(0, close_dialog)
    press()
    qtbot.waitUntil(lambda: bool(seen), timeout=6000)
    return seen[0]


def test_down_moves_into_the_results_and_up_comes_back(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact]
) -> None:
    page = open_clients(qtbot, services)
    search = page.filters.search
    search.setFocus()
    # Down straight after typing: the search runs first, then the first match is chosen.
    qtbot.keyClicks(search, "souz")
    qtbot.keyClick(search, Qt.Key.Key_Down)
    qtbot.waitUntil(page.view.hasFocus, timeout=5000)
    assert names(page) == ["Souza, Ana", "Souza, Bruno"]
    assert current_name(page) == "Souza, Ana"
    assert [i.row() for i in page.view.selectionModel().selectedRows()] == [0]
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert current_name(page) == "Souza, Bruno"
    qtbot.keyClick(page.view, Qt.Key.Key_Up)
    assert current_name(page) == "Souza, Ana"
    assert page.view.hasFocus()
    # Up from the first row: back in the search box, ready to type over.
    qtbot.keyClick(page.view, Qt.Key.Key_Up)
    assert search.hasFocus()
    assert search.selectedText() == "souz"


def test_return_opens_the_selected_result_or_else_the_first(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact]
) -> None:
    page = open_clients(qtbot, services)
    search = page.filters.search
    search.setFocus()
    qtbot.keyClicks(search, "souz")
    wait_loaded(qtbot, page)
    assert not page.view.currentIndex().isValid()
    # Nothing chosen yet: Return opens the first result.
    assert opened_by(qtbot, lambda: qtbot.keyClick(search, Qt.Key.Key_Return)) == "Souza, Ana"
    # A result chosen with the keys, then back to the search box: Return opens that one.
    qtbot.keyClick(search, Qt.Key.Key_Down)
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    search.setFocus()
    assert opened_by(qtbot, lambda: qtbot.keyClick(search, Qt.Key.Key_Return)) == "Souza, Bruno"
    # Return straight after typing waits for the search's own results.
    search.clear()
    qtbot.keyClicks(search, "pat")
    press = lambda: qtbot.keyClick(search, Qt.Key.Key_Enter)  # noqa: E731
    assert opened_by(qtbot, press) == "Patel, Dev"


def test_keys_with_no_results_do_nothing(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact]
) -> None:
    page = open_clients(qtbot, services)
    search = page.filters.search
    search.setFocus()
    qtbot.keyClicks(search, "nobody here")
    qtbot.keyClick(search, Qt.Key.Key_Down)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    wait_loaded(qtbot, page)
    assert names(page) == []
    assert search.hasFocus()
    assert QApplication.activeModalWidget() is None
