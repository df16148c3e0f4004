"""Discover organisation-like names and handles that the opgave's gazetteer does not know yet.

The policy officer gets candidates to add to `stakeholders:` in the YAML, each with a count and a
few example sentences. Three kinds of evidence, all cheap and explainable:
- social handles (`@BoerenBelang`),
- acronyms of two to six capitals (`NVWA`, `ZLTO`), minus everyday ones (EU, CO2, ...),
- capitalised names of two or more words that contain an organisation word
  (`Vereniging Leefmilieu`, `Stichting Boerenbelang`, `Coöperatie Agrifirm`).
Persons are never candidates: a capitalised name without an organisation word is ignored.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from config.schema import Opgave

ORG_WORDS: frozenset[str] = frozenset(
    [
        "vereniging", "stichting", "bond", "partij", "federatie", "raad", "ministerie", "provincie",
        "gemeente", "coöperatie", "cooperatie", "unie", "instituut", "bank", "organisatie", "platform",
        "collectief", "alliantie", "netwerk", "commissie", "kamer", "agentschap", "dienst", "waterschap",
        "bv", "nv", "vakbond", "belangenvereniging", "coalitie", "fonds", "beweging", "actiegroep",
        "vakcentrale", "autoriteit", "inspectie", "planbureau", "universiteit", "hogeschool", "academie",
    ]
)
CONNECTORS: frozenset[str] = frozenset({"van", "voor", "en", "de", "het", "een", "der", "op", "in", "&"})
COMMON_ACRONYMS: frozenset[str] = frozenset(
    [
        "EU", "VS", "NL", "UK", "VN", "CO2", "NOX", "NH3", "AOW", "BTW", "OV", "TV", "PDF", "ICT", "HR",
        "CEO", "JA", "NEE", "OK", "AI", "BV", "NV", "II", "III", "IV", "ZZP", "MKB", "EN", "OF", "DE", "HET",
        "WC", "GPS", "USB", "FAQ", "NB", "PS",
    ]
)
_ORG_HEADS = ("instituut", "bond", "vereniging", "stichting", "federatie", "schap", "coöperatie", "partij")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
_HANDLE = re.compile(r"^@\w{2,30}$")
MAX_EXAMPLES = 3


@lru_cache(maxsize=1)
def _tokenizer() -> Language:
    return spacy.blank("nl")


def _known(opgave: Opgave) -> set[str]:
    """Lowercase names the opgave already has: stakeholders, and topic terms (KDW, LBV are no org)."""
    known: set[str] = set()
    for s in opgave.stakeholders:
        for name in [s.name, *s.aliases, *s.handles]:
            known.add(name.lower().lstrip("@"))
    known.update(term.lower() for topic in opgave.topics for term in topic.terms)
    return known


def _names_in(doc: Doc) -> Iterable[tuple[str, int]]:
    """(candidate name, start token) for handles, acronyms and organisation names in the doc."""
    words = [t.text for t in doc]
    i, n = 0, len(words)
    while i < n:
        word = words[i]
        acronym = _ACRONYM.match(word) and word.isupper() and word not in COMMON_ACRONYMS
        if _HANDLE.match(word) or acronym:
            yield word, i
        if word[:1].isupper() and word[:1].isalpha():
            j = i + 1
            while j < n and (words[j][:1].isupper() or (words[j] in CONNECTORS and j + 1 < n
                                                         and words[j + 1][:1].isupper())):
                j += 1
            span = _organisation(words[i:j])
            if span is not None:
                yield " ".join(words[i + span[0] : i + span[1]]), i + span[0]
                i = j
                continue
        i += 1


def _is_org_word(word: str) -> bool:
    low = word.lower()
    return low in ORG_WORDS or any(low.endswith(w) and len(low) > len(w) + 2 for w in _ORG_HEADS)


def _organisation(span: list[str]) -> tuple[int, int] | None:
    """(start, end) within a capitalised run of the organisation name it holds, if any.

    The name starts at its first organisation word, extended left over adjacent capitalised words
    ("Nederlandse Vakbond ..."), never over a connector: "Jan Jansen van de Vereniging X" gives
    "Vereniging X", "Volgens de Vereniging X" too.
    """
    first = next((k for k, w in enumerate(span) if _is_org_word(w)), None)
    if first is None:
        return None
    start = first
    while start > 0 and span[start - 1].lower() not in CONNECTORS and span[start - 1][:1].isupper():
        start -= 1
    end = len(span)
    while end > start + 1 and span[end - 1] in CONNECTORS:
        end -= 1
    return (start, end) if end - start >= 2 else None


def _sentence_around(doc: Doc, index: int) -> str:
    start = max(0, index - 12)
    return doc[start : min(len(doc), index + 13)].text.strip()


def discover_candidates(
    texts: Iterable[str | Doc], opgave: Opgave, min_count: int = 3
) -> list[dict[str, Any]]:
    """Names seen at least `min_count` times that are no stakeholder (name, alias or handle) yet.

    Returns `[{"name", "count", "examples"}]`, most frequent first; examples are short snippets.
    """
    known = _known(opgave)
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for item in texts:
        doc = item if isinstance(item, Doc) else _tokenizer().make_doc(item[:20_000])
        for name, index in _names_in(doc):
            if name.lower().lstrip("@") in known:
                continue
            counts[name] += 1
            found = examples.setdefault(name, [])
            if len(found) < MAX_EXAMPLES:
                found.append(_sentence_around(doc, index))
    ranked = sorted((c, name) for name, c in counts.items() if c >= min_count)
    ranked.sort(key=lambda cn: (-cn[0], cn[1]))
    return [{"name": name, "count": c, "examples": examples[name]} for c, name in ranked]
