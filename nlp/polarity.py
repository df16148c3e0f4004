"""Rule-based polarity of one sentence, given its lowercase tokens: pure functions, no spaCy.

The rules follow VADER's design, adapted to Dutch: lexicon hits, scaled by intensifiers, flipped
and damped by negation, reweighted around contrast words (the later clause counts more), boosted
by exclamation marks and capitals, damped in questions, and flipped by cheap irony markers (see
`nlp.irony`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from nlp.irony import IRONY_CONTEXT, IRONY_WORDS, QUOTES, ironic_sentence
from nlp.lemmas import lemma_of
from nlp.lexicon import own_lexicon, pattern_lexicon, rules, sentiment_lexicon
from nlp.lexicon.neutral import NEUTRAL

_REPEATS = re.compile(r"(.)\1{2,}")
_ADJECTIVE_ENDINGS = ("e", "er", "ere", "st", "ste")
_CLAUSE_END = frozenset({".", ",", ";", ":", "!", "?", "...", "en", "maar", "want", "omdat", "dus", "of"})
_SUBCLAUSE = frozenset({"dat", "waarom", "hoe", "wat", "als", "wanneer", "terwijl", "omdat"})
_PARTICLES = frozenset(
    {"van", "mee", "op", "aan", "over", "in", "om", "meer", "hoor", "echt", "vanzelf", "zomaar", "genoeg"}
)
_COMPOUND_MIN = 0.4  # only clearly loaded heads count inside compounds (stikstofgedoe, mestchaos)
_VALUE = itemgetter(1)
_START = itemgetter(0)


@dataclass(frozen=True)
class Settings:
    """Weights of the rules; the defaults were tuned on the development sets (see nlp/MODEL_CARD.md)."""

    alpha: float = 1.0             # normalisation: score = raw / sqrt(raw² + alpha)
    negation: float = 0.6          # a negated word keeps this share of its polarity, flipped
    negated_negative: float = 0.3  # a negated negative word ("geen drama") is only faintly positive
    before_contrast: float = 0.4   # weight of hits before "maar"/"echter" in the sentence
    after_contrast: float = 2.0    # weight of hits after it
    exclamation: float = 0.15      # boost per "!" (at most three)
    question: float = 0.7          # questions hedge
    irony: float = 0.6             # a positive sentence with an irony marker becomes this negative share
    caps: float = 1.3              # an all-caps word in a mixed-case sentence shouts
    hashtag: float = 1.2           # a sentiment hashtag is a deliberate stance


@dataclass(slots=True)
class SentenceScore:
    """One sentence: raw sum, normalised score in -1..1, and the terms that made it."""

    raw: float = 0.0
    score: float = 0.0
    terms: list[tuple[str, float]] = field(default_factory=list)
    contrast_start: bool = False


@lru_cache(maxsize=1)
def _multiword() -> tuple[dict[str, float], dict[str, frozenset[str]]]:
    """Lexicon phrases, and for each first word the second words its phrases continue with."""
    lex = sentiment_lexicon()
    multi = {k: v for k, v in lex.items() if " " in k}
    seconds: dict[str, set[str]] = {}
    for phrase in multi:
        first, second = phrase.split(" ")[:2]
        seconds.setdefault(first, set()).add(second)
    global _MULTIWORD
    _MULTIWORD = multi, {k: frozenset(v) for k, v in seconds.items()}
    return _MULTIWORD


# `_multiword()`'s answer once made: read per sentence, where even a cached call costs (hot path)
_MULTIWORD: tuple[dict[str, float], dict[str, frozenset[str]]] | None = None


def _by_lemma(key: str) -> float | None:
    """Our lexicon by any lemma; Pattern's adjectives only for inflected adjective forms (mooie, mooiste)."""
    lemma = lemma_of(key)
    if lemma == key:
        return None
    found = own_lexicon().get(lemma)
    if found is None and key.endswith(_ADJECTIVE_ENDINGS):
        found = pattern_lexicon().get(lemma)
    return found


def _compound_head(key: str) -> float | None:
    """A loaded word of our own lexicon as the head of a compound: stikstof|gedoe, mest|chaos."""
    if len(key) < 8 or not key.isalpha():
        return None
    own = own_lexicon()
    for cut in range(3, len(key) - 3):
        found = own.get(key[cut:])
        if found is not None and abs(found) >= _COMPOUND_MIN and len(key) - cut >= 4:
            return found
    return None


def present_rule_words(keys: Sequence[str]) -> frozenset[str]:
    """The rule words (`RULE_WORDS`) among `keys`."""
    return RULE_WORDS.intersection(keys)


_POLARITY_CACHE: dict[str, float] = {}
_CACHE_LIMIT = 200_000


def polarities(keys: Sequence[str]) -> list[float]:
    """`word_polarity` of every key, through a plain dict cache (the hot path of the pipeline)."""
    cache = _POLARITY_CACHE
    found = list(map(cache.get, keys))
    if None in found:
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        for key in set(keys).difference(cache):
            cache[key] = word_polarity(key)
        found = list(map(cache.__getitem__, keys))
    return found  # type: ignore[return-value]  # no None left


def phrase_starts(keys: Sequence[str]) -> list[int]:
    """Positions where a lexicon phrase of two or three words stands ("uit de hand", "groen licht"),
    found the plain way: its first two words stand, then the whole phrase (`_phrase_at`)."""
    if multiword_firsts().isdisjoint(keys):
        return []
    seconds = _multiword()[1]
    nexts = list(map(seconds.get, keys[:-1]))
    return [
        i for i in compress(range(len(nexts)), nexts)
        if (keys[i + 1] in nexts[i] or keys[i + 1].rstrip(".") in nexts[i])  # type: ignore[operator]
        and _phrase_at(keys, i, len(keys)) is not None
    ]


def phrase_starts_of(keys: Sequence[str], nexts: Sequence[AbstractSet[str]]) -> list[int]:
    """`phrase_starts(keys)`, given per key the second words of the lexicon phrases it opens
    (`phrase_nexts`, empty for most words: the forms hold it, so no lookup per first word).

    Most first words ("in", "de", "op") open no phrase where they stand: only real phrase starts
    become positions for `_hits`, so sentences without one skip the phrase lookups."""
    found = []
    end = len(keys)
    for i in compress(range(end - 1), nexts):
        after, seconds = keys[i + 1], nexts[i]
        # the first two words ("." in `after`: else rstrip changes nothing), then the whole phrase
        if (after in seconds or ("." in after and after.rstrip(".") in seconds)) and _phrase_at(
            keys, i, end
        ) is not None:
            found.append(i)
    return found


_NO_WORDS: frozenset[str] = frozenset()


def phrase_nexts(key: str) -> frozenset[str]:
    """The second words of the lexicon phrases that `key` opens ("de" for "uit"); empty for most."""
    seconds = _MULTIWORD[1] if _MULTIWORD is not None else _multiword()[1]
    return seconds.get(key, _NO_WORDS)


@lru_cache(maxsize=1)
def _phrase_table() -> dict[tuple[str, ...], float]:
    """The lexicon phrases by their words, to look up without joining tokens: "uit de hand" as
    ("uit", "de hand") and ("uit", "de", "hand"), "groen licht" as ("groen", "licht").

    Where `_hits` looks, the first two tokens are words of phrases (no space in them), so the
    tokens a, b joined ("a b") are a phrase exactly when (a, b) is a key, and a, b, c exactly when
    (a, b, c) is: `str.split` with a limit keeps the rest of the phrase whole."""
    global _PHRASES
    table: dict[tuple[str, ...], float] = {}
    for phrase, value in _multiword()[0].items():
        table[tuple(phrase.split(" ", 1))] = value
        if phrase.count(" ") >= 2:
            table[tuple(phrase.split(" ", 2))] = value
    _PHRASES = table
    return table


# `_phrase_table()` once made (hot path, as `_MULTIWORD`)
_PHRASES: dict[tuple[str, ...], float] | None = None


def _phrase_at(keys: Sequence[str], i: int, hi: int) -> tuple[int, float] | None:
    """(length, polarity) of the lexicon phrase of three, else two words at keys[i] that ends by
    `hi`, if any; the first two words must be words of phrases (see `_phrase_table`). A last word
    may carry a full stop ("uit de hand." is one token "hand." for spaCy)."""
    table = _PHRASES if _PHRASES is not None else _phrase_table()
    key, after = keys[i], keys[i + 1]
    if i + 3 <= hi:
        third = keys[i + 2]
        value = table.get((key, after, third))
        if value is None and third.endswith("."):
            value = table.get((key, after, third[:-1]))
        if value is not None:
            return 3, value
    value = table.get((key, after))
    if value is None and after.endswith("."):
        value = table.get((key, after[:-1]))
    return None if value is None else (2, value)


@lru_cache(maxsize=1)
def multiword_firsts() -> frozenset[str]:
    """First words of the lexicon's phrases ("in de steek", "groen licht")."""
    return frozenset(_multiword()[1])


@lru_cache(maxsize=1024)
def word_polarity(key: str) -> float:
    """Polarity of one lowercase token: the form, else its lemma, else with letter repeats squeezed."""
    lex = sentiment_lexicon()
    found = lex.get(key)
    if found is not None:
        return found
    if not key[:1].isalpha() or key in NEUTRAL:
        return 0.0
    if key.endswith(".") and key[:-1].isalpha():  # spaCy keeps some words with their full stop: "ver."
        return word_polarity(key[:-1])
    found = _by_lemma(key)
    if found is not None:
        return found
    found = _compound_head(key)
    if found is not None:
        return found
    if _REPEATS.search(key):
        for squeezed in (_REPEATS.sub(r"\1", key), _REPEATS.sub(r"\1\1", key)):
            found = lex.get(squeezed)
            if found is None:
                found = _by_lemma(squeezed)
            if found is not None:
                return found
    return 0.0


def _hits(
    keys: Sequence[str], pols: Sequence[float], positions: Sequence[int], lo: int, hi: int
) -> list[tuple[int, int, float]]:
    """(start, end, polarity) of the lexicon words and phrases of the sentence keys[lo:hi], longest
    phrase first. Only `positions` are visited: the sorted indices (lo <= i < hi) of its lexicon
    words and of the first words of lexicon phrases whose second word follows."""
    seconds = _MULTIWORD[1] if _MULTIWORD is not None else _multiword()[1]
    hits: list[tuple[int, int, float]] = []
    i = lo
    for pos in positions:
        if pos < i:
            continue
        i = pos
        key = keys[i]
        if key in seconds and i + 1 < hi and (
            keys[i + 1] in seconds[key] or ("." in keys[i + 1] and keys[i + 1].rstrip(".") in seconds[key])
        ):
            phrase = _phrase_at(keys, i, hi)
            if phrase is not None:
                size, value = phrase
                if value:  # a 0.0 phrase ("eerlijk gezegd") cancels its words
                    hits.append((i, i + size, value))
                i += size
                continue
        pol = pols[i]
        if pol and (key not in _MODIFIERS or not _modifier(keys, i, pols, lo, hi)):
            hits.append((i, i + 1, pol))
        i += 1
    return hits


# Keys `_modifier` can say yes to; any other key is not one (a set lookup instead of a call).
_MODIFIERS = frozenset(rules.INTENSIFIERS) | rules.NOUN_SENSES


def _modifier(keys: Sequence[str], i: int, pols: Sequence[float], lo: int, hi: int) -> bool:
    """An intensifier before another word ("zeer gewaardeerd") or a noun sense after an article ("de top").

    Evaluative intensifiers keep their own polarity before a word without one: "bizar veel regels"
    is a complaint, "bizar goed" only intensifies.
    """
    key = keys[i]
    if key in rules.INTENSIFIERS and i + 1 < hi and keys[i + 1][:1].isalpha():
        return not (key in rules.EVALUATIVE_INTENSIFIERS and not pols[i + 1])
    if key not in rules.NOUN_SENSES or i == lo:
        return False
    before = keys[i - 1]  # "de top", "de Europese top": a noun after an article or inflected adjective
    return before in rules.ARTICLES or (len(before) > 3 and before.endswith("e") and before.isalpha())


def _intensity(
    keys: Sequence[str], start: int, hit_starts: set[int], consumed: set[int], lo: int
) -> tuple[float, int]:
    """Multiplier from the intensifier chain just before `start` (not before the sentence start `lo`);
    returns (factor, first index)."""
    factor, j = 1.0, start - 1
    if j - 1 >= lo and keys[j] == "een" and keys[j - 1] == "wat":
        return 1.3, j - 1
    while j >= lo and keys[j] in rules.INTENSIFIERS and start - j <= 2:
        factor *= rules.INTENSIFIERS[keys[j]]
        if j in hit_starts:
            consumed.add(j)
        j -= 1
    return factor, j + 1


def _negator(keys: Sequence[str], start: int, end: int, hit_starts: set[int], lo: int, hi: int) -> int:
    """Index of a negator up to three tokens before, or closing the clause up to four after, within
    the sentence keys[lo:hi]; else -1."""
    for j in range(start - 1, max(lo - 1, start - 4), -1):
        if keys[j] in rules.NEGATORS:
            emphatic = keys[j] in ("nooit", "nimmer") and keys[j + 1] in rules.EMPHATIC_AFTER_NEGATOR
            return -1 if emphatic else j
        if keys[j] in _CLAUSE_END or keys[j] in rules.CONTRAST:
            break
    for j in range(end, min(hi, end + 4)):
        key = keys[j]
        if j in hit_starts or key in _CLAUSE_END:
            return -1
        if key in rules.NEGATORS:
            k = j + 1
            if k < hi and keys[k] in _PARTICLES:  # "ik geloof er niks van"
                k += 1
            nxt = keys[k] if k < hi else "."
            return j if nxt in _CLAUSE_END or nxt in rules.CONTRAST or nxt in _SUBCLAUSE else -1
    return -1


def score_sentence(
    keys: Sequence[str], caps: frozenset[int] = frozenset(), hashtags: frozenset[int] = frozenset(),
    settings: Settings = Settings(), pols: Sequence[float] | None = None, ironic: bool = False,
    positions: Sequence[int] | None = None,
) -> SentenceScore:
    """Score one sentence given its lowercase keys, its all-caps and its hashtag token indices.

    `pols` may pass the keys' word polarities when the caller computed them for a whole document;
    `ironic` says that the document as a whole is marked as ironic (see `irony.ironic_document`);
    `positions` may pass the sorted indices of lexicon words and phrase starts (see `_hits`).
    """
    if pols is None:
        pols = polarities(keys)
    if positions is None:
        positions = list(compress(range(len(keys)), pols))
        starts = phrase_starts(keys)
        if starts:
            positions = sorted({*positions, *starts})
    rules_at = [i for i, k in enumerate(keys) if k in RULE_WORDS]
    shouting = caps if caps and 2 * len(caps) <= len(keys) else frozenset()
    bounds = [(0, len(keys))]
    scored = score_sentences(keys, bounds, positions, rules_at, shouting, hashtags, settings, pols, ironic)
    return scored[0][1] if scored else SentenceScore(contrast_start=bool(keys) and keys[0] in rules.CONTRAST)


def shouting_caps(caps: AbstractSet[int], lo: int, hi: int) -> AbstractSet[int]:
    """The all-caps words (`caps`, document indices) that shout in the sentence lo..hi: all of
    them, unless half the sentence or more is in capitals (then capitals are just its style)."""
    local = sum(1 for i in caps if lo <= i < hi)
    return caps if local and 2 * local <= hi - lo else frozenset()


def score_sentences(
    keys: Sequence[str], bounds: Sequence[tuple[int, int]], positions: Sequence[int],
    rules_at: Sequence[int], caps: AbstractSet[int], hashtags: AbstractSet[int], settings: Settings,
    pols: Sequence[float], ironic: bool,
) -> list[tuple[int, SentenceScore]]:
    """`score_sentence` for every sentence of a document that needs it: (index into `bounds`,
    score) of each sentence with terms, in order, without copying the sentences (a sentence
    without terms scores 0.0 and adds nothing: the callers only read the ones with terms).

    Every index is an index into the document: `positions` are the lexicon words and phrase starts
    and `rules_at` the rule words (`RULE_WORDS`), both sorted: the rarer rules look only there;
    `caps` and `hashtags` as for `score_sentence` (see `shouting_caps`). `bounds` cover the
    document. One loop over the sentences (no call per sentence: this is the hot path).
    """
    out: list[tuple[int, SentenceScore]] = []
    p, count = 0, len(positions)
    r, rule_count = 0, len(rules_at)
    for s, (lo, hi) in enumerate(bounds):
        if p == count:
            break
        if positions[p] >= hi:
            continue
        q = p + 1
        while q < count and positions[q] < hi:
            q += 1
        found, p = positions[p:q], q
        while r < rule_count and rules_at[r] < lo:
            r += 1
        t = r
        while t < rule_count and rules_at[t] < hi:
            t += 1
        local_rules, r = rules_at[r:t], t
        contrast_start = keys[lo] in rules.CONTRAST
        hits = _hits(keys, pols, found, lo, hi)
        if not hits:  # no terms: scores 0.0, as every sentence left out (see `score_sentence`)
            continue
        if not local_rules:  # no rule word: most likely each hit is a term as it stands
            scored = _plain_terms(keys, lo, hits, caps, hashtags)
            if scored is not None:
                if ironic and any(v > 0 for _, v in scored):
                    scored = [(t, -v * settings.irony if v > 0 else v) for t, v in scored]
                raw = sum(map(_VALUE, scored))
                score = raw / math.sqrt(raw * raw + settings.alpha)
                out.append((s, SentenceScore(raw, score, scored, contrast_start)))
                continue
        shouting = shouting_caps(caps, lo, hi) if caps else caps
        present = set(map(keys.__getitem__, local_rules))  # the rule words of the sentence
        terms = _terms(keys, lo, hi, hits, present, local_rules, shouting, hashtags, settings)
        ironic_here = ironic or (
            not IRONY_WORDS.isdisjoint(present)
            and ironic_sentence(keys, hashtags, hits, local_rules, present, lo, hi)
        )
        if ironic_here and any(v > 0 for _, _, v in terms):
            terms = [(i, t, -v * settings.irony if v > 0 else v) for i, t, v in terms]
        terms.sort()
        if present and not _SCALE_MARKS.isdisjoint(present):
            scale = _sentence_scale(keys[lo:hi], settings)
            scored = [(term, value * scale) for _, term, value in terms]
        else:  # no "!" or "?" in the sentence: the scale is 1.0 and value * 1.0 == value
            scored = [(term, value) for _, term, value in terms]
        raw = sum(map(_VALUE, scored))
        score = raw / math.sqrt(raw * raw + settings.alpha)
        out.append((s, SentenceScore(raw, score, scored, contrast_start)))
    return out


def _plain_terms(
    keys: Sequence[str], lo: int, hits: list[tuple[int, int, float]], caps: AbstractSet[int],
    hashtags: AbstractSet[int],
) -> list[tuple[str, float]] | None:
    """(term, value) of each hit of a sentence without rule words (no contrast, negation, irony or
    sentence marks), when no hit is intensified, in capitals or a hashtag: then `_terms` would
    keep every hit as it is. None when one is (`_terms` decides)."""
    found: list[tuple[str, float]] = []
    intensifiers = rules.INTENSIFIERS
    for start, end, pol in hits:
        if start > lo and (keys[start - 1] in intensifiers or keys[start - 1] == "een"):
            return None
        if end - start == 1:
            if (caps and start in caps) or (hashtags and start in hashtags):
                return None
            found.append((keys[start], pol))
        else:
            if (caps and start in caps) or (hashtags and not hashtags.isdisjoint(range(start, end))):
                return None
            found.append((" ".join(keys[start:end]), pol))
    return found


def _terms(
    keys: Sequence[str], lo: int, hi: int, hits: list[tuple[int, int, float]], present: AbstractSet[str],
    rules_at: Sequence[int], shouting: AbstractSet[int], hashtags: AbstractSet[int], settings: Settings,
) -> list[tuple[int, str, float]]:
    """(start, term, value) of each hit of the sentence keys[lo:hi] after intensifiers, negation,
    contrast, capitals and hashtags (irony and the sentence marks are applied by the caller)."""
    hit_starts: set[int] | None = None  # made when a rule needs it (most sentences need none)
    consumed: AbstractSet[int] = frozenset()  # becomes a set when an intensifier is consumed
    contrast, negations = -1, False
    if present:  # only then can the contrast and negation rules fire
        if not rules.CONTRAST.isdisjoint(present):  # the last contrast word after the start
            for i in reversed(rules_at):  # sorted: the first found from the end is the largest
                if i > lo and keys[i] in rules.CONTRAST:
                    contrast = i
                    break
        negations = not rules.NEGATORS.isdisjoint(present)
    terms: list[tuple[int, str, float]] = []
    for start, end, pol in reversed(hits):  # right to left, so intensifiers are consumed first
        if start in consumed:
            continue
        if start > lo and (keys[start - 1] in rules.INTENSIFIERS or keys[start - 1] == "een"):
            if hit_starts is None:
                hit_starts = set(map(_START, hits))
            if not consumed:
                consumed = set()
            factor, first = _intensity(keys, start, hit_starts, consumed, lo)  # type: ignore[arg-type]
            value = pol * factor
        else:  # nothing that could intensify right before the hit
            first, value = start, pol
        negator = -1
        if negations:
            if hit_starts is None:
                hit_starts = set(map(_START, hits))
            negator = _negator(keys, start, end, hit_starts, lo, hi)
        # the term's words: keys[a:b], then keys[after] if after >= 0
        after = -1
        if negator >= 0:
            value = -value * (settings.negation if value > 0 else settings.negated_negative)
            a, b = (negator, end) if negator < first else (first, end)
            if negator >= first:
                after = negator
        else:
            a, b = first, end
        if contrast >= 0:
            value *= settings.after_contrast if start > contrast else settings.before_contrast
        if start in shouting:
            value *= settings.caps
        if start in hashtags:
            value *= settings.hashtag
        if b - a == 1 and after < 0 and start not in hashtags:  # the common case: one plain word
            term = keys[a]
        elif not hashtags:
            term = " ".join(keys[a:b]) if after < 0 else " ".join([*keys[a:b], keys[after]])
        else:
            idx = [*range(a, b), after] if after >= 0 else range(a, b)
            term = " ".join(["#" + keys[i] if i in hashtags else keys[i] for i in idx])
        terms.append((start, term, value))
    if contrast >= 0 and (not hits or hits[-1][0] < contrast):  # every hit before it (in text order)
        terms.extend(_negated_after_contrast(keys, contrast, settings, hi))
    return terms


def _negated_after_contrast(
    keys: Sequence[str], contrast: int, settings: Settings, hi: int
) -> list[tuple[int, str, float]]:
    """A clause after "maar" that negates without a sentiment word ("Goed nieuws, maar we zijn er nog
    niet") takes back the praise before it: one mild negative term for the negator."""
    for j in range(contrast + 1, hi):
        if keys[j] in rules.NEGATORS:
            return [(j, f"{keys[contrast]} … {keys[j]}", -rules.NEGATED_CONTRAST * settings.after_contrast)]
    return []


_SCALE_MARKS = frozenset({"!", "!!", "?", "?!", "!?"})


def _sentence_scale(keys: Sequence[str], s: Settings) -> float:
    if _SCALE_MARKS.isdisjoint(keys):
        return 1.0
    scale = 1.0
    exclamations = sum(k.count("!") for k in keys if "!" in k) if "!" in keys or "!!" in keys else 0
    if exclamations:
        scale *= 1.0 + s.exclamation * min(exclamations, 3)
    if "?" in keys or "?!" in keys or "!?" in keys:
        scale *= s.question
    return scale


# Every key that one of the rarer rules looks for (contrast, negation, irony, sarcasm, quotes,
# sentence marks). `present_rule_words(keys)` of a text is a small set: a rule whose words are not
# in it cannot fire, so most sentences skip most rules after one set lookup.
RULE_WORDS: frozenset[str] = frozenset().union(
    rules.CONTRAST, rules.NEGATORS, IRONY_CONTEXT, QUOTES, _SCALE_MARKS,
)
