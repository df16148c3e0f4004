"""The read API on the hand-made warehouse (tests/dashboard/warehouse_fixture.py): exact numbers."""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest
import warehouse_fixture as fixture

from config.errors import WarehouseError
from warehouse import read

OPGAVE = fixture.OPGAVE
NOV = {d: date(2026, 11, d) for d in range(1, 31)}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fixture.build(tmp_path_factory.mktemp("read") / "proef.duckdb")


def test_snapshot_info_of_a_missing_file_is_a_state(tmp_path: Path) -> None:
    info = read.snapshot_info(tmp_path / "nog-niet.duckdb", OPGAVE)
    assert (info.exists, info.empty, info.n_documents, info.published_at) == (False, True, 0, None)
    assert not (tmp_path / "nog-niet.duckdb").exists()


def test_snapshot_info(db: Path) -> None:
    info = read.snapshot_info(db, OPGAVE)
    assert info.exists and not info.empty
    assert info.n_documents == 66  # 67 documents minus the syndicated copy
    assert (info.first_day, info.last_day) == (NOV[8], NOV[28])
    assert info.published_at == datetime(2026, 11, 28, 5, 2, tzinfo=UTC)
    assert info.model_version == fixture.MODEL
    assert info.mtime == os.path.getmtime(db)


def test_other_queries_on_a_missing_file_raise_no_data_yet(tmp_path: Path) -> None:
    with pytest.raises(read.NoDataYet, match="does not exist yet"):
        read.documents(tmp_path / "x.duckdb", OPGAVE)


def test_a_file_without_the_schema_is_a_warehouse_error(tmp_path: Path) -> None:
    path = tmp_path / "vreemd.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(WarehouseError, match="lacks a table or view"):
        read.snapshot_info(path, OPGAVE)


def test_appreciation_trend_rolling_mean_and_band(db: Path) -> None:
    trend = read.appreciation_trend(db, OPGAVE, None, NOV[20], NOV[28])
    boeren = trend[trend["target_group"] == "boeren"].set_index("day")
    last = boeren.loc[NOV[28]]
    values = [0.0] * 6 + [-0.4] * 5  # 22-27 Nov one a day at 0, 28 Nov five at -0.4
    assert (int(last["n"]), int(last["n_window"])) == (5, 11)
    assert last["mean"] == pytest.approx(statistics.mean(values))
    assert last["sd"] == pytest.approx(statistics.stdev(values))
    half = 1.96 * statistics.stdev(values) / math.sqrt(11)
    assert (last["low"], last["high"]) == (pytest.approx(-2 / 11 - half), pytest.approx(-2 / 11 + half))
    # 21 Nov: the window 15-21 Nov holds 14 documents at +0.2 and 0.0
    assert boeren.loc[NOV[21], "n_window"] == 14 and boeren.loc[NOV[21], "mean"] == pytest.approx(0.1)
    assert sorted(trend["target_group"].unique()) == ["alle", "boeren", "bouwers", "natuurbeschermers"]
    alle = trend[trend["target_group"] == "alle"].set_index("day")
    assert alle.loc[NOV[28], "n"] == 7  # the English document is not scored, the copy not counted


def test_appreciation_trend_for_one_topic(db: Path) -> None:
    trend = read.appreciation_trend(db, OPGAVE, "vergunningen", NOV[28], NOV[28])
    rows = trend.set_index("target_group")
    assert rows.at["bouwers", "n_window"] == 3
    assert rows.at["bouwers", "mean"] == pytest.approx(-0.3)
    assert "boeren" not in rows.index  # no boeren document about vergunningen in 22-28 Nov


def test_daily_appreciation(db: Path) -> None:
    frame = read.daily_appreciation(db, OPGAVE, "alle", NOV[28], NOV[28], "boeren")
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row["day"], row["n"], row["share_negative"]) == (NOV[28], 5, 1.0)
    assert row["mean_sentiment"] == pytest.approx(-0.4)
    every_topic = read.daily_appreciation(db, OPGAVE, None, NOV[28], NOV[28], "boeren")
    assert sorted(every_topic["topic"]) == ["alle", "mest"]


def test_topic_group_matrix(db: Path) -> None:
    cells = read.topic_group_matrix(db, OPGAVE).set_index(["topic", "target_group"])
    # boeren: 7 days x (0.3 + 0.1) + 7 days x (0.2 + 0.0) + 6 x 0.0 + 5 x -0.4 = 2.2 over 39
    assert cells.at[("alle", "boeren"), "n"] == 39
    assert cells.at[("alle", "boeren"), "mean_sentiment"] == pytest.approx(2.2 / 39)
    assert cells.at[("mest", "boeren"), "n"] == 11
    assert cells.at[("mest", "boeren"), "mean_sentiment"] == pytest.approx(-2 / 11)
    assert cells.at[("alle", "alle"), "n"] == 65
    assert ("mest", "natuurbeschermers") not in cells.index


def test_dimensions(db: Path) -> None:
    assert read.dimensions(db, OPGAVE) == {
        "target_group": ["boeren", "bouwers", "natuurbeschermers"],
        "topic": ["mest", "natuur", "vergunningen"],
        "source": ["boerderijbode", "dagblad", "groen-kompas"],
        "language": ["en", "nl"],
    }
    assert read.groups(db, OPGAVE) == ["boeren", "bouwers", "natuurbeschermers"]
    assert read.topics(db, OPGAVE) == ["mest", "natuur", "vergunningen"]


def test_documents_filters_and_search(db: Path) -> None:
    found = read.documents(db, OPGAVE, search="MESTREGELS")
    assert len(found) == 11  # six 'nieuwe mestregels' + five 'Boeren boos over mestregels'
    assert list(found["published_at"]) == sorted(found["published_at"], reverse=True)
    assert len(read.documents(db, OPGAVE, target_group="bouwers")) == 3
    assert len(read.documents(db, OPGAVE, search="natuurplan")) == 2  # not the copy
    assert len(read.documents(db, OPGAVE, label="negative", start=NOV[28], end=NOV[28])) == 6
    assert len(read.documents(db, OPGAVE, topic="natuur", source="groen-kompas", limit=5)) == 5
    english = read.documents(db, OPGAVE, language="en")
    assert len(english) == 1 and not english.iloc[0]["scored"]


def test_search_is_a_bound_parameter_not_a_pattern(db: Path) -> None:
    assert read.documents(db, OPGAVE, search="%").empty
    assert read.documents(db, OPGAVE, search="'; DROP TABLE documents; --").empty
    assert read.snapshot_info(db, OPGAVE).n_documents == 66


def test_stakeholders(db: Path) -> None:
    frame = read.stakeholders(db, OPGAVE, NOV[8], NOV[28]).set_index("stakeholder")
    assert list(frame.index) == ["Natuurmonumenten", "LTO Nederland", "RIVM"]
    assert frame.at["LTO Nederland", "n"] == 11
    assert frame.at["LTO Nederland", "mean_sentiment"] == pytest.approx(-2 / 11)
    assert (frame.at["LTO Nederland", "n_last_7"], frame.at["LTO Nederland", "n_prev_7"]) == (11, 0)
    assert (frame.at["Natuurmonumenten", "n_last_7"], frame.at["Natuurmonumenten", "n_prev_7"]) == (7, 7)


def test_harvest_health(db: Path) -> None:
    health = read.harvest_health(db, OPGAVE).set_index("source")
    assert health.at["dagblad", "last_status"] == "failed"
    assert health.at["dagblad", "last_error"] == "HTTP 503 van de server"
    assert health.at["dagblad", "failures_last_7_runs"] == 1
    assert health.at["dagblad", "last_ok_at"] == datetime(2026, 11, 28, 5, 0, 4, tzinfo=UTC)  # run-1, 2 s
    assert health.at["dagblad", "n_documents"] == 6
    assert health.at["groen-kompas", "last_status"] == "not_modified"
    assert health.at["boerderijbode", "runs"] == 2


def test_signals_from_the_warehouse(db: Path) -> None:
    found = read.signals(db, OPGAVE, NOV[28], NOV[28], min_n=5)
    row = found[
        (found["target_group"] == "boeren") & (found["topic"] == "alle") & (found["kind"] == "sentiment")
    ]
    assert len(row) == 1
    # baseline 14-27 Nov: daily means 0.2 (14 Nov), 0.1 x 7, 0.0 x 6; 22 documents summing to 1.8
    sd = statistics.stdev([0.2] + [0.1] * 7 + [0.0] * 6)
    assert row.iloc[0]["baseline"] == pytest.approx(1.8 / 22)
    assert row.iloc[0]["z"] == pytest.approx((-0.4 - 1.8 / 22) / sd)
    assert set(found["day"]) == {NOV[28]}


def test_no_connection_is_left_open(db: Path) -> None:
    read.snapshot_info(db, OPGAVE)
    read.documents(db, OPGAVE)
    read.harvest_health(db, OPGAVE)
    # a read-write open in this process fails while any read-only connection to the file lives
    duckdb.connect(str(db)).close()


def test_read_does_not_load_streamlit_spacy_or_prefect() -> None:
    code = (
        "import sys, warehouse.read\n"
        "print(sorted(m for m in ('streamlit', 'spacy', 'prefect') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
