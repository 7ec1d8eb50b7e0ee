"""The main window: a sidebar of pages, menus, a status bar. Layout only; pages hold the logic."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from advisor_referrals import APP_NAME, __version__
from advisor_referrals.services.registry import BookServices
from advisor_referrals.ui.actions import ContactActions
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.import_export import install_import_export
from advisor_referrals.ui.kits import install_kits
from advisor_referrals.ui.options import Settings
from advisor_referrals.ui.pages.base import Page
from advisor_referrals.ui.pages.registry import make_pages
from advisor_referrals.ui.referrals.features import install_referral_features
from advisor_referrals.ui.reviews.install import install_review_actions


class MainWindow(QMainWindow):
    def __init__(self, services: BookServices, settings: Settings) -> None:
        super().__init__()
        self.services = services
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.contact_actions = ContactActions(self)
        self.setWindowTitle(f"{APP_NAME} — {services.book.location}")
        self.resize(1280, 800)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(180)
        self.stack = QStackedWidget()
        self.pages: list[Page] = make_pages(services, self.undo_stack, self.contact_actions)
        for page in self.pages:
            self.sidebar.addItem(QListWidgetItem(page.title()))
            self.stack.addWidget(page)
        self.sidebar.currentRowChanged.connect(self.show_page_at)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.book_label = QLabel(services.book.location)
        self.statusBar().addPermanentWidget(self.book_label)
        install_review_actions(self)
        self._build_menus()
        self.kit_controller = install_kits(self)
        install_referral_features(self)
        install_import_export(self)
        self._restore_state()
        if self.sidebar.currentRow() < 0:
            self.sidebar.setCurrentRow(0)

    # Navigation

    def page(self, key: str) -> Page:
        return next(p for p in self.pages if p.key == key)

    def show_page(self, key: str) -> Page:
        index = next(i for i, p in enumerate(self.pages) if p.key == key)
        self.sidebar.setCurrentRow(index)
        return self.pages[index]

    def show_page_at(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self.stack.setCurrentIndex(index)
            self.pages[index].refresh()

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    # Menus

    def _build_menus(self) -> None:
        menus = self.menuBar()
        self.file_menu = menus.addMenu(tr("MainWindow", "&File"))
        self.edit_menu = menus.addMenu(tr("MainWindow", "&Edit"))
        self.view_menu = menus.addMenu(tr("MainWindow", "&View"))
        self.tools_menu = menus.addMenu(tr("MainWindow", "&Tools"))
        self.help_menu = menus.addMenu(tr("MainWindow", "&Help"))

        quit_action = QAction(tr("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)

        undo = self.undo_stack.createUndoAction(self, tr("MainWindow", "&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, tr("MainWindow", "&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)

        refresh = QAction(tr("MainWindow", "&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(lambda: self.current_page().refresh())
        self.view_menu.addAction(refresh)
        self.view_menu.addSeparator()
        for number, page in enumerate(self.pages, start=1):
            action = QAction(page.title(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, key=page.key: self.show_page(key))
            self.view_menu.addAction(action)

        about = QAction(tr("MainWindow", "&About {0}").format(APP_NAME), self)
        about.triggered.connect(self.show_about)
        self.help_menu.addAction(about)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            tr("MainWindow", "About {0}").format(APP_NAME),
            f"<h3>{APP_NAME} {__version__}</h3>"
            + tr("MainWindow", "<p>Keeps your client book and helps you earn referrals.</p>"),
        )

    # Window state

    def _restore_state(self) -> None:
        geometry = self.settings.state("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        layout = self.settings.state("main_window/splitter")
        if layout is not None:
            self.splitter.restoreState(layout)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.save_state("main_window/geometry", self.saveGeometry())
        self.settings.save_state("main_window/splitter", self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
