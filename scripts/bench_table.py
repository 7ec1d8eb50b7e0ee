"""Write the README's benchmark table from bench.json (run after `make bench`).

One row per figure, in the order the benchmarks are registered; one column per backend
and book size measured. Each cell holds the figure, whether it met its budget, and the
raw baseline measured beside it in the same run. Only the text between the two
`<!-- bench-table -->` markers changes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MARK = "<!-- bench-table -->"
COLUMNS = (
    ("sqlite 10k", "SQLite 10k"),
    ("sqlite 100k", "SQLite 100k"),
    ("sqlite 1M", "SQLite 1M"),
    ("postgres 10k", "PostgreSQL 10k"),
    ("postgres 100k", "PostgreSQL 100k"),
    ("postgres 1M", "PostgreSQL 1M"),
)


def _num(value: float | None) -> str:
    if value is None:
        return "—"
    digits = 0 if value >= 100 else 2 if value < 10 else 1
    return f"{value:,.{digits}f}"


def _cell(run: dict[str, Any] | None) -> str:
    if run is None:
        return ""
    value, baseline, budget = run.get("value"), run.get("baseline"), run.get("budget")
    if value is None:
        return "failed" if str(run.get("note", "")).startswith("failed") else "—"
    text = _num(value)
    if budget is not None:
        text += " ✓" if value <= budget else " **over**"
    if baseline is not None:
        text += f" ({_num(baseline)})"
    return text


# A growth column for each backend measured at both 100k and 1M.
GROWTH = (("sqlite", "SQLite"), ("postgres", "PostgreSQL"))


def _growth(runs: dict[str, Any], backend: str) -> str:
    small, large = runs.get(f"{backend} 100k"), runs.get(f"{backend} 1M")
    if small and large and small.get("value") and large.get("value") is not None:
        return f"{large['value'] / small['value']:.1f}×"
    return ""


def table(document: dict[str, Any]) -> list[str]:
    figures: dict[str, Any] = document["figures"]
    keys = {key for entry in figures.values() for key in entry["runs"]}
    columns = [(key, title) for key, title in COLUMNS if key in keys]
    grown = [
        (backend, title)
        for backend, title in GROWTH
        if f"{backend} 100k" in keys and f"{backend} 1M" in keys
    ]
    header = ["what", "unit", "budget", *(title for _, title in columns)]
    if len(grown) == 1:
        header += ["1M ÷ 100k"]
    else:
        header += [f"{title} 1M ÷ 100k" for _, title in grown]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, entry in figures.items():
        runs = entry["runs"]
        if "any" in runs:  # no book involved: shown once, in the first column
            runs = {columns[0][0]: runs["any"]}
        cells = [name, entry.get("unit") or "", entry.get("budget", "—")]
        cells += [_cell(runs.get(key)) for key, _ in columns]
        cells += [_growth(runs, backend) for backend, _ in grown]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def main() -> int:
    readme = ROOT / "README.md"
    document = json.loads((ROOT / "bench.json").read_text(encoding="utf-8"))
    if "figures" not in document:
        print("bench.json is in the old layout: run `make bench` first", file=sys.stderr)
        return 1
    text = readme.read_text(encoding="utf-8")
    start, end = text.index(MARK), text.rindex(MARK)
    block = [MARK, *table(document)]
    readme.write_text(text[:start] + "\n".join(block) + "\n" + text[end:], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
