"""Storing a run's harvests on a real DuckDB file: per-source transactions for documents, one for the rest."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from config.schema import Opgave
from flows import steps
from flows.sources.base import HarvestResult, RawItem
from warehouse import load
from warehouse.db import connect_rw

T0 = datetime(2026, 11, 28, 6, 0, tzinfo=UTC)


@pytest.fixture
def opgave(make_opgave: Callable[..., Opgave]) -> Opgave:
    return make_opgave(
        [
            {"name": "feed", "kind": "rss", "url": "http://twin/feeds/a.xml"},
            {"name": "stil", "kind": "rss", "url": "http://twin/feeds/b.xml"},
            {"name": "kapot", "kind": "rss", "url": "http://twin/feeds/c.xml"},
            {"name": "cbs", "kind": "cbs", "table": "T1", "measure": "M1"},
        ]
    )


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    connection = connect_rw(tmp_path / "warehouse.duckdb")
    yield connection
    connection.close()


def _item(source: str, n: int) -> RawItem:
    return RawItem(
        source=source, kind="rss", external_id=f"{source}-{n}", url=f"http://twin/{source}/{n}",
        author=None, published_at=T0, title=f"Bericht {n} over {source}",
        text=f"Uniek bericht nummer {n} van {source} over mest en stikstof in de polder, dag {n}.",
    )  # fmt: skip


def _harvested(
    source: str, status: str = "ok", items: int = 0, state: dict[str, str] | None = None,
    before: dict[str, str] | None = None, series: list[dict[str, object]] | None = None,
) -> steps.Harvested:  # fmt: skip
    result = HarvestResult(source=source, kind="cbs" if series else "rss", status=status, state=state or {})
    result.items = [_item(source, n) for n in range(items)]
    result.error = "HTTP 500 from http://twin" if status == "failed" else None
    return steps.Harvested(result, T0, T0, series=series or [], state_before=before or {})


def _series(value: float) -> list[dict[str, object]]:
    row = {"opgave": "stikstoftest", "source": "cbs", "series": "Melkkoeien", "unit": "x 1000"}
    return [{**row, "period": "2024", "value": value}, {**row, "period": "2025", "value": 1500.0}]


def _runs(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, int]]:
    query = "SELECT source, status, items_new FROM harvest_runs ORDER BY source"
    return [(str(s), str(st), int(n)) for s, st, n in con.execute(query).fetchall()]


def test_every_source_gets_a_run_record_and_reports_keep_their_order(
    con: duckdb.DuckDBPyConnection, opgave: Opgave
) -> None:
    harvested = [
        _harvested("feed", items=3, state={"etag": '"1"'}),
        _harvested("stil", status="not_modified", state={"etag": '"s"'}, before={"etag": '"s"'}),
        _harvested("kapot", status="failed"),
        _harvested("cbs", series=_series(1600.0)),
    ]
    reports = steps.store_run(con, opgave, harvested)
    assert [(r.source, r.status, r.new) for r in reports] == [
        ("feed", "ok", 3), ("stil", "not_modified", 0), ("kapot", "failed", 0), ("cbs", "ok", 2),
    ]  # fmt: skip
    assert reports[2].error == "HTTP 500 from http://twin"
    assert _runs(con) == [
        ("cbs", "ok", 2),
        ("feed", "ok", 3),
        ("kapot", "failed", 0),
        ("stil", "not_modified", 0),
    ]
    assert load.get_source_state(con, "stikstoftest", "feed") == {"etag": '"1"'}
    assert load.get_source_state(con, "stikstoftest", "stil") == {}  # unchanged state: not rewritten


def test_a_quiet_rerun_records_runs_and_only_changed_series(
    con: duckdb.DuckDBPyConnection, opgave: Opgave
) -> None:
    steps.store_run(
        con,
        opgave,
        [_harvested("feed", items=2, state={"etag": '"1"'}), _harvested("cbs", series=_series(1600.0))],
    )
    quiet = [
        _harvested("feed", status="not_modified", state={"etag": '"1"'}, before={"etag": '"1"'}),
        _harvested("cbs", series=_series(1590.0)),  # CBS revised one figure
    ]
    reports = steps.store_run(con, opgave, quiet)
    assert [(r.source, r.new, r.seen) for r in reports] == [("feed", 0, 0), ("cbs", 1, 1)]
    runs = con.execute("SELECT source, count(*) FROM harvest_runs GROUP BY ALL ORDER BY ALL").fetchall()
    assert runs == [("cbs", 2), ("feed", 2)]
    values = con.execute("SELECT period, value FROM series ORDER BY period").fetchall()
    assert values == [("2024", 1590.0), ("2025", 1500.0)]
