"""The offline twin speaks real HTTP: validators and 304s, gzip, OData paging, Reddit listings."""

from __future__ import annotations

import http.client
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
import requests
import requests.adapters

from flows.twin import TwinServer
from flows.twin_reddit import TOKEN

AUTH = {"Authorization": f"bearer {TOKEN}"}


def test_feed_has_validators_and_answers_304(twin_server) -> None:
    url = twin_server.url + "/feeds/polderpost.xml"
    first = httpx.get(url)
    assert first.status_code == 200 and b"Polderpost" in first.content
    assert first.headers["content-type"].startswith("application/rss+xml")
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert httpx.get(url, headers={"If-None-Match": etag}).status_code == 304
    assert httpx.get(url, headers={"If-Modified-Since": modified}).status_code == 304
    assert httpx.get(url, headers={"If-None-Match": '"other"'}).status_code == 200
    again = httpx.get(url, headers={"If-None-Match": etag})
    assert again.content == b""


def test_feed_is_gzipped_when_asked(twin_server) -> None:
    response = httpx.get(twin_server.url + "/feeds/polderpost.xml", headers={"Accept-Encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert response.num_bytes_downloaded < len(response.content)
    assert b"Gelderse Vallei" in response.content


def test_no_path_traversal_and_404(twin_server) -> None:
    assert httpx.get(twin_server.url + "/feeds/../tk/documents.json").status_code == 404
    assert httpx.get(twin_server.url + "/feeds/%2e%2e/tk/documents.json").status_code == 404
    assert httpx.get(twin_server.url + "/nergens").status_code == 404


def test_tk_odata_pages_with_next_link(twin_server) -> None:
    url = twin_server.url + "/tk/OData/v4/2.0/Document"
    page = httpx.get(url, params={"$top": 4, "$filter": "Verwijderd eq false"}).json()
    assert len(page["value"]) == 4 and "Tekst" not in page["value"][0]
    rest = httpx.get(page["@odata.nextLink"]).json()
    assert len(rest["value"]) == 2 and "@odata.nextLink" not in rest
    ids = [d["Id"] for d in page["value"] + rest["value"]]
    assert len(set(ids)) == 6


def test_tk_honours_a_changed_since_filter_and_orderby(twin_server) -> None:
    url = twin_server.url + "/tk/OData/v4/2.0/Document"
    since = "Verwijderd eq false and (contains(Titel,'mest')) and GewijzigdOp gt 2026-11-02T15:20:00Z"
    page = httpx.get(url, params={"$filter": since, "$orderby": "GewijzigdOp desc"}).json()
    assert [d["Id"][-1] for d in page["value"]] == ["6", "5"]  # `contains` is not applied by the twin
    nothing = httpx.get(url, params={"$filter": "GewijzigdOp gt 2026-12-01T00:00:00Z"})
    assert nothing.json()["value"] == [] and len(nothing.content) < 200
    assert len(httpx.get(url, params={"$filter": "GewijzigdOp gt morgen"}).json()["value"]) == 6


def test_tk_resource_is_plain_text(twin_server) -> None:
    doc_id = "4f1c2a10-7b2e-4c55-9a61-0e2d3c4b5a01"
    response = httpx.get(f"{twin_server.url}/tk/OData/v4/2.0/Document({doc_id})/resource")
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.text.startswith("Vraag 1")
    assert httpx.get(f"{twin_server.url}/tk/OData/v4/2.0/Document(00000000-0000)/resource").status_code == 404


def test_reddit_token_and_auth(twin_server) -> None:
    token = httpx.post(
        twin_server.url + "/reddit/api/v1/access_token",
        auth=("id", "secret"),
        data={"grant_type": "client_credentials"},
    ).json()
    assert token["access_token"] == TOKEN and token["token_type"] == "bearer"
    assert httpx.get(twin_server.url + "/reddit/r/nederlandtest/new").status_code == 401


def test_reddit_listing_pages_with_after(twin_server) -> None:
    url = twin_server.url + "/reddit/r/nederlandtest/new/"
    first = httpx.get(url, params={"limit": 3}, headers=AUTH).json()["data"]
    assert [c["kind"] for c in first["children"]] == ["t3"] * 3
    created = [c["data"]["created_utc"] for c in first["children"]]
    assert created == sorted(created, reverse=True)
    second = httpx.get(url, params={"limit": 3, "after": first["after"]}, headers=AUTH).json()["data"]
    assert len(second["children"]) == 1 and second["after"] is None


def test_reddit_search_and_comments(twin_server) -> None:
    search = httpx.get(
        twin_server.url + "/reddit/r/nederlandtest/search",
        params={"q": 'derogatie OR "natura 2000"', "restrict_sr": "on"},
        headers=AUTH,
    ).json()
    assert [c["data"]["id"] for c in search["data"]["children"]] == ["x1a004"]
    post, comments = httpx.get(twin_server.url + "/reddit/comments/x1a001/", headers=AUTH).json()
    assert post["data"]["children"][0]["data"]["name"] == "t3_x1a001"
    top = comments["data"]["children"]
    assert [c["data"]["id"] for c in top] == ["c1b001", "c1b004", "c1b005"]
    reply = top[0]["data"]["replies"]["data"]["children"][0]["data"]
    assert reply["parent_id"] == "t1_c1b001" and reply["depth"] == 1
    limited = httpx.get(
        twin_server.url + "/reddit/comments/x1a001/", params={"limit": 1}, headers=AUTH
    ).json()
    assert limited[1]["data"]["children"][-1]["kind"] == "more"


def test_twin_runs_as_a_module(tmp_path: Path) -> None:
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "a.xml").write_text("<rss version='2.0'><channel/></rss>", encoding="utf-8")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "flows.twin", str(tmp_path), "--port", str(port)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and "serving" in proc.stdout.readline()
        deadline = time.monotonic() + 5
        while True:
            try:
                assert httpx.get(f"http://127.0.0.1:{port}/feeds/a.xml").status_code == 200
                break
            except httpx.ConnectError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
    finally:
        proc.terminate()
        proc.wait(timeout=5)


def test_missing_data_dir_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        TwinServer(tmp_path / "absent")


def test_a_connection_the_client_closes_is_announced_closed(twin_server) -> None:
    """prawcore's token request says `Connection: close`; the answer must say so too, then close."""
    with socket.create_connection(("127.0.0.1", twin_server.port), timeout=5) as sock:
        body = b"grant_type=client_credentials"
        sock.sendall(
            b"POST /reddit/api/v1/access_token HTTP/1.1\r\nHost: twin\r\n"
            b"Authorization: Basic aWQ6c2VjcmV0\r\n"
            b"Connection: close\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
        )
        received = b""
        while chunk := sock.recv(65536):  # ends only because the twin closes the connection
            received += chunk
    head = received.split(b"\r\n\r\n", 1)[0].decode().lower()
    assert head.startswith("http/1.1 200") and "\r\nconnection: close" in head


def test_keep_alive_connections_stay_open(twin_server) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", twin_server.port, timeout=5)
    try:
        connection.connect()
        sock = connection.sock
        for path in ["/feeds/polderpost.xml", "/reddit/r/nederlandtest/new", "/nergens"] * 5:
            connection.request("GET", path, headers=AUTH)
            response = connection.getresponse()
            response.read()
            assert response.status in {200, 404} and not response.will_close
        assert connection.sock is sock  # never reconnected: the twin kept the one connection open
    finally:
        connection.close()


def test_hammering_with_keep_alive_sessions_never_disconnects(twin_server) -> None:
    """Many threads, each one pooled keep-alive session as praw uses, no client retries: no errors."""
    base = twin_server.url

    def session_work(_: int) -> list[int]:
        statuses = []
        with requests.Session() as session:
            session.mount("http://", requests.adapters.HTTPAdapter(max_retries=0))
            for _round in range(8):
                token = session.post(
                    base + "/reddit/api/v1/access_token",
                    auth=("id", "secret"),
                    data={"grant_type": "client_credentials"},
                    headers={"Connection": "close"},
                )
                statuses.append(token.status_code)
                for path in ["/reddit/r/nederlandtest/new", "/reddit/api/info/?id=t3_x1a001"]:
                    statuses.append(session.get(base + path, headers=AUTH).status_code)
                feed = base + "/feeds/polderpost.xml"
                etag = session.get(feed).headers["etag"]
                statuses.append(session.get(feed, headers={"If-None-Match": etag}).status_code)
                statuses.append(session.head(feed).status_code)
        return statuses

    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(session_work, range(24)))  # raises on any RemoteDisconnected/reset
    assert [set(r) for r in results] == [{200, 304}] * 24
