"""The layers of docs/design.md, "Layers" only point down: this test fails on an import that points up."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "advisor_referrals"

FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "advisor_referrals.storage",
               "advisor_referrals.services", "advisor_referrals.ui", "advisor_referrals.reports"),
    "storage": ("PySide6", "advisor_referrals.services", "advisor_referrals.ui", "advisor_referrals.reports"),
    "services": ("PySide6", "advisor_referrals.ui"),
    "reports": ("PySide6", "advisor_referrals.ui"),
    "ui": ("sqlalchemy", "alembic", "psycopg", "advisor_referrals.storage.models"),
    "cli.py": ("PySide6",),
}  # fmt: skip


def imported_modules(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def files_of(layer: str) -> list[Path]:
    target = PACKAGE / layer
    return [target] if target.is_file() else sorted(target.rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_down(layer: str) -> None:
    offences = [
        f"{path.relative_to(PACKAGE.parent)} imports {module}"
        for path in files_of(layer)
        for module in imported_modules(path)
        if any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert not offences, "\n".join(offences)


def test_the_guard_sees_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert imported_modules(sample) == ["PySide6.QtCore"]
