"""Apply the schema migrations from code, in a checkout and in the frozen app alike.

Opening a book that is already up to date must be quick (it is on the desktop app's
start-up path), so the revisions are read from the migration files and the book with
plain SQL; Alembic itself is imported only when a book actually needs upgrading.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _assigned(tree: ast.Module, name: str) -> object:
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            targets = [node.target.id]
        else:
            continue
        if name in targets and node.value is not None:
            return ast.literal_eval(node.value)
    return None


@cache
def _revision_graph() -> dict[str, frozenset[str]]:
    """Each migration's revision -> the revisions it follows, read from the files."""
    graph: dict[str, frozenset[str]] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        revision = _assigned(tree, "revision")
        if not isinstance(revision, str):
            continue
        down = _assigned(tree, "down_revision")
        parents = {down} if isinstance(down, str) else set(down or ())  # type: ignore[call-overload]
        graph[revision] = frozenset(str(p) for p in parents)
    return graph


def head_revisions() -> set[str]:
    graph = _revision_graph()
    followed = {parent for parents in graph.values() for parent in parents}
    return set(graph) - followed


def known_revisions() -> set[str]:
    return set(_revision_graph())


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return set()
        rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))
        return {str(row[0]) for row in rows}


def is_current(engine: Engine) -> bool:
    return current_revisions(engine) == head_revisions()


def upgrade(engine: Engine, revision: str = "heads") -> None:
    with engine.begin() as connection:
        upgrade_on(connection, revision)


def upgrade_on(connection: Connection, revision: str = "heads") -> None:
    """Migrate inside the caller's transaction (`practice init` runs it as the admin role)."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)
