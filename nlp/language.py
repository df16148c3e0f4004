"""Language per document: a cheap Dutch function-word check first, py3langid (offline model) otherwise.

Only Dutch is scored with the Dutch lexicon; other languages are marked and never scored as Dutch.
py3langid is restricted to a few languages that actually occur in Dutch public debate, which
makes its answer stable on short texts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from nlp.forms import forms_of
from nlp.state import state_of

LANGUAGES = ("nl", "en", "de", "fr")
SAMPLE_CHARS = 1500
SAMPLE_TOKENS = 400
MIN_WORDS = 3
_WORD = re.compile(r"[^\W\d_]{1,}", re.UNICODE)

# Frequent Dutch words that are rare in English, German and French text ("de", "en", "in", "is",
# "die", "was", "we", "me" and "over" are left out: they are words there too).
DUTCH_MARKERS: frozenset[str] = frozenset(
    [
        "het", "een", "van", "niet", "dat", "zijn", "voor", "ook", "maar", "met", "wordt", "worden", "werd",
        "naar", "bij", "nog", "wel", "geen", "ik", "je", "jij", "wij", "heeft", "hebben", "heb", "hebt",
        "deze", "dit", "zo", "er", "om", "uit", "moet", "moeten", "door", "tegen", "te", "ze", "hun", "hen",
        "ons", "onze", "mijn", "jullie", "hoe", "wat", "waarom", "waar", "wie", "welke", "nu", "al", "meer",
        "veel", "zich", "kunnen", "kan", "zou", "zouden", "zal", "zullen", "gaat", "gaan", "komt", "komen",
        "staat", "omdat", "want", "dus", "toch", "echt", "heel", "erg", "zelf", "steeds", "alleen", "goed",
        "weer", "hier", "daar", "zeer", "mij", "eigen", "tussen", "onder", "tijdens", "zonder", "sinds",
        "vanaf", "tot", "na", "door", "op", "mee", "terug", "alle", "elke", "iedereen", "niemand", "niets",
        "iets", "altijd", "nooit", "soms", "vaak", "bijna", "terwijl", "wanneer", "wil", "willen", "mag",
        "mogen", "waren", "geworden", "gedaan", "gezien", "krijgen", "krijgt", "maken", "maakt", "zien",
        "ziet", "weten", "weet", "vind", "vindt", "denk", "denkt", "hebt", "zegt", "zeggen", "kunt",
        "moeten", "waarin", "daarom", "daarna", "omdat", "blijft", "blijven", "bent", "jou", "jouw",
        "dank", "bedankt", "dicht", "graag", "jullie", "nee", "hè", "hoor", "toen",
    ]
)
MIN_MARKERS = 2
MIN_MARKER_SHARE = 0.15
# Short lines ("Je bent perfect.", "Zonder jou, Harry.") hold too few words for py3langid: with a
# Dutch marker among them, only a confident non-Dutch answer counts.
SHORT_WORDS = 8
SHORT_CONFIDENCE = 0.9


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def detect_language(text: str, declared: str | None = None, words: list[str] | None = None) -> str:
    """'nl', 'en', 'de', 'fr' or 'und' (no words). Short texts follow the declared language, else Dutch.

    `words` may pass the text's lowercase words when the caller has them already.
    """
    sample = text[:SAMPLE_CHARS]
    if words is None:
        words = _WORD.findall(sample.lower())
    if not words:
        return "und"
    if len(words) < MIN_WORDS:
        return declared or "nl"
    if _looks_dutch(words):
        return "nl"
    if not sample:
        return declared or "nl"
    lang, confidence = _identifier().classify(sample)
    short = len(words) < SHORT_WORDS and confidence < SHORT_CONFIDENCE
    if lang != "nl" and short and any(w in DUTCH_MARKERS for w in words):
        return "nl"
    if confidence < 0.6 and declared:
        return declared
    return str(lang)


def _looks_dutch(words: list[str]) -> bool:
    """Enough frequent Dutch-only words to skip the statistical model (the common case)."""
    dutch = sum(1 for w in words if w in DUTCH_MARKERS)
    return dutch >= MIN_MARKERS and dutch >= MIN_MARKER_SHARE * len(words)


class LanguageDetector:
    """Sets `Doc._.language` (a two-letter code or 'und') from the shared forms."""

    def __init__(self, name: str) -> None:
        self.name = name
        _identifier()  # loads py3langid's model (about half a second) now, when the pipeline is built

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc, bounds=False)
        codes = forms_of(doc, state).language[:SAMPLE_TOKENS]  # 0 no word, 1 a word, 2 a Dutch marker
        dutch = codes.count(2)
        if dutch >= MIN_MARKERS and dutch >= MIN_MARKER_SHARE * (dutch + codes.count(1)):
            state.language = "nl"  # the common case, decided without rebuilding the text
        else:
            words = [k for k in (state.keys or [])[:SAMPLE_TOKENS] if k.isalpha()]
            needs_text = len(words) >= MIN_WORDS  # only then the statistical model reads the text
            state.language = detect_language(doc.text if needs_text else "", state.declared_language, words)
        return doc


@Language.factory("antennes_language", default_config={})
def make_language_detector(nlp: Language, name: str) -> LanguageDetector:
    """spaCy factory: language per document on `Doc._.language`."""
    return LanguageDetector(name)
