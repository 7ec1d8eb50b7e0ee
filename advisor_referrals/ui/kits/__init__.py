"""Referral kits in the app: a preview for one client, a batch with progress for several.

`install_kits(parts)` answers the window's `contact_actions.generate_kits` requests. A batch
for a mixed selection says whom it leaves out (not current clients, disgruntled, marked
do-not-ask) and makes their kits only when the advisor ticks them.
Recording a kit is a write, so saving, printing and batches go through the window's
serial worker (which announces them: the contact's timeline lists its kits).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from advisor_referrals.domain.kits import KitCandidate, LeftOut, PageSize
from advisor_referrals.services.kits import KitService, RenderedKit
from advisor_referrals.ui.i18n import tr
from advisor_referrals.ui.options import KIT_FOLDER, KIT_PAGE_SIZE, Settings
from advisor_referrals.ui.serial import SerialRunner
from advisor_referrals.ui.window_parts import WindowParts
from advisor_referrals.ui.worker import run_task

if TYPE_CHECKING:
    from advisor_referrals.ui.kits.audience import KitAudienceDialog
    from advisor_referrals.ui.kits.batch import KitBatch
    from advisor_referrals.ui.kits.preview import KitPreviewDialog


class KitController(QObject):
    def __init__(
        self, window: QWidget, kits: KitService, settings: Settings, runner: SerialRunner
    ) -> None:
        super().__init__(window)
        self.window = window
        self.kits = kits
        self.settings = settings
        self.runner = runner
        self.preview: KitPreviewDialog | None = None
        self.batch: KitBatch | None = None
        self.audience: KitAudienceDialog | None = None  # the open "who is it for" dialog

    @property
    def page_size(self) -> PageSize:
        try:
            return PageSize(str(self.settings.get(KIT_PAGE_SIZE)))
        except ValueError:
            return PageSize.LETTER

    def generate(self, contact_ids: list[int], language: str | None = None) -> None:
        """Kits for these contacts: a preview for one, a batch for several; each in
        `language` when one is given, else in each client's own."""
        language = language or None
        ids = list(dict.fromkeys(int(i) for i in contact_ids))
        candidates = self.kits.candidates(ids)
        if len(candidates) == 1:
            # One kit is previewed first: the advisor sees whom it is for and what it says.
            chosen = self.respect_do_not_ask(candidates)
            if chosen:
                self.open_preview(chosen[0], language)
        elif any(c.left_out for c in candidates):
            self.choose_audience(candidates, language)
        elif candidates:
            self.make_batch([c.contact_id for c in candidates], language)

    def choose_audience(
        self, candidates: list[KitCandidate], language: str | None = None
    ) -> KitAudienceDialog:
        """A mixed selection: say who the batch is not for, and leave them out unless ticked.
        The kits chosen are made in `language` (None: each in the client's own)."""
        from advisor_referrals.ui.kits.audience import KitAudienceDialog  # on first use

        dialog = KitAudienceDialog(candidates, self.window)
        dialog.chosen.connect(lambda ids: self.make_batch(ids, language))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.audience = dialog
        dialog.open()
        return dialog

    def make_batch(self, ids: list[int], language: str | None = None) -> None:
        """A batch for these contacts, each in `language` if given, else in the client's own."""
        if not ids:
            return
        folder = self.ask_folder(len(ids))
        if folder is not None and (replace := self.may_replace(ids, folder)) is not None:
            self.start_batch(ids, folder, language, overwrite=replace)

    def respect_do_not_ask(self, candidates: list[KitCandidate]) -> list[int]:
        """A kit asks for introductions: those who said "do not ask" are left out unless
        the advisor chooses to include them."""
        ids = [c.contact_id for c in candidates]
        marked = {c.contact_id: c.name for c in candidates if LeftOut.DO_NOT_ASK in c.left_out}
        if not marked:
            return ids
        names = ", ".join(list(marked.values())[:5]) + ("…" if len(marked) > 5 else "")
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Kits", "Referral Kits"))
        box.setText(
            tr("Kits", "{0} of {1} asked not to be asked for referrals: {2}.").format(
                len(marked), len(ids), names
            )
        )
        box.setInformativeText(tr("Kits", "A referral kit asks for introductions."))
        leave_out = box.addButton(tr("Kits", "Leave Them Out"), QMessageBox.ButtonRole.AcceptRole)
        include = box.addButton(tr("Kits", "Include Them"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(leave_out)
        box.exec()
        if box.clickedButton() is include:
            return ids
        if box.clickedButton() is leave_out:
            return [i for i in ids if i not in marked]
        return []

    def open_preview(self, contact_id: int, language: str | None = None) -> None:
        size = self.page_size
        run_task(
            self.window,
            lambda _progress: self.kits.preview(contact_id, size, language=language),
            self._show,
        )

    def _show(self, kit: RenderedKit) -> None:
        if self.preview is not None:
            self.preview.close()
            self.preview.deleteLater()
        from advisor_referrals.ui.kits.preview import KitPreviewDialog  # on first use

        self.preview = KitPreviewDialog(kit, self.kits, self.settings, self.runner, self.window)
        self.preview.show()

    def ask_folder(self, count: int) -> Path | None:
        start = self.settings.get(KIT_FOLDER) or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(
            self.window, tr("Kits", "Choose a folder for {0} referral kits").format(count), start
        )
        if not chosen:
            return None
        self.settings.set(KIT_FOLDER, chosen)
        return Path(chosen)

    def may_replace(self, contact_ids: list[int], folder: Path) -> bool | None:
        """Whether the batch may replace kits already in the folder: False when there are
        none, True when the advisor says so, None to stop (nothing is written)."""
        existing = self.kits.existing_kits(contact_ids, folder)
        if not existing:
            return False
        names = ", ".join(path.name for path in existing[:5]) + ("…" if len(existing) > 5 else "")
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Kits", "Referral Kits"))
        box.setText(
            tr("Kits", "{0} of these kits are already in {1}: {2}.").format(
                len(existing), str(folder), names
            )
        )
        box.setInformativeText(tr("Kits", "Replace them with new kits?"))
        replace = box.addButton(tr("Kits", "Replace Them"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return True if box.clickedButton() is replace else None

    def start_batch(
        self,
        contact_ids: list[int],
        folder: Path,
        language: str | None = None,
        *,
        overwrite: bool = False,
    ) -> KitBatch:
        from advisor_referrals.ui.kits.batch import KitBatch  # on first use

        self.batch = KitBatch(
            self.window,
            self.kits,
            contact_ids,
            folder,
            self.page_size,
            self.runner,
            language,
            overwrite=overwrite,
        )
        return self.batch


def install_kits(parts: WindowParts) -> KitController:
    """Connect the window's kit requests; the controller lives as long as the window."""
    controller = KitController(parts.window, parts.services.kits, parts.settings, parts.runner)
    parts.contact_actions.generate_kits.connect(controller.generate)
    parts.contact_actions.generate_kits_in.connect(controller.generate)
    return controller
