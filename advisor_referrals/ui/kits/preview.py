"""The kit preview: the PDF as it will print, with Save…, Print… and a choice of paper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.kits import PageSize
from advisor_referrals.services.kits import KitService, RenderedKit, WrittenKit
from advisor_referrals.ui.i18n import ntr, tr
from advisor_referrals.ui.kits.printing import print_document, printer_for
from advisor_referrals.ui.languages import LanguageCombo
from advisor_referrals.ui.options import KIT_FOLDER, KIT_PAGE_SIZE, Settings
from advisor_referrals.ui.pdf_viewer import PdfViewer
from advisor_referrals.ui.referrals.fields import WARNING_STYLE
from advisor_referrals.ui.screen import resize_within_screen
from advisor_referrals.ui.serial import SerialRunner
from advisor_referrals.ui.worker import run_task, show_error


def paper_label(size: PageSize) -> str:
    return tr("Kits", "A4") if size is PageSize.A4 else tr("Kits", "Letter")


class KitPreviewDialog(QDialog):
    """Shows one client's kit; nothing is recorded until it is saved or printed."""

    saved = Signal(object)  # WrittenKit
    printed = Signal(int)  # pages

    def __init__(
        self,
        kit: RenderedKit,
        kits: KitService,
        settings: Settings,
        runner: SerialRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kit = kit
        self.kits = kits
        self.settings = settings
        self.runner = runner  # recording a kit is a write: the window hears of it
        self.setWindowTitle(tr("Kits", "Referral kit for {0}").format(kit.client.name))
        resize_within_screen(self, 820, 940)

        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.viewer = PdfViewer(self.document, self)
        self.view = self.viewer.view

        self.paper = QComboBox()
        for size in PageSize:
            self.paper.addItem(paper_label(size), size.value)
        self.paper.setCurrentIndex(self.paper.findData(kit.page_size.value))
        self.paper.currentIndexChanged.connect(self._paper_changed)
        # The client's preferred language, or another one for this kit only.
        self.language = LanguageCombo(tr("Kits", "The client's language"))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.status = QLabel()
        self.save_button = QPushButton(tr("Kits", "&Save…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(tr("Kits", "&Print…"))
        self.print_button.clicked.connect(self.print_kit)
        close = QPushButton(tr("Kits", "Close"))
        close.clicked.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Kits", "Paper:")))
        bar.addWidget(self.paper)
        bar.addWidget(QLabel(tr("Kits", "Language:")))
        bar.addWidget(self.language)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(self.warning)
        layout.addLayout(bar)
        self.show_kit(kit)

    # Showing

    def show_kit(self, kit: RenderedKit) -> None:
        self.kit = kit
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(kit.data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.status.setText(
            ntr("Kits", "%Ln page, {0}", "%Ln pages, {0}", kit.pages).format(
                paper_label(kit.page_size)
            )
        )
        self.show_unprintable(kit)
        self._set_busy(False)

    def show_unprintable(self, kit: RenderedKit) -> None:
        """Said before the kit is saved or printed: what would print as empty boxes."""
        lines = [problem.message for problem in kit.unprintable]
        self.warning.setVisible(bool(lines))
        if lines:
            self.warning.setText(
                tr("Kits", "Some text cannot be printed with the bundled fonts:")
                + "\n"
                + "\n".join(lines[:5])
            )

    def chosen_language(self) -> str | None:
        return self.language.code()

    def _language_changed(self) -> None:
        self._rerender()

    def _paper_changed(self) -> None:
        size = PageSize(self.paper.currentData())
        if size is self.kit.page_size:
            return
        self.settings.set(KIT_PAGE_SIZE, size.value)
        self._rerender()

    def _rerender(self) -> None:
        size = PageSize(self.paper.currentData())
        language = self.chosen_language()
        self._set_busy(True)
        contact_id = self.kit.client.contact_id
        run_task(
            self,
            lambda _progress: self.kits.preview(contact_id, size, language=language),
            self.show_kit,
            self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.paper, self.language, self.save_button, self.print_button):
            widget.setEnabled(not busy)
        if busy:
            self.status.setText(tr("Kits", "Preparing the kit…"))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.status.setText("")
        show_error(self, error)

    # Saving and printing

    def ask_save_path(self) -> Path | None:
        folder = self.settings.get(KIT_FOLDER) or str(Path.home())
        suggested = str(Path(folder) / self.kit.file_name)
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Kits", "Save referral kit"), suggested, tr("Kits", "PDF documents (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.settings.set(KIT_FOLDER, str(path.parent))
        return path

    def save(self) -> None:
        path = self.ask_save_path()
        if path is None:
            return
        kit = self.kit
        self._set_busy(True)
        self.status.setText(tr("Kits", "Saving…"))
        kits = self.kits
        self.runner.submit(
            lambda _progress: kits.save(kit, path), self._saved, self._failed, parent=self
        )

    def _saved(self, written: WrittenKit) -> None:
        self._set_busy(False)
        self.status.setText(tr("Kits", "Saved to {0}").format(str(written.path)))
        self.saved.emit(written)

    def ask_printer(self) -> QPrinter | None:
        printer = printer_for(self.kit.page_size)
        printer.setFromTo(1, self.kit.pages)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Kits", "Print referral kit"))
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def print_kit(self) -> None:
        printer = self.ask_printer()
        if printer is None:
            return
        try:
            pages = print_document(self.document, printer)
        except Exception as error:  # a printer that refuses is reported, not fatal
            self._failed(error)
            return
        kit, kits = self.kit, self.kits
        self.runner.submit(
            lambda _progress: kits.record_printed(kit), None, self._failed, parent=self
        )
        self.status.setText(tr("Kits", "Sent {0} pages to the printer").format(pages))
        self.printed.emit(pages)
