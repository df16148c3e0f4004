"""`harvest_source` as the pipeline sees it: never raises, caps items, authors always safe."""

from __future__ import annotations

import pytest

from flows.privacy import KEY_ENV, KEY_FILE_ENV
from flows.sources import harvest_source


def _feed(make_opgave, url: str, **extra):
    opgave = make_opgave([{"name": "feed", "kind": "rss", "url": url}], **extra)
    return opgave.sources[0], opgave


def test_disabled_source_is_skipped(make_opgave) -> None:
    opgave = make_opgave([{"name": "uit", "kind": "rss", "url": "http://127.0.0.1:9/x", "enabled": False}])
    result = harvest_source(opgave.sources[0], opgave, {"etag": "e"})
    assert result.status == "skipped" and result.state == {"etag": "e"}


def test_unexpected_connector_error_becomes_failed(twin_server, make_opgave, fast_retry, monkeypatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("kapot door een bug")

    monkeypatch.setattr("flows.sources.rss.parse_feed", broken)
    cfg, opgave = _feed(make_opgave, twin_server.url + "/feeds/polderpost.xml")
    result = harvest_source(cfg, opgave, {"etag": "oud"}, retry=fast_retry)
    assert (
        result.status == "failed"
        and "RuntimeError" in (result.error or "")
        and "kapot" in (result.error or "")
    )
    assert result.state == {"etag": "oud"} and result.bytes_received > 0


def test_items_are_capped_per_source(twin_server, make_opgave, fast_retry) -> None:
    cfg, opgave = _feed(
        make_opgave, twin_server.url + "/feeds/polderpost.xml", harvest={"max_items_per_source": 2}
    )
    result = harvest_source(cfg, opgave, {}, retry=fast_retry)
    assert len(result.items) == 2 and result.skipped == [("*", "1 items over max_items_per_source=2")]


def test_without_a_usable_key_authors_are_dropped(
    twin_server, make_opgave, fast_retry, monkeypatch, tmp_path
) -> None:
    monkeypatch.delenv(KEY_ENV, raising=False)
    blocker = tmp_path / "geen-map"
    blocker.write_text("x")
    monkeypatch.setenv(KEY_FILE_ENV, str(blocker / "pseudonym.key"))
    cfg, opgave = _feed(make_opgave, twin_server.url + "/feeds/polderpost.xml")
    result = harvest_source(cfg, opgave, {}, retry=fast_retry)
    assert result.status == "ok" and len(result.items) == 3
    assert all(i.author is None for i in result.items)
    assert KEY_ENV in (result.error or "")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "http://[::1", "ftp://127.0.0.1/x.xml"])
def test_bad_urls_fail_cleanly(make_opgave, fast_retry, url) -> None:
    cfg, opgave = _feed(make_opgave, url)
    result = harvest_source(cfg, opgave, {}, retry=fast_retry)
    assert result.status == "failed" and result.error
