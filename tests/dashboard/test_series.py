"""The Overzicht page's Context section: CBS figures beside the sentiment, only when there are any."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import warehouse_fixture
from streamlit.testing.v1 import AppTest

from warehouse.db import connect_rw
from warehouse.load import load_series

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"
CBS_SOURCES = """\
  - name: cbs-melkvee
    kind: cbs
    label: CBS StatLine (demo)
    table: DEMO01NED
    measure: Melkveebedrijven_1
    label_nl: Melkveebedrijven
  - name: cbs-depositie
    kind: cbs
    label: CBS StatLine (demo)
    table: DEMO02NED
    measure: GemiddeldeDepositie_1
"""
MELKVEE = [
    ("2024", 13960.0),
    ("2025", 13480.0),
    ("2026-Q1", 13190.0),
    ("2026-Q2", 13020.0),
    ("2026-Q3", None),
]
DEPOSITIE = [("2023", 1597.0), ("2024", 1583.5), ("2025", 1561.0)]


def _with_series(path: Path) -> Path:
    rows = [
        {
            "opgave": warehouse_fixture.OPGAVE,
            "source": "cbs-melkvee",
            "series": "Melkveebedrijven",
            "period": p,
            "value": v,
            "unit": "aantal",
        }
        for p, v in MELKVEE
    ] + [
        {
            "opgave": warehouse_fixture.OPGAVE,
            "source": "cbs-depositie",
            "series": "Stikstofdepositie op Natura 2000",
            "period": p,
            "value": v,
            "unit": "mol/ha/jaar",
        }
        for p, v in DEPOSITIE
    ]
    con = connect_rw(path)
    try:
        load_series(con, rows)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return path


@pytest.fixture
def run_with_cbs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], AppTest]:
    """The Overzicht page on `warehouse`, with an opgave that also has two CBS sources."""

    def run(warehouse: Path) -> AppTest:
        config = warehouse_fixture.write_config(tmp_path, warehouse)
        text = config.read_text(encoding="utf-8").replace("topics:\n", CBS_SOURCES + "topics:\n", 1)
        config.write_text(text, encoding="utf-8")
        monkeypatch.setenv("ANTENNES_CONFIG", str(config))
        return AppTest.from_file(str(APP), default_timeout=60).run()

    return run


def _charts(at: AppTest) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]


def test_context_shows_cbs_figures_with_unit_and_source(
    copy_db: Path, run_with_cbs: Callable[[Path], AppTest]
) -> None:
    at = run_with_cbs(_with_series(copy_db))
    assert not at.exception, [e.message for e in at.exception]
    assert "Context" in [h.value for h in at.subheader]
    assert any("Bron: CBS StatLine (demo)." in c.value for c in at.caption)

    titles = [spec["title"] for spec in _charts(at) if isinstance(spec.get("title"), dict)]
    assert {"text": "Melkveebedrijven (aantal)", "subtitle": "CBS StatLine (demo)"} in titles
    assert {
        "text": "Stikstofdepositie op Natura 2000 (mol/ha/jaar)",
        "subtitle": "CBS StatLine (demo)",
    } in titles

    latest = at.dataframe[1].value.set_index("Cijfer")
    # the 3rd quarter of 2026 has no value yet: the latest known figure is the 2nd quarter
    assert latest.at["Melkveebedrijven", "Periode"] == "2e kwartaal 2026"
    assert latest.at["Melkveebedrijven", "Waarde"] == "13.020"
    assert latest.at["Melkveebedrijven", "Verandering"] == "−170 t.o.v. 1e kwartaal 2026"
    assert latest.at["Melkveebedrijven", "Eenheid"] == "aantal"
    assert latest.at["Stikstofdepositie op Natura 2000", "Periode"] == "2025"
    assert latest.at["Stikstofdepositie op Natura 2000", "Waarde"] == "1.561,0"
    assert latest.at["Stikstofdepositie op Natura 2000", "Verandering"] == "−22,5 t.o.v. 2024"
    assert set(latest["Bron"]) == {"CBS StatLine (demo)"}


def test_context_charts_years_and_quarters_as_separate_lines(
    copy_db: Path, run_with_cbs: Callable[[Path], AppTest]
) -> None:
    at = run_with_cbs(_with_series(copy_db))
    spec = next(s for s in _charts(at) if s.get("title", {}).get("text") == "Melkveebedrijven (aantal)")
    colour = spec["encoding"]["color"]
    assert colour["field"] == "Frequentie"
    palette = dict(zip(colour["scale"]["domain"], colour["scale"]["range"], strict=True))
    assert (palette["Per jaar"], palette["Per kwartaal"]) == ("#0072B2", "#D55E00")
    assert spec["encoding"]["y"]["title"] == "aantal"
    assert any("Kleuren: blauw = per jaar, oranje = per kwartaal." in c.value for c in at.caption)


def test_no_context_section_without_series(fixture_db: Path, run_with_cbs: Callable[[Path], AppTest]) -> None:
    at = run_with_cbs(fixture_db)
    assert not at.exception, [e.message for e in at.exception]
    assert "Context" not in [h.value for h in at.subheader]
    assert len(at.dataframe) == 1  # only the appreciation table
