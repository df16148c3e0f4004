"""Compound-aware matching of configured terms against tokens, shared by topics and target groups.

Dutch writes compounds as one word: `stikstofregels` mentions `stikstof`, `melkveehouders`
mentions `veehouder`. A single-word term matches a token that equals it or one of its plural
forms, or (for terms of four letters or more) that starts or ends with it around a remainder of
at least three letters. Multiword terms go through spaCy's PhraseMatcher on lowercase text.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

MIN_COMPOUND_TERM = 4
MIN_REMAINDER = 3
_CACHE_LIMIT = 200_000


def variants(term: str) -> frozenset[str]:
    """The term and its likely plural or inflected forms (boer -> boeren, boerin -> boerinnen)."""
    t = term.lower()
    forms = {t, t + "s", t + "en", t + "n", t + "'s"}
    if t[-1:].isalpha():
        forms.add(t + t[-1] + "en")
    if t.endswith("e"):
        forms.add(t + "n")
    return frozenset(forms)


class TermIndex:
    """Maps tokens to the labels whose terms they mention, with a cache per distinct token.

    Terms are indexed by form, so checking a new token costs one dictionary lookup per possible
    split point, not one comparison per term.
    """

    def __init__(self, nlp: Language, terms: dict[str, list[str]], heads_only: bool) -> None:
        self.heads_only = heads_only
        self.exact: dict[str, list[str]] = {}
        self.parts: dict[str, list[str]] = {}
        self.heads: dict[str, list[str]] = {}
        self.firsts: dict[str, list[str]] = {}
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrase_firsts: set[str] = set()
        for label, words in terms.items():
            patterns = []
            for word in words:
                doc = nlp.make_doc(word.lower())
                if len(doc) == 1:
                    self._index(word.lower(), label)
                else:
                    patterns.append(doc)
            if patterns:
                self.phrases.add(label, patterns)
                self.phrase_firsts.update(p[0].lower_ for p in patterns)
        self._cache: dict[str, tuple[str, ...]] = {}

    def _index(self, term: str, label: str) -> None:
        forms = variants(term)
        for form in forms:
            self.exact.setdefault(form, []).append(label)
        self.parts.setdefault(term, []).append(label)
        if len(term) >= MIN_COMPOUND_TERM:
            for form in forms:
                self.heads.setdefault(form, []).append(label)
            if not self.heads_only:
                self.firsts.setdefault(term, []).append(label)

    def labels_for(self, key: str) -> tuple[str, ...]:
        """Labels whose single-word terms this lowercase token mentions (cached)."""
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            found = self._cache[key] = tuple(dict.fromkeys(self._match(key)))
        return found

    def _match(self, key: str) -> Iterable[str]:
        if not key[:1].isalnum():
            return
        yield from self.exact.get(key, ())
        if "-" in key:
            for part in key.split("-"):
                yield from self.parts.get(part, ())
        n = len(key)
        for cut in range(MIN_REMAINDER, n - MIN_COMPOUND_TERM + 1):  # compound head: melkvee|houders
            yield from self.heads.get(key[cut:], ())
        if self.firsts:
            for cut in range(MIN_COMPOUND_TERM, n - MIN_REMAINDER + 1):  # first part: stikstof|regels
                yield from self.firsts.get(key[:cut], ())

    def matches(self, doc: Doc, keys: list[str]) -> list[tuple[int, int, str]]:
        """(start, end, label) for every mention in the doc, in text order."""
        cache = self._cache
        for key in set(keys).difference(cache):
            self.labels_for(key)
        found = [(i, i + 1, label) for i, key in enumerate(keys) if cache.get(key) for label in cache[key]]
        if self.phrase_firsts and not self.phrase_firsts.isdisjoint(keys):
            strings = doc.vocab.strings
            found.extend((start, end, strings[match_id]) for match_id, start, end in self.phrases(doc))
            found.sort()
        return found
