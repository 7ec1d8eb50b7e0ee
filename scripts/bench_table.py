"""Write the README's benchmark table from bench.json (run after `make bench`).

The rows keep the README's order; each gets the figure, the baseline measured beside
it, and whether it met its budget. Only the text between the two
`<!-- bench-table -->` markers changes.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARK = "<!-- bench-table -->"


def _num(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    digits = 0 if unit == "MB" or value >= 100 else 2 if value < 10 else 1
    return f"{value:,.{digits}f} {unit}"


def _cells(entry: dict[str, float | str | None]) -> tuple[str, str]:
    unit = str(entry["unit"])
    value = float(entry["value"] or 0)
    baseline, budget = entry.get("baseline"), entry.get("budget")
    measured = _num(value, unit)
    if budget is not None:
        measured += " ✓" if value <= float(budget) else " **over**"
    return measured, _num(None if baseline is None else float(baseline), unit)


def main() -> int:
    readme = ROOT / "README.md"
    results = json.loads((ROOT / "bench.json").read_text())
    text = readme.read_text(encoding="utf-8")
    start, end = text.index(MARK), text.rindex(MARK)
    lines = text[start:end].splitlines()
    out = []
    for line in lines:
        match = re.match(r"^\| (.+?) \| (.+?) \| .*? \| .*? \|$", line)
        if match and match.group(1) in results:
            measured, baseline = _cells(results[match.group(1)])
            out.append(f"| {match.group(1)} | {match.group(2)} | {measured} | {baseline} |")
        else:
            out.append(line)
    readme.write_text(text[:start] + "\n".join(out) + "\n" + text[end:], encoding="utf-8")
    missing = [name for name in results if f"| {name} |" not in text]
    if missing:
        print("not in the README table:", ", ".join(missing), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
