"""read.documents reads a period newest days first: the result must equal one query over v_documents."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest
import warehouse_fixture as fixture

from warehouse import read

OPGAVE = fixture.OPGAVE
NOV = {d: date(2026, 11, d) for d in range(1, 31)}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fixture.build(tmp_path_factory.mktemp("documents") / "proef.duckdb")


def _expected(db: Path, start: date, end: date, limit: int, where: str = "TRUE") -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT doc_id FROM v_documents WHERE opgave = ? AND duplicate_of IS NULL "
            f"AND day BETWEEN ? AND ? AND {where} ORDER BY published_at DESC, doc_id LIMIT ?",
            [OPGAVE, start, end, limit],
        ).fetchall()
    finally:
        con.close()
    return [r[0] for r in rows]


def test_newest_first_windows() -> None:
    assert read._newest_first(NOV[1], NOV[28]) == [
        (NOV[26], NOV[28]),
        (NOV[15], NOV[25]),
        (NOV[1], NOV[14]),
    ]
    assert read._newest_first(NOV[20], NOV[28]) == [(NOV[26], NOV[28]), (NOV[20], NOV[25])]
    assert read._newest_first(NOV[27], NOV[28]) == [(NOV[27], NOV[28])]
    assert read._newest_first(None, NOV[28])[-1] == (None, NOV[14])


@pytest.mark.parametrize("limit", [1, 5, 12, 13, 30, 66, 200])
def test_documents_across_windows_equal_one_query(db: Path, limit: int) -> None:
    found = read.documents(db, OPGAVE, start=NOV[8], end=NOV[28], limit=limit)
    assert list(found["doc_id"]) == _expected(db, NOV[8], NOV[28], limit)
    assert list(found["published_at"]) == sorted(found["published_at"], reverse=True)


def test_filtered_documents_across_windows(db: Path) -> None:
    found = read.documents(db, OPGAVE, start=NOV[8], end=NOV[28], target_group="boeren", limit=20)
    boeren = "list_contains(target_groups, 'boeren')"
    assert list(found["doc_id"]) == _expected(db, NOV[8], NOV[28], 20, boeren)
    # 5 on 28 Nov, 6 on 22-27 Nov, then 2 a day from 21 Nov back: the 20th is of 17 Nov
    assert len(found) == 20 and pd.Timestamp(found["day"].min()) == pd.Timestamp(NOV[17])
    natuur = read.documents(db, OPGAVE, start=NOV[8], end=NOV[28], topic="natuur", source="groen-kompas")
    assert len(natuur) == 21 and set(natuur["topics"].map(tuple)) == {("natuur",)}
