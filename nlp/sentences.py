"""Sentence boundaries by rule: after . ! ? … (and runs of them, closing quotes and brackets) and at
line breaks. Sets `Doc._.sent_bounds`, and `token.is_sent_start` through `Doc.from_array` (not for
`score_texts`, whose documents no one reads: `Analysis.annotate`).

spaCy's own `sentencizer` does the same per Token object and costs more than the tokenizer; this
rule reads the keys and forms the lemmatizer already made (it works without them, only slower).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from nlp.forms import key_flag
from nlp.state import state_of

TERMINALS = frozenset({".", "!", "?", "...", "…", "!!", "??", "?!", "!?", "..", "....", "。"})
CLOSERS = frozenset({"”", "’", ")", "]", "»"})

_NOT_START = numpy.uint64(2**64 - 1)  # SENT_START -1 (not a sentence start) as spaCy stores it
_NOT_STARTS = numpy.full(4096, _NOT_START)  # copied per document: cheaper than filling a new array
_BREAKS: dict[str, bool] = {}  # per key: can it end a sentence (terminal or line break)?


def breaks_sentence(key: str) -> bool:
    """Can this lowercase token end a sentence: a terminal or a line break?"""
    return key in TERMINALS or "\n" in key


def _breaks(keys: list[str]) -> list[bool]:
    found = list(map(_BREAKS.get, keys))
    if None in found:
        if len(_BREAKS) > 200_000:
            _BREAKS.clear()
        for key in set(keys).difference(_BREAKS):
            _BREAKS[key] = breaks_sentence(key)
        found = list(map(_BREAKS.__getitem__, keys))
    return found  # type: ignore[return-value]


def sentence_bounds(keys: list[str], breaks: Iterable[int] | None = None) -> list[tuple[int, int]]:
    """(start, end) token ranges of the sentences of a token sequence given by its lowercase keys.

    Only the positions of terminals and line breaks are visited: `breaks` may pass them (sorted),
    else they are found through a per-key cache.
    """
    bounds: list[tuple[int, int]] = []
    start, n, i = 0, len(keys), 0
    for pos in compress(range(n), _breaks(keys)) if breaks is None else breaks:
        if pos < i:
            continue
        i = pos + 1
        while i < n and (keys[i] in TERMINALS or keys[i] in CLOSERS or keys[i].isspace()):
            i += 1
        if i < n:
            bounds.append((start, i))
            start = i
    if start < n:
        bounds.append((start, n))
    return bounds


class Sentencizer:
    """Rule-based sentence boundaries from the shared keys."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.breaks = key_flag(nlp.vocab, breaks_sentence)

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc, bounds=False)
        keys: list[str] = state.keys or []
        bounds = sentence_bounds(keys, self.breaks.positions(doc, state))
        state.sent_bounds = bounds
        if keys and state.annotate:
            n = len(keys)
            starts = _NOT_STARTS[:n].copy() if n <= len(_NOT_STARTS) else numpy.full(n, _NOT_START)
            for start, _ in bounds:  # a few scalar stores beat numpy's fancy indexing here
                starts[start] = 1
            doc.from_array([SENT_START], starts.reshape(-1, 1))  # type: ignore[arg-type]
        return doc


@Language.factory("antennes_sentences", default_config={})
def make_sentences(nlp: Language, name: str) -> Sentencizer:
    """spaCy factory: rule-based sentence boundaries (run after `antennes_lemmatizer`)."""
    return Sentencizer(nlp, name)
