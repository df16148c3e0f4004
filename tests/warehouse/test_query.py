"""`antennes sql`: read-only ad-hoc SQL on the published snapshot, and its output formats."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from config.errors import WarehouseError
from warehouse.load import load_documents, load_scores, set_model_version
from warehouse.publish import writer
from warehouse.query import format_result, run_sql


@pytest.fixture
def published(
    tmp_path: Path, make_doc: Callable[..., dict[str, Any]], make_score: Callable[..., dict[str, Any]]
) -> Path:
    path = tmp_path / "antennes.duckdb"
    with writer(path) as con:
        rows = [make_doc(i) for i in range(3)]
        load_documents(con, rows)
        load_scores(con, [make_score(r["doc_id"], 0.25, "positive", topics={"mest": 0.5}) for r in rows])
        set_model_version(con, "stikstof", "m1")
    return path


def test_select_on_views(published: Path) -> None:
    columns, rows = run_sql(published, "SELECT count(*) AS n, avg(sentiment) AS s FROM v_documents")
    assert columns == ["n", "s"]
    assert rows == [(3, 0.25)]


def test_last_statement_gives_the_result(published: Path) -> None:
    columns, rows = run_sql(published, "SELECT 1 AS a; SELECT topic FROM v_doc_topics LIMIT 1")
    assert (columns, rows) == (["topic"], [("mest",)])


@pytest.mark.parametrize(
    ("sql", "kind"),
    [
        ("INSERT INTO meta VALUES ('a', 'b')", "INSERT"),
        ("CREATE TABLE x (a INTEGER)", "CREATE"),
        ("DROP VIEW v_documents", "DROP"),
        ("COPY documents TO 'out.csv'", "COPY"),
        ("ATTACH 'other.duckdb' AS other", "ATTACH"),
        ("UPDATE documents SET text = ''", "UPDATE"),
        ("DELETE FROM documents", "DELETE"),
        ("SELECT 1; DROP TABLE scores", "DROP"),
        ("EXPORT DATABASE 'dump'", "EXPORT"),
        ("INSTALL httpfs", "LOAD"),
    ],
)
def test_writes_are_refused(published: Path, tmp_path: Path, sql: str, kind: str) -> None:
    before = published.read_bytes()
    with pytest.raises(WarehouseError) as info:
        run_sql(published, sql)
    message = str(info.value)
    assert message.startswith(f"antennes sql is read-only: {kind} statements are not allowed; ")
    assert published.read_bytes() == before
    assert not (tmp_path / "out.csv").exists()


def test_bad_sql_is_one_sentence_with_duckdbs_message(published: Path) -> None:
    with pytest.raises(WarehouseError) as info:
        run_sql(published, "SELECT * FROM v_documentz")
    message = str(info.value)
    assert message.startswith("The SQL failed: Catalog Error: Table with name v_documentz does not exist")
    assert "v_documents" in message and "\n" not in message and message.endswith(".")
    with pytest.raises(WarehouseError, match=r"^The SQL could not be read: Parser Error: syntax error"):
        run_sql(published, "SELEC 1")
    with pytest.raises(WarehouseError, match="No SQL statement"):
        run_sql(published, "  ")


def test_missing_warehouse(tmp_path: Path) -> None:
    with pytest.raises(WarehouseError, match="run `antennes run` first"):
        run_sql(tmp_path / "none.duckdb", "SELECT 1")


COLUMNS = ["day", "source", "n", "mean", "topics", "missing"]
ROWS = [
    (date(2026, 10, 5), "boerderijbode", 12, 0.25, ["mest", "natuur"], None),
    (date(2026, 10, 6), 'groen "kompas", zuid', 3, -0.5, [], None),
]


def test_format_table_is_aligned() -> None:
    text = format_result(COLUMNS, ROWS, "table")
    lines = text.splitlines()
    assert lines[0].split(" | ")[:2] == ["day       ", "source              "]
    bars = [[i for i, ch in enumerate(line) if ch in "|+"] for line in lines[:4]]
    assert bars[0] == bars[1] == bars[2] == bars[3]  # header, separator and rows line up
    assert lines[2] == '2026-10-05 | boerderijbode        | 12 | 0.25 | ["mest", "natuur"] | NULL'
    assert lines[3].startswith('2026-10-06 | groen "kompas", zuid |  3 | -0.5 | []')
    assert lines[-1] == "(2 rows)"


def test_format_csv_roundtrips() -> None:
    text = format_result(COLUMNS, ROWS, "csv")
    parsed = list(csv.reader(io.StringIO(text)))
    assert parsed[0] == COLUMNS
    assert parsed[1] == ["2026-10-05", "boerderijbode", "12", "0.25", '["mest", "natuur"]', ""]
    assert parsed[2][1] == 'groen "kompas", zuid'


def test_format_json_is_a_list_of_objects_with_iso_dates() -> None:
    moment = datetime(2026, 10, 5, 9, 30, tzinfo=UTC)
    data = json.loads(format_result(["at", *COLUMNS], [(moment, *ROWS[0])], "json"))
    assert data == [
        {"at": "2026-10-05T09:30:00+00:00", "day": "2026-10-05", "source": "boerderijbode", "n": 12,
         "mean": 0.25, "topics": ["mest", "natuur"], "missing": None}
    ]  # fmt: skip
    assert json.loads(format_result(["a"], [], "json")) == []


def test_unknown_format() -> None:
    with pytest.raises(WarehouseError, match="choose table, csv or json"):
        format_result(["a"], [(1,)], "xml")  # type: ignore[arg-type]


def test_real_result_formats(published: Path) -> None:
    columns, rows = run_sql(published, "SELECT day, opgave, topics, explanation FROM v_documents LIMIT 1")
    assert json.loads(format_result(columns, rows, "json")) == [
        {"day": "2026-10-05", "opgave": "stikstof", "topics": ["mest"],
         "explanation": [{"term": "goed", "weight": 0.25}]}
    ]  # fmt: skip
    assert format_result(columns, rows, "csv").splitlines()[1] == (
        '2026-10-05,stikstof,"[""mest""]","[{""term"": ""goed"", ""weight"": 0.25}]"'
    )
