"""The .ics export parsed back with icalendar: every open review, stable UIDs, local times."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from advisor_referrals.domain.enums import ReviewKind, Tier
from advisor_referrals.domain.errors import ValidationError
from advisor_referrals.services.progress import Cancelled, Progress
from advisor_referrals.services.reviews.booking import ReviewService
from advisor_referrals.services.reviews.calendar_export import (
    IDENTITY_KEY,
    BookedDates,
    CalendarExport,
    CalendarText,
)
from advisor_referrals.services.settings import SettingsService
from advisor_referrals.storage.book import Book
from tests.support.reviews import TODAY, client, fixed_today


def exporter(book: Book) -> CalendarExport:
    return CalendarExport(
        book,
        SettingsService(book),
        now=lambda: datetime(2026, 7, 15, 12, 0, tzinfo=UTC),
        today=fixed_today,
    )


def export(book: Book, **options: object) -> Calendar:
    stream = io.BytesIO()
    exporter(book).export(stream, **options)  # type: ignore[arg-type]
    data = stream.getvalue()
    assert b"\r\n" in data  # RFC 5545 line endings, which Outlook insists on
    return Calendar.from_ical(data)


@pytest.fixture
def booked(book: Book) -> dict[str, int]:
    service = ReviewService(book, clock=fixed_today)
    ana = client(book, "Ana", "Souza & <Co>", Tier.A)
    bo = client(book, "Bo", "Berg", Tier.B)
    timed = service.schedule(ana.id, date(2026, 7, 20), time(14, 30), ReviewKind.VIDEO, "private")
    allday = service.schedule(bo.id, date(2026, 8, 3))
    done = service.schedule(bo.id, date(2026, 7, 10))
    service.complete(done.id, done.version, TODAY)
    dropped = service.schedule(ana.id, date(2026, 9, 1))
    service.cancel(dropped.id, dropped.version)
    return {"timed": timed.id, "allday": allday.id}


def test_every_open_review_is_one_event_with_name_and_local_time(
    book: Book, booked: dict[str, int]
) -> None:
    cal = export(book, zone="America/New_York")
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert len(events) == 2
    identity = SettingsService(book).get("book_identity")
    timed = events[f"review-{booked['timed']}@{identity}"]
    assert str(timed["SUMMARY"]) == "Portfolio review: Ana Souza & <Co>"
    start = timed.decoded("DTSTART")
    assert start == datetime(2026, 7, 20, 14, 30, tzinfo=ZoneInfo("America/New_York"))
    assert timed["DTSTART"].params["TZID"] == "America/New_York"
    assert timed.decoded("DTEND") - start == timedelta(minutes=60)
    assert str(timed["DESCRIPTION"]) == "Video call"
    assert "private" not in cal.to_ical().decode()  # notes stay in the book
    assert timed.decoded("DTSTAMP") == datetime(2026, 7, 15, 12, 0, tzinfo=UTC)
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["America/New_York"]
    assert cal.subcomponents[0].name == "VTIMEZONE"  # defined before the events use it

    allday = events[f"review-{booked['allday']}@{identity}"]
    assert allday.decoded("DTSTART") == date(2026, 8, 3)
    assert allday.decoded("DTEND") == date(2026, 8, 4)


def test_two_exports_give_the_same_uids(book: Book, booked: dict[str, int]) -> None:
    first = [str(e["UID"]) for e in export(book).walk("VEVENT")]
    second = [str(e["UID"]) for e in export(book).walk("VEVENT")]
    assert first == second and len(set(first)) == 2


def test_without_a_zone_times_float_in_local_time(book: Book, booked: dict[str, int]) -> None:
    cal = export(book, zone=None)
    timed = next(e for e in cal.walk("VEVENT") if "Ana" in str(e["SUMMARY"]))
    assert timed.decoded("DTSTART") == datetime(2026, 7, 20, 14, 30)
    assert "TZID" not in timed["DTSTART"].params
    assert cal.walk("VTIMEZONE") == []
    # An unknown zone name falls back to floating time rather than failing.
    assert export(book, zone="Mars/Olympus").walk("VTIMEZONE") == []


def test_a_rescheduled_review_keeps_its_uid_with_a_higher_sequence(
    book: Book, booked: dict[str, int]
) -> None:
    before = {str(e["UID"]): e for e in export(book).walk("VEVENT")}
    service = ReviewService(book, clock=fixed_today)
    review = service.get(booked["timed"])
    moved = service.reschedule(review.id, review.version, date(2026, 7, 22), time(9))
    moved = service.reschedule(moved.id, moved.version, date(2026, 7, 23), time(9))
    after = {str(e["UID"]): e for e in export(book).walk("VEVENT")}
    assert set(after) == set(before)
    event = next(e for e in after.values() if "Ana" in str(e["SUMMARY"]))
    assert event.decoded("DTSTART") == datetime(2026, 7, 23, 9, 0)
    assert int(event["SEQUENCE"]) == 2


def test_translated_words_and_an_empty_book(book: Book) -> None:
    cal = export(book, text=CalendarText(title="Revue : {name}", calendar_name="Revues"))
    assert cal.walk("VEVENT") == []
    assert str(cal["X-WR-CALNAME"]) == "Revues"
    assert str(cal["VERSION"]) == "2.0"


def test_progress_is_reported_and_a_cancelled_export_writes_nothing(
    book: Book, booked: dict[str, int]
) -> None:
    seen: list[tuple[int, int]] = []
    progress = Progress(callback=lambda done, total, _stage: seen.append((done, total)))
    stream = io.BytesIO()
    exporter(book).export(stream, progress=progress)
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)

    progress.cancel()
    stream = io.BytesIO()
    with pytest.raises(Cancelled):
        exporter(book).export(stream, progress=progress)
    assert stream.getvalue() == b""


def test_long_names_fold_within_75_octets_and_special_characters_survive(book: Book) -> None:
    service = ReviewService(book, clock=fixed_today)
    name = "Zoë-Łucja Ñandú, \\ «Škoda»; 王小明 " * 3
    who = client(book, "Ω", name.strip(), Tier.A)
    service.schedule(who.id, date(2026, 7, 21), time(8, 15), ReviewKind.PHONE)
    stream = io.BytesIO()
    exporter(book).export(stream, zone="Europe/Berlin")
    data = stream.getvalue()
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and b"\n" not in b"".join(lines)  # every line ends in CRLF
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode()  # raises if a fold cut a UTF-8 character in two
    assert any(line.startswith(b" ") for line in lines)  # the long summary was folded
    event = next(iter(Calendar.from_ical(data).walk("VEVENT")))
    assert str(event["SUMMARY"]) == f"Portfolio review: Ω {name.strip()}"
    assert event.decoded("DTSTART") == datetime(
        2026, 7, 21, 8, 15, tzinfo=ZoneInfo("Europe/Berlin")
    )


def test_the_time_zone_definition_gives_the_offsets_of_the_named_zone(
    book: Book, booked: dict[str, int]
) -> None:
    cal = export(book, zone="America/New_York")
    (zone,) = cal.walk("VTIMEZONE")
    changes = [
        (
            part.name,
            part.decoded("DTSTART"),
            part.decoded("TZOFFSETFROM"),
            part.decoded("TZOFFSETTO"),
        )
        for part in zone.subcomponents
    ]
    hours = timedelta(hours=1)
    assert changes == [
        ("STANDARD", datetime(2026, 1, 1), -5 * hours, -5 * hours),
        ("DAYLIGHT", datetime(2026, 3, 8, 2, 0), -5 * hours, -4 * hours),
        ("STANDARD", datetime(2026, 11, 1, 2, 0), -4 * hours, -5 * hours),
    ]
    assert [str(part["TZNAME"]) for part in zone.subcomponents] == ["EST", "EDT", "EST"]


def test_the_export_takes_what_is_coming_by_default_or_the_range_asked_for(
    book: Book, booked: dict[str, int]
) -> None:
    service = ReviewService(book, clock=fixed_today)
    bo = client(book, "Cleo", "Past", Tier.C)
    service.schedule(bo.id, date(2026, 4, 2))  # booked long ago, never recorded

    def days(**options: object) -> set[date]:
        found = set()
        for event in export(book, **options).walk("VEVENT"):
            value = event.decoded("DTSTART")
            found.add(value.date() if isinstance(value, datetime) else value)
        return found

    assert days() == {date(2026, 7, 20), date(2026, 8, 3)}  # from today on
    everything = days(dates=BookedDates())
    assert everything == {date(2026, 4, 2), date(2026, 7, 20), date(2026, 8, 3)}
    july = days(dates=BookedDates(date(2026, 4, 1), date(2026, 7, 31)))
    assert july == {date(2026, 4, 2), date(2026, 7, 20)}
    with pytest.raises(ValidationError) as refused:
        export(book, dates=BookedDates(date(2026, 8, 1), date(2026, 7, 1)))
    assert refused.value.problems[0].field == "end"


@pytest.mark.parametrize("room", [-1, 0, 1, 2])
def test_a_uid_line_folds_exactly_when_its_id_leaves_it_too_long(book: Book, room: int) -> None:
    """The book's identity leaves `room` octets on the UID line for the review's id (it
    may be none, or less): lines of longer ids fold, the rest do not, and every UID reads
    back whole. The identity ends in a two-octet letter, counted as two."""
    service = ReviewService(book, clock=fixed_today)
    ids = [
        service.schedule(client(book, "Ana", f"Souza {n}", Tier.A).id, date(2026, 7, 20)).id
        for n in range(12)
    ]
    identity = "x" * (75 - len("UID:review-@") - room - 2) + "é"
    SettingsService(book).set(IDENTITY_KEY, identity, summary="A long identity")
    stream = io.BytesIO()
    exporter(book).export(stream)
    data = stream.getvalue()
    lines = data.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    unfolded = data.replace(b"\r\n ", b"").split(b"\r\n")
    folded = 0
    for review_id in ids:
        whole = f"UID:review-{review_id}@{identity}".encode()
        assert whole in unfolded
        assert (whole in lines) == (len(whole) <= 75)
        folded += whole not in lines
    assert folded == {-1: 12, 0: 12, 1: 3, 2: 0}[room]
    assert {str(e["UID"]) for e in Calendar.from_ical(data).walk("VEVENT")} == {
        f"review-{review_id}@{identity}" for review_id in ids
    }
