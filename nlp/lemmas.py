"""Lemmas from simplemma and the per-token matching keys every later component reuses.

spaCy has no Dutch lemmatizer without a trained model; simplemma ships its tables in the package.
Lookups are cached per lowercase form (hash), because social text repeats the same few thousand
forms endlessly, and read and written through `Doc.to_array`/`Doc.from_array` instead of Python
Token objects, which keeps this component cheap next to the tokenizer.

Besides `token.lemma_`, the component fills the shared state (`nlp.state`): `keys` (each token's
lowercase text), `hashtags` (indices of words written as `#word`; spaCy splits the `#` off) and
`caps` (indices of all-caps words of three letters or more, for the shouting rule).
"""

from __future__ import annotations

from functools import lru_cache

import numpy
import simplemma
from spacy.attrs import IS_UPPER, LEMMA, LENGTH, LOWER, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from nlp.state import Analysis

_CACHE_LIMIT = 200_000

@lru_cache(maxsize=_CACHE_LIMIT)
def lemma_of(lower: str) -> str:
    """The simplemma lemma of a lowercase form (the form itself when unknown), lowercased."""
    if not lower or not lower[0].isalpha():
        return lower
    return simplemma.lemmatize(lower, lang="nl").lower()


class Lemmatizer:
    """Sets lemmas and the shared per-token keys; see the module docstring."""

    def __init__(self, nlp: Language, name: str, set_lemmas: bool) -> None:
        self.name = name
        self.strings = nlp.vocab.strings
        self.set_lemmas = set_lemmas
        self._keys: dict[int, str] = {}
        self._lemmas: dict[int, int] = {}

    def _fill(self, lowers: list[int]) -> None:
        if len(self._keys) > _CACHE_LIMIT:
            self._keys.clear()
            self._lemmas.clear()
        for h in set(lowers).difference(self._keys):
            key = self.strings[h]
            self._keys[h] = key
            self._lemmas[h] = self.strings.add(lemma_of(key))

    def __call__(self, doc: Doc) -> Doc:
        state: Analysis | None = doc._.antennes
        if state is None:
            state = Analysis()
            doc._.antennes = state
        if not len(doc):
            state.keys = []
            return doc
        arr = doc.to_array([LOWER, SPACY, IS_UPPER, LENGTH])
        lowers: list[int] = arr[:, 0].tolist()
        self._fill(lowers)
        keys = list(map(self._keys.__getitem__, lowers))
        state.keys = keys
        if "#" in keys:
            spaces = arr[:, 1].tolist()
            state.hashtags = frozenset(
                i + 1 for i, k in enumerate(keys[:-1])
                if k == "#" and not spaces[i] and keys[i + 1][:1].isalnum()
            )
        caps = numpy.flatnonzero((arr[:, 2] > 0) & (arr[:, 3] > 2))
        if len(caps):
            state.caps = frozenset(caps.tolist())
        if self.set_lemmas:
            lemmas = self._lemmas
            column = numpy.fromiter(map(lemmas.__getitem__, lowers), numpy.uint64, len(lowers)).reshape(-1, 1)
            doc.from_array([LEMMA], column)  # type: ignore[arg-type]
        return doc


@Language.factory("antennes_lemmatizer", default_config={"set_lemmas": True})
def make_lemmatizer(nlp: Language, name: str, set_lemmas: bool) -> Lemmatizer:
    """spaCy factory: simplemma lemmas on `token.lemma_`, matching keys on `Doc._.keys`."""
    return Lemmatizer(nlp, name, set_lemmas)
