"""Stakeholders from the opgave's gazetteer (`Doc._.stakeholders`): names, aliases and handles.

Short all-caps aliases (LTO, FDF, MOB) match case-sensitively, so "mob" or "lto" in running text
is no hit; everything else matches case-insensitively. Overlapping hits keep the longest.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

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
        firsts: set[str] = set()  # lowercase first tokens of all aliases: a cheap pre-check
        for entry in stakeholders:
            label = str(entry["name"])
            for alias in [label, *entry.get("aliases", [])]:
                matcher = self.exact if is_case_sensitive(alias) else self.lower
                pattern = nlp.make_doc(alias)
                matcher.add(label, [pattern])
                firsts.add(pattern[0].lower_)
            for handle in entry.get("handles", []):
                self.handles[handle.lower().lstrip("@")] = label
        self.firsts = frozenset(firsts)

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        keys: list[str] = state.keys or []
        spans: list[Span] = []
        if not self.firsts.isdisjoint(keys):
            spans = [Span(doc, s, e, label=m) for m, s, e in [*self.exact(doc), *self.lower(doc)]]
        if self.handles and any(k.startswith("@") for k in keys):
            for i, key in enumerate(keys):
                if key.startswith("@") and key[1:] in self.handles:
                    spans.append(Span(doc, i, i + 1, label=self.handles[key[1:]]))
        if not spans:
            return doc
        found: dict[str, str] = {}
        for span in filter_spans(spans):
            found.setdefault(span.label_, span.text)
        state.stakeholders = [{"name": n, "mention": m} for n, m in found.items()]
        return doc


@Language.factory("antennes_stakeholders", default_config={"stakeholders": []})
def make_stakeholders(nlp: Language, name: str, stakeholders: list[dict[str, Any]]) -> StakeholderTagger:
    """spaCy factory: `stakeholders` is a list of {"name", "aliases", "handles"}."""
    return StakeholderTagger(nlp, name, stakeholders)
