"""Stakeholders from the opgave's gazetteer (`Doc._.stakeholders`): names, aliases and handles.

Short all-caps aliases (LTO, FDF, MOB) match case-sensitively, so "mob" or "lto" in running text
is no hit; everything else matches case-insensitively. Overlapping hits keep the longest.
"""

from __future__ import annotations

from itertools import compress
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from nlp.state import state_of

MAX_CASE_SENSITIVE = 6
_CACHE_LIMIT = 200_000


def is_case_sensitive(alias: str) -> bool:
    """Short all-caps aliases are acronyms whose lowercase forms are ordinary words or noise."""
    return len(alias) <= MAX_CASE_SENSITIVE and alias.isupper()


class StakeholderTagger:
    """Finds gazetteer stakeholders; `Doc._.stakeholders` is a list of {"name", "mention"}."""

    def __init__(self, nlp: Language, name: str, stakeholders: list[dict[str, Any]]) -> None:
        self.name = name
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.handles: dict[str, str] = {}
        firsts: set[str] = set()  # lowercase one-word aliases: a cheap pre-check
        self.pairs: dict[str, set[str]] = {}  # lowercase first -> second words of longer aliases
        self.prefixes: dict[str, str] = {}  # one-word alias -> name, for "RIVM-cijfers", "LTO-leden"
        for entry in stakeholders:
            label = str(entry["name"])
            for alias in [label, *entry.get("aliases", [])]:
                matcher = self.exact if is_case_sensitive(alias) else self.lower
                pattern = nlp.make_doc(alias)
                matcher.add(label, [pattern])
                if len(pattern) == 1:
                    firsts.add(pattern[0].lower_)
                else:
                    self.pairs.setdefault(pattern[0].lower_, set()).add(pattern[1].lower_)
                if len(pattern) == 1:
                    self.prefixes.setdefault(alias if is_case_sensitive(alias) else alias.lower(), label)
            for handle in entry.get("handles", []):
                self.handles[handle.lower().lstrip("@")] = label
        self.firsts = frozenset(firsts)
        self.pair_firsts = frozenset(self.pairs)
        self.handle_keys = frozenset("@" + h for h in self.handles)  # a cheap pre-check on the keys
        self._lower_prefixes = frozenset(p.lower() for p in self.prefixes)
        self._prefix_cache: dict[str, bool] = {}  # per key: hyphenated with an alias as first part?

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        keys: list[str] = state.keys or []
        spans: list[Span] = []
        if self._may_match(keys):
            spans = [Span(doc, s, e, label=m) for m, s, e in [*self.exact(doc), *self.lower(doc)]]
        if not self.handle_keys.isdisjoint(keys):
            for i, key in enumerate(keys):
                if key.startswith("@") and key[1:] in self.handles:
                    spans.append(Span(doc, i, i + 1, label=self.handles[key[1:]]))
        spans.extend(self._hyphenated(doc, keys))
        if not spans:
            return doc
        found: dict[str, str] = {}
        for span in filter_spans(spans):
            found.setdefault(span.label_, span.text)
        state.stakeholders = [{"name": n, "mention": m} for n, m in found.items()]
        return doc


    def _may_match(self, keys: list[str]) -> bool:
        """Does a one-word alias or the first two words of a longer alias occur (case-insensitively)?
        Only then the phrase matchers run: "de" opens aliases but also most Dutch sentences."""
        if not self.firsts.isdisjoint(keys):
            return True
        if self.pair_firsts.isdisjoint(keys):
            return False
        nexts = list(map(self.pairs.get, keys[:-1]))
        return any(keys[i + 1] in nexts[i] for i in compress(range(len(nexts)), nexts))  # type: ignore[operator]

    def _hyphenated(self, doc: Doc, keys: list[str]) -> list[Span]:
        """A one-word alias as the first part of a hyphenated compound: "RIVM-cijfers"."""
        found = list(map(self._prefix_cache.get, keys))
        if None in found:
            if len(self._prefix_cache) > _CACHE_LIMIT:
                self._prefix_cache.clear()
            for key in set(keys).difference(self._prefix_cache):
                hyphenated = "-" in key[1:-1] and key[:1].isalnum()
                self._prefix_cache[key] = hyphenated and key.split("-", 1)[0] in self._lower_prefixes
            found = list(map(self._prefix_cache.__getitem__, keys))
        spans = []
        for i in compress(range(len(keys)), found):
            first = doc[i].text.split("-", 1)[0]  # acronyms match in their own case only
            label = self.prefixes.get(first) or self.prefixes.get(first.lower())
            if label is not None:
                spans.append(Span(doc, i, i + 1, label=label))
        return spans


@Language.factory("antennes_stakeholders", default_config={"stakeholders": []})
def make_stakeholders(nlp: Language, name: str, stakeholders: list[dict[str, Any]]) -> StakeholderTagger:
    """spaCy factory: `stakeholders` is a list of {"name", "aliases", "handles"}."""
    return StakeholderTagger(nlp, name, stakeholders)
