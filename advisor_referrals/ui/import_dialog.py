"""Import contacts from a CSV or vCard file with a preview: the layout of the tool that
wrote it (recognised from the header, or chosen; "Custom" maps the columns by hand),
which rows are new, updates, skipped, likely duplicates, or wrong and why. A wrong cell
can be corrected in the preview (the rows are checked again as you type), or the rows
with problems skipped: they are then written to a rejects file beside the original,
with the reasons, to import again once corrected. Reading, checking and importing run
off the UI thread; an import shows progress and can be cancelled, and a cancelled
import writes nothing."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.services.imports.csv_reading import CsvTable
from advisor_referrals.services.imports.layouts import OURS_KEY
from advisor_referrals.services.imports.mapping import ColumnMapping
from advisor_referrals.services.imports.preview import (
    CUSTOM,
    NEW,
    SKIPPED,
    UNCHANGED,
    UPDATE,
    ContactImporter,
    ImportPreview,
)
from advisor_referrals.services.imports.source_files import SourceFile
from advisor_referrals.services.imports.summary import ImportSummary
from advisor_referrals.services.imports.text_encoding import label as encoding_label
from advisor_referrals.services.progress import Progress
from advisor_referrals.ui.forms import form_layout
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.import_models import MappingModel, PreviewModel, TargetDelegate
from advisor_referrals.ui.screen import resize_within_screen
from advisor_referrals.ui.serial import SerialRunner
from advisor_referrals.ui.theme import set_role
from advisor_referrals.ui.worker import Task, run_task, show_error

PREVIEW_DELAY_MS = 200
WHY_WIDTH = 420
CELL_WIDTH = 220
FIT_ROWS = 40  # rows measured to fit the preview's columns (see _fit_columns)
ENCODINGS = (
    ("auto", "Detect automatically"),
    ("utf-8", "UTF-8"),
    ("cp1252", "Windows (Western)"),
    ("latin-1", "ISO Latin-1"),
)
LAYOUTS = (
    ("google", "Google Contacts"),
    ("outlook", "Outlook"),
    ("wealthbox", "Wealthbox"),
    ("redtail", "Redtail"),
    ("salesforce", "Salesforce"),
    ("hubspot", "HubSpot"),
    ("vcard", "vCard"),
    (OURS_KEY, "Advisor Referrals"),
)
DATE_ORDER_CHOICES = (
    ("ymd", "2019-04-01"),
    ("mdy", "4/1/2019 (month first)"),
    ("dmy", "1/4/2019 (day first)"),
)


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportSummary

    def __init__(
        self,
        importer: ContactImporter,
        path: Path | None = None,
        parent: QWidget | None = None,
        runner: SerialRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import", "Import Contacts"))
        resize_within_screen(self, 1000, 700)
        self.importer = importer
        # The window's serial worker, which announces what the import changed.
        self.runner = runner
        self.path = path
        self.table: CsvTable | None = None
        self.source: SourceFile | None = None
        self.preview: ImportPreview | None = None
        self.summary: ImportSummary | None = None
        self.import_task: Task[ImportSummary] | None = None
        self.tasks: list[Task[Any]] = []
        self._generation = 0
        self._close_when_idle: int | None = None

        self.file_label = QLabel(tr("Import", "No file chosen"))
        self.file_label.setTextFormat(Qt.TextFormat.RichText)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = QPushButton(tr("Import", "Choose File…"))
        choose.clicked.connect(self.choose_file)
        self.encoding_combo = QComboBox()
        for code, label in ENCODINGS:
            self.encoding_combo.addItem(tr("Import", label), code)
        self.encoding_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.preset_combo = QComboBox()
        for key, name in LAYOUTS:
            self.preset_combo.addItem(name, key)
        self.preset_combo.addItem(tr("Import", "Custom (map the columns yourself)"), "")
        self.preset_combo.activated.connect(self._preset_chosen)
        self.date_combo = QComboBox()
        for code, label in DATE_ORDER_CHOICES:
            self.date_combo.addItem(tr("Import", label), code)
        self.date_combo.currentIndexChanged.connect(lambda _i: self._mapping_edited())
        self.update_check = QCheckBox(tr("Import", "Update contacts with the same email"))
        self.update_check.setToolTip(
            tr(
                "Import",
                "Rows whose email is already in the book update that contact (only the "
                "columns the file has). Otherwise those rows are skipped.",
            )
        )
        self.update_check.toggled.connect(lambda _on: self.schedule_preview())
        self.strict_check = QCheckBox(tr("Import", "Refuse values with no exact place here"))
        self.strict_check.setToolTip(
            tr(
                "Import",
                "Another tool's contact type, status or category that the book has no exact "
                "place for is normally imported with its nearest meaning and listed in the "
                "summary. With this, such rows are shown as problems instead.",
            )
        )
        self.strict_check.toggled.connect(lambda _on: self.schedule_preview())
        self.skip_check = QCheckBox(tr("Import", "Skip the rows with problems"))
        self.skip_check.setToolTip(
            tr(
                "Import",
                "Import the good rows; the rows with problems are written, with the reasons, "
                "to a rejects file beside the original, which imports again once corrected.",
            )
        )
        self.skip_check.toggled.connect(lambda _on: self._update_buttons())

        self.mapping_model = MappingModel(self)
        self.mapping_model.mapping_changed.connect(self._mapping_edited)
        self.mapping_view = QTableView()
        self.mapping_view.setModel(self.mapping_model)
        self.mapping_view.setItemDelegateForColumn(2, TargetDelegate(self.mapping_view))
        self.mapping_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.mapping_view.verticalHeader().hide()
        self.mapping_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.preview_model = PreviewModel(self)
        self.preview_model.cell_edited.connect(self.schedule_preview)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.preview_view.verticalHeader().hide()
        self.preview_view.setWordWrap(False)
        self.only_problems = QCheckBox(tr("Import", "Show only rows with problems"))
        self.only_problems.toggled.connect(self.preview_model.set_only_problems)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)

        self.progress_bar = QProgressBar()
        self.progress_bar.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            tr("Import", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.cancel_or_close)

        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        options = form_layout()
        options.addRow(tr("Import", "Text encoding:"), self.encoding_combo)
        options.addRow(tr("Import", "Columns as exported by:"), self.preset_combo)
        options.addRow(tr("Import", "Dates written like:"), self.date_combo)
        options.addRow("", self.update_check)
        options.addRow("", self.strict_check)
        options.addRow("", self.skip_check)
        hint = QLabel(
            tr(
                "Import",
                "Choose Custom to change where a column goes; columns marked “(not imported)” "
                "are left out. Double-click a cell in the rows below to correct it.",
            )
        )
        hint.setWordWrap(True)
        set_role(hint, "muted")
        options.addRow(hint)
        upper = QWidget()
        upper_layout = QHBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(options)
        upper_layout.addWidget(self.mapping_view, 1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.only_problems)
        lower_layout.addWidget(self.preview_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.buttons)

        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.timeout.connect(self.run_preview)
        if path is not None:
            self.load(path)

    # Reading the file

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            tr("Import", "Choose a Contacts File"),
            str(self.path.parent) if self.path else "",
            tr("Import", "Contacts files (*.csv *.vcf);;All files (*)"),
        )
        if chosen:
            self.load(Path(chosen))

    def reload(self) -> None:
        if self.path is not None:
            self.load(self.path)

    def load(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(
            f"<b>{html.escape(path.name)}</b>&nbsp;&nbsp;<small>{html.escape(str(path.parent))}</small>"
        )
        self.file_label.setToolTip(str(path))
        self.summary_label.setText(tr("Import", "Reading the file…"))
        self.import_button.setEnabled(False)
        encoding = self.encoding_combo.currentData() or "auto"
        self._start(lambda _p: self.importer.read(path, encoding), self._loaded, self._failed)

    def _loaded(self, source: SourceFile) -> None:
        self.source = source
        self.table = table = source.table
        layout = self.importer.detect_layout(table.headers)
        self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(self._key(layout))))
        mapping = self._mapping_for(layout)
        self._show_mapping(mapping, layout)
        self.preview_model.load(table, mapping)
        self._show_rows_now()
        self.schedule_preview(now=True)

    @staticmethod
    def _key(layout: str) -> str:
        return "" if layout == CUSTOM else layout

    def chosen_layout(self) -> str:
        return self.preset_combo.currentData() or CUSTOM

    def _mapping_for(self, layout: str) -> ColumnMapping:
        assert self.table is not None
        if layout in (CUSTOM, OURS_KEY):
            return self.importer.suggest(self.table.headers)
        return self.importer.roles(layout, self.table.headers)

    def _failed(self, error: BaseException) -> None:
        self.table = None
        self.source = None
        self.preview = None
        self.preview_model.load(None, ColumnMapping(()))
        self.summary_label.setText(str(error))
        self.import_button.setEnabled(False)

    # The mapping

    def _show_mapping(self, mapping: ColumnMapping, layout: str) -> None:
        assert self.table is not None
        by_hand = layout in (CUSTOM, OURS_KEY)
        self.mapping_model.load(self.table, mapping, editable=by_hand)
        self.date_combo.setEnabled(by_hand)
        self.date_combo.blockSignals(True)
        self.date_combo.setCurrentIndex(max(0, self.date_combo.findData(mapping.date_order)))
        self.date_combo.blockSignals(False)

    def _preset_chosen(self, _index: int) -> None:
        if self.table is not None:
            layout = self.chosen_layout()
            self._show_mapping(self._mapping_for(layout), layout)
            self.schedule_preview()

    def _fit_columns(self) -> None:
        """Each column as wide as the text of its first rows, within a limit.

        Measured here from the texts, not by the view: the view asks the model for every
        role of every cell it measures, a Python call each, which held the UI thread for
        30 ms over 40 rows (0.25 s over 200) and longer when a worker thread wanted the
        interpreter lock meanwhile. The rows in view come first, so 40 rows fit as well.
        """
        view, model = self.preview_view, self.preview_model
        metrics = view.fontMetrics()
        header = view.horizontalHeader()
        # As the item delegate sizes a line of text: its bounding box, a margin either side
        # and a pixel (the widths come out as resizeColumnsToContents() gave them).
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
        rows = range(min(FIT_ROWS, model.rowCount()))
        left = int(Qt.AlignmentFlag.AlignLeft)
        for column in range(model.columnCount()):
            texts = {model.text(row, column) for row in rows}
            widest = max((metrics.boundingRect(QRect(), left, t).width() for t in texts), default=0)
            width = max(widest + 2 * (margin + 1) + 1, header.sectionSizeHint(column))
            limit = WHY_WIDTH if column == 2 else CELL_WIDTH
            view.setColumnWidth(column, min(width, limit))

    def _show_rows_now(self) -> None:
        """Lay out and paint the new rows before background work starts (the preview, or an
        import the user starts at once), not in the middle of it.

        The views ask the models about every cell and header they show, a Python call each;
        while a worker thread runs Python each call waits for the interpreter lock, and a
        table painted during the work held the UI thread for 50-110 ms. Painting now, with
        no work running, costs the few milliseconds it would have cost anyway.
        """
        for view in (self.mapping_view, self.preview_view):
            view.doItemsLayout()
        self.repaint()

    def mapping(self) -> ColumnMapping:
        base = self.mapping_model.mapping
        preset = self.preset_combo.currentData() or ""
        return ColumnMapping(base.targets, self.date_combo.currentData() or "ymd", preset)

    def set_target(self, column: int, target: str | None) -> None:
        """Map one column of the file to a field (None: leave it out); a known layout's
        columns are then mapped by hand from the suggested mapping on."""
        if not self.mapping_model.editable:
            self.preset_combo.setCurrentIndex(self.preset_combo.findData(""))
            self._preset_chosen(self.preset_combo.currentIndex())
        self.mapping_model.setData(self.mapping_model.index(column, 2), target or "")

    def _mapping_edited(self) -> None:
        if self.sender() is self.mapping_model and self.chosen_layout() != CUSTOM:
            self.preset_combo.setCurrentIndex(self.preset_combo.findData(""))
        self.schedule_preview()

    # The preview

    def schedule_preview(self, now: bool = False) -> None:
        if self.table is None:
            return
        self._generation += 1
        self.import_button.setEnabled(False)
        self.summary_label.setText(tr("Import", "Checking the rows…"))
        # `now`: once the events already queued (the new rows shown) have been handled.
        self.preview_timer.start(0 if now else PREVIEW_DELAY_MS)

    def run_preview(self) -> None:
        table = self.preview_model.edited_table()
        if table is None:
            return
        mapping, update, generation = (
            self.mapping(),
            self.update_check.isChecked(),
            self._generation,
        )
        layout, strict = self.chosen_layout(), self.strict_check.isChecked()

        def work(progress: Progress) -> ImportPreview:
            return self.importer.preview(
                table, mapping, layout=layout, update=update, strict=strict, progress=progress
            )

        def done(preview: ImportPreview) -> None:
            if generation == self._generation:
                self._previewed(preview, mapping)

        self._start(work, done, self._failed)

    def _previewed(self, preview: ImportPreview, mapping: ColumnMapping) -> None:
        first = self.preview is None
        self.preview = preview
        self.preview_model.set_preview(preview, mapping)
        if first:
            self._fit_columns()
        self.summary_label.setText(self.describe(preview))
        self._update_buttons()
        self._show_rows_now()

    def _update_buttons(self) -> None:
        preview = self.preview
        ready = preview is not None and (
            preview.importable or (self.skip_check.isChecked() and preview.importable_skipping)
        )
        self.import_button.setEnabled(bool(ready) and self.import_task is None and not self.busy)

    def describe(self, preview: ImportPreview) -> str:
        counts = (
            (preview.count(NEW), tr("Import", "%n new", "", preview.count(NEW))),
            (preview.count(UPDATE), tr("Import", "%n to update", "", preview.count(UPDATE))),
            (
                preview.count(UNCHANGED),
                tr("Import", "%n already up to date", "", preview.count(UNCHANGED)),
            ),
            (
                preview.count(SKIPPED),
                tr("Import", "%n skipped (email already in the book)", "", preview.count(SKIPPED)),
            ),
            (
                len(preview.problems),
                tr("Import", "%n with problems", "", len(preview.problems)),
            ),
            (
                len(preview.likely),
                tr("Import", "%n likely already in the book", "", len(preview.likely)),
            ),
        )
        parts = [text for number, text in counts if number]
        rows = len(preview.status)
        heading = (
            tr("Import", "%n row: ", "", rows) if rows == 1 else tr("Import", "%n rows: ", "", rows)
        )
        text = heading + ", ".join(parts) + "."
        if self.source is not None and self.source.encoding.replace("_", "-") != "utf-8":
            text += " " + tr("Import", "Text read as {0}.").format(
                encoding_label(self.source.encoding)
            )
        if preview.notes:
            text += "\n" + "\n".join(preview.notes)
        if preview.file_problems:
            text += "\n" + "\n".join(str(p) for p in preview.file_problems)
        if preview.problems:
            text += "\n" + tr(
                "Import",
                "Rows with problems are shown in red with the reason. Double-click a cell to "
                "correct it, change how the columns map to fields, or skip those rows; "
                "otherwise nothing is imported until every row is good.",
            )
        elif preview.importable:
            text += " " + tr("Import", "Ready to import.")
        return text

    # Importing

    def rejects_path(self) -> Path | None:
        """Where skipped rows go: beside the file, when skipping is asked for."""
        if self.path is None or not self.skip_check.isChecked():
            return None
        return self.importer.rejects_path(self.path)

    def start_import(self) -> None:
        table = self.preview_model.edited_table()
        preview = self.preview
        if table is None or preview is None:
            return
        rejects = self.rejects_path() if not preview.importable else None
        if not preview.importable and (rejects is None or not preview.importable_skipping):
            return
        mapping, update = self.mapping(), self.update_check.isChecked()
        layout, strict = self.chosen_layout(), self.strict_check.isChecked()
        encoding = self.source.encoding if self.source is not None else "utf-8"
        self.import_button.setEnabled(False)
        self.close_button.setText(tr("Import", "Cancel Import"))
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.summary_label.setText(tr("Import", "Importing…"))

        def work(progress: Progress) -> ImportSummary:
            return self.importer.run(
                table,
                mapping,
                layout=layout,
                update=update,
                strict=strict,
                rejects=rejects,
                encoding=encoding,
                progress=progress,
            )

        task = self._start(work, self._imported, self._import_failed, writes=True)
        task.progressed.connect(self._progressed)
        task.cancelled.connect(self._import_cancelled)
        self.import_task = task

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.progress_bar.setRange(0, max(total, 0))
        self.progress_bar.setValue(min(done, total))
        if message:
            self.summary_label.setText(message)

    def _import_over(self) -> None:
        self.import_task = None
        self.progress_bar.hide()
        self.close_button.setText(tr("Import", "Close"))

    def _imported(self, summary: ImportSummary) -> None:
        self._import_over()
        self.summary = summary
        self.summary_label.setText(str(summary))
        self.imported.emit(summary)
        self.accept()

    def _import_failed(self, error: BaseException) -> None:
        self._import_over()
        self.summary_label.setText(str(error))
        show_error(self, error)

    def _import_cancelled(self) -> None:
        self._import_over()
        self.summary_label.setText(tr("Import", "The import was cancelled; nothing was changed."))
        self._update_buttons()

    def cancel_or_close(self) -> None:
        if self.import_task is not None:
            self.summary_label.setText(tr("Import", "Cancelling…"))
            self.import_task.cancel()
        else:
            self.reject()

    # Background work

    def _start(self, work: Any, on_done: Any, on_error: Any, *, writes: bool = False) -> Task[Any]:
        # The results are connected before the work starts (inside run_task), so they are
        # wrapped here; `cancelled` can only follow a cancel() made after this returns.
        holder: list[Task[Any]] = []

        def done(result: Any) -> None:
            self._task_over(holder[0])
            on_done(result)

        def failed(error: BaseException) -> None:
            self._task_over(holder[0])
            on_error(error)

        if writes and self.runner is not None:
            task: Task[Any] = self.runner.submit(work, done, failed, parent=self)
        else:
            task = run_task(self, work, done, failed)
        holder.append(task)
        self.tasks.append(task)
        task.cancelled.connect(lambda: self._task_over(task))
        return task

    def _task_over(self, task: Task[Any]) -> None:
        if task in self.tasks:
            self.tasks.remove(task)
        if self._close_when_idle is not None and not self.tasks:
            result, self._close_when_idle = self._close_when_idle, None
            QTimer.singleShot(0, lambda: super(ImportDialog, self).done(result))

    @property
    def busy(self) -> bool:
        return bool(self.tasks)

    def done(self, result: int) -> None:
        """Background work posts back to this dialog, so it closes only once that is over."""
        if self.tasks:
            self._close_when_idle = result
            for task in self.tasks:
                if task is not self.import_task or result == QDialog.DialogCode.Rejected:
                    task.cancel()
            return
        super().done(result)
