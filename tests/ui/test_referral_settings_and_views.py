"""The referral settings tab, the Triggers page filters and the compliance view's export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt

from advisor_referrals.domain.thank_you import ThankYouTemplate
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.referrals.features import (
    make_referral_settings_tab,
    make_thank_you_settings_tab,
)
from advisor_referrals.ui.referrals.referrals_page import ReferralsPage
from advisor_referrals.ui.referrals.settings_tab import ACTIVE, LABEL, TALKING_POINT
from advisor_referrals.ui.referrals.triggers_page import TriggersPage
from tests.support.referral_book import SmallBook
from tests.support.referral_ui import OFFSCREEN_NOISE, small, window
from tests.ui.support import undo_history

__all__ = ["small", "window"]
pytestmark = OFFSCREEN_NOISE


def test_settings_tab_edits_kinds_template_and_interval(qtbot: Any, window: MainWindow) -> None:
    services = window.services
    tab = make_referral_settings_tab(services, undo_history().runner)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.loaded is not None)
    labels = [tab.kinds.item(r, LABEL).text() for r in range(tab.kinds.rowCount())]
    used = labels.index("Buying a home")  # Bob's trigger uses it
    tab.kinds.setCurrentCell(used, LABEL)
    assert not tab.delete_kind.isEnabled()
    assert "retire it instead" in tab.delete_kind.toolTip()
    tab.kinds.item(used, ACTIVE).setCheckState(Qt.CheckState.Unchecked)
    unused = labels.index("Going through a divorce")
    tab.kinds.setCurrentCell(unused, LABEL)
    assert tab.delete_kind.isEnabled()
    tab.delete_kind.click()
    tab.add_kind.click()
    new_row = tab.kinds.rowCount() - 1
    tab.kinds.item(new_row, LABEL).setText("Starting a business")
    tab.kinds.item(new_row, TALKING_POINT).setText("“I’m going out on my own.”")
    tab.interval.setValue(60)

    with qtbot.waitSignal(tab.saved):
        assert tab.save()
    kinds = {k.label: k for k in services.trigger_kinds.kinds()}
    assert not kinds["Buying a home"].active
    assert "Going through a divorce" not in kinds
    assert kinds["Starting a business"].key == "starting_a_business"
    assert services.ask_list.interval_days() == 60


def test_thank_you_tab_previews_and_saves_the_note(qtbot: Any, window: MainWindow) -> None:
    services = window.services
    tab = make_thank_you_settings_tab(services, undo_history().runner)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.loaded is not None)
    tab.subject.setText("Hi {nickname}")
    assert tab.template_problem.isVisible() and "unknown placeholder" in tab.template_problem.text()
    tab.subject.setText("Thanks, {referrer}!")
    assert not tab.template_problem.isVisible()
    assert tab.preview.toPlainText().startswith("Thanks, Ana!")
    with qtbot.waitSignal(tab.saved):
        assert tab.save()
    assert services.thank_you.template().subject == "Thanks, {referrer}!"


def test_settings_tab_refuses_a_broken_template(
    qtbot: Any, window: MainWindow, monkeypatch: Any
) -> None:
    tab = make_thank_you_settings_tab(window.services, window.history.runner)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.loaded is not None)
    shown: list[str] = []
    monkeypatch.setattr(
        "advisor_referrals.ui.referrals.settings_tab.show_error", lambda _w, e: shown.append(str(e))
    )
    tab.body.setPlainText("")
    assert not tab.save()
    assert "cannot be empty" in shown[0]
    assert window.services.thank_you.template() != ThankYouTemplate(subject="", body="")


def test_triggers_page_filters_by_kind_and_referral_followed(
    qtbot: Any, window: MainWindow
) -> None:
    page = window.show_page("triggers")
    assert isinstance(page, TriggersPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4 and page.kind.count() > 1)
    page.followed.setCurrentIndex(page.followed.findData(True))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.model.load_all()
    qtbot.waitUntil(lambda: page.model.complete)
    row = page.model.row_at(0)
    assert (row.contact_name, row.kind_label, row.referrals) == ("Robert Kim", "Buying a home", 1)
    page.followed.setCurrentIndex(0)
    page.kind.setCurrentIndex(page.kind.findData("retirement"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.count.text() == "1 triggers")


def test_compliance_view_warns_and_exports(
    qtbot: Any, window: MainWindow, small: SmallBook, tmp_path: Path
) -> None:
    page = window.show_page("referrals")
    assert isinstance(page, ReferralsPage)
    page.tabs.setCurrentWidget(page.compliance)
    view = page.compliance
    view.model.load_all()
    qtbot.waitUntil(lambda: view.model.complete and view.model.rowCount() == 2)
    texts = [view.model.index(r, 7).data() for r in range(2)]
    over = "Promoter paid over $1,000 in 12 months without a written agreement"
    assert texts == [f"No disclosure delivered; {over}", over]  # Carla: $150 + $900
    qtbot.waitUntil(lambda: not view.promoters.isHidden())
    assert view.promoters.text().startswith("⚠ Carla Price received $1,050.00 for 2 referrals")
    view.only_missing.setChecked(True)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    target = tmp_path / "ledger.csv"
    view.export_to(target)
    qtbot.waitUntil(lambda: view.status.text() == "Exported 2 rows to ledger.csv")
    assert target.read_text(encoding="utf-8-sig").count("\n") == 3


def test_compliance_warnings_show_whole(qtbot: Any, window: MainWindow, small: SmallBook) -> None:
    page = window.show_page("referrals")
    assert isinstance(page, ReferralsPage)
    page.tabs.setCurrentWidget(page.compliance)
    view = page.compliance
    view.model.load_all()
    qtbot.waitUntil(lambda: view.model.complete and view.model.rowCount() == 2)
    index = view.model.index(0, 7)
    text = index.data()
    assert index.data(Qt.ItemDataRole.ToolTipRole).split("\n") == text.split("; ")
    window.resize(1100, 700)  # the Warnings column too narrow for one line

    def wrapped_text_fits() -> bool:
        cell = view.view.visualRect(index)
        needed = view.view.fontMetrics().boundingRect(
            QRect(0, 0, cell.width() - 8, 10_000), Qt.TextFlag.TextWordWrap, text
        )
        return needed.height() > view.view.fontMetrics().height() and cell.height() >= (
            needed.height()
        )

    qtbot.waitUntil(wrapped_text_fits)


def test_the_referrals_tab_shows_several_kinds_and_whole_headers_at_the_dialogs_size(
    qtbot: Any, window: MainWindow
) -> None:
    from advisor_referrals.ui.referrals.settings_tab import ReferralSettingsTab
    from advisor_referrals.ui.settings_dialog import SettingsDialog
    from advisor_referrals.ui.settings_tabs import make_settings_tabs

    tabs = make_settings_tabs(window.services, window.history.runner, window.settings)
    dialog = SettingsDialog(tabs, window, window.events)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = next(t for _title, t in tabs if isinstance(t, ReferralSettingsTab))
    dialog.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.loaded is not None)
    table = tab.kinds
    rows_shown = table.viewport().height() // table.rowHeight(0)
    assert rows_shown >= 5
    header = table.horizontalHeader()
    assert header.isVisible()
    for column in range(table.columnCount()):
        title = table.horizontalHeaderItem(column).text()
        needed = header.fontMetrics().horizontalAdvance(title)
        assert header.sectionSize(column) > needed, title
