"""Scheduled reviews as an iCalendar (.ics) file that Outlook and Google Calendar import.

* One VEVENT per open review (scheduled, not completed, not cancelled).
* Stable UIDs: `review-<id>@<book identity>`, the identity a random id stored once in
  the book's settings, so importing a second export updates the events of the first
  instead of adding copies. A rescheduled review keeps the UID of the review it
  replaced (the first of its chain) with a higher SEQUENCE, so the calendar moves
  the event rather than keeping the old one beside the new.
* A review with a time starts at that local time: with a TZID and its VTIMEZONE
  when the caller names the zone, else as floating local time; a review without a
  time is an all-day event.
* Only the client's name and the kind of meeting leave the book; review notes do not.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from advisor_referrals.domain.enums import ReviewKind
from advisor_referrals.services.progress import Progress, step
from advisor_referrals.services.reviews.review_lists import ReviewLists, ScheduledEntry
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.files import atomic_file
from advisor_referrals.storage.models import ReviewRow

IDENTITY_KEY = "book_identity"
PRODID = "-//Advisor Referrals//Portfolio reviews//EN"
DEFAULT_MINUTES = 60
PROGRESS_EVERY = 250

KIND_TEXT = {
    ReviewKind.IN_PERSON: "In person",
    ReviewKind.VIDEO: "Video call",
    ReviewKind.PHONE: "Phone call",
}


@dataclass(frozen=True)
class CalendarText:
    """The words written into the file; the app passes them translated."""

    title: str = "Portfolio review: {name}"
    calendar_name: str = "Portfolio reviews"
    kinds: tuple[tuple[ReviewKind, str], ...] = tuple(KIND_TEXT.items())


@dataclass(frozen=True)
class ExportResult:
    events: int
    zone: str | None


class CalendarExport:
    def __init__(
        self,
        book: Book,
        settings: SettingsService,
        lists: ReviewLists,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.book = book
        self.settings = settings
        self.lists = lists
        self.now = now

    def book_identity(self) -> str:
        """This book's id in UIDs: made once, then kept in the book (backups carry it)."""
        stored = self.settings.get(IDENTITY_KEY)
        if isinstance(stored, str) and stored:
            return stored
        identity = f"{uuid.uuid4().hex}.advisor-referrals"
        self.settings.set(IDENTITY_KEY, identity, summary="Named this book for calendar exports")
        return identity

    def export(
        self,
        stream: IO[bytes],
        *,
        zone: str | None = None,
        minutes: int = DEFAULT_MINUTES,
        text: CalendarText | None = None,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Write every open scheduled review to `stream`; returns how many were written.

        Nothing is written to `stream` until the whole calendar is built, so a
        cancelled export leaves no half file behind.
        """
        entries = self.lists.scheduled()
        data = self.calendar_bytes(
            entries, zone=zone, minutes=minutes, text=text, progress=progress
        )
        stream.write(data)
        return ExportResult(len(entries), zone if self._zone(zone) is not None else None)

    def export_file(
        self,
        path: Path,
        *,
        zone: str | None = None,
        minutes: int = DEFAULT_MINUTES,
        text: CalendarText | None = None,
        progress: Progress | None = None,
    ) -> ExportResult:
        """The same as a file at `path`, which appears only once it is whole."""
        with atomic_file(path) as stream:
            return self.export(stream, zone=zone, minutes=minutes, text=text, progress=progress)

    def calendar_bytes(
        self,
        entries: Iterable[ScheduledEntry],
        *,
        zone: str | None = None,
        minutes: int = DEFAULT_MINUTES,
        text: CalendarText | None = None,
        progress: Progress | None = None,
    ) -> bytes:
        text = text or CalendarText()
        entries = list(entries)
        kinds = dict(text.kinds)
        tz = self._zone(zone)
        identity = self.book_identity()
        roots = self._chain_roots()
        stamp = self.now().astimezone(UTC).replace(microsecond=0)

        from icalendar import Calendar, Event  # loaded on first export, not at start-up

        cal = Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        cal.add("x-wr-calname", text.calendar_name)
        days: list[date] = []
        for done, entry in enumerate(entries):
            if done % PROGRESS_EVERY == 0:
                step(progress, done, len(entries), "events")
            root, depth = roots.get(entry.review_id, (entry.review_id, 0))
            event = Event()
            event.add("uid", f"review-{root}@{identity}")
            event.add("sequence", depth)
            event.add("dtstamp", stamp)
            event.add("summary", text.title.format(name=entry.name))
            if entry.scheduled_time is None:
                event.add("dtstart", entry.scheduled_for)
                event.add("dtend", entry.scheduled_for + timedelta(days=1))
                event.add("transp", "TRANSPARENT")
            else:
                start = datetime.combine(entry.scheduled_for, entry.scheduled_time, tzinfo=tz)
                event.add("dtstart", start)
                event.add("dtend", start + timedelta(minutes=minutes))
                event.add("transp", "OPAQUE")
            if entry.kind is not None:
                event.add("description", kinds.get(entry.kind, entry.kind.value))
            event.add("status", "CONFIRMED")
            cal.add_component(event)
            days.append(entry.scheduled_for)
        if tz is not None and days:
            cal.add_missing_timezones(
                first_date=date(min(days).year, 1, 1), last_date=date(max(days).year + 1, 1, 1)
            )
            # Some icalendar releases append them; Outlook wants a zone defined before use.
            cal.subcomponents.sort(key=lambda component: component.name != "VTIMEZONE")
        step(progress, len(entries), len(entries), "file")
        return bytes(cal.to_ical())

    def _chain_roots(self) -> dict[int, tuple[int, int]]:
        """Review id -> (first review of its reschedule chain, how many moves since)."""
        with self.book.session() as session:
            rows = session.execute(
                select(ReviewRow.id, ReviewRow.rescheduled_from_id).where(
                    ReviewRow.rescheduled_from_id.is_not(None)
                )
            )
            links: dict[int, int | None] = {row[0]: row[1] for row in rows}
        roots: dict[int, tuple[int, int]] = {}
        for review_id in links:
            current, depth, seen = review_id, 0, set()
            while current in links and current not in seen:
                seen.add(current)
                parent = links[current]
                if parent is None:
                    break
                current, depth = parent, depth + 1
            roots[review_id] = (current, depth)
        return roots

    @staticmethod
    def _zone(name: str | None) -> ZoneInfo | None:
        if not name:
            return None
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            return None
