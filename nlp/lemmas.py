"""Lemmas from simplemma and the per-token matching keys every later component reuses.

spaCy has no Dutch lemmatizer without a trained model; simplemma ships its tables in the package.
Lookups are cached per spelling (ORTH hash), because social text repeats the same few thousand
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
from spacy.attrs import LEMMA, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from nlp.state import STATE_KEY, Analysis, attach

_CACHE_LIMIT = 200_000

@lru_cache(maxsize=_CACHE_LIMIT)
def lemma_of(lower: str) -> str:
    """The simplemma lemma of a lowercase form (the form itself when unknown), lowercased."""
    if not lower or not lower[0].isalpha():
        return lower
    return simplemma.lemmatize(lower, lang="nl").lower()


class Lemmatizer:
    """Sets lemmas and the shared per-token keys; see the module docstring.

    Everything is cached per distinct spelling (the ORTH hash): its lowercase key, its lemma hash
    and whether it is an all-caps word, so each form is analysed once per process and a document
    costs one `to_array` and a few dictionary maps.
    """

    def __init__(self, nlp: Language, name: str, set_lemmas: bool) -> None:
        self.name = name
        self.strings = nlp.vocab.strings
        self.set_lemmas = set_lemmas
        self._keys: dict[int, str] = {}
        self._lemmas: dict[int, int] = {}
        self._caps: set[int] = set()
        lemma_of("boeren")  # loads simplemma's Dutch tables now, when the pipeline is built

    def _fill(self, orths: list[int]) -> None:
        if len(self._keys) > _CACHE_LIMIT:
            self._keys.clear()
            self._lemmas.clear()
            self._caps.clear()
        strings = self.strings
        for h in set(orths).difference(self._keys):
            text = strings[h]
            key = text.lower()
            self._keys[h] = key
            self._lemmas[h] = strings.add(lemma_of(key))
            if len(text) > 2 and text.isupper():
                self._caps.add(h)

    def __call__(self, doc: Doc) -> Doc:
        state: Analysis | None = doc.user_data.get(STATE_KEY)
        if state is None:
            state = attach(doc, Analysis())
        n = len(doc)
        if not n:
            state.keys = []
            return doc
        orths: list[int] = doc.to_array(ORTH).tolist()
        keys = list(map(self._keys.get, orths))
        if None in keys:
            self._fill(orths)
            keys = list(map(self._keys.__getitem__, orths))
        state.keys = keys  # type: ignore[assignment]  # no None left after _fill
        if "#" in keys:
            spaces = doc.to_array(SPACY).tolist()
            state.hashtags = frozenset(
                i + 1 for i, k in enumerate(keys[:-1])
                if k == "#" and not spaces[i] and keys[i + 1][:1].isalnum()  # type: ignore[index]
            )
        if not self._caps.isdisjoint(orths):
            caps = self._caps
            state.caps = frozenset(i for i, h in enumerate(orths) if h in caps)
        if self.set_lemmas:
            column = numpy.fromiter(map(self._lemmas.__getitem__, orths), numpy.uint64, n).reshape(-1, 1)
            doc.from_array([LEMMA], column)  # type: ignore[arg-type]
        return doc


@Language.factory("antennes_lemmatizer", default_config={"set_lemmas": True})
def make_lemmatizer(nlp: Language, name: str, set_lemmas: bool) -> Lemmatizer:
    """spaCy factory: simplemma lemmas on `token.lemma_`, matching keys on `Doc._.keys`."""
    return Lemmatizer(nlp, name, set_lemmas)
