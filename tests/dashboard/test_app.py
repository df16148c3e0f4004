"""The dashboard through Streamlit's AppTest: what each page shows on the hand-made warehouse."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import data
from warehouse.db import connect_rw

BOEREN_WEEK = (
    "Waardering onder boeren daalde deze week van +0,10 naar −0,18 (n = 11), vooral over mest en derogatie."
)


def _no_exceptions(at: AppTest) -> None:
    assert not at.exception, [e.message for e in at.exception]


def _markdown(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def _html(at: AppTest) -> list[str]:
    return [h.proto.body for h in at.get("html")]


def _table(at: AppTest, index: int = 0) -> pd.DataFrame:
    return at.dataframe[index].value


def test_overzicht_says_what_changed_in_dutch(fixture_db: Path, run_app: Callable[..., AppTest]) -> None:
    at = run_app(fixture_db)
    _no_exceptions(at)
    text = _markdown(at)
    assert BOEREN_WEEK in text
    assert (
        "Waardering onder natuurbeschermers steeg deze week van +0,40 naar +0,50 (n = 7), "
        "vooral over natuurherstel." in text
    )
    assert (
        "Waardering onder bouwers: te weinig data om deze week te vergelijken (n = 0 en 3; minimaal 5)."
        in text
    )
    assert (
        "Waardering over alle berichten daalde op 28 november 2026 tegen de dag ervoor van +0,04 naar −0,26 "
        "(n = 7), vooral over mest en derogatie."
    ) in text
    captions = [c.value for c in at.caption]
    assert "Data van 28 november 2026, 06:02" in captions
    assert any(
        "data van 28 november 2026, 06:02 · 8 november 2026 t/m 28 november 2026" in c for c in captions
    )


def test_overzicht_table_shows_numbers_and_too_few(fixture_db: Path, run_app: Callable[..., AppTest]) -> None:
    at = run_app(fixture_db)
    table = _table(at).set_index("Doelgroep")
    assert table.at["Boeren", "Waardering (7 dagen)"] == "−0,18"
    assert table.at["Boeren", "Berichten (7 dagen)"] == 11
    # mean −2/11, sd of six 0,00 and five −0,40 = 0,2089; ±1,96·sd/√11 = ±0,1234
    assert table.at["Boeren", "95%-band"] == "−0,31 tot −0,06"
    assert table.at["Natuurbeschermers", "Waardering (7 dagen)"] == "+0,50"
    assert table.at["Bouwers", "Waardering (7 dagen)"] == "te weinig data"
    assert table.at["Bouwers", "Berichten (7 dagen)"] == 3
    assert table.at["Alle berichten", "Berichten (7 dagen)"] == 23
    assert len(at.get("download_button")) == 2


def test_overzicht_topic_filter(fixture_db: Path, run_app: Callable[..., AppTest]) -> None:
    at = run_app(fixture_db)
    at.selectbox(key="ov_topic").select("Mest en derogatie").run()
    _no_exceptions(at)
    table = _table(at).set_index("Doelgroep")
    assert table.at["Boeren", "Berichten (7 dagen)"] == 11
    assert table.at["Boeren", "Waardering (7 dagen)"] == "−0,18"
    assert table.at["Natuurbeschermers", "Waardering (7 dagen)"] == "te weinig data"
    assert table.at["Natuurbeschermers", "Berichten (7 dagen)"] == 0


def test_period_filter_moves_the_week(fixture_db: Path, run_app: Callable[..., AppTest]) -> None:
    at = run_app(fixture_db)
    import datetime as dt

    at.date_input(key="periode").set_value((dt.date(2026, 11, 8), dt.date(2026, 11, 21))).run()
    _no_exceptions(at)
    text = _markdown(at)
    assert (
        "Waardering onder boeren daalde deze week van +0,20 naar +0,10 (n = 14), vooral over vergunningen."
        in text
    )
    table = _table(at).set_index("Doelgroep")
    assert table.at["Boeren", "Waardering (7 dagen)"] == "+0,10"


def test_heatmap_cells_and_their_posts(fixture_db: Path, run_app: Callable[..., AppTest]) -> None:
    at = run_app(fixture_db, "onderwerpen")
    _no_exceptions(at)
    table = _table(at)
    assert table.at["Mest en derogatie", "Boeren"] == "−0,18 (n = 11)"
    assert table.at["Vergunningen", "Boeren"] == "+0,15 (n = 28)"
    assert table.at["Vergunningen", "Bouwers"] == "te weinig data (n = 3)"
    assert table.at["Alle onderwerpen", "Alle berichten"] == "+0,16 (n = 65)"
    at.selectbox(key="ot_topic").select("Mest en derogatie")
    at.selectbox(key="ot_group").select("Boeren").run()
    _no_exceptions(at)
    assert "**Mest en derogatie × Boeren**: −0,18 (n = 11)." in _markdown(at)
    cards = _html(at)
    assert len(cards) == 11
    assert all("Boeren" in card and "Mest en derogatie" in card for card in cards)


def test_posts_are_escaped_and_drivers_marked(fixture_db: Path, run_app: Callable[..., AppTest]) -> None:
    at = run_app(fixture_db, "berichten")
    at.text_input(key="msg_search").input("onwerkbaar").run()
    _no_exceptions(at)
    cards = _html(at)
    assert len(cards) == 5
    joined = "\n".join(cards)
    assert "<script" not in joined and "<b>" not in joined
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in joined
    assert 'href="javascript' not in joined
    assert '<mark style="background:#fbe0c4;color:#6b3200" title="gewicht −0,60">onwerkbaar</mark>' in joined


def test_berichten_filters(fixture_db: Path, run_app: Callable[..., AppTest]) -> None:
    at = run_app(fixture_db, "berichten")
    at.selectbox(key="msg_group").select("bouwers").run()
    assert len(_html(at)) == 3
    at.selectbox(key="msg_group").select("Alle")
    at.text_input(key="msg_search").input("natuurplan").run()
    assert len(_html(at)) == 2  # the syndicated copy is left out
    at.text_input(key="msg_search").input("")
    at.selectbox(key="msg_language").select("en").run()
    cards = _html(at)
    assert len(cards) == 1 and "niet gescoord" in cards[0]


def test_signalen_shows_method_and_newest_first(fixture_db: Path, run_app: Callable[..., AppTest]) -> None:
    at = run_app(fixture_db, "signalen")
    _no_exceptions(at)
    assert any(m.startswith("**Methode.**") and "14 dagen ervoor" in m for m in _markdown(at))
    table = _table(at)
    first = table.iloc[0]
    assert (first["Tot en met"], first["Soort"], first["Doelgroep"], first["Onderwerp"]) == (
        "28 november 2026",
        "Waardering",
        "Boeren",
        "Alle onderwerpen",
    )
    assert (first["Waarde"], first["Vergelijking"], first["Richting"], first["n"]) == (
        "−0,40",
        "+0,08",
        "lager",
        5,
    )
    assert list(table["Tot en met"]) == sorted(table["Tot en met"], reverse=True)
    at.radio(key="sig_period").set_value("Per week").run()
    _no_exceptions(at)
    weekly = _table(at)
    boeren = weekly[weekly["Doelgroep"] == "Boeren"].set_index(["Onderwerp", "Soort"])["Waarde"]
    # the week's mean fell (−0,18 against +0,15 before); its 11 documents are fewer than the 14 expected
    assert boeren.to_dict() == {
        ("Alle onderwerpen", "Waardering"): "−0,18",
        ("Mest en derogatie", "Aantal berichten"): "11",
    }


def test_stakeholders_page(fixture_db: Path, run_app: Callable[..., AppTest]) -> None:
    at = run_app(fixture_db, "stakeholders")
    _no_exceptions(at)
    table = _table(at).set_index("Stakeholder")
    assert table.at["LTO Nederland", "Berichten"] == 11
    assert table.at["LTO Nederland", "Waardering"] == "−0,18"
    assert table.at["LTO Nederland", "Trend"] == "meer"
    assert table.at["Natuurmonumenten", "Trend"] == "gelijk"
    assert table.at["RIVM", "Waardering"] == "te weinig data"


def test_bronnen_page_flags_the_failing_source(fixture_db: Path, run_app: Callable[..., AppTest]) -> None:
    at = run_app(fixture_db, "bronnen")
    _no_exceptions(at)
    assert [w.value for w in at.warning] == [
        "Dagblad Nederland: de laatste oogst (29 november 2026, 06:00) is mislukt: HTTP 503 van de server."
    ]
    table = _table(at).set_index("Bron")
    assert table.at["Dagblad Nederland", "Status"] == "mislukt"
    assert table.at["Dagblad Nederland", "Laatst gelukt"] == "28 november 2026, 06:00"
    assert table.at["Groen Kompas", "Status"] == "niets nieuws"
    assert table.at["De Boerderijbode", "Berichten"] == 39


def test_missing_warehouse_is_a_friendly_message(tmp_path: Path, run_app: Callable[..., AppTest]) -> None:
    at = run_app(tmp_path / "nergens" / "antennes.duckdb")
    _no_exceptions(at)
    assert len(at.info) == 1
    assert "Er is nog geen data voor “Proefopgave stikstof”" in at.info[0].value
    assert "bestaat nog niet" in at.info[0].value
    assert not (tmp_path / "nergens").exists()


def test_empty_warehouse_is_a_friendly_message(tmp_path: Path, run_app: Callable[..., AppTest]) -> None:
    path = tmp_path / "leeg.duckdb"
    connect_rw(path).close()
    at = run_app(path)
    _no_exceptions(at)
    assert [i.value for i in at.info] == [
        "Er is nog geen data voor “Proefopgave stikstof”: het datawarehouse bevat nog geen berichten."
    ]


def test_unreadable_warehouse_is_a_warning_not_a_crash(
    copy_db: Path, run_app: Callable[..., AppTest]
) -> None:
    writer = duckdb.connect(str(copy_db))  # a writer holds the file: a read-only open must fail
    try:
        at = run_app(copy_db)
    finally:
        writer.close()
    _no_exceptions(at)
    assert len(at.warning) == 1
    assert at.warning[0].value.startswith("Het datawarehouse kan nu niet worden gelezen")


def test_bad_config_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "fout.yaml"
    bad.write_text("name: proef\ntitel: x\n", encoding="utf-8")
    monkeypatch.setenv("ANTENNES_CONFIG", str(bad))
    at = AppTest.from_file(str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py")).run()
    _no_exceptions(at)
    assert len(at.error) == 1 and at.error[0].value.startswith("De configuratie kan niet worden gelezen.")
    assert "did you mean 'title'" in at.error[0].value


def test_every_page_leaves_the_file_free_for_the_writer(
    copy_db: Path, run_app: Callable[..., AppTest]
) -> None:
    at = run_app(copy_db)
    for page in ("onderwerpen", "signalen", "berichten", "stakeholders", "bronnen"):
        at.switch_page(f"screens/{page}.py").run()
        _no_exceptions(at)
    # a read-write open in this process fails while any read-only connection to the file lives
    duckdb.connect(str(copy_db)).close()


def test_a_new_snapshot_is_shown_without_restarting(copy_db: Path, run_app: Callable[..., AppTest]) -> None:
    at = run_app(copy_db)
    assert any("data van 28 november 2026, 06:02" in c.value for c in at.caption)
    old_stamp = data.mtime(copy_db)
    writer = connect_rw(copy_db)
    writer.execute("UPDATE meta SET value = '2026-11-29T05:10:00+00:00' WHERE key = 'published_at'")
    writer.execute("CHECKPOINT")
    writer.close()
    os.utime(copy_db, (old_stamp + 60, old_stamp + 60))  # a publish always moves the mtime
    # the cache is keyed on the mtime: the old key still answers from the cache, the new one reads
    before = data.snapshot(str(copy_db), old_stamp, "proef").published_at
    after = data.snapshot(str(copy_db), data.mtime(copy_db), "proef").published_at
    assert before is not None and after is not None and (before.day, after.day) == (28, 29)
    fresh = run_app(copy_db)  # a new browser session on the same server process
    _no_exceptions(fresh)
    assert any("data van 29 november 2026, 06:10" in c.value for c in fresh.caption)
