"""What a piece of work changed in the book: the kinds of records and their ids.

Every write records an audit entry naming the record it touched, so the audit writer
is where changes are noted (`note`). Whoever runs a use case and wants to know what
it changed wraps the call in `collecting()` and reads the `BookChanges` afterwards;
the UI's serial worker does this for every piece of work and the book-events object
announces the result (docs/design.md, "Changes and undo").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from types import MappingProxyType

# Entity names as the audit trail writes them. A bulk change (an import, a restore)
# names the entity with no id: every record of that kind may have changed.
BOOK = "book"  # the whole book: every kind of record


@dataclass(frozen=True)
class BookChanges:
    """Ids changed per kind of record; `whole` lists kinds changed without ids."""

    ids: Mapping[str, frozenset[int]] = field(default_factory=lambda: MappingProxyType({}))
    whole: frozenset[str] = frozenset()

    @property
    def empty(self) -> bool:
        return not self.ids and not self.whole

    def touches(self, *entities: str) -> bool:
        if BOOK in self.whole:
            return True
        return any(entity in self.ids or entity in self.whole for entity in entities)

    def ids_of(self, entity: str) -> frozenset[int] | None:
        """The ids changed, or None when every record of the kind may have changed."""
        if BOOK in self.whole or entity in self.whole:
            return None
        return self.ids.get(entity, frozenset())

    def __or__(self, other: BookChanges) -> BookChanges:
        merged: dict[str, frozenset[int]] = dict(self.ids)
        for entity, ids in other.ids.items():
            merged[entity] = merged.get(entity, frozenset()) | ids
        return BookChanges(MappingProxyType(merged), self.whole | other.whole)

    @classmethod
    def of(
        cls, entity: str, ids: Iterable[int] | None = None
    ) -> BookChanges:  # a change made without a write of ours (another window, a reload)
        if ids is None:
            return cls(whole=frozenset({entity}))
        return cls(MappingProxyType({entity: frozenset(ids)}))

    @classmethod
    def everything(cls) -> BookChanges:
        return cls(whole=frozenset({BOOK}))


class ChangeCollector:
    """Gathers the changes noted while it is current (one per thread of work)."""

    def __init__(self) -> None:
        self._ids: dict[str, set[int]] = {}
        self._whole: set[str] = set()

    def add(self, entity: str, entity_id: int | None) -> None:
        if entity_id is None:
            self._whole.add(entity)
        else:
            self._ids.setdefault(entity, set()).add(entity_id)

    @property
    def changes(self) -> BookChanges:
        return BookChanges(
            MappingProxyType({k: frozenset(v) for k, v in self._ids.items()}),
            frozenset(self._whole),
        )


_current: ContextVar[ChangeCollector | None] = ContextVar("book_changes", default=None)


@contextmanager
def collecting() -> Iterator[ChangeCollector]:
    """Collect the changes noted by the work done inside the block (this thread only)."""
    collector = ChangeCollector()
    token = _current.set(collector)
    try:
        yield collector
    finally:
        _current.reset(token)


def note(entity: str, entity_id: int | None) -> None:
    """Called by the audit writer for every entry: the record it names has changed."""
    collector = _current.get()
    if collector is not None:
        collector.add(entity, entity_id)
