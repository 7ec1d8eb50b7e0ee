"""The benchmark harness: registration, timing, the cached 100k book, and the report.

A benchmark module `bench/bench_<area>.py` registers functions with `@benchmark`.
Each returns a `Measurement`: our figure and the raw baseline measured in the same
process, so a slow machine slows both and the ratio stays meaningful.
"""

from __future__ import annotations

import gc
import json
import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".bench"
RESULTS = ROOT / "bench.json"

# The book of docs/design.md, "Budgets": 100,000 contacts, 50,000 referrals,
# 300,000 reviews and 200,000 triggers.
BENCH_CONTACTS = 100_000
BENCH_SEED = 2026
GENERATOR_VERSION = 2  # 2: partial index on the review successor link


@dataclass(frozen=True)
class Measurement:
    value: float
    baseline: float | None = None
    budget: float | None = None
    note: str = ""


@dataclass(frozen=True)
class Benchmark:
    name: str
    unit: str
    budget: float | None
    budget_ratio: float | None
    run: Callable[[Context], Measurement]


BENCHMARKS: list[Benchmark] = []


def benchmark(
    name: str, *, unit: str = "ms", budget: float | None = None, budget_ratio: float | None = None
) -> Callable[[Callable[[Context], Measurement]], Callable[[Context], Measurement]]:
    """Register a benchmark. `budget` is absolute (in `unit`); `budget_ratio` is x baseline."""

    def register(fn: Callable[[Context], Measurement]) -> Callable[[Context], Measurement]:
        BENCHMARKS.append(Benchmark(name, unit, budget, budget_ratio, fn))
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


@dataclass
class Context:
    """What benchmarks share: the cached big book and a scratch folder."""

    scratch: Path
    _book_path: Path | None = field(default=None, init=False)

    @property
    def book_path(self) -> Path:
        if self._book_path is None:
            self._book_path = ensure_bench_book()
        return self._book_path

    def copy_of_book(self, name: str = "copy.sqlite3") -> Path:
        """A private copy of the big book, for benchmarks that write."""
        target = self.scratch / name
        shutil.copyfile(self.book_path, target)
        return target


def ensure_bench_book() -> Path:
    """Generate the 100k book once and keep it in .bench/ until the generator or schema changes."""
    from advisor_referrals.storage import migrate

    heads = "-".join(sorted(migrate.head_revisions()))
    path = CACHE / f"book-{BENCH_CONTACTS}-s{BENCH_SEED}-g{GENERATOR_VERSION}-{heads}.sqlite3"
    if path.exists():
        return path
    CACHE.mkdir(exist_ok=True)
    for old in CACHE.glob("book-*.sqlite3*"):
        old.unlink()
    from advisor_referrals.services.demo.demo_book import make_demo_book
    from advisor_referrals.storage.opening import open_book

    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    print(f"Generating the benchmark book ({BENCH_CONTACTS:,} contacts) once…", flush=True)
    started = time.perf_counter()
    book = open_book(str(partial))
    try:
        make_demo_book(book, clients=BENCH_CONTACTS, seed=BENCH_SEED)
        with book.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        book.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    partial.rename(path)
    print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    return path


@dataclass(frozen=True)
class Result:
    name: str
    unit: str
    value: float
    baseline: float | None
    budget: float | None
    note: str

    @property
    def ok(self) -> bool | None:
        return None if self.budget is None else self.value <= self.budget


def run(bench: Benchmark, context: Context) -> Result:
    measured = bench.run(context)
    budget = measured.budget if measured.budget is not None else bench.budget
    if budget is None and bench.budget_ratio is not None and measured.baseline is not None:
        budget = bench.budget_ratio * measured.baseline
    return Result(bench.name, bench.unit, measured.value, measured.baseline, budget, measured.note)


def format_row(result: Result) -> str:
    def num(value: float | None) -> str:
        return "-" if value is None else f"{value:,.2f}"

    verdict = {True: "ok", False: "OVER", None: ""}[result.ok]
    ratio = (
        f"{result.value / result.baseline:6.1f}x" if result.baseline not in (None, 0) else "      -"
    )
    return (
        f"{result.name:<44} {num(result.value):>12} {result.unit:<3} "
        f"baseline {num(result.baseline):>10} {ratio}  budget {num(result.budget):>10}  {verdict}"
        + (f"  ({result.note})" if result.note else "")
    )


def write_results(results: list[Result], path: Path = RESULTS) -> None:
    previous = json.loads(path.read_text()) if path.exists() else {}
    for result in results:
        previous[result.name] = {
            "value": round(result.value, 4),
            "unit": result.unit,
            "baseline": None if result.baseline is None else round(result.baseline, 4),
            "budget": None if result.budget is None else round(result.budget, 4),
        }
    path.write_text(json.dumps(previous, indent=2, sort_keys=True) + "\n")
