"""Scheduled reviews as an iCalendar (.ics) file that Outlook and Google Calendar import.

* One VEVENT per open review (scheduled, not completed, not cancelled) booked in the
  range asked for: from today on unless the caller says otherwise (`BookedDates`), since
  a calendar wants what is coming, not every unrecorded booking since the book began.
* Stable UIDs: `review-<id>@<book identity>`, the identity a random id stored once in
  the book's settings, so importing a second export updates the events of the first
  instead of adding copies. A rescheduled review keeps the UID of the review it
  replaced (the first of its chain) with a higher SEQUENCE, so the calendar moves
  the event rather than keeping the old one beside the new.
* A review with a time starts at that local time: with a TZID and its VTIMEZONE
  when the caller names the zone, else as floating local time; a review without a
  time is an all-day event.
* Only the client's name and the kind of meeting leave the book; review notes do not.
* The lines are written directly (`ics_text`), a fraction of a second for the 29,000
  open reviews of a 100,000-contact book (docs/design.md, "Budgets": 1 s).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import IO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from advisor_referrals.domain.enums import ReviewKind
from advisor_referrals.domain.errors import Problem, ValidationError
from advisor_referrals.services.progress import Progress, step
from advisor_referrals.services.reviews import ics_text as ics
from advisor_referrals.services.reviews.open_bookings import ScheduledEntry
from advisor_referrals.services.reviews.review_lists import ReviewLists
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
class BookedDates:
    """Which booked days to export, both ends included; None leaves that end open."""

    start: date | None = None
    end: date | None = None

    def problems(self) -> list[Problem]:
        if self.start is not None and self.end is not None and self.end < self.start:
            return [
                Problem(
                    "",
                    "end",
                    self.end.isoformat(),
                    f"the range ends before it starts ({self.start.isoformat()})",
                )
            ]
        return []


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
        today: Callable[[], date] = date.today,
    ) -> None:
        self.book = book
        self.settings = settings
        self.lists = lists
        self.now = now
        self.today = today

    def upcoming(self) -> BookedDates:
        """The default range: everything booked from today on."""
        return BookedDates(start=self.today())

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
        dates: BookedDates | None = None,
        zone: str | None = None,
        minutes: int = DEFAULT_MINUTES,
        text: CalendarText | None = None,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Write the open reviews booked in `dates` (from today on by default) to `stream`;
        returns how many were written.

        Nothing is written to `stream` until the whole calendar is built, so a
        cancelled export leaves no half file behind.
        """
        dates = dates or self.upcoming()
        problems = dates.problems()
        if problems:
            raise ValidationError(problems)
        entries = self.lists.scheduled(dates.start, dates.end)
        data = self.calendar_bytes(
            entries, zone=zone, minutes=minutes, text=text, progress=progress
        )
        stream.write(data)
        return ExportResult(len(entries), zone if self._zone(zone) is not None else None)

    def export_file(
        self,
        path: Path,
        *,
        dates: BookedDates | None = None,
        zone: str | None = None,
        minutes: int = DEFAULT_MINUTES,
        text: CalendarText | None = None,
        progress: Progress | None = None,
    ) -> ExportResult:
        """The same as a file at `path`, which appears only once it is whole."""
        problems = (dates or self.upcoming()).problems()
        if problems:  # before the file is opened: a bad range leaves nothing behind
            raise ValidationError(problems)
        with atomic_file(path) as stream:
            return self.export(
                stream, dates=dates, zone=zone, minutes=minutes, text=text, progress=progress
            )

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
        kinds = {kind: ics.text_value(label) for kind, label in text.kinds}
        tz = self._zone(zone)
        identity = ics.text_value(self.book_identity())
        roots = self._chain_roots()
        stamp = ics.utc_value(self.now().replace(microsecond=0))
        tzid = ics.text_value(zone) if tz is not None and zone else ""
        length = timedelta(minutes=minutes)
        one_day = timedelta(days=1)
        fold, escape, day_text = ics.fold, ics.text_value, ics.date_value
        crlf = ics.CRLF
        # An event's lines are written as one text. Its summary, its times and its
        # description repeat across events (names, days, times of day, kinds): each is
        # made once (docs/design.md, "Budgets").
        summaries: dict[str, str] = {}
        all_day: dict[date, str] = {}
        moments: dict[tuple[date, time], str] = {}
        descriptions: dict[ReviewKind | None, str] = {None: ""}
        zone_part = f";TZID={tzid}:" if tzid else ":"
        stamp_line = f"DTSTAMP:{stamp}"
        events: list[str] = []
        add = events.append
        for done, entry in enumerate(entries):
            if done % PROGRESS_EVERY == 0:
                step(progress, done, len(entries), "events")
            root, depth = roots.get(entry.review_id, (entry.review_id, 0))
            summary = summaries.get(entry.name)
            if summary is None:
                title = escape(text.title.format(name=entry.name))
                summary = summaries[entry.name] = fold("SUMMARY:" + title)
            day = entry.scheduled_for
            if entry.scheduled_time is None:
                when = all_day.get(day)
                if when is None:
                    when = all_day[day] = (
                        f"DTSTART;VALUE=DATE:{day_text(day)}{crlf}"
                        f"DTEND;VALUE=DATE:{day_text(day + one_day)}{crlf}"
                        "TRANSP:TRANSPARENT"
                    )
            else:
                moment = (day, entry.scheduled_time)
                when = moments.get(moment)
                if when is None:
                    start = datetime.combine(day, entry.scheduled_time)
                    when = moments[moment] = (
                        fold(f"DTSTART{zone_part}{ics.local_value(start)}")
                        + crlf
                        + fold(f"DTEND{zone_part}{ics.local_value(start + length)}")
                        + crlf
                        + "TRANSP:OPAQUE"
                    )
            description = descriptions.get(entry.kind)
            if description is None and entry.kind is not None:
                label = kinds.get(entry.kind, escape(entry.kind.value))
                description = descriptions[entry.kind] = fold("DESCRIPTION:" + label) + crlf
            add(
                f"BEGIN:VEVENT{crlf}{fold(f'UID:review-{root}@{identity}')}{crlf}"
                f"SEQUENCE:{depth}{crlf}{stamp_line}{crlf}{summary}{crlf}{when}{crlf}"
                f"{description}STATUS:CONFIRMED{crlf}END:VEVENT"
            )
        lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            fold(f"PRODID:{escape(PRODID)}"),
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            fold(f"X-WR-CALNAME:{escape(text.calendar_name)}"),
        ]
        if tz is not None and zone and entries:
            # Defined before the events use it, as Outlook wants.
            days = [entry.scheduled_for for entry in entries]
            first, last = date(min(days).year, 1, 1), date(max(days).year + 1, 1, 1)
            lines += ics.vtimezone(zone, tz, first, last)
        lines += events
        lines.append("END:VCALENDAR")
        step(progress, len(entries), len(entries), "file")
        return (ics.CRLF.join(lines) + ics.CRLF).encode()

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
