"""The whole pipeline under Prefect, over the real demo data served by the offline twin."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest
from prefect import flow
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterName
from prefect.settings import get_current_settings

from config.loader import load_opgave
from flows import pipeline, steps
from flows.pipeline import run_pipeline

COUNTED = ["documents", "scores", "doc_topics", "doc_groups", "doc_stakeholders", "daily_appreciation"]
FEEDS = ("boerderijbode", "dagblad-nederland", "groen-kompas", "bouwkrant")

pytestmark = pytest.mark.usefixtures("prefect_harness")


def _counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}  # type: ignore[index]


def test_demo_run_fills_the_documented_views(demo_warehouse: Path) -> None:
    db = load_opgave(demo_warehouse).warehouse_path()
    with duckdb.connect(str(db), read_only=True) as con:
        n, scored, days = con.execute(
            "SELECT count(*), count(sentiment), count(DISTINCT day) FROM v_documents"
        ).fetchone()  # type: ignore[misc]
        assert n >= 300 and scored == n and days >= 60
        sources = {r[0] for r in con.execute("SELECT DISTINCT source FROM v_documents").fetchall()}
        assert {*FEEDS, "reddit", "tweedekamer", "petities", "dataportaal"} <= sources
        kinds = {
            r[0]
            for r in con.execute("SELECT DISTINCT kind FROM v_harvest_runs WHERE status = 'ok'").fetchall()
        }
        assert kinds == {"rss", "reddit", "tweedekamer", "cbs", "json"}
        series = con.execute("SELECT count(*), count(DISTINCT series) FROM v_series").fetchone()
        assert series is not None and series[0] >= 40 and series[1] == 4
        labels = {r[0] for r in con.execute("SELECT DISTINCT label FROM v_documents").fetchall()}
        assert labels == {"positive", "negative", "neutral"}
        cols = [d[0] for d in con.execute("SELECT * FROM v_daily_appreciation LIMIT 0").description]
        assert cols[:8] == [
            "day",
            "opgave",
            "target_group",
            "topic",
            "n",
            "mean_sentiment",
            "share_positive",
            "share_negative",
        ]
        groups = {
            r[0] for r in con.execute("SELECT DISTINCT target_group FROM v_daily_appreciation").fetchall()
        }
        assert {"alle", "boeren", "natuurbeschermers", "bouwers"} <= groups


def test_demo_shows_the_mest_shift_among_farmers(demo_warehouse: Path) -> None:
    """The demo data's story: appreciation of mest among boeren falls after 2026-10-25."""
    db = load_opgave(demo_warehouse).warehouse_path()
    with duckdb.connect(str(db), read_only=True) as con:
        before, after = con.execute(
            """SELECT sum(n * mean_sentiment) FILTER (WHERE day < DATE '2026-10-25')
                        / sum(n) FILTER (WHERE day < DATE '2026-10-25'),
                      sum(n * mean_sentiment) FILTER (WHERE day >= DATE '2026-10-25')
                        / sum(n) FILTER (WHERE day >= DATE '2026-10-25')
               FROM v_daily_appreciation WHERE target_group = 'boeren' AND topic = 'mest'"""
        ).fetchone()  # type: ignore[misc]
    assert before is not None and after is not None
    assert after < before - 0.15


def test_second_run_adds_nothing(demo_warehouse: Path) -> None:
    db = load_opgave(demo_warehouse).warehouse_path()
    first = _counts(db)
    report = run_pipeline(demo_warehouse)
    assert report.documents_new == 0 and report.documents_scored == 0
    assert _counts(db) == first
    statuses = {s.source: s.status for s in report.sources}
    assert all(statuses[name] == "not_modified" for name in (*FEEDS, "petities"))
    assert all(s.new == 0 for s in report.sources), [(s.source, s.new) for s in report.sources if s.new]


def test_failing_sources_are_recorded_and_the_others_still_load(
    demo_twin: str, tmp_path: Path, make_demo_config: Callable[..., Path]
) -> None:
    broken = (
        "  - name: kapotte-feed\n    kind: rss\n    url: http://127.0.0.1:9/niet-bereikbaar.xml\n"
        "    timeout_s: 2\n"
        f"  - name: ontbrekende-feed\n    kind: rss\n    url: {demo_twin}/feeds/bestaat-niet.xml\n"
    )
    config = make_demo_config(tmp_path, extra_sources=broken)
    report = run_pipeline(config)
    status = {s.source: s.status for s in report.sources}
    assert status["kapotte-feed"] == "failed" and status["ontbrekende-feed"] == "failed"
    assert all(status[name] == "ok" for name in FEEDS) and report.documents_new >= 300
    db = load_opgave(config).warehouse_path()
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT source, error FROM v_harvest_runs WHERE status = 'failed' ORDER BY source"
        ).fetchall()
    assert [r[0] for r in rows] == ["kapotte-feed", "ontbrekende-feed"]
    assert all(r[1] for r in rows)


def test_syndicated_copies_are_linked_not_counted(demo_warehouse: Path) -> None:
    """The demo holds three news items that two outlets both carried (see flows/demo/data/README.md)."""
    db = load_opgave(demo_warehouse).warehouse_path()
    with duckdb.connect(str(db), read_only=True) as con:
        pairs = con.execute(
            """SELECT c.source, o.source FROM documents c JOIN documents o ON c.duplicate_of = o.doc_id
               WHERE c.duplicate_of IS NOT NULL"""
        ).fetchall()
        in_views = con.execute("SELECT count(*) FROM v_documents WHERE duplicate_of IS NOT NULL").fetchone()[
            0
        ]  # type: ignore[index]
        total = con.execute(
            "SELECT sum(n) FROM v_daily_appreciation WHERE target_group = 'alle' AND topic = 'alle'"
        ).fetchone()[0]  # type: ignore[index]
        canonical = con.execute(
            "SELECT count(*) FROM v_documents WHERE duplicate_of IS NULL AND scored"
        ).fetchone()[0]  # type: ignore[index]
    assert total == canonical
    assert len(pairs) >= 3
    assert all(copy != original for copy, original in pairs)
    assert in_views == len(pairs)


def test_identical_copies_in_another_source_are_stored_and_linked(
    demo_twin: str, tmp_path: Path, make_demo_config: Callable[..., Path]
) -> None:
    """A second outlet carrying the very same items: stored once per outlet, counted once."""
    copy = f"  - name: bouwkrant-kopie\n    kind: rss\n    url: {demo_twin}/feeds/bouwkrant.xml\n"
    config = make_demo_config(tmp_path, extra_sources=copy)
    report = run_pipeline(config)
    status = {s.source: s for s in report.sources}
    assert status["bouwkrant-kopie"].new == status["bouwkrant"].new > 0
    db = load_opgave(config).warehouse_path()
    with duckdb.connect(str(db), read_only=True) as con:
        linked = con.execute(
            """SELECT count(*) FILTER (WHERE o.source = 'bouwkrant'), count(*)
               FROM documents c JOIN documents o ON c.duplicate_of = o.doc_id
               WHERE c.source = 'bouwkrant-kopie'"""
        ).fetchone()
        originals = con.execute(
            "SELECT count(*) FROM documents WHERE source = 'bouwkrant-kopie' AND duplicate_of IS NULL"
        ).fetchone()[0]  # type: ignore[index]
        same_hash = con.execute(
            """SELECT count(*) FROM documents c JOIN documents o ON c.duplicate_of = o.doc_id
               WHERE c.source = 'bouwkrant-kopie' AND c.content_hash = o.content_hash"""
        ).fetchone()[0]  # type: ignore[index]
    assert linked is not None and linked[0] == linked[1] == same_hash
    assert linked[1] + originals == status["bouwkrant-kopie"].new
    assert originals <= 2  # only texts too short to fingerprint stay unlinked


def _small_config(directory: Path, name: str, sources: str) -> Path:
    """A one-feed opgave with its own name (so its Prefect runs are easy to find)."""
    path = directory / f"{name}.yaml"
    path.write_text(
        f"name: {name}\ntitle: Test {name}\nkeywords: [stikstof, mest]\n"
        f"warehouse:\n  path: {directory / 'antennes.duckdb'}\nsources:\n{sources}",
        encoding="utf-8",
    )
    return path


def test_a_source_past_the_harvest_deadline_is_reported_and_the_others_load(
    twin_server, fault_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = (Path(__file__).parent / "data" / "twin" / "feeds" / "polderpost.xml").read_bytes()

    def slow(handler) -> None:  # answers long after the (shortened) deadline
        time.sleep(3)
        fault_server.send(handler, 200, feed, "application/rss+xml")

    slow_url = fault_server.route("/traag.xml", slow)
    sources = (
        f"  - name: polderpost\n    kind: rss\n    url: {twin_server.url}/feeds/polderpost.xml\n"
        f"  - name: traag\n    kind: rss\n    url: {slow_url}\n"
    )
    monkeypatch.setattr(pipeline, "source_deadline", lambda cfg: 0.5)
    report = run_pipeline(_small_config(tmp_path, "traagtest", sources))
    status = {s.source: s for s in report.sources}
    assert status["polderpost"].status == "ok" and status["polderpost"].new > 0
    assert status["traag"].status == "failed"
    assert "did not finish within 0.5 s" in (status["traag"].error or "")
    with duckdb.connect(str(tmp_path / "antennes.duckdb"), read_only=True) as con:
        runs = con.execute("SELECT source, status FROM v_harvest_runs ORDER BY source").fetchall()
    assert runs == [("polderpost", "ok"), ("traag", "failed")]


def test_runs_are_tagged_and_named_for_the_prefect_ui(twin_server, tmp_path: Path) -> None:
    sources = f"  - name: polderpost\n    kind: rss\n    url: {twin_server.url}/feeds/polderpost.xml\n"
    run_pipeline(_small_config(tmp_path, "uitest", sources))
    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(flow_run_filter=FlowRunFilter(name=FlowRunFilterName(any_=["uitest"])))
        assert len(runs) == 1 and {"antennes", "uitest"} <= set(runs[0].tags)
        deadline = time.monotonic() + 30  # task runs are recorded from events, a moment later
        while True:
            tasks = client.read_task_runs(flow_run_filter=FlowRunFilter(id={"any_": [runs[0].id]}))
            if len(tasks) >= 3 or time.monotonic() > deadline:
                break
            time.sleep(0.2)
    assert {"harvest-uitest", "load-uitest", "score-uitest"} <= {t.name for t in tasks}
    assert all(not t.tags for t in tasks)  # tagged task runs would each ask the API for a concurrency slot


def test_in_process_runs_send_no_heartbeats(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`run_pipeline` reports its own outcome; served deployments keep Prefect's heartbeats."""
    seen: list[object] = []

    @flow(name="antennes-heartbeat-probe")
    def probe(config_path: str, opgave_name: str = "") -> steps.RunReport:
        seen.append(get_current_settings().flows.heartbeat_frequency)
        return steps.RunReport(opgave=opgave_name)

    monkeypatch.setattr(pipeline, "daily_pipeline", probe)
    sources = "  - name: feed\n    kind: rss\n    url: http://127.0.0.1:9/feed.xml\n"
    run_pipeline(_small_config(tmp_path, "hartslag", sources))
    assert seen == [None]
    assert get_current_settings().flows.heartbeat_frequency is not None  # only inside the run
