"""The demo book's many small records, packed: its triggers and reviews.

A book of a million contacts holds two million triggers and three million reviews. As
objects they took 1.5 GB before a row was written; here each is one 64-bit integer in an
array kept per day (docs/design.md, "Budgets": the demo book of a million contacts
within 1.5 GB). Reading a log gives its records in day order and, within a day, in the
order they were added: the order a stable sort by day gives, which numbers them.

A record names its contact by the person's `number` (its place in the book's order).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator

from advisor_referrals.services.demo.pipeline import Trigger

CONTACT_BITS = 21  # up to 2,097,151 people: the demo book has at most a million
CONTACT_MASK = (1 << CONTACT_BITS) - 1


class DayLog:
    """Packed records in one array per day."""

    def __init__(self) -> None:
        self.days: dict[int, array[int]] = {}
        self.count = 0

    def add(self, day: int, packed: int) -> None:
        bucket = self.days.get(day)
        if bucket is None:
            bucket = self.days[day] = array("q")
        bucket.append(packed)
        self.count += 1

    def __len__(self) -> int:
        return self.count

    def packed(self) -> Iterator[tuple[int, int]]:
        """(day, packed record), oldest day first, each day in the order added."""
        days = self.days
        for day in sorted(days):
            for packed in days[day]:
                yield day, packed

    def newest(self, count: int) -> Iterator[tuple[int, int]]:
        """The first `count` records newest day first (each day in the order added)."""
        days = self.days
        for day in sorted(days, reverse=True):
            for packed in days[day]:
                if count <= 0:
                    return
                count -= 1
                yield day, packed


# A trigger: contact (21 bits), kind (5), referral conversation (1), note (3), and the
# place + 1 of the Trigger a referral names in `TriggerLog.linked` (0: none).
KIND_SHIFT = CONTACT_BITS
CONVERSATION_SHIFT = KIND_SHIFT + 5
NOTE_SHIFT = CONVERSATION_SHIFT + 1
LINK_SHIFT = NOTE_SHIFT + 3


class TriggerLog(DayLog):
    """The book's conversation triggers. Those a referral names are also kept as `Trigger`s
    (`linked`), which learn their number and key when the log is read."""

    def __init__(self, kinds: list[str], notes: dict[str, tuple[str, ...]]) -> None:
        super().__init__()
        self.kinds = kinds
        self.kind_codes = {kind: code for code, kind in enumerate(kinds)}
        self.notes = notes
        self.linked: list[Trigger] = []

    def add_trigger(
        self,
        contact: int,
        kind: str,
        day: int,
        conversation: bool,
        note: int,
        trigger: Trigger | None = None,
    ) -> None:
        """`note`: 0 for none, else 1 + its place among the kind's notes."""
        link = 0
        if trigger is not None:
            self.linked.append(trigger)
            link = len(self.linked)
        bucket = self.days.get(day)  # `add`, inline: two million of them make a big book
        if bucket is None:
            bucket = self.days[day] = array("q")
        bucket.append(
            contact
            | self.kind_codes[kind] << KIND_SHIFT
            | conversation << CONVERSATION_SHIFT
            | note << NOTE_SHIFT
            | link << LINK_SHIFT
        )
        self.count += 1

    def records(self) -> Iterator[tuple[int, int, str, int, bool, str]]:
        """(number, contact, kind, day, referral conversation, notes) in the book's order;
        a Trigger that a referral names gets its number and key on the way."""
        kinds, notes, linked = self.kinds, self.notes, self.linked
        for number, (day, packed) in enumerate(self.packed(), 1):
            kind = kinds[packed >> KIND_SHIFT & 31]
            note = packed >> NOTE_SHIFT & 7
            link = packed >> LINK_SHIFT
            if link:
                trigger = linked[link - 1]
                trigger.number, trigger.key = number, f"t{number}"
            yield (
                number,
                packed & CONTACT_MASK,
                kind,
                day,
                bool(packed >> CONVERSATION_SHIFT & 1),
                notes[kind][note - 1] if note else "",
            )


# A review: contact (21 bits), completed (1: on the record's day), scheduled (4: 0 none,
# else 1 + days before the record's day), NPS (4: 0 none, else 1 + score), kind (2: 0
# none, else 1 + its place), time (5: 0 none, else 1 + its place), feedback requested
# (1), referral conversation (1), note (4: 0 none, else 1 + its place).
COMPLETED_SHIFT = CONTACT_BITS
SCHEDULED_SHIFT = COMPLETED_SHIFT + 1
NPS_SHIFT = SCHEDULED_SHIFT + 4
REVIEW_KIND_SHIFT = NPS_SHIFT + 4
TIME_SHIFT = REVIEW_KIND_SHIFT + 2
FEEDBACK_SHIFT = TIME_SHIFT + 5
TALK_SHIFT = FEEDBACK_SHIFT + 1
REVIEW_NOTE_SHIFT = TALK_SHIFT + 1
HELD = 1 << COMPLETED_SHIFT
TALKED_AND_COMPLETED = 1 << TALK_SHIFT | HELD


class ReviewLog(DayLog):
    """The book's portfolio reviews, filed under the day each was held (or is booked for)."""

    def __init__(
        self, kinds: tuple[str, ...], times: tuple[str, ...], notes: tuple[str, ...]
    ) -> None:
        super().__init__()
        self.kinds = (None, *kinds)
        self.kind_codes = {kind: code for code, kind in enumerate(self.kinds)}
        self.times = (None, *times)
        self.notes = ("", *notes)

    def add_review(
        self,
        contact: int,
        scheduled: int | None,
        completed: int | None,
        *,
        nps: int | None = None,
        kind: str | None = None,
        time: int = 0,
        feedback: bool = False,
        conversation: bool = False,
        note: int = 0,
    ) -> None:
        """`time`, `note`: 0 for none, else 1 + its place. A review that was held is filed
        under that day, booked no more than 14 days before; one not held under its booking."""
        day = completed if completed is not None else scheduled
        assert day is not None, "a review is booked, held or both"
        ahead = 0 if scheduled is None else 1 + day - scheduled
        assert 0 <= ahead < 16, "booked at most 14 days before it was held"
        self.add(
            day,
            contact
            | (completed is not None) << COMPLETED_SHIFT
            | ahead << SCHEDULED_SHIFT
            | (0 if nps is None else nps + 1) << NPS_SHIFT
            | self.kind_codes[kind] << REVIEW_KIND_SHIFT
            | time << TIME_SHIFT
            | feedback << FEEDBACK_SHIFT
            | conversation << TALK_SHIFT
            | note << REVIEW_NOTE_SHIFT,
        )

    def add_held(
        self,
        contact: int,
        day: int,
        scheduled: int | None,
        nps: int | None,
        kind: str,
        feedback: bool,
        conversation: bool,
        note: int,
    ) -> None:
        """`add_review` for a review held on `day` (booked within the week before it),
        without its checks: three million of them make a big book."""
        bucket = self.days.get(day)
        if bucket is None:
            bucket = self.days[day] = array("q")
        bucket.append(
            contact
            | HELD
            | (0 if scheduled is None else 1 + day - scheduled) << SCHEDULED_SHIFT
            | (0 if nps is None else nps + 1) << NPS_SHIFT
            | self.kind_codes[kind] << REVIEW_KIND_SHIFT
            | feedback << FEEDBACK_SHIFT
            | conversation << TALK_SHIFT
            | note << REVIEW_NOTE_SHIFT
        )
        self.count += 1

    def records(
        self,
    ) -> Iterator[
        tuple[int, int, int | None, int | None, int | None, str | None, str | None, bool, bool, str]
    ]:
        """(number, contact, scheduled, completed, NPS, kind, time, feedback requested,
        referral conversation, notes) in the book's order."""
        kinds, times, notes = self.kinds, self.times, self.notes
        for number, (day, packed) in enumerate(self.packed(), 1):
            ahead = packed >> SCHEDULED_SHIFT & 15
            nps = packed >> NPS_SHIFT & 15
            yield (
                number,
                packed & CONTACT_MASK,
                day - ahead + 1 if ahead else None,
                day if packed >> COMPLETED_SHIFT & 1 else None,
                nps - 1 if nps else None,
                kinds[packed >> REVIEW_KIND_SHIFT & 3],
                times[packed >> TIME_SHIFT & 31],
                bool(packed >> FEEDBACK_SHIFT & 1),
                bool(packed >> TALK_SHIFT & 1),
                notes[packed >> REVIEW_NOTE_SHIFT],
            )

    def last_held(self, people: int) -> list[int | None]:
        """The day of each person's latest review held (the ordinal; None: never), by
        their number (index 0 unused): what `contacts.last_review_on` holds once every
        review is written (migration 0005's rule)."""
        latest: list[int | None] = [None] * (people + 1)
        days = self.days
        for day in sorted(days):  # oldest first: a later review held overwrites
            for packed in days[day]:
                if packed & HELD:
                    latest[packed & CONTACT_MASK] = day
        return latest

    def conversations(self) -> Iterator[tuple[int, int]]:
        """(contact, day) of each review held where referrals came up, in the book's order."""
        for day, packed in self.packed():
            if packed & TALKED_AND_COMPLETED == TALKED_AND_COMPLETED:
                yield packed & CONTACT_MASK, day
