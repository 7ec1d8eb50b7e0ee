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
* The lines are written directly (`ics_text`) from plain rows, a fraction of a second
  for the 29,000 open reviews of a 100,000-contact book (docs/design.md, "Budgets": 1 s).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, Dialect, and_, func, select
from sqlalchemy.types import TypeEngine

from advisor_referrals.domain.enums import ReviewKind
from advisor_referrals.domain.errors import Problem, ValidationError
from advisor_referrals.domain.names import full_name
from advisor_referrals.services.progress import Progress, step
from advisor_referrals.services.reviews import ics_text as ics
from advisor_referrals.services.reviews.open_bookings import booked_between, open_bookings
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.files import atomic_file
from advisor_referrals.storage.models import ContactRow, ReviewRow

# A booking as the driver reads it: review id, first name, last name, day, time, kind.
Booking = tuple[int, str | None, str | None, Any, Any, str | None]

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
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        today: Callable[[], date] = date.today,
    ) -> None:
        self.book = book
        self.settings = settings
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
        bookings = self._bookings(dates)
        data = self._calendar_bytes(
            bookings, zone=zone, minutes=minutes, text=text, progress=progress
        )
        stream.write(data)
        return ExportResult(len(bookings), zone if self._zone(zone) is not None else None)

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

    def _bookings(self, dates: BookedDates) -> list[Booking]:
        """The open bookings in `dates` with what their events show, soonest first, in the
        Reviews page's order (`open_bookings.scheduled_order`): by day, a time before
        none, by time, by the client's last name, then by booking.

        Plain rows from the driver, as the database gives them (on SQLite a day is text):
        the million-contact book has 160,000 bookings to come, and an entry made for each,
        its values converted, cost more than the whole file (docs/design.md, "Budgets").
        """
        query = (
            select(
                ReviewRow.id,
                ContactRow.first_name,
                ContactRow.last_name,
                ReviewRow.scheduled_for,
                ReviewRow.scheduled_time,
                ReviewRow.kind,
            )
            .join(ContactRow, ContactRow.id == ReviewRow.contact_id)
            .where(self._open_of_live_contacts(dates))
            .order_by(
                ReviewRow.scheduled_for,
                ReviewRow.scheduled_time.is_(None),
                ReviewRow.scheduled_time,
                func.lower(ContactRow.last_name),
                ReviewRow.id,
            )
            # The open bookings in this order, with their kind (migrations 0020, 0024): only
            # bookings of the same day and time are sorted by name. Each client's names
            # from the index of names by id (0024), not from the contacts' wide rows.
            .with_hint(ReviewRow, "INDEXED BY ix_reviews_open_day_time", "sqlite")
            .with_hint(ContactRow, "INDEXED BY ix_contacts_names_by_id", "sqlite")
        )
        with self.book.session() as session:
            result = session.connection().execute(query)
            try:
                return list(result.cursor.fetchall())
            finally:
                result.close()

    def _open_of_live_contacts(self, dates: BookedDates) -> ColumnElement[bool]:
        """The open bookings in `dates` of contacts not archived. On SQLite the archive
        date is read where the client's names are, in `ix_contacts_names_by_id` (0024),
        where the list of archived contacts (`open_bookings`) was a look-up more per
        booking; PostgreSQL tests that list hashed, once."""
        if self.book.is_postgres:
            return open_bookings(dates.start, dates.end)
        return and_(booked_between(dates.start, dates.end), ContactRow.archived_on.is_(None))

    def _calendar_bytes(
        self,
        bookings: list[Booking],
        *,
        zone: str | None = None,
        minutes: int = DEFAULT_MINUTES,
        text: CalendarText | None = None,
        progress: Progress | None = None,
    ) -> bytes:
        text = text or CalendarText()
        dialect = self.book.engine.dialect
        as_day = _converter(ReviewRow.scheduled_for.type, dialect)
        as_time = _converter(ReviewRow.scheduled_time.type, dialect)
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
        # made once, keyed by the values as read (docs/design.md, "Budgets").
        summaries: dict[tuple[str | None, str | None], str] = {}
        all_day: dict[Any, str] = {}
        moments: dict[tuple[Any, Any], str] = {}
        descriptions: dict[str | None, str] = {None: ""}
        zone_part = f";TZID={tzid}:" if tzid else ":"
        events: list[str] = []
        add = events.append
        total = len(bookings)
        # A UID line is folded only when it is long: when its id has more digits than the
        # line has room for beside the book's identity (checked as a number, not by
        # folding every line: 160,000 calls for none to fold on the million book).
        room = ics.LINE_OCTETS - len(f"UID:review-@{identity}".encode())
        folds_from = 10**room if room > 0 else 0  # the least id whose line is too long
        # What every event repeats, joined once: each event is then one text of its own
        # five values, with the caches' lookups bound to names (160,000 events on the
        # million book: a fifth of the time the text took).
        uid_end = f"@{identity}{crlf}SEQUENCE:"
        after_sequence = f"{crlf}DTSTAMP:{stamp}{crlf}"
        event_end = f"STATUS:CONFIRMED{crlf}END:VEVENT"
        chain_of, summary_of, day_of, moment_of = roots.get, summaries.get, all_day.get, moments.get
        description_of = descriptions.get
        for first_of_step in range(0, total, PROGRESS_EVERY):
            step(progress, first_of_step, total, "events")
            for review_id, first, last, booked_day, booked_time, kind in bookings[
                first_of_step : first_of_step + PROGRESS_EVERY
            ]:
                chain = chain_of(review_id)
                root, depth = (review_id, 0) if chain is None else chain
                summary = summary_of((first, last))
                if summary is None:
                    title = escape(text.title.format(name=full_name(first, last)))
                    summary = summaries[first, last] = fold("SUMMARY:" + title)
                if booked_time is None:
                    when = day_of(booked_day)
                    if when is None:
                        day = as_day(booked_day)
                        when = all_day[booked_day] = (
                            f"DTSTART;VALUE=DATE:{day_text(day)}{crlf}"
                            f"DTEND;VALUE=DATE:{day_text(day + one_day)}{crlf}"
                            "TRANSP:TRANSPARENT"
                        )
                else:
                    when = moment_of((booked_day, booked_time))
                    if when is None:
                        start = datetime.combine(as_day(booked_day), as_time(booked_time))
                        when = moments[booked_day, booked_time] = (
                            fold(f"DTSTART{zone_part}{ics.local_value(start)}")
                            + crlf
                            + fold(f"DTEND{zone_part}{ics.local_value(start + length)}")
                            + crlf
                            + "TRANSP:OPAQUE"
                        )
                description = description_of(kind)
                if description is None and kind is not None:
                    label = kinds.get(ReviewKind(kind), escape(kind))
                    description = descriptions[kind] = fold("DESCRIPTION:" + label) + crlf
                if root < folds_from:
                    add(
                        f"BEGIN:VEVENT\r\nUID:review-{root}{uid_end}{depth}{after_sequence}"
                        f"{summary}\r\n{when}\r\n{description}{event_end}"
                    )
                else:
                    uid = fold(f"UID:review-{root}@{identity}")
                    add(
                        f"BEGIN:VEVENT{crlf}{uid}{crlf}SEQUENCE:{depth}{after_sequence}"
                        f"{summary}{crlf}{when}{crlf}{description}{event_end}"
                    )
        lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            fold(f"PRODID:{escape(PRODID)}"),
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            fold(f"X-WR-CALNAME:{escape(text.calendar_name)}"),
        ]
        if tz is not None and zone and bookings:
            # Defined before the events use it, as Outlook wants; the bookings come by day.
            first_day, last_day = as_day(bookings[0][3]), as_day(bookings[-1][3])
            lines += ics.vtimezone(
                zone, tz, date(first_day.year, 1, 1), date(last_day.year + 1, 1, 1)
            )
        lines += events
        lines += ["END:VCALENDAR", ""]  # the last line ends with CRLF too
        step(progress, total, total, "file")
        return ics.CRLF.join(lines).encode()

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


def _converter(column_type: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any]:
    """How SQLAlchemy turns the driver's value of a column into Python's (text into a
    date on SQLite; nothing on PostgreSQL, whose driver gives dates already)."""
    processor = column_type.dialect_impl(dialect).result_processor(dialect, None)
    return processor if processor is not None else lambda value: value
