"""Full-article extraction: trafilatura when installed, the standard-library extractor otherwise."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from flows.sources import fulltext, harvest_source
from flows.sources.fulltext import decode_page, extract_article
from flows.twin import TwinServer

PAGES = Path(__file__).parent / "data" / "twin" / "pages"
FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Omroep Westerkwartier</title><link>https://westerkwartier.example.nl/</link>
<description>Korte berichten</description>
<item><title>Gesprekstafel over mestopslag levert na drie avonden een plan op</title>
<link>/pages/gesprekstafel-mest.html</link><guid isPermaLink="false">ow-77</guid>
<pubDate>Tue, 24 Nov 2026 17:45:00 +0100</pubDate>
<description>Er ligt een plan voor mestopslag.</description></item>
</channel></rss>
"""
# (page, sentences of the article, text that is not the article)
CASES = [
    (
        "akkerbouw-extensief.html",
        ["Steeds meer akkerbouwers in de Veenkoloniën", "extra geld uit voor boeren die willen extensiveren"],
        ["Log in om verder te lezen", "moestuin", "rechten voorbehouden", "dataLayer"],
    ),
    (
        "gesprekstafel-mest.html",
        ["Na drie lange avonden in het dorpshuis van Niekerk", "voordat het geld wordt vrijgemaakt."],
        ["adSlots", "Deel via WhatsApp", "Alles accepteren"],
    ),
    (
        "weidevogels-cooperatie.html",
        ["Een coöperatie van boeren en vogelwachten in Zuidwest-Fryslân", "„Zo krijgen de kuikens de tijd"],
        ["Voorpagina", "Steun ons met een gift"],
    ),
]


def _page(name: str) -> str:
    return decode_page((PAGES / name).read_bytes(), "text/html")


def _has_trafilatura() -> bool:
    return fulltext._trafilatura() is not None


def test_pages_decode_by_their_declared_charset() -> None:
    assert "Coöperatie koopt natuurgrond" in _page("weidevogels-cooperatie.html")  # windows-1252 meta tag
    assert "Veenkoloniën" in _page("akkerbouw-extensief.html")


@pytest.mark.parametrize("use_trafilatura", [False, True], ids=["stdlib", "trafilatura"])
@pytest.mark.parametrize(("page", "wanted", "noise"), CASES, ids=[c[0] for c in CASES])
def test_both_extractors_find_the_article(
    page: str, wanted: list[str], noise: list[str], use_trafilatura
) -> None:
    if use_trafilatura and not _has_trafilatura():
        pytest.skip("trafilatura is not installed (optional extra `fulltext`)")
    markup = _page(page)
    text, extractor = extract_article(markup, use_trafilatura=use_trafilatura)
    assert extractor == ("trafilatura" if use_trafilatura else "stdlib")
    if use_trafilatura or "<article" in markup:  # in div soup the simple extractor starts at the banner
        assert text.startswith(wanted[0])  # the headline is left out: it is the item's title
    for sentence in wanted:
        assert sentence in text
    for junk in noise:
        assert junk not in text


def test_trafilatura_leaves_out_banners_related_links_and_comments() -> None:
    if not _has_trafilatura():
        pytest.skip("trafilatura is not installed (optional extra `fulltext`)")
    page = _page("gesprekstafel-mest.html")
    clean, _ = extract_article(page)
    plain, _ = extract_article(page, use_trafilatura=False)
    for junk in ("cookies", "Grootegast", "belastingbetaler", "Ontvang elke ochtend", "Reacties"):
        assert junk not in clean
    assert "belastingbetaler" in plain and "cookies" in plain  # what the simple extractor cannot tell apart
    assert len(clean.split("\n\n")) == 4


def test_empty_or_garbage_pages_give_no_text() -> None:
    assert extract_article("") == ("", "stdlib")
    assert extract_article("<<<>>>&&&")[0] == ""


def _harvest_westerkwartier(tmp_path: Path, make_opgave, fast_retry):
    shutil.copytree(PAGES, tmp_path / "pages")
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "westerkwartier.xml").write_text(FEED, encoding="utf-8")
    with TwinServer(tmp_path) as twin:
        source = {
            "name": "ow",
            "kind": "rss",
            "url": twin.url + "/feeds/westerkwartier.xml",
            "full_text": True,
        }
        opgave = make_opgave([source])
        return harvest_source(opgave.sources[0], opgave, {}, retry=fast_retry)


def test_feed_with_full_text_uses_trafilatura(tmp_path, make_opgave, fast_retry) -> None:
    if not _has_trafilatura():
        pytest.skip("trafilatura is not installed (optional extra `fulltext`)")
    [item] = _harvest_westerkwartier(tmp_path, make_opgave, fast_retry).items
    assert item.text.startswith("Na drie lange avonden") and "belastingbetaler" not in item.text
    assert json.loads(item.raw)["full_text_extractor"] == "trafilatura"


def test_feed_with_full_text_falls_back_without_trafilatura(
    tmp_path, make_opgave, fast_retry, monkeypatch
) -> None:
    monkeypatch.setattr(fulltext, "_trafilatura", lambda: None)
    [item] = _harvest_westerkwartier(tmp_path, make_opgave, fast_retry).items
    assert item.text.startswith("Wij gebruiken cookies")  # div soup: the simple extractor keeps the banner
    assert "Na drie lange avonden in het dorpshuis" in item.text
    assert json.loads(item.raw)["full_text_extractor"] == "stdlib"
