"""The Reddit connector: real praw against the twin's fake Reddit API, and against a rate limit."""

from __future__ import annotations

import json
import shutil
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
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


def test_rerun_skips_posts_without_new_comments(
    tmp_path, make_opgave, fast_retry, reddit_env
) -> None:
    shutil.copytree(TWIN_DATA / "reddit", tmp_path / "reddit")
    with TwinServer(tmp_path) as twin:
        cfg, opgave = _reddit(make_opgave, twin.url + "/reddit")
        # the test posts are from 2026-09: a window of a century keeps them "recent" whenever this runs
        cfg = cfg.model_copy(update={"recheck_comments_days": 36500})
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


def _dorpsplein(now: float) -> list[dict]:
    """Posts of a small subreddit relative to `now`: one month old, one day old, two hours old."""

    def post(pid: str, age_s: float, title: str, comments: list[dict]) -> dict:
        return {
            "id": pid,
            "title": title,
            "selftext": "Wat vinden jullie hiervan?",
            "author": f"schrijver_{pid}",
            "created_utc": int(now - age_s),
            "score": 3,
            "comments": comments,
        }

    def comment(cid: str, age_s: float, body: str) -> dict:
        return {
            "id": cid,
            "author": f"reageerder_{cid}",
            "created_utc": int(now - age_s),
            "body": body,
            "score": 1,
        }

    return [
        post(
            "oud001",
            30 * 86400,
            "Stikstofregels voor ons dorp",
            [comment("k0001", 29 * 86400, "Eindelijk duidelijkheid.")],
        ),
        post("rec001", 86400, "Mest uitrijden mag weer", [comment("k0002", 80000, "Pas op met de regen.")]),
        post("rec002", 7200, "Markt op zaterdag", []),
    ]


def _write(path: Path, posts: list[dict]) -> None:
    path.write_text(json.dumps(posts), encoding="utf-8")


def test_rerun_asks_only_for_newer_posts_and_rechecks_recent_ones(
    tmp_path, make_opgave, fast_retry, reddit_env
) -> None:
    now = time.time()
    (tmp_path / "reddit").mkdir()
    data_file = tmp_path / "reddit" / "dorpsplein.json"
    posts = _dorpsplein(now)
    _write(data_file, posts)
    with TwinServer(tmp_path) as twin:
        cfg, opgave = _reddit(make_opgave, twin.url + "/reddit", subreddits=["dorpsplein"])
        first = harvest_source(cfg, opgave, {}, retry=fast_retry)
        assert {i.external_id for i in first.items} == {
            "t3_oud001",
            "t1_k0001",
            "t3_rec001",
            "t1_k0002",
            "t3_rec002",
        }
        second = harvest_source(cfg, opgave, first.state, retry=fast_retry)
        assert second.status == "ok" and second.items == []
        assert second.bytes_received < first.bytes_received / 2 and second.bytes_received < 1_500
        posts[0]["comments"].append(
            {"id": "k0003", "author": "laat", "created_utc": int(now), "body": "Nog steeds boos."}
        )
        posts[1]["comments"].append(
            {"id": "k0004", "author": "vroeg", "created_utc": int(now), "body": "Het is weer droog."}
        )
        posts.append(
            {
                "id": "new001",
                "title": "Derogatie voorbij",
                "selftext": "Wat nu?",
                "author": "boerin_x",
                "created_utc": int(now - 60),
                "score": 1,
                "comments": [],
            }
        )
        _write(data_file, posts)
        third = harvest_source(cfg, opgave, second.state, retry=fast_retry)
        fourth = harvest_source(cfg, opgave, third.state, retry=fast_retry)
    # the new post, and the new comment on the recent post; the month-old post is past the re-check window
    assert {i.external_id for i in third.items} == {"t3_new001", "t3_rec001", "t1_k0002", "t1_k0004"}
    assert fourth.items == []


def test_removed_anchor_post_falls_back_to_a_full_listing(
    tmp_path, make_opgave, fast_retry, reddit_env
) -> None:
    now = time.time()
    (tmp_path / "reddit").mkdir()
    data_file = tmp_path / "reddit" / "dorpsplein.json"
    posts = _dorpsplein(now)
    _write(data_file, posts)
    with TwinServer(tmp_path) as twin:
        cfg, opgave = _reddit(make_opgave, twin.url + "/reddit", subreddits=["dorpsplein"], search=False)
        first = harvest_source(cfg, opgave, {}, retry=fast_retry)
        newest = posts.pop()  # the anchor post is removed, so `before` it would answer nothing
        posts.append(
            {**newest, "id": "new002", "title": "Nieuwe vraag over mest", "created_utc": int(now - 30)}
        )
        _write(data_file, posts)
        second = harvest_source(cfg, opgave, first.state, retry=fast_retry)
        third = harvest_source(cfg, opgave, second.state, retry=fast_retry)
    assert [i.external_id for i in second.items] == ["t3_new002"]  # old posts are not harvested again
    assert json.loads(second.state["anchors"]) == {"new:dorpsplein": ["t3_new002", int(now - 30)]}
    assert third.items == []


def test_twin_before_gives_only_newer_posts(twin_server) -> None:
    headers = {"Authorization": "bearer twin-access-token"}
    url = twin_server.url + "/reddit/r/nederlandtest/new"
    names = [c["data"]["name"] for c in httpx.get(url, headers=headers).json()["data"]["children"]]
    assert names == ["t3_x1a004", "t3_x1a003", "t3_x1a002", "t3_x1a001"]
    newer = httpx.get(url, params={"before": "t3_x1a002", "limit": 1}, headers=headers).json()["data"]
    assert [c["data"]["name"] for c in newer["children"]] == ["t3_x1a003"] and newer["before"] == "t3_x1a003"
    assert httpx.get(url, params={"before": "t3_x1a004"}, headers=headers).json()["data"]["children"] == []
    assert httpx.get(url, params={"before": "t3_weg"}, headers=headers).json()["data"]["children"] == []
    info = httpx.get(twin_server.url + "/reddit/api/info", params={"id": "t3_x1a001,t3_weg"}, headers=headers)
    [post] = info.json()["data"]["children"]
    assert post["data"]["name"] == "t3_x1a001" and post["data"]["num_comments"] > 0


def test_newer_posts_page_upwards_and_a_cut_leaves_no_gap(
    tmp_path, make_opgave, fast_retry, reddit_env
) -> None:
    (tmp_path / "reddit").mkdir()
    data_file = tmp_path / "reddit" / "veel.json"

    def posts(numbers: range) -> list[dict]:
        return [
            {
                "id": f"p{n:03d}",
                "title": f"Vraag {n} over de mestregels",
                "selftext": "Wie weet hoe dit zit?",
                "author": f"gebruiker{n % 7}",
                "created_utc": 1790000000 + n * 3600,
                "comments": [],
            }
            for n in numbers
        ]

    _write(data_file, posts(range(130)))
    with TwinServer(tmp_path) as twin:
        cfg, opgave = _reddit(make_opgave, twin.url + "/reddit", subreddits=["veel"], limit=120, search=False)
        first = harvest_source(cfg, opgave, {}, retry=fast_retry)
        _write(data_file, posts(range(280)))  # 150 new posts: more than one page of 100, more than `limit`
        second = harvest_source(cfg, opgave, first.state, retry=fast_retry)
        third = harvest_source(cfg, opgave, second.state, retry=fast_retry)
        fourth = harvest_source(cfg, opgave, third.state, retry=fast_retry)
    assert len(first.items) == 120
    assert sorted(i.external_id for i in second.items) == [f"t3_p{n:03d}" for n in range(130, 250)]
    assert sorted(i.external_id for i in third.items) == [f"t3_p{n:03d}" for n in range(250, 280)]
    assert fourth.items == []
