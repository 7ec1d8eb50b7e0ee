"""The app's Qt translations: extract the strings into .ts sources, and build .qm files.

    python scripts/build_translations.py           build resources/translations/*.qm
    python scripts/build_translations.py --update  refresh the .ts sources from the code

Both use the tools PySide6's wheel ships (pyside6-lupdate, pyside6-lrelease), so nothing
is installed by hand. `tr` and `ntr` (advisor_referrals/ui/i18n.py) are told to lupdate
as spellings of `translate`. The .qm files are build products (not in git); make, the
tests and build.spec build them. docs/design.md, Languages and scripts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es", "zh-Hans", "ko")
QT_LANGUAGE = {"fr": "fr", "es": "es", "zh-Hans": "zh_CN", "ko": "ko"}


def tool(name: str) -> str:
    """A PySide6 tool beside this Python (the virtual environment's bin folder)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project (make .venv/.runtime)")
    return found


def sources() -> list[Path]:
    return sorted((ROOT / "advisor_referrals").rglob("*.py"))


def ts_file(language: str) -> Path:
    return FOLDER / f"advisor_referrals_{language}.ts"


def qm_file(language: str) -> Path:
    return FOLDER / f"advisor_referrals_{language}.qm"


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    files = [str(path) for path in sources()]
    for language in LANGUAGES:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-tr-function-alias",
                "translate+=tr,translate+=ntr",
                "-locations",
                "none",
                "-no-obsolete",
                "-target-language",
                QT_LANGUAGE[language],
                *files,
                "-ts",
                str(ts_file(language)),
            ],
            check=True,
        )


def stale() -> list[str]:
    return [
        language
        for language in LANGUAGES
        if ts_file(language).exists()
        and (
            not qm_file(language).exists()
            or qm_file(language).stat().st_mtime < ts_file(language).stat().st_mtime
        )
    ]


def build(*, quiet: bool = False) -> None:
    for language in stale():
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                *(["-silent"] if quiet else []),
                str(ts_file(language)),
                "-qm",
                str(qm_file(language)),
            ],
            check=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="refresh the .ts sources first")
    args = parser.parse_args()
    if args.update:
        update()
    build()


if __name__ == "__main__":
    main()
