"""The main window: a sidebar of pages, menus, a status bar. Layout only; pages hold the logic.

It makes the window's parts (the book's services, its change events, the undo history
and its serial worker, the menus) and hands them to each feature's installer, which
returns what it made (docs/design.md, "Layers").
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from advisor_referrals import APP_NAME
from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui import icons, theme
from advisor_referrals.ui.actions import ContactActions
from advisor_referrals.ui.book_events import BookEvents
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.import_export import install_import_export
from advisor_referrals.ui.kits import install_kits
from advisor_referrals.ui.navigation import ListLink
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.pages.base import Page
from advisor_referrals.ui.pages.registry import PageSpec, page_specs
from advisor_referrals.ui.pages.welcome import WelcomePage, demo_maker, needs_welcome
from advisor_referrals.ui.practice.member_status import MemberBadge
from advisor_referrals.ui.practice.scope import ScopeState
from advisor_referrals.ui.referrals.features import install_referral_features
from advisor_referrals.ui.reviews.install import install_review_actions
from advisor_referrals.ui.screen import keep_on_screen, resize_within_screen
from advisor_referrals.ui.serial import SerialRunner
from advisor_referrals.ui.settings_dialog import SettingsDialog
from advisor_referrals.ui.settings_tabs import make_settings_tabs
from advisor_referrals.ui.status import BookStatus
from advisor_referrals.ui.undo import UndoHistory
from advisor_referrals.ui.window_parts import Menus, WindowParts


def preferences_shortcuts() -> list[QKeySequence]:
    """The platform's Preferences keys (Cmd+, on macOS), and Ctrl+, wherever the platform
    has none or another (Windows and most Linux desktops define none)."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    ctrl_comma = QKeySequence("Ctrl+,")
    return keys if ctrl_comma in keys else [*keys, ctrl_comma]


class MainWindow(QMainWindow):
    def __init__(self, services: BookServices, settings: Settings) -> None:
        super().__init__()
        self.services = services
        self.settings = settings
        self.events = BookEvents(self)
        self.history = UndoHistory(SerialRunner(self.events, self), self)
        self.contact_actions = ContactActions(self)
        self.setWindowTitle(f"{APP_NAME} — {services.book.location}")
        self.setWindowIcon(icons.app_icon())
        resize_within_screen(self, 1360, 860)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setMaximumWidth(320)
        self.sidebar.setIconSize(icons.ICON_SIZE)
        self.stack = QStackedWidget()
        # Pages are built on their first visit (see `page`); until then an empty widget
        # holds each one's place in the stack.
        self.specs: list[PageSpec] = []
        self._built: dict[str, Page] = {}
        self._book_open = False
        self.menus = self._build_menus()
        self.parts = WindowParts(
            self,
            services,
            settings,
            self.events,
            self.history,
            self.contact_actions,
            self.menus,
            ScopeState(
                services.practice, settings, f"{services.book.location}\n{services.book.user}", self
            ),
        )
        self.review_actions = install_review_actions(self.parts)
        self.referrals = install_referral_features(self.parts)
        self.specs = page_specs(self.parts, self.review_actions, self.referrals.controller)
        self._build_view_menu()
        for spec in self.specs:
            item = QListWidgetItem(spec.title)
            item.setSizeHint(QSize(0, 36))
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())
        self._paint_icons()
        self.sidebar.currentRowChanged.connect(self.show_page_at)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([196, 1164])
        self.root = QStackedWidget()
        self.root.addWidget(self.splitter)
        self.setCentralWidget(self.root)

        self.book_status = BookStatus(
            self.statusBar(), services.book.location, services.contact_table, self.events
        )
        self.member_badge = MemberBadge(self.statusBar(), self.parts.scope, (self.new_contact,))
        self.contact_actions.open_contact.connect(self._open_contact)
        self.contact_actions.show_list.connect(self.open_list)
        self.kit_controller = install_kits(self.parts)
        self.import_export = install_import_export(self.parts)
        self._restore_state()
        if needs_welcome(services.contact_table.is_empty(), services.settings):
            self.show_welcome()
        else:
            self.open_book()

    @property
    def undo_stack(self) -> QUndoStack:
        return self.history.stack

    @property
    def import_action(self) -> QAction:
        return self.menus.import_action

    # Navigation

    @property
    def pages(self) -> list[Page]:
        """The pages built so far, in sidebar order."""
        return [self._built[s.key] for s in self.specs if s.key in self._built]

    def _index(self, key: str) -> int:
        return next(i for i, spec in enumerate(self.specs) if spec.key == key)

    def page(self, key: str) -> Page:
        """The page, built now if this is the first time it is asked for."""
        found = self._built.get(key)
        if found is None:
            index = self._index(key)
            found = self._built[key] = self.specs[index].build()
            found.restore_state(self.settings)
            placeholder = self.stack.widget(index)
            assert placeholder is not None  # one widget per spec, always
            showing = self.stack.currentIndex()
            self.stack.insertWidget(index, found)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(showing)
            if self._book_open:
                found.preload()
        return found

    def show_page(self, key: str) -> Page:
        index = self._index(key)
        if self.sidebar.currentRow() == index:
            self.page(key).shown()
        self.sidebar.setCurrentRow(index)
        return self.page(key)

    def show_page_at(self, index: int) -> None:
        if 0 <= index < len(self.specs):
            page = self.page(self.specs[index].key)
            self.stack.setCurrentIndex(index)
            page.shown()

    def current_page(self) -> Page:
        return self.page(self.specs[max(0, self.stack.currentIndex())].key)

    def reload_current_page(self) -> None:
        self.current_page().refresh()

    def _open_contact(self, contact_id: int) -> None:
        from advisor_referrals.ui.pages.clients import ClientsPage  # built on first visit

        first_visit = "clients" not in self._built
        clients = self.show_page("clients")
        if first_visit and isinstance(clients, ClientsPage):
            # Built during this signal's delivery, the page missed it: hand it on.
            clients.open_contact(contact_id)

    def open_list(self, link: ListLink) -> Page:
        """Show a whole list on its page (a Today list's "Show all"), filtered as the link
        says; the page loads it as it is shown."""
        page = self.page(link.page)
        page.show_list(link)
        return self.show_page(link.page)

    def open_book(self) -> None:
        """Show the book's pages (after the welcome page, or straight away)."""
        self.root.setCurrentWidget(self.splitter)
        self._book_open = True
        self.parts.scope.load_choices()
        for page in self.pages:
            page.preload()
        self.book_status.refresh()
        self.show_page_at(max(0, self.sidebar.currentRow()))

    def show_welcome(self) -> None:
        self.welcome = WelcomePage(
            self.services.settings,
            demo_maker(self.services),
            self.import_action,
            self.history.runner,
        )
        self.welcome.finished.connect(self._welcome_finished)
        self.root.addWidget(self.welcome)
        self.root.setCurrentWidget(self.welcome)

    def _welcome_finished(self) -> None:
        self.open_book()
        self.root.removeWidget(self.welcome)
        self.welcome.deleteLater()

    def find_in_page(self) -> None:
        if not self.current_page().focus_search():
            self.show_page("clients").focus_search()

    # Menus

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_menus(self) -> Menus:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("MainWindow", "&File"))
        edit_menu = bar.addMenu(tr("MainWindow", "&Edit"))
        view_menu = bar.addMenu(tr("MainWindow", "&View"))
        tools_menu = bar.addMenu(tr("MainWindow", "&Tools"))
        help_menu = bar.addMenu(tr("MainWindow", "&Help"))

        new_contact = self._action(tr("MainWindow", "&New Contact…"), QKeySequence.StandardKey.New)
        new_contact.setIcon(icons.icon("add"))
        new_contact.triggered.connect(self.contact_actions.new_contact)
        self.new_contact = new_contact
        # The import/export feature connects these two.
        import_action = self._action(tr("MainWindow", "&Import…"))
        export_action = self._action(tr("MainWindow", "&Export…"))
        self.settings_action = self._action(tr("MainWindow", "&Settings…"))
        self.settings_action.setShortcuts(preferences_shortcuts())
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        quit_action = self._action(tr("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(new_contact)
        file_menu.addSeparator()
        file_menu.addAction(import_action)
        file_menu.addAction(export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        undo = self.undo_stack.createUndoAction(self, tr("MainWindow", "&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, tr("MainWindow", "&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        find = self._action(tr("MainWindow", "&Find…"), QKeySequence.StandardKey.Find)
        find.triggered.connect(self.find_in_page)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(find)

        about = self._action(tr("MainWindow", "&About {0}").format(APP_NAME))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        return Menus(
            file_menu, edit_menu, view_menu, tools_menu, help_menu, import_action, export_action
        )

    def _build_view_menu(self) -> None:
        view_menu = self.menus.view
        for number, spec in enumerate(self.specs, start=1):
            action = self._action(spec.title, f"Ctrl+{number}")
            action.triggered.connect(lambda _=False, key=spec.key: self.show_page(key))
            view_menu.addAction(action)
        view_menu.addSeparator()
        refresh = self._action(tr("MainWindow", "&Refresh"))
        refresh.setShortcuts([QKeySequence(Qt.Key.Key_F5), QKeySequence("Ctrl+R")])
        refresh.triggered.connect(self.reload_current_page)
        view_menu.addAction(refresh)

    def open_settings(self) -> None:
        tabs = make_settings_tabs(self.services, self.history.runner, self.settings)
        dialog = SettingsDialog(tabs, self, self.events)
        if dialog.exec():
            self.statusBar().showMessage(tr("MainWindow", "Settings saved"), 5000)

    def show_about(self) -> None:
        from advisor_referrals.ui.about_dialog import show_about

        show_about(self)

    # Look and window state

    def _paint_icons(self) -> None:
        self.sidebar.setStyleSheet(theme.sidebar_style(theme.colors()))
        for row, spec in enumerate(self.specs):
            self.sidebar.item(row).setIcon(icons.icon(spec.key))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._paint_icons()  # light/dark switched: icons and sidebar follow
        super().changeEvent(event)

    def _restore_state(self) -> None:
        geometry = self.settings.state("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            keep_on_screen(self)  # saved on a bigger screen, or on one since unplugged
        for name, restore in (
            ("main_window/state", self.restoreState),
            ("main_window/splitter", self.splitter.restoreState),
        ):
            saved = self.settings.state(name)
            if saved is not None:
                restore(saved)
        saved_page = self.settings.state("main_window/page")
        key = bytes(saved_page.data()).decode() if saved_page is not None else ""
        index = next((i for i, spec in enumerate(self.specs) if spec.key == key), 0)
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(index)
        self.sidebar.blockSignals(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.save_state("main_window/geometry", self.saveGeometry())
        self.settings.save_state("main_window/state", self.saveState())
        self.settings.save_state("main_window/splitter", self.splitter.saveState())
        shown = self.specs[max(0, self.stack.currentIndex())].key
        self.settings.save_state("main_window/page", QByteArray(shown.encode()))
        for page in self.pages:
            page.save_state(self.settings)
        self.settings.sync()
        super().closeEvent(event)
