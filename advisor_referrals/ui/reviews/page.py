"""The Reviews page: overdue and due-soon clients, what is booked (soonest first), past
bookings that need an outcome, a calendar, coverage per tier, suggested segments, and the
export to a calendar file. Layout; the lists come from `ReviewLists` and
`EngagementService`, loaded off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.enums import Segment, Tier
from advisor_referrals.domain.reviews import ReviewOutcome
from advisor_referrals.services.contacts.segments import EngagementService, SegmentSuggestion
from advisor_referrals.services.reviews.calendar_export import CalendarExport
from advisor_referrals.services.reviews.open_bookings import ScheduledEntry
from advisor_referrals.services.reviews.review_lists import (
    DueEntry,
    ReviewFilter,
    ReviewLists,
    TierCoverage,
)
from advisor_referrals.ui.actions import ContactActions
from advisor_referrals.ui.book_events import CONTACT, HOUSEHOLD, REVIEW, REVIEW_CADENCE, BookEvents
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.navigation import (
    REVIEWS_BOOKED_THIS_WEEK,
    REVIEWS_DUE_THIS_WEEK,
    REVIEWS_NEEDS_OUTCOME,
    REVIEWS_OVERDUE,
    ListLink,
)
from advisor_referrals.ui.pages.base import Page
from advisor_referrals.ui.reviews.actions import ReviewActions
from advisor_referrals.ui.reviews.calendar_view import CalendarPane
from advisor_referrals.ui.reviews.coverage import CoverageStrip
from advisor_referrals.ui.reviews.export import CalendarExportRunner
from advisor_referrals.ui.reviews.models import DueModel, RowsModel, ScheduledModel, SuggestionModel
from advisor_referrals.ui.reviews.text import segment_text, trn
from advisor_referrals.ui.worker import run_task, show_error

# "This week" is today and the six days after it, as on the Today view.
THIS_WEEK_DAYS = 6
DUE_SOON_DAYS = (THIS_WEEK_DAYS, 14, 30, 60, 90)
OVERDUE_TAB, DUE_SOON_TAB, BOOKED_TAB, OUTCOME_TAB, CALENDAR_TAB, SEGMENTS_TAB = range(6)


@dataclass(frozen=True)
class Lists:
    overdue: list[DueEntry]
    due_soon: list[DueEntry]
    booked: list[ScheduledEntry]
    needs_outcome: list[ScheduledEntry]
    coverage: list[TierCoverage]


def _table(model: RowsModel[Any]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def _button(text: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(slot)
    return button


class ReviewsPage(Page):
    key = "reviews"

    def __init__(
        self,
        lists: ReviewLists,
        engagement: EngagementService,
        export: CalendarExport,
        review_actions: ReviewActions,
        events: BookEvents,
        contact_actions: ContactActions | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lists = lists
        self.engagement = engagement
        self.export = export
        self.review_actions = review_actions
        self.contact_actions = contact_actions
        self.generation = 0
        self.loading = 0
        self.follow(events, REVIEW, CONTACT, REVIEW_CADENCE, HOUSEHOLD)
        review_actions.message.connect(self._say)
        self.exporter = CalendarExportRunner(export, self)
        self.exporter.message.connect(self._say)
        self.exporter.running_changed.connect(self._export_running)

        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        self.coverage = CoverageStrip()
        layout.addWidget(self.coverage)

        self.overdue_model = DueModel(self)
        self.due_model = DueModel(self)
        self.booked_model = ScheduledModel(review_actions.today, self)
        self.outcome_model = ScheduledModel(review_actions.today, self)
        self.suggestion_model = SuggestionModel(self)
        self.overdue_view = _table(self.overdue_model)
        self.due_view = _table(self.due_model)
        self.booked_view = _table(self.booked_model)
        self.outcome_view = _table(self.outcome_model)
        self.suggestion_view = _table(self.suggestion_model)
        self.calendar = CalendarPane()

        self.tabs = QTabWidget()
        self.tabs.addTab(self._due_tab(self.overdue_view, None), "")
        self.tabs.addTab(self._due_tab(self.due_view, self._due_soon_box()), "")
        self.tabs.addTab(self._booked_tab(), "")
        self.tabs.addTab(self._outcome_tab(), "")
        self.tabs.addTab(self._calendar_tab(), tr("Reviews", "Calendar"))
        self.tabs.addTab(self._suggestion_tab(), "")
        layout.addWidget(self.tabs, 1)
        self.status = QLabel()
        layout.addWidget(self.status)
        self._set_tab_titles()

        self.overdue_view.doubleClicked.connect(lambda i: self._schedule_row(self.overdue_model, i))
        self.due_view.doubleClicked.connect(lambda i: self._schedule_row(self.due_model, i))
        self.booked_view.doubleClicked.connect(self._complete_row)
        self.outcome_view.doubleClicked.connect(self._complete_outcome_row)
        self.calendar.month_wanted.connect(self._load_month)
        self.calendar.entry_activated.connect(self.review_actions.complete)

    def title(self) -> str:
        return tr("Pages", "Reviews")

    # Layout

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        heading = QLabel(f"<h2>{tr('Pages', 'Reviews')}</h2>")
        row.addWidget(heading)
        row.addSpacing(16)
        self.tier_box = QComboBox()
        self.tier_box.addItem(tr("Reviews", "All tiers"), None)
        for tier in Tier:
            self.tier_box.addItem(tr("Reviews", "Tier {0}").format(tier.value), tier.value)
        self.segment_box = QComboBox()
        self.segment_box.addItem(tr("Reviews", "All segments"), None)
        for segment in Segment:
            self.segment_box.addItem(segment_text(segment), segment.value)
        row.addWidget(QLabel(tr("Reviews", "Show:")))
        row.addWidget(self.tier_box)
        row.addWidget(self.segment_box)
        row.addStretch(1)
        self.export_button = _button(tr("Reviews", "Export to calendar…"), self._export_clicked)
        self.export_button.setToolTip(
            tr(
                "Reviews",
                "Save the booked reviews (those coming, or the days you choose) as an .ics file "
                "for Outlook, Google Calendar or Apple Calendar. Importing a newer file updates "
                "the events instead of doubling them.",
            )
        )
        row.addWidget(self.export_button)
        self.tier_box.currentIndexChanged.connect(self.refresh)
        self.segment_box.currentIndexChanged.connect(self.refresh)
        return row

    def _due_soon_box(self) -> QWidget:
        self.due_days = QComboBox()
        for days in DUE_SOON_DAYS:
            text = (
                tr("Reviews", "this week")
                if days == THIS_WEEK_DAYS
                else trn("Reviews", "next %n day(s)", days)
            )
            self.due_days.addItem(text, days)
        self.due_days.setCurrentIndex(DUE_SOON_DAYS.index(30))
        self.due_days.currentIndexChanged.connect(self.refresh)
        self.not_booked = QCheckBox(tr("Reviews", "Not booked yet only"))
        self.not_booked.toggled.connect(self.refresh)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.due_days)
        row.addWidget(self.not_booked)
        return box

    def _due_tab(self, view: QTableView, extra: QWidget | None) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        buttons = QHBoxLayout()
        if extra is not None:
            buttons.addWidget(QLabel(tr("Reviews", "Due in the")))
            buttons.addWidget(extra)
        buttons.addStretch(1)
        buttons.addWidget(_button(tr("Reviews", "Open client"), lambda: self._open_client(view)))
        buttons.addWidget(_button(tr("Reviews", "Record a review…"), lambda: self._record(view)))
        buttons.addWidget(_button(tr("Reviews", "Schedule…"), lambda: self._schedule(view)))
        layout.addLayout(buttons)
        layout.addWidget(view, 1)
        return tab

    def _booked_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(tr("Reviews", "Booked from today, soonest first, for the coming")))
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 26)
        self.weeks.setValue(4)
        self.weeks.setSuffix(tr("Reviews", " week(s)"))
        self.weeks.valueChanged.connect(self.refresh)
        buttons.addWidget(self.weeks)
        buttons.addStretch(1)
        buttons.addWidget(
            _button(tr("Reviews", "Open client"), lambda: self._open_client(self.booked_view))
        )
        buttons.addWidget(
            _button(
                tr("Reviews", "Cancel review…"), lambda: self._booked(self.review_actions.cancel)
            )
        )
        buttons.addWidget(
            _button(tr("Reviews", "Move…"), lambda: self._booked(self.review_actions.reschedule))
        )
        buttons.addWidget(
            _button(tr("Reviews", "Complete…"), lambda: self._booked(self.review_actions.complete))
        )
        layout.addLayout(buttons)
        layout.addWidget(self.booked_view, 1)
        return tab

    def _outcome_tab(self) -> QWidget:
        """Past bookings with nothing recorded: held, missed or cancelled, several at once."""
        tab = QWidget()
        layout = QVBoxLayout(tab)
        explain = QLabel(
            tr(
                "Reviews",
                "Bookings whose day has passed with nothing recorded, the latest first. Select "
                "one or several (Shift or Ctrl and click) and say what happened; Edit > Undo "
                "takes a whole batch back. Complete… records one with its NPS and notes.",
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        buttons = QHBoxLayout()
        self.outcome_selected = QLabel()
        buttons.addWidget(self.outcome_selected)
        buttons.addStretch(1)
        buttons.addWidget(
            _button(tr("Reviews", "Open client"), lambda: self._open_client(self.outcome_view))
        )
        self.held_button = _button(
            tr("Reviews", "Held"), lambda: self.record_outcome(ReviewOutcome.HELD)
        )
        self.held_button.setToolTip(
            tr("Reviews", "Held on the day booked, with no NPS answer recorded.")
        )
        self.missed_button = _button(
            tr("Reviews", "Missed"), lambda: self.record_outcome(ReviewOutcome.MISSED)
        )
        self.missed_button.setToolTip(tr("Reviews", "The client did not come."))
        self.cancel_button = _button(
            tr("Reviews", "Cancel"), lambda: self.record_outcome(ReviewOutcome.CANCELLED)
        )
        for button in (self.held_button, self.missed_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addWidget(
            _button(
                tr("Reviews", "Complete…"),
                lambda: self._first_of(self.outcome_view, self.review_actions.complete),
            )
        )
        layout.addLayout(buttons)
        layout.addWidget(self.outcome_view, 1)
        self.outcome_view.selectionModel().selectionChanged.connect(
            lambda *_: self._outcome_selection()
        )
        self._outcome_selection()
        return tab

    def _calendar_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.calendar, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        actions: list[tuple[str, Callable[[ScheduledEntry], None]]] = [
            (tr("Reviews", "Cancel review…"), self.review_actions.cancel),
            (tr("Reviews", "Move…"), self.review_actions.reschedule),
            (tr("Reviews", "Complete…"), self.review_actions.complete),
        ]
        for text, action in actions:
            buttons.addWidget(_button(text, partial(self._calendar_entry, action)))
        layout.addLayout(buttons)
        return tab

    def _suggestion_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        explain = QLabel(
            tr(
                "Reviews",
                "Where a client's record points to another segment than the one you chose: "
                "latest NPS, reviews in the last 12 months against the cadence, a written plan "
                "and referrals given. Accept to change the segment, or leave it as it is.",
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(
            _button(tr("Reviews", "Open client"), lambda: self._open_client(self.suggestion_view))
        )
        buttons.addWidget(_button(tr("Reviews", "Accept selected"), self.accept_selected))
        layout.addLayout(buttons)
        layout.addWidget(self.suggestion_view, 1)
        return tab

    def _set_tab_titles(self) -> None:
        counts = (
            (OVERDUE_TAB, tr("Reviews", "Overdue ({0})"), len(self.overdue_model.rows)),
            (DUE_SOON_TAB, tr("Reviews", "Due soon ({0})"), len(self.due_model.rows)),
            (BOOKED_TAB, tr("Reviews", "Booked ({0})"), len(self.booked_model.rows)),
            (OUTCOME_TAB, tr("Reviews", "Needs an outcome ({0})"), len(self.outcome_model.rows)),
            (
                SEGMENTS_TAB,
                tr("Reviews", "Suggested segments ({0})"),
                len(self.suggestion_model.rows),
            ),
        )
        for index, text, count in counts:
            self.tabs.setTabText(index, text.format(count))

    # Loading

    def current_filter(self) -> ReviewFilter:
        tier = self.tier_box.currentData()
        segment = self.segment_box.currentData()
        return ReviewFilter(
            tiers=frozenset({Tier(tier)}) if tier else frozenset(),
            segments=frozenset({Segment(segment)}) if segment else frozenset(),
        )

    def refresh(self) -> None:
        self.generation += 1
        generation = self.generation
        flt = self.current_filter()
        days = int(self.due_days.currentData())
        not_booked = self.not_booked.isChecked()
        weeks = self.weeks.value()
        today = self.review_actions.today()

        def load(_progress: object) -> Lists:
            due_soon = self.lists.due_soon(days, flt, today)
            if not_booked:
                due_soon = [e for e in due_soon if e.next_scheduled is None]
            return Lists(
                overdue=self.lists.overdue(flt, today),
                due_soon=due_soon,
                booked=self.lists.upcoming(weeks, flt, today),
                needs_outcome=self.lists.needs_outcome(flt, today),
                coverage=self.lists.coverage(today),
            )

        def suggestions(_progress: object) -> Sequence[SegmentSuggestion]:
            return self.engagement.suggestions(flt, today=today)

        self._start(load, lambda result: self._show_lists(generation, result))
        self._start(suggestions, lambda result: self._show_suggestions(generation, result))
        self.calendar.request_month()

    def _start(self, work: Callable[[Any], Any], done: Callable[[Any], None]) -> None:
        self.loading += 1
        self.status.setText(tr("Reviews", "Loading…"))

        def finished(result: Any) -> None:
            self.loading -= 1
            done(result)

        def failed(error: BaseException) -> None:
            self.loading -= 1
            self.status.setText("")
            show_error(self, error)

        run_task(self, work, finished, failed)

    def _show_lists(self, generation: int, result: Lists) -> None:
        if generation != self.generation:
            return
        self.overdue_model.set_rows(result.overdue)
        self.due_model.set_rows(result.due_soon)
        self.booked_model.set_rows(result.booked)
        self.outcome_model.set_rows(result.needs_outcome)
        self._outcome_selection()
        self.coverage.set_coverage(result.coverage)
        for view in (self.overdue_view, self.due_view, self.booked_view, self.outcome_view):
            view.resizeColumnsToContents()
        self._set_tab_titles()
        self._done_loading()

    def _show_suggestions(self, generation: int, result: Sequence[SegmentSuggestion]) -> None:
        if generation != self.generation:
            return
        self.suggestion_model.set_rows(result)
        self.suggestion_view.resizeColumnsToContents()
        self._set_tab_titles()
        self._done_loading()

    def _load_month(self, start: date, end: date) -> None:
        flt = self.current_filter()

        def show(entries: list[ScheduledEntry]) -> None:
            self.calendar.set_entries(entries)
            self._done_loading()

        self._start(lambda _p: self.lists.scheduled(start, end, flt), show)

    def _done_loading(self) -> None:
        if self.loading == 0 and self.status.text() == tr("Reviews", "Loading…"):
            self.status.setText("")

    def is_loading(self) -> bool:
        return self.loading > 0

    # Actions

    def _selected(self, view: QTableView) -> list[Any]:
        model = view.model()
        assert isinstance(model, RowsModel)
        rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
        if not rows and view.currentIndex().isValid():
            rows = [view.currentIndex().row()]
        return [model.rows[row] for row in rows if 0 <= row < len(model.rows)]

    def _first(self, view: QTableView) -> Any | None:
        chosen = self._selected(view)
        if not chosen:
            self._say(tr("Reviews", "Select a row first."))
            return None
        return chosen[0]

    def _schedule(self, view: QTableView) -> None:
        entry = self._first(view)
        if entry is not None:
            self.review_actions.schedule(entry.contact_id)

    def _record(self, view: QTableView) -> None:
        entry = self._first(view)
        if entry is not None:
            self.review_actions.record(entry.contact_id)

    def _schedule_row(self, model: DueModel, index: QModelIndex) -> None:
        entry = model.row_at(index.row())
        if entry is not None:
            self.review_actions.schedule(entry.contact_id)

    def _complete_row(self, index: QModelIndex) -> None:
        entry = self.booked_model.row_at(index.row())
        if entry is not None:
            self.review_actions.complete(entry)

    def _booked(self, action: Callable[[ScheduledEntry], None]) -> None:
        self._first_of(self.booked_view, action)

    def _first_of(self, view: QTableView, action: Callable[[ScheduledEntry], None]) -> None:
        entry = self._first(view)
        if entry is not None:
            action(entry)

    def _complete_outcome_row(self, index: QModelIndex) -> None:
        entry = self.outcome_model.row_at(index.row())
        if entry is not None:
            self.review_actions.complete(entry)

    def _outcome_selection(self) -> None:
        chosen = len(self.outcome_view.selectionModel().selectedRows())
        self.outcome_selected.setText(
            trn("Reviews", "%n selected", chosen) if chosen else tr("Reviews", "Select bookings")
        )
        for button in (self.held_button, self.missed_button, self.cancel_button):
            button.setEnabled(chosen > 0)

    def record_outcome(self, outcome: ReviewOutcome) -> None:
        """Held, missed or cancelled for every booking selected, as one undoable step."""
        chosen = [
            self.outcome_model.rows[index.row()]
            for index in sorted(
                self.outcome_view.selectionModel().selectedRows(), key=lambda i: i.row()
            )
        ]
        if not chosen:
            self._say(tr("Reviews", "Select the bookings first."))
            return
        self.review_actions.record_outcomes(chosen, outcome)

    # The Today view's "Show all"

    def show_list(self, link: ListLink) -> None:
        """One of the lists the Today view links to, for every tier and segment; the page
        loads it as it is shown."""
        boxes = (self.tier_box, self.segment_box, self.due_days, self.not_booked, self.weeks)
        for box in boxes:
            box.blockSignals(True)
        self.tier_box.setCurrentIndex(0)
        self.segment_box.setCurrentIndex(0)
        tab = {
            REVIEWS_OVERDUE: OVERDUE_TAB,
            REVIEWS_DUE_THIS_WEEK: DUE_SOON_TAB,
            REVIEWS_BOOKED_THIS_WEEK: BOOKED_TAB,
            REVIEWS_NEEDS_OUTCOME: OUTCOME_TAB,
        }.get(link.name, OVERDUE_TAB)
        if link.name == REVIEWS_DUE_THIS_WEEK:
            self.due_days.setCurrentIndex(DUE_SOON_DAYS.index(THIS_WEEK_DAYS))
            self.not_booked.setChecked(True)
        if link.name == REVIEWS_BOOKED_THIS_WEEK:
            self.weeks.setValue(1)
        for box in boxes:
            box.blockSignals(False)
        self.tabs.setCurrentIndex(tab)

    def _calendar_entry(self, action: Callable[[ScheduledEntry], None]) -> None:
        entry = self.calendar.selected_entry()
        if entry is None:
            self._say(tr("Reviews", "Pick a review in the day's list first."))
            return
        action(entry)

    def _open_client(self, view: QTableView) -> None:
        entry = self._first(view)
        if entry is not None and self.contact_actions is not None:
            self.contact_actions.open_contact.emit(entry.contact_id)

    def accept_selected(self) -> None:
        chosen = self._selected(self.suggestion_view)
        if not chosen:
            self._say(tr("Reviews", "Select the suggestions to accept first."))
            return
        self.review_actions.accept_segments(chosen)

    def export_calendar(self, path: str | None = None) -> None:
        """Export to calendar, or cancel the export under way."""
        if self.exporter.running:
            self.exporter.cancel()
        elif path is None:
            self.exporter.ask_and_export(self.review_actions.today())
        else:
            self.exporter.export_to(path)

    def _export_clicked(self) -> None:
        self.export_calendar()  # not connected directly: clicked() would pass `checked` as path

    def _export_running(self, running: bool) -> None:
        self.export_button.setText(
            tr("Reviews", "Cancel export") if running else tr("Reviews", "Export to calendar…")
        )

    def _say(self, text: str) -> None:
        self.status.setText(text)
