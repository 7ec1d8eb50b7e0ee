"""The horizontal header of a table model whose columns each carry a title."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt


class Titled(Protocol):
    @property
    def title(self) -> str: ...


def column_title(
    columns: Sequence[Titled], section: int, orientation: Qt.Orientation, role: int
) -> Any:
    """`headerData` for such a model: the column's title across the top, nothing else."""
    if (
        orientation == Qt.Orientation.Horizontal
        and role == Qt.ItemDataRole.DisplayRole
        and 0 <= section < len(columns)
    ):
        return columns[section].title
    return None
