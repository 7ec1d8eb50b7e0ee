"""The client table model holds ids and fetches rows a page at a time; it never sorts itself."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from advisor_referrals.domain.contacts import Contact
from advisor_referrals.services.contacts.client_table import ContactFilter, ContactListRow, SortKey
from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.models.contact_table_model import (
    COLUMN_KEYS,
    ContactTableModel,
)


class CountingFetcher:
    def __init__(self, services: BookServices) -> None:
        self.services = services
        self.calls: list[int] = []

    def __call__(self, ids: Sequence[int]) -> list[ContactListRow]:
        self.calls.append(len(ids))
        return self.services.contact_table.rows(ids)


def test_the_model_passes_qt_model_checks(
    services: BookServices, people: dict[str, Contact], qtmodeltester: ModelTester
) -> None:
    model = ContactTableModel(services.contact_table.rows, page_size=2)
    model.set_ids(services.contact_table.ids(ContactFilter()))
    qtmodeltester.check(model)


def test_rows_are_fetched_a_page_at_a_time_and_only_when_shown(
    services: BookServices, people: dict[str, Contact]
) -> None:
    fetch = CountingFetcher(services)
    model = ContactTableModel(fetch, page_size=2, pages_kept=2)
    ids = services.contact_table.ids(ContactFilter())
    model.set_ids(ids)
    assert fetch.calls == []
    name = COLUMN_KEYS.index("name")
    assert model.index(0, name).data() == "Adams, Eve"
    assert model.index(1, name).data() == "Mendes, Carla"
    assert fetch.calls == [2]
    assert model.index(4, name).data() == "Souza, Bruno"
    assert fetch.calls == [2, 1]
    # Only two pages are kept: the first is fetched again after a third.
    model.index(2, name).data()
    model.index(0, name).data()
    assert fetch.calls == [2, 1, 2, 2]


def test_a_prefilled_first_page_needs_no_fetch(
    services: BookServices, people: dict[str, Contact]
) -> None:
    fetch = CountingFetcher(services)
    model = ContactTableModel(fetch, page_size=3)
    ids = services.contact_table.ids(ContactFilter())
    model.set_ids(ids, services.contact_table.rows(ids[:3]))
    assert model.index(2, 0).data() == "Patel, Dev"
    assert fetch.calls == []


def test_roles_give_the_id_and_the_row(services: BookServices, people: dict[str, Contact]) -> None:
    model = ContactTableModel(services.contact_table.rows)
    model.set_ids([people["Ana"].id])
    index = model.index(0, COLUMN_KEYS.index("client_since"))
    assert index.data() == "4/1/2019"
    assert index.data(ContactTableModel.IdRole) == people["Ana"].id
    assert index.data(ContactTableModel.ContactRole).email == "ana@example.com"
    assert model.index(0, COLUMN_KEYS.index("tags")).data() == "retiree"
    assert model.row_of(people["Ana"].id) == 0
    assert model.row_of(people["Eve"].id) is None


def test_a_contact_gone_since_the_list_was_made_shows_as_removed(
    services: BookServices, people: dict[str, Contact]
) -> None:
    model = ContactTableModel(services.contact_table.rows)
    model.set_ids([people["Ana"].id, 999_999])
    assert model.index(1, 0).data() == "(removed)"


def test_sorting_asks_for_a_new_order_instead_of_sorting(qtbot: QtBot) -> None:
    model = ContactTableModel(lambda ids: [])
    with qtbot.waitSignal(model.sort_requested) as asked:
        model.sort(COLUMN_KEYS.index("city"), Qt.SortOrder.DescendingOrder)
    assert asked.args == [SortKey.CITY, True]
    with qtbot.assertNotEmitted(model.sort_requested):
        model.sort(COLUMN_KEYS.index("tags"), Qt.SortOrder.AscendingOrder)
