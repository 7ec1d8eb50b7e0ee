"""The main window: the welcome page on a new book, navigation, menus, settings, window state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from advisor_referrals.domain.contacts import Contact
from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.pages.clients import ClientsPage
from advisor_referrals.ui.pages.today import TodayPage
from advisor_referrals.ui.pages.today_sections import BookAtAGlance, RecentlyAdded
from advisor_referrals.ui.reviews.page import ReviewsPage
from advisor_referrals.ui.settings_dialog import SettingsDialog
from advisor_referrals.ui.settings_tabs import ProfileTab, make_settings_tabs
from tests.ui.support import names, undo_history, wait_loaded


def open_window(qtbot: QtBot, services: BookServices, settings: Settings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def clients_of(window: MainWindow) -> ClientsPage:
    page = window.page("clients")
    assert isinstance(page, ClientsPage)
    return page


def test_a_new_book_opens_on_the_welcome_page(
    qtbot: QtBot, services: BookServices, window_settings: Settings
) -> None:
    window = open_window(qtbot, services, window_settings)
    assert window.root.currentWidget() is window.welcome
    welcome = window.welcome
    welcome.profile.edits["email"].setText("maria-at-example")
    qtbot.mouseClick(welcome.empty_button, Qt.MouseButton.LeftButton)
    # A bad email keeps the user on the welcome page, with the problem at the field.
    assert window.root.currentWidget() is welcome
    assert welcome.profile.errors["email"].isVisibleTo(welcome)
    welcome.profile.edits["email"].setText("maria@example.com")
    welcome.profile.edits["name"].setText("Maria Lopes")
    qtbot.mouseClick(welcome.empty_button, Qt.MouseButton.LeftButton)
    assert window.root.currentWidget() is window.splitter
    assert services.settings.profile().name == "Maria Lopes"
    # The choice is remembered: the empty book now opens straight on its pages.
    again = open_window(qtbot, services, window_settings)
    assert again.root.currentWidget() is again.splitter


def test_import_on_the_welcome_page_opens_the_book_and_starts_the_import(
    qtbot: QtBot, services: BookServices, window_settings: Settings
) -> None:
    window = open_window(qtbot, services, window_settings)
    with qtbot.waitSignal(window.import_action.triggered):
        qtbot.mouseClick(window.welcome.import_button, Qt.MouseButton.LeftButton)
    assert window.root.currentWidget() is window.splitter


def test_a_book_with_contacts_opens_on_its_pages_and_loads_the_table(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact], window_settings: Settings
) -> None:
    window = open_window(qtbot, services, window_settings)
    assert window.root.currentWidget() is window.splitter
    assert isinstance(window.current_page(), TodayPage)
    clients = clients_of(window)
    wait_loaded(qtbot, clients)
    assert len(names(clients)) == 5  # loaded before the page is even shown
    qtbot.waitUntil(lambda: window.book_status.count_label.text() == "5 contacts")


def test_pages_are_built_on_their_first_visit_and_show_their_content(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact], window_settings: Settings
) -> None:
    window = open_window(qtbot, services, window_settings)
    assert [p.key for p in window.pages] == ["today"]  # only the page on screen
    assert window.sidebar.count() == 7  # every page is listed all the same
    window.sidebar.setCurrentRow(4)
    reviews = window.current_page()
    assert isinstance(reviews, ReviewsPage)
    assert window.stack.currentWidget() is reviews
    qtbot.waitUntil(lambda: not reviews.is_loading())
    assert len(reviews.overdue_model.rows) == 3  # the three clients, never reviewed
    clients = window.show_page("clients")
    assert window.stack.currentWidget() is clients
    wait_loaded(qtbot, clients)
    assert len(names(clients)) == 5
    assert [p.key for p in window.pages] == ["today", "clients", "reviews"]
    window.sidebar.setCurrentRow(4)
    assert window.current_page() is reviews  # built once, kept


def test_page_shortcuts_and_find(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact], window_settings: Settings
) -> None:
    window = open_window(qtbot, services, window_settings)
    window.activateWindow()
    qtbot.waitActive(window)
    handle = window.windowHandle()
    qtbot.keyClick(handle, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "clients"
    qtbot.keyClick(handle, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "today"
    qtbot.keyClick(handle, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "clients"
    assert QApplication.focusWidget() is clients_of(window).filters.search


def test_opening_a_contact_from_today_shows_it_on_the_clients_page(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact], window_settings: Settings
) -> None:
    window = open_window(qtbot, services, window_settings)
    today = window.current_page()
    assert isinstance(today, TodayPage)
    recent = next(s for s in today.sections if isinstance(s, RecentlyAdded))
    qtbot.waitUntil(lambda: "Eve Adams" in recent.list.text())
    recent.list.linkActivated.emit(str(people["Carla"].id))
    clients = clients_of(window)
    assert window.current_page() is clients
    wait_loaded(qtbot, clients)
    assert clients.detail.name.text() == "Carla Mendes"
    assert clients.selected_ids() == [people["Carla"].id]


def test_today_shows_the_book_at_a_glance(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact], window_settings: Settings
) -> None:
    window = open_window(qtbot, services, window_settings)
    today = window.current_page()
    assert isinstance(today, TodayPage)
    glance = next(s for s in today.sections if isinstance(s, BookAtAGlance))
    qtbot.waitUntil(lambda: glance.numbers["clients"].text() == "3")
    assert glance.numbers["prospects"].text() == "1"
    assert glance.numbers["cois"].text() == "1"
    assert glance.numbers["overdue"].text() == "3"  # no client was ever reviewed


def test_every_today_section_title_looks_the_same(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact], window_settings: Settings
) -> None:
    window = open_window(qtbot, services, window_settings)
    today = window.current_page()
    assert isinstance(today, TodayPage)
    titles: list[QLabel] = []
    for section in today.sections:
        if section.draws_own_title:  # its heading carries a count: "Overdue follow-ups (1)"
            titles.append(section.heading)  # type: ignore[attr-defined]
        else:  # the card draws it above the section
            titles += [
                label for label in today.findChildren(QLabel) if label.text() == section.title()
            ]
    assert len(titles) == len(today.sections)
    looks = {(label.font().pointSizeF(), label.font().weight()) for label in titles}
    assert len(looks) == 1, [(label.text(), label.font().pointSizeF()) for label in titles]


def test_window_layout_and_page_are_restored(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact], window_settings: Settings
) -> None:
    window = open_window(qtbot, services, window_settings)
    window.resize(window.width(), 503)
    window.show_page("clients")
    window.close()
    again = open_window(qtbot, services, window_settings)
    assert again.current_page().key == "clients"
    assert again.height() == 503


def test_settings_dialog_saves_the_profile_and_refuses_bad_fields(
    qtbot: QtBot, services: BookServices
) -> None:
    tabs = make_settings_tabs(services, undo_history().runner)
    assert [title for title, _tab in tabs] == [
        "Profile",
        "Kit Branding",
        "Review Cadence",
        "Referrals",
        "Thank-you Note",
        "Program",
    ]
    dialog = SettingsDialog(tabs)
    qtbot.addWidget(dialog)
    profile = tabs[0][1]
    assert isinstance(profile, ProfileTab)
    profile.form.edits["name"].setText("Maria Lopes")
    profile.form.edits["website"].setText("not a site")
    dialog.save()
    assert profile.form.errors["website"].isVisibleTo(dialog)
    assert services.settings.profile().name == ""
    profile.form.edits["website"].setText("lopes.example")
    profile.form.edits["title"].setText("Senior Wealth Advisor")
    profile.form.edits["address"].setText("1600 Main Street, Suite 410, Denver, CO 80202")
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    saved = services.settings.profile()
    assert saved.website == "lopes.example"
    assert saved.title == "Senior Wealth Advisor"
    assert saved.address == "1600 Main Street, Suite 410, Denver, CO 80202"


def test_the_demo_book_fills_the_empty_book_off_the_ui_thread(
    qtbot: QtBot, services: BookServices, window_settings: Settings
) -> None:
    window = open_window(qtbot, services, window_settings)
    welcome = window.welcome
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    assert not welcome.demo_button.isEnabled()  # working in the background
    qtbot.waitUntil(lambda: window.root.currentWidget() is window.splitter, timeout=120_000)
    clients = clients_of(window)
    wait_loaded(qtbot, clients)
    assert clients.model.rowCount() > 200
    assert services.settings.profile().name  # the demo advisor's profile came with it


def test_settings_saved_by_someone_else_meanwhile_are_not_overwritten(
    qtbot: QtBot, services: BookServices
) -> None:
    from dataclasses import replace

    from advisor_referrals.ui.kits.branding import KitBrandingTab

    services.settings.save_profile(replace(services.settings.profile(), disclosures="Old."))
    tabs = make_settings_tabs(services, undo_history().runner)
    dialog = SettingsDialog(tabs)
    qtbot.addWidget(dialog)
    profile, branding = tabs[0][1], tabs[1][1]
    assert isinstance(profile, ProfileTab) and isinstance(branding, KitBrandingTab)
    # Both tabs of one dialog save one after the other without refusing each other...
    profile.form.edits["name"].setText("Maria Lopes")
    branding.ideal_client.setPlainText("Families in Boston")
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    saved = services.settings.profile()
    assert (saved.name, saved.ideal_client, saved.disclosures) == (
        "Maria Lopes", "Families in Boston", "Old.",
    )  # fmt: skip

    # ...but a colleague's save made after the dialog opened is never overwritten.
    tabs = make_settings_tabs(services, undo_history().runner)
    dialog = SettingsDialog(tabs)
    qtbot.addWidget(dialog)
    branding = tabs[1][1]
    assert isinstance(branding, KitBrandingTab)
    colleague = services.settings.load_profile()
    services.settings.save_profile(
        replace(colleague.profile, disclosures="New, from compliance."), loaded=colleague
    )
    branding.services.setPlainText("Retirement plans")
    dialog.save()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert "changed by someone else" in dialog.error.text()
    assert services.settings.profile().disclosures == "New, from compliance."
    assert services.settings.profile().services == ""


def test_settings_open_with_the_platforms_preferences_keys_and_ctrl_comma(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact], window_settings: Settings
) -> None:
    from PySide6.QtGui import QKeySequence

    window = open_window(qtbot, services, window_settings)
    keys = window.settings_action.shortcuts()
    assert QKeySequence("Ctrl+,") in keys
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences):
        assert key in keys
    tabs = make_settings_tabs(services, undo_history().runner, window_settings)
    for _title, tab in tabs:
        qtbot.addWidget(tab)  # closed and deleted by Qt after the test, as a dialog would
    assert "Appearance" in [title for title, _tab in tabs]


def test_a_window_saved_on_a_bigger_screen_opens_inside_this_one(
    qtbot: QtBot, services: BookServices, people: dict[str, Contact], window_settings: Settings
) -> None:
    window = open_window(qtbot, services, window_settings)
    space = window.screen().availableGeometry()
    assert window.width() <= space.width() and window.height() <= space.height()
    window.move(space.right() + 600, space.bottom() + 400)  # a monitor since unplugged
    window.resize(space.width() + 700, space.height() + 500)
    window.close()
    again = open_window(qtbot, services, window_settings)
    frame = again.frameGeometry()
    assert space.contains(frame.topLeft())
    assert again.width() <= space.width() and again.height() <= space.height()
