"""Compound-aware matching of configured terms against tokens, shared by topics and target groups.

Dutch writes compounds as one word: `stikstofregels` mentions `stikstof`, `melkveehouders`
mentions `veehouder`. A single-word term matches a token that equals it or one of its plural
forms, or (for terms of four letters or more) that ends with it after at least three letters
(a compound head), or starts with it before a real word or derivation (`plausible_head`:
"stikstof|regels" yes, "Protest|antse" no). Multiword terms are matched on the lowercase keys; their
last word may be the first part of a hyphenated token ("Natura 2000-gebieden").
"""

from __future__ import annotations

from collections.abc import Iterable

import simplemma
from spacy.language import Language
from spacy.tokens import Doc

from nlp.forms import key_flag
from nlp.state import Analysis

MIN_COMPOUND_TERM = 4
MIN_REMAINDER = 3
_CACHE_LIMIT = 200_000
# Linking sounds between the parts of a compound: stikstof|regels, boer|en|protest, natuur|s|...
LINKS = ("", "s", "e", "en", "-")
# Derivational endings that keep the term's meaning: protest|eren, protest|eerders, demonstr|ant.
DERIVATIONS = frozenset(
    {"eren", "eert", "eerde", "eerden", "erend", "erende", "eerder", "eerders", "er", "ers", "ster", "sters",
     "ing", "ingen", "je", "jes", "tje", "tjes"}
)


def plausible_head(rest: str) -> bool:
    """Is `rest` (what follows a term at the start of a token) a word of its own or a derivation?

    A prefix match needs a real second part: "stikstof|regels" and "protest|acties" mention the term,
    "Protest|antse" does not.
    """
    if rest in DERIVATIONS:
        return True
    for link in LINKS:
        if rest.startswith(link) and len(rest) - len(link) >= MIN_REMAINDER:
            head = rest[len(link):]
            if simplemma.is_known(head, lang="nl") or simplemma.is_known(head.rstrip("s"), lang="nl"):
                return True
    return False


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
    split point, not one comparison per term. Multiword terms are matched on the keys, where the last
    word may carry a hyphenated compound ("Natura 2000-gebieden" mentions "natura 2000"). Which
    spellings can mention a term at all is a spaCy lexeme flag (`nlp.forms.key_flag`), worked out
    once per spelling: a document is looked at only where it has such tokens.
    """

    def __init__(self, nlp: Language, terms: dict[str, list[str]], heads_only: bool) -> None:
        self.heads_only = heads_only
        self.exact: dict[str, list[str]] = {}
        self.parts: dict[str, list[str]] = {}
        self.heads: dict[str, list[str]] = {}
        self.firsts: dict[str, list[str]] = {}
        self.phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for label, words in terms.items():
            for word in words:
                tokens = tuple(t.lower_ for t in nlp.make_doc(word.lower()) if not t.is_space)
                if len(tokens) == 1:
                    self._index(tokens[0], label)
                elif tokens:
                    self.phrases.setdefault(tokens[0], []).append((tokens[1:], label))
        self.phrase_firsts = frozenset(self.phrases)
        self._cache: dict[str, tuple[str, ...]] = {}
        # spaCy marks every spelling that mentions a term or opens a multiword term, once per spelling
        self.flag = key_flag(nlp.vocab, self.is_candidate)

    def is_candidate(self, key: str) -> bool:
        """Does this lowercase token mention a single-word term or open a multiword one?"""
        return key in self.phrase_firsts or next(iter(self._match(key)), None) is not None

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
        exact = self.exact.get(key)
        if exact:  # a word the opgave lists itself beats a compound guess (akkerbouwer: not a bouwer)
            yield from exact
            return
        if "-" in key:
            for part in key.split("-"):
                yield from self.parts.get(part, ())
        n = len(key)
        for cut in range(MIN_REMAINDER, n - MIN_COMPOUND_TERM + 1):  # compound head: melkvee|houders
            yield from self.heads.get(key[cut:], ())
        if self.firsts:
            for cut in range(MIN_COMPOUND_TERM, n - MIN_REMAINDER + 1):  # first part: stikstof|regels
                found = self.firsts.get(key[:cut])
                if found and plausible_head(key[cut:]):
                    yield from found

    def matches(self, doc: Doc, keys: list[str], state: Analysis) -> list[tuple[int, int, str]]:
        """(start, end, label) for every mention in the doc, in text order.

        Only the tokens spaCy flagged as candidates are looked at (see `is_candidate`)."""
        candidates = self.flag.positions(doc, state)
        if not candidates:
            return []
        labels_for = self.labels_for
        found = [(i, i + 1, label) for i in candidates for label in labels_for(keys[i])]
        # most documents open no multiword term: one C-level test, then the list only when one does
        if self.phrase_firsts and not self.phrase_firsts.isdisjoint(map(keys.__getitem__, candidates)):
            firsts = [i for i in candidates if keys[i] in self.phrase_firsts]
            if firsts:
                found.extend(self._phrase_matches(keys, firsts))
                found.sort()
        return found

    def _phrase_matches(self, keys: list[str], starts: Iterable[int]) -> list[tuple[int, int, str]]:
        """Multiword terms starting at `starts` (indices of keys that open one); the last word may
        be the first part of a hyphenated token."""
        found: list[tuple[int, int, str]] = []
        n = len(keys)
        for i in starts:
            for rest, label in self.phrases[keys[i]]:
                end = i + 1 + len(rest)
                if end > n or any(keys[i + 1 + j] != w for j, w in enumerate(rest[:-1])):
                    continue
                last = keys[end - 1]
                if last == rest[-1] or last.startswith(rest[-1] + "-"):
                    found.append((i, end, label))
        return found
