"""CBS series, CKAN package_search and plain JSON with a field mapping, all against the twin."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from config.errors import SourceError
from flows.sources import harvest_source
from flows.sources.cbs import harvest_series, normalise_period
from flows.sources.jsonapi import parse_date, pick
from flows.twin import TwinServer

TWIN_DATA = Path(__file__).parent / "data" / "twin"


def test_cbs_measure_as_series_rows(twin_server, make_opgave, fast_retry) -> None:
    cfg = {
        "name": "cbs-melkvee",
        "kind": "cbs",
        "base_url": twin_server.url + "/cbs",
        "table": "83981NED",
        "measure": "Melkveebedrijven_1",
    }
    opgave = make_opgave([cfg])
    rows = harvest_series(opgave.sources[0], opgave, retry=fast_retry)
    assert rows[:3] == [
        {"series": "Melkveebedrijven", "period": "2022", "value": 14560.0, "unit": "aantal"},
        {"series": "Melkveebedrijven", "period": "2023", "value": 14120.0, "unit": "aantal"},
        {"series": "Melkveebedrijven", "period": "2024", "value": 13640.0, "unit": "aantal"},
    ]
    assert [r["period"] for r in rows[3:]] == ["2025-Q1", "2025-04"] and rows[4]["value"] is None
    # harvest_source knows CBS is not a document source
    assert harvest_source(opgave.sources[0], opgave, {}).status == "skipped"


def test_cbs_unknown_measure_and_label(twin_server, make_opgave, fast_retry) -> None:
    base = {
        "name": "cbs",
        "kind": "cbs",
        "base_url": twin_server.url + "/cbs/ODataApi/odata",
        "table": "83981NED",
    }
    opgave = make_opgave([{**base, "measure": "Melkkoeien_2", "label_nl": "Melkkoeien (x 1000)"}])
    assert harvest_series(opgave.sources[0], opgave, retry=fast_retry)[0]["series"] == "Melkkoeien (x 1000)"
    opgave = make_opgave([{**base, "measure": "Geiten_9"}])
    with pytest.raises(SourceError, match="no measure 'Geiten_9'"):
        harvest_series(opgave.sources[0], opgave, retry=fast_retry)


def test_normalise_period() -> None:
    assert [normalise_period(c) for c in ["2024JJ00", "2024KW03 ", "2024MM11", "2024HJ02", "totaal"]] == [
        "2024",
        "2024-Q3",
        "2024-11",
        "2024-H2",
        None,
    ]


def test_ckan_package_search_pages_and_filters(twin_server, make_opgave, fast_retry, monkeypatch) -> None:
    monkeypatch.setattr("flows.sources.jsonapi.CKAN_ROWS", 2)
    url = twin_server.url + "/ckan/api/3/action/package_search"
    opgave = make_opgave([{"name": "ckan", "kind": "json", "url": url}])
    result = harvest_source(opgave.sources[0], opgave, {}, retry=fast_retry)
    assert result.status == "ok", result.error
    ids = [i.external_id[-1] for i in result.items]
    # newest first; fietspaden does not match the keywords; derogatie has a bad date
    assert ids == ["5", "2", "1"]
    assert result.skipped == [
        ("b6a1e0c2-1f10-4a0e-9d7e-000000000004", "item has no parseable date at 'metadata_modified'")
    ]
    first = result.items[2]
    assert (
        first.text
        == "Berekende stikstofdepositie per hexagoon voor alle Natura 2000-gebieden, jaarlijks bijgewerkt."
    )
    assert first.published_at == datetime(2026, 10, 2, 9, 15, 31, 120000, tzinfo=UTC)
    assert first.author is not None and first.author.startswith("anon:")  # RIVM is not in this gazetteer
    assert "Puk" not in first.raw and "p.puk" not in first.raw


def test_plain_json_with_field_mapping_and_conditional_get(twin_server, make_opgave, fast_retry) -> None:
    cfg = {
        "name": "meldpunt",
        "kind": "json",
        "url": twin_server.url + "/json/meldingen.json",
        "items_path": "data.meldingen",
        "fields": {
            "id": "meldingId",
            "title": "kop",
            "text": "omschrijving",
            "published_at": "datum",
            "author": "melder.naam",
            "url": "link",
        },
    }
    opgave = make_opgave([cfg])
    result = harvest_source(opgave.sources[0], opgave, {}, retry=fast_retry)
    assert [i.external_id for i in result.items] == ["501", "502"]
    assert [reason for _, reason in result.skipped] == [
        "item has no id at 'meldingId'",
        "item has neither title nor text",
        "item is not a JSON object",
    ]
    stank, blokkade = result.items
    assert stank.published_at == datetime(2026, 10, 14, 14, 20, tzinfo=UTC)
    assert stank.author.startswith("anon:") and blokkade.author == "LTO Nederland"
    assert "Henk" not in stank.raw and json.loads(stank.raw)["meldingId"] == 501
    assert blokkade.url is None and blokkade.published_at == datetime.fromtimestamp(1792000000, tz=UTC)
    again = harvest_source(opgave.sources[0], opgave, result.state, retry=fast_retry)
    assert again.status == "not_modified" and again.bytes_received == 0


def test_json_without_list_at_path_fails(twin_server, make_opgave, fast_retry) -> None:
    cfg = {
        "name": "fout",
        "kind": "json",
        "url": twin_server.url + "/json/meldingen.json",
        "items_path": "meta",
    }
    opgave = make_opgave([cfg])
    result = harvest_source(opgave.sources[0], opgave, {}, retry=fast_retry)
    assert result.status == "failed" and "No list of items at 'meta'" in (result.error or "")


def test_pick_and_parse_date() -> None:
    assert pick({"a": [{"b": 1}]}, "a.0.b") == 1 and pick({"a": 1}, "a.b") is None
    assert parse_date("2026-10-01T12:00:00") == datetime(2026, 10, 1, 12, tzinfo=UTC)
    assert parse_date("morgen") is None and parse_date(True) is None


def test_ckan_rerun_asks_only_for_modified_packages(tmp_path, make_opgave, fast_retry) -> None:
    shutil.copytree(TWIN_DATA / "ckan", tmp_path / "ckan")
    with TwinServer(tmp_path) as twin:
        opgave = make_opgave(
            [{"name": "ckan", "kind": "json", "url": twin.url + "/ckan/api/3/action/package_search"}]
        )
        cfg = opgave.sources[0]
        first = harvest_source(cfg, opgave, {}, retry=fast_retry)
        second = harvest_source(cfg, opgave, first.state, retry=fast_retry)
        data_file = tmp_path / "ckan" / "packages.json"
        packages = json.loads(data_file.read_text(encoding="utf-8"))
        packages[1]["metadata_modified"] = "2026-11-20T12:00:00.250000"  # a new resource was added
        data_file.write_text(json.dumps(packages), encoding="utf-8")
        third = harvest_source(cfg, opgave, second.state, retry=fast_retry)
        fourth = harvest_source(cfg, opgave, third.state, retry=fast_retry)
    assert len(first.items) == 3 and first.state == {"metadata_modified": "2026-11-01T08:00:00Z"}
    assert second.items == [] and second.skipped == [] and second.bytes_received < 300
    assert [i.external_id[-1] for i in third.items] == ["2"]
    assert third.state == {"metadata_modified": "2026-11-20T12:00:00.250000Z"}
    assert fourth.items == [] and fourth.bytes_received < 300
