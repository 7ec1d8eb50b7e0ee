"""The benchmark harness: registration, timing, the cached books, and the report.

A benchmark module `bench/bench_<area>.py` registers functions with `@benchmark`.
Each returns a `Measurement`: our figure and the raw baseline measured in the same
process, so a slow machine slows both and the ratio stays meaningful.

Every figure runs once per backend (SQLite, and PostgreSQL on a server the bench
starts itself) and book size (10k, 100k, and 1M with `--large`), unless it says it
needs only some of them (`backends=`, `sizes=`). A `Context` is one backend at one
size: its cached demo book, empty books and copies to write to, and a raw driver
connection for the baselines.
"""

from __future__ import annotations

import gc
import json
import re
import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".bench"
RESULTS = ROOT / "bench.json"

# The book of docs/design.md, "Budgets", at three sizes: N contacts, N/2 referrals,
# 3N reviews and 2N triggers (the demo generator with one seed).
SIZES: dict[str, int] = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}
DEFAULT_SIZES = ("10k", "100k")
LARGE_SIZES = ("10k", "100k", "1M")
BACKENDS = ("sqlite", "postgres")
BACKEND_NAMES = {"sqlite": "SQLite", "postgres": "PostgreSQL"}
# Figures that do not depend on the book's size run at this one.
MAIN_SIZE = "100k"
BENCH_CONTACTS = SIZES[MAIN_SIZE]
BENCH_SEED = 2026
GENERATOR_VERSION = 2  # 2: partial index on the review successor link


@dataclass(frozen=True)
class Measurement:
    value: float
    baseline: float | None = None
    budget: float | None = None
    note: str = ""


Budget = float | Mapping[str, float] | None


@dataclass(frozen=True)
class Benchmark:
    name: str
    unit: str
    budget: Budget
    budget_ratio: float | None
    run: Callable[[Context], Measurement]
    backends: tuple[str, ...] | None  # None: no database involved; runs once
    sizes: tuple[str, ...] | None  # None: every size of the run

    def applies(self, context: Context) -> bool:
        if self.backends is None:
            return context.backend == BACKENDS[0] and context.size == MAIN_SIZE
        sizes = self.sizes or tuple(SIZES)
        return context.backend in self.backends and context.size in sizes

    def budget_for(self, context: Context) -> float | None:
        """A plain number, or the most specific of "postgres 1M", "1M", "postgres", "*"."""
        if self.budget is None or isinstance(self.budget, int | float):
            return self.budget
        for key in (f"{context.backend} {context.size}", context.size, context.backend, "*"):
            if key in self.budget:
                return self.budget[key]
        return None


BENCHMARKS: list[Benchmark] = []


def benchmark(
    name: str,
    *,
    unit: str = "ms",
    budget: Budget = None,
    budget_ratio: float | None = None,
    backends: Iterable[str] | None = BACKENDS,
    sizes: Iterable[str] | None = None,
) -> Callable[[Callable[[Context], Measurement]], Callable[[Context], Measurement]]:
    """Register a benchmark. `budget` is absolute (in `unit`), per size or backend when a
    mapping; `budget_ratio` is x baseline. `backends=None`: it reads no book."""

    def register(fn: Callable[[Context], Measurement]) -> Callable[[Context], Measurement]:
        BENCHMARKS.append(
            Benchmark(
                name,
                unit,
                budget,
                budget_ratio,
                fn,
                None if backends is None else tuple(backends),
                None if sizes is None else tuple(sizes),
            )
        )
        return fn

    return register


def median_seconds(fn: Callable[[], object], *, repeat: int = 7, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def median_ms(fn: Callable[[], object], *, repeat: int = 7, warmup: int = 1) -> float:
    return 1000 * median_seconds(fn, repeat=repeat, warmup=warmup)


def alternated_ms(
    ours: Callable[[], object], raw: Callable[[], object], *, repeat: int = 7, warmup: int = 1
) -> tuple[float, float]:
    """Medians of our figure and its baseline timed in alternation, so that a busy moment
    of the machine hits both."""
    for _ in range(warmup):
        ours()
        raw()
    mine: list[float] = []
    theirs: list[float] = []
    for _ in range(repeat):
        for fn, times in ((ours, mine), (raw, theirs)):
            gc.collect()
            start = time.perf_counter()
            fn()
            times.append(1000 * (time.perf_counter() - start))
    return statistics.median(mine), statistics.median(theirs)


# Raw connections for the baselines


_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_TRANSACTION = re.compile(r"(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b", re.IGNORECASE)


class Raw:
    """A bare driver connection (sqlite3 or psycopg) to a book, for baselines.

    SQL uses `:name` parameters on both; no SQLAlchemy, no type conversion."""

    def __init__(self, target: str, backend: str) -> None:
        self.backend = backend
        if backend == "sqlite":
            self.connection: Any = sqlite3.connect(target)
            self.connection.execute("PRAGMA synchronous = NORMAL")  # as the app's connections
        else:
            import psycopg
            from sqlalchemy.engine import make_url

            url = make_url(target)
            from advisor_referrals.storage.engine import SERVER_OPTIONS

            # The app's session settings (JIT off), so that the baseline runs the SQL as
            # the server runs the app's.
            self.connection = psycopg.connect(
                host=url.host, port=url.port, user=url.username, dbname=url.database,
                autocommit=True, options=SERVER_OPTIONS,
            )  # fmt: skip

    def sql(self, statement: str) -> str:
        return statement if self.backend == "sqlite" else _NAMED.sub(r"%(\1)s", statement)

    def all(self, statement: str, params: Mapping[str, Any] | None = None) -> list[Any]:
        cursor = self.connection.execute(self.sql(statement), dict(params or {}))
        return list(cursor.fetchall())

    def runner(
        self, statement: str, params: Mapping[str, Any] | None = None
    ) -> Callable[[], list[Any]]:
        """A function that runs the statement and reads every row."""
        sql, values = self.sql(statement), dict(params or {})
        return lambda: list(self.connection.execute(sql, values).fetchall())

    def replay(self, statements: list[tuple[str, Any]]) -> Callable[[], None]:
        """A function that runs statements captured from the app (`captured`) as they were
        sent, reading every row, in one transaction as the app reads: the app's own SQL
        without SQLAlchemy or Python's work on the rows. The app's own transaction
        statements are left out; its transaction-local settings (JIT off on PostgreSQL)
        stay, and matter."""
        kept = [(sql, params) for sql, params in statements if not _TRANSACTION.match(sql)]

        def run() -> None:
            self.connection.execute("BEGIN")
            try:
                for sql, params in kept:
                    cursor = self.connection.execute(sql, params)
                    if cursor.description is not None:
                        cursor.fetchall()
            finally:
                self.connection.execute("ROLLBACK")

        return run

    def close(self) -> None:
        self.connection.close()


def captured(engine: Any, call: Callable[[], object]) -> list[tuple[str, Any]]:
    """The statements and parameters `call` sends to the driver through `engine`, as
    the driver gets them (placeholders and values already in its own style)."""
    from sqlalchemy import event

    seen: list[tuple[str, Any]] = []

    def before(_conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        seen.append((statement.strip(), params))

    event.listen(engine, "before_cursor_execute", before)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", before)
    return seen


def beside_its_statements(
    context: Context,
    engine: Any,
    read: Callable[[], object],
    *,
    sends: Callable[[], object] | None = None,
    repeat: int = 7,
) -> tuple[float, float, int]:
    """`read` timed in alternation with the statements it sends (or `sends` sends, when
    the read also does work of its own), replayed through the bare driver: its median,
    the baseline's, and how many statements."""
    statements = captured(engine, sends or read)
    raw = context.raw()
    try:
        value, baseline = alternated_ms(read, raw.replay(statements), repeat=repeat)
    finally:
        raw.close()
    return value, baseline, len(statements)


# The PostgreSQL server


class Server:
    """The benchmark's own PostgreSQL server, its cluster kept in .bench/pg so that the
    generated books survive between runs (as the SQLite files do)."""

    def __init__(self) -> None:
        from tests.support.postgres import PostgresServer, find_bin_dir

        bin_dir = find_bin_dir()
        if bin_dir is None:
            raise RuntimeError("PostgreSQL is not installed (scripts/ensure-system-packages)")
        self.pg = PostgresServer(bin_dir, CACHE / "pg")
        self._copies = 0

    def start(self) -> None:
        CACHE.mkdir(exist_ok=True)
        self.pg.start("shared_buffers=256MB")

    def stop(self) -> None:
        self.pg.stop()

    def url(self, database: str) -> str:
        return self.pg.url(database)

    def admin(self, statement: str) -> list[Any]:
        import psycopg

        with psycopg.connect(self.pg.dsn("postgres"), autocommit=True) as connection:
            cursor = connection.execute(statement)
            return list(cursor.fetchall()) if cursor.description else []

    def databases(self) -> set[str]:
        return {name for (name,) in self.admin("SELECT datname FROM pg_database")}

    def copy(self, template: str, name: str) -> str:
        self.drop(name)
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def schema_key() -> str:
    """Names a cached book: the generator, and every migration (a merge may add one
    before the head without changing the head's name)."""
    import hashlib

    from advisor_referrals.storage import migrate

    revisions = hashlib.sha1("-".join(sorted(migrate.known_revisions())).encode()).hexdigest()
    heads = "-".join(sorted(migrate.head_revisions()))
    return f"s{BENCH_SEED}-g{GENERATOR_VERSION}-{heads}-{revisions[:8]}"


@dataclass
class Context:
    """One backend at one book size: the cached demo book, scratch books and raw access."""

    scratch: Path
    backend: str = "sqlite"
    size: str = MAIN_SIZE
    server: Server | None = None
    _target: str | None = field(default=None, init=False)
    _scratch_books: list[str] = field(default_factory=list, init=False)

    @property
    def contacts(self) -> int:
        return SIZES[self.size]

    @property
    def label(self) -> str:
        return f"{BACKEND_NAMES[self.backend]} {self.size}"

    @property
    def key(self) -> str:
        return f"{self.backend} {self.size}"

    @property
    def is_sqlite(self) -> bool:
        return self.backend == "sqlite"

    @property
    def target(self) -> str:
        """The cached demo book of this size (a path or a URL), made on first use."""
        if self._target is None:
            self._target = (
                str(ensure_sqlite_book(self.contacts))
                if self.is_sqlite
                else ensure_postgres_book(self._server(), self.contacts)
            )
        return self._target

    @property
    def book_day(self) -> date:
        """The day the demo book was made for: its follow-ups, reviews due and quarter are
        relative to it, so the benchmarks ask about that day, not the calendar's."""
        marker = _day_marker(self.target)
        if marker.exists():
            return date.fromisoformat(marker.read_text().strip())
        return BOOK_DAY

    @property
    def book_path(self) -> Path:
        """The SQLite book's file (SQLite contexts only)."""
        assert self.is_sqlite, "a file exists only for SQLite books"
        return Path(self.target)

    def _server(self) -> Server:
        if self.server is None:
            raise RuntimeError("no PostgreSQL server in this run")
        return self.server

    def open(self, target: str | None = None) -> Any:
        from advisor_referrals.storage.opening import open_book

        return open_book(target or self.target)

    def raw(self, target: str | None = None) -> Raw:
        return Raw(target or self.target, self.backend)

    def copy_of_book(self, name: str = "copy") -> str:
        """A private copy of the demo book, for benchmarks that write."""
        if self.is_sqlite:
            target = self.scratch / f"{self.size}-{name}.sqlite3"
            shutil.copyfile(self.target, target)
            return str(target)
        database = self._scratch_name(name)
        server = self._server()
        server.copy(_database_of(self.target), database)
        return server.url(database)

    def empty_book(self, name: str) -> str:
        """A new, empty, migrated book (copied from a template made once per run)."""
        if self.is_sqlite:
            template = self.scratch / "empty-template.sqlite3"
            if not template.exists():
                self.open(str(template)).close()
            target = self.scratch / f"{name}.sqlite3"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(template, target)
            return str(target)
        server = self._server()
        template = "bench_empty_" + schema_key().replace("-", "_")
        if template not in server.databases():
            server.admin(f'CREATE DATABASE "{template}"')
            self.open(server.url(template)).close()
        database = self._scratch_name(name)
        server.copy(template, database)
        return server.url(database)

    def _scratch_name(self, name: str) -> str:
        database = "scratch_" + re.sub(r"\W", "_", f"{self.size}_{name}").lower()
        self._scratch_books.append(database)
        return database

    def cleanup(self) -> None:
        if self.server is not None:
            for database in dict.fromkeys(self._scratch_books):
                self.server.drop(database)
        self._scratch_books.clear()


def _day_marker(target: str) -> Path:
    name = target if "://" not in target else f"pg-{_database_of(target)}"
    return CACHE / f"{Path(name).stem}.day"


def _database_of(url: str) -> str:
    from sqlalchemy.engine import make_url

    return str(make_url(url).database)


def ensure_sqlite_book(contacts: int = BENCH_CONTACTS) -> Path:
    """Generate the book once and keep it in .bench/ until the generator or schema changes."""
    path = CACHE / f"book-{contacts}-{schema_key()}.sqlite3"
    if path.exists():
        return path
    CACHE.mkdir(exist_ok=True)
    for old in CACHE.glob(f"book-{contacts}-*.sqlite3*"):
        old.unlink()
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    print(f"Generating the SQLite benchmark book ({contacts:,} contacts) once…", flush=True)
    started = time.perf_counter()
    GENERATED[("sqlite", contacts)] = demo_command(str(partial), contacts)
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    partial.rename(path)
    _day_marker(str(path)).write_text(BOOK_DAY.isoformat())
    print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    return path


# The demo book is dated relative to a day; the cached books use today, as before.
BOOK_DAY = date.today()

# Runs a command and prints its seconds, peak resident set (MB) and exit status. A process
# keeps the peak of the process it was forked from, so the command is started from this
# small one, not from the benchmark (which holds books and Qt by then).
MEASURE_CHILD = """
import os, subprocess, sys, time
started = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=sys.stderr)
_pid, status, usage = os.wait4(child.pid, 0)
print(time.perf_counter() - started, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status))
"""
# Books generated in this run: (backend, contacts) -> the demo command's seconds and MB.
GENERATED: dict[tuple[str, int], tuple[float, float]] = {}


def demo_command(target: str, contacts: int) -> tuple[float, float]:
    """`advisor-referrals --db TARGET demo --clients N` as a user runs it (a book made for
    today): its seconds and peak resident set in MB."""
    import subprocess
    import sys
    import tempfile

    command = [sys.executable, "-m", "advisor_referrals", "--db", target, "demo"]
    command += ["--clients", str(contacts), "--seed", str(BENCH_SEED)]
    with tempfile.TemporaryFile("w+") as errors:
        measured = subprocess.run(
            [sys.executable, "-c", MEASURE_CHILD, *command],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            check=True,
        ).stdout.split()
        if int(measured[2]):
            errors.seek(0)
            tail = errors.read().strip().splitlines()[-1:]
            raise RuntimeError(f"demo --clients {contacts} failed: {tail}")
    return float(measured[0]), float(measured[1])


def ensure_postgres_book(server: Server, contacts: int) -> str:
    """The same book in a database of the benchmark's server, loaded once and kept."""
    database = f"book_{contacts}_{schema_key()}".replace("-", "_").lower()
    if database in server.databases():
        return server.url(database)
    for old in server.databases():
        if old.startswith(f"book_{contacts}_"):
            server.drop(old)
    partial = database + "_partial"
    server.drop(partial)
    server.admin(f'CREATE DATABASE "{partial}"')
    print(f"Generating the PostgreSQL benchmark book ({contacts:,} contacts) once…", flush=True)
    started = time.perf_counter()
    GENERATED[("postgres", contacts)] = demo_command(server.url(partial), contacts)
    server.admin(f'ALTER DATABASE "{partial}" RENAME TO "{database}"')
    _day_marker(server.url(database)).write_text(BOOK_DAY.isoformat())
    _vacuum(server.url(database))
    print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    return server.url(database)


def _vacuum(url: str) -> None:
    """Visibility maps set and statistics taken, as on a server that has run a while."""
    import psycopg
    from sqlalchemy.engine import make_url

    parts = make_url(url)
    with psycopg.connect(
        host=parts.host, port=parts.port, user=parts.username, dbname=parts.database,
        autocommit=True,
    ) as connection:  # fmt: skip
        connection.execute("VACUUM (ANALYZE)")


# Results


@dataclass(frozen=True)
class Result:
    name: str
    key: str  # "sqlite 100k"
    label: str  # "SQLite 100k"
    unit: str
    value: float
    baseline: float | None
    budget: float | None
    note: str

    @property
    def ok(self) -> bool | None:
        if self.value != self.value:  # NaN: not measured, or failed
            return False if self.note.startswith("failed") else None
        if self.budget is None:
            return None
        return self.value <= self.budget


def run(bench: Benchmark, context: Context) -> Result:
    try:
        measured = bench.run(context)
    except Exception as error:  # one broken figure must not lose the others
        import traceback

        traceback.print_exc()
        measured = Measurement(float("nan"), note=f"failed: {type(error).__name__}: {error}")
    budget = measured.budget if measured.budget is not None else bench.budget_for(context)
    if budget is None and bench.budget_ratio is not None and measured.baseline is not None:
        budget = bench.budget_ratio * measured.baseline
    label = context.label if bench.backends is not None else "any"
    key = context.key if bench.backends is not None else "any"
    return Result(
        bench.name, key, label, bench.unit, measured.value, measured.baseline, budget, measured.note
    )


def format_row(result: Result) -> str:
    def num(value: float | None) -> str:
        return "-" if value is None else f"{value:,.2f}"

    verdict = {True: "ok", False: "OVER", None: ""}[result.ok]
    ratio = (
        f"{result.value / result.baseline:6.1f}x" if result.baseline not in (None, 0) else "      -"
    )
    return (
        f"{result.label:<16} {result.name:<48} {num(result.value):>12} {result.unit:<3} "
        f"baseline {num(result.baseline):>10} {ratio}  budget {num(result.budget):>10}  {verdict}"
        + (f"  ({result.note})" if result.note else "")
    )


def budget_text(bench: Benchmark) -> str:
    """The budget as the README states it: "≤ 100 ms", "≤ 3 × baseline", per size or backend."""
    unit = f" {bench.unit}" if bench.unit else ""
    if bench.budget_ratio is not None:
        return f"≤ {bench.budget_ratio:g} × baseline"
    if bench.budget is None:
        return "—"
    if isinstance(bench.budget, int | float):
        return f"≤ {bench.budget:g}{unit}"
    names = {**BACKEND_NAMES, "*": ""}
    parts = []
    for key, value in bench.budget.items():
        label = " ".join(names.get(word, word) for word in key.split())
        parts.append(f"{label}: ≤ {value:g}{unit}" if label else f"≤ {value:g}{unit}")
    return "; ".join(parts)


def write_results(results: list[Result], path: Path = RESULTS) -> None:
    """bench.json: {figure: {"unit", "budget", "runs": {"sqlite 100k": {value, baseline,
    budget, note}}}}, figures in registration order; runs not measured now keep their last
    value."""
    previous: dict[str, Any] = json.loads(path.read_text()) if path.exists() else {}
    figures = previous.get("figures", {}) if "figures" in previous else {}
    benches = {b.name: b for b in BENCHMARKS}
    for result in results:
        entry = figures.setdefault(result.name, {"unit": result.unit, "runs": {}})
        entry["unit"] = result.unit
        if result.name in benches:
            entry["budget"] = budget_text(benches[result.name])
        entry["runs"][result.key] = {
            "value": None if result.value != result.value else round(result.value, 4),
            "baseline": None if result.baseline is None else round(result.baseline, 4),
            "budget": None if result.budget is None else round(result.budget, 4),
            "note": result.note,
        }
    order = {b.name: n for n, b in enumerate(BENCHMARKS)}
    ordered = dict(sorted(figures.items(), key=lambda item: order.get(item[0], len(order))))
    document = {"measured_on": date.today().isoformat(), "figures": ordered}
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")


def growth(results: list[Result], small: str, large: str) -> list[tuple[str, str, float]]:
    """(figure, backend, large / small) for figures measured at both sizes."""
    by_key = {(r.name, r.key): r for r in results}
    found = []
    for result in results:
        backend, size = [*result.key.split(), ""][:2]
        if size != large:
            continue
        other = by_key.get((result.name, f"{backend} {small}"))
        if other is not None and other.value and other.value == other.value:
            found.append((result.name, backend, result.value / other.value))
    return found
