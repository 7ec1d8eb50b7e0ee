"""The one place a window hears that its book changed, and what changed in it.

Every piece of write work the UI starts runs inside `collecting()` (the serial worker
does this, see `ui/serial.py`); when it ends, the `BookChanges` it gathered are
announced here. Pages and sections listen: one that is showing reloads the part the
change touches, one that is hidden only marks itself stale and reloads when it is shown
again (docs/design.md, "Changes and undo").
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal

from advisor_referrals.services.changes import BookChanges, collecting

# The kinds of records, as the audit trail names them.
CONTACT = "contact"
HOUSEHOLD = "household"
REFERRAL = "referral"
TRIGGER = "trigger"
TRIGGER_KIND = "trigger_kind"
REVIEW = "review"
REVIEW_CADENCE = "review_cadence"
SETTING = "setting"
OUTBOUND_REFERRAL = "outbound_referral"
COMPLIANCE_LEDGER = "compliance_ledger"
TASK = "task"  # a follow-up given to a member (docs/design.md, "A practice")
ASK = "ask"


class BookEvents(QObject):
    """One per window: `changed` carries what each piece of finished work changed."""

    changed = Signal(BookChanges)

    def announce(self, changes: BookChanges) -> None:
        if not changes.empty:
            self.changed.emit(changes)

    @contextmanager
    def noting(self) -> Iterator[None]:
        """For the few writes made on the UI thread (the settings dialog's save): what
        the block changes is announced when it ends, even if it raised."""
        with collecting() as collector:
            try:
                yield
            finally:
                self.announce(collector.changes)
