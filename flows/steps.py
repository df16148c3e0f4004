"""The pipeline's steps as plain functions, so they can be tested without Prefect.

`flows.pipeline` wraps each in a named Prefect task; `antennes score` and `antennes rescore` call
the scoring step directly. Nothing here opens network connections except through the connectors.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import duckdb

from config.errors import AntennesError
from config.schema import Opgave
from config.sources import CbsSource, SourceConfig
from flows.dedup import DedupDoc, find_duplicates
from flows.sources import harvest_source
from flows.sources.base import HarvestResult, RawItem
from flows.sources.cbs import harvest_series
from warehouse import load
from warehouse.db import transaction

SCORE_BATCH = 2000
DEDUP_WINDOW_DAYS = 14
"""Near-duplicates are looked for among originals published up to this many days earlier."""


@dataclass
class SourceReport:
    """What one source contributed to a run (also written to `harvest_runs`)."""

    source: str
    kind: str
    status: str
    items: int = 0
    new: int = 0
    seen: int = 0
    skipped: int = 0
    error: str | None = None


@dataclass
class RunReport:
    """The outcome of one pipeline run, printed by the CLI."""

    opgave: str
    sources: list[SourceReport] = field(default_factory=list)
    documents_new: int = 0
    documents_scored: int = 0
    model_version: str = ""
    published: bool = False
    seconds: float = 0.0

    def summary(self) -> str:
        failed = [s.source for s in self.sources if s.status == "failed"]
        lines = [
            f"opgave {self.opgave}: {self.documents_new} new documents, "
            f"{self.documents_scored} scored (model {self.model_version}) in {self.seconds:.1f} s"
        ]
        for s in self.sources:
            extra = f" ({s.error})" if s.error else ""
            lines.append(f"  {s.source:<20} {s.status:<13} new {s.new:>5}  seen {s.seen:>5}{extra}")
        if failed:
            lines.append(f"  {len(failed)} source(s) failed: {', '.join(failed)}; see v_harvest_runs")
        return "\n".join(lines)


@dataclass
class Harvested:
    """One source's harvest with its timing; context series (CBS) travel beside the documents."""

    result: HarvestResult
    started_at: datetime
    finished_at: datetime
    series: list[dict[str, Any]] = field(default_factory=list)
    state_before: dict[str, str] = field(default_factory=dict)
    """The source's stored state the harvest started from (its state is only written when it changed)."""


class HarvestBatch:
    """Every source's harvest of one run, handed from the harvest task to the load task.

    A plain class on purpose: Prefect walks list, dict, dataclass and pydantic task parameters
    item by item (to find upstream results), which for thousands of harvested items costs more
    than the load itself. This wrapper is still recognised as the harvest task's result, so the
    Prefect UI keeps the arrow from harvest to load.
    """

    __slots__ = ("items",)

    def __init__(self, items: list[Harvested]) -> None:
        self.items = items

    def __iter__(self) -> Iterator[Harvested]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def harvest_one(cfg: SourceConfig, opgave: Opgave, state: dict[str, str]) -> Harvested:
    """Harvest one source; never raises (a failure is a failed result with its reason)."""
    started = now_utc()
    if not isinstance(cfg, CbsSource):
        return Harvested(harvest_source(cfg, opgave, state), started, now_utc(), state_before=dict(state))
    result = HarvestResult(source=cfg.name, kind=cfg.kind, status="ok")
    rows: list[dict[str, Any]] = []
    try:
        rows = [{**r, "opgave": opgave.name, "source": cfg.name} for r in harvest_series(cfg, opgave)]
    except AntennesError as exc:
        result.status, result.error = "failed", str(exc)
    except Exception as exc:  # a connector bug must not stop the other sources
        result.status, result.error = "failed", f"{type(exc).__name__}: {exc}"
    return Harvested(result, started, now_utc(), rows, state_before=dict(state))


def document_rows(opgave: Opgave, items: Iterable[RawItem], harvested_at: datetime) -> list[dict[str, Any]]:
    """Normalise harvested items into `documents` rows keyed by (opgave, source, external id)."""
    rows: list[dict[str, Any]] = []
    for item in items:
        rows.append(
            {
                "doc_id": load.document_id(opgave.name, item.source, item.external_id),
                "content_hash": load.content_hash(opgave.name, item.title, item.text),
                "opgave": opgave.name,
                "source": item.source,
                "kind": item.kind,
                "external_id": item.external_id,
                "url": item.url,
                "author": item.author,
                "published_at": item.published_at.astimezone(UTC),
                "title": item.title,
                "text": item.text,
                "language": item.language,
                "voice_of": item.voice_of,
                "parent_id": item.parent_id,
                "raw": item.raw,
                "harvested_at": harvested_at,
                "duplicate_of": None,
            }
        )
    return rows


def link_duplicates(con: duckdb.DuckDBPyConnection, opgave: Opgave, rows: list[dict[str, Any]]) -> int:
    """Set `duplicate_of` on rows that copy a stored original or an earlier row of this run.

    Runs before loading, so that syndicated copies are stored already linked and never counted
    twice in the aggregates. Returns the number of rows marked.
    """
    if not rows:
        return 0
    since = min(r["published_at"] for r in rows) - timedelta(days=DEDUP_WINDOW_DAYS)
    known = [
        DedupDoc(r["doc_id"], r["title"] or "", r["text"] or "", r["published_at"])
        for r in load.canonical_documents_since(con, opgave.name, since)
    ]
    batch = [DedupDoc(r["doc_id"], r["title"] or "", r["text"] or "", r["published_at"]) for r in rows]
    found = find_duplicates(batch, known)
    for row in rows:
        dup = found.get(row["doc_id"])
        if dup is not None and dup.original != row["doc_id"]:
            row["duplicate_of"] = dup.original
    return sum(1 for r in rows if r["duplicate_of"])


def _error_text(result: HarvestResult) -> str | None:
    """The run's error, with the skipped items (first five reasons) appended."""
    error = result.error
    if result.skipped:
        reasons = "; ".join(f"{i}: {r}" for i, r in result.skipped[:5])
        more = f" (+{len(result.skipped) - 5} more)" if len(result.skipped) > 5 else ""
        error = f"{error + '; ' if error else ''}skipped {len(result.skipped)} item(s): {reasons}{more}"
    return error


def _run_record(opgave: Opgave, harvested: Harvested, stats: load.LoadStats) -> dict[str, Any]:
    result = harvested.result
    return {
        "opgave": opgave.name,
        "source": result.source,
        "kind": result.kind,
        "started_at": harvested.started_at,
        "finished_at": harvested.finished_at,
        "status": result.status,
        "items_new": stats.new,
        "items_seen": stats.seen,
        "items_skipped": len(result.skipped),
        "bytes": result.bytes_received,
        "error": _error_text(result),
    }


def _report(harvested: Harvested, stats: load.LoadStats) -> SourceReport:
    result = harvested.result
    return SourceReport(
        source=result.source,
        kind=result.kind,
        status=result.status,
        items=len(result.items) + len(harvested.series),
        new=stats.new,
        seen=stats.seen,
        skipped=len(result.skipped),
        error=_error_text(result),
    )


def _save_state(con: duckdb.DuckDBPyConnection, opgave: Opgave, harvested: Harvested) -> None:
    """Remember the source's new state (validators, cursors); nothing is written when it is unchanged."""
    state = harvested.result.state
    if state and state != harvested.state_before:
        load.set_source_state(con, opgave.name, harvested.result.source, state)


def store_harvest(
    con: duckdb.DuckDBPyConnection, opgave: Opgave, harvested: Harvested, rows: list[dict[str, Any]]
) -> SourceReport:
    """Load one source's rows (or series), remember its state, and record the run, in one transaction."""
    with transaction(con):
        stats = (
            load.load_series(con, harvested.series) if harvested.series else load.load_documents(con, rows)
        )
        _save_state(con, opgave, harvested)
        load.record_harvest_run(con, _run_record(opgave, harvested, stats))
    return _report(harvested, stats)


def store_quiet(
    con: duckdb.DuckDBPyConnection, opgave: Opgave, harvested: list[Harvested]
) -> list[SourceReport]:
    """Sources that brought no documents: their series, changed states and run records, in one transaction."""
    if not harvested:
        return []
    with transaction(con):
        series = load.load_series_by_source(con, [row for h in harvested for row in h.series])
        stats = [series.get(h.result.source, load.LoadStats(0, 0)) for h in harvested]
        for h in harvested:
            _save_state(con, opgave, h)
        records = [_run_record(opgave, h, s) for h, s in zip(harvested, stats, strict=True)]
        load.record_harvest_runs(con, records)
    return [_report(h, s) for h, s in zip(harvested, stats, strict=True)]


def store_run(
    con: duckdb.DuckDBPyConnection, opgave: Opgave, harvested: list[Harvested]
) -> list[SourceReport]:
    """Normalise every source's items, link duplicates across sources, then store them.

    A source that brought documents is stored in its own transaction (its documents, its state and
    its run record commit together). Sources without documents (nothing new, failed, or context
    series only) leave only a run record, a changed state or series rows: they share one
    transaction, because every commit costs a write-ahead-log sync and a quiet run has a dozen.
    Reports come back in the order of `harvested`.
    """
    stamp = now_utc()
    per_source = [document_rows(opgave, h.result.items, stamp) for h in harvested]
    link_duplicates(con, opgave, [row for rows in per_source for row in rows])
    quiet = [h for h, rows in zip(harvested, per_source, strict=True) if not rows]
    reports = {id(h): r for h, r in zip(quiet, store_quiet(con, opgave, quiet), strict=True)}
    for h, rows in zip(harvested, per_source, strict=True):
        if rows:
            reports[id(h)] = store_harvest(con, opgave, h, rows)
    return [reports[id(h)] for h in harvested]


def _batches(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def score_pending(
    con: duckdb.DuckDBPyConnection, opgave: Opgave, *, rescore: bool = False
) -> tuple[int, str]:
    """Score every document of the opgave that has no score under the current model version.

    Scoring runs in this process, or on a Dask cluster when `scale.dask_address` is set; the
    results are written here either way, so the warehouse keeps a single writer.
    """
    from flows.scale import score_partitioned
    from nlp.score import ScoreInput, model_version

    version = model_version(opgave)
    if rescore:
        load.delete_scores(con, opgave.name, version)
    pending = load.unscored_documents(con, opgave.name, version)
    if not pending:
        load.set_model_version(con, opgave.name, version)
        return 0, version
    done = 0
    for batch in _batches(pending, SCORE_BATCH):
        inputs = [
            ScoreInput(
                id=row["doc_id"],
                text=row["text"] or "",
                title=row["title"] or "",
                voice_of=row.get("voice_of"),
                language=row.get("language"),
            )
            for row in batch
        ]
        results = score_partitioned(opgave, inputs)
        load.load_scores(con, results)
        done += len(results)
    load.set_model_version(con, opgave.name, version)
    return done, version


def now_utc() -> datetime:
    return datetime.now(UTC)
