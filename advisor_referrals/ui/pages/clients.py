"""The Clients page: search, quick filters, the client table and the detail pane beside it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.enums import Relationship, Segment, Tier
from advisor_referrals.services.changes import BookChanges
from advisor_referrals.services.contacts.client_table import ContactTable
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.contacts.timeline import TimelineService
from advisor_referrals.services.practice.reassign import ReassignService
from advisor_referrals.services.progress import Progress
from advisor_referrals.ui import icons, labels
from advisor_referrals.ui.actions import ContactActions
from advisor_referrals.ui.book_events import (
    ASK,
    CONTACT,
    HOUSEHOLD,
    REFERRAL,
    REVIEW,
    TRIGGER,
    BookEvents,
)
from advisor_referrals.ui.contact_detail import ContactDetail
from advisor_referrals.ui.contact_editing import ContactEditor
from advisor_referrals.ui.contact_list import ContactListController
from advisor_referrals.ui.i18n import ntr, tr
from advisor_referrals.ui.languages import kit_languages
from advisor_referrals.ui.models.contact_table_model import (
    COLUMN_KEYS,
    COLUMNS,
    ContactTableModel,
    column_of,
)
from advisor_referrals.ui.options import CLIENT_COLUMNS_HIDDEN, Settings
from advisor_referrals.ui.pages.base import Page
from advisor_referrals.ui.pages.client_filters import ClientFilterBar
from advisor_referrals.ui.practice.reassign import add_reassign_menu
from advisor_referrals.ui.practice.scope import ScopeChooser, ScopeState
from advisor_referrals.ui.status import notify
from advisor_referrals.ui.theme import set_role
from advisor_referrals.ui.undo import UndoHistory
from advisor_referrals.ui.worker import run_task, show_error

# Writes the contacts with these ids, in this order, to a CSV file.
Exporter = Callable[[Path, list[int]], object]

# Default column widths, before the user drags any (a saved header state wins): free
# text gets room for this many average characters; columns from a short fixed list
# (relationship, segment, tier) fit their longest value or title instead, so the main
# columns fit beside the detail pane at 1440 pixels without hiding Phone.
CHARACTERS = {"name": 22, "preferred_name": 14, "email": 27, "phone": 16, "city": 14}
# The columns a reader looks for first, in this order from the left (a saved header's
# order wins); the table gets room for them before the detail pane grows.
FIRST_COLUMNS = ("name", "email", "phone", "relationship", "segment", "tier")
CHARACTERS_ELSE = 16
SORT_ARROW = 26  # the header's sort indicator and its margins


def fixed_values(key: str) -> list[str]:
    if key == "relationship":
        return [labels.relationship(r) for r in Relationship]
    if key == "segment":
        return [labels.segment(s) for s in Segment]
    if key == "tier":
        return [t.value for t in Tier]
    return []


def default_width(view: QTableView, column: int) -> int:
    metrics = view.fontMetrics()
    key = COLUMNS[column].key
    title = metrics.horizontalAdvance(COLUMNS[column].title()) + SORT_ARROW
    values = fixed_values(key)
    if values:
        return max(title, *(metrics.horizontalAdvance(v) + 16 for v in values))
    return max(title, metrics.averageCharWidth() * CHARACTERS.get(key, CHARACTERS_ELSE))


class ClientTableView(QTableView):
    """The table, with Return to edit, Delete to archive, and Up from the first row back
    to the search box."""

    def __init__(self, page: ClientsPage) -> None:
        super().__init__(page)
        self.page = page

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.page.edit_current()
            return
        if event.matches(QKeySequence.StandardKey.Delete):
            self.page.archive_selected()
            return
        if (
            event.key() == Qt.Key.Key_Up
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.currentIndex().row() <= 0
        ):
            self.page.focus_search()
            return
        super().keyPressEvent(event)


class ClientsPage(Page):
    key = "clients"

    def __init__(
        self,
        table: ContactTable,
        contacts: ContactService,
        timeline: TimelineService,
        history: UndoHistory,
        events: BookEvents,
        actions: ContactActions,
        exporter: Exporter | None = None,
        parent: QWidget | None = None,
        scope: ScopeState | None = None,
        reassign: ReassignService | None = None,
    ) -> None:
        super().__init__(parent)
        self.table_service = table
        self.history = history
        self.scope = scope
        self.reassign = reassign
        self._header_restored = False
        self.editor = ContactEditor(contacts, history, actions, self)
        self.contact_actions = actions
        self.exporter = exporter
        self._pending_open: int | None = None
        # Down or Return pressed in the search box before its results were in.
        self._when_loaded: Callable[[], None] | None = None
        self._last_sort = (0, Qt.SortOrder.AscendingOrder)

        self.model = ContactTableModel(table.rows, self)
        self.view = self._build_table()
        self.controller = ContactListController(table, self.model, self)
        self.controller.loaded.connect(self._loaded)
        self.controller.first_matches.connect(self._first_matches)
        self.controller.busy_changed.connect(self._busy)
        self.filters = ClientFilterBar(self)
        self.filters.changed.connect(self.controller.set_filter)
        self.filters.down_pressed.connect(self.enter_results)
        self.filters.return_pressed.connect(self.open_from_search)
        self.detail = ContactDetail(contacts, timeline, actions, self.editor)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.view)
        self.split.addWidget(self.detail)
        # The table first gets room for the columns that matter (name to phone), the
        # detail pane what is left; a wider window widens the table (`_share_the_width`).
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 0)
        self.split.setSizes([820, 440])
        self.split.setChildrenCollapsible(False)
        self._width_shared = False

        heading = QLabel(tr("Clients", "Clients"))
        set_role(heading, "heading")
        self.count_label = QLabel()
        set_role(self.count_label, "muted")
        new_button = QPushButton(icons.icon("add"), tr("Clients", "New Contact…"))
        new_button.clicked.connect(actions.new_contact)
        self.export_button = QPushButton(icons.icon("export"), tr("Clients", "Export View…"))
        self.export_button.setToolTip(
            tr("Clients", "Save the contacts listed here, in this order, as a CSV file")
        )
        self.export_button.clicked.connect(self.export_view)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(8)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        if scope is not None:
            # Whose clients: mine, one advisor's, the practice's (docs/design.md, "A practice").
            self.scope_chooser = ScopeChooser(scope)
            top.addWidget(self.scope_chooser)
            # The first load lists the remembered scope's clients (no load of its own now).
            self.filters.filter = replace(self.filters.filter, scope=scope.scope)
            self.controller.filter = self.filters.filter
            scope.changed.connect(self.filters.set_scope)
            scope.choices_loaded.connect(self._advisors_known)
        top.addWidget(self.export_button)
        top.addWidget(new_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.split, 1)

        self.follow(events, CONTACT, HOUSEHOLD, REVIEW, REFERRAL, TRIGGER, ASK)
        actions.open_contact.connect(self.open_contact)

    def title(self) -> str:
        return tr("Pages", "Clients")

    # Building

    def _build_table(self) -> QTableView:
        view = ClientTableView(self)
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setShowGrid(False)
        view.setSortingEnabled(True)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = view.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        for i, column in enumerate(COLUMNS):
            view.setColumnWidth(i, default_width(view, i))
            view.setColumnHidden(i, column.hidden_by_default)
        for place, key in enumerate(FIRST_COLUMNS):
            header.moveSection(header.visualIndex(COLUMN_KEYS.index(key)), place)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._row_menu)
        view.doubleClicked.connect(lambda _index: self.edit_current())
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        return view

    # Page interface

    def refresh(self) -> None:
        self.filters.refresh_tags(self.table_service.tag_names())
        if not self.controller.busy:
            self.controller.reload()
        self.detail.reload()

    def focus_search(self) -> bool:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._width_shared:
            self._width_shared = True
            # Once the window has laid the page out: the splitter's width is known then.
            QTimer.singleShot(0, self._share_the_width)

    def _share_the_width(self) -> None:
        """Room for the first columns (name, e-mail, phone...) before the detail pane
        gets any beyond its own minimum (docs/design.md, "The screen")."""
        header = self.view.horizontalHeader()
        last = max(header.visualIndex(COLUMN_KEYS.index(key)) for key in FIRST_COLUMNS)
        wanted = sum(
            header.sectionSize(i)
            for i in range(len(COLUMNS))
            if header.visualIndex(i) <= last and not header.isSectionHidden(i)
        )
        wanted += self.view.verticalScrollBar().sizeHint().width() + 2 * self.view.frameWidth()
        total = sum(self.split.sizes())
        detail = max(self.detail.minimumSizeHint().width(), total - wanted)
        self.split.setSizes([max(total - detail, 1), detail])

    def save_state(self, settings: Settings) -> None:
        settings.save_state("clients/header", self.view.horizontalHeader().saveState())
        settings.save_state("clients/splitter", self.split.saveState())
        settings.save_state("clients/detail_splitter", self.detail.split.saveState())
        settings.set(CLIENT_COLUMNS_HIDDEN, self.hidden_columns())

    def restore_state(self, settings: Settings) -> None:
        header = self.view.horizontalHeader()
        saved = settings.state("clients/header")
        if saved is not None:
            header.restoreState(saved)
        for name, widget in (("splitter", self.split), ("detail_splitter", self.detail.split)):
            layout = settings.state(f"clients/{name}")
            if layout is not None:
                widget.restoreState(layout)
                self._width_shared = self._width_shared or widget is self.split
        hidden = settings.get(CLIENT_COLUMNS_HIDDEN)
        self._header_restored = bool(hidden)
        if hidden or saved is None:
            for i, key in enumerate(COLUMN_KEYS):
                self.view.setColumnHidden(
                    i, key in hidden if hidden else COLUMNS[i].hidden_by_default
                )
        section, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        if not 0 <= section < len(COLUMNS) or COLUMNS[section].sort is None:
            section, order = 0, Qt.SortOrder.AscendingOrder
            header.setSortIndicator(section, order)
        self._advisors_known()
        self._last_sort = (section, order)
        sort = COLUMNS[section].sort
        assert sort is not None
        self.controller.sort = sort
        self.controller.descending = order == Qt.SortOrder.DescendingOrder

    def preload(self) -> None:
        self.controller.reload(first_page=False)  # the page is not shown yet

    # Columns

    def hidden_columns(self) -> list[str]:
        return [key for i, key in enumerate(COLUMN_KEYS) if self.view.isColumnHidden(i)]

    def _column_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.setTitle(tr("Clients", "Columns"))
        visible = len(COLUMNS) - len(self.hidden_columns())
        for i, column in enumerate(COLUMNS):
            action = menu.addAction(column.title())
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(i))
            # The last visible column stays: a table without columns helps nobody.
            action.setEnabled(self.view.isColumnHidden(i) or visible > 1)
            action.toggled.connect(lambda on, i=i: self.set_column_visible(i, on))
        menu.exec(self.view.horizontalHeader().mapToGlobal(position))

    def _advisors_known(self) -> None:
        """Where there are advisors to tell apart, the Advisor column shows (unless the
        user hid it)."""
        if self.scope is None or not self.scope.choices or self._header_restored:
            return
        self.set_column_visible(COLUMN_KEYS.index("advisor"), True)

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.view.setColumnHidden(column, not visible)

    def _sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        if COLUMNS[section].sort is None:
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._last_sort)
            header.blockSignals(False)
            return
        self._last_sort = (section, order)

    def sort_by(self, column_key: str, descending: bool = False) -> None:
        column = COLUMN_KEYS.index(column_key)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.view.sortByColumn(column, order)

    # Loading

    def _loaded(self, count: int) -> None:
        self.count_label.setText(ntr("Clients", "%Ln contact", "%Ln contacts", count))
        self.export_button.setEnabled(count > 0 and self.exporter is not None)
        section = column_of(self.controller.sort)
        order = (
            Qt.SortOrder.DescendingOrder
            if self.controller.descending
            else Qt.SortOrder.AscendingOrder
        )
        header = self.view.horizontalHeader()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (section, order):
            header.blockSignals(True)
            header.setSortIndicator(section, order)
            header.blockSignals(False)
        wanted = self._pending_open or (self.detail.contact.id if self.detail.contact else None)
        self._pending_open = None
        if wanted is not None:
            self.select_contact(wanted)
        if self._when_loaded is not None:
            then, self._when_loaded = self._when_loaded, None
            then()

    def _first_matches(self, count: int) -> None:
        if not self.controller.filter.text.strip():
            self.count_label.setText(tr("Clients", "Counting…"))
            return
        self.count_label.setText(
            ntr("Clients", "%Ln match so far…", "%Ln matches so far…", count)
            if count
            else tr("Clients", "Searching…")
        )

    def _busy(self, busy: bool) -> None:
        if busy:
            self.view.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.view.unsetCursor()

    def apply_changes(self, changes: BookChanges) -> None:
        """The table reloads when contacts (or what its columns show) changed; the detail
        when it shows a contact, whose timeline any of these changes may touch."""
        if changes.touches(CONTACT, HOUSEHOLD, REVIEW):
            self.controller.reload()
        if self.detail.contact is not None:
            self.detail.reload()

    # Selection and opening

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.detail.show_contact(self.model.id_at(current.row()))

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.id_at(row) for row in rows]

    def select_contact(self, contact_id: int) -> bool:
        row = self.model.row_of(contact_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def open_contact(self, contact_id: int) -> None:
        """Show this contact: select it in the table, widening the filters if they hide it."""
        self.detail.show_contact(contact_id)
        if self.select_contact(contact_id):
            return
        self._pending_open = contact_id
        if self.filters.is_narrowed():
            self.filters.clear()
        else:
            self.controller.reload()

    # From the search box to the results

    # While a search is still running, the keys act once its results are in.

    def enter_results(self) -> None:
        """Down in the search box: focus the results, on the selected row or the first."""
        self._when_done(self._enter_results)

    def open_from_search(self) -> None:
        """Return in the search box: open the selected result, else the first."""
        self._when_done(self._open_result)

    def _when_done(self, action: Callable[[], None]) -> None:
        if self.controller.busy:
            self._when_loaded = action
        else:
            action()

    def _enter_results(self) -> None:
        if self._choose_result():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_result(self) -> None:
        if self._choose_result():
            self.edit_current()

    def _choose_result(self) -> bool:
        """The selected row, else the first one selected; False when there is none."""
        if self.model.rowCount() == 0:
            return False
        if not self.view.currentIndex().isValid():
            self.view.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        return True

    # Actions on rows

    def edit_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.editor.edit_contact(self.model.id_at(index.row()))

    def archive_selected(self) -> None:
        ids = self.selected_ids()
        contact = self.model.contact_at(self.view.currentIndex().row()) if ids else None
        archived = contact is None or contact.archived_on is None
        self.editor.set_archived(ids, archived)

    def _row_menu(self, position: QPoint) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        one = len(ids) == 1
        menu = QMenu(self)
        edit = menu.addAction(icons.icon("edit"), tr("Clients", "Edit…"))
        edit.setEnabled(one)
        edit.triggered.connect(self.edit_current)
        current = self.model.contact_at(self.view.currentIndex().row())
        archiving = current is None or current.archived_on is None
        text = (
            ntr("Clients", "Archive", "Archive %Ln Contacts", len(ids))
            if archiving
            else ntr("Clients", "Restore", "Restore %Ln Contacts", len(ids))
        )
        menu.addAction(icons.icon("archive"), text).triggered.connect(self.archive_selected)
        merge = menu.addAction(tr("Clients", "Merge 2 Contacts…"))
        merge.setEnabled(len(ids) == 2)
        merge.setToolTip(tr("Clients", "Select the two records of one person to merge them"))
        merge.triggered.connect(lambda: self.editor.merge_contacts(ids))
        if self.scope is not None and self.reassign is not None:
            add_reassign_menu(menu, self.scope, self.reassign, self.history, ids, self)
        menu.addSeparator()
        first = ids[0]
        for label, signal in (
            (tr("Clients", "Log Trigger…"), self.contact_actions.log_trigger),
            (tr("Clients", "Record Referral…"), self.contact_actions.record_referral),
            (tr("Clients", "Schedule Review…"), self.contact_actions.schedule_review),
        ):
            action: QAction = menu.addAction(label)
            action.setEnabled(one)
            action.triggered.connect(lambda _=False, s=signal: s.emit(first))
        kits = ntr("Clients", "Generate Kit…", "Generate %Ln Kits…", len(ids))
        menu.addAction(icons.icon("kit"), kits).triggered.connect(
            lambda: self.contact_actions.generate_kits.emit(ids)
        )
        # The same kits in one language for all, whatever each client's own.
        languages = menu.addMenu(tr("Clients", "Generate Kits In"))
        for code, name in kit_languages():
            languages.addAction(name).triggered.connect(
                lambda _=False, code=code: self.contact_actions.generate_kits_in.emit(ids, code)
            )
        menu.exec(self.view.viewport().mapToGlobal(position))

    # Export

    def export_view(self) -> None:
        if self.exporter is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            tr("Clients", "Export Contacts"),
            str(Path.home() / "contacts.csv"),
            tr("Clients", "CSV files (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the listed contacts, in the listed order, off the UI thread."""
        exporter = self.exporter
        if exporter is None:
            return
        ids = self.model.ids()

        def work(_progress: Progress) -> int:
            exporter(path, ids)
            return len(ids)

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            notify(
                self,
                ntr(
                    "Clients", "Exported %Ln contact to {0}", "Exported %Ln contacts to {0}", count
                ).format(path.name),
            )

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            show_error(self, error)

        self.export_button.setEnabled(False)
        run_task(self, work, done, failed)
