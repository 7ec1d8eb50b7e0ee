"""A PDF shown as it will print, with the controls of a document viewer: previous and next
page, a page number to type, zoom out and in, fit to width and whole page.

The Reports page and the kit preview use it. Keys follow the platform (zoom in and out,
Page Up and Page Down for pages); Ctrl with the mouse wheel zooms as well.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from advisor_referrals.ui import formats
from advisor_referrals.ui.i18n import tr

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)


def _tool_button(text: str, tip: str, shortcut: QKeySequence | None = None) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setAutoRaise(True)
    if shortcut is not None and not shortcut.isEmpty():
        tip = f"{tip} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})"
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    return button


class PdfViewer(QWidget):
    """A QPdfView under its toolbar; `view` and `document` are the Qt objects."""

    def __init__(self, document: QPdfDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.view = QPdfView(self)
        self.view.setDocument(document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.viewport().installEventFilter(self)

        zoom_in_keys = QKeySequence(QKeySequence.StandardKey.ZoomIn)
        zoom_out_keys = QKeySequence(QKeySequence.StandardKey.ZoomOut)
        self.previous_button = _tool_button("◀", tr("PdfViewer", "Previous page"))
        self.next_button = _tool_button("▶", tr("PdfViewer", "Next page"))
        self.page = QSpinBox()
        self.page.setAccessibleName(tr("PdfViewer", "Page"))
        self.page.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.page.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.page.setKeyboardTracking(False)
        self.of_pages = QLabel()
        self.zoom_out_button = _tool_button("−", tr("PdfViewer", "Zoom out"), zoom_out_keys)
        self.zoom_label = QLabel()
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(
            self.zoom_label.fontMetrics().horizontalAdvance(formats.percent(400))
        )
        self.zoom_in_button = _tool_button("+", tr("PdfViewer", "Zoom in"), zoom_in_keys)
        self.fit_width_button = _tool_button(
            tr("PdfViewer", "Fit width"), tr("PdfViewer", "Fit the page's width to the window")
        )
        self.fit_page_button = _tool_button(
            tr("PdfViewer", "Whole page"), tr("PdfViewer", "Show the whole page")
        )
        for button in (self.fit_width_button, self.fit_page_button):
            button.setCheckable(True)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(4)
        for widget in (self.previous_button, self.page, self.of_pages, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (
            self.zoom_out_button,
            self.zoom_label,
            self.zoom_in_button,
            self.fit_width_button,
            self.fit_page_button,
        ):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page.valueChanged.connect(lambda number: self.go_to(number - 1))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_width_button.clicked.connect(
            lambda: self.set_zoom_mode(QPdfView.ZoomMode.FitToWidth)
        )
        self.fit_page_button.clicked.connect(
            lambda: self.set_zoom_mode(QPdfView.ZoomMode.FitInView)
        )
        for keys, slot in (
            (zoom_in_keys, self.zoom_in),
            (zoom_out_keys, self.zoom_out),
            (QKeySequence(Qt.Key.Key_PageDown), lambda: self.go_to(self.current_page() + 1)),
            (QKeySequence(Qt.Key.Key_PageUp), lambda: self.go_to(self.current_page() - 1)),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        navigator = self.view.pageNavigator()
        for signal in (
            navigator.currentPageChanged,
            self.view.zoomFactorChanged,
            self.view.zoomModeChanged,
            document.pageCountChanged,
            document.statusChanged,
        ):
            signal.connect(self._changed)
        self._update()

    # Pages

    def page_count(self) -> int:
        return max(0, self.document.pageCount())

    def current_page(self) -> int:
        """The page shown, counted from 0."""
        return self.view.pageNavigator().currentPage()

    def go_to(self, index: int) -> None:
        if 0 <= index < self.page_count() and index != self.current_page():
            self.view.pageNavigator().jump(index, QPointF(0, 0))

    # Zoom

    def zoom_factor(self) -> float:
        """The zoom shown, whatever the mode (fitting computes its own)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return float(self.view.zoomFactor())
        page = self.document.pagePointSize(max(0, self.current_page()))
        viewport = self.view.viewport().size()
        if page.width() <= 0 or page.height() <= 0:
            return 1.0
        # QPdfView draws a point as a pixel at 96 dpi over 72, less its margins.
        points = 96 / 72
        margins = self.view.documentMargins()
        width = (viewport.width() - margins.left() - margins.right()) / (page.width() * points)
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return max(0.01, width)
        height = (viewport.height() - margins.top() - margins.bottom()) / (page.height() * points)
        return max(0.01, min(width, height))

    def set_zoom(self, factor: float) -> None:
        low, high = ZOOM_RANGE
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(high, max(low, factor)))
        self._update()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom_factor() / ZOOM_STEP)

    def set_zoom_mode(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl with the wheel zooms, as in every document viewer."""
        if (
            isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            return True
        return super().eventFilter(watched, event)

    # The toolbar follows the view

    def _changed(self, *_what: object) -> None:
        # The document and the view say they changed as they are deleted with the page
        # that owns them: nothing to show then.
        if isValid(self) and isValid(self.document) and isValid(self.view):
            self._update()

    def _update(self) -> None:
        count = self.page_count()
        current = self.current_page()
        self.page.blockSignals(True)
        self.page.setRange(1 if count else 0, max(count, 0))
        self.page.setValue(current + 1 if count else 0)
        self.page.blockSignals(False)
        digits = self.page.fontMetrics().horizontalAdvance("0" * max(2, len(str(count))))
        self.page.setFixedWidth(digits + 16)
        self.of_pages.setText(tr("PdfViewer", "of {0}").format(count))
        self.previous_button.setEnabled(current > 0)
        self.next_button.setEnabled(0 <= current < count - 1)
        for button in (
            self.page,
            self.zoom_in_button,
            self.zoom_out_button,
            self.fit_width_button,
            self.fit_page_button,
        ):
            button.setEnabled(count > 0)
        mode = self.view.zoomMode()
        self.fit_width_button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setChecked(mode == QPdfView.ZoomMode.FitInView)
        self.zoom_label.setText(formats.percent(round(self.zoom_factor() * 100)))
