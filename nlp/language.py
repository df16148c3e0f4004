"""Language per document: Dutch function words first, word evidence for short texts, py3langid last.

Only Dutch is scored with the Dutch lexicon; other languages are marked and never scored as Dutch.
Three steps, cheapest first, each explained by a reason on `Doc._.language_reason`:

1. Two or more frequent Dutch function words (`DUTCH_MARKERS`): Dutch (the common case).
2. A short text (fewer than `SHORT_WORDS` words) is weighed word by word: words of our Dutch
   lexicons and of simplemma's Dutch dictionary against distinctive English, German and French
   words (`FOREIGN_WORDS`). Hashtags, mentions, links and emoji are no evidence. py3langid reads
   character n-grams and takes "Fantastisch plan" for German: on a few words our own word lists
   know better.
3. Otherwise py3langid (offline model), restricted to a few languages that actually occur in Dutch
   public debate, which makes its answer stable. On a short text whose words are even it must be
   confident; if not, the source's declared language (`state.declared_language`) decides, and
   without one the text counts as Dutch.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import simplemma
from spacy.language import Language
from spacy.tokens import Doc

from nlp.forms import forms_of
from nlp.state import state_of

LANGUAGES = ("nl", "en", "de", "fr")
SAMPLE_CHARS = 1500
SAMPLE_TOKENS = 400
_WORD = re.compile(r"[^\W\d_]{1,}", re.UNICODE)
# A token that is letters joined by hyphens or apostrophes ("-ja" in subtitles, "c'est", "z'n",
# "tof-gezellig", "mr."): its letter runs of two or more count as words. Links, mentions and
# numbers do not.
_JOINED = re.compile(r"[-'’]?[^\W\d_]+(?:[-'’][^\W\d_]+)*[-'’.]?", re.UNICODE)
_NO_EVIDENCE = re.compile(r"[#@]\w+|https?://\S+|www\.\S+", re.UNICODE)  # for texts without tokens

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

# Frequent words of the other languages that are not Dutch words (some are in simplemma's Dutch
# dictionary or in the Dutch lexicons all the same: "ist", "nicht", "great", "thanks"), so a short
# foreign line is not taken for Dutch. Words that are Dutch too are left out on purpose: "is",
# "die", "want", "even", "der", "von", "been", "bad", "won", "pas", "dans", "mais", "leider",
# "immer", "des" (des te), "enfin", "au", "an sich", "all-in", "Le Pen", "New York", "US".
ENGLISH_WORDS: frozenset[str] = frozenset(
    [
        "the", "this", "that", "these", "those", "and", "with", "for", "from", "you", "your", "are",
        "not", "have", "has", "be", "it", "its", "they", "their", "them", "there", "what", "which",
        "who", "would", "should", "could", "will", "just", "about", "very", "really", "because", "but",
        "if", "than", "then", "our", "my", "can", "does", "did", "don", "doesn", "didn", "isn", "aren",
        "wasn", "were", "why", "how", "when", "where", "i", "great", "good", "news", "people", "thanks",
        "thank", "please", "love", "sad", "awesome", "amazing", "terrible", "horrible", "ridiculous",
        "disgrace", "shame", "stupid", "again", "still", "never", "always", "nothing", "everyone",
        "everything", "nobody", "government", "farmers", "policy", "finally", "only", "also", "more",
        "much", "many", "some", "any", "well", "yes", "on", "by", "to", "she", "his", "him", "up",
        "out", "get", "got", "going", "gonna", "know", "think", "make", "proud", "crazy", "same",
        "honestly", "actually", "literally", "anyway", "seriously", "totally", "absolutely", "agree",
        "done",
    ]
)
GERMAN_WORDS: frozenset[str] = frozenset(
    [
        "ist", "und", "nicht", "ich", "eine", "einen", "einem", "einer", "ein", "das", "dass", "daß",
        "sie", "wir", "ihr", "ihre", "ihnen", "euch", "uns", "auch", "sehr", "mit", "für", "auf", "aus",
        "nur", "schon", "kein", "keine", "haben", "hat", "sind", "wird", "wurde", "wurden", "aber",
        "oder", "wenn", "weil", "über", "unsere", "unser", "mein", "meine", "dein", "deine", "diese",
        "dieser", "dieses", "gibt", "geht", "kann", "muss", "müssen", "soll", "sollte", "jetzt",
        "heute", "nein", "danke", "bitte", "endlich", "wieder", "wirklich", "schlecht", "unglaublich",
        "bauern", "landwirte", "regierung", "zum", "zur", "vom", "beim", "im", "dem", "zu", "nach",
        "vor", "durch", "gegen", "ohne", "zwischen", "katastrophe", "skandal", "skandalös", "wütend",
        "schön", "großartig",
    ]
)
FRENCH_WORDS: frozenset[str] = frozenset(
    [
        "la", "les", "une", "du", "et", "est", "ce", "cette", "ces", "tu", "il", "elle", "nous", "vous",
        "ils", "elles", "ne", "qui", "que", "quoi", "sont", "sur", "avec", "pour", "ou", "où", "très",
        "tout", "tous", "toute", "bien", "oui", "aux", "leur", "leurs", "sa", "ses", "son", "mon",
        "honte", "scandaleux", "scandale", "agriculteurs", "gouvernement", "vraiment", "toujours",
        "jamais", "rien", "encore", "déjà", "fait", "été", "avoir", "être", "faire", "quelle", "quel",
        "ça", "nouvelle",
    ]
)
FOREIGN_WORDS: dict[str, str] = {
    **dict.fromkeys(FRENCH_WORDS, "fr"),
    **dict.fromkeys(GERMAN_WORDS, "de"),
    **dict.fromkeys(ENGLISH_WORDS, "en"),
}
# Words Dutch posts share with English (or German, French) often enough that they are no evidence
# either way, though the Dutch lexicons or simplemma's Dutch dictionary list them.
SHARED_WORDS: frozenset[str] = frozenset(
    [
        "is", "in", "de", "die", "was", "we", "me", "over", "en", "of", "so", "man", "a", "an", "as",
        "at", "do", "he", "no", "top", "plan", "super", "mega", "team", "hand", "land", "ok", "oke",
        "okay", "nice", "cool", "fail", "fake", "wow", "omg", "wtf", "lol", "haha", "fuck", "shit",
        "damn", "bullshit", "cringe", "chill", "bro", "respect", "kudos", "chapeau", "like", "lit",
        "mr", "god", "hey", "hi", "hallo", "sorry", "post", "thread", "live", "update",
    ]
)

# Weights of the evidence in a short text: a Dutch function word or lexicon word and a listed
# foreign word count 2, a word only simplemma's (noisy) Dutch dictionary knows counts 1.
STRONG = 2.0
WEAK = 1.0
SHORT_WORDS = 8  # fewer words than this: weighed word by word before py3langid is asked
SHORT_CONFIDENCE = 0.9  # on a short text with even words, py3langid must be this sure to count
LOW_CONFIDENCE = 0.6  # below this, py3langid's answer on a longer text gives way to the declared one

FUNCTION_WORDS = "Dutch function words"


def language_digest() -> str:
    """sha256 over the word lists and thresholds that decide a language, for the model version
    (`nlp.score.version_of`): they live here, not in `nlp.lexicon`, so `lexicon_digest` misses them."""
    payload = {
        "dutch_markers": sorted(DUTCH_MARKERS),
        "foreign": sorted(FOREIGN_WORDS.items()),
        "shared": sorted(SHARED_WORDS),
        "languages": list(LANGUAGES),
        "thresholds": [
            MIN_MARKERS, MIN_MARKER_SHARE, SHORT_WORDS, SHORT_CONFIDENCE, LOW_CONFIDENCE, STRONG, WEAK,
            SAMPLE_CHARS, SAMPLE_TOKENS,
        ],
    }
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    """The one-word entries of the Dutch sentiment lexicons (Pattern, LUPJE-derived, our own)."""
    from nlp.lexicon import sentiment_lexicon

    return frozenset(k for k in sentiment_lexicon() if k.isalpha())


@lru_cache(maxsize=50_000)
def word_evidence(word: str) -> tuple[str, float]:
    """What one lowercase word says about the language: (code, weight), ('', 0.0) for nothing."""
    if word in DUTCH_MARKERS:
        return "nl", STRONG
    foreign = FOREIGN_WORDS.get(word)
    if foreign is not None:
        return foreign, STRONG
    if word in SHARED_WORDS or len(word) < 2:
        return "", 0.0
    if word in _lexicon_words():
        return "nl", STRONG
    return ("nl", WEAK) if simplemma.is_known(word, "nl") else ("", 0.0)  # tables loaded by the lemmatizer


def evidence_words(keys: Iterable[str], hashtags: frozenset[int] = frozenset()) -> tuple[list[str], int]:
    """The words of a document that may count as evidence, and the number of hashtag words.

    Hashtag words are left out (a Dutch post tags #not, an English one #stikstof); mentions, links
    and emoji are not words. Letters joined by hyphens or apostrophes count by their runs, but a
    hyphenated compound holds loans ("vol-au-vent", "all-in", "rendez-vous"): no foreign words."""
    words: list[str] = []
    tagged = 0
    for i, key in enumerate(keys):
        if key.isalpha():
            if i in hashtags:
                tagged += 1
            else:
                words.append(key)
        elif (key[:1].isalpha() or key[:1] in "-'’") and _JOINED.fullmatch(key) and i not in hashtags:
            runs = [w for w in _WORD.findall(key) if len(w) > 1]
            if "-" in key.strip("-"):
                runs = [w for w in runs if w not in FOREIGN_WORDS]
            words.extend(runs)
    return words, tagged


def weigh(words: list[str]) -> tuple[str | None, str]:
    """Language of a short text from its words, with the reason; None when the evidence is even."""
    scores: dict[str, float] = {}
    found: dict[str, list[str]] = {}
    for word in words:
        code, weight = word_evidence(word)
        if weight:
            scores[code] = scores.get(code, 0.0) + weight
            found.setdefault(code, []).append(word)
    dutch = scores.pop("nl", 0.0)
    foreign = sum(scores.values())
    if dutch > foreign:
        return "nl", f"short text, Dutch words: {', '.join(found['nl'])}"
    if foreign > dutch:
        best = max(scores, key=scores.__getitem__)  # the first of equals, in the order of the text
        return best, f"short text, {best} words: {', '.join(found[best])}"
    return None, "word evidence even"


def decide_language(
    text: str, declared: str | None = None, words: list[str] | None = None, tagged: int = 0
) -> tuple[str, str]:
    """'nl', 'en', 'de', 'fr' (or the declared code) or 'und' (no words), with the reason.

    `words` may pass the text's evidence words (`evidence_words`) when the caller has them, and
    `tagged` the number of hashtag words left out of them. When a short text's words are even,
    only a confident py3langid answer beats the declared language (the prior), and Dutch is the
    default."""
    sample = text[:SAMPLE_CHARS]
    if words is None:
        tagged = sample.count("#")
        words = [w for w in _WORD.findall(_NO_EVIDENCE.sub(" ", sample.lower())) if len(w) > 1 or w == "i"]
    if not words:
        return ("und", "no words") if not tagged else (declared or "nl", "hashtags only")
    if sum(1 for w in words if w in DUTCH_MARKERS) >= max(MIN_MARKERS, MIN_MARKER_SHARE * len(words)):
        return "nl", FUNCTION_WORDS
    short = len(words) < SHORT_WORDS
    if short:
        lang, reason = weigh(words)
        if lang is not None:
            return lang, reason
    if len(words) < 2 or not sample.strip():  # one unknown word (a name, slang): py3langid guesses
        return declared or "nl", f"{'declared' if declared else 'default'} language, text inconclusive"
    return _by_model(sample, declared, short)


def _by_model(sample: str, declared: str | None, short: bool) -> tuple[str, str]:
    """py3langid's answer, unless it is unsure: then the declared language, or Dutch for a short text."""
    lang, confidence = _identifier().classify(sample)
    found = f"py3langid {lang} {confidence:.2f}"
    if (short and confidence < SHORT_CONFIDENCE) or confidence < LOW_CONFIDENCE:
        if declared:
            return declared, f"declared language ({found}, text inconclusive)"
        if short:
            return "nl", f"default Dutch ({found}, text inconclusive)"
    return str(lang), found


def detect_language(text: str, declared: str | None = None, words: list[str] | None = None) -> str:
    """'nl', 'en', 'de', 'fr' or 'und' (no words): `decide_language` without the reason."""
    return decide_language(text, declared, words)[0]


class LanguageDetector:
    """Sets `Doc._.language` (a two-letter code or 'und') and `Doc._.language_reason`."""

    def __init__(self, name: str) -> None:
        self.name = name
        _identifier()  # loads py3langid's model (about half a second) now, when the pipeline is built
        _lexicon_words()

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc, bounds=False)
        codes = forms_of(doc, state).language[:SAMPLE_TOKENS]  # 0 no word, 1 a word, 2 a Dutch marker
        dutch = codes.count(2)
        alpha = dutch + codes.count(1)
        if dutch >= MIN_MARKERS and dutch >= MIN_MARKER_SHARE * alpha:
            state.language = "nl"  # the common case, decided without rebuilding the text
            state.language_reason = FUNCTION_WORDS
            return doc
        if alpha - len(state.hashtags) >= SHORT_WORDS:  # long whatever the hashtags: no words to weigh
            lang, reason = _by_model(doc.text[:SAMPLE_CHARS], state.declared_language, False)
        else:
            words, tagged = evidence_words((state.keys or [])[:SAMPLE_TOKENS], state.hashtags)
            lang, reason = decide_language(doc.text, state.declared_language, words, tagged)
        state.language = lang
        state.language_reason = reason
        return doc


@Language.factory("antennes_language", default_config={})
def make_language_detector(nlp: Language, name: str) -> LanguageDetector:
    """spaCy factory: language per document on `Doc._.language`, the reason beside it."""
    return LanguageDetector(name)
