"""The RSS/Atom connector through `harvest_source`, against the twin and a misbehaving server."""

from __future__ import annotations

import json
import random
import shutil
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from flows.sources import harvest_source
from flows.sources.base import MAX_TEXT_CHARS, RetryPolicy
from flows.sources.rss import parse_feed
from flows.twin import TwinServer

CORPUS = Path(__file__).parent / "data" / "feeds_corpus"
TWIN_FEEDS = Path(__file__).parent / "data" / "twin" / "feeds"


def _rss(make_opgave, url: str, **extra):
    opgave = make_opgave([{"name": "feed", "kind": "rss", "url": url, **extra}])
    return opgave.sources[0], opgave


def test_rss_items_are_normalised(twin_server, make_opgave, fast_retry) -> None:
    cfg, opgave = _rss(make_opgave, twin_server.url + "/feeds/polderpost.xml", voice_of="boeren")
    result = harvest_source(cfg, opgave, {}, retry=fast_retry)
    assert result.status == "ok" and result.error is None and result.skipped == []
    assert [i.external_id for i in result.items] == ["polderpost-1001", "polderpost-1002", "polderpost-1003"]
    first, second = result.items[0], result.items[1]
    assert first.published_at == datetime(2026, 10, 6, 5, 30, tzinfo=UTC)
    assert first.text.startswith("Ruim veertig PAS-melders in de Gelderse Vallei")
    assert "<b>" not in first.text and "\n\n" in first.text  # paragraphs kept, tags gone
    assert first.language == "nl" and first.voice_of == "boeren" and first.kind == "rss"
    assert first.url == "https://polderpost.example.nl/2026/10/vergunning-gelderse-vallei"
    # content:encoded wins over the shorter description; scripts are dropped, entities decoded
    assert "piekbelasters" in second.text and "track()" not in second.text and "regeling & de" in second.text
    # a private journalist is pseudonymised, a gazetteer organisation keeps its name
    assert first.author is not None and first.author.startswith("anon:") and "Veldkamp" not in first.raw
    assert second.author == "LTO Nederland"
    assert result.state["etag"] and result.state["last_modified"]


def test_atom_feed_with_html_title(twin_server, make_opgave, fast_retry) -> None:
    cfg, opgave = _rss(make_opgave, twin_server.url + "/feeds/stadsblad.atom")
    result = harvest_source(cfg, opgave, {}, retry=fast_retry)
    assert result.status == "ok"
    first = result.items[0]
    assert first.title == "Bouwers vrezen nieuwe bouwstop door stikstofuitspraak"
    assert first.published_at == datetime(2026, 10, 12, 7, 45, tzinfo=UTC)
    assert '"een ramp voor starters op de woningmarkt"' in first.text
    assert result.items[1].published_at == datetime(2026, 10, 20, 6, 30, tzinfo=UTC)  # updated, no published


def test_second_conditional_get_transfers_nothing(twin_server, make_opgave, fast_retry) -> None:
    cfg, opgave = _rss(make_opgave, twin_server.url + "/feeds/polderpost.xml")
    first = harvest_source(cfg, opgave, {}, retry=fast_retry)
    second = harvest_source(cfg, opgave, first.state, retry=fast_retry)
    assert first.bytes_received > 0
    assert second.status == "not_modified"
    assert second.items == [] and second.bytes_received == 0
    assert second.state == first.state


def test_changed_feed_is_fetched_again(tmp_path, make_opgave, fast_retry) -> None:
    shutil.copytree(TWIN_FEEDS, tmp_path / "feeds")
    with TwinServer(tmp_path) as twin:
        cfg, opgave = _rss(make_opgave, twin.url + "/feeds/polderpost.xml")
        first = harvest_source(cfg, opgave, {}, retry=fast_retry)
        feed = tmp_path / "feeds" / "polderpost.xml"
        feed.write_text(feed.read_text(encoding="utf-8").replace("Trekkers op de A12", "Trekkers op de A28"))
        second = harvest_source(cfg, opgave, first.state, retry=fast_retry)
    assert second.status == "ok" and len(second.items) == 3
    assert second.items[2].title.startswith("Trekkers op de A28")
    assert second.state["etag"] != first.state["etag"]


def test_malformed_xml_keeps_what_parsed(fault_server, make_opgave, fast_retry) -> None:
    url = fault_server.route("/kapot.xml", fault_server.respond(200, (CORPUS / "truncated.xml").read_bytes()))
    cfg, opgave = _rss(make_opgave, url)
    result = harvest_source(cfg, opgave, {}, retry=fast_retry)
    assert result.status == "ok"
    assert [i.external_id for i in result.items] == ["af-1", "af-2"]
    assert result.error is not None and "partly malformed" in result.error


def test_not_a_feed_fails_with_reason_and_keeps_old_state(fault_server, make_opgave, fast_retry) -> None:
    url = fault_server.route(
        "/gateway.xml", fault_server.respond(200, (CORPUS / "bad_gateway.xml").read_bytes())
    )
    cfg, opgave = _rss(make_opgave, url)
    old = {"etag": '"oud"'}
    result = harvest_source(cfg, opgave, old, retry=fast_retry)
    assert result.status == "failed" and "not an RSS or Atom feed" in (result.error or "")
    assert result.state == old


@pytest.mark.parametrize(
    ("name", "ctype"),
    [
        ("declared_utf8_is_latin1.xml", "application/rss+xml; charset=utf-8"),
        ("declared_latin1_is_utf8.xml", "application/rss+xml"),
        ("declared_latin1_is_utf8.xml", "application/rss+xml; charset=iso-8859-1"),
    ],
)
def test_wrong_declared_encoding_still_gives_correct_dutch(
    fault_server, make_opgave, fast_retry, name, ctype
):
    url = fault_server.route("/enc.xml", fault_server.respond(200, (CORPUS / name).read_bytes(), ctype))
    cfg, opgave = _rss(make_opgave, url)
    result = harvest_source(cfg, opgave, {}, retry=fast_retry)
    assert result.status == "ok"
    item = result.items[0]
    assert item.title == "Beëindigingsregeling voor veehouders geopend"
    assert "beëindigingsregeling" in item.text and "café in Ede" in item.text


def test_entries_without_date_or_content_are_skipped_with_reason() -> None:
    cfg_items, skipped, problem = parse_feed((CORPUS / "no_dates.xml").read_bytes(), _cfg())
    assert [i.external_id for i in cfg_items] == ["zd-2"]
    reasons = dict(skipped)
    assert reasons["zd-1"] == "entry has no parseable publication date"
    assert reasons["zd-3"] == "entry has neither title nor text"
    assert reasons["zd-4"] == "entry has no parseable publication date"
    assert problem is None


def test_five_megabyte_item_is_kept_but_clipped(fault_server, make_opgave, fast_retry) -> None:
    sentence = "De melkveehouder vertelt uitgebreid over de stikstofregels en de toekomst van zijn bedrijf. "
    body = sentence * (5_000_000 // len(sentence))
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Groot</title>'
        f"<item><title>Heel lang interview</title><guid>groot-1</guid>"
        f"<pubDate>Tue, 20 Oct 2026 08:00:00 +0200</pubDate><description>{body}</description></item>"
        "<item><title>Kort bericht</title><guid>klein-1</guid>"
        "<pubDate>Tue, 20 Oct 2026 09:00:00 +0200</pubDate><description>Kort.</description></item>"
        "</channel></rss>"
    ).encode()
    assert len(feed) > 5_000_000
    url = fault_server.route("/groot.xml", fault_server.respond(200, feed))
    cfg, opgave = _rss(make_opgave, url)
    result = harvest_source(cfg, opgave, {}, retry=fast_retry)
    assert result.status == "ok" and len(result.items) == 2
    big = result.items[0]
    assert len(big.text) <= MAX_TEXT_CHARS and big.text.startswith("De melkveehouder")
    assert '"text_truncated": true' in big.raw and len(big.raw) < 100_000


def test_same_item_in_three_feeds_is_harvested_from_each(fault_server, make_opgave, fast_retry) -> None:
    item = (
        "<item><title>Kabinet presenteert nieuw stikstofplan</title><guid>{guid}</guid>"
        "<link>https://{host}/stikstofplan</link><pubDate>Wed, 21 Oct 2026 1{h}:00:00 +0200</pubDate>"
        "<description>Het kabinet wil de uitstoot in tien jaar halveren en trekt extra geld uit voor "
        "boeren die willen omschakelen.</description></item>"
    )
    urls = []
    for n, host in enumerate(["a.example.nl", "b.example.nl", "c.example.nl"]):
        entry = item.format(guid=host, host=host, h=n)
        xml = f'<rss version="2.0"><channel><title>{host}</title>{entry}</channel></rss>'
        urls.append(fault_server.route(f"/{host}.xml", fault_server.respond(200, xml.encode())))
    opgave = make_opgave([{"name": f"feed{n}", "kind": "rss", "url": url} for n, url in enumerate(urls)])
    results = [harvest_source(cfg, opgave, {}, retry=fast_retry) for cfg in opgave.sources]
    texts = {r.items[0].text for r in results}
    assert [r.status for r in results] == ["ok"] * 3 and len(texts) == 1  # dedup links them (test_dedup)
    assert len({(r.source, r.items[0].external_id) for r in results}) == 3


def test_connector_never_raises_over_a_corpus_of_feeds(tmp_path, make_opgave, fast_retry) -> None:
    """Every fixture plus damaged copies (cut, bytes flipped): a result each time, never an exception."""
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    rng = random.Random(20261129)
    sources = sorted(CORPUS.iterdir()) + sorted(TWIN_FEEDS.iterdir())
    for path in sources:
        data = path.read_bytes()
        (feeds / path.name).write_bytes(data)
        for n in range(4):
            damaged = bytearray(data[: rng.randint(0, len(data))] if n % 2 == 0 else data)
            for _ in range(n * 3):
                if damaged:
                    damaged[rng.randrange(len(damaged))] = rng.randrange(256)
            (feeds / f"d{n}_{path.name}").write_bytes(bytes(damaged))
    names = sorted(p.name for p in feeds.iterdir())
    assert len(names) >= 60
    with TwinServer(tmp_path) as twin:
        opgave = make_opgave(
            [
                {"name": f"f{i}", "kind": "rss", "url": f"{twin.url}/feeds/{name}"}
                for i, name in enumerate(names)
            ]
        )
        results = [harvest_source(cfg, opgave, {}, retry=fast_retry) for cfg in opgave.sources]
    statuses = {r.status for r in results}
    assert statuses <= {"ok", "failed"} and "ok" in statuses and "failed" in statuses
    for result in results:
        assert result.status == "ok" or result.error
        for item in result.items:
            assert item.published_at.tzinfo is not None and (item.title or item.text)


def test_unreachable_feed_fails_cleanly(make_opgave, fast_retry) -> None:
    cfg, opgave = _rss(make_opgave, "http://127.0.0.1:9/nergens.xml")
    result = harvest_source(cfg, opgave, {"etag": '"x"'}, retry=fast_retry)
    assert result.status == "failed" and "connection error" in (result.error or "")
    assert result.state == {"etag": '"x"'} and result.items == []


def _cfg():
    from config.sources import RssSource

    return RssSource(name="t", kind="rss", url="http://127.0.0.1/x.xml")


def test_full_text_replaces_short_summaries(twin_server, make_opgave, fast_retry) -> None:
    cfg, opgave = _rss(make_opgave, twin_server.url + "/feeds/samenvattingen.xml", full_text=True)
    result = harvest_source(cfg, opgave, {}, retry=fast_retry)
    assert result.status == "ok"
    article, missing = result.items
    assert article.url == twin_server.url + "/pages/akkerbouw-extensief.html"
    assert article.text.startswith("Steeds meer akkerbouwers in de Veenkoloniën")  # h1 = the title
    assert "akkerbouwer uit Nieuw-Buinen" in article.text and "extra geld uit voor boeren" in article.text
    for noise in ("Log in", "moestuin", "rechten voorbehouden", "dataLayer", "Sport"):
        assert noise not in article.text
    assert json.loads(article.raw)["full_text"] == "from article page"
    assert missing.text == "Deze samenvatting blijft staan omdat de pagina ontbreekt."
    assert json.loads(missing.raw)["full_text"].startswith("not fetched: HTTP 404")


def test_full_text_is_off_by_default(twin_server, make_opgave, fast_retry) -> None:
    cfg, opgave = _rss(make_opgave, twin_server.url + "/feeds/samenvattingen.xml")
    result = harvest_source(cfg, opgave, {}, retry=fast_retry)
    assert result.items[0].text == "Steeds meer akkerbouwers willen omschakelen."


def test_feed_recovers_from_500s_and_reports_timeouts(fault_server, make_opgave, fast_retry, sleeps) -> None:
    good = (TWIN_FEEDS / "polderpost.xml").read_bytes()
    fail = fault_server.respond(500, b"Internal Server Error", "text/plain")
    url = fault_server.route(
        "/wankel.xml", fault_server.sequence(fail, fail, fault_server.respond(200, good))
    )
    cfg, opgave = _rss(make_opgave, url)
    result = harvest_source(cfg, opgave, {}, retry=fast_retry)
    assert result.status == "ok" and len(result.items) == 3 and len(sleeps.pauses) == 2

    def slow(handler) -> None:
        time.sleep(0.4)
        fault_server.send(handler, 200, good, "application/rss+xml")

    url = fault_server.route("/traag.xml", slow)
    opgave = make_opgave([{"name": "traag", "kind": "rss", "url": url, "timeout_s": 0.1}])
    result = harvest_source(opgave.sources[0], opgave, {}, retry=RetryPolicy(attempts=2, sleep=sleeps))
    assert result.status == "failed" and "timeout" in (result.error or "") and result.items == []
