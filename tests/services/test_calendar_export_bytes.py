"""The .ics export byte for byte: the file a calendar imports must not change when the
way the bookings are read does (docs/design.md, "Budgets")."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time

from icalendar import Calendar
from sqlalchemy import select

from advisor_referrals.domain.enums import Relationship, ReviewKind, Tier
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.services.reviews.calendar_export import (
    IDENTITY_KEY,
    BookedDates,
    CalendarExport,
    _converter,
)
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from advisor_referrals.storage.models import ContactRow, ReviewRow
from tests.support.reviews import client, fixed_today


def exported(book: Book, **options: object) -> bytes:
    settings = SettingsService(book)
    settings.set(IDENTITY_KEY, "fixed.advisor-referrals", summary="A known identity")
    calendar = CalendarExport(
        book,
        settings,
        now=lambda: datetime(2026, 7, 15, 12, 0, 7, 123, tzinfo=UTC),
        today=fixed_today,
    )
    stream = io.BytesIO()
    calendar.export(stream, **options)  # type: ignore[arg-type]
    return stream.getvalue()


def bookings(book: Book) -> None:
    """Close calls of the order and of what is left out: the same day and time for names
    that differ only in case (then by booking), a time before no time, a reschedule chain,
    no kind, an archived client, completed, cancelled and past bookings, two years."""
    service = ReviewService(book, clock=fixed_today)
    lower = client(book, "ana", "berg", Tier.A)
    upper = client(book, "Bo", "Berg", Tier.B)
    longer = client(book, "Cy", "Bergman", None)
    odd = client(book, "Dee; Ø", "O'Neil, \\ Jr", Tier.C)
    gone = client(book, "Arch", "Ived", Tier.A)
    day = date(2026, 7, 20)
    service.schedule(longer.id, day, time(9), ReviewKind.PHONE)
    service.schedule(upper.id, day, time(9), ReviewKind.VIDEO)
    service.schedule(lower.id, day, time(9), ReviewKind.IN_PERSON)
    service.schedule(upper.id, day, time(9, 30))
    service.schedule(lower.id, day)
    service.schedule(odd.id, day)
    moved = service.schedule(odd.id, date(2026, 8, 3), time(23, 30), ReviewKind.VIDEO)
    moved = service.reschedule(moved.id, moved.version, date(2026, 8, 4), time(23, 45))
    service.schedule(longer.id, date(2027, 1, 4), time(7, 5), ReviewKind.PHONE)
    service.schedule(gone.id, day, time(9))
    ContactService(book).set_archived(gone.id, gone.version, archived=True)
    done = service.schedule(upper.id, date(2026, 7, 16))
    service.complete(done.id, done.version, date(2026, 7, 15))
    dropped = service.schedule(lower.id, date(2026, 9, 1))
    service.cancel(dropped.id, dropped.version)
    service.schedule(longer.id, date(2026, 7, 14), time(9))  # before today


IN_NEW_YORK = (
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Advisor Referrals//Portfolio reviews//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "X-WR-CALNAME:Portfolio reviews",
    "BEGIN:VTIMEZONE",
    "TZID:America/New_York",
    "BEGIN:STANDARD",
    "DTSTART:20260101T000000",
    "TZNAME:EST",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0500",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:20260308T020000",
    "TZNAME:EDT",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "DTSTART:20261101T020000",
    "TZNAME:EST",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:20270314T020000",
    "TZNAME:EDT",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "DTSTART:20271107T020000",
    "TZNAME:EST",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "END:STANDARD",
    "END:VTIMEZONE",
    "BEGIN:VEVENT",
    "UID:review-2@fixed.advisor-referrals",
    "SEQUENCE:0",
    "DTSTAMP:20260715T120007Z",
    "SUMMARY:Portfolio review: Bo Berg",
    "DTSTART;TZID=America/New_York:20260720T090000",
    "DTEND;TZID=America/New_York:20260720T100000",
    "TRANSP:OPAQUE",
    "DESCRIPTION:Video call",
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:review-3@fixed.advisor-referrals",
    "SEQUENCE:0",
    "DTSTAMP:20260715T120007Z",
    "SUMMARY:Portfolio review: ana berg",
    "DTSTART;TZID=America/New_York:20260720T090000",
    "DTEND;TZID=America/New_York:20260720T100000",
    "TRANSP:OPAQUE",
    "DESCRIPTION:In person",
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:review-1@fixed.advisor-referrals",
    "SEQUENCE:0",
    "DTSTAMP:20260715T120007Z",
    "SUMMARY:Portfolio review: Cy Bergman",
    "DTSTART;TZID=America/New_York:20260720T090000",
    "DTEND;TZID=America/New_York:20260720T100000",
    "TRANSP:OPAQUE",
    "DESCRIPTION:Phone call",
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:review-4@fixed.advisor-referrals",
    "SEQUENCE:0",
    "DTSTAMP:20260715T120007Z",
    "SUMMARY:Portfolio review: Bo Berg",
    "DTSTART;TZID=America/New_York:20260720T093000",
    "DTEND;TZID=America/New_York:20260720T103000",
    "TRANSP:OPAQUE",
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:review-5@fixed.advisor-referrals",
    "SEQUENCE:0",
    "DTSTAMP:20260715T120007Z",
    "SUMMARY:Portfolio review: ana berg",
    "DTSTART;VALUE=DATE:20260720",
    "DTEND;VALUE=DATE:20260721",
    "TRANSP:TRANSPARENT",
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:review-6@fixed.advisor-referrals",
    "SEQUENCE:0",
    "DTSTAMP:20260715T120007Z",
    "SUMMARY:Portfolio review: Dee\\; Ø O'Neil\\, \\\\ Jr",
    "DTSTART;VALUE=DATE:20260720",
    "DTEND;VALUE=DATE:20260721",
    "TRANSP:TRANSPARENT",
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:review-7@fixed.advisor-referrals",
    "SEQUENCE:1",
    "DTSTAMP:20260715T120007Z",
    "SUMMARY:Portfolio review: Dee\\; Ø O'Neil\\, \\\\ Jr",
    "DTSTART;TZID=America/New_York:20260804T234500",
    "DTEND;TZID=America/New_York:20260805T004500",
    "TRANSP:OPAQUE",
    "DESCRIPTION:Video call",
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:review-9@fixed.advisor-referrals",
    "SEQUENCE:0",
    "DTSTAMP:20260715T120007Z",
    "SUMMARY:Portfolio review: Cy Bergman",
    "DTSTART;TZID=America/New_York:20270104T070500",
    "DTEND;TZID=America/New_York:20270104T080500",
    "TRANSP:OPAQUE",
    "DESCRIPTION:Phone call",
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "END:VCALENDAR",
)

FLOATING_EVERY_BOOKING = (
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Advisor Referrals//Portfolio reviews//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "X-WR-CALNAME:Portfolio reviews",
    "BEGIN:VEVENT",
    "UID:review-13@fixed.advisor-referrals",
    "SEQUENCE:0",
    "DTSTAMP:20260715T120007Z",
    "SUMMARY:Portfolio review: Cy Bergman",
    "DTSTART:20260714T090000",
    "DTEND:20260714T100000",
    "TRANSP:OPAQUE",
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:review-2@fixed.advisor-referrals",
    "SEQUENCE:0",
    "DTSTAMP:20260715T120007Z",
    "SUMMARY:Portfolio review: Bo Berg",
    "DTSTART:20260720T090000",
    "DTEND:20260720T100000",
    "TRANSP:OPAQUE",
    "DESCRIPTION:Video call",
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:review-3@fixed.advisor-referrals",
    "SEQUENCE:0",
    "DTSTAMP:20260715T120007Z",
    "SUMMARY:Portfolio review: ana berg",
    "DTSTART:20260720T090000",
    "DTEND:20260720T100000",
    "TRANSP:OPAQUE",
    "DESCRIPTION:In person",
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:review-1@fixed.advisor-referrals",
    "SEQUENCE:0",
    "DTSTAMP:20260715T120007Z",
    "SUMMARY:Portfolio review: Cy Bergman",
    "DTSTART:20260720T090000",
    "DTEND:20260720T100000",
    "TRANSP:OPAQUE",
    "DESCRIPTION:Phone call",
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:review-4@fixed.advisor-referrals",
    "SEQUENCE:0",
    "DTSTAMP:20260715T120007Z",
    "SUMMARY:Portfolio review: Bo Berg",
    "DTSTART:20260720T093000",
    "DTEND:20260720T103000",
    "TRANSP:OPAQUE",
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:review-5@fixed.advisor-referrals",
    "SEQUENCE:0",
    "DTSTAMP:20260715T120007Z",
    "SUMMARY:Portfolio review: ana berg",
    "DTSTART;VALUE=DATE:20260720",
    "DTEND;VALUE=DATE:20260721",
    "TRANSP:TRANSPARENT",
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:review-6@fixed.advisor-referrals",
    "SEQUENCE:0",
    "DTSTAMP:20260715T120007Z",
    "SUMMARY:Portfolio review: Dee\\; Ø O'Neil\\, \\\\ Jr",
    "DTSTART;VALUE=DATE:20260720",
    "DTEND;VALUE=DATE:20260721",
    "TRANSP:TRANSPARENT",
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:review-7@fixed.advisor-referrals",
    "SEQUENCE:1",
    "DTSTAMP:20260715T120007Z",
    "SUMMARY:Portfolio review: Dee\\; Ø O'Neil\\, \\\\ Jr",
    "DTSTART:20260804T234500",
    "DTEND:20260805T004500",
    "TRANSP:OPAQUE",
    "DESCRIPTION:Video call",
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:review-9@fixed.advisor-referrals",
    "SEQUENCE:0",
    "DTSTAMP:20260715T120007Z",
    "SUMMARY:Portfolio review: Cy Bergman",
    "DTSTART:20270104T070500",
    "DTEND:20270104T080500",
    "TRANSP:OPAQUE",
    "DESCRIPTION:Phone call",
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "END:VCALENDAR",
)


def test_the_file_is_written_byte_for_byte(book: Book) -> None:
    bookings(book)
    data = exported(book, zone="America/New_York")
    assert data == "\r\n".join((*IN_NEW_YORK, "")).encode()
    assert len(Calendar.from_ical(data).walk("VEVENT")) == 8
    data = exported(book, dates=BookedDates())
    assert data == "\r\n".join((*FLOATING_EVERY_BOOKING, "")).encode()
    assert len(Calendar.from_ical(data).walk("VEVENT")) == 9


def test_the_bookings_read_are_every_open_booking_to_come_in_order(book: Book) -> None:
    """The export's statement (names from the index of names by id, kinds from the open
    bookings' index) against every review read plainly: the close calls above, a client
    renamed after booking, a prospect's booking, a booking without a kind moved to one
    with, and a booking on today's date."""
    bookings(book)
    service = ReviewService(book, clock=fixed_today)
    renamed = client(book, "Old", "Name", Tier.A)
    service.schedule(renamed.id, date(2026, 7, 20), time(9), ReviewKind.PHONE)
    contacts = ContactService(book)
    stored = contacts.get(renamed.id)
    contacts.update(
        renamed.id, stored.version, stored.as_fields().edited(first_name="New", last_name="berg")
    )
    former = client(book, "Form", "Er", None)
    service.schedule(former.id, fixed_today(), time(8))
    kindless = service.schedule(former.id, date(2026, 7, 21))
    moved = service.reschedule(
        kindless.id, kindless.version, date(2026, 7, 22), None, ReviewKind.VIDEO
    )
    stored = contacts.get(former.id)  # no longer a client: the bookings stay open
    contacts.update(
        former.id,
        stored.version,
        stored.as_fields().edited(relationship=Relationship.FORMER_CLIENT),
    )
    with book.session() as session:
        names = {c.id: (c.first_name, c.last_name) for c in session.scalars(select(ContactRow))}
        archived = set(
            session.scalars(select(ContactRow.id).where(ContactRow.archived_on.is_not(None)))
        )
        expected = sorted(
            (
                (r.scheduled_for, r.scheduled_time is None, r.scheduled_time or time.min),
                names[r.contact_id][1].lower(),
                r.id,
                (r.id, *names[r.contact_id], r.scheduled_for, r.scheduled_time, r.kind),
            )
            for r in session.scalars(select(ReviewRow))
            if r.completed_on is None
            and r.cancelled_on is None
            and r.scheduled_for is not None
            and r.scheduled_for >= fixed_today()
            and r.contact_id not in archived
        )
    calendar = CalendarExport(book, SettingsService(book), today=fixed_today)
    dialect = book.engine.dialect
    as_day = _converter(ReviewRow.scheduled_for.type, dialect)
    as_time = _converter(ReviewRow.scheduled_time.type, dialect)
    found = [
        (review_id, first, last, as_day(day), None if at is None else as_time(at), kind)
        for review_id, first, last, day, at, kind in calendar._bookings(calendar.upcoming())
    ]
    assert found == [row for *_, row in expected]
    assert ("New", "berg") in {(first, last) for _, first, last, *_ in found}
    assert [row[-1] for row in found if row[0] == moved.id] == [ReviewKind.VIDEO.value]
    assert all(row[0] != kindless.id for row in found)
