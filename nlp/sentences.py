"""Sentence boundaries by rule: after . ! ? … (and runs of them, closing quotes and brackets) and at
line breaks. Sets `token.is_sent_start` through `Doc.from_array` and `Doc._.sent_bounds`.

spaCy's own `sentencizer` does the same per Token object and costs more than the tokenizer; this
rule reads the keys the lemmatizer already made, so it must run after `antennes_lemmatizer`.
"""

from __future__ import annotations

from itertools import compress

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from nlp.state import state_of

TERMINALS = frozenset({".", "!", "?", "...", "…", "!!", "??", "?!", "!?", "..", "....", "。"})
CLOSERS = frozenset({"”", "’", ")", "]", "»"})

_BREAKS: dict[str, bool] = {}  # per key: can it end a sentence (terminal or line break)?


def _breaks(keys: list[str]) -> list[bool]:
    found = list(map(_BREAKS.get, keys))
    if None in found:
        if len(_BREAKS) > 200_000:
            _BREAKS.clear()
        for key in set(keys).difference(_BREAKS):
            _BREAKS[key] = key in TERMINALS or "\n" in key
        found = list(map(_BREAKS.__getitem__, keys))
    return found  # type: ignore[return-value]


def sentence_bounds(keys: list[str]) -> list[tuple[int, int]]:
    """(start, end) token ranges of the sentences of a token sequence given by its lowercase keys.

    Only the positions of terminals and line breaks are visited (found through a per-key cache).
    """
    bounds: list[tuple[int, int]] = []
    start, n, i = 0, len(keys), 0
    for pos in compress(range(n), _breaks(keys)):
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

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        keys: list[str] = state.keys or []
        bounds = sentence_bounds(keys)
        state.sent_bounds = bounds
        if keys:
            starts = numpy.full(len(keys), -1, dtype=numpy.int64)
            for start, _ in bounds:
                starts[start] = 1
            doc.from_array([SENT_START], starts.view(numpy.uint64).reshape(-1, 1))  # type: ignore[arg-type]
        return doc


@Language.factory("antennes_sentences", default_config={})
def make_sentences(nlp: Language, name: str) -> Sentencizer:
    """spaCy factory: rule-based sentence boundaries (run after `antennes_lemmatizer`)."""
    return Sentencizer(name)
