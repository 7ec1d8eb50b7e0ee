"""`make bench`: run every registered benchmark (or those matching -k) and write bench.json."""

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


def load_modules() -> None:
    package_dir = Path(__file__).resolve().parent
    for module in pkgutil.iter_modules([str(package_dir)]):
        if module.name.startswith("bench_"):
            importlib.import_module(f"bench.{module.name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__)
    parser.add_argument(
        "-k", dest="pattern", default="", help="run benchmarks whose name holds this"
    )
    parser.add_argument("--list", action="store_true", help="list the benchmarks and stop")
    args = parser.parse_args(argv)
    load_modules()
    chosen = [b for b in harness.BENCHMARKS if args.pattern in b.name]
    if args.list:
        for bench in chosen:
            print(bench.name)
        return 0
    results = []
    failures = 0
    with tempfile.TemporaryDirectory(prefix="advisor-referrals-bench-") as scratch:
        context = harness.Context(Path(scratch))
        for bench in chosen:
            result = harness.run(bench, context)
            results.append(result)
            failures += result.ok is False
            print(harness.format_row(result), flush=True)
    harness.write_results(results)
    print(f"\n{len(results)} figures written to {harness.RESULTS.name}; {failures} over budget.")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
