"""Target groups of a document (`Doc._.groups`, `Doc._.group_evidence`), each with its rule and evidence.

Rules, strongest first: `source` (the feed or subreddit speaks for the group, `Doc._.voice_of`),
`self` (the author identifies as a member: "als boer", "wij boeren", "ik ben zzp'er") and
`subject` (the group is what the sentence is about: "boeren zijn woedend"). A bare mention is
recorded as evidence with rule `mention` but does not make the document the group's voice.
Nothing here infers personal traits of an author; only what the text states about a group.
"""

from __future__ import annotations

from bisect import bisect_right
from operator import itemgetter

from spacy.language import Language
from spacy.tokens import Doc

from nlp.lexicon import grammar
from nlp.matching import TermIndex
from nlp.state import state_of

VOICE_RULES = ("source", "self", "subject")
_START = itemgetter(0)  # of a sentence's (start, end)


def is_number(key: str) -> bool:
    """A numeral in digits or words: 400, 1.200, dertig, vierhonderd, duizenden."""
    if key[:1].isdigit():
        return key.replace(".", "").replace(",", "").isdigit()
    return key in grammar.NUMBER_WORDS or key.endswith(grammar.NUMBER_ENDINGS)


# Every word that may stand right before the group noun when a `self_evidence` rule fires.
_SELF_BEFORE = frozenset({"wij", "we", "als", "jaar", "zelf"}) | grammar.SELF_FILLERS | grammar.SELF_VERBS


def self_evidence(keys: list[str], start: int, end: int, sent_start: int) -> str | None:
    """The words that show self-identification with the group noun at keys[start:end], if any."""
    prev = keys[start - 1] if start > sent_start else ""
    if prev not in _SELF_BEFORE:  # the common case: no rule below can fire
        return None
    if prev in ("wij", "we"):
        return " ".join(keys[start - 1 : end])
    if prev == "als" and start - 2 >= sent_start and keys[start - 2] in grammar.GENERIC_YOU:
        return None  # "wat moet je als natuurbeschermer": anyone, not the author
    if prev == "jaar" and start - 2 == sent_start and is_number(keys[start - 2]):
        return " ".join(keys[start - 2 : end])  # "Dertig jaar boer en nu ..."
    if prev == "zelf" and start - 1 == sent_start:
        return " ".join(keys[start - 1 : end])  # "Zelf boer, dus ..."
    if prev == "als" and any(k in grammar.FIRST_PERSON for k in keys[sent_start:start]):
        return " ".join(keys[start - 1 : end])
    if prev == "als" and start - 1 == sent_start:
        return " ".join(keys[start - 1 : end])
    j = start - 1
    while j > sent_start and keys[j] in grammar.SELF_FILLERS:
        j -= 1
    if j > sent_start and keys[j] in grammar.SELF_VERBS and keys[j - 1] in ("ik", "wij", "we"):
        return " ".join(keys[j - 1 : end])
    return None


def subject_evidence(keys: list[str], start: int, end: int, sent_start: int) -> str | None:
    """The words that show the group noun is the subject of a finite verb right after it.

    The noun must open its clause (after optional openers such as "de", "veel", "jonge"); the verb
    follows directly, after a short prepositional phrase ("boeren in Friesland zijn"), or at the end
    of a subordinate clause ("waarom boeren boos zijn"). A plural noun followed by a word in -en
    counts too ("jonge boeren haken af").
    """
    j = start - 1
    while j >= sent_start and (keys[j] in grammar.SUBJECT_OPENERS or is_number(keys[j])):
        j -= 1
    if j - 1 >= sent_start and keys[j] in grammar.AMONG and keys[j - 1] in grammar.EMOTION_NOUNS:
        return " ".join(keys[j - 1 : end])  # "de woede onder veehouders"
    subordinate = j >= sent_start and keys[j] in grammar.SUBORDINATORS
    if j >= sent_start and not subordinate and keys[j] not in grammar.CLAUSE_OPENERS:
        return None
    k = end
    while k < len(keys) and keys[k] in grammar.SUBJECT_SKIP:
        k += 1
    if k >= len(keys):
        return None
    reach = 3 if subordinate else 4 if keys[k] in grammar.PREPOSITIONS else 0
    for m in range(k, min(len(keys), k + reach + 1)):
        if keys[m] in grammar.SUBJECT_VERBS:
            return " ".join(keys[max(j + 1, sent_start) : m + 1])
        if keys[m] == ":" and not subordinate:  # quote attribution: "Varkenshouders in de Peel: '...'"
            return " ".join(keys[max(j + 1, sent_start) : m + 1])
        if not keys[m][:1].isalnum():
            break
    word = keys[k]
    if word.endswith("en") and len(word) > 4 and word.isalpha() and word not in grammar.NOT_VERBS:
        return " ".join(keys[max(j + 1, sent_start) : k + 1])
    return None


class GroupTagger:
    """Finds target groups by source, self-identification and subject, with evidence per rule."""

    def __init__(self, nlp: Language, name: str, groups: dict[str, list[str]]) -> None:
        self.name = name
        self.order = list(groups)
        self.index = TermIndex(nlp, groups, heads_only=True)
        self.rank = {(g, r): (i, _RULE_RANK[r]) for i, g in enumerate(self.order) for r in _RULE_RANK}

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        keys: list[str] = state.keys or []
        evidence: dict[tuple[str, str], str] = {}
        if state.voice_of in self.order:
            evidence[(state.voice_of, "source")] = f"bron spreekt namens {state.voice_of}"
        matches = self.index.matches(doc, keys, state)
        if not matches and not evidence:
            return doc
        starts = list(map(_START, state.sent_bounds)) or [0]  # where each match's sentence starts:
        for start, end, group in matches:
            sent_start = starts[max(0, bisect_right(starts, start) - 1)]  # (a call per match would cost)
            words = self_evidence(keys, start, end, sent_start)
            rule = "self"
            if words is None:
                words, rule = subject_evidence(keys, start, end, sent_start), "subject"
            if words is None:
                words, rule = " ".join(keys[start:end]), "mention"
            evidence.setdefault((group, rule), words)
        if len(evidence) == 1:  # the common case: nothing to sort, at most one group
            ((g, r), words), = evidence.items()
            state.group_evidence = [{"group": g, "rule": r, "evidence": words}]
            state.groups = [g] if r in VOICE_RULES else []
            return doc
        ordered = sorted(evidence, key=self.rank.__getitem__)  # every group is one of self.order
        state.group_evidence = [{"group": g, "rule": r, "evidence": evidence[g, r]} for g, r in ordered]
        state.groups = list(dict.fromkeys([g for g, r in ordered if r in VOICE_RULES]))
        return doc


_RULE_RANK = {"source": 0, "self": 1, "subject": 2, "mention": 3}


@Language.factory("antennes_groups", default_config={"groups": {}})
def make_groups(nlp: Language, name: str, groups: dict[str, list[str]]) -> GroupTagger:
    """spaCy factory: `groups` maps a target-group name to the nouns that name its members."""
    return GroupTagger(nlp, name, groups)
