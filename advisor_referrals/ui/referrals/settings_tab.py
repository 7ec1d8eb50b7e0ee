"""Settings for the referral features: the trigger-kind library and the ask interval in one
tab, the thank-you note in another (each usable at the dialog's size on a laptop).

Tabs of the Settings dialog; `save()` writes what changed, off the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisor_referrals.domain.asking import DEFAULT_INTERVAL_DAYS, INTERVAL_RANGE
from advisor_referrals.domain.errors import ValidationError
from advisor_referrals.domain.thank_you import (
    PLACEHOLDERS,
    ThankYouTemplate,
    render_template,
    validate_template,
)
from advisor_referrals.domain.trigger_kinds import TriggerKind
from advisor_referrals.services.referrals.ask_list import AskListService
from advisor_referrals.services.referrals.thank_you import ThankYouService
from advisor_referrals.services.triggers.kind_library import TriggerKindService
from advisor_referrals.ui.fields import set_plain_text
from advisor_referrals.ui.forms import form_layout
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.referrals.fields import WARNING_STYLE
from advisor_referrals.ui.serial import SerialRunner
from advisor_referrals.ui.settings_dialog import SettingsTab
from advisor_referrals.ui.theme import set_role
from advisor_referrals.ui.worker import run_task, show_error

LABEL, TALKING_POINT, ACTIVE, IN_USE = range(4)
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class Loaded:
    kinds: list[TriggerKind]
    interval: int


def _one_line_rows(table: QTableWidget, rows: int) -> None:
    """A table of one-line rows (long text elides; the tooltip holds it whole) that shows
    at least `rows` of them with its header whatever room the dialog has."""
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    height = table.horizontalHeader().sizeHint().height()
    height += rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()
    table.setMinimumHeight(height)


class ReferralSettingsTab(SettingsTab):
    saved = Signal()

    def __init__(
        self,
        kinds: TriggerKindService,
        ask_list: AskListService,
        runner: SerialRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kinds_service = kinds
        self.ask_list = ask_list
        self.runner = runner  # the window's serial worker: the pages hear of the change
        self.loaded: Loaded | None = None
        self.deleted: list[TriggerKind] = []

        self.kinds = QTableWidget(0, 4, self)
        self.kinds.setHorizontalHeaderLabels(
            [
                tr("Settings", "Label"),
                tr("Settings", "Talking point"),
                tr("Settings", "Active"),
                tr("Settings", "In use"),
            ]
        )
        talking = self.kinds.horizontalHeaderItem(TALKING_POINT)
        if talking is not None:
            talking.setToolTip(tr("Settings", "Printed in the kit, under the trigger's label."))
        self.kinds.verticalHeader().hide()
        self.kinds.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kinds.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        _one_line_rows(self.kinds, 6)
        header = self.kinds.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TALKING_POINT, QHeaderView.ResizeMode.Stretch)
        for column in (ACTIVE, IN_USE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.kinds.setColumnWidth(LABEL, 180)
        self.add_kind = QPushButton(tr("Settings", "Add a kind"), self)
        self.delete_kind = QPushButton(tr("Settings", "Delete kind"), self)
        self.add_kind.clicked.connect(self._add_kind)
        self.delete_kind.clicked.connect(self._delete_kind)
        self.kinds.currentCellChanged.connect(lambda *_: self._enable())
        kind_note = QLabel(
            tr(
                "Settings",
                "The kit prints each active kind with its talking point. A kind that logged "
                "triggers use cannot be deleted: clear Active to retire it. It stays on "
                "those triggers and is no longer offered for new ones.",
            ),
            self,
        )
        kind_note.setWordWrap(True)
        set_role(kind_note, "muted")

        self.interval = QSpinBox(self)
        self.interval.setRange(*INTERVAL_RANGE)
        self.interval.setValue(DEFAULT_INTERVAL_DAYS)
        self.interval.setSuffix(tr("Settings", " days"))

        kinds_box = QGroupBox(tr("Settings", "Conversation triggers to listen for"), self)
        kinds_layout = QVBoxLayout(kinds_box)
        kinds_layout.addWidget(self.kinds, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_kind)
        buttons.addWidget(self.delete_kind)
        buttons.addStretch(1)
        kinds_layout.addLayout(buttons)
        kinds_layout.addWidget(kind_note)
        ask_box = QGroupBox(tr("Settings", "Ask list"), self)
        ask_form = form_layout(ask_box)
        ask_form.addRow(tr("Settings", "Ask a client again after:"), self.interval)
        layout = QVBoxLayout(self)
        layout.addWidget(kinds_box, 1)
        layout.addWidget(ask_box)
        self.load()

    def title(self) -> str:
        return tr("Settings", "Referrals")

    # Loading

    def load(self) -> None:
        def fetch(_p: object) -> Loaded:
            return Loaded(self.kinds_service.kinds(), self.ask_list.interval_days())

        run_task(self, fetch, self._show)

    def _show(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.deleted = []
        self.kinds.setRowCount(0)
        for kind in loaded.kinds:
            self._append(kind)
        self.interval.setValue(loaded.interval)
        self._enable()

    def _append(self, kind: TriggerKind | None) -> int:
        row = self.kinds.rowCount()
        self.kinds.insertRow(row)
        label = QTableWidgetItem(kind.label if kind else "")
        label.setData(KIND_ROLE, kind)
        label.setToolTip(label.text())
        self.kinds.setItem(row, LABEL, label)
        point = QTableWidgetItem(kind.talking_point if kind else "")
        point.setToolTip(point.text())  # whole, where the row elides it
        self.kinds.setItem(row, TALKING_POINT, point)
        active = QTableWidgetItem()
        active.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        active.setCheckState(
            Qt.CheckState.Checked if kind is None or kind.active else Qt.CheckState.Unchecked
        )
        self.kinds.setItem(row, ACTIVE, active)
        used = QTableWidgetItem(tr("Settings", "Yes") if kind and kind.in_use else "")
        used.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.kinds.setItem(row, IN_USE, used)
        return row

    def _kind_at(self, row: int) -> TriggerKind | None:
        item = self.kinds.item(row, LABEL)
        return item.data(KIND_ROLE) if item is not None else None

    def _enable(self) -> None:
        row = self.kinds.currentRow()
        kind = self._kind_at(row) if row >= 0 else None
        self.delete_kind.setEnabled(row >= 0 and not (kind and kind.in_use))
        self.delete_kind.setToolTip(
            tr("Settings", "In use: retire it instead (clear Active)")
            if kind and kind.in_use
            else ""
        )

    def _add_kind(self) -> None:
        row = self._append(None)
        self.kinds.setCurrentCell(row, LABEL)
        item = self.kinds.item(row, LABEL)
        if item is not None:
            self.kinds.editItem(item)

    def _delete_kind(self) -> None:
        row = self.kinds.currentRow()
        kind = self._kind_at(row)
        if kind is not None and kind.in_use:
            return
        if kind is not None:
            self.deleted.append(kind)
        self.kinds.removeRow(row)
        self._enable()

    # Saving

    def save(self) -> bool:
        """Write what changed; False (and nothing written) when something needs fixing first."""
        loaded = self.loaded
        if loaded is None:
            return True
        edits, additions = self._kind_changes()
        interval = self.interval.value()
        deleted = list(self.deleted)

        def work(_p: object) -> None:
            for kind in deleted:
                self.kinds_service.delete(kind.id or 0, kind.version)
            for kind, label, point, active in edits:
                self.kinds_service.edit(kind.id or 0, kind.version, label, point, active)
            for label, point, active in additions:
                self.kinds_service.add(label, point, active=active)
            if interval != loaded.interval:
                self.ask_list.set_interval_days(interval)

        self.runner.submit(work, lambda _r: self.saved.emit())
        return True

    def _kind_changes(
        self,
    ) -> tuple[list[tuple[TriggerKind, str, str, bool]], list[tuple[str, str, bool]]]:
        edits, additions = [], []
        for row in range(self.kinds.rowCount()):
            kind = self._kind_at(row)
            cells = [self.kinds.item(row, c) for c in (LABEL, TALKING_POINT, ACTIVE)]
            if any(c is None for c in cells):
                continue
            label_item, point_item, active_item = (c for c in cells if c is not None)
            label, point = label_item.text(), point_item.text()
            active = active_item.checkState() == Qt.CheckState.Checked
            if kind is None:
                if label.strip():
                    additions.append((label, point, active))
            elif (label, point, active) != (kind.label, kind.talking_point, kind.active):
                edits.append((kind, label, point, active))
        return edits, additions


class ThankYouSettingsTab(SettingsTab):
    """The thank-you note's subject and message, with a preview of it filled in."""

    saved = Signal()

    def __init__(
        self, thank_you: ThankYouService, runner: SerialRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.thank_you = thank_you
        self.runner = runner
        self.loaded: ThankYouTemplate | None = None
        self.subject = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(110)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)  # scrolls rather than cuts a long note
        self.preview.setMinimumHeight(90)
        self.preview.setBackgroundRole(QPalette.ColorRole.Window)
        self.template_problem = QLabel(self)
        self.template_problem.setStyleSheet(WARNING_STYLE)
        self.template_problem.setWordWrap(True)
        self.template_problem.hide()
        placeholders = QLabel(
            tr("Settings", "Placeholders: {0}").format(
                ", ".join("{" + key + "}" for key in PLACEHOLDERS)
            ),
            self,
        )
        placeholders.setToolTip(
            "\n".join("{" + k + "}: " + tr("Settings", v) for k, v in PLACEHOLDERS.items())
        )
        placeholders.setWordWrap(True)
        set_role(placeholders, "muted")
        self.subject.textChanged.connect(self._preview)
        self.body.textChanged.connect(self._preview)
        form = form_layout(self)
        form.addRow(tr("Settings", "Subject:"), self.subject)
        form.addRow(tr("Settings", "Message:"), self.body)
        form.addRow("", placeholders)
        form.addRow(tr("Settings", "Preview:"), self.preview)
        form.addRow(self.template_problem)
        self.load()

    def load(self) -> None:
        run_task(self, lambda _p: self.thank_you.template(), self._show)

    def _show(self, template: ThankYouTemplate) -> None:
        self.loaded = template
        self.subject.setText(template.subject)
        set_plain_text(self.body, template.body)

    def template(self) -> ThankYouTemplate:
        return ThankYouTemplate(subject=self.subject.text(), body=self.body.toPlainText())

    def _preview(self) -> None:
        template = self.template()
        problems = validate_template(template)
        self.template_problem.setVisible(bool(problems))
        self.template_problem.setText("\n".join(str(p) for p in problems))
        sample = render_template(
            template, to="", referrer="Ana", referred="Bob Lee", advisor="Maria Lopes"
        )
        self.preview.setPlainText(f"{sample.subject}\n\n{sample.body}")

    def save(self) -> bool:
        """Write the note if it changed; False (nothing written) when it needs fixing first."""
        if self.loaded is None:
            return True
        template = self.template()
        problems = validate_template(template)
        if problems:
            show_error(self, ValidationError(problems))
            return False
        if template != self.loaded:
            thank_you = self.thank_you
            self.runner.submit(
                lambda _p: thank_you.save_template(template), lambda _r: self.saved.emit()
            )
        return True
