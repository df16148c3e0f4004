"""A small, hand-made warehouse with known numbers, for the read API and dashboard tests.

Written through the warehouse's own write path (`warehouse.db.connect_rw` + `warehouse.load`), so
the read API is tested against the real schema, views and aggregates. All texts were written for
these tests. The numbers, by construction (min_n = 5 in the test opgave):

- boeren (source boerderijbode): 2 documents a day 8-14 Nov (+0,30 and +0,10: mean +0,20),
  2 a day 15-21 Nov (+0,20 and 0,00: mean +0,10), topic vergunningen; then 1 a day 22-27 Nov at
  0,00 and 5 on 28 Nov at −0,40, topic mest: week 22-28 Nov n = 11, mean −2,0/11 = −0,18.
- natuurbeschermers (groen-kompas): 1 a day 8-28 Nov, topic natuur, +0,40 until 21 Nov, +0,50
  from 22 Nov.
- bouwers (dagblad): 3 documents 26-28 Nov at −0,30, topic vergunningen: too few (n < 5).
- no group (dagblad): 2 documents on 27 Nov at 0,00, topic natuur; one duplicate of the first.
- one English document on 28 Nov (dagblad) that the model could not score.
Harvest runs: boerderijbode and groen-kompas ok; dagblad failed on its last run.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

OPGAVE = "proef"
MODEL = "test-model-1"
MIN_N = 5
FIRST_DAY = date(2026, 11, 8)
LAST_DAY = date(2026, 11, 28)
PUBLISHED_AT = "2026-11-28T05:02:00+00:00"  # 06:02 in Amsterdam

CONFIG_YAML = """\
name: proef
title: Proefopgave stikstof
keywords: [stikstof]
sources:
  - name: boerderijbode
    kind: rss
    label: De Boerderijbode
    url: http://127.0.0.1:9/boerderijbode.xml
    voice_of: boeren
  - name: groen-kompas
    kind: rss
    label: Groen Kompas
    url: http://127.0.0.1:9/groen-kompas.xml
    voice_of: natuurbeschermers
  - name: dagblad
    kind: rss
    label: Dagblad Nederland
    url: http://127.0.0.1:9/dagblad.xml
topics:
  - {name: vergunningen, label: Vergunningen, terms: [vergunning]}
  - {name: mest, label: Mest en derogatie, terms: [mest]}
  - {name: natuur, label: Natuurherstel, terms: [natuur]}
target_groups:
  - {name: boeren, label: Boeren, markers: [boer]}
  - {name: natuurbeschermers, label: Natuurbeschermers, markers: [boswachter]}
  - {name: bouwers, label: Bouwers, markers: [aannemer]}
  - {name: jongeren, label: Jongeren, markers: [student]}
stakeholders:
  - {name: LTO Nederland, aliases: [LTO]}
  - {name: Natuurmonumenten}
  - {name: RIVM}
warehouse:
  path: {path}
dashboard:
  min_n: 5
"""

XSS_TEXT = "<script>alert('x')</script> De mestregels zijn <b>onwerkbaar</b> en [klik](javascript:alert(1))."


def _doc(source: str, day: date, hour: int, i: int, title: str, text: str, **score: Any) -> dict[str, Any]:
    """One document plus its score; `i` keeps titles and ids unique."""
    published = datetime(day.year, day.month, day.day, hour, 0, tzinfo=UTC)
    return {
        "source": source,
        "external_id": f"{source}-{day:%m%d}-{hour}-{i}",
        "title": f"{title} ({day:%d-%m}, {i})",
        "text": text,
        "published_at": published,
        **score,
    }


def documents() -> list[dict[str, Any]]:
    """The fixture documents with their scores (sentiment, topics, groups, stakeholders...)."""
    docs: list[dict[str, Any]] = []
    for offset in range(14):
        day = FIRST_DAY + timedelta(offset)
        pair = (0.3, 0.1) if offset < 7 else (0.2, 0.0)
        for i, value in enumerate(pair):
            docs.append(
                _doc(
                    "boerderijbode",
                    day,
                    8 + i,
                    i,
                    "Boeren over de vergunningverlening",
                    "De boer wacht al maanden op een vergunning, maar het loket denkt mee.",
                    sentiment=value,
                    topics=["vergunningen"],
                    groups=["boeren"],
                    stakeholders=[],
                )
            )
    for offset in range(14, 20):
        day = FIRST_DAY + timedelta(offset)
        docs.append(
            _doc(
                "boerderijbode",
                day,
                9,
                0,
                "Mestregels op het erf",
                "Melkveehouders bespreken de nieuwe mestregels met LTO.",
                sentiment=0.0,
                topics=["mest"],
                groups=["boeren"],
                stakeholders=["LTO Nederland"],
            )
        )
    for i in range(5):
        docs.append(
            _doc(
                "boerderijbode",
                LAST_DAY,
                7 + i,
                i,
                "Boeren boos over mestregels",
                XSS_TEXT
                if i == 0
                else "De boer noemt de mestregels onwerkbaar en is onzeker over de toekomst.",
                sentiment=-0.4,
                topics=["mest"],
                groups=["boeren"],
                stakeholders=["LTO Nederland"],
                explanation=[{"term": "onwerkbaar", "weight": -0.6}, {"term": "onzeker", "weight": -0.3}],
            )
        )
    for offset in range(21):
        day = FIRST_DAY + timedelta(offset)
        docs.append(
            _doc(
                "groen-kompas",
                day,
                12,
                0,
                "De heide herstelt",
                "De boswachter ziet de heide langzaam herstellen; een mooi begin.",
                sentiment=0.4 if offset < 14 else 0.5,
                topics=["natuur"],
                groups=["natuurbeschermers"],
                stakeholders=["Natuurmonumenten"],
                explanation=[{"term": "mooi", "weight": 0.5}],
            )
        )
    for offset in (18, 19, 20):
        day = FIRST_DAY + timedelta(offset)
        docs.append(
            _doc(
                "dagblad",
                day,
                14,
                0,
                "Aannemers wachten op vergunning",
                "Aannemers zien bouwprojecten stilvallen zolang de vergunning uitblijft, zegt het RIVM.",
                sentiment=-0.3,
                topics=["vergunningen"],
                groups=["bouwers"],
                stakeholders=["RIVM"],
            )
        )
    for i in range(2):
        docs.append(
            _doc(
                "dagblad",
                LAST_DAY - timedelta(1),
                15 + i,
                i,
                "Nieuw natuurplan gepresenteerd",
                "Het kabinet presenteert een plan voor natuur in Gelderland.",
                sentiment=0.0,
                topics=["natuur"],
                groups=[],
                stakeholders=[],
            )
        )
    copy = dict(docs[-1], external_id="dagblad-copy", title=docs[-1]["title"] + " (kopie)")
    docs.append({**copy, "duplicate_of_index": len(docs) - 1})
    docs.append(
        _doc(
            "dagblad",
            LAST_DAY,
            16,
            0,
            "Farmers protest again",
            "Farmers drove their tractors to The Hague.",
            sentiment=0.0,
            topics=[],
            groups=[],
            stakeholders=[],
            scored=False,
            language="en",
        )
    )
    return docs


HARVEST_RUNS = [
    ("run-1", "boerderijbode", "ok", None, 40),
    ("run-1", "groen-kompas", "ok", None, 20),
    ("run-1", "dagblad", "ok", None, 5),
    ("run-2", "boerderijbode", "ok", None, 5),
    ("run-2", "groen-kompas", "not_modified", None, 0),
    ("run-2", "dagblad", "failed", "HTTP 503 van de server", 0),
]


def build(path: Path) -> Path:
    """Write the fixture warehouse to `path` through the warehouse's own write functions."""
    from warehouse import load
    from warehouse.db import connect_rw

    con = connect_rw(path)
    try:
        rows, results = _rows_and_results()
        load.load_documents(con, rows)
        _mark_duplicates(con, rows)
        load.load_scores(con, results)
        load.set_model_version(con, OPGAVE, MODEL)
        for n, (run_id, source, status, error, new) in enumerate(HARVEST_RUNS):
            start = datetime(2026, 11, 27 + int(run_id[-1]), 5, 0, n, tzinfo=UTC)
            load.record_harvest_run(
                con,
                {
                    "run_id": run_id,
                    "opgave": OPGAVE,
                    "source": source,
                    "kind": "rss",
                    "started_at": start,
                    "finished_at": start + timedelta(seconds=2),
                    "status": status,
                    "items_new": new,
                    "items_seen": 0,
                    "items_skipped": 0,
                    "bytes": 1000,
                    "error": error,
                },
            )
        load.refresh_aggregates(con, OPGAVE)
        load.set_meta(con, "published_at", PUBLISHED_AT)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return path


def _rows_and_results() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    from warehouse.load import content_hash

    rows, results = [], []
    for doc in documents():
        doc_id = content_hash(OPGAVE, doc["title"], doc["text"])
        doc["doc_id"] = doc_id
        rows.append(
            {
                "doc_id": doc_id,
                "opgave": OPGAVE,
                "source": doc["source"],
                "kind": "rss",
                "external_id": doc["external_id"],
                "url": f"https://example.org/{doc['external_id']}",
                "author": None,
                "published_at": doc["published_at"],
                "title": doc["title"],
                "text": doc["text"],
                "language": doc.get("language", "nl"),
                "voice_of": None,
                "parent_id": None,
                "raw": "{}",
                "harvested_at": datetime(2026, 11, 28, 5, 0, tzinfo=UTC),
                "duplicate_of": None,
            }
        )
        value = doc["sentiment"]
        results.append(
            {
                "id": doc_id,
                "language": doc.get("language", "nl"),
                "scored": doc.get("scored", True),
                "sentiment": value,
                "label": "positive" if value > 0.05 else "negative" if value < -0.05 else "neutral",
                "topics": doc["topics"],
                "topic_sentiment": {},
                "groups": doc["groups"],
                "group_evidence": [
                    {"group": g, "rule": "source", "evidence": doc["source"]} for g in doc["groups"]
                ],
                "stakeholders": [{"name": s, "mention": s} for s in doc["stakeholders"]],
                "explanation": doc.get("explanation", []),
                "model_version": MODEL,
                "note": None,
            }
        )
    return rows, results


def _mark_duplicates(con: Any, rows: list[dict[str, Any]]) -> None:
    """The one syndicated copy points to its original (what the dedup step would record)."""
    from warehouse import load

    pairs = {
        rows[i]["doc_id"]: rows[doc["duplicate_of_index"]]["doc_id"]
        for i, doc in enumerate(documents())
        if "duplicate_of_index" in doc
    }
    load.mark_duplicates(con, pairs)


def write_config(tmp: Path, warehouse: Path) -> Path:
    """A test opgave YAML whose warehouse.path is `warehouse`."""
    path = tmp / "proef.yaml"
    path.write_text(CONFIG_YAML.replace("{path}", str(warehouse)), encoding="utf-8")
    return path
