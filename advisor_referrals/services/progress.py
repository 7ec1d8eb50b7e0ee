"""Progress reports and cancellation for long work, without any UI dependency.

Long use cases take a `Progress` (may be None) and call `step()` now and then. The
UI passes one whose callback posts to the UI thread and whose token is set by a
Cancel button; the command line passes one that prints, or none.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from advisor_referrals.domain.errors import BookError

ProgressCallback = Callable[[int, int, str], None]


class Cancelled(BookError):
    def __init__(self, what: str = "The work") -> None:
        super().__init__(f"{what} was cancelled; nothing was changed.")


@dataclass
class Progress:
    callback: ProgressCallback | None = None
    cancel_event: threading.Event = field(default_factory=threading.Event)

    def step(self, done: int, total: int, message: str = "") -> None:
        """Report progress; raises Cancelled when the user has asked to stop."""
        if self.cancel_event.is_set():
            raise Cancelled()
        if self.callback is not None:
            self.callback(done, total, message)

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


def step(progress: Progress | None, done: int, total: int, message: str = "") -> None:
    if progress is not None:
        progress.step(done, total, message)
