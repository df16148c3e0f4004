"""Dedup: syndicated copies are linked to their original, different texts are left alone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flows.dedup import DedupDoc, content_hash, find_duplicates
from flows.sources.base import RawItem

T0 = datetime(2026, 10, 21, 8, 0, tzinfo=UTC)

ORIGINAL = (
    "Het kabinet wil de uitstoot van stikstof in tien jaar halveren. Boeren die willen omschakelen naar "
    "extensieve landbouw krijgen extra geld, terwijl piekbelasters rond kwetsbare natuur een laatste kans "
    "krijgen op de vrijwillige uitkoopregeling. Landbouworganisaties reageren teleurgesteld, "
    "natuurorganisaties vinden het plan niet ver genoeg gaan. De Tweede Kamer debatteert volgende week."
)
# a regional paper runs the agency copy with a new headline, one changed word and a closing line
SYNDICATED = ORIGINAL.replace("teleurgesteld", "zeer teleurgesteld") + " Lees morgen meer in onze krant."
SAME_TEXT_OTHER_CASE = ORIGINAL.upper().replace(".", " .")
DIFFERENT = (
    "In de Achterhoek hebben tientallen melkveehouders hun stallen opengesteld voor bezoekers. Ze willen "
    "laten zien hoe zij zelf al jaren werken aan minder uitstoot, met aangepaste voeding en nieuwe vloeren, "
    "en vragen de provincie om eerlijke afspraken over de vergunningen voor hun bedrijven."
)


def doc(key: str, text: str, hours: int = 0, title: str = "Stikstofplan") -> DedupDoc:
    return DedupDoc(key=key, title=title, text=text, published_at=T0 + timedelta(hours=hours))


def test_exact_and_near_copies_link_to_the_earliest() -> None:
    batch = [
        doc("regio", SYNDICATED, hours=3, title="Boeren boos over stikstofplan"),
        doc("persbureau", ORIGINAL, hours=0),
        doc("kopie", SAME_TEXT_OTHER_CASE, hours=5),
        doc("ander", DIFFERENT, hours=1),
    ]
    found = find_duplicates(batch)
    assert set(found) == {"regio", "kopie"}
    assert found["kopie"].original == "persbureau" and found["kopie"].kind == "exact"
    assert found["regio"].original == "persbureau" and found["regio"].kind == "near"
    assert 0.7 <= found["regio"].similarity < 1.0


def test_the_same_item_in_three_feeds() -> None:
    copies = [doc(f"feed{n}", ORIGINAL + (" Bron: ANP." if n else ""), hours=n) for n in range(3)]
    found = find_duplicates(copies)
    assert {k: d.original for k, d in found.items()} == {"feed1": "feed0", "feed2": "feed0"}


def test_known_documents_stay_originals() -> None:
    known = [doc("al-opgeslagen", ORIGINAL, hours=10)]
    found = find_duplicates([doc("nieuw", SYNDICATED, hours=0)], known=known)
    assert found["nieuw"].original == "al-opgeslagen"
    assert find_duplicates([doc("al-opgeslagen", ORIGINAL)], known=known) == {}


def test_short_texts_and_different_texts_are_not_duplicates() -> None:
    batch = [
        doc("a", "Helemaal eens!"),
        doc("b", "Helemaal eens!", hours=1),
        doc("c", DIFFERENT, hours=2),
        doc("d", ORIGINAL, hours=3),
    ]
    assert find_duplicates(batch) == {}


def test_content_hash_ignores_case_spacing_punctuation() -> None:
    assert content_hash("Boeren  protesteren, weer!") == content_hash("boeren protesteren weer")
    assert content_hash("boeren protesteren") != content_hash("boeren demonstreren")


def test_from_raw_item() -> None:
    item = RawItem(
        source="s",
        kind="rss",
        external_id="1",
        url=None,
        author=None,
        published_at=T0,
        title="Titel",
        text=ORIGINAL,
    )
    assert DedupDoc.from_item("k", item) == DedupDoc("k", "Titel", ORIGINAL, T0)
