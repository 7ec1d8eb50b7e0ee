"""Screenshots of the import dialog for the README, from a small CRM-style file made here.

    .venv/bin/python scripts/import_screenshots.py [OUT_DIR]

Writes docs/screenshots/import-dialog.png and import-dialog-problems.png (offscreen).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from advisor_referrals.services.imports.preview import ContactImporter
from advisor_referrals.storage.opening import open_book
from advisor_referrals.ui.import_dialog import ImportDialog

ROWS = [
    "First Name,Last Name,E-mail Address,Mobile Phone,Home City,Home State,Categories,Notes",
    "Ana,Souza,ana.souza@example.com,+1 617 555 0101,Boston,MA,Golf;Retiree,Prefers mornings",
    "Bruno,Keller,bruno.keller@example,+1 617 555 0102,Cambridge,MA,,",
    "Chloé,Martin,chloe.martin@example.com,,Montréal,QC,VIP,",
    "美咲,佐藤,misaki.sato@example.jp,+81 3 5555 0104,東京,,,",
    'Smith & <Co>,O\'Brien,=HYPERLINK("http://x"),,Denver,CO,CPA,Refers often',
    "Grace,Liu,grace.liu@example.com,+1 303 555 0106,Denver,CO,Tech,",
    "Hiro,Tanaka,hiro.tanaka@example.com,+1 415 555 0107,San Francisco,CA,,",
]


def settle(app: QApplication, dialog: ImportDialog, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if dialog.preview is not None and not dialog.busy and not dialog.preview_timer.isActive():
            break
        time.sleep(0.02)
    for _ in range(5):  # let the layout follow the new summary text
        app.processEvents()
        time.sleep(0.02)


def main(out_dir: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "outlook-contacts.csv"
        source.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
        book = open_book(str(Path(scratch) / "book.sqlite3"))
        try:
            dialog = ImportDialog(ContactImporter(book), source)
            dialog.resize(1180, 720)
            dialog.show()
            settle(app, dialog)
            dialog.grab().save(str(out_dir / "import-dialog.png"))
            dialog.only_problems.setChecked(True)
            app.processEvents()
            dialog.grab().save(str(out_dir / "import-dialog-problems.png"))
            dialog.close()
            settle(app, dialog, 2)
        finally:
            book.close()
    print(f"Screenshots written to {out_dir}")


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else root / "docs" / "screenshots")
