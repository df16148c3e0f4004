"""The Stakeholders page's "Nieuwe kandidaten" through AppTest: counts, dates, escaped snippets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from streamlit.testing.v1 import AppTest

from dashboard.candidates import CANDIDATES_EXPLAINED
from warehouse import load
from warehouse.db import connect_rw

OPGAVE = "proef"
SNIPPET = "<script>alert('kandidaat')</script> volgens de Stichting Veenweide Vitaal moet het peil omhoog"


def _store(path: Path) -> None:
    con = connect_rw(path)
    try:
        load.store_candidates(
            con,
            OPGAVE,
            [
                {
                    "name": "Stichting Veenweide Vitaal",
                    "count": 4,
                    "examples": [SNIPPET, "de Stichting Veenweide Vitaal organiseert een avond"],
                    "first_seen": datetime(2026, 11, 16, 9, 0, tzinfo=UTC),
                    "last_seen": datetime(2026, 11, 26, 9, 0, tzinfo=UTC),
                },
                {
                    "name": "<b>@Veenboer</b>",
                    "count": 3,
                    "examples": ["@Veenboer zegt: <img src=x onerror=alert(1)>"],
                    "first_seen": datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
                    "last_seen": datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
                },
            ],
        )
        con.execute("CHECKPOINT")
    finally:
        con.close()


def test_candidates_are_listed_with_counts_and_safe_snippets(
    copy_db: Path, run_app: Callable[..., AppTest]
) -> None:
    _store(copy_db)
    at = run_app(copy_db, "stakeholders")
    assert not at.exception, [e.message for e in at.exception]
    assert "Nieuwe kandidaten" in [h.value for h in at.subheader]
    assert CANDIDATES_EXPLAINED in [c.value for c in at.caption]
    table = at.dataframe[1].value.set_index("Naam")
    assert list(table.index) == ["Stichting Veenweide Vitaal", "<b>@Veenboer</b>"]
    assert table.at["Stichting Veenweide Vitaal", "Vermeldingen"] == 4
    assert table.at["Stichting Veenweide Vitaal", "Eerst gezien"] == "16 november 2026, 10:00"
    assert table.at["Stichting Veenweide Vitaal", "Laatst gezien"] == "26 november 2026, 10:00"
    cards = "\n".join(h.proto.body for h in at.get("html"))
    assert "<script" not in cards and "<img" not in cards and "<b>@" not in cards
    assert "&lt;script&gt;alert(&#x27;kandidaat&#x27;)&lt;/script&gt;" in cards
    assert "&lt;b&gt;@Veenboer&lt;/b&gt;" in cards
    assert "(4× genoemd)" in cards and "de Stichting Veenweide Vitaal organiseert een avond" in cards
    # the known stakeholders are still shown above the candidates
    assert at.dataframe[0].value.set_index("Stakeholder").at["LTO Nederland", "Berichten"] == 11


def test_no_candidates_yet_is_said_in_dutch(fixture_db: Path, run_app: Callable[..., AppTest]) -> None:
    at = run_app(fixture_db, "stakeholders")
    assert not at.exception
    assert "Er zijn (nog) geen nieuwe kandidaten gevonden." in [i.value for i in at.info]
    assert CANDIDATES_EXPLAINED in [c.value for c in at.caption]
