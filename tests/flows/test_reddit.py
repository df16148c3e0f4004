"""The Reddit connector: real praw against the twin's fake Reddit API, and against a rate limit."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from flows.sources import harvest_source
from flows.sources.reddit import search_query
from flows.twin import TwinServer

TWIN_DATA = Path(__file__).parent / "data" / "twin"


@pytest.fixture
def reddit_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDDIT_CLIENT_ID", "twin-client")
    monkeypatch.setenv("REDDIT_CLIENT_SECRET", "twin-secret")
    monkeypatch.delenv("REDDIT_USER_AGENT", raising=False)


def _reddit(make_opgave, base: str, **extra):
    cfg = {
        "name": "reddit",
        "kind": "reddit",
        "subreddits": ["nederlandtest"],
        "oauth_url": base,
        "reddit_url": base,
        **extra,
    }
    opgave = make_opgave([cfg])
    return opgave.sources[0], opgave


def test_praw_harvests_posts_and_comments_from_the_twin(twin_server, make_opgave, fast_retry, reddit_env):
    cfg, opgave = _reddit(make_opgave, twin_server.url + "/reddit", comment_depth=2)
    result = harvest_source(cfg, opgave, {}, retry=fast_retry)
    assert result.status == "ok", result.error
    ids = [i.external_id for i in result.items]
    assert len(ids) == len(set(ids))  # /new and /search overlap, each post once
    assert {"t3_x1a001", "t3_x1a002", "t3_x1a003", "t3_x1a004"} <= set(ids)
    # depth 2: top-level comments and their replies, not the reply to the reply; removed bodies dropped
    assert {"t1_c1b001", "t1_c1b002", "t1_c1b004", "t1_c2b001", "t1_c4b001"} == {
        i for i in ids if i[:3] == "t1_"
    }
    by_id = {i.external_id: i for i in result.items}
    post, reply = by_id["t3_x1a001"], by_id["t1_c1b002"]
    assert post.published_at == datetime.fromtimestamp(1790000000, tz=UTC)
    assert post.url == "https://www.reddit.com/r/nederlandtest/comments/x1a001/stikstofbeleid_wie_betaalt/"
    assert reply.parent_id == "t3_x1a001" and reply.title == "Re: " + post.title
    assert json.loads(reply.raw)["parent_id"] == "t1_c1b001"
    # private users are pseudonymised consistently; the stakeholder account keeps its name
    assert by_id["t1_c1b001"].author == by_id["t1_c1b001"].author and by_id["t1_c1b001"].author.startswith(
        "anon:"
    )
    assert by_id["t1_c1b001"].author != by_id["t1_c1b002"].author
    assert by_id["t1_c1b004"].author == "LTO Nederland"
    assert "melkmeisje88" not in "".join(i.raw + (i.author or "") for i in result.items)
    assert result.state["newest_created_utc"] == "1790259200" and result.bytes_received > 0


def test_comment_depth_one_and_zero(twin_server, make_opgave, fast_retry, reddit_env) -> None:
    cfg, opgave = _reddit(make_opgave, twin_server.url + "/reddit", comment_depth=1, search=False)
    ids = {i.external_id for i in harvest_source(cfg, opgave, {}, retry=fast_retry).items}
    assert "t1_c1b001" in ids and "t1_c1b002" not in ids
    cfg, opgave = _reddit(make_opgave, twin_server.url + "/reddit", comment_depth=0, search=False)
    ids = {i.external_id for i in harvest_source(cfg, opgave, {}, retry=fast_retry).items}
    assert ids == {"t3_x1a001", "t3_x1a002", "t3_x1a003", "t3_x1a004"}


def test_listing_paging_with_small_limit(twin_server, make_opgave, fast_retry, reddit_env) -> None:
    cfg, opgave = _reddit(make_opgave, twin_server.url + "/reddit", limit=3, search=False, comment_depth=0)
    ids = [i.external_id for i in harvest_source(cfg, opgave, {}, retry=fast_retry).items]
    assert ids == ["t3_x1a004", "t3_x1a003", "t3_x1a002"]


def test_without_credentials_the_source_is_skipped(twin_server, make_opgave, monkeypatch) -> None:
    monkeypatch.delenv("REDDIT_CLIENT_ID", raising=False)
    monkeypatch.delenv("REDDIT_CLIENT_SECRET", raising=False)
    cfg, opgave = _reddit(make_opgave, twin_server.url + "/reddit")
    result = harvest_source(cfg, opgave, {})
    assert result.status == "skipped" and result.items == []
    assert result.error is not None and "REDDIT_CLIENT_ID" in result.error


def test_unknown_subreddit_fails_with_a_reason(twin_server, make_opgave, fast_retry, reddit_env) -> None:
    cfg, opgave = _reddit(make_opgave, twin_server.url + "/reddit", subreddits=["bestaatniet"])
    result = harvest_source(cfg, opgave, {}, retry=fast_retry)
    assert result.status == "failed" and "NotFound" in (result.error or "")


def test_rate_limit_429_is_retried_after_retry_after(
    fault_server, make_opgave, fast_retry, sleeps, reddit_env
):
    token = {"access_token": "t", "token_type": "bearer", "expires_in": 3600, "scope": "*"}
    post = {
        "kind": "t3",
        "data": {
            "id": "zz1",
            "name": "t3_zz1",
            "title": "Mest en stikstof",
            "selftext": "Tekst",
            "author": "iemand",
            "created_utc": 1790000000.0,
            "score": 1,
            "num_comments": 0,
            "permalink": "/r/test/comments/zz1/",
            "url": "https://x",
            "subreddit": "test",
        },
    }
    listing = {"kind": "Listing", "data": {"after": None, "before": None, "children": [post]}}
    fault_server.route(
        "/reddit/api/v1/access_token",
        fault_server.respond(200, json.dumps(token).encode(), "application/json"),
    )
    limited = fault_server.respond(
        429, b'{"message": "Too Many Requests"}', "application/json", {"Retry-After": "3"}
    )
    fault_server.route(
        "/reddit/r/test/new",
        fault_server.sequence(
            limited, fault_server.respond(200, json.dumps(listing).encode(), "application/json")
        ),
    )
    cfg, opgave = _reddit(make_opgave, fault_server.url + "/reddit", subreddits=["test"], search=False)
    result = harvest_source(cfg, opgave, {}, retry=fast_retry)
    assert result.status == "ok", result.error
    assert [i.external_id for i in result.items] == ["t3_zz1"]
    assert sleeps.pauses == [3.0] and fault_server.hits["/reddit/r/test/new"] == 2


def test_search_query_quotes_phrases() -> None:
    assert search_query(["stikstof", "natura 2000"]) == 'stikstof OR "natura 2000"'


def test_rerun_skips_posts_without_new_comments(tmp_path, make_opgave, fast_retry, reddit_env) -> None:
    shutil.copytree(TWIN_DATA / "reddit", tmp_path / "reddit")
    with TwinServer(tmp_path) as twin:
        cfg, opgave = _reddit(make_opgave, twin.url + "/reddit")
        first = harvest_source(cfg, opgave, {}, retry=fast_retry)
        second = harvest_source(cfg, opgave, first.state, retry=fast_retry)
        assert second.status == "ok" and second.items == []
        assert second.bytes_received < first.bytes_received / 2  # listings only, no comment trees
        data_file = tmp_path / "reddit" / "nederlandtest.json"
        posts = json.loads(data_file.read_text(encoding="utf-8"))
        posts[3]["comments"].append(
            {
                "id": "c4b002",
                "author": "nieuwe_stem",
                "created_utc": 1790300000,
                "body": "Bij ons in Twente zien we precies hetzelfde gebeuren.",
                "score": 2,
            }
        )
        data_file.write_text(json.dumps(posts), encoding="utf-8")
        third = harvest_source(cfg, opgave, second.state, retry=fast_retry)
    assert {i.external_id for i in third.items} == {"t3_x1a004", "t1_c4b001", "t1_c4b002"}


def test_listing_paging_over_several_pages(tmp_path, make_opgave, fast_retry, reddit_env) -> None:
    (tmp_path / "reddit").mkdir()
    posts = [
        {
            "id": f"p{n:03d}",
            "title": f"Vraag {n} over de mestregels",
            "selftext": "Wie weet hoe dit zit?",
            "author": f"gebruiker{n % 7}",
            "created_utc": 1790000000 + n * 3600,
            "score": n,
            "comments": [],
        }
        for n in range(130)
    ]
    (tmp_path / "reddit" / "veel.json").write_text(json.dumps(posts), encoding="utf-8")
    with TwinServer(tmp_path) as twin:
        cfg, opgave = _reddit(make_opgave, twin.url + "/reddit", subreddits=["veel"], limit=120, search=False)
        result = harvest_source(cfg, opgave, {}, retry=fast_retry)
    ids = [i.external_id for i in result.items]
    assert len(ids) == 120 and ids[0] == "t3_p129" and ids[-1] == "t3_p010"  # newest first, two pages
