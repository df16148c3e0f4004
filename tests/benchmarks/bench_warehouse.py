"""Warehouse benchmark (a script, not a test): prints figures for 1,000,000 synthetic documents.

    .venv/bin/python tests/benchmarks/bench_warehouse.py [--docs 1000000] [--batch 100000] [--dir DIR]

Reports, in one run on the same rows:
- load throughput of `load_documents` (idempotent insert) against a raw DuckDB Arrow insert
  (`INSERT INTO documents BY NAME SELECT * FROM arrow_table`) into the same schema (goal >= 0.5x);
- a second, idempotent load of the same rows (everything "seen");
- `load_documents` from Python dicts (the pipeline's shape) on one batch;
- `load_scores` throughput, `refresh_aggregates` time, publish time, and a no-op re-publish.
Batches are generated one at a time so memory stays near one batch of rows.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from warehouse.db import connect_rw
from warehouse.load import (
    DOCUMENT_SCHEMA,
    content_hash,
    load_documents,
    load_scores,
    refresh_aggregates,
    set_model_version,
)
from warehouse.publish import publish, working_path, writer

OPGAVE = "stikstof"
WORDS_TEXT = """boeren stikstof vergunning natuur mest uitkoop provincie minister protest trekker weiland
melkvee emissie rekenregel piekbelasting natura2000 gemeente woningbouw bouwers jongeren dorp toekomst
goed slecht zorgen boos blij eerlijk oneerlijk hoop onzeker steun kritiek regels plan akkoord"""
WORDS = WORDS_TEXT.split()
TOPICS = ["vergunningen", "uitkoop", "mest", "natuur", "bouw", "protest"]
GROUPS = ["boeren", "natuurbeschermers", "bouwers", "jongeren", "plattelandsbewoners"]
SOURCES = ["boerderijbode", "dagblad-nederland", "groen-kompas", "bouwkrant", "thenetherlands", "tk"]


def document_rows(start: int, count: int, rng: random.Random) -> list[dict[str, Any]]:
    """`count` synthetic documents as the harvest flow hands them over (doc_id = content_hash)."""
    t0 = datetime(2025, 1, 1, tzinfo=UTC)
    harvested = datetime.now(UTC)
    rows = []
    for n in range(start, start + count):
        title = f"Bericht {n}: " + " ".join(rng.choices(WORDS, k=6))
        text = " ".join(rng.choices(WORDS, k=rng.randint(20, 60))) + f" ({n})"
        source = SOURCES[n % len(SOURCES)]
        rows.append(
            {
                "doc_id": content_hash(OPGAVE, title, text),
                "opgave": OPGAVE,
                "source": source,
                "kind": "rss",
                "external_id": f"{source}-{n}",
                "url": f"https://example.org/{source}/{n}",
                "author": f"auteur-{n % 5000:04d}",
                "published_at": t0 + timedelta(minutes=n % 1_000_000),
                "title": title,
                "text": text,
                "language": "nl",
                "voice_of": None,
                "parent_id": None,
                "raw": '{"id": %d}' % n,  # noqa: UP031 (a JSON literal reads best this way)
                "harvested_at": harvested,
                "duplicate_of": None,
            }
        )
    return rows


def score_rows(rows: list[dict[str, Any]], rng: random.Random) -> list[dict[str, Any]]:
    """ScoreResult.to_json()-shaped dicts for the given documents."""
    out = []
    for row in rows:
        sentiment = round(rng.uniform(-1, 1), 3)
        topics = rng.sample(TOPICS, rng.randint(0, 2))
        groups = rng.sample(GROUPS, rng.randint(0, 2))
        out.append(
            {
                "id": row["doc_id"],
                "language": "nl",
                "scored": True,
                "sentiment": sentiment,
                "label": "positive" if sentiment > 0.05 else "negative" if sentiment < -0.05 else "neutral",
                "topics": topics,
                "topic_sentiment": {t: round(rng.uniform(-1, 1), 3) for t in topics if rng.random() < 0.7},
                "groups": groups,
                "group_evidence": [{"group": g, "rule": "mention", "evidence": g} for g in groups],
                "stakeholders": [{"name": "LTO Nederland", "mention": "LTO"}] if rng.random() < 0.2 else [],
                "explanation": [{"term": w, "weight": 0.3} for w in rng.sample(WORDS, 3)],
                "model_version": "bench1",
                "note": None,
            }
        )
    return out


def batches(total: int, size: int, seed: int = 7) -> Iterator[list[dict[str, Any]]]:
    rng = random.Random(seed)
    for start in range(0, total, size):
        yield document_rows(start, min(size, total - start), rng)


def _mb(path: Path) -> float:
    return path.stat().st_size / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default: a temp folder)")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="bench_warehouse_"))
    folder.mkdir(parents=True, exist_ok=True)
    published = folder / "antennes.duckdb"
    for stale in folder.glob("*.duckdb*"):
        stale.unlink()
    for stale in folder.glob(".*.duckdb*"):
        stale.unlink()

    print(f"duckdb {duckdb.__version__}; {args.docs:,} documents in batches of {args.batch:,}")
    print(f"folder {folder}")
    raw_con = connect_rw(folder / "raw_baseline.duckdb")
    con = connect_rw(working_path(published))
    raw_s = load_s = arrow_s = 0.0
    new = 0
    for rows in batches(args.docs, args.batch):
        t = time.perf_counter()
        table = pa.Table.from_pylist(rows, schema=DOCUMENT_SCHEMA)
        arrow_s += time.perf_counter() - t
        t = time.perf_counter()
        raw_con.register("batch", table)
        raw_con.execute("INSERT INTO documents BY NAME SELECT * FROM batch").fetchall()
        raw_con.unregister("batch")
        raw_s += time.perf_counter() - t
        t = time.perf_counter()
        new += load_documents(con, table).new
        load_s += time.perf_counter() - t
        del rows, table
    raw_con.close()
    n = args.docs
    print(f"Arrow table building from dicts: {arrow_s:.1f} s (shared by both loads, not counted)")
    print(f"raw DuckDB Arrow insert:        {raw_s:7.1f} s  {n / raw_s:12,.0f} docs/s")
    print(f"load_documents (Arrow):         {load_s:7.1f} s  {n / load_s:12,.0f} docs/s  new={new:,}")
    print(f"  ratio load_documents / raw:   {raw_s / load_s:.2f}x  (goal >= 0.5x)")

    seen_s = 0.0
    for rows in batches(args.docs, args.batch):
        table = pa.Table.from_pylist(rows, schema=DOCUMENT_SCHEMA)
        t = time.perf_counter()
        stats = load_documents(con, table)
        seen_s += time.perf_counter() - t
        assert stats.new == 0, stats
        del rows, table
    print(f"idempotent re-load (all seen):  {seen_s:7.1f} s  {n / seen_s:12,.0f} docs/s")

    extra = document_rows(n, args.batch, random.Random(99))
    t = time.perf_counter()
    stats = load_documents(con, extra)
    dict_s = time.perf_counter() - t
    print(f"load_documents (dicts, {len(extra):,} new): {dict_s:.1f} s  {len(extra) / dict_s:,.0f} docs/s")

    score_s = 0.0
    scored = 0
    rng = random.Random(11)
    for rows in batches(args.docs, args.batch):
        results = score_rows(rows, rng)
        t = time.perf_counter()
        scored += load_scores(con, results)
        score_s += time.perf_counter() - t
        del rows, results
    print(f"load_scores:                    {score_s:7.1f} s  {scored / score_s:12,.0f} results/s")

    set_model_version(con, OPGAVE, "bench1")
    t = time.perf_counter()
    agg_rows = refresh_aggregates(con, OPGAVE)
    print(f"refresh_aggregates:             {time.perf_counter() - t:7.1f} s  ({agg_rows:,} rows)")
    t = time.perf_counter()
    con.execute("CHECKPOINT")
    con.close()
    checkpoint_s = time.perf_counter() - t

    t = time.perf_counter()
    publish(published)
    print(
        f"publish (CHECKPOINT {checkpoint_s:.1f} s before; copy + fsync + rename): "
        f"{time.perf_counter() - t:.1f} s for {_mb(published):,.0f} MB"
    )
    t = time.perf_counter()
    with writer(published):
        pass
    print(f"no-op run (open, migrate check, nothing to publish): {time.perf_counter() - t:.2f} s")

    reader = duckdb.connect(str(published), read_only=True)
    t = time.perf_counter()
    day = reader.execute(
        "SELECT count(*) FROM v_documents WHERE opgave = ? AND day = DATE '2025-03-01'", [OPGAVE]
    ).fetchone()
    q1 = time.perf_counter() - t
    t = time.perf_counter()
    rows_daily = reader.execute(
        "SELECT count(*) FROM v_daily_appreciation WHERE opgave = ? AND target_group = 'alle'", [OPGAVE]
    ).fetchone()
    q2 = time.perf_counter() - t
    reader.close()
    print(f"query v_documents for one day: {q1:.2f} s ({day})")
    print(f"query v_daily_appreciation:    {q2:.3f} s ({rows_daily})")


if __name__ == "__main__":
    main()
