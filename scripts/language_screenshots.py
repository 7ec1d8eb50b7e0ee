"""The README's pictures of languages: a French and a Korean kit letter page, and the
main window in French and in Simplified Chinese (1280 x 800).

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python scripts/language_screenshots.py

The kits come from the renderer with a sample advisor (pdftoppm turns their first
page into a PNG); the windows from a fresh demo book with the app's translations
installed. Settings and the book live in a scratch folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRATCH = Path(tempfile.mkdtemp(prefix="advisor-referrals-language-shots-"))
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(SCRATCH / _var.lower())
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import QSettings  # noqa: E402
from screenshots import demo_book, settle  # noqa: E402
from shot_support import scratch_book, screenshot_application  # noqa: E402

from advisor_referrals.domain.kit_content import KindTexts, KitContent  # noqa: E402
from advisor_referrals.domain.kits import PageSize, kit_client  # noqa: E402
from advisor_referrals.domain.profile import AdvisorProfile  # noqa: E402
from advisor_referrals.domain.trigger_kinds import DEFAULT_TRIGGER_KINDS  # noqa: E402
from advisor_referrals.reports.kit.document import KitRenderer  # noqa: E402
from advisor_referrals.reports.renderers import RENDERERS  # noqa: E402
from advisor_referrals.services.registry import BookServices  # noqa: E402
from advisor_referrals.ui.fonts import register_fonts  # noqa: E402
from advisor_referrals.ui.languages import install_translations  # noqa: E402
from advisor_referrals.ui.main_window import MainWindow  # noqa: E402
from advisor_referrals.ui.options import Settings  # noqa: E402
from advisor_referrals.ui.theme import apply_theme  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PROFILE = AdvisorProfile(
    name="Maria Lopes",
    title="Wealth advisor",
    firm="Lopes & Partners",
    phone="+1 514 555 0101",
    email="maria@lopes.example",
    website="lopes.example",
    scheduling_url="cal.example/maria",
    disclosures="Lopes & Partners is a registered investment adviser.",
)
KITS = {"fr": ("Élodie", "Tremblay"), "ko": ("민준", "김")}


def kit_pages() -> None:
    kinds = [KindTexts(k.key, k.label, k.talking_point) for k in DEFAULT_TRIGGER_KINDS]
    for language, (first, last) in KITS.items():
        content = KitContent(PROFILE, language=language, kinds=tuple(kinds))
        pdf = SCRATCH / f"kit-{language}.pdf"
        with pdf.open("wb") as out:
            KitRenderer(content, PageSize.LETTER).render(
                kit_client(1, first, last), out, date(2026, 3, 14)
            )
        stem = OUT / f"kit-letter-{language}"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, stem],
            check=True,
        )


def windows() -> None:
    app = screenshot_application()
    register_fonts()
    apply_theme(app, "light")
    with scratch_book("language-shots-") as (_folder, target):
        book = demo_book(target)
        services = BookServices.for_book(book, RENDERERS)
        for language in ("fr", "es", "zh-Hans"):
            install_translations(app, language)
            settings = Settings(
                QSettings(str(SCRATCH / f"{language}.ini"), QSettings.Format.IniFormat)
            )
            window = MainWindow(services, settings)
            window.resize(1280, 800)
            window.show()
            settle(app)
            clients = window.show_page("clients")
            settle(app)
            # Names in Chinese, Korean and Greek sort last: show the end of the list.
            clients.view.scrollToBottom()  # type: ignore[attr-defined]
            settle(app)
            window.grab().save(str(OUT / f"main-window-{language}.png"))
            window.close()
            window.deleteLater()
            settle(app)
        install_translations(app, "en")
        book.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    kit_pages()
    windows()
    for png in sorted(OUT.glob("kit-letter-*.png")) + sorted(OUT.glob("main-window-*.png")):
        print(png.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
