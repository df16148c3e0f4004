"""The read API: what the dashboard (and a policy officer in a notebook) asks the warehouse.

Every function takes the path of the *published* snapshot, opens a short-lived read-only DuckDB
connection, runs named queries from `warehouse/sql/read/` with bound parameters, closes the
connection and returns a pandas DataFrame. Holding no connection open is what lets the pipeline
publish a new snapshot at any moment. This module must stay free of spaCy, Prefect and Streamlit.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from config.errors import WarehouseError
from warehouse import signals as _signals

ALL = "alle"  # the rollup value of target_group/topic in v_daily_appreciation


class NoDataYet(WarehouseError):
    """The published warehouse does not exist yet (the pipeline has not run)."""


@dataclass(frozen=True)
class SnapshotInfo:
    """What a reader needs to know about the published file before asking anything else."""

    path: Path
    exists: bool
    mtime: float = 0.0
    published_at: datetime | None = None
    n_documents: int = 0
    first_day: date | None = None
    last_day: date | None = None
    model_version: str | None = None

    @property
    def empty(self) -> bool:
        return not self.exists or self.n_documents == 0


@cache
def _sql(name: str) -> str:
    return resources.files("warehouse.sql.read").joinpath(f"{name}.sql").read_text(encoding="utf-8")


@contextmanager
def _connect(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection that lives only as long as one query."""
    if not Path(path).is_file():
        raise NoDataYet(f"The warehouse {path} does not exist yet; run the pipeline first.")
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        raise WarehouseError(f"Cannot open the warehouse {path} read-only: {_first_line(exc)}.") from exc
    try:
        yield con
    finally:
        con.close()


def _run(
    con: duckdb.DuckDBPyConnection, path: Path, name: str, params: dict[str, Any] | None
) -> pd.DataFrame:
    try:
        return con.execute(_sql(name), params or {}).df()
    except duckdb.CatalogException as exc:
        raise WarehouseError(f"The warehouse {path} lacks a table or view: {_first_line(exc)}.") from exc


def _query(path: Path, name: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
    with _connect(path) as con:
        return _run(con, path, name, params)


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0].rstrip(".") if str(exc).strip() else type(exc).__name__


def snapshot_info(path: Path, opgave: str | None = None) -> SnapshotInfo:
    """Publication time, counts and file mtime (the cache key); a missing file is a state, not an error."""
    path = Path(path)
    if not path.is_file():
        return SnapshotInfo(path=path, exists=False)
    mtime = os.path.getmtime(path)
    with _connect(path) as con:
        meta = dict(_run(con, path, "snapshot_meta", None).itertuples(index=False, name=None))
        counts = _run(con, path, "snapshot_counts", {"opgave": opgave}).iloc[0]
    return SnapshotInfo(
        path=path,
        exists=True,
        mtime=mtime,
        published_at=_parse_time(meta.get("published_at")),
        n_documents=int(counts["n_documents"]),
        first_day=_as_date(counts["first_day"]),
        last_day=_as_date(counts["last_day"]),
        model_version=meta.get(f"model_version:{opgave}") or meta.get("model_version"),
    )


def daily_appreciation(
    path: Path,
    opgave: str,
    topic: str | None = ALL,
    start: date | None = None,
    end: date | None = None,
    target_group: str | None = None,
) -> pd.DataFrame:
    """Rows of `v_daily_appreciation`; topic/target_group None means every value incl. 'alle'."""
    params = {"opgave": opgave, "topic": topic, "target_group": target_group, **_period(start, end)}
    frame = _query(path, "daily_appreciation", params)
    frame["day"] = pd.to_datetime(frame["day"]).dt.date
    return frame


def appreciation_trend(
    path: Path, opgave: str, topic: str | None, start: date, end: date, window: int = 7
) -> pd.DataFrame:
    """Per day and group (incl. 'alle'): the n-weighted rolling mean over `window` days and its 95 % band.

    Columns: day, target_group, n (that day), n_window, mean, sd, low, high. The band is
    mean ± 1.96 · sd/√n_window, so it narrows as more documents speak; NaN where n_window < 2.
    """
    stats = _query(
        path,
        "appreciation_stats",
        {
            "opgave": opgave,
            "topic": None if topic in (None, ALL) else topic,
            **_period(start - timedelta(window - 1), end),
        },
    )
    days = pd.date_range(pd.Timestamp(start) - pd.Timedelta(days=window - 1), pd.Timestamp(end), freq="D")
    frames = []
    for group, part in stats.groupby("target_group", sort=True):
        dense = part.assign(day=pd.to_datetime(part["day"])).set_index("day")[["n", "s", "s2"]]
        dense = dense.astype(float).reindex(days, fill_value=0.0)
        roll = dense.rolling(window, min_periods=1).sum()
        mean = roll["s"] / roll["n"]
        var = ((roll["s2"] - roll["n"] * mean**2) / (roll["n"] - 1)).clip(lower=0.0)
        sd = var.where(roll["n"] >= 2).pow(0.5)
        half = 1.96 * sd / roll["n"].pow(0.5)
        frames.append(
            pd.DataFrame(
                {
                    "target_group": group,
                    "n": dense["n"].astype(int),
                    "n_window": roll["n"].astype(int),
                    "mean": mean,
                    "sd": sd,
                    "low": mean - half,
                    "high": mean + half,
                }
            )
        )
    columns = ["day", "target_group", "n", "n_window", "mean", "sd", "low", "high"]
    if not frames:
        return pd.DataFrame(columns=columns)
    out = pd.concat(frames).rename_axis("day").reset_index()
    out = out[out["day"] >= pd.Timestamp(start)]
    out["day"] = out["day"].dt.date
    return out[columns].reset_index(drop=True)


def dimensions(path: Path, opgave: str) -> dict[str, list[str]]:
    """The groups, topics, sources and languages present in the snapshot (for filter lists)."""
    frame = _query(path, "dimensions", {"opgave": opgave})
    found: dict[str, list[str]] = {"target_group": [], "topic": [], "source": [], "language": []}
    for dimension, value in frame.itertuples(index=False, name=None):
        found.setdefault(dimension, []).append(value)
    return found


def groups(path: Path, opgave: str) -> list[str]:
    """Target groups with at least one document (without the 'alle' rollup)."""
    return dimensions(path, opgave)["target_group"]


def topics(path: Path, opgave: str) -> list[str]:
    """Topics with at least one document (without the 'alle' rollup)."""
    return dimensions(path, opgave)["topic"]


def topic_group_matrix(
    path: Path, opgave: str, start: date | None = None, end: date | None = None
) -> pd.DataFrame:
    """Pooled mean sentiment, shares and n per topic x group over the period (incl. 'alle' totals)."""
    return _query(path, "topic_group_matrix", {"opgave": opgave, **_period(start, end)})


def documents(
    path: Path,
    opgave: str,
    *,
    start: date | None = None,
    end: date | None = None,
    topic: str | None = None,
    target_group: str | None = None,
    source: str | None = None,
    label: str | None = None,
    language: str | None = None,
    search: str | None = None,
    limit: int = 200,
) -> pd.DataFrame:
    """Canonical documents, newest first; `search` is plain text (no wildcards), every filter optional.

    Without a search, a period is read newest days first (see `_newest_first`): the first few days
    usually fill the page, and the older days are then never read.
    """
    params = {
        "opgave": opgave,
        "topic": None if topic == ALL else topic,
        "target_group": None if target_group == ALL else target_group,
        "source": source,
        "label": label,
        "language": language,
        "search": (search or "").strip() or None,
    }
    windows = [(start, end)] if params["search"] or end is None else _newest_first(start, end)
    frames: list[pd.DataFrame] = []
    remaining = int(limit)
    with _connect(path) as con:
        for low, high in windows:
            frame = _run(con, path, "documents", {**params, "start": low, "end": high, "limit": remaining})
            frames.append(frame)
            remaining -= len(frame)
            if remaining <= 0:
                break
    found = [f for f in frames if not f.empty]
    if len(found) <= 1:
        return found[0] if found else frames[0]
    return pd.concat(found, ignore_index=True)


#: Day spans, newest first, in which `documents` looks for the newest documents of a period.
NEWEST_FIRST_SPANS = (3, 11)


def _newest_first(start: date | None, end: date) -> list[tuple[date | None, date]]:
    """[start, end] cut into day ranges, newest first: the last 3 days, the 11 before, the rest.

    Publication days never overlap between ranges, so "newest first" within each range and the
    ranges in this order give the same list as one query over the whole period.
    """
    windows: list[tuple[date | None, date]] = []
    high = end
    for span in NEWEST_FIRST_SPANS:
        low = high - timedelta(days=span - 1)
        if start is not None and low <= start:
            break
        windows.append((low, high))
        high = low - timedelta(days=1)
    windows.append((start, high))
    return windows


def signals(
    path: Path,
    opgave: str,
    start: date,
    end: date,
    min_n: int,
    period_days: int = 1,
    method: _signals.Method | None = None,
) -> pd.DataFrame:
    """Signals (see `warehouse.signals`) ending within [start, end], newest first."""
    method = method or _signals.Method()
    history = start - timedelta(days=method.window_days + period_days)
    daily = daily_appreciation(path, opgave, topic=None, start=history, end=end)
    found = _signals.detect(daily, min_n=min_n, period_days=period_days, method=method)
    return found[found["day"] >= start].reset_index(drop=True) if not found.empty else found


def stakeholders(path: Path, opgave: str, start: date, end: date) -> pd.DataFrame:
    """Mentioned stakeholders: n, mean sentiment, mentions in the last 7 days vs the 7 before."""
    return _query(path, "stakeholders", {"opgave": opgave, **_period(start, end)})


def stakeholder_candidates(path: Path, opgave: str) -> pd.DataFrame:
    """Often-mentioned names that are not stakeholders of the opgave yet, most frequent first.

    Columns: name, count, examples (a list of snippets), first_seen, last_seen, computed_at.
    Empty until discovery has run (`flows.candidates.refresh_candidates`).
    """
    frame = _query(path, "stakeholder_candidates", {"opgave": opgave})
    frame["examples"] = [_json_list(v) for v in frame["examples"]]
    return frame


def harvest_health(path: Path, opgave: str) -> pd.DataFrame:
    """Per source: latest run and status, last success, recent failures, documents contributed."""
    return _query(path, "harvest_health", {"opgave": opgave})


def series(path: Path, opgave: str) -> pd.DataFrame:
    """Context figures (e.g. CBS StatLine) of the opgave, oldest period first per source and series.

    Columns: source, series, period, frequency ('jaar', 'halfjaar', 'kwartaal', 'maand' or
    'anders'), period_start (first day of the period, a date; NaT for 'anders'), value, unit.
    Empty when the opgave has no context sources.
    """
    frame = _query(path, "series", {"opgave": opgave})
    frame["period_start"] = pd.to_datetime(frame["period_start"]).dt.date
    return frame


def _period(start: date | None, end: date | None) -> dict[str, date]:
    return {"start": start or date(1900, 1, 1), "end": end or date(9999, 12, 31)}


def _json_list(value: Any) -> list[str]:
    """A JSON list column as a list of strings; anything else (NULL, bad JSON) as an empty list."""
    try:
        parsed = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return []
    return [str(v) for v in parsed] if isinstance(parsed, list) else []


def _as_date(value: Any) -> date | None:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return None
    return pd.Timestamp(value).date()


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
