"""Idempotent bulk loads, replacement of scores, and all-or-nothing transactions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import duckdb
import pyarrow as pa
import pytest

from warehouse.db import transaction
from warehouse.load import (
    LoadStats,
    content_hash,
    delete_scores,
    get_model_version,
    get_source_state,
    get_source_states,
    load_documents,
    load_scores,
    load_series,
    load_series_by_source,
    mark_duplicates,
    record_harvest_run,
    record_harvest_runs,
    set_model_version,
    set_source_state,
    unscored_documents,
)


def test_content_hash_normalises_case_whitespace_and_unicode() -> None:
    a = content_hash("stikstof", "Boeren  PROTESTEREN", "Café\tin het dorp ")
    b = content_hash("stikstof", "boeren protesteren", "Cafe\u0301 in het dorp")  # decomposed é
    assert a == b
    assert len(a) == 64
    assert content_hash("energie", "boeren protesteren", "Café in het dorp") != a
    assert content_hash("stikstof", "boeren", "protesteren café in het dorp") != a


def test_second_load_adds_nothing(
    con: duckdb.DuckDBPyConnection,
    make_doc: Callable[..., dict[str, Any]],
    count: Callable[[duckdb.DuckDBPyConnection, str], int],
) -> None:
    rows = [make_doc(i) for i in range(20)]
    assert load_documents(con, rows) == LoadStats(new=20, seen=0)
    assert load_documents(con, rows) == LoadStats(new=0, seen=20)
    assert count(con, "documents") == 20


def test_same_external_id_with_edited_text_is_seen(
    con: duckdb.DuckDBPyConnection, make_doc: Callable[..., dict[str, Any]]
) -> None:
    load_documents(con, [make_doc(1)])
    edited = make_doc(1, text="Een bijgewerkte versie van hetzelfde bericht.")
    assert load_documents(con, [edited]) == LoadStats(new=0, seen=1)
    stored = con.execute("SELECT text FROM documents").fetchall()
    assert stored == [(make_doc(1)["text"],)]


def test_same_content_in_another_source_is_seen(
    con: duckdb.DuckDBPyConnection, make_doc: Callable[..., dict[str, Any]]
) -> None:
    load_documents(con, [make_doc(1, source="boerderijbode")])
    copy = make_doc(1, source="dagblad-nederland", external_id="elders-1")
    assert load_documents(con, [copy]) == LoadStats(new=0, seen=1)


def test_duplicates_within_one_batch_are_loaded_once(
    con: duckdb.DuckDBPyConnection, make_doc: Callable[..., dict[str, Any]]
) -> None:
    first = make_doc(1)
    same_key = make_doc(2, external_id="item-1")  # other content, same (opgave, source, external_id)
    same_content = make_doc(1, source="groen-kompas")  # same content, other source
    stats = load_documents(con, [first, same_key, same_content, make_doc(3)])
    assert stats == LoadStats(new=2, seen=2)
    ids = {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}
    assert ids == {first["doc_id"], make_doc(3)["doc_id"]}


def test_doc_id_and_harvested_at_are_filled_in(
    con: duckdb.DuckDBPyConnection, make_doc: Callable[..., dict[str, Any]]
) -> None:
    row = make_doc(7)
    expected = row.pop("doc_id")
    load_documents(con, [row])
    stored = con.execute("SELECT doc_id, harvested_at, day FROM documents").fetchone()
    assert stored is not None and stored[0] == expected and stored[1] is not None
    assert stored[2] == date(2026, 10, 5)  # the Dutch calendar day, stored at load


def test_arrow_table_input(con: duckdb.DuckDBPyConnection, make_doc: Callable[..., dict[str, Any]]) -> None:
    table = pa.Table.from_pylist([make_doc(i) for i in range(5)])
    assert load_documents(con, table) == LoadStats(new=5, seen=0)
    assert load_documents(con, table) == LoadStats(new=0, seen=5)


def test_failed_document_load_leaves_nothing(
    con: duckdb.DuckDBPyConnection,
    make_doc: Callable[..., dict[str, Any]],
    count: Callable[[duckdb.DuckDBPyConnection, str], int],
) -> None:
    load_documents(con, [make_doc(0)])
    bad = make_doc(2, raw="{not json")
    with pytest.raises(duckdb.Error):
        load_documents(con, [make_doc(1), bad])
    assert count(con, "documents") == 1


def test_load_scores_writes_all_parts_and_replaces(
    con: duckdb.DuckDBPyConnection,
    make_doc: Callable[..., dict[str, Any]],
    make_score: Callable[..., dict[str, Any]],
    count: Callable[[duckdb.DuckDBPyConnection, str], int],
) -> None:
    rows = [make_doc(i) for i in range(3)]
    load_documents(con, rows)
    first = [
        make_score(r["doc_id"], 0.5, "positive", topics={"mest": -0.2, "natuur": None},
                   groups=["boeren"], stakeholders=["LTO Nederland"])
        for r in rows
    ]  # fmt: skip
    assert load_scores(con, first) == 3
    assert (count(con, "scores"), count(con, "doc_topics"), count(con, "doc_groups")) == (3, 6, 3)
    assert count(con, "doc_stakeholders") == 3
    again = [make_score(r["doc_id"], -0.3, "negative", topics={"uitkoop": 0.1}) for r in rows]
    load_scores(con, again)
    assert count(con, "scores") == 3
    assert con.execute("SELECT DISTINCT topic FROM doc_topics").fetchall() == [("uitkoop",)]
    assert count(con, "doc_groups") == 0 and count(con, "doc_stakeholders") == 0
    assert con.execute("SELECT DISTINCT sentiment FROM scores").fetchall() == [(-0.3,)]
    other_version = [make_score(r["doc_id"], 0.9, "positive", model_version="m2") for r in rows]
    load_scores(con, other_version)
    assert count(con, "scores") == 6  # older model versions are kept


def test_failed_score_load_leaves_nothing(
    con: duckdb.DuckDBPyConnection,
    make_doc: Callable[..., dict[str, Any]],
    make_score: Callable[..., dict[str, Any]],
    count: Callable[[duckdb.DuckDBPyConnection, str], int],
) -> None:
    rows = [make_doc(i) for i in range(2)]
    load_documents(con, rows)
    load_scores(con, [make_score(rows[0]["doc_id"], 0.5, "positive", topics={"mest": 0.4})])
    bad = make_score(rows[1]["doc_id"], 0.1, "neutral")
    bad["explanation"] = {1, 2}  # not JSON-serialisable: fails after the good row was prepared
    with pytest.raises(TypeError):
        load_scores(con, [make_score(rows[0]["doc_id"], -0.9, "negative"), bad])
    assert con.execute("SELECT sentiment FROM scores").fetchall() == [(0.5,)]
    assert count(con, "doc_topics") == 1


def test_failure_inside_the_transaction_rolls_back_every_table(
    con: duckdb.DuckDBPyConnection,
    make_doc: Callable[..., dict[str, Any]],
    make_score: Callable[..., dict[str, Any]],
    count: Callable[[duckdb.DuckDBPyConnection, str], int],
) -> None:
    rows = [make_doc(i) for i in range(2)]
    load_documents(con, rows)
    load_scores(con, [make_score(rows[0]["doc_id"], 0.5, "positive", topics={"mest": 0.4})])
    bad = make_score(rows[1]["doc_id"], 0.1, "neutral")
    bad["topics"] = [None]  # violates doc_topics.topic NOT NULL, after scores were replaced
    with pytest.raises(duckdb.Error):
        load_scores(con, [make_score(rows[0]["doc_id"], -0.9, "negative"), bad])
    assert con.execute("SELECT doc_id, sentiment FROM scores").fetchall() == [(rows[0]["doc_id"], 0.5)]
    assert count(con, "doc_topics") == 1


def test_nested_transactions_join_the_outer_one(
    con: duckdb.DuckDBPyConnection,
    make_doc: Callable[..., dict[str, Any]],
    count: Callable[[duckdb.DuckDBPyConnection, str], int],
) -> None:
    with pytest.raises(RuntimeError), transaction(con):
        load_documents(con, [make_doc(1)])
        set_source_state(con, "stikstof", "boerderijbode", {"etag": '"abc"'})
        raise RuntimeError("the run failed")
    assert count(con, "documents") == 0 and count(con, "source_state") == 0


def test_unscored_documents(
    con: duckdb.DuckDBPyConnection,
    make_doc: Callable[..., dict[str, Any]],
    make_score: Callable[..., dict[str, Any]],
) -> None:
    rows = [
        make_doc(i, published_at=datetime(2026, 10, 1 + i, tzinfo=UTC), voice_of="boeren") for i in range(3)
    ]
    rows.append(make_doc(9, opgave="energie"))
    load_documents(con, rows)
    load_scores(con, [make_score(rows[1]["doc_id"], 0.2, "positive")])
    todo = unscored_documents(con, "stikstof", "m1")
    assert [d["doc_id"] for d in todo] == [rows[0]["doc_id"], rows[2]["doc_id"]]
    assert todo[0] == {
        "doc_id": rows[0]["doc_id"], "title": rows[0]["title"], "text": rows[0]["text"],
        "voice_of": "boeren", "language": "nl",
    }  # fmt: skip
    assert len(unscored_documents(con, "stikstof", "m2")) == 3


def test_source_state_roundtrip(con: duckdb.DuckDBPyConnection) -> None:
    assert get_source_state(con, "stikstof", "feed") == {}
    set_source_state(
        con, "stikstof", "feed", {"etag": '"v1"', "last_modified": "Sat, 28 Nov 2026 10:00:00 GMT"}
    )
    set_source_state(con, "stikstof", "feed", {"etag": '"v2"'})
    set_source_state(con, "stikstof", "other", {"cursor": "10"})
    assert get_source_state(con, "stikstof", "feed") == {"etag": '"v2"'}
    assert get_source_state(con, "stikstof", "other") == {"cursor": "10"}
    assert get_source_states(con, "stikstof") == {"feed": {"etag": '"v2"'}, "other": {"cursor": "10"}}
    assert get_source_states(con, "elders") == {}


def test_record_harvest_run(con: duckdb.DuckDBPyConnection) -> None:
    start = datetime(2026, 11, 28, 6, 0, tzinfo=UTC)
    run_id = record_harvest_run(
        con,
        {"run_id": "r1", "opgave": "stikstof", "source": "feed", "kind": "rss", "started_at": start,
         "finished_at": datetime(2026, 11, 28, 6, 0, 3, tzinfo=UTC), "status": "failed", "items_new": 0,
         "items_seen": 0, "items_skipped": 1, "bytes": 120, "error": "HTTP 500 after 3 tries"},
    )  # fmt: skip
    assert run_id == "r1"
    generated = record_harvest_run(con, {"opgave": "stikstof", "source": "x", "status": "ok"})
    assert len(generated) == 32
    row = con.execute("SELECT status, duration_s, error FROM v_harvest_runs WHERE run_id = 'r1'").fetchone()
    assert row == ("failed", 3.0, "HTTP 500 after 3 tries")


def test_model_version_and_series(con: duckdb.DuckDBPyConnection) -> None:
    assert get_model_version(con, "stikstof") is None
    set_model_version(con, "stikstof", "abc")
    set_model_version(con, "stikstof", "def")
    assert get_model_version(con, "stikstof") == "def"
    series = {"opgave": "stikstof", "source": "cbs", "series": "stikstofuitstoot", "unit": "mln kg"}
    assert load_series(con, [{**series, "period": "2025JJ00", "value": 120.5}]) == LoadStats(1, 0)
    assert load_series(con, [{**series, "period": "2025JJ00", "value": 120.5}]) == LoadStats(0, 1)
    stats = load_series(
        con,
        [{**series, "period": "2025JJ00", "value": "118"}, {**series, "period": "2026JJ00", "value": None}],
    )
    assert stats == LoadStats(new=2, seen=0)
    assert load_series(con, [{**series, "period": "2026JJ00", "value": None}]) == LoadStats(0, 1)
    rows = con.execute("SELECT period, value FROM v_series ORDER BY period").fetchall()
    assert rows == [("2025JJ00", 118.0), ("2026JJ00", None)]


def test_mark_duplicates(con: duckdb.DuckDBPyConnection, make_doc: Callable[..., dict[str, Any]]) -> None:
    rows = [make_doc(i) for i in range(3)]
    load_documents(con, rows)
    assert mark_duplicates(con, {rows[1]["doc_id"]: rows[0]["doc_id"]}) == 1
    dupes = con.execute(
        "SELECT doc_id, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL"
    ).fetchall()
    assert dupes == [(rows[1]["doc_id"], rows[0]["doc_id"])]


def test_delete_scores_for_a_rescore_keeps_purged_documents(
    con: duckdb.DuckDBPyConnection,
    make_doc: Callable[..., dict[str, Any]],
    make_score: Callable[..., dict[str, Any]],
    count: Callable[[duckdb.DuckDBPyConnection, str], int],
) -> None:
    rows = [make_doc(i) for i in range(3)] + [make_doc(9, opgave="energie")]
    load_documents(con, rows)
    load_scores(
        con, [make_score(r["doc_id"], 0.1, "positive", topics={"mest": 0.2}, groups=["boeren"]) for r in rows]
    )
    load_scores(con, [make_score(rows[0]["doc_id"], 0.1, "positive", model_version="m0")])
    con.execute("UPDATE documents SET purged_at = now(), text = '' WHERE doc_id = ?", [rows[2]["doc_id"]])
    assert delete_scores(con, "stikstof", "m1") == 2
    left = con.execute("SELECT doc_id, model_version FROM scores ORDER BY ALL").fetchall()
    assert left == sorted([(rows[0]["doc_id"], "m0"), (rows[2]["doc_id"], "m1"), (rows[3]["doc_id"], "m1")])
    assert count(con, "doc_topics") == 2 and count(con, "doc_groups") == 2
    todo = {d["doc_id"] for d in unscored_documents(con, "stikstof", "m1")}
    assert todo == {rows[0]["doc_id"], rows[1]["doc_id"]}


def test_series_of_several_sources_are_counted_per_source(con: duckdb.DuckDBPyConnection) -> None:
    def rows(source: str, value: float) -> list[dict[str, Any]]:
        base = {"opgave": "stikstof", "source": source, "series": "s", "unit": None}
        return [{**base, "period": "2024", "value": value}, {**base, "period": "2025", "value": 2.0}]

    first = load_series_by_source(con, rows("a", 1.0) + rows("b", 1.0))
    assert first == {"a": LoadStats(2, 0), "b": LoadStats(2, 0)}
    again = load_series_by_source(con, rows("a", 1.0) + rows("b", 1.5))
    assert again == {"a": LoadStats(0, 2), "b": LoadStats(1, 1)}
    assert load_series_by_source(con, []) == {}


def test_harvest_runs_are_recorded_in_one_insert(con: duckdb.DuckDBPyConnection) -> None:
    start = datetime(2026, 11, 28, 6, 0, tzinfo=UTC)
    ids = record_harvest_runs(
        con,
        [
            {"opgave": "stikstof", "source": "a", "kind": "rss", "status": "not_modified",
             "started_at": start, "finished_at": start, "items_new": 0, "items_seen": 0},
            {"run_id": "given", "opgave": "stikstof", "source": "b", "status": "failed", "error": "boom"},
        ],
    )  # fmt: skip
    assert len(ids[0]) == 32 and ids[1] == "given"
    rows = con.execute("SELECT source, status, error FROM v_harvest_runs ORDER BY source").fetchall()
    assert rows == [("a", "not_modified", None), ("b", "failed", "boom")]
    assert record_harvest_runs(con, []) == []
