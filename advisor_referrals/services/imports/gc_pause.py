"""Pausing Python's cyclic garbage collector during a bulk load.

An import builds hundreds of thousands of small objects that all stay alive until it
ends; each time enough of them pile up the collector walks every one of them again,
which made a 100,000-row import about a third slower while freeing nothing. Plain
reference counting still frees everything as usual; cycles wait until the end.

A pause suits work whose many objects die before it ends (an import, a preview): what
outlives the pause is handed to the collector in one piece, and its first collection
afterwards walks all of it while holding the interpreter lock that the UI thread needs.
Reading a file, whose rows live on, is left to the collector as it goes.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pauses:
    """The pauses under way on any thread (a preview and an import, or two windows'
    imports, may overlap), and whether the collector was on when the first began."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0
        self.resume = False

    def begin(self) -> None:
        with self.lock:
            if self.count == 0:
                self.resume = gc.isenabled()
                gc.disable()
            self.count += 1

    def end(self) -> None:
        with self.lock:
            self.count -= 1
            if self.count == 0 and self.resume:
                gc.enable()


_PAUSES = _Pauses()


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic collection until every pause under way has ended."""
    _PAUSES.begin()
    try:
        yield
    finally:
        _PAUSES.end()
