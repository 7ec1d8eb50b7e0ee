"""Settings for the referral features: the trigger-kind library, the thank-you note, the ask interval.

A tab of the Settings dialog; `save()` writes what changed, off the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
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
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.referrals.fields import WARNING_STYLE
from advisor_referrals.ui.serial import SerialRunner
from advisor_referrals.ui.settings_dialog import SettingsTab
from advisor_referrals.ui.worker import run_task, show_error

LABEL, TALKING_POINT, ACTIVE, IN_USE = range(4)
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class Loaded:
    kinds: list[TriggerKind]
    template: ThankYouTemplate
    interval: int


class ReferralSettingsTab(SettingsTab):
    saved = Signal()

    def __init__(
        self,
        kinds: TriggerKindService,
        thank_you: ThankYouService,
        ask_list: AskListService,
        runner: SerialRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kinds_service = kinds
        self.thank_you = thank_you
        self.ask_list = ask_list
        self.runner = runner  # the window's serial worker: the pages hear of the change
        self.loaded: Loaded | None = None
        self.deleted: list[TriggerKind] = []

        self.kinds = QTableWidget(0, 4, self)
        self.kinds.setHorizontalHeaderLabels(
            [
                tr("Settings", "Label"),
                tr("Settings", "Talking point (printed in the kit)"),
                tr("Settings", "Active"),
                tr("Settings", "In use"),
            ]
        )
        self.kinds.verticalHeader().hide()
        self.kinds.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kinds.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kinds.setWordWrap(True)
        header = self.kinds.horizontalHeader()
        header.setSectionResizeMode(TALKING_POINT, QHeaderView.ResizeMode.Stretch)
        self.kinds.setColumnWidth(LABEL, 190)
        self.add_kind = QPushButton(tr("Settings", "Add a kind"), self)
        self.delete_kind = QPushButton(tr("Settings", "Delete kind"), self)
        self.add_kind.clicked.connect(self._add_kind)
        self.delete_kind.clicked.connect(self._delete_kind)
        self.kinds.currentCellChanged.connect(lambda *_: self._enable())
        kind_note = QLabel(
            tr(
                "Settings",
                "A kind that logged triggers use cannot be deleted: clear Active to retire it. "
                "It stays on those triggers and is no longer offered for new ones.",
            ),
            self,
        )
        kind_note.setWordWrap(True)

        self.subject = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setMinimumHeight(120)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setStyleSheet("border: 1px solid palette(mid); padding: 6px;")
        self.template_problem = QLabel(self)
        self.template_problem.setStyleSheet(WARNING_STYLE)
        self.template_problem.setWordWrap(True)
        self.template_problem.hide()
        names = ", ".join("{" + k + "}: " + tr("Settings", v) for k, v in PLACEHOLDERS.items())
        placeholders = QLabel(tr("Settings", "Placeholders: {0}").format(names), self)
        placeholders.setWordWrap(True)
        self.subject.textChanged.connect(self._preview)
        self.body.textChanged.connect(self._preview)

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
        note_box = QGroupBox(tr("Settings", "Thank-you note"), self)
        note_form = QFormLayout(note_box)
        note_form.addRow(tr("Settings", "Subject:"), self.subject)
        note_form.addRow(tr("Settings", "Message:"), self.body)
        note_form.addRow("", placeholders)
        note_form.addRow(tr("Settings", "Preview:"), self.preview)
        note_form.addRow(self.template_problem)
        ask_box = QGroupBox(tr("Settings", "Ask list"), self)
        ask_form = QFormLayout(ask_box)
        ask_form.addRow(tr("Settings", "Ask a client again after:"), self.interval)
        layout = QVBoxLayout(self)
        layout.addWidget(kinds_box, 2)
        layout.addWidget(note_box, 1)
        layout.addWidget(ask_box)
        self.load()

    def title(self) -> str:
        return tr("Settings", "Referrals")

    # Loading

    def load(self) -> None:
        def fetch(_p: object) -> Loaded:
            return Loaded(
                self.kinds_service.kinds(), self.thank_you.template(), self.ask_list.interval_days()
            )

        run_task(self, fetch, self._show)

    def _show(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.deleted = []
        self.kinds.setRowCount(0)
        for kind in loaded.kinds:
            self._append(kind)
        self.subject.setText(loaded.template.subject)
        self.body.setPlainText(loaded.template.body)
        self.interval.setValue(loaded.interval)
        self.kinds.resizeRowsToContents()
        self._enable()

    def _append(self, kind: TriggerKind | None) -> int:
        row = self.kinds.rowCount()
        self.kinds.insertRow(row)
        label = QTableWidgetItem(kind.label if kind else "")
        label.setData(KIND_ROLE, kind)
        self.kinds.setItem(row, LABEL, label)
        self.kinds.setItem(row, TALKING_POINT, QTableWidgetItem(kind.talking_point if kind else ""))
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

    # The thank-you note

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
        self.preview.setText(f"{sample.subject}\n\n{sample.body}")

    # Saving

    def save(self) -> bool:
        """Write what changed; False (and nothing written) when something needs fixing first."""
        loaded = self.loaded
        if loaded is None:
            return True
        template = self.template()
        problems = validate_template(template)
        if problems:
            show_error(self, ValidationError(problems))
            return False
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
            if template != loaded.template:
                self.thank_you.save_template(template)
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
