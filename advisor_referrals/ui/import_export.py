"""File > Import… (Ctrl+I), File > Export… and files dropped on the main window.

A `.csv` opens the import dialog (column mapping and preview); a `.json` book file is
checked first, then imported whole after the user confirms. Exports write contacts
(`.csv`) or the whole book (`.json`). All of it runs off the UI thread.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from advisor_referrals.services.progress import Progress
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.window_parts import WindowParts
from advisor_referrals.ui.worker import Task, run_task, show_error

# The importer, the export formats and the dialog are imported when first used: they
# are not needed to show the window.
if TYPE_CHECKING:
    from advisor_referrals.services.imports.preview import ContactImporter
    from advisor_referrals.services.imports.summary import ExportSummary, ImportSummary
    from advisor_referrals.ui.import_dialog import ImportDialog

IMPORTABLE = (".csv", ".vcf", ".json")
CONTACTS_FILES = (".csv", ".vcf")
MESSAGE_MS = 10_000


def install_import_export(parts: WindowParts) -> ImportExport:
    """Connect the window's File > Import and Export, and files dropped on the window."""
    return ImportExport(parts)


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in IMPORTABLE else None


class ImportExport(QObject):
    """Imports write through the window's serial worker, which announces what changed."""

    def __init__(self, parts: WindowParts) -> None:
        super().__init__(parts.window)
        self.window = parts.window
        self.runner = parts.runner
        self.book = parts.services.book
        self.dialog: ImportDialog | None = None
        self.task: Task[Any] | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.import_action = parts.menus.import_action
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(
            tr("MainWindow", "Import contacts (.csv) or a book (.json)")
        )
        self.import_action.triggered.connect(self.choose_and_import)
        self.export_action = parts.menus.export_action
        self.export_action.setStatusTip(
            tr("MainWindow", "Export contacts (.csv) or the whole book (.json)")
        )
        self.export_action.triggered.connect(self.choose_and_export)
        self.window.setAcceptDrops(True)
        self.window.installEventFilter(self)
        from advisor_referrals.services.imports.batches import ImportBatches
        from advisor_referrals.ui.import_undo import ImportUndo

        self.undo = ImportUndo(parts, ImportBatches(self.book))

    # Drag and drop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDragEnterEvent | QDropEvent
        ):
            if dropped_file(event) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = dropped_file(event)
            if path is not None:
                event.acceptProposedAction()
                self.import_path(path)
                return True
        return super().eventFilter(watched, event)

    # Import

    def choose_and_import(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            tr("MainWindow", "Import"),
            "",
            tr("MainWindow", "Contacts or book files (*.csv *.vcf *.json);;All files (*)"),
        )
        if chosen:
            self.import_path(Path(chosen))

    def import_path(self, path: Path) -> None:
        suffix = path.suffix.lower()
        if suffix in CONTACTS_FILES:
            self.open_dialog(path)
        elif suffix == ".json":
            self.check_book_file(path)
        else:
            QMessageBox.warning(
                self.window,
                tr("MainWindow", "Import"),
                tr(
                    "MainWindow",
                    "{0} cannot be imported: choose a contacts file (.csv or .vcf) or a .json "
                    "book file.",
                ).format(path.name),
            )

    @cached_property
    def importer(self) -> ContactImporter:
        from advisor_referrals.services.imports.preview import ContactImporter

        return ContactImporter(self.book)

    def open_dialog(self, path: Path | None = None) -> ImportDialog:
        from advisor_referrals.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.importer, path, self.window, self.runner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self.imported)
        dialog.destroyed.connect(self._dialog_gone)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_gone(self) -> None:
        self.dialog = None

    def imported(self, summary: ImportSummary) -> None:
        self.window.statusBar().showMessage(str(summary).splitlines()[0], MESSAGE_MS)

    def check_book_file(self, path: Path) -> None:
        self._busy(tr("MainWindow", "Checking {0}…").format(path.name), cancellable=True)
        self.task = run_task(
            self.window,
            lambda progress: self.importer.check_book_file(path, progress),
            lambda summary: self._confirm_book_file(path, summary),
            self._failed,
        )
        self._follow(self.task)

    def _confirm_book_file(self, path: Path, summary: ImportSummary) -> None:
        self._idle()
        answer = QMessageBox.question(
            self.window,
            tr("MainWindow", "Import a Whole Book"),
            tr("MainWindow", "{0} is a whole book: {1}.\n\nImport it into this book?").format(
                path.name, summary.described_counts()
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._busy(tr("MainWindow", "Importing {0}…").format(path.name), cancellable=True)
        importer = self.importer
        self.task = self.runner.submit(
            lambda progress: importer.import_book_file(path, progress),
            self._book_imported,
            self._failed,
            parent=self,
        )
        self._follow(self.task)

    def _book_imported(self, summary: ImportSummary) -> None:
        self._idle()
        self.imported(summary)

    # Export

    def choose_and_export(self) -> None:
        contacts = tr("MainWindow", "Contacts (*.csv)")
        whole = tr("MainWindow", "Whole book (*.json)")
        chosen, kind = QFileDialog.getSaveFileName(
            self.window, tr("MainWindow", "Export"), "contacts.csv", f"{contacts};;{whole}"
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".csv", ".json"):
            path = path.with_suffix(".json" if kind == whole else ".csv")
        self.export_to(path)

    def export_to(self, path: Path) -> Task[ExportSummary]:
        self._busy(tr("MainWindow", "Exporting to {0}…").format(path.name), cancellable=False)

        from advisor_referrals.services.imports.by_extension import export_file

        def work(progress: Progress) -> ExportSummary:
            return export_file(self.book, path, progress=progress)

        def done(summary: ExportSummary) -> None:
            self._idle()
            self.window.statusBar().showMessage(str(summary), MESSAGE_MS)

        task = run_task(self.window, work, done, self._failed)
        self.task = task
        return task

    # Progress

    def _busy(self, text: str, *, cancellable: bool) -> None:
        dialog = QProgressDialog(
            text, tr("MainWindow", "Cancel") if cancellable else "", 0, 0, self.window
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self._cancel)
        self.progress_dialog = dialog

    def _follow(self, task: Task[Any]) -> None:
        task.progressed.connect(self._progressed)
        task.cancelled.connect(self._cancelled)

    def _progressed(self, done: int, total: int, message: str) -> None:
        dialog = self.progress_dialog
        if dialog is None:
            return
        # A window-modal setValue() processes events: the task may end inside it.
        if message:
            dialog.setLabelText(message)
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _cancelled(self) -> None:
        self._idle()
        self.window.statusBar().showMessage(
            tr("MainWindow", "The import was cancelled; nothing was changed."), MESSAGE_MS
        )

    def _failed(self, error: BaseException) -> None:
        self._idle()
        show_error(self.window, error)

    def _idle(self) -> None:
        self.task = None
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self._cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
