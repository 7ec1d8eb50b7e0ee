"""The quarter's figures as data: .json (the metric contract), .csv (the summary), .xlsx (tables).

The JSON holds exactly the keys of docs/design.md, "Metrics". The CSV is metric,value rows,
nested values flattened to dotted names, with text that a spreadsheet would run as a
formula made inert. The workbook has one typed sheet per table.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from advisor_referrals.domain.cells import guard
from advisor_referrals.domain.metrics import Metrics


def metrics_json(metrics: Metrics) -> bytes:
    return (json.dumps(metrics.as_dict(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def flatten(key: str, value: Any) -> Iterator[tuple[str, Any]]:
    """Nested metric values as dotted rows: referrals_by_source.client, top_referrers.1.name."""
    if isinstance(value, dict | list) and not value:
        yield key, None  # none at all: the row stays, so every metric is listed
    elif isinstance(value, dict):
        for name, inner in value.items():
            yield from flatten(f"{key}.{name}", inner)
    elif isinstance(value, list):
        for position, inner in enumerate(value, start=1):
            yield from flatten(f"{key}.{position}", inner)
    else:
        yield key, value


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    return guard(str(value))


def metrics_csv(metrics: Metrics) -> bytes:
    """metric,value rows; an empty value is a metric with nothing to divide by."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["metric", "value"])
    for key, value in metrics.as_dict().items():
        for name, item in flatten(key, value):
            writer.writerow([name, csv_cell(item)])
    # A BOM lets spreadsheet programs read accented names correctly.
    return ("\ufeff" + out.getvalue()).encode("utf-8")
