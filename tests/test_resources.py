"""Resources: every file the code names is there, and only resources.py knows where they live.

The bundle copies resources/ as it is, so a file missing here is missing for every user
of the installed app too (and a missing font or icon stops the app where it is used).
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import advisor_referrals
from advisor_referrals.reports.fonts import FONT_FILES
from advisor_referrals.resources import resource, resource_root

PACKAGE = Path(advisor_referrals.__file__).resolve().parent
ROOT = PACKAGE.parent
# Functions that take path parts under resources/: resource(...) itself and the UI's
# icon(name) (an SVG in resources/icons), wherever they are called from.
NAMED_BY = {"resource": lambda args: args, "icon": lambda args: ["icons", f"{args[0]}.svg"]}


def _called_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def named_resources() -> list[tuple[str, list[str]]]:
    """(where, path parts) of every call naming a resource with literal strings only."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or _called_name(node) not in NAMED_BY:
                continue
            args = node.args
            if not args or not all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args
            ):
                continue  # built at run time: covered by the specific tests below
            parts = NAMED_BY[_called_name(node) or ""]([a.value for a in args])  # type: ignore[union-attr]
            found.append((f"{path.relative_to(ROOT)}:{node.lineno}", parts))
    return found


def test_every_resource_the_code_names_exists() -> None:
    named = named_resources()
    assert named, "the scan found no call naming a resource"
    missing = [
        f"{where} names resources/{'/'.join(parts)}"
        for where, parts in named
        if not resource_root().joinpath(*parts).exists()
    ]
    assert not missing, "\n".join(missing)


def test_every_font_the_reports_use_exists_with_its_notice_and_licence() -> None:
    """A notice file is named for the families it covers (NotoSans-NotoSerif.NOTICE.txt)."""
    notices = sorted(resource("fonts").glob("*.NOTICE.txt"))
    families = {family: n for n in notices for family in n.name.split(".")[0].split("-")}
    for file_name in FONT_FILES:
        assert resource("fonts", file_name).stat().st_size > 10_000
        covering = [n for family, n in families.items() if file_name.startswith(family)]
        assert covering, f"no NOTICE file in resources/fonts covers {file_name}"
    for notice in notices:
        licences = re.findall(r"\(([\w.-]+\.txt)\)", notice.read_text(encoding="utf-8"))
        assert licences, f"{notice.name} names no licence file"
        for licence in licences:
            assert resource("fonts", licence).is_file(), f"{notice.name} points to {licence}"


def test_a_missing_resource_says_which_file() -> None:
    try:
        resource("icons", "no-such-icon.svg")
    except FileNotFoundError as error:
        assert "no-such-icon.svg" in str(error)
    else:
        raise AssertionError("a missing resource was not reported")


def test_only_resources_py_knows_where_resources_live() -> None:
    """Paths into resources/ are built by resources.py alone, so the bundle can move them."""
    offences = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "resources.py" and path.parent == PACKAGE:
            continue
        source = path.read_text(encoding="utf-8")
        if "_MEIPASS" in source:
            offences.append(f"{path.relative_to(ROOT)} looks for the bundle folder itself")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value.replace("\\", "/")
                if text == "resources" or text.startswith(("resources/", "../resources")):
                    offences.append(f"{path.relative_to(ROOT)}:{node.lineno} builds {text!r}")
    assert not offences, "\n".join(offences)


def test_the_version_is_the_one_in_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert advisor_referrals.version() == project["version"]
    assert advisor_referrals.__version__ == project["version"]  # as tools look for it
