"""Benchmark the dashboard's read queries on a generated warehouse (default 1 million documents).

    .venv/bin/python tests/benchmarks/bench_dashboard.py [--documents 1000000] [--repeat 20] [--keep DIR]

Builds the warehouse through the real schema (`warehouse.db.connect_rw`) and the real aggregate
refresh (`warehouse.load.refresh_aggregates`); the rows themselves are generated in DuckDB SQL
(synthetic ids and numbers, no text worth reading), because a million Python dicts would measure
the generator rather than the reads. Rows are stored in publication order, as the daily pipeline
appends each day's harvest, and carry the denormalised columns `load_documents`/`load_scores` write
(documents.day; scores.topics, target_groups, stakeholders). Then it times every read-API call
each page makes, with the filters a user starts with (the last 28 days), and prints p50/p95 per
call (goal: p95 < 300 ms).
Each call opens and closes its own read-only connection, as in the dashboard.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from warehouse import load, read
from warehouse.db import connect_rw

OPGAVE = "bench"
MODEL = "bench-model"
DAYS = 365
LAST_DAY = date(2026, 11, 28)
TOPICS = ["vergunningen", "uitkoop", "mest", "natuur", "bouw", "protest"]
GROUPS = ["boeren", "natuurbeschermers", "bouwers", "jongeren", "plattelandsbewoners"]
STAKEHOLDERS = ["LTO Nederland", "Farmers Defence Force", "Natuurmonumenten", "RIVM", "Rabobank"]
SOURCES = ["boerderijbode", "dagblad-nederland", "groen-kompas", "bouwkrant", "reddit", "tweedekamer"]

GENERATE = """
CREATE TEMP TABLE gen AS
SELECT
    i,
    md5(CAST(i AS VARCHAR)) AS doc_id,
    CAST(hash(i) % 1000000007 AS BIGINT) AS h,
    TIMESTAMPTZ '{last} 23:00:00+00'
        - to_seconds(CAST(hash(i * 7) % ({days} * 86400) AS BIGINT)) AS published_at
FROM range({n}) AS t(i)
ORDER BY published_at;

INSERT INTO documents BY NAME
SELECT doc_id, '{opgave}' AS opgave, list_extract($sources, 1 + CAST(h % 6 AS INTEGER)) AS source,
       'rss' AS kind,
       'item-' || i AS external_id, 'https://example.org/' || i AS url, NULL AS author, published_at,
       'Bericht ' || i || ' over stikstof' AS title,
       'De boer en de natuurbeschermer praten over mest, vergunning en natuur; bericht ' || i AS text,
       'nl' AS language, NULL AS voice_of, NULL AS parent_id, '{{}}' AS raw, published_at AS harvested_at,
       CASE WHEN h % 50 = 0 AND i > 0 THEN md5(CAST(i - 1 AS VARCHAR)) END AS duplicate_of,
       CAST(timezone('Europe/Amsterdam', published_at) AS DATE) AS day
FROM gen;

INSERT INTO scores BY NAME
SELECT doc_id, '{model}' AS model_version, 'nl' AS language, (h % 40 <> 0) AS scored,
       CASE WHEN h % 40 = 0 THEN 0.0 ELSE ((h // 7) % 2001 - 1000) / 1000.0 * 0.8 END AS sentiment,
       CASE WHEN h % 40 = 0 THEN 'neutral' WHEN (h // 7) % 2001 > 1062 THEN 'positive'
            WHEN (h // 7) % 2001 < 938 THEN 'negative' ELSE 'neutral' END AS label,
       '[{{"term": "mest", "weight": -0.4}}]' AS explanation, NULL AS note, published_at AS scored_at
FROM gen;

INSERT INTO doc_topics BY NAME
SELECT doc_id, '{model}' AS model_version, list_extract($topics, 1 + CAST((h // 11) % 6 AS INTEGER)) AS topic,
       CASE WHEN h % 3 = 0 THEN ((h // 13) % 2001 - 1000) / 1000.0 END AS sentiment
FROM gen
UNION ALL
SELECT doc_id, '{model}', list_extract($topics, 1 + CAST((h // 11 + 1) % 6 AS INTEGER)), NULL
FROM gen WHERE h % 4 = 0;

INSERT INTO doc_groups BY NAME
SELECT doc_id, '{model}' AS model_version,
       list_extract($groups, 1 + CAST((h // 17) % 5 AS INTEGER)) AS target_group,
       'mention' AS rule, 'boer' AS evidence
FROM gen WHERE h % 5 <> 0
UNION ALL
SELECT doc_id, '{model}', list_extract($groups, 1 + CAST((h // 17 + 2) % 5 AS INTEGER)), 'mention', 'boer'
FROM gen WHERE h % 7 = 0;

INSERT INTO doc_stakeholders BY NAME
SELECT doc_id, '{model}' AS model_version,
       list_extract($holders, 1 + CAST((h // 19) % 5 AS INTEGER)) AS stakeholder,
       'LTO' AS mention
FROM gen WHERE h % 3 = 0;

UPDATE scores AS s SET topics = l.names
FROM (SELECT doc_id, list(DISTINCT topic ORDER BY topic) AS names FROM doc_topics GROUP BY doc_id) AS l
WHERE s.doc_id = l.doc_id;

UPDATE scores AS s SET target_groups = l.names
FROM (SELECT doc_id, list(DISTINCT target_group ORDER BY target_group) AS names FROM doc_groups
      GROUP BY doc_id) AS l
WHERE s.doc_id = l.doc_id;

UPDATE scores AS s SET stakeholders = l.names
FROM (SELECT doc_id, list(DISTINCT stakeholder ORDER BY stakeholder) AS names FROM doc_stakeholders
      GROUP BY doc_id) AS l
WHERE s.doc_id = l.doc_id;

UPDATE scores SET topics = coalesce(topics, []::VARCHAR[]),
    target_groups = coalesce(target_groups, []::VARCHAR[]),
    stakeholders = coalesce(stakeholders, []::VARCHAR[]);
"""


def build(path: Path, n: int) -> None:
    """Generate `n` scored documents over a year and refresh the aggregates, as the pipeline would."""
    con = connect_rw(path)
    try:
        sql = GENERATE.format(n=n, days=DAYS, last=LAST_DAY.isoformat(), opgave=OPGAVE, model=MODEL)
        params = {"sources": SOURCES, "topics": TOPICS, "groups": GROUPS, "holders": STAKEHOLDERS}
        for statement in filter(str.strip, sql.split(";\n")):
            names = {k: v for k, v in params.items() if f"${k}" in statement}
            con.execute(statement, names)
        load.set_model_version(con, OPGAVE, MODEL)
        for run in range(30):
            for source in SOURCES:
                started = f"2026-{10 + run // 30 + 1:02d}-{1 + run % 28:02d}T05:00:00+00:00"
                load.record_harvest_run(
                    con,
                    {
                        "run_id": f"run-{run}",
                        "opgave": OPGAVE,
                        "source": source,
                        "kind": "rss",
                        "started_at": started,
                        "finished_at": started,
                        "status": "failed" if run % 9 == 0 else "ok",
                        "items_new": 100,
                        "items_seen": 10,
                        "items_skipped": 0,
                        "bytes": 10_000,
                        "error": None,
                    },
                )
        started_at = time.perf_counter()
        load.refresh_aggregates(con, OPGAVE)
        print(f"refresh_aggregates: {time.perf_counter() - started_at:.2f} s")
        load.set_meta(con, "published_at", "2026-11-28T05:02:00+00:00")
        con.execute("CHECKPOINT")
    finally:
        con.close()


def calls(path: Path) -> dict[str, Callable[[], Any]]:
    """Every read a page makes on first load (and the common follow-ups), with default filters."""
    end = LAST_DAY
    start = end - timedelta(days=27)
    return {
        "app: snapshot_info": lambda: read.snapshot_info(path, OPGAVE),
        "app: dimensions": lambda: read.dimensions(path, OPGAVE),
        "overzicht: daily_appreciation (14 d)": lambda: read.daily_appreciation(
            path, OPGAVE, None, end - timedelta(days=13), end
        ),
        "overzicht: appreciation_trend": lambda: read.appreciation_trend(path, OPGAVE, None, start, end),
        "overzicht: appreciation_trend (topic)": lambda: read.appreciation_trend(
            path, OPGAVE, "mest", start, end
        ),
        "onderwerpen: topic_group_matrix": lambda: read.topic_group_matrix(path, OPGAVE, start, end),
        "onderwerpen: documents (cell)": lambda: read.documents(
            path, OPGAVE, start=start, end=end, topic="mest", target_group="boeren", limit=50
        ),
        "signalen: signals (day)": lambda: read.signals(path, OPGAVE, start, end, 10, 1),
        "signalen: signals (week)": lambda: read.signals(path, OPGAVE, start, end, 10, 7),
        "berichten: documents": lambda: read.documents(path, OPGAVE, start=start, end=end, limit=100),
        "berichten: documents (search)": lambda: read.documents(
            path, OPGAVE, start=start, end=end, search="bericht 99999", limit=100
        ),
        "stakeholders: stakeholders": lambda: read.stakeholders(path, OPGAVE, start, end),
        "stakeholders: stakeholder_candidates": lambda: read.stakeholder_candidates(path, OPGAVE),
        "bronnen: harvest_health": lambda: read.harvest_health(path, OPGAVE),
    }


def measure(fn: Callable[[], Any], repeat: int) -> tuple[float, float, float]:
    """(first call, p50, p95) in milliseconds."""
    times = []
    for _ in range(repeat + 1):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    first, rest = times[0], sorted(times[1:])
    p95 = rest[min(len(rest) - 1, round(0.95 * (len(rest) - 1)))]
    return first, statistics.median(rest), p95


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the warehouse in this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="antennes-bench-"))
    path = folder / f"bench-{args.documents}.duckdb"
    if not path.exists():
        started = time.perf_counter()
        build(path, args.documents)
        print(f"built {args.documents:,} documents in {time.perf_counter() - started:.1f} s: {path}")
    else:
        connect_rw(path).close()  # a kept warehouse gets the migrations (and aggregates) added since
    info = read.snapshot_info(path, OPGAVE)
    print(f"{info.n_documents:,} canonical documents, {info.first_day} .. {info.last_day}\n")
    print(f"{'query':44} {'first ms':>9} {'p50 ms':>8} {'p95 ms':>8}")
    worst = 0.0
    for name, fn in calls(path).items():
        first, p50, p95 = measure(fn, args.repeat)
        worst = max(worst, p95)
        flag = "" if p95 < 300 else "  > 300 ms"
        print(f"{name:44} {first:9.1f} {p50:8.1f} {p95:8.1f}{flag}")
    print(f"\nworst p95: {worst:.1f} ms (goal < 300 ms)")


if __name__ == "__main__":
    main()
