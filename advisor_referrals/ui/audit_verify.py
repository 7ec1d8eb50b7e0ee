"""Tools > Verify audit trail: the hash chain recomputed off the UI thread, with progress.

The result says whether every entry matches its hash and the entry before it, or names
the first entry that does not (docs/design.md, "The audit chain").
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from advisor_referrals.services.audit import chain
from advisor_referrals.services.audit.chain import ChainReport
from advisor_referrals.services.audit.reading import AuditLog
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.worker import Task, run_task, show_error


class AuditVerification(QObject):
    """One check of the chain: a progress dialog while it runs, a message when it ends."""

    def __init__(self, parent: QWidget, audit_log: AuditLog) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.dialog = QProgressDialog(
            tr("Audit", "Checking every audit entry against its hash…"),
            tr("Audit", "Cancel"),
            0,
            0,
            parent,
        )
        self.dialog.setWindowTitle(tr("Audit", "Verify audit trail"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.result: QMessageBox | None = None
        book = audit_log.book
        self.task: Task[ChainReport] = run_task(
            self, lambda progress: chain.verify(book, progress=progress), self._done, self._failed
        )
        self.task.progressed.connect(self._progressed)
        self.task.cancelled.connect(self.dialog.close)

    def cancel(self) -> None:
        self.task.cancel()

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _done(self, report: ChainReport) -> None:
        self.dialog.close()
        if report.whole:
            icon = QMessageBox.Icon.Information
            text = report.describe()
        else:
            icon = QMessageBox.Icon.Warning
            found = report.describe()
            text = tr(
                "Audit",
                "{0}.\n\nKeep this book as it is and tell your compliance officer; the "
                "entries before this one match their hashes.",
            ).format(found[:1].upper() + found[1:])
        self.result = QMessageBox(
            icon, tr("Audit", "Verify audit trail"), text,
            QMessageBox.StandardButton.Ok, self.parent_widget,
        )  # fmt: skip
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.open()

    def _failed(self, error: BaseException) -> None:
        self.dialog.close()
        show_error(self.parent_widget, error)
