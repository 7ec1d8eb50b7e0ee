"""`make bench`: run every registered benchmark (or those matching -k) on SQLite and on
PostgreSQL at 10k and 100k contacts (`--large` adds 1M), and write bench.json."""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import harness

# docs/design.md, "Budgets": a figure at a million contacts may be at most 12 times its
# figure at 100,000.
MAX_GROWTH = 12.0


def load_modules() -> None:
    package_dir = Path(__file__).resolve().parent
    for module in pkgutil.iter_modules([str(package_dir)]):
        if module.name.startswith("bench_"):
            importlib.import_module(f"bench.{module.name}")


def _choice(text: str, allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    chosen = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = [part for part in chosen if part not in allowed]
    if unknown:
        raise SystemExit(f"unknown {what}: {', '.join(unknown)} (allowed: {', '.join(allowed)})")
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__)
    parser.add_argument(
        "-k",
        dest="patterns",
        action="append",
        default=[],
        help="run benchmarks whose name holds this (several -k: any of them)",
    )
    parser.add_argument("--list", action="store_true", help="list the benchmarks and stop")
    parser.add_argument(
        "--backends",
        default=",".join(harness.BACKENDS),
        help="sqlite, postgres, or both: sqlite,postgres (the default)",
    )
    parser.add_argument(
        "--sizes",
        default=None,
        help=f"book sizes, of {', '.join(harness.SIZES)} (default: 10k,100k; 1M with --large)",
    )
    parser.add_argument(
        "--large",
        action="store_true",
        help="add the 1M book (SQLite; PostgreSQL too if --large-postgres)",
    )
    parser.add_argument(
        "--large-postgres", action="store_true", help="with --large, also 1M on PostgreSQL"
    )
    parser.add_argument(
        "--results", type=Path, default=harness.RESULTS, help="where to write the results"
    )
    args = parser.parse_args(argv)
    load_modules()
    backends = _choice(args.backends, harness.BACKENDS, "backend")
    default_sizes = harness.LARGE_SIZES if args.large else harness.DEFAULT_SIZES
    sizes = _choice(args.sizes or ",".join(default_sizes), tuple(harness.SIZES), "size")
    patterns = args.patterns or [""]
    chosen = [b for b in harness.BENCHMARKS if any(p in b.name for p in patterns)]
    if args.list:
        for bench in chosen:
            where = "any book" if bench.backends is None else ", ".join(bench.backends)
            print(f"{bench.name}  [{where}; {', '.join(bench.sizes or sizes)}]")
        return 0
    results: list[harness.Result] = []
    failures = 0
    server = None
    if "postgres" in backends:
        server = harness.Server()
        server.start()
    try:
        with tempfile.TemporaryDirectory(prefix="advisor-referrals-bench-") as scratch:
            for backend in backends:
                for size in sizes:
                    if size == "1M" and backend == "postgres" and not args.large_postgres:
                        continue
                    context = harness.Context(Path(scratch), backend, size, server)
                    todo = [b for b in chosen if b.applies(context)]
                    if not todo:
                        continue
                    print(f"\n== {context.label} ==", flush=True)
                    try:
                        for bench in todo:
                            result = harness.run(bench, context)
                            results.append(result)
                            failures += result.ok is False
                            print(harness.format_row(result), flush=True)
                    finally:
                        context.cleanup()
    finally:
        if server is not None:
            server.stop()
    harness.write_results(results, args.results)
    for small, large in (("10k", "100k"), ("100k", "1M")):
        grown = harness.growth(results, small, large)
        if grown and large == "1M":
            print(f"\nGrowth {small} -> {large} (at most {MAX_GROWTH:g}x):")
            for name, backend, ratio in grown:
                verdict = "OVER" if ratio > MAX_GROWTH else "ok"
                print(f"  {backend:<9} {name:<48} {ratio:6.1f}x  {verdict}")
                failures += ratio > MAX_GROWTH
    print(f"\n{len(results)} figures written to {args.results.name}; {failures} over budget.")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
