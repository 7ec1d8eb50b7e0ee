"""The rules of docs/design.md, "Layers", each checked on the package's imports.

Imports point down only (ui -> reports -> services -> storage -> domain):

- domain imports neither Qt, SQLAlchemy nor any layer above it;
- storage imports neither services, reports, ui nor Qt;
- services import neither reports, ui nor Qt (renderers are passed in);
- reports import neither ui nor Qt;
- the command line (cli.py, cli_book.py) imports neither Qt nor ui;
- ui imports no module of storage, nor SQLAlchemy (or a database driver);
- no two modules of the package import each other, directly or round a longer loop.

Every import statement counts, wherever it is written: at the top of a module, under
`if TYPE_CHECKING:`, or inside a function. A lazy import is still a dependency (it only
moves the cost of loading), and the cycles this test was written against were made of
them. Importing a package's `__init__` to reach a submodule is not counted as an edge
to the package itself.

The checker reads source files (ast), so the tests below can plant an offence in a
copy of the package, or in a small synthetic one, and see it caught.
"""

from __future__ import annotations

import ast
import shutil
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

PACKAGE = "advisor_referrals"
REPO = Path(__file__).resolve().parent.parent

QT = ("PySide6", "shiboken6")
SQL = ("sqlalchemy", "alembic", "psycopg", "sqlcipher3")


def _inside(*layers: str) -> tuple[str, ...]:
    return tuple(f"{PACKAGE}.{layer}" for layer in layers)


@dataclass(frozen=True)
class Rule:
    layer: str
    forbidden: tuple[str, ...]
    says: str


RULES = (
    Rule(
        "domain",
        QT + SQL + _inside("storage", "services", "reports", "ui", "app", "cli", "cli_book"),
        "domain imports neither Qt, SQLAlchemy nor any upper layer",
    ),
    Rule(
        "storage",
        QT + _inside("services", "reports", "ui", "app", "cli", "cli_book"),
        "storage imports neither services, reports, ui nor Qt",
    ),
    Rule(
        "services",
        QT + _inside("reports", "ui", "app", "cli", "cli_book"),
        "services import neither reports, ui nor Qt (renderers are passed in)",
    ),
    Rule(
        "reports", QT + _inside("ui", "app", "cli", "cli_book"), "reports import neither ui nor Qt"
    ),
    Rule("cli", QT + _inside("ui"), "the command line imports neither Qt nor ui"),
    Rule("ui", SQL + _inside("storage"), "ui imports no module of storage, nor SQLAlchemy"),
)

# Offences the tree is allowed to keep, each (importer, imported module), and import
# cycles likewise: none. An entry that no longer occurs fails the test, so the lists
# cannot go stale if one is ever needed again.
ALLOWED_IMPORTS: frozenset[tuple[str, str]] = frozenset()
ALLOWED_CYCLES: frozenset[frozenset[str]] = frozenset()


# Reading the imports


@dataclass(frozen=True)
class Import:
    importer: str
    imported: str  # the module named, relative imports made absolute
    line: int


def modules_of(root: Path) -> dict[str, Path]:
    """Every module of the package under `root`, by dotted name (a package by its own name)."""
    found: dict[str, Path] = {}
    for path in sorted((root / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


# (line, level, module, names): `import a.b` is (line, 0, None, ("a.b",)).
Statement = tuple[int, int, str | None, tuple[str, ...]]


@cache  # by source text: a copy of the package is read once, whatever is planted in it
def _statements(source: str) -> tuple[Statement, ...]:
    found: list[Statement] = []
    for node in ast.walk(ast.parse(source)):  # every depth: top, TYPE_CHECKING, functions
        if isinstance(node, ast.Import):
            found.append((node.lineno, 0, None, tuple(a.name for a in node.names)))
        elif isinstance(node, ast.ImportFrom):
            names = tuple(a.name for a in node.names)
            found.append((node.lineno, node.level, node.module, names))
    return tuple(found)


def imports_of(module: str, path: Path, modules: dict[str, Path]) -> list[Import]:
    is_package = path.name == "__init__.py"
    found: list[Import] = []
    for line, level, named, names in _statements(path.read_text(encoding="utf-8")):
        if named is None and level == 0:
            found += [Import(module, name, line) for name in names]
            continue
        base = named or ""
        if level:
            anchor = module.split(".") if is_package else module.split(".")[:-1]
            anchor = anchor[: len(anchor) - (level - 1)]
            base = ".".join([*anchor, base] if base else anchor)
        for name in names:
            # `from pkg import module` names the module; `from module import name` the module.
            candidate = f"{base}.{name}"
            found.append(Import(module, candidate if candidate in modules else base, line))
    return found


def all_imports(root: Path) -> list[Import]:
    modules = modules_of(root)
    return [found for name, path in modules.items() for found in imports_of(name, path, modules)]


# The rules


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) < 2 or parts[0] != PACKAGE:
        return None
    return "cli" if parts[1] in ("cli", "cli_book") else parts[1]


def _names(imported: str, prefix: str) -> bool:
    return imported == prefix or imported.startswith(prefix + ".")


def layer_offences(root: Path) -> list[Import]:
    rules = {rule.layer: rule for rule in RULES}
    offences = []
    for found in all_imports(root):
        rule = rules.get(layer_of(found.importer) or "")
        if rule is not None and any(_names(found.imported, bad) for bad in rule.forbidden):
            offences.append(found)
    return offences


def describe(found: Import) -> str:
    rule = next(r for r in RULES if r.layer == layer_of(found.importer))
    return f"{found.importer} (line {found.line}) imports {found.imported}: {rule.says}"


def import_cycles(root: Path) -> list[list[str]]:
    """Each group of modules that import one another round a loop (strongly connected)."""
    modules = modules_of(root)
    edges: dict[str, set[str]] = {name: set() for name in modules}
    for found in all_imports(root):
        target = found.imported
        while target and target not in modules:  # `a.b.name` where name is not a module
            target = target.rpartition(".")[0]
        if target and target not in (found.importer, PACKAGE):
            edges[found.importer].add(target)
    return _strongly_connected(edges)


def _strongly_connected(edges: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, without recursion; only groups of two or more modules."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return sorted(groups)


def layer_problems(root: Path) -> list[str]:
    """Everything wrong with the package under `root`, allowing today's listed offences."""
    offences = layer_offences(root)
    problems = [
        describe(found)
        for found in offences
        if (found.importer, found.imported) not in ALLOWED_IMPORTS
    ]
    cycles = import_cycles(root)
    problems += [
        "import cycle: " + " <-> ".join(group)
        for group in cycles
        if frozenset(group) not in ALLOWED_CYCLES
    ]
    return problems


# The package as it is


def test_every_import_points_down_and_nothing_imports_itself_round_a_loop() -> None:
    problems = layer_problems(REPO)
    assert not problems, "\n".join(problems)


def test_the_allowed_offences_still_occur() -> None:
    """An allowance whose offence is gone must go too, so none can hide a new one later."""
    seen = {(found.importer, found.imported) for found in layer_offences(REPO)}
    assert sorted(ALLOWED_IMPORTS - seen) == []
    cycles = {frozenset(group) for group in import_cycles(REPO)}
    assert sorted(sorted(group) for group in ALLOWED_CYCLES - cycles) == []


# The checker catches what is planted in a copy of the package


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("copy")
    shutil.copytree(
        REPO / PACKAGE, root / PACKAGE, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    return root


@pytest.fixture
def planted(package_copy: Path, tmp_path: Path) -> Path:
    """A fresh copy for each test (copied from the module's copy, which stays clean)."""
    root = tmp_path / "tree"
    shutil.copytree(package_copy, root)
    return root


def plant(root: Path, module: str, source: str) -> None:
    path = root / Path(*module.split("."))
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    path.write_text(path.read_text(encoding="utf-8") + "\n\n" + source, encoding="utf-8")


def test_the_copy_is_clean_before_anything_is_planted(package_copy: Path) -> None:
    assert layer_problems(package_copy) == []


def test_a_planted_upward_import_is_caught(planted: Path) -> None:
    plant(
        planted,
        "advisor_referrals.services.kits",
        "def _draw():\n    from advisor_referrals.reports.kit.document import renderer_for\n",
    )
    assert layer_problems(planted) == [
        f"advisor_referrals.services.kits (line {_last_line(planted, 'services/kits/__init__.py')}) "
        "imports advisor_referrals.reports.kit.document: services import neither reports, "
        "ui nor Qt (renderers are passed in)"
    ]


def test_a_planted_ui_import_of_storage_is_caught(planted: Path) -> None:
    plant(planted, "advisor_referrals.ui", "from advisor_referrals.storage import book\n")
    problems = layer_problems(planted)
    assert len(problems) == 1
    assert problems[0].startswith("advisor_referrals.ui (line")
    assert "imports advisor_referrals.storage.book: ui imports no module of storage" in problems[0]


def test_a_planted_cycle_is_caught(planted: Path) -> None:
    # The audit writer reaching back up into the write helper that uses it.
    plant(
        planted,
        "advisor_referrals.services.audit.writing",
        "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n"
        "    from advisor_referrals.services.writing import BookWriter\n",
    )
    assert layer_problems(planted) == [
        "import cycle: advisor_referrals.services.audit.writing <-> "
        "advisor_referrals.services.writing"
    ]


def _last_line(root: Path, relative: str) -> int:
    return len((root / PACKAGE / relative).read_text(encoding="utf-8").splitlines())


# The checker's reading of imports, on a small synthetic package


def synthetic(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, source in files.items():
        path = tmp_path / PACKAGE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    for folder in [tmp_path / PACKAGE, *(tmp_path / PACKAGE).rglob("*")]:
        if folder.is_dir():
            (folder / "__init__.py").touch()
    return tmp_path


def test_relative_and_lazy_imports_are_read_like_absolute_ones(tmp_path: Path) -> None:
    root = synthetic(
        tmp_path,
        {
            "domain/rules.py": "from ..storage import rows\n",
            "storage/rows.py": "def later():\n    import sqlalchemy\n",
            "reports/pdf.py": "from . import charts\n",
            "reports/charts.py": "",
            "ui/page.py": "from advisor_referrals.reports import pdf\n",
        },
    )
    assert [(f.importer, f.imported) for f in layer_offences(root)] == [
        ("advisor_referrals.domain.rules", "advisor_referrals.storage.rows")
    ]
    assert import_cycles(root) == []


def test_a_cycle_through_a_function_and_a_longer_loop_are_cycles(tmp_path: Path) -> None:
    root = synthetic(
        tmp_path,
        {
            "services/a.py": "from advisor_referrals.services import b\n",
            "services/b.py": "def f():\n    from advisor_referrals.services.c import g\n",
            "services/c.py": "from advisor_referrals.services.a import x\n",
            "services/d.py": "from advisor_referrals.services import a\n",
        },
    )
    assert import_cycles(root) == [
        [
            "advisor_referrals.services.a",
            "advisor_referrals.services.b",
            "advisor_referrals.services.c",
        ]
    ]


def test_a_package_reached_for_its_submodule_is_no_cycle(tmp_path: Path) -> None:
    root = synthetic(
        tmp_path,
        {
            "services/__init__.py": "from advisor_referrals.services.x import thing\n",
            "services/x.py": "from advisor_referrals.domain import errors\n",
            "domain/errors.py": "",
        },
    )
    assert import_cycles(root) == []
    assert layer_offences(root) == []
