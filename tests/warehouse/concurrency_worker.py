"""Helper process for test_concurrency.py (not a test): one writer or one reader of a warehouse.

    python concurrency_worker.py writer PUBLISHED SECONDS BATCH MIN_BATCHES
    python concurrency_worker.py reader PUBLISHED STOPFILE DEADLINE_SECONDS

Prints one JSON line with what it did and saw.
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from datetime import UTC, datetime, timedelta
from pathlib import Path

from warehouse.db import connect_ro
from warehouse.load import (
    content_hash,
    load_documents,
    load_scores,
    refresh_aggregates,
    set_meta,
    set_model_version,
)
from warehouse.publish import writer

CHECK = """
SELECT
    (SELECT count(*) FROM documents),
    (SELECT count(*) FROM scores),
    (SELECT count(*) FROM v_documents WHERE sentiment IS NOT NULL),
    (SELECT coalesce(sum(n), 0) FROM v_daily_appreciation WHERE target_group = 'alle' AND topic = 'alle'),
    (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'batches')
"""


def _batch(batch: int, size: int) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    start = datetime(2026, 10, 1, tzinfo=UTC)
    docs, scores = [], []
    for i in range(size):
        n = batch * size + i
        title, text = f"Bericht {n}", f"De boeren in regio {n % 7} praten over mest en natuur, nummer {n}."
        doc_id = content_hash("stikstof", title, text)
        docs.append({
            "doc_id": doc_id, "opgave": "stikstof", "source": f"bron-{n % 3}", "kind": "rss",
            "external_id": str(n), "published_at": start + timedelta(hours=n), "title": title, "text": text,
            "raw": "{}",
        })  # fmt: skip
        scores.append({
            "id": doc_id, "model_version": "m1", "language": "nl", "scored": True,
            "sentiment": ((n % 11) - 5) / 5, "label": "neutral", "topics": ["mest"], "groups": ["boeren"],
        })  # fmt: skip
    return docs, scores


def run_writer(published: Path, seconds: float, size: int, min_batches: int) -> dict[str, object]:
    deadline = time.monotonic() + seconds
    batches = 0
    with writer(published) as con:
        set_model_version(con, "stikstof", "m1")
        set_meta(con, "batches", "0")
    while batches < min_batches or time.monotonic() < deadline:
        docs, scores = _batch(batches, size)
        with writer(published) as con:
            load_documents(con, docs)
            load_scores(con, scores)
            refresh_aggregates(con, "stikstof")
            set_meta(con, "batches", str(batches + 1))
        batches += 1
    return {"role": "writer", "batches": batches, "size": size}


def run_reader(published: Path, stop: Path, deadline_s: float) -> dict[str, object]:
    deadline = time.monotonic() + deadline_s
    reads, errors, inconsistent, versions, backwards = 0, [], [], set(), 0
    last = -1
    while not stop.exists() and time.monotonic() < deadline:
        try:
            con = connect_ro(published)
            try:
                row = con.execute(CHECK).fetchone()
            finally:
                con.close()
        except Exception:  # any error at all is what the test counts
            errors.append(traceback.format_exc(limit=2))
            continue
        reads += 1
        assert row is not None
        docs, scores, visible, aggregated, batches = row
        if not (docs == scores == visible == aggregated) or batches is None:
            inconsistent.append(list(row))
        if docs < last:
            backwards += 1
        last = docs
        versions.add(docs)
    return {
        "role": "reader", "reads": reads, "errors": errors[:3], "n_errors": len(errors),
        "inconsistent": inconsistent[:3], "n_inconsistent": len(inconsistent), "versions": len(versions),
        "backwards": backwards,
    }  # fmt: skip


if __name__ == "__main__":
    role, path = sys.argv[1], Path(sys.argv[2])
    if role == "writer":
        result = run_writer(path, float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
    else:
        result = run_reader(path, Path(sys.argv[3]), float(sys.argv[4]))
    print(json.dumps(result), flush=True)
