"""Writing into the warehouse: documents, scores, harvest bookkeeping and aggregates.

Every load is a bulk Arrow insert (never executemany) and every multi-statement write runs in one
transaction, so a failure leaves the warehouse as it was. Loads are idempotent: a document is
identified by its content hash and by (opgave, source, external_id); loading it again is a no-op.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import duckdb
import pyarrow as pa

from warehouse.db import registered, sql_file, transaction

#: Aspect (topic-level) sentiment above +band counts as positive, below -band as negative.
NEUTRAL_BAND = 0.05

_TS = pa.timestamp("us", tz="UTC")
DOCUMENT_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("opgave", pa.string()),
        ("source", pa.string()),
        ("kind", pa.string()),
        ("external_id", pa.string()),
        ("url", pa.string()),
        ("author", pa.string()),
        ("published_at", _TS),
        ("title", pa.string()),
        ("text", pa.string()),
        ("language", pa.string()),
        ("voice_of", pa.string()),
        ("parent_id", pa.string()),
        ("raw", pa.string()),
        ("harvested_at", _TS),
        ("duplicate_of", pa.string()),
        ("content_hash", pa.string()),
    ]
)


@dataclass(frozen=True)
class LoadStats:
    """How many rows of a batch were added (new) and how many were already there (seen)."""

    new: int
    seen: int


def _normalise(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value or "").casefold().split())


def document_id(opgave: str, source: str, external_id: str) -> str:
    """The doc_id of a harvested item: sha256 of opgave + source + the source's own id.

    Stable across runs (a re-harvest is recognised) and distinct per outlet, so syndicated copies
    are stored separately and linked to their original rather than silently merged.
    """
    return hashlib.sha256("\x1f".join((opgave, source, external_id)).encode("utf-8")).hexdigest()


def content_hash(opgave: str, title: str, text: str) -> str:
    """sha256 of opgave + normalised title + text (NFC, casefolded, whitespace collapsed).

    Stored per document (`content_hash`); also the doc_id of rows loaded without one.
    """
    payload = "\x1f".join((opgave, _normalise(title), _normalise(text)))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _document_table(rows: Sequence[dict[str, Any]] | pa.Table) -> pa.Table:
    if isinstance(rows, pa.Table):
        table = rows
        if "harvested_at" not in table.column_names:
            now = pa.array([datetime.now(UTC)] * table.num_rows, type=_TS)
            table = table.append_column("harvested_at", now)
        missing = [f for f in DOCUMENT_SCHEMA if f.name not in table.column_names]
        for field in missing:
            table = table.append_column(field, pa.nulls(table.num_rows, type=field.type))
        table = table.select(DOCUMENT_SCHEMA.names).cast(DOCUMENT_SCHEMA)
    else:
        now = datetime.now(UTC)
        fixed = []
        for row in rows:
            if not row.get("doc_id") or not row.get("harvested_at"):
                row = dict(row)
                if not row.get("doc_id"):
                    row["doc_id"] = content_hash(row["opgave"], row.get("title", ""), row.get("text", ""))
                    row.setdefault("content_hash", row["doc_id"])
                row.setdefault("harvested_at", now)
                row["harvested_at"] = row["harvested_at"] or now
            fixed.append(row)
        table = pa.Table.from_pylist(fixed, schema=DOCUMENT_SCHEMA)
    return table.append_column("row_nr", pa.array(range(table.num_rows), type=pa.int64()))


def load_documents(con: duckdb.DuckDBPyConnection, rows: Sequence[dict[str, Any]] | pa.Table) -> LoadStats:
    """Insert new documents; rows whose doc_id or (opgave, source, external_id) exist are only counted.

    Rows are dicts with the `documents` columns (RawItem fields + opgave; doc_id is computed with
    `content_hash` when absent, harvested_at defaults to now) or an Arrow table of them.
    """
    table = _document_table(rows)
    if table.num_rows == 0:
        return LoadStats(0, 0)
    with registered(con, incoming_documents=table), transaction(con):
        result = con.execute(sql_file("statements", "insert_documents.sql")).fetchone()
    new = int(result[0]) if result else 0
    return LoadStats(new=new, seen=table.num_rows - new)


def _score_tables(results: Sequence[dict[str, Any]]) -> dict[str, pa.Table]:
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for res in results:
        latest[(res["id"], res["model_version"])] = res
    now = datetime.now(UTC)
    scores: dict[str, list[Any]] = {k: [] for k in _SCORE_COLUMNS}
    topics: dict[str, list[Any]] = {"doc_id": [], "model_version": [], "topic": [], "sentiment": []}
    groups: dict[str, list[Any]] = {
        k: [] for k in ("doc_id", "model_version", "target_group", "rule", "evidence")
    }
    holders: dict[str, list[Any]] = {"doc_id": [], "model_version": [], "stakeholder": [], "mention": []}
    for (doc_id, version), res in latest.items():
        explanation = res.get("explanation")
        values = (
            doc_id,
            version,
            res.get("language"),
            bool(res.get("scored", True)),
            res.get("sentiment"),
            res.get("label"),
            None if explanation is None else json.dumps(explanation, ensure_ascii=False),
            res.get("note"),
            now,
            _sorted_names(res.get("topics")),
            _sorted_names(res.get("groups")),
            _sorted_names(h.get("name") for h in res.get("stakeholders") or []),
        )
        for column, value in zip(_SCORE_COLUMNS, values, strict=True):
            scores[column].append(value)
        aspect = res.get("topic_sentiment") or {}
        for topic in dict.fromkeys(res.get("topics") or []):
            _append(topics, doc_id, version, topic, aspect.get(topic))
        evidence_by_group: dict[str, list[dict[str, Any]]] = {}
        for ev in res.get("group_evidence") or []:
            evidence_by_group.setdefault(ev.get("group"), []).append(ev)
        for group in dict.fromkeys(res.get("groups") or []):
            for ev in evidence_by_group.get(group) or [{}]:
                _append(groups, doc_id, version, group, ev.get("rule"), ev.get("evidence"))
        for holder in res.get("stakeholders") or []:
            _append(holders, doc_id, version, holder.get("name"), holder.get("mention"))
    return {
        "incoming_scores": pa.table(scores, schema=_SCORE_SCHEMA),
        "incoming_topics": pa.table(topics, schema=_TOPIC_SCHEMA),
        "incoming_groups": pa.table(groups, schema=_GROUP_SCHEMA),
        "incoming_stakeholders": pa.table(holders, schema=_HOLDER_SCHEMA),
    }


def _sorted_names(names: Any) -> list[str]:
    return sorted({n for n in names or [] if n is not None})


def _append(columns: dict[str, list[Any]], *values: Any) -> None:
    for column, value in zip(columns.values(), values, strict=True):
        column.append(value)


_S = pa.string()
_SCORE_SCHEMA = pa.schema(
    [
        ("doc_id", _S),
        ("model_version", _S),
        ("language", _S),
        ("scored", pa.bool_()),
        ("sentiment", pa.float64()),
        ("label", _S),
        ("explanation", _S),
        ("note", _S),
        ("scored_at", _TS),
        ("topics", pa.list_(_S)),
        ("target_groups", pa.list_(_S)),
        ("stakeholders", pa.list_(_S)),
    ]
)
_SCORE_COLUMNS = tuple(_SCORE_SCHEMA.names)
_TOPIC_SCHEMA = pa.schema([("doc_id", _S), ("model_version", _S), ("topic", _S), ("sentiment", pa.float64())])
_GROUP_SCHEMA = pa.schema(
    [("doc_id", _S), ("model_version", _S), ("target_group", _S), ("rule", _S), ("evidence", _S)]
)
_HOLDER_SCHEMA = pa.schema([("doc_id", _S), ("model_version", _S), ("stakeholder", _S), ("mention", _S)])
_SCORE_TARGETS = {
    "scores": "incoming_scores",
    "doc_topics": "incoming_topics",
    "doc_groups": "incoming_groups",
    "doc_stakeholders": "incoming_stakeholders",
}


def load_scores(con: duckdb.DuckDBPyConnection, results: Sequence[dict[str, Any]]) -> int:
    """Store NLP results (`ScoreResult.to_json()` dicts; "id" is the doc_id) with topics, groups and
    stakeholders, replacing earlier rows of the same (doc_id, model_version). Returns rows stored."""
    if not results:
        return 0
    tables = _score_tables(results)
    with registered(con, **tables), transaction(con):
        for target, name in _SCORE_TARGETS.items():
            con.execute(
                f"DELETE FROM {target} AS t USING (SELECT DISTINCT doc_id, model_version FROM "
                "incoming_scores) AS i WHERE t.doc_id = i.doc_id AND t.model_version = i.model_version"
            )
            con.execute(f"INSERT INTO {target} BY NAME SELECT * FROM {name}")
    return tables["incoming_scores"].num_rows


def delete_scores(con: duckdb.DuckDBPyConnection, opgave: str, model_version: str) -> int:
    """Forget this model version's scores of the opgave so everything is scored again (re-score).

    Purged documents keep their scores: their text is gone, so they could not be scored again.
    Returns the number of score rows deleted.
    """
    params = {"opgave": opgave, "model_version": model_version}
    with transaction(con):
        for table in ("doc_topics", "doc_groups", "doc_stakeholders", "scores"):
            row = con.execute(
                f"DELETE FROM {table} AS t USING documents AS d WHERE t.doc_id = d.doc_id "
                "AND d.opgave = $opgave AND d.purged_at IS NULL AND t.model_version = $model_version",
                params,
            ).fetchone()
    return int(row[0]) if row else 0


def unscored_documents(
    con: duckdb.DuckDBPyConnection, opgave: str, model_version: str
) -> list[dict[str, Any]]:
    """Documents still to score with this model version (doc_id, title, text, voice_of, language)."""
    cur = con.execute(
        sql_file("statements", "unscored_documents.sql"), {"opgave": opgave, "model_version": model_version}
    )
    columns = [d[0] for d in cur.description or []]
    return [dict(zip(columns, row, strict=True)) for row in cur.fetchall()]


def canonical_documents_since(
    con: duckdb.DuckDBPyConnection, opgave: str, since: datetime
) -> list[dict[str, Any]]:
    """Stored originals published since `since` (doc_id, title, text, published_at), for dedup."""
    query = sql_file("statements", "canonical_documents_since.sql")
    cur = con.execute(query, {"opgave": opgave, "since": since})
    columns = [d[0] for d in cur.description or []]
    return [dict(zip(columns, row, strict=True)) for row in cur.fetchall()]


def refresh_aggregates(con: duckdb.DuckDBPyConnection, opgave: str) -> int:
    """Rebuild this opgave's `daily_appreciation` rows in one transaction; returns the row count."""
    with transaction(con):
        con.execute("DELETE FROM daily_appreciation WHERE opgave = ?", [opgave])
        row = con.execute(
            sql_file("statements", "refresh_daily_appreciation.sql"), {"opgave": opgave, "band": NEUTRAL_BAND}
        ).fetchone()
    refresh_dashboard_aggregates(con, opgave)
    return int(row[0]) if row else 0


#: The dashboard's own aggregates (migration 004): table -> the statement that rebuilds it.
DASHBOARD_AGGREGATES = {
    "daily_sentiment_moments": "refresh_daily_sentiment_moments.sql",
    "daily_stakeholders": "refresh_daily_stakeholders.sql",
}


def refresh_dashboard_aggregates(con: duckdb.DuckDBPyConnection, opgave: str) -> dict[str, int]:
    """Rebuild this opgave's trend moments and daily stakeholder counts in one transaction.

    They let the dashboard draw the trend band and the stakeholder table from a few thousand rows
    instead of scanning every document. Returns the rows written per table.
    """
    written: dict[str, int] = {}
    with transaction(con):
        for table, statement in DASHBOARD_AGGREGATES.items():
            con.execute(f"DELETE FROM {table} WHERE opgave = ?", [opgave])
            row = con.execute(sql_file("statements", statement), {"opgave": opgave}).fetchone()
            written[table] = int(row[0]) if row else 0
    return written


def set_meta(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    """Set one key of the `meta` table."""
    con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value]).fetchall()


def get_meta(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    """One value of the `meta` table, or None."""
    row = con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    con.complete()
    return None if row is None else str(row[0])


def set_model_version(con: duckdb.DuckDBPyConnection, opgave: str, version: str) -> None:
    """Make `version` the current model version of the opgave: views and aggregates use its scores."""
    set_meta(con, f"model_version:{opgave}", version)


def get_model_version(con: duckdb.DuckDBPyConnection, opgave: str) -> str | None:
    """The current model version of the opgave, or None before the first scoring."""
    return get_meta(con, f"model_version:{opgave}")


_RUN_COLUMNS = (
    "run_id",
    "opgave",
    "source",
    "kind",
    "started_at",
    "finished_at",
    "status",
    "items_new",
    "items_seen",
    "items_skipped",
    "bytes",
    "error",
)


def record_harvest_run(con: duckdb.DuckDBPyConnection, row: dict[str, Any]) -> str:
    """Record how harvesting one source went (one row per source per run); returns the run_id."""
    return record_harvest_runs(con, [row])[0]


_RUN_SCHEMA = pa.schema(
    [
        (c, _TS if c.endswith("_at") else pa.int64() if c.startswith(("items_", "bytes")) else pa.string())
        for c in _RUN_COLUMNS
    ]
)


def record_harvest_runs(con: duckdb.DuckDBPyConnection, rows: Sequence[dict[str, Any]]) -> list[str]:
    """Record several sources' harvest runs in one insert; returns their run_ids (generated if absent)."""
    values = [{column: row.get(column) for column in _RUN_COLUMNS} for row in rows]
    for value in values:
        value["run_id"] = value["run_id"] or uuid.uuid4().hex
    if values:
        table = pa.Table.from_pylist(values, schema=_RUN_SCHEMA)
        with registered(con, incoming_runs=table):
            con.execute("INSERT INTO harvest_runs BY NAME SELECT * FROM incoming_runs").fetchall()
    return [str(value["run_id"]) for value in values]


def get_source_state(con: duckdb.DuckDBPyConnection, opgave: str, source: str) -> dict[str, str]:
    """The stored per-source state (etag, last_modified, cursor, ...) from the previous harvest."""
    rows = con.execute(
        "SELECT key, value FROM source_state WHERE opgave = ? AND source = ? ORDER BY key", [opgave, source]
    ).fetchall()
    return {str(k): str(v) for k, v in rows if v is not None}


def get_source_states(con: duckdb.DuckDBPyConnection, opgave: str) -> dict[str, dict[str, str]]:
    """Every source's stored state of the opgave in one query: source -> `get_source_state`."""
    rows = con.execute(
        "SELECT source, key, value FROM source_state WHERE opgave = ? ORDER BY source, key", [opgave]
    ).fetchall()
    states: dict[str, dict[str, str]] = {}
    for source, key, value in rows:
        if value is not None:
            states.setdefault(str(source), {})[str(key)] = str(value)
    return states


def set_source_state(con: duckdb.DuckDBPyConnection, opgave: str, source: str, state: dict[str, str]) -> None:
    """Replace the per-source state with `state` (one transaction)."""
    keys = list(state)
    with transaction(con):
        con.execute("DELETE FROM source_state WHERE opgave = ? AND source = ?", [opgave, source])
        if keys:
            con.execute(
                "INSERT INTO source_state SELECT ?, ?, unnest(?::VARCHAR[]), unnest(?::VARCHAR[])",
                [opgave, source, keys, [None if state[k] is None else str(state[k]) for k in keys]],
            )


def load_series(con: duckdb.DuckDBPyConnection, rows: Sequence[dict[str, Any]]) -> LoadStats:
    """Insert or replace context series rows (opgave, source, series, period, value, unit).

    `new` counts rows that were absent or changed; `seen` rows that were already stored as-is.
    """
    stats = load_series_by_source(con, rows).values()
    return LoadStats(new=sum(s.new for s in stats), seen=sum(s.seen for s in stats))


def load_series_by_source(
    con: duckdb.DuckDBPyConnection, rows: Sequence[dict[str, Any]]
) -> dict[str, LoadStats]:
    """`load_series` for the rows of several sources at once, with the counts per source.

    Only absent or changed rows are written, so reloading an unchanged table writes nothing.
    """
    latest = {(r["opgave"], r["source"], r["series"], str(r["period"])): r for r in rows}
    if not latest:
        return {}
    table = pa.Table.from_pylist(
        [{**r, "period": str(r["period"]), "value": _float(r.get("value"))} for r in latest.values()],
        schema=pa.schema(
            [
                ("opgave", _S),
                ("source", _S),
                ("series", _S),
                ("period", _S),
                ("value", pa.float64()),
                ("unit", _S),
            ]
        ),
    )
    totals = Counter(key[1] for key in latest)
    with registered(con, incoming_series=table), transaction(con):
        stored = con.execute(sql_file("statements", "changed_series.sql")).fetchall()
    changed = Counter(row[0] for row in stored)
    return {source: LoadStats(new=changed[source], seen=n - changed[source]) for source, n in totals.items()}


def _float(value: Any) -> float | None:
    try:
        return None if value is None or value == "" else float(value)
    except (TypeError, ValueError):
        return None


def mark_duplicates(con: duckdb.DuckDBPyConnection, pairs: dict[str, str]) -> int:
    """Link near-duplicates to their original: {doc_id: original doc_id}. Returns rows updated."""
    if not pairs:
        return 0
    table = pa.table({"doc_id": list(pairs), "original": list(pairs.values())})
    with registered(con, incoming_duplicates=table), transaction(con):
        row = con.execute(
            "UPDATE documents SET duplicate_of = i.original FROM incoming_duplicates AS i "
            "WHERE documents.doc_id = i.doc_id AND documents.doc_id <> i.original"
        ).fetchone()
    return int(row[0]) if row else 0


def candidate_texts(con: duckdb.DuckDBPyConnection, opgave: str, days: int) -> list[dict[str, Any]]:
    """Recent canonical, unpurged documents (doc_id, title, text, published_at), oldest first.

    `days` counts back from the opgave's newest document; stakeholder discovery reads these.
    """
    cur = con.execute(sql_file("statements", "candidate_texts.sql"), {"opgave": opgave, "days": int(days)})
    columns = [d[0] for d in cur.description or []]
    return [dict(zip(columns, row, strict=True)) for row in cur.fetchall()]


_CANDIDATE_SCHEMA = pa.schema(
    [
        ("opgave", _S),
        ("name", _S),
        ("count", pa.int64()),
        ("examples", _S),
        ("first_seen", _TS),
        ("last_seen", _TS),
        ("computed_at", _TS),
    ]
)


def store_candidates(
    con: duckdb.DuckDBPyConnection, opgave: str, candidates: Sequence[dict[str, Any]]
) -> int:
    """Replace the opgave's stakeholder candidates (name, count, examples, first_seen, last_seen).

    One transaction: readers see the old list or the new one, never half. Returns rows stored.
    """
    now = datetime.now(UTC)
    rows = [
        {
            "opgave": opgave,
            "name": c["name"],
            "count": int(c["count"]),
            "examples": json.dumps(list(c.get("examples") or []), ensure_ascii=False),
            "first_seen": c.get("first_seen"),
            "last_seen": c.get("last_seen"),
            "computed_at": now,
        }
        for c in {c["name"]: c for c in candidates}.values()
    ]
    table = pa.Table.from_pylist(rows, schema=_CANDIDATE_SCHEMA)
    with registered(con, incoming_candidates=table), transaction(con):
        con.execute("DELETE FROM stakeholder_candidates WHERE opgave = ?", [opgave])
        con.execute("INSERT INTO stakeholder_candidates BY NAME SELECT * FROM incoming_candidates")
    return table.num_rows
