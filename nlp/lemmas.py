"""Lemmas from simplemma, cached per lowercase form, and the compound-aware word keys used for matching.

spaCy has no Dutch lemmatizer without a trained model; simplemma ships its tables in the package.
Lookups are cached because social text repeats the same few thousand forms endlessly.
"""

from __future__ import annotations

from functools import lru_cache

import simplemma
from spacy.language import Language
from spacy.tokens import Doc

_CACHE_SIZE = 200_000


@lru_cache(maxsize=_CACHE_SIZE)
def lemma_of(lower: str) -> str:
    """The simplemma lemma of a lowercase form (the form itself when unknown), lowercased."""
    if not lower or not lower[0].isalpha():
        return lower
    return simplemma.lemmatize(lower, lang="nl").lower()


@lru_cache(maxsize=_CACHE_SIZE)
def word_key(text: str) -> str:
    """The matching form of a token: lowercase, without a leading '#' of a hashtag."""
    low = text.lower()
    return low[1:] if low.startswith("#") and len(low) > 1 else low


class Lemmatizer:
    """Sets `token.lemma_` from simplemma for every token (lowercase)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.strings = nlp.vocab.strings

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            token.lemma_ = lemma_of(word_key(token.text))
        return doc


@Language.factory("antennes_lemmatizer", default_config={})
def make_lemmatizer(nlp: Language, name: str) -> Lemmatizer:
    """spaCy factory: simplemma lemmas on `token.lemma_`."""
    return Lemmatizer(nlp, name)
