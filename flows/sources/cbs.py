"""CBS StatLine (OData v3) as context indicators: one measure of a table as a time series of rows.

Statistics are not documents: they are stored in the warehouse's `series` table and shown beside
the sentiment lines (e.g. the number of dairy farms next to the farmers' appreciation). Periods are
normalised from CBS codes (`2024JJ00` -> `2024`, `2024KW02` -> `2024-Q2`, `2024MM03` -> `2024-03`).
"""

from __future__ import annotations

import re
from typing import Any

from config.errors import SourceError
from config.schema import Opgave
from config.sources import CbsSource
from flows.sources.base import PoliteClient, RetryPolicy

_PERIOD = re.compile(r"^(\d{4})(JJ|KW|MM|HJ|X)(\d{2})$")
_NON_DIMENSIONS = {"ID", "Perioden"}


def harvest_series(cfg: CbsSource, opgave: Opgave, retry: RetryPolicy | None = None) -> list[dict[str, Any]]:
    """Rows `{series, period, value, unit}` of `cfg.measure` in `cfg.table`; raises SourceError on failure."""
    base = f"{cfg.base_url.rstrip('/')}/{cfg.table}"
    with PoliteClient(opgave.harvest, cfg.timeout_s, retry=retry) as client:
        properties = _values(client.get_json(f"{base}/DataProperties"), f"{base}/DataProperties")
        measure = next((p for p in properties if p.get("Key") == cfg.measure), None)
        if measure is None:
            raise SourceError(f"CBS table {cfg.table} has no measure {cfg.measure!r}.")
        dimensions = [
            str(p["Key"])
            for p in properties
            if str(p.get("Type", "")).endswith("Dimension") and p.get("Key") not in _NON_DIMENSIONS
        ]
        label = cfg.label_nl or str(measure.get("Title") or cfg.measure).strip()
        unit = str(measure.get("Unit") or "").strip() or None
        rows = []
        for record in _all_records(client, f"{base}/TypedDataSet"):
            row = _row(record, cfg.measure, label, unit, dimensions)
            if row is not None:
                rows.append(row)
    return rows


def _all_records(client: PoliteClient, url: str) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    next_url: str | None = url
    while next_url:
        page = client.get_json(next_url)
        records += _values(page, next_url)
        next_url = page.get("odata.nextLink") or page.get("@odata.nextLink")
    return records


def _values(page: Any, url: str) -> list[dict[str, Any]]:
    if not isinstance(page, dict) or not isinstance(page.get("value"), list):
        raise SourceError(f"Unexpected answer from {url}: no 'value' list.")
    return [v for v in page["value"] if isinstance(v, dict)]


def _row(
    record: dict[str, Any], measure: str, label: str, unit: str | None, dimensions: list[str]
) -> dict[str, Any] | None:
    period = normalise_period(str(record.get("Perioden") or ""))
    if period is None:
        return None
    value = record.get(measure)
    try:
        number = float(value) if value is not None and str(value).strip() not in {"", "."} else None
    except ValueError:
        number = None
    extra = [str(record.get(d) or "").strip() for d in dimensions]
    series = f"{label} ({', '.join(e for e in extra if e)})" if any(extra) else label
    return {"series": series, "period": period, "value": number, "unit": unit}


def normalise_period(code: str) -> str | None:
    """CBS period code -> `YYYY`, `YYYY-Qn`, `YYYY-Hn` or `YYYY-MM`; None if it is not a period."""
    match = _PERIOD.match(code.strip())
    if not match:
        return None
    year, kind, number = match[1], match[2], int(match[3])
    if kind in {"JJ", "X"}:
        return year
    if kind == "KW":
        return f"{year}-Q{number}"
    if kind == "HJ":
        return f"{year}-H{number}"
    return f"{year}-{number:02d}"
