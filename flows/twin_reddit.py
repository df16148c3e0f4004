"""The Reddit part of the offline twin: renders recorded posts as Reddit's OAuth API for praw.

Input per subreddit (`reddit/<sub>.json`): a list of posts `{id, title, selftext, author,
created_utc, score, permalink, url, comments: [{id, author, body, created_utc, score,
replies: [...]}]}`. Output: the listing JSON Reddit returns (`kind` t3/t1/more/Listing, `data`,
`children`, `after`/`before` paging), so praw parses it as it would the real thing. `/api/info?id=`
answers posts by fullname (their current comment counts), which incremental harvesting relies on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

TOKEN = "twin-access-token"
MAX_LIMIT = 100
_SUB = re.compile(r"^/r/([A-Za-z0-9_]+)/(new|search|hot)(?:\.json)?/?$")
_COMMENTS = re.compile(r"^/comments/([a-z0-9]+)(?:/[^/]*)?(?:\.json)?/?$")

Loader = Callable[[str], Any]


class RedditTwin:
    """Stateless request handler: (method, path, query, Authorization) -> (status, JSON body)."""

    def __init__(self, load_json: Loader, data_dir: Path | None = None) -> None:
        self._load = load_json
        self._data_dir = data_dir

    def handle(
        self, method: str, path: str, query: dict[str, str], authorization: str | None
    ) -> tuple[int, Any]:
        if path.rstrip("/") == "/api/v1/access_token":
            if method != "POST" or not (authorization or "").lower().startswith("basic "):
                return 401, {"message": "Unauthorized", "error": 401}
            return 200, {"access_token": TOKEN, "token_type": "bearer", "expires_in": 86400, "scope": "*"}
        if (authorization or "") != f"bearer {TOKEN}" and (authorization or "") != f"Bearer {TOKEN}":
            return 401, {"message": "Unauthorized", "error": 401}
        if match := _SUB.match(path):
            posts = self._posts(match[1])
            if posts is None:
                return 404, {"message": "Not Found", "error": 404}
            if match[2] == "search":
                posts = [p for p in posts if _matches(p, query.get("q", ""))]
            return 200, _listing([_t3(p, match[1]) for p in posts], query)
        if path.rstrip("/") == "/api/info":
            return 200, _listing(self._info(query.get("id", "")), {"limit": str(MAX_LIMIT)})
        if match := _COMMENTS.match(path):
            found = self._find(match[1])
            if found is None:
                return 404, {"message": "Not Found", "error": 404}
            post, sub = found
            limit = _int(query.get("limit"), 2048)
            return 200, [_listing([_t3(post, sub)], {}), _comment_listing(post, sub, limit)]
        return 404, {"message": "Not Found", "error": 404}

    def _info(self, ids: str) -> list[dict[str, Any]]:
        """Posts by fullname (`t3_<id>`, comma-separated) as Reddit's /api/info; unknown ones left out."""
        found = []
        for fullname in [i.strip() for i in ids.split(",") if i.strip().startswith("t3_")][:MAX_LIMIT]:
            if hit := self._find(fullname[3:]):
                found.append(_t3(*hit))
        return found

    def _posts(self, sub: str) -> list[dict[str, Any]] | None:
        for name in self._subreddits():
            if name.lower() == sub.lower():
                data = self._load(f"reddit/{name}.json")
                posts = data if isinstance(data, list) else []
                return sorted(posts, key=lambda p: -float(p.get("created_utc") or 0))
        return None

    def _subreddits(self) -> list[str]:
        if self._data_dir is None:
            return []
        return sorted(p.stem for p in (self._data_dir / "reddit").glob("*.json"))

    def _find(self, post_id: str) -> tuple[dict[str, Any], str] | None:
        for sub in self._subreddits():
            for post in self._posts(sub) or []:
                if str(post.get("id")) == post_id:
                    return post, sub
        return None


def _int(value: str | None, default: int) -> int:
    try:
        return max(1, int(value)) if value else default
    except ValueError:
        return default


def _matches(post: dict[str, Any], q: str) -> bool:
    """Reddit-like search: any of the OR'ed terms (quotes and brackets ignored) in title or text."""
    terms = [t.strip(" ()\"'").casefold() for t in re.split(r"\s+OR\s+", q, flags=re.IGNORECASE)]
    haystack = f"{post.get('title', '')} {post.get('selftext', '')}".casefold()
    return any(t and t in haystack for t in terms)


def _listing(children: list[dict[str, Any]], query: dict[str, str]) -> dict[str, Any]:
    """A Listing page honouring limit/after/before like Reddit (fullnames as cursors).

    `before=<fullname>` gives the `limit` items just newer than that one (not itself); an unknown
    fullname (e.g. a removed post) gives an empty listing, as on Reddit.
    """
    names = [c["data"]["name"] for c in children]
    limit = min(_int(query.get("limit"), 25), MAX_LIMIT)
    if before := query.get("before"):
        end = names.index(before) if before in names else 0
        start = max(0, end - limit)
    else:
        after = query.get("after")
        start = names.index(after) + 1 if after and after in names else 0
        end = start + limit
    page = children[start:end]
    data = {
        "after": page[-1]["data"]["name"] if page and end < len(children) else None,
        "before": page[0]["data"]["name"] if page and start > 0 else None,
        "dist": len(page),
        "modhash": "",
        "geo_filter": "",
        "children": page,
    }
    return {"kind": "Listing", "data": data}


def _t3(post: dict[str, Any], sub: str) -> dict[str, Any]:
    pid = str(post["id"])
    created = float(post.get("created_utc") or 0)
    permalink = post.get("permalink") or f"/r/{sub}/comments/{pid}/"
    data = {
        "id": pid,
        "name": f"t3_{pid}",
        "title": post.get("title", ""),
        "selftext": post.get("selftext", ""),
        "selftext_html": None,
        "author": post.get("author") or "[deleted]",
        "created_utc": created,
        "created": created,
        "score": int(post.get("score") or 0),
        "ups": int(post.get("score") or 0),
        "permalink": permalink,
        "url": post.get("url") or f"https://www.reddit.com{permalink}",
        "subreddit": sub,
        "subreddit_name_prefixed": f"r/{sub}",
        "num_comments": _count(post.get("comments") or []),
        "is_self": not post.get("url") or "/comments/" in str(post.get("url")),
        "over_18": False,
        "locked": False,
        "link_flair_text": post.get("flair"),
    }
    return {"kind": "t3", "data": data}


def _count(comments: list[dict[str, Any]]) -> int:
    return sum(1 + _count(c.get("replies") or []) for c in comments)


def _comment_listing(post: dict[str, Any], sub: str, limit: int) -> dict[str, Any]:
    """Top-level comments up to `limit`; the rest become one `more` stub, as Reddit does."""
    comments = post.get("comments") or []
    link_id = f"t3_{post['id']}"
    children = [_t1(c, sub, link_id, link_id, 0) for c in comments[:limit]]
    rest = comments[limit:]
    if rest:
        ids = [str(c["id"]) for c in rest]
        more = {
            "count": len(ids),
            "name": f"t1_{ids[0]}",
            "id": ids[0],
            "parent_id": link_id,
            "depth": 0,
            "children": ids,
        }
        children.append({"kind": "more", "data": more})
    return {
        "kind": "Listing",
        "data": {
            "after": None,
            "before": None,
            "dist": None,
            "modhash": "",
            "geo_filter": "",
            "children": children,
        },
    }


def _t1(comment: dict[str, Any], sub: str, link_id: str, parent: str, depth: int) -> dict[str, Any]:
    cid = str(comment["id"])
    replies = [_t1(r, sub, link_id, f"t1_{cid}", depth + 1) for r in comment.get("replies") or []]
    created = float(comment.get("created_utc") or 0)
    data = {
        "id": cid,
        "name": f"t1_{cid}",
        "body": comment.get("body", ""),
        "body_html": None,
        "author": comment.get("author") or "[deleted]",
        "created_utc": created,
        "created": created,
        "score": int(comment.get("score") or 0),
        "parent_id": parent,
        "link_id": link_id,
        "subreddit": sub,
        "depth": depth,
        "permalink": f"/r/{sub}/comments/{link_id[3:]}/_/{cid}/",
        "replies": {"kind": "Listing", "data": {"after": None, "before": None, "children": replies}}
        if replies
        else "",
    }
    return {"kind": "t1", "data": data}
