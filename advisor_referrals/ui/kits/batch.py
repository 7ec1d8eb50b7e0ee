"""Kits for many clients at once, written off the UI thread with progress and Cancel."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from advisor_referrals.domain.kits import PageSize
from advisor_referrals.services.kits import BatchResult, KitService
from advisor_referrals.ui.i18n import ntr, tr
from advisor_referrals.ui.serial import SerialRunner
from advisor_referrals.ui.worker import Task, show_error


class KitBatch(QObject):
    """One batch: a progress dialog while the kits are written, a summary when it ends."""

    finished = Signal(object)  # BatchResult, also after a cancel
    failed = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        kits: KitService,
        contact_ids: Sequence[int],
        folder: Path,
        page_size: PageSize,
        runner: SerialRunner,
        language: str | None = None,
        *,
        overwrite: bool = False,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.total = len(contact_ids)
        self.dialog = QProgressDialog(
            tr("Kits", "Preparing {0} referral kits…").format(self.total),
            tr("Kits", "Cancel"),
            0,
            self.total,
            parent,
        )
        self.dialog.setWindowTitle(tr("Kits", "Referral kits"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        ids = list(contact_ids)
        self.task: Task[BatchResult] = runner.submit(
            lambda progress: kits.write_batch(
                ids, folder, page_size, progress, language=language, overwrite=overwrite
            ),
            self._done,
            self._failed,
            parent=self,
        )
        self.task.progressed.connect(self._progressed)
        self.summary: QMessageBox | None = None
        self.dialog.show()

    def cancel(self) -> None:
        self.task.cancel()
        self.dialog.setLabelText(tr("Kits", "Stopping after the kit being written…"))

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        self.dialog.setLabelText(tr("Kits", "Writing kit {0} of {1}…").format(done + 1, total))

    def _done(self, result: BatchResult) -> None:
        self.dialog.close()
        count = len(result.written)
        if result.cancelled:
            text = tr("Kits", "Stopped. {0} of {1} kits were saved in {2}.").format(
                count, result.total, str(result.folder)
            )
        else:
            text = ntr(
                "Kits",
                "%Ln referral kit was saved in {0}.",
                "%Ln referral kits were saved in {0}.",
                count,
            ).format(str(result.folder))
        icon = QMessageBox.Icon.Information
        if result.unprintable:
            # Before any of these kits is printed: what they show as empty boxes.
            icon = QMessageBox.Icon.Warning
            text += "\n\n" + tr("Kits", "Some text cannot be printed with the bundled fonts:")
            text += "\n" + "\n".join(p.message for p in result.unprintable[:5])
        self.summary = QMessageBox(
            icon, tr("Kits", "Referral kits"), text,
            QMessageBox.StandardButton.Ok, self.parent_widget,
        )  # fmt: skip
        self.summary.open()
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.dialog.close()
        show_error(self.parent_widget, error)
        self.failed.emit(error)
