"""The Clients page driven as a user would: typing, clicking headers, picking filters."""

from __future__ import annotations

import csv
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QWidget
from pytestqt.qtbot import QtBot

from advisor_referrals.domain.contacts import Contact
from advisor_referrals.domain.enums import Relationship, Tier
from advisor_referrals.services.contacts.client_table import ContactFilter, ContactTable
from advisor_referrals.services.registry import BookServices
from advisor_referrals.storage.models import ReviewRow
from advisor_referrals.ui.contact_list import ContactListController
from advisor_referrals.ui.models.contact_table_model import COLUMN_KEYS, ContactTableModel
from advisor_referrals.ui.options import CLIENT_COLUMNS_HIDDEN, Settings
from tests.ui.support import names, open_clients, wait_loaded


def click_header(qtbot: QtBot, header: QHeaderView, column: int) -> None:
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5)
    )


def test_the_table_lists_every_live_contact_by_last_name(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact]
) -> None:
    page = open_clients(qtbot, services)
    assert names(page) == [
        "Adams, Eve",
        "Mendes, Carla",
        "Patel, Dev",
        "Souza, Ana",
        "Souza, Bruno",
    ]
    assert page.count_label.text() == "5 contacts"


def test_typing_in_search_narrows_the_table(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact]
) -> None:
    page = open_clients(qtbot, services)
    qtbot.keyClicks(page.filters.search, "souz")
    qtbot.waitUntil(lambda: names(page) == ["Souza, Ana", "Souza, Bruno"], timeout=5000)
    page.filters.search.clear()
    qtbot.keyClicks(page.filters.search, "golf bost")
    qtbot.waitUntil(lambda: names(page) == ["Adams, Eve"], timeout=5000)
    # The first matches show at once; the count is final once the whole list is in.
    qtbot.waitUntil(lambda: page.count_label.text() == "1 contact", timeout=5000)


def test_clicking_a_header_sorts_in_the_database_and_again_reverses(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact]
) -> None:
    page = open_clients(qtbot, services)
    header = page.view.horizontalHeader()
    city = COLUMN_KEYS.index("city")
    click_header(qtbot, header, city)
    wait_loaded(qtbot, page)
    cities = lambda: [  # noqa: E731
        page.model.index(r, city).data() for r in range(page.model.rowCount())
    ]
    first = cities()
    # Blank cities last either way; the rest in order.
    assert first[:4] in (["Austin", "Boston", "Boston", "Denver"],)
    assert first[4] == ""
    click_header(qtbot, header, city)
    wait_loaded(qtbot, page)
    assert cities() == ["Denver", "Boston", "Boston", "Austin", ""]
    assert header.sortIndicatorSection() == city
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_the_tags_column_cannot_be_sorted_and_keeps_the_current_order(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact]
) -> None:
    page = open_clients(qtbot, services)
    header = page.view.horizontalHeader()
    click_header(qtbot, header, COLUMN_KEYS.index("tags"))
    wait_loaded(qtbot, page)
    assert header.sortIndicatorSection() == COLUMN_KEYS.index("name")
    assert names(page)[0] == "Adams, Eve"


def test_quick_filters_narrow_by_relationship_tier_and_tag(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact]
) -> None:
    page = open_clients(qtbot, services)
    bar = page.filters
    bar.relationship.setCurrentIndex(bar.relationship.findData(Relationship.CLIENT))
    wait_loaded(qtbot, page)
    assert names(page) == ["Adams, Eve", "Souza, Ana", "Souza, Bruno"]
    bar.tier.setCurrentIndex(bar.tier.findData(Tier.A))
    wait_loaded(qtbot, page)
    assert names(page) == ["Souza, Ana"]
    bar.tier.setCurrentIndex(0)
    bar.relationship.setCurrentIndex(0)
    bar.tag.setCurrentIndex(bar.tag.findData("golf"))
    wait_loaded(qtbot, page)
    assert names(page) == ["Adams, Eve", "Patel, Dev"]


def test_review_overdue_lists_clients_past_their_cadence(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact]
) -> None:
    today = date.today()
    with services.book.write() as session:
        # Ana (tier A, 4 a year) was reviewed last month; Eve (tier C) two years ago.
        session.add(ReviewRow(contact_id=people["Ana"].id, completed_on=today - timedelta(30)))
        session.add(ReviewRow(contact_id=people["Eve"].id, completed_on=today - timedelta(700)))
    page = open_clients(qtbot, services)
    page.filters.overdue.setChecked(True)
    wait_loaded(qtbot, page)
    # Bruno (tier B) was never reviewed: due now. Prospects and COIs have no cadence.
    assert names(page) == ["Adams, Eve", "Souza, Bruno"]


def test_archived_contacts_show_only_when_asked(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact]
) -> None:
    dev = people["Dev"]
    services.contacts.set_archived(dev.id, dev.version, True)
    page = open_clients(qtbot, services)
    assert "Patel, Dev" not in names(page)
    page.filters.archived.setChecked(True)
    wait_loaded(qtbot, page)
    assert "Patel, Dev" in names(page)


def test_hidden_columns_and_layout_are_remembered(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact], window_settings: Settings
) -> None:
    page = open_clients(qtbot, services)
    phone = COLUMN_KEYS.index("phone")
    page.set_column_visible(phone, False)
    page.set_column_visible(COLUMN_KEYS.index("preferred_name"), True)
    page.view.horizontalHeader().resizeSection(0, 333)
    page.save_state(window_settings)
    assert "phone" in window_settings.get(CLIENT_COLUMNS_HIDDEN)

    again = open_clients(qtbot, services)
    again.restore_state(window_settings)
    assert again.view.isColumnHidden(phone)
    assert not again.view.isColumnHidden(COLUMN_KEYS.index("preferred_name"))
    assert again.view.columnWidth(0) == 333


def test_the_main_columns_fit_beside_the_detail_pane_by_default(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact]
) -> None:
    page = open_clients(qtbot, services)
    page.resize(1240, 800)  # the page in a 1440-pixel window, beside the sidebar
    view = page.view
    relationship = COLUMN_KEYS.index("relationship")
    metrics = view.fontMetrics()
    assert view.columnWidth(relationship) > metrics.horizontalAdvance("Center of influence")
    phone = COLUMN_KEYS.index("phone")

    def phone_in_sight() -> bool:
        return view.columnViewportPosition(phone) + view.columnWidth(phone) <= (
            view.viewport().width()
        )

    qtbot.waitUntil(phone_in_sight)


def test_selecting_a_row_shows_the_contact_and_household(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact]
) -> None:
    page = open_clients(qtbot, services)
    assert page.select_contact(people["Ana"].id)
    detail = page.detail
    assert detail.name.text() == "Ana Souza"
    assert "Engaged" in detail.summary.text()
    # The link, and its text, which may wrap after the @ and before the dots.
    email = detail.values["email"].text()
    assert 'href="mailto:ana@example.com"' in email
    assert email.replace("\u200b", "").count("ana@example.com") == 2
    assert "Bruno Souza" in detail.members.text()
    assert detail.values["client_since"].text() == "April 1, 2019"


def test_opening_a_contact_hidden_by_the_filters_clears_them(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact]
) -> None:
    page = open_clients(qtbot, services)
    qtbot.keyClicks(page.filters.search, "mendes")
    qtbot.waitUntil(lambda: names(page) == ["Mendes, Carla"], timeout=5000)
    page.open_contact(people["Dev"].id)
    wait_loaded(qtbot, page)
    assert page.filters.search.text() == ""
    assert len(names(page)) == 5
    assert page.selected_ids() == [people["Dev"].id]


def test_the_detail_buttons_ask_other_features_for_their_work(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact]
) -> None:
    page = open_clients(qtbot, services)
    page.select_contact(people["Ana"].id)
    actions = page.contact_actions
    detail = page.detail
    for button, signal in (
        (detail.trigger_button, actions.log_trigger),
        (detail.referral_button, actions.record_referral),
        (detail.review_button, actions.schedule_review),
        (detail.history_button, actions.show_history),
    ):
        assert button.isEnabled()
        with qtbot.waitSignal(signal) as asked:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert asked.args == [people["Ana"].id]
    with qtbot.waitSignal(actions.generate_kits) as asked:
        qtbot.mouseClick(detail.kit_button, Qt.MouseButton.LeftButton)
    assert asked.args == [[people["Ana"].id]]


def test_export_writes_the_listed_contacts_in_order(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact], tmp_path: Path
) -> None:
    written: list[tuple[Path, list[int]]] = []
    page = open_clients(qtbot, services)
    page.exporter = lambda path, ids: written.append((path, ids))
    page.filters.tag.setCurrentIndex(page.filters.tag.findData("retiree"))
    wait_loaded(qtbot, page)
    page.export_to(tmp_path / "view.csv")
    qtbot.waitUntil(lambda: bool(written), timeout=5000)
    assert written == [(tmp_path / "view.csv", [people["Eve"].id, people["Ana"].id])]


def test_export_view_writes_a_csv_of_the_filtered_contacts(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact], tmp_path: Path
) -> None:
    page = open_clients(qtbot, services)
    page.filters.relationship.setCurrentIndex(
        page.filters.relationship.findData(Relationship.CLIENT)
    )
    wait_loaded(qtbot, page)
    target = tmp_path / "clients.csv"
    page.export_to(target)
    qtbot.waitUntil(page.export_button.isEnabled, timeout=10_000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["first_name"], r["last_name"]) for r in rows] == [
        ("Eve", "Adams"),
        ("Ana", "Souza"),
        ("Bruno", "Souza"),
    ]


class SlowTable(ContactTable):
    """A book whose whole-list answer is slow, as a broad search is on a big book."""

    def ids(self, *args: Any, **kwargs: Any) -> list[int]:
        time.sleep(0.4)
        return super().ids(*args, **kwargs)


def test_a_search_shows_its_first_matches_before_the_whole_list(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact]
) -> None:
    model = ContactTableModel(services.contact_table.rows, page_size=1)
    owner = QWidget()
    qtbot.addWidget(owner)
    controller = ContactListController(SlowTable(services.book), model, owner)
    seen: list[tuple[str, list[int]]] = []
    controller.first_matches.connect(lambda _n: seen.append(("first", model.ids())))
    controller.loaded.connect(lambda _n: seen.append(("all", model.ids())))
    controller.set_filter(ContactFilter(text="souza"))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert seen == [
        ("first", [people["Ana"].id]),
        ("all", [people["Ana"].id, people["Bruno"].id]),
    ]
