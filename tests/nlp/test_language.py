"""Language per document on short social posts: short Dutch reactions are scored, foreign ones not.

The posts were written for these tests. Short angry or cheering Dutch posts are the signal a
communications team needs most; py3langid alone took many of them for German.
"""

from __future__ import annotations

import pytest

from nlp.language import decide_language, detect_language, evidence_words

SHORT_DUTCH = [
    "Fantastisch plan #not",
    "Schandalig besluit!",
    "Eindelijk duidelijkheid voor boeren 👍",
    "Top kabinet 👏",
    "Belachelijk. #stikstof",
    "Bizar dit",
    "Prachtig nieuws",
    "Diep triest.",
    "Kansloos beleid",
    "Terecht!",
    "Heerlijk, die heide 💜",
    "Weer uitgesteld 🙄",
    "Schande!!",
    "Boeren in actie 🚜",
    "Respect voor deze melkveehouder",
    "Klopt helemaal",
    "Onbegrijpelijk besluit van Den Haag",
    "Lekker bezig, minister",
    "Pure minachting",
    "Hulde aan de provincie!",
    "Stikstofregels? Onuitvoerbaar.",
    "Dikke prima",
    "Gewoon diefstal",
    "Nee hè, niet weer",
    "Mooi gesprek vandaag",
    "Compleet gestoord",
    "Doodzonde van al die grond",
    "Hoezo natuurherstel?",
    "Treurig.",
    "Ongelofelijk 😡",
    "Sterk verhaal, minister",
    "Dank u wel, Remkes",
    "Helemaal mee eens 👍",
    "Waardeloos kabinet",
    "Tof initiatief!",
    "Raakt kant noch wal, dit voorstel",
    "Fijne uitspraak van de rechter",
    "Eerst zien, dan geloven",
    "Wederom een gemiste kans @LTONederland",
    "Slecht plan",
    "Jaja, natuurlijk.",
    "-Schitterend.",
    "Le Pen wint weer",
    "Maïs of mais, boeren betalen",
]

SHORT_FOREIGN = [
    ("This is ridiculous", "en"),
    ("Great news for farmers", "en"),
    ("So sad", "en"),
    ("Keep fighting, farmers!", "en"),
    ("What a joke", "en"),
    ("Thanks for nothing @LTONederland", "en"),
    ("Nobody cares", "en"),
    ("I love this 💚", "en"),
    ("Shame on you", "en"),
    ("Absolutely disgraceful", "en"),
    ("Well done, minister", "en"),
    ("Das ist eine Katastrophe", "de"),
    ("Sehr gut!", "de"),
    ("Unglaublich, diese Regierung", "de"),
    ("Die Bauern haben recht", "de"),
    ("Ich bin sprachlos", "de"),
    ("Danke schön", "de"),
    ("C'est scandaleux", "fr"),
    ("Quelle honte", "fr"),
    ("Très bien", "fr"),
    ("Bravo les agriculteurs", "fr"),
    ("Quelle blague", "fr"),
    ("Je suis d'accord avec vous", "fr"),
]


@pytest.mark.parametrize("text", SHORT_DUTCH)
def test_short_dutch_posts_are_dutch_and_scored(score, text):
    result = score(text)
    assert result.language == "nl", text
    assert result.scored


@pytest.mark.parametrize(("text", "language"), SHORT_FOREIGN)
def test_short_foreign_posts_are_not_dutch(score, text, language):
    result = score(text)
    assert result.language == language, text
    assert not result.scored and result.label == "neutral"


@pytest.mark.parametrize("text", [t for t, _ in SHORT_FOREIGN])
def test_a_dutch_source_does_not_make_foreign_text_dutch(score, text):
    assert score(text, language="nl").language != "nl"


@pytest.mark.parametrize("text", ["Schandalig besluit!", "Top kabinet 👏", "Hulde aan de provincie!"])
def test_dutch_words_beat_a_foreign_source(score, text):
    assert score(text, language="en").language == "nl"


def test_the_declared_language_decides_when_the_words_do_not():
    # "super" and "plan" are as English as they are Dutch; one unknown name says nothing either
    assert detect_language("Super plan!") == "nl"  # Dutch by default
    assert detect_language("Super plan!", declared="en") == "en"
    assert detect_language("Super plan!", declared="nl") == "nl"
    assert detect_language("Kowalczyk", declared="de") == "de"
    assert detect_language("Kowalczyk") == "nl"


def test_longer_texts_still_go_to_py3langid():
    assert detect_language("Die Bauern in den Niederlanden sind wütend über die neuen Regeln.") == "de"
    assert detect_language("Honestly the nitrogen policy is a mess and nobody knows the rules.") == "en"
    assert detect_language("Wij boeren zijn het zat, dit kabinet luistert nooit naar ons.") == "nl"


def test_hashtags_mentions_links_and_emoji_are_no_evidence():
    keys = ["great", "news", "#", "stikstof", "@lto", "https://nos.nl", "👍"]
    words, tagged = evidence_words(keys, frozenset({3}))
    assert words == ["great", "news"] and tagged == 1
    assert detect_language("Great news #stikstof #boeren #natuurherstel") == "en"
    assert detect_language("#stikstof #boeren") == "nl"  # hashtags only: the default
    assert detect_language("😡😡") == "und"


def test_joined_words_count_by_their_parts():
    assert evidence_words(["-ja", "c'est", "mr."]) == (["ja", "est", "mr"], 0)
    assert evidence_words(["déjà-vu"]) == (["vu"], 0)  # no French word from a hyphenated loan


def test_the_reason_names_the_words(pipeline):
    doc = pipeline("Fantastisch plan #not")
    assert doc._.language == "nl"
    assert "fantastisch" in doc._.language_reason
    assert "not" not in doc._.language_reason.split(": ")[-1]  # a hashtag is no evidence
    assert pipeline("Dit is een gewone zin van het kabinet.")._.language_reason == "Dutch function words"
    lang, reason = decide_language("Das ist eine Katastrophe")
    assert lang == "de" and "ist" in reason


def test_detection_is_deterministic(pipeline):
    texts = [*SHORT_DUTCH, *(t for t, _ in SHORT_FOREIGN)]
    first = [d._.language for d in pipeline.pipe(texts)]
    again = [d._.language for d in pipeline.pipe(reversed(texts))][::-1]
    assert first == again
