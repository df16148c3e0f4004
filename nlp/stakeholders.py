"""Stakeholders from the opgave's gazetteer (`Doc._.stakeholders`): names, aliases and handles.

Short all-caps aliases (LTO, FDF, MOB) match case-sensitively, so "mob" or "lto" in running text
is no hit; everything else matches case-insensitively. Overlapping hits keep the longest.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from nlp.forms import key_flag
from nlp.state import state_of

MAX_CASE_SENSITIVE = 6


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
        # what each matcher needs to find anything (so it runs only then): the lowercase first word
        # of a case-sensitive alias; a lowercase one-word alias, or the first two words of a longer one
        exact_keys: set[str] = set()
        lower_firsts: set[str] = set()
        self.lower_pairs: dict[str, set[str]] = {}
        # the case-insensitive aliases by their first word: (lowercase words, name), matched here on
        # the keys (see `_lower_matches`), which is what `self.lower` would find, without its scan
        self.lower_aliases: dict[str, list[tuple[list[str], str]]] = {}
        lower_names: dict[tuple[str, ...], set[str]] = {}
        self.longest = 1  # tokens in the longest alias
        for entry in stakeholders:
            label = str(entry["name"])
            for alias in [label, *entry.get("aliases", [])]:
                matcher = self.exact if is_case_sensitive(alias) else self.lower
                pattern = nlp.make_doc(alias)
                matcher.add(label, [pattern])
                self.longest = max(self.longest, len(pattern))
                if matcher is self.exact:
                    exact_keys.add(pattern[0].lower_)
                else:
                    words = [t.lower_ for t in pattern]
                    if label not in lower_names.setdefault(tuple(words), set()):
                        lower_names[tuple(words)].add(label)
                        self.lower_aliases.setdefault(words[0], []).append((words, label))
                    if len(pattern) == 1:
                        lower_firsts.add(pattern[0].lower_)
                    else:
                        self.lower_pairs.setdefault(pattern[0].lower_, set()).add(pattern[1].lower_)
                if len(pattern) == 1:
                    firsts.add(pattern[0].lower_)
                else:
                    self.pairs.setdefault(pattern[0].lower_, set()).add(pattern[1].lower_)
                if len(pattern) == 1:
                    self.prefixes.setdefault(alias if is_case_sensitive(alias) else alias.lower(), label)
            for handle in entry.get("handles", []):
                self.handles[handle.lower().lstrip("@")] = label
        # an alias of two stakeholders: which comes first is the phrase matcher's to say, so it runs
        self.own_lower = all(len(names) == 1 for names in lower_names.values())
        self.firsts = frozenset(firsts)
        self.pair_firsts = frozenset(self.pairs)
        self.exact_keys = frozenset(exact_keys)
        self.lower_firsts = frozenset(lower_firsts)
        self.handle_keys = frozenset("@" + h for h in self.handles)  # a cheap pre-check on the keys
        self._lower_prefixes = frozenset(p.lower() for p in self.prefixes)
        # spaCy marks every spelling that may be (part of) a mention, once per spelling
        self.flag = key_flag(nlp.vocab, self.is_candidate)

    def is_candidate(self, key: str) -> bool:
        """May this lowercase token be (the start of) a mention: a one-word alias, the first word of
        a longer one, a handle, or a hyphenated compound opening with an alias?"""
        return key in self.firsts or key in self.pair_firsts or key in self.handle_keys or self._prefixed(key)

    def _prefixed(self, key: str) -> bool:
        return "-" in key[1:-1] and key[:1].isalnum() and key.split("-", 1)[0] in self._lower_prefixes

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        candidates = self.flag.positions(doc, state)
        if not candidates:  # the common case: nothing that could be a mention
            return doc
        keys: list[str] = state.keys or []
        # Where could a case-sensitive or a case-insensitive alias start? Every match starts at such a
        # token, so the case-sensitive matcher reads only the stretch from the first to the last one
        # (and the rest of the longest alias), and the case-insensitive aliases are compared right
        # there (`_lower_matches`): the same matches, and in the order that decides overlaps.
        exact: list[int] = []
        lower: list[int] = []
        handles: list[tuple[int, int, str]] = []
        hyphenated: list[int] = []
        last = len(keys) - 1
        for i in candidates:
            key = keys[i]
            if key in self.exact_keys:
                exact.append(i)
            if key in self.lower_firsts or (i < last and keys[i + 1] in self.lower_pairs.get(key, ())):
                lower.append(i)
            if key in self.handle_keys:
                handles.append((i, i + 1, self.handles[key[1:]]))
            elif "-" in key and self._prefixed(key):
                hyphenated.append(i)
        spans: list[tuple[int, int, str]] = []  # (start, end, name): plain tuples, not Span objects
        if exact or lower:  # only then a phrase matcher runs: "de" opens aliases but also most sentences
            n = len(keys)
            strings = doc.vocab.strings
            if exact:
                matches = self.exact(doc[exact[0] : min(n, exact[-1] + self.longest)])
                spans = [(s, e, strings[m]) for m, s, e in matches]
            if lower and self.own_lower:
                spans.extend(self._lower_matches(keys, lower))
            elif lower:
                matches = self.lower(doc[lower[0] : min(n, lower[-1] + self.longest)])
                spans.extend((s, e, strings[m]) for m, s, e in matches)
        spans.extend(handles)
        if hyphenated:
            spans.extend(self._hyphenated(doc, hyphenated))
        if not spans:
            return doc
        found: dict[str, str] = {}
        for start, end, name in longest_spans(spans):
            if name not in found:
                found[name] = doc[start].text if end - start == 1 else doc[start:end].text
        state.stakeholders = [{"name": n, "mention": m} for n, m in found.items()]
        return doc

    def _lower_matches(self, keys: list[str], positions: list[int]) -> list[tuple[int, int, str]]:
        """The case-insensitive aliases at `positions` (where every such match starts), in order:
        the matches `self.lower` finds there, for a few list comparisons instead of a matcher run."""
        found = []
        n = len(keys)
        for i in positions:
            for words, name in self.lower_aliases.get(keys[i], ()):
                end = i + len(words)
                if end <= n and keys[i:end] == words:
                    found.append((i, end, name))
        return found

    def _hyphenated(self, doc: Doc, positions: list[int]) -> list[tuple[int, int, str]]:
        """A one-word alias as the first part of a hyphenated compound: "RIVM-cijfers"."""
        spans = []
        for i in positions:
            first = doc[i].text.split("-", 1)[0]  # acronyms match in their own case only
            label = self.prefixes.get(first) or self.prefixes.get(first.lower())
            if label is not None:
                spans.append((i, i + 1, label))
        return spans


def _span_key(span: tuple[int, int, str]) -> tuple[int, int]:
    return span[1] - span[0], -span[0]


def _start(span: tuple[int, int, str]) -> int:
    return span[0]


def longest_spans(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`spacy.util.filter_spans` on (start, end, label) tuples, in the same order (the first longest
    span wins an overlap): building Span objects cost more than the rest of the component."""
    if len(spans) == 1:  # the common case: nothing can overlap
        return spans
    kept: list[tuple[int, int, str]] = []
    seen: set[int] = set()
    for span in sorted(spans, key=_span_key, reverse=True):
        start, end = span[0], span[1]
        if start not in seen and end - 1 not in seen:
            kept.append(span)
            seen.update(range(start, end))
    return sorted(kept, key=_start)


@Language.factory("antennes_stakeholders", default_config={"stakeholders": []})
def make_stakeholders(nlp: Language, name: str, stakeholders: list[dict[str, Any]]) -> StakeholderTagger:
    """spaCy factory: `stakeholders` is a list of {"name", "aliases", "handles"}."""
    return StakeholderTagger(nlp, name, stakeholders)
