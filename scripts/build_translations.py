"""The app's Qt translations: extract the strings into .ts sources, and build .qm files.

    python scripts/build_translations.py           build resources/translations/*.qm
    python scripts/build_translations.py --update  refresh the .ts sources from the code

Both use the tools PySide6's wheel ships (pyside6-lupdate, pyside6-lrelease), so nothing
is installed by hand. `tr` and `ntr` (advisor_referrals/ui/i18n.py) are told to lupdate
as spellings of `translate`. lupdate's Python reader only takes a message as plural
(numerus) when its count is a literal number, and skips a call whose count is an
expression such as len(ids); so after it runs, every `ntr` call found in the code is
made a numerus message (source: the singular, comment: the plural), added if lupdate
skipped it. The .qm files are build products (not in git); make, the tests and
build.spec build them. docs/design.md, Languages and scripts.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

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


def translations_of(path: Path) -> dict[tuple[str, str, str], list[str]]:
    """The finished translations of a .ts file: (context, source, comment) -> forms."""
    if not path.exists():
        return {}
    found = {}
    for context in ElementTree.parse(path).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] or [
                translation.text or ""
            ]
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = forms
    return found


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    files = [str(path) for path in sources()]
    messages = code_messages()
    for language in LANGUAGES:
        kept = translations_of(ts_file(language))
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
        complete(ts_file(language), messages, kept)


def code_messages() -> set[tuple[str, str, str, bool]]:
    """(context, source, comment, plural) of every tr/ntr call with literal text in the code.

    tr("Context", "text", "comment", n=...) is plural when it is given a count; ntr's
    singular is the source and its plural the comment.
    """
    found = set()
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            name, args = node.func.id, node.args
            literal = [a.value for a in args if isinstance(a, ast.Constant)]
            if name == "ntr" and len(args) >= 3 and all(isinstance(v, str) for v in literal[:3]):
                if len(literal) >= 3:
                    found.add((literal[0], literal[1], literal[2], True))
            elif (
                name == "tr" and len(literal) >= 2 and all(isinstance(v, str) for v in literal[:2])
            ):
                if not all(isinstance(a, ast.Constant) for a in args[:2]):
                    continue
                comment = (
                    literal[2]
                    if len(args) > 2 and isinstance(literal[2:3] and literal[2], str)
                    else ""
                )
                counted = len(args) > 3 or any(k.arg == "n" for k in node.keywords)
                found.add((literal[0], literal[1], comment or "", counted))
    return found


def complete(
    path: Path,
    calls: set[tuple[str, str, str, bool]],
    kept: dict[tuple[str, str, str], list[str]],
) -> None:
    """Add the messages lupdate skipped, make the counted ones plural (numerus), and give
    back the translations lupdate dropped for them."""
    tree = ElementTree.parse(path)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    for context, one, many, counted in sorted(calls):
        holder = contexts.get(context)
        if holder is None:
            holder = ElementTree.SubElement(root, "context")
            ElementTree.SubElement(holder, "name").text = context
            contexts[context] = holder
        message = next(
            (
                m
                for m in holder.findall("message")
                if m.findtext("source") == one and (m.findtext("comment") or "") == many
            ),
            None,
        )
        if message is None:
            message = ElementTree.SubElement(holder, "message")
            ElementTree.SubElement(message, "source").text = one
            if many:
                ElementTree.SubElement(message, "comment").text = many
            ElementTree.SubElement(message, "translation", type="unfinished")
        translation = message.find("translation")
        assert translation is not None
        forms = kept.get((context, one, many))
        if forms and translation.get("type") == "unfinished":
            translation.attrib.pop("type")
            for form in translation.findall("numerusform"):
                translation.remove(form)
            if counted:
                translation.text = None
                for form in forms:
                    ElementTree.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
        if not counted:
            continue
        message.set("numerus", "yes")
        if not translation.findall("numerusform"):
            text = translation.text or ""
            translation.text = None
            ElementTree.SubElement(translation, "numerusform").text = text
    ElementTree.indent(tree)
    with path.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)


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
