"""The Tweede Kamer connector: OData paging, keyword filter on our side, text resources, cursor."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from flows.sources import harvest_source
from flows.sources.tweedekamer import odata_filter
from flows.twin import TwinServer
from flows.twin_query import changed_since, select

TWIN_DATA = Path(__file__).parent / "data" / "twin"

DOC = "4f1c2a10-7b2e-4c55-9a61-0e2d3c4b5a0"


def _tk(make_opgave, base: str, **extra):
    opgave = make_opgave([{"name": "tk", "kind": "tweedekamer", "base_url": base, **extra}])
    return opgave.sources[0], opgave


def test_documents_about_the_keywords_with_their_text(twin_server, make_opgave, fast_retry) -> None:
    cfg, opgave = _tk(make_opgave, twin_server.url + "/tk/OData/v4/2.0")
    result = harvest_source(cfg, opgave, {}, retry=fast_retry)
    assert result.status == "ok", result.error
    # the off-topic letter (3) and the deleted motion (5) are filtered out on our side (the twin ignores
    # `contains`); a first run reads the newest changes first
    assert [i.external_id for i in result.items] == [DOC + n for n in "6421"]
    question = result.items[3]
    assert question.title.startswith("Vragen van het lid Bakker")
    assert question.text.startswith("Vraag 1\nKent u het bericht")
    assert question.published_at == datetime(2026, 10, 6, 22, 0, tzinfo=UTC)
    assert question.language == "nl" and question.kind == "tweedekamer" and question.author is None
    assert question.url == f"{twin_server.url}/tk/OData/v4/2.0/Document({DOC}1)/resource"
    assert json.loads(question.raw)["Soort"] == "Schriftelijke vragen"
    letter = result.items[1]  # a PDF: the subject stands in for the text
    assert letter.text == letter.title and json.loads(letter.raw)["text_source"].startswith("subject only")
    assert result.state == {"gewijzigd_op": "2026-11-13T07:15:00+00:00"}


def test_paging_follows_next_link_and_sends_filter(fault_server, make_opgave, fast_retry) -> None:
    docs = [
        {
            "Id": f"id-{n}",
            "Titel": f"Stikstof deel {n}",
            "Onderwerp": f"Motie {n} over stikstof",
            "Datum": "2026-10-01T00:00:00+02:00",
            "GewijzigdOp": f"2026-10-0{n}T10:00:00+02:00",
            "ContentType": "application/pdf",
            "Verwijderd": False,
        }
        for n in range(1, 6)
    ]
    base = fault_server.url + "/tk"
    pages = [
        {"value": docs[:2], "@odata.nextLink": f"{base}/Document?$skip=2&$top=2"},
        {"value": docs[2:4], "@odata.nextLink": f"{base}/Document?$skip=4&$top=2"},
        {"value": docs[4:]},
    ]
    fault_server.route(
        "/tk/Document",
        fault_server.sequence(
            *(fault_server.respond(200, json.dumps(p).encode(), "application/json") for p in pages)
        ),
    )
    cfg, opgave = _tk(make_opgave, base)
    result = harvest_source(cfg, opgave, {}, retry=fast_retry)
    assert [i.external_id for i in result.items] == [f"id-{n}" for n in range(1, 6)]
    first = parse_qs(urlsplit(fault_server.requests[0]["path"]).query)
    assert "contains(Onderwerp,'stikstof')" in first["$filter"][0] and first["$top"] == ["250"]
    assert [parse_qs(urlsplit(r["path"]).query).get("$skip") for r in fault_server.requests] == [
        None,
        ["2"],
        ["4"],
    ]


def test_rerun_asks_only_for_changes_and_refetches_a_changed_document(
    tmp_path, make_opgave, fast_retry
) -> None:
    shutil.copytree(TWIN_DATA / "tk", tmp_path / "tk")
    with TwinServer(tmp_path) as twin:
        cfg, opgave = _tk(make_opgave, twin.url + "/tk/OData/v4/2.0")
        first = harvest_source(cfg, opgave, {}, retry=fast_retry)
        assert len(first.items) == 4 and first.bytes_received > 1_000
        second = harvest_source(cfg, opgave, first.state, retry=fast_retry)
        assert second.status == "ok" and second.items == [] and second.state == first.state
        assert second.bytes_received < 300  # one empty OData page, no resources
        data_file = tmp_path / "tk" / "documents.json"
        data = json.loads(data_file.read_text(encoding="utf-8"))
        data["value"][1]["GewijzigdOp"] = "2026-11-20T09:30:00.250+01:00"  # the motion was amended
        data_file.write_text(json.dumps(data), encoding="utf-8")
        third = harvest_source(cfg, opgave, second.state, retry=fast_retry)
        fourth = harvest_source(cfg, opgave, third.state, retry=fast_retry)
    assert [i.external_id for i in third.items] == [DOC + "2"]
    assert third.state == {"gewijzigd_op": "2026-11-20T08:30:00.250000+00:00"}
    assert fourth.items == [] and fourth.bytes_received < 300


def test_rerun_cut_by_limit_continues_where_it_stopped(tmp_path, make_opgave, fast_retry) -> None:
    shutil.copytree(TWIN_DATA / "tk", tmp_path / "tk")
    with TwinServer(tmp_path) as twin:
        cfg, opgave = _tk(make_opgave, twin.url + "/tk/OData/v4/2.0", limit=2)
        since = {"gewijzigd_op": "2026-10-01T00:00:00+00:00"}
        first = harvest_source(cfg, opgave, since, retry=fast_retry)
        second = harvest_source(cfg, opgave, first.state, retry=fast_retry)
        third = harvest_source(cfg, opgave, second.state, retry=fast_retry)
    assert [i.external_id for i in first.items] == [DOC + "1", DOC + "2"]  # oldest changes first
    assert [i.external_id for i in second.items] == [DOC + "4", DOC + "6"]
    assert third.items == []


def test_a_document_whose_text_failed_is_tried_again(fault_server, make_opgave, fast_retry) -> None:
    docs = [
        {
            "Id": f"id-{n}",
            "Titel": f"Stikstof deel {n}",
            "Onderwerp": f"Verslag {n} over stikstof",
            "Datum": "2026-10-01T00:00:00+02:00",
            "GewijzigdOp": f"2026-10-0{n}T10:00:00+02:00",
            "ContentType": "text/plain",
        }
        for n in (1, 2)
    ]
    base = fault_server.url + "/tk"
    fault_server.route(
        "/tk/Document", fault_server.respond(200, json.dumps({"value": docs}).encode(), "application/json")
    )
    fault_server.route("/tk/Document(id-1)/resource", fault_server.respond(404, b"weg"))
    fault_server.route("/tk/Document(id-2)/resource", fault_server.respond(200, b"Tekst", "text/plain"))
    cfg, opgave = _tk(make_opgave, base)
    result = harvest_source(cfg, opgave, {"gewijzigd_op": "2026-09-01T00:00:00+00:00"}, retry=fast_retry)
    assert [i.external_id for i in result.items] == ["id-2"] and result.skipped[0][0] == "id-1"
    assert result.state == {"gewijzigd_op": "2026-10-01T07:59:59.999999+00:00"}  # just before id-1


def test_twin_understands_only_a_top_level_changed_since_clause() -> None:
    assert changed_since("GewijzigdOp gt 2026-10-01T08:00:00Z") == (
        "gt",
        datetime(2026, 10, 1, 8, tzinfo=UTC),
    )
    found = changed_since(
        "Verwijderd eq false and (contains(Titel,'x')) and GewijzigdOp ge 2026-10-01T10:00:00+02:00"
    )
    assert found == ("ge", datetime(2026, 10, 1, 8, tzinfo=UTC))
    assert changed_since("contains(Titel,'x') or GewijzigdOp gt 2026-10-01T08:00:00Z") is None
    assert changed_since("GewijzigdOp gt gisteren") is None and changed_since("") is None
    docs = [
        {"Id": "a", "GewijzigdOp": "2026-10-01T10:00:00+02:00"},
        {"Id": "b", "GewijzigdOp": "2026-10-01T09:00:00Z"},
    ]
    query = {"$filter": "GewijzigdOp gt 2026-10-01T08:00:00Z", "$orderby": "GewijzigdOp desc"}
    assert [d["Id"] for d in select(docs, query)] == ["b"]
    assert [d["Id"] for d in select(docs, {"$orderby": "GewijzigdOp desc"})] == ["b", "a"]
    assert [d["Id"] for d in select(docs, {"$filter": "zomaar iets", "$orderby": "onzin("})] == ["a", "b"]


def test_limit_caps_the_documents(twin_server, make_opgave, fast_retry) -> None:
    cfg, opgave = _tk(make_opgave, twin_server.url + "/tk/OData/v4/2.0", limit=2)
    result = harvest_source(cfg, opgave, {}, retry=fast_retry)
    assert len(result.items) == 2


def test_truncated_json_page_fails_and_keeps_earlier_pages(fault_server, make_opgave, fast_retry) -> None:
    doc = {
        "Id": "a",
        "Titel": "Mest",
        "Onderwerp": "Brief over mest",
        "Datum": "2026-10-01T00:00:00+02:00",
        "GewijzigdOp": "2026-10-01T10:00:00+02:00",
        "ContentType": "application/pdf",
    }
    first = {"value": [doc], "@odata.nextLink": fault_server.url + "/tk/Document?$skip=1"}
    fault_server.route(
        "/tk/Document",
        fault_server.sequence(
            fault_server.respond(200, json.dumps(first).encode(), "application/json"),
            fault_server.respond(200, b'{"value": [{"Id": "b", "Titel": "Mest', "application/json"),
        ),
    )
    cfg, opgave = _tk(make_opgave, fault_server.url + "/tk")
    result = harvest_source(cfg, opgave, {"gewijzigd_op": "2020-01-01T00:00:00+00:00"}, retry=fast_retry)
    assert result.status == "failed" and "Invalid JSON" in (result.error or "")
    assert [i.external_id for i in result.items] == ["a"]
    assert result.state == {"gewijzigd_op": "2020-01-01T00:00:00+00:00"}  # cursor not advanced


def test_odata_filter_escapes_quotes_and_adds_cursor() -> None:
    text = odata_filter(["boer's erf"], "2026-10-01T08:00:00+00:00")
    assert "contains(Onderwerp,'boer''s erf')" in text
    assert text.endswith("GewijzigdOp gt 2026-10-01T08:00:00Z")
