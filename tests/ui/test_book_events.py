"""What a change costs and who hears of it: one pipeline drag on the demo book, counted in
SQL statements, and Today's figures after a conversion (docs/design.md, "Changes and undo")."""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, QThreadPool
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from advisor_referrals.domain.enums import ReferralStatus
from advisor_referrals.reports.renderers import RENDERERS
from advisor_referrals.services.demo.demo_book import make_demo_book
from advisor_referrals.services.registry import BookServices
from advisor_referrals.storage.book import Book
from advisor_referrals.ui.main_window import MainWindow
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.pages.today import TodayPage
from advisor_referrals.ui.pages.today_sections import BookAtAGlance
from advisor_referrals.ui.referrals.referrals_page import ReferralsPage
from advisor_referrals.ui.referrals.today_sections import TodayCounts
from advisor_referrals.ui.today_kpis import QuarterKpiSection
from tests.support.referral_book import fill_small_book
from tests.support.referral_ui import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE
MOST_STATEMENTS = 12
# Where the work of the pages that are not showing during the drag is written.
HIDDEN_PAGES = (
    "ui/pages/today_sections.py",
    "ui/referrals/today_sections.py",
    "ui/reviews/today.py",
    "ui/today_kpis.py",
    "ui/pages/clients.py",
    "ui/contact_list.py",
    "ui/referrals/triggers_page.py",
    "ui/reviews/page.py",
)


def open_window(qtbot: QtBot, book: Book, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(BookServices.for_book(book, RENDERERS), settings)
    qtbot.addWidget(window)
    window.resize(1400, 560)
    window.show()
    return window


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the window's writes are done and every read they set off is over."""
    for _ in range(3):
        qtbot.waitUntil(lambda: not window.history.busy, timeout=20_000)
        QThreadPool.globalInstance().waitForDone(20_000)
        qtbot.wait(150)


@contextmanager
def statements(book: Book) -> Iterator[list[tuple[str, list[str]]]]:
    """Each SQL statement run on the book meanwhile, with the files of the code that ran it."""
    seen: list[tuple[str, list[str]]] = []

    def record(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        files = [frame.filename.replace("\\", "/") for frame in traceback.extract_stack()]
        seen.append((sql, files))

    event.listen(book.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(book.engine, "before_cursor_execute", record)


def test_a_pipeline_drag_on_the_demo_book_costs_a_dozen_statements_and_no_hidden_page_reloads(
    qtbot: QtBot, book: Book, tmp_path: Path
) -> None:
    make_demo_book(book, clients=250, seed=2)
    window = open_window(qtbot, book, tmp_path)
    # Visit every page once, so that each is built and follows the book's changes.
    for key in ("today", "clients", "triggers", "reviews", "referrals"):
        window.show_page(key)
        settle(qtbot, window)
    page = window.current_page()
    assert isinstance(page, ReferralsPage)
    board = page.board
    qtbot.waitUntil(lambda: board.complete, timeout=20_000)

    # The fullest column, scrolled down: the drag must leave it where it was.
    source = max(board.models, key=lambda s: board.models[s].rowCount())
    target = next(s for s in (ReferralStatus.MEETING, ReferralStatus.CONTACTED) if s != source)
    view = board.views[source]
    model = board.models[source]
    view.scrollToBottom()
    qtbot.wait(50)
    scrolled = view.verticalScrollBar().value()
    assert scrolled > 0, "the demo book fills the column past the screen"
    card = model.rowCount() - 1
    row = model.row_at(card)
    assert row is not None
    before = {s: m.rowCount() for s, m in board.models.items()}

    with statements(book) as seen:
        data = model.mimeData([model.index(card, 0)])
        # What QListView::dropEvent calls on the column the card is dropped on.
        assert board.models[target].dropMimeData(
            data, Qt.DropAction.MoveAction, -1, -1, QModelIndex()
        )
        qtbot.waitUntil(
            lambda: board.models[target].position_of(row.id) >= 0 and board.complete,
            timeout=20_000,
        )
        settle(qtbot, window)

    assert window.services.referrals.get(row.id).status is target
    assert board.models[source].rowCount() == before[source] - 1
    assert board.models[target].rowCount() == before[target] + 1
    assert board.headers[target].text().endswith(f"({before[target] + 1})")
    assert view.verticalScrollBar().value() == min(scrolled, view.verticalScrollBar().maximum())
    assert len(seen) <= MOST_STATEMENTS, "\n".join(sql for sql, _ in seen)
    from_hidden = [
        sql for sql, files in seen if any(f.endswith(page) for f in files for page in HIDDEN_PAGES)
    ]
    assert not from_hidden, "\n".join(from_hidden)
    # The pages that were not showing know they are behind, and catch up when shown.
    today = window.page("today")
    assert today.stale
    window.show_page("today")
    assert not today.stale
    settle(qtbot, window)


def test_todays_figures_follow_a_conversion(qtbot: QtBot, book: Book, tmp_path: Path) -> None:
    small = fill_small_book(book)
    window = open_window(qtbot, book, tmp_path)
    today = window.show_page("today")
    assert isinstance(today, TodayPage)
    glance = next(s for s in today.sections if isinstance(s, BookAtAGlance))
    quarter = next(s for s in today.sections if isinstance(s, QuarterKpiSection))
    counts = next(s.group for s in today.sections if isinstance(s.group, TodayCounts))

    def figures() -> dict[str, str]:
        return {
            "clients": glance.numbers["clients"].text(),
            "prospects": glance.numbers["prospects"].text(),
            "received": quarter.received.value.text(),
            "rate": quarter.conversion.value.text(),
            "converted": quarter.converted.value.text(),
        }

    qtbot.waitUntil(lambda: "–" not in figures().values() and bool(figures()["converted"]))
    settle(qtbot, window)
    shown = figures()
    metrics = window.services.metrics.quarter_to_date(date.today())
    assert shown["converted"] == f"{metrics.referrals_converted}"
    asked = counts.queries

    # Converted from elsewhere (another page's menu) while Today is showing.
    controller = window.referrals.controller
    referral = small.new_referral
    controller.move(referral.id, referral.version, ReferralStatus.CONVERTED, "Lucas Martin")
    qtbot.waitUntil(lambda: figures()["converted"] != shown["converted"], timeout=10_000)
    settle(qtbot, window)

    after = figures()
    metrics = window.services.metrics.quarter_to_date(date.today())
    assert after["converted"] == f"{metrics.referrals_converted}"
    assert int(after["clients"]) == int(shown["clients"]) + 1
    assert int(after["prospects"]) == int(shown["prospects"]) - 1
    assert after["rate"] != shown["rate"]  # Lucas was received this quarter
    # The four referral lists reloaded together: their counts were asked once.
    assert counts.queries == asked + 1

    # Undone while another page shows: Today catches up when it is shown again.
    window.show_page("referrals")
    window.undo_stack.undo()
    settle(qtbot, window)
    assert today.stale
    window.show_page("today")
    qtbot.waitUntil(lambda: figures() == shown, timeout=10_000)
