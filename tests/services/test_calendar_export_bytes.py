"""The .ics export byte for byte: the file a calendar imports must not change when the
way the bookings are read does (docs/design.md, "Budgets")."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time

from icalendar import Calendar

from advisor_referrals.domain.enums import ReviewKind, Tier
from advisor_referrals.services.contacts.editing import ContactService
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.services.reviews.calendar_export import (
    IDENTITY_KEY,
    BookedDates,
    CalendarExport,
)
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
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
