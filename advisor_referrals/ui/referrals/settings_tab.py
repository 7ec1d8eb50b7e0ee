"""Settings for the referral features: the trigger-kind library and the ask interval in one
tab, the thank-you note in another (each usable at the dialog's size on a laptop).

Tabs of the Settings dialog; `save()` writes what changed, off the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from advisor_referrals.reports.words import language_name, shipped, words_for
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
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
ENGLISH = "en"  # the library's own wording


@dataclass
class Loaded:
    kinds: list[TriggerKind]
    interval: int
    worded: dict[str, dict[int, tuple[str, str]]] = field(default_factory=dict)


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
        # Each row's (label, talking point) per language as edited: the table shows one.
        self.texts: dict[str, dict[int, tuple[str, str]]] = {}
        self.shown_language = ENGLISH
        self._row_ids = count(1)
        self.wording = QComboBox(self)
        for code in shipped():
            self.wording.addItem(language_name(code), code)
        self.wording.currentIndexChanged.connect(self._wording_changed)
        wording_note = QLabel(
            tr(
                "Settings",
                "Kits in another language print the wording given here; a default kind "
                "left as it is prints the wording the app ships.",
            ),
            self,
        )
        wording_note.setWordWrap(True)

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
        wording_row = QHBoxLayout()
        wording_row.addWidget(QLabel(tr("Settings", "Wording for kits in:"), self))
        wording_row.addWidget(self.wording)
        wording_row.addStretch(1)
        kinds_layout.addLayout(wording_row)
        kinds_layout.addWidget(wording_note)
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
            return Loaded(
                self.kinds_service.kinds(),
                self.ask_list.interval_days(),
                {code: self.kinds_service.texts(code) for code in shipped() if code != ENGLISH},
            )

        run_task(self, fetch, self._show)

    def _show(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.deleted = []
        self.texts = {}
        self.shown_language = ENGLISH
        self.wording.blockSignals(True)
        self.wording.setCurrentIndex(max(0, self.wording.findData(ENGLISH)))
        self.wording.blockSignals(False)
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
        label.setData(ROW_ROLE, next(self._row_ids))
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

    # Wording per language

    def _row_id(self, row: int) -> int:
        item = self.kinds.item(row, LABEL)
        return int(item.data(ROW_ROLE)) if item is not None else 0

    def _cells(self, row: int) -> tuple[str, str]:
        label, point = self.kinds.item(row, LABEL), self.kinds.item(row, TALKING_POINT)
        return (label.text() if label else "", point.text() if point else "")

    def _stash(self) -> None:
        shown = self.texts.setdefault(self.shown_language, {})
        for row in range(self.kinds.rowCount()):
            shown[self._row_id(row)] = self._cells(row)

    def initial_text(self, language: str, row: int) -> tuple[str, str]:
        """What a row says in a language before any edit: the library's text in English;
        the advisor's wording, else the shipped wording of a default kind, elsewhere."""
        kind = self._kind_at(row)
        if language == ENGLISH:
            return (kind.label, kind.talking_point) if kind else ("", "")
        if kind is None or kind.id is None:
            return "", ""
        stored = self.loaded.worded.get(language, {}) if self.loaded else {}
        if kind.id in stored:
            return stored[kind.id]
        words = words_for(language)
        if words.has(f"trigger.{kind.key}.label"):
            return (
                words.text(f"trigger.{kind.key}.label"),
                words.text(f"trigger.{kind.key}.talking_point"),
            )
        return "", ""

    def _wording_changed(self) -> None:
        self._stash()
        self.shown_language = str(self.wording.currentData())
        edited = self.texts.get(self.shown_language, {})
        for row in range(self.kinds.rowCount()):
            label, point = edited.get(self._row_id(row)) or self.initial_text(
                self.shown_language, row
            )
            for column, text in ((LABEL, label), (TALKING_POINT, point)):
                item = self.kinds.item(row, column)
                if item is not None:
                    item.setText(text)
                    item.setToolTip(text)

    def _wording_changes(self) -> list[tuple[int, str, str, str]]:
        """(kind id, language, label, talking point) for each wording edited elsewhere than
        in English."""
        changes = []
        for language, edited in self.texts.items():
            if language == ENGLISH:
                continue
            for row in range(self.kinds.rowCount()):
                kind = self._kind_at(row)
                text = edited.get(self._row_id(row))
                if kind is None or kind.id is None or text is None:
                    continue
                if text != self.initial_text(language, row):
                    changes.append((kind.id, language, *text))
        return changes

    # Saving

    def save(self) -> bool:
        """Write what changed; False (and nothing written) when something needs fixing first."""
        loaded = self.loaded
        if loaded is None:
            return True
        self._stash()
        edits, additions = self._kind_changes()
        worded = self._wording_changes()
        interval = self.interval.value()
        deleted = list(self.deleted)

        def work(_p: object) -> None:
            for kind in deleted:
                self.kinds_service.delete(kind.id or 0, kind.version)
            for kind, label, point, active in edits:
                self.kinds_service.edit(kind.id or 0, kind.version, label, point, active)
            for label, point, active in additions:
                self.kinds_service.add(label, point, active=active)
            for kind_id, language, label, point in worded:
                self.kinds_service.set_text(kind_id, language, label, point)
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
            _, _, active_item = (c for c in cells if c is not None)
            english = self.texts.get(ENGLISH, {})
            label, point = english.get(self._row_id(row)) or self._cells(row)
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
