"""Lemmas from simplemma and the per-token matching keys every later component reuses.

spaCy has no Dutch lemmatizer without a trained model; simplemma ships its tables in the package.
Lookups are cached per spelling (ORTH hash, see `nlp.forms`), because social text repeats the same
few thousand forms endlessly, and read and written through `Doc.to_array`/`Doc.from_array` instead
of Python Token objects, which keeps this component cheap next to the tokenizer.

Besides `token.lemma_`, the component fills the shared state (`nlp.state`): `forms` (the
`nlp.forms.Form` of each token, as columns, which the later components read), `candidates` (per
key flag, the tokens that have it), `keys` (each token's lowercase text), `hashtags` (indices of
words written as `#word`; spaCy splits the `#` off) and `caps` (indices of all-caps words of three
letters or more, for the shouting rule).
"""

from __future__ import annotations

from functools import lru_cache

import numpy
import simplemma
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from nlp.forms import NO_FORMS, FormTable, columns, key_flag, make_form
from nlp.state import STATE_KEY, Analysis, attach

_CACHE_LIMIT = 200_000


@lru_cache(maxsize=_CACHE_LIMIT)
def lemma_of(lower: str) -> str:
    """The simplemma lemma of a lowercase form (the form itself when unknown), lowercased."""
    if not lower or not lower[0].isalpha():
        return lower
    return simplemma.lemmatize(lower, lang="nl").lower()


class Lemmatizer:
    """Sets lemmas and the shared per-token keys and forms; see the module docstring.

    Everything is worked out once per distinct spelling (the ORTH hash) in a `FormTable`, so a
    document costs one `to_array`, one dictionary lookup per token and a few C-level maps.
    """

    def __init__(self, nlp: Language, name: str, set_lemmas: bool) -> None:
        self.name = name
        self.set_lemmas = set_lemmas
        self.table = FormTable(nlp.vocab, _CACHE_LIMIT)
        self.hashes = key_flag(nlp.vocab, _is_hash)  # "#" tokens (spaCy splits the "#" of #word off)
        self.caps = key_flag(nlp.vocab, _is_caps, cased=True)
        lemma_of("boeren")  # loads simplemma's Dutch tables now, when the pipeline is built
        make_form("boeren")  # and the lexicons the forms need

    def __call__(self, doc: Doc) -> Doc:
        state: Analysis | None = doc.user_data.get(STATE_KEY)
        if state is None:
            state = attach(doc, Analysis())
        n = len(doc)
        if not n:
            state.keys = []
            state.forms = NO_FORMS
            return doc
        forms = state.forms = columns(self.table.lookup(doc.to_array(ORTH).tolist(), doc.vocab.strings))
        keys = state.keys = list(forms.key)
        state.candidates = self.table.candidates(forms)
        hashes = self.hashes.positions(doc, state)
        if hashes:
            state.hashtags = _hashtags(doc, keys, hashes)
        caps = self.caps.positions(doc, state)
        if caps:
            state.caps = frozenset(caps)
        if self.set_lemmas and state.annotate:
            doc.from_array([LEMMA], numpy.fromiter(forms.lemma, numpy.uint64, n))  # type: ignore[arg-type]
        return doc


def _is_hash(key: str) -> bool:
    return key == "#"


def _is_caps(text: str) -> bool:
    """An all-caps word of three letters or more (the shouting rule)."""
    return len(text) > 2 and text.isupper()


def _hashtags(doc: Doc, keys: list[str], hashes: list[int]) -> frozenset[int]:
    """Indices of the words written as `#word`: a "#" token (at `hashes`) directly followed by a word."""
    last = len(keys) - 1
    return frozenset(
        i + 1 for i in hashes if i < last and not doc[i].whitespace_ and keys[i + 1][:1].isalnum()
    )


@Language.factory("antennes_lemmatizer", default_config={"set_lemmas": True})
def make_lemmatizer(nlp: Language, name: str, set_lemmas: bool) -> Lemmatizer:
    """spaCy factory: simplemma lemmas on `token.lemma_`, matching keys on `Doc._.keys`."""
    return Lemmatizer(nlp, name, set_lemmas)
