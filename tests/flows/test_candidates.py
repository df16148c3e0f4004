"""Stakeholder discovery into the warehouse: flows.candidates.refresh_candidates on a real DuckDB file."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from config.loader import load_opgave
from config.schema import Opgave
from flows.candidates import refresh_candidates
from warehouse import load
from warehouse.db import connect_rw

YAML = """\
name: veen
title: Veenweide en stikstof
keywords: [veenweide]
sources:
  - {name: streekkrant, kind: rss, url: "http://127.0.0.1:9/streek.xml"}
topics:
  - {name: water, label: Waterpeil, terms: [waterpeil]}
target_groups:
  - {name: boeren, label: Boeren, markers: [boer]}
stakeholders:
  - {name: LTO Nederland, aliases: [LTO]}
"""

NEWEST = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)

# (days before NEWEST, title, text): written for this test.
TEXTS = [
    (
        2,
        "Boeren praten over het waterpeil",
        "De Stichting Veenweide Vitaal wil het waterpeil langzaam verhogen. LTO is kritisch.",
    ),
    (
        5,
        "Informatieavond in het dorpshuis",
        "Op de avond vertelde Stichting Veenweide Vitaal over natte teelten; ook LTO was er.",
    ),
    (
        9,
        "Proef met lisdodde",
        "Een boer uit de polder start met lisdodde, samen met Stichting Veenweide Vitaal. LTO kijkt mee.",
    ),
    (
        12,
        "Subsidie voor natte teelt",
        "Volgens de Stichting Veenweide Vitaal is er meer geld nodig. De Coöperatie Natte Oogst twijfelt.",
    ),
    (
        20,
        "Coöperatie Natte Oogst zoekt leden",
        "De Coöperatie Natte Oogst zoekt boeren die willen meedoen.",
    ),
    # older than the 30-day window: the Vereniging Oude Polder must not be counted from here
    (45, "Oud nieuws", "De Vereniging Oude Polder, de Vereniging Oude Polder en de Vereniging Oude Polder."),
]


@pytest.fixture
def opgave(tmp_path: Path) -> Opgave:
    path = tmp_path / "veen.yaml"
    path.write_text(YAML, encoding="utf-8")
    return load_opgave(path)


def _rows() -> list[dict[str, Any]]:
    return [
        {
            "opgave": "veen",
            "source": "streekkrant",
            "kind": "rss",
            "external_id": f"item-{i}",
            "url": f"https://example.org/{i}",
            "published_at": NEWEST - timedelta(days=days),
            "title": title,
            "text": text,
            "language": "nl",
        }
        for i, (days, title, text) in enumerate(TEXTS)
    ]


def test_refresh_candidates_stores_new_names_with_counts_examples_and_dates(
    tmp_path: Path, opgave: Opgave
) -> None:
    con = connect_rw(tmp_path / "veen.duckdb")
    try:
        load.load_documents(con, _rows())
        assert refresh_candidates(con, opgave) == 2
        rows = con.execute(
            "SELECT name, count, examples, first_seen, last_seen, computed_at FROM stakeholder_candidates "
            "WHERE opgave = 'veen' ORDER BY count DESC"
        ).fetchall()
    finally:
        con.close()
    names = [r[0] for r in rows]
    assert names == ["Stichting Veenweide Vitaal", "Coöperatie Natte Oogst"]  # LTO is known, not new
    stichting, cooperatie = rows
    assert stichting[1] == 4 and cooperatie[1] == 3  # title + text of the 20-day-old item: 2
    examples = json.loads(stichting[2])
    assert len(examples) == 3 and all("Stichting Veenweide Vitaal" in e for e in examples)
    assert (stichting[3], stichting[4]) == (NEWEST - timedelta(days=12), NEWEST - timedelta(days=2))
    assert (cooperatie[3], cooperatie[4]) == (NEWEST - timedelta(days=20), NEWEST - timedelta(days=12))
    assert stichting[5] is not None


def test_refresh_candidates_replaces_the_previous_list(tmp_path: Path, opgave: Opgave) -> None:
    con = connect_rw(tmp_path / "veen.duckdb")
    try:
        load.load_documents(con, _rows())
        refresh_candidates(con, opgave)
        # a narrower window leaves only the names of the last 10 days, mentioned 3 times
        assert refresh_candidates(con, opgave, days=10) == 1
        names = [r[0] for r in con.execute("SELECT name FROM stakeholder_candidates").fetchall()]
        assert names == ["Stichting Veenweide Vitaal"]
        assert refresh_candidates(con, opgave, days=10, min_count=4) == 0
        assert con.execute("SELECT count(*) FROM stakeholder_candidates").fetchall() == [(0,)]
    finally:
        con.close()


def test_refresh_candidates_on_an_empty_warehouse(tmp_path: Path, opgave: Opgave) -> None:
    con = connect_rw(tmp_path / "leeg.duckdb")
    try:
        assert refresh_candidates(con, opgave) == 0
    finally:
        con.close()
