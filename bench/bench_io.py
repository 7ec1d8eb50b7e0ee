"""Import and export: the 100k-contact CSV import (budget 5 s on SQLite, 10 s on PostgreSQL)
beside a raw executemany of the same rows into a bare table, and the whole-book JSON
export and import of the benchmark book beside raw reads and writes of the same rows."""

from __future__ import annotations

import csv
import json
import random
import statistics
import time
from pathlib import Path

from bench.harness import BENCH_CONTACTS, MAIN_SIZE, Context, Measurement, benchmark

CSV_REPEAT = 3
FIRST = [
    "Ana",
    "Bruno",
    "Carla",
    "David",
    "Zoë",
    "Łukasz",
    "美咲",
    "민준",
    "Olga",
    "Kwame",
    "Priya",
]
LAST = ["Souza", "Lima", "Smith", "Nguyen", "Müller", "佐藤", "김", "Иванова", "O'Brien", "García"]
CITIES = ["Boston", "Denver", "Zürich", "Toronto", "Austin", "", "Lisbon"]
SEGMENTS = ["engaged", "content", "complacent", "disgruntled", "unknown"]
RELATIONSHIPS = ["client"] * 6 + ["prospect"] * 3 + ["former_client", "center_of_influence"]


def contacts_csv(path: Path, count: int = BENCH_CONTACTS, seed: int = 6) -> Path:
    """A realistic contacts file: several scripts, households, tags, some blanks."""
    from advisor_referrals.domain.contacts import CONTACT_FIELD_NAMES

    pick = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as out:
        # By column name: a field added to the contact later is left blank, not shifted.
        writer = csv.DictWriter(out, fieldnames=CONTACT_FIELD_NAMES, restval="")
        writer.writeheader()
        for number in range(count):
            first, last = pick.choice(FIRST), pick.choice(LAST)
            relationship = pick.choice(RELATIONSHIPS)
            client = relationship == "client"
            writer.writerow(
                {
                    "first_name": first,
                    "last_name": last,
                    "relationship": relationship,
                    "profession": "CPA" if relationship == "center_of_influence" else "",
                    "email": f"person{number}@example.com",
                    "phone": f"+1 617 555 {number % 10_000:04d}" if pick.random() < 0.8 else "",
                    "city": pick.choice(CITIES),
                    "region": "MA",
                    "country": "US",
                    "household": f"{last} {number // 3}" if pick.random() < 0.4 else "",
                    "segment": pick.choice(SEGMENTS),
                    "tier": pick.choice("ABC") if client else "",
                    "client_since": (
                        f"20{pick.randrange(5, 26):02d}-0{pick.randrange(1, 10)}-"
                        f"1{pick.randrange(0, 9)}"
                        if client
                        else ""
                    ),
                    "has_written_plan": "true" if pick.random() < 0.5 else "false",
                    "do_not_ask": "false",
                    "tags": ";".join(pick.sample(["golf", "retiree", "tech", "doctor", "vip"], 2))
                    if pick.random() < 0.3
                    else "",
                    "notes": "Met at the spring seminar" if pick.random() < 0.1 else "",
                }
            )
    return path


def raw_insert_seconds(rows: list[list[str]], context: Context) -> float:
    """The baseline: the same rows, already parsed, into a bare table in one transaction,
    with the driver's executemany."""
    target = context.empty_book("bare-insert")
    raw = context.raw(target)
    connection = raw.connection
    try:
        width = len(rows[0])
        columns = ", ".join(f"c{i} TEXT" for i in range(width))
        connection.execute(f"CREATE TABLE bare ({columns})")
        if context.is_sqlite:
            connection.isolation_level = None
            marks = ", ".join("?" * width)
            started = time.perf_counter()
            connection.execute("BEGIN")
            connection.executemany(f"INSERT INTO bare VALUES ({marks})", rows)
            connection.execute("COMMIT")
        else:
            marks = ", ".join(["%s"] * width)
            started = time.perf_counter()
            with connection.transaction():
                connection.cursor().executemany(f"INSERT INTO bare VALUES ({marks})", rows)
        return time.perf_counter() - started
    finally:
        raw.close()


@benchmark(
    "import 100k-contact CSV with validation",
    unit="s",
    budget={"sqlite": 5.0, "postgres": 10.0},
    sizes=(MAIN_SIZE,),
)
def csv_import(context: Context) -> Measurement:
    """Into an empty book (the size of the demo book does not matter)."""
    from advisor_referrals.services.imports.contacts_csv import import_contacts_csv

    path = context.scratch / "contacts-100k.csv"
    if not path.exists():
        contacts_csv(path)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    times, baselines = [], []
    for attempt in range(CSV_REPEAT):  # alternated with the baseline
        baselines.append(raw_insert_seconds(rows, context))
        book = context.open(context.empty_book(f"csv-import-{attempt}"))
        try:
            started = time.perf_counter()
            summary = import_contacts_csv(book, path)
            times.append(time.perf_counter() - started)
            assert summary.count("contacts added") == len(rows)
        finally:
            book.close()
    return Measurement(statistics.median(times), baseline=statistics.median(baselines))


OUTLOOK_HEADER = [
    "Title",
    "First Name",
    "Middle Name",
    "Last Name",
    "Suffix",
    "Company",
    "Job Title",
    "Business City",
    "Business State",
    "Business Country/Region",
    "Home City",
    "Home State",
    "Home Country/Region",
    "Business Phone",
    "Home Phone",
    "Mobile Phone",
    "Categories",
    "E-mail Address",
    "E-mail Type",
    "E-mail Display Name",
    "E-mail 2 Address",
    "Notes",
    "Birthday",
]
WESTERN_FIRST = ["Ana", "José", "François", "Zoë", "Björn", "Íñigo", "Mary", "Seán", "Ørjan"]
WESTERN_LAST = ["Souza", "Müller", "Lefèvre", "O'Brien", "Nuñez García", "Smith", "de la Fontaine"]


def outlook_csv(path: Path, count: int = BENCH_CONTACTS, seed: int = 7) -> Path:
    """Contacts as Outlook on Windows exports them: every cell quoted, CRLF lines, the
    Windows code page, categories separated by ';', a second email, notes on two lines."""
    pick = random.Random(seed)
    with path.open("w", newline="", encoding="cp1252") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(OUTLOOK_HEADER)
        for number in range(count):
            first, last = pick.choice(WESTERN_FIRST), pick.choice(WESTERN_LAST)
            home = pick.random() < 0.6
            city = pick.choice(CITIES)
            email = f"person{number}@example.com"
            writer.writerow(
                [
                    pick.choice(["", "", "Dr.", "Mrs."]),
                    first,
                    "",
                    last,
                    "Jr." if pick.random() < 0.02 else "",
                    "Acme" if pick.random() < 0.2 else "",
                    "CPA" if pick.random() < 0.05 else "",
                    "" if home else city,
                    "" if home else "MA",
                    "" if home else "United States",
                    city if home else "",
                    "MA" if home else "",
                    "United States" if home else "",
                    f"(617) 555-{number % 10_000:04d}" if pick.random() < 0.5 else "",
                    "",
                    f"+1 617 555 {number % 10_000:04d}" if pick.random() < 0.7 else "",
                    ";".join(pick.sample(["Clients", "Golf", "Retiree", "VIP"], 2))
                    if pick.random() < 0.4
                    else "",
                    email,
                    "SMTP",
                    f"{first} {last} ({email})",
                    f"p{number}@home.example.com" if pick.random() < 0.1 else "",
                    "Met at the café.\r\nPrefers mornings." if pick.random() < 0.1 else "",
                    "0/0/00",
                ]
            )
    return path


@benchmark(
    "import 100k-contact Outlook export (Windows-1252, detected)", unit="s", sizes=(MAIN_SIZE,)
)
def outlook_import(context: Context) -> Measurement:
    """Another tool's layout: the encoding and the layout are found, each row is brought to
    ours, then checked and written as our CSV's are. No budget of its own: it is watched
    beside our CSV's figure, with a raw executemany of the same rows as its baseline."""
    from advisor_referrals.services.imports.contact_import import (
        ImportOptions,
        import_contacts_file,
    )

    path = context.scratch / "outlook-100k.csv"
    if not path.exists():
        outlook_csv(path)
    with path.open(encoding="cp1252", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    baseline = raw_insert_seconds(rows, context)
    book = context.open(context.empty_book("outlook-import"))
    try:
        started = time.perf_counter()
        summary = import_contacts_file(book, path, ImportOptions())
        seconds = time.perf_counter() - started
        assert summary.count("contacts added") == len(rows)
    finally:
        book.close()
    return Measurement(seconds, baseline=baseline)


def _raw_dump_seconds(context: Context, target: Path) -> float:
    """The baseline: every row of the big tables read and written as JSON lines, raw."""
    started = time.perf_counter()
    raw = context.raw()
    try:
        with target.open("w", encoding="utf-8") as out:
            for name in ("contacts", "conversation_triggers", "referrals", "reviews"):
                for row in raw.connection.execute(f"SELECT * FROM {name} ORDER BY id"):
                    out.write(json.dumps(row, ensure_ascii=False, default=str))
                    out.write("\n")
    finally:
        raw.close()
    return time.perf_counter() - started


def _exported(context: Context) -> Path:
    return context.scratch / f"book-{context.backend}-{context.size}.json"


@benchmark("export the book as JSON", unit="s")
def json_export(context: Context) -> Measurement:
    from advisor_referrals.services.book_file.export import export_book

    baseline = _raw_dump_seconds(context, context.scratch / "raw.jsonl")
    book = context.open()
    try:
        started = time.perf_counter()
        export_book(book, _exported(context))
        seconds = time.perf_counter() - started
    finally:
        book.close()
    size = _exported(context).stat().st_size / 2**20
    return Measurement(seconds, baseline=baseline, note=f"{size:.0f} MB file")


@benchmark("import the book from JSON", unit="s", budget={"100k": 30.0})
def json_import(context: Context) -> Measurement:
    from advisor_referrals.services.book_file.importing import import_book

    exported = _exported(context)
    if not exported.exists():
        return Measurement(float("nan"), note="runs after the export benchmark")
    book = context.open(context.empty_book("json-import"))
    try:
        started = time.perf_counter()
        summary = import_book(book, exported)
        seconds = time.perf_counter() - started
    finally:
        book.close()
    exported.unlink()
    return Measurement(seconds, note=str(summary).splitlines()[0].split(": ", 1)[-1])
