"""Every third-party module the app imports at run time is a declared runtime dependency."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "advisor_referrals"


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_dependencies() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {
        _normalised(re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0])
        for requirement in project["dependencies"]
    }


def imported_top_level_modules() -> dict[str, str]:
    """Third-party top-level module -> a file importing it (migrations ship too)."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                if top in sys.stdlib_module_names or top in ("__future__", "advisor_referrals"):
                    continue
                found.setdefault(top, str(path.relative_to(ROOT)))
    return found


def test_every_imported_module_is_a_declared_runtime_dependency() -> None:
    declared = runtime_dependencies()
    providers = metadata.packages_distributions()
    undeclared = []
    for module, where in sorted(imported_top_level_modules().items()):
        distributions = {_normalised(d) for d in providers.get(module, [])}
        if not distributions & declared:
            undeclared.append(f"{module} (imported by {where}; from {sorted(distributions)})")
    assert not undeclared, "not in [project.dependencies]: " + "; ".join(undeclared)


def test_the_check_sees_the_libraries_the_app_uses() -> None:
    modules = imported_top_level_modules()
    assert {"PySide6", "sqlalchemy", "reportlab", "PIL", "vobject", "nameparser"} <= set(modules)
