"""Cheap irony and sarcasm markers, for the sentence rules of `nlp.polarity`: pure functions.

A positive sentence turns negative when it is marked as ironic: by an eye-roll emoji or #not, an
irony phrase ("ja hoor", "lekker bezig"), a positive word in scare quotes, or, for a whole post,
praise or a party emoji next to a cue that something bad happens again or still.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from itertools import repeat
from operator import contains

from nlp.lexicon import rules

QUOTES = frozenset({'"', "'", "“", "”", "‘", "’", "„"})


@lru_cache(maxsize=1)
def irony_firsts() -> frozenset[str]:
    return frozenset(p.split(" ")[0] for p in rules.IRONY_PHRASES)


def has_irony_phrase(text: str) -> bool:
    """Does any irony phrase occur in `text` (as a substring)? One `in` per phrase: str's own
    search beats a regular expression of all of them (which tries every phrase at every letter),
    and `operator.contains` beats the bound `text.__contains__` (a slot wrapper, slower to call)."""
    return any(map(contains, repeat(text), rules.IRONY_PHRASES))


# Every key `ironic_sentence` looks for (irony tokens, first words of irony phrases, quotes): a sentence of a
# text without any of them is not ironic by itself.
IRONY_WORDS = rules.IRONY_TOKENS | irony_firsts() | QUOTES

# Every key `ironic_document` looks for: a text without any of them is not marked as ironic.
IRONY_CONTEXT = frozenset().union(
    rules.IRONY_TOKENS, irony_firsts(), rules.SARCASM_CUES, rules.SARCASM_FIRSTS, rules.CELEBRATION_EMOJI,
    {"hoor"},
)


def ironic_document(
    keys: Sequence[str], hashtags: frozenset[int], pols: Sequence[float],
    present: frozenset[str] | None = None, at: Sequence[int] | None = None,
) -> bool:
    """Irony marked for the whole post: an eye-roll emoji or #not/#sarcasme anywhere, or an irony
    phrase, a "<praise> hoor" opener ("Bedankt hoor", "Top plan hoor") or a party/laughing emoji in a
    post that also says it happens again or still ("weer", "nog steeds", "dan maar").

    `present` may pass the keys' words of `IRONY_CONTEXT` (or a superset of them from `keys`, such
    as `polarity.present_rule_words(keys)`) when the caller has them, and `at` the sorted indices of
    those words (every index whose key is in `IRONY_CONTEXT` among them): only they are visited."""
    if present is None:
        present = IRONY_CONTEXT.intersection(keys)
    if not present:
        return False
    if not rules.IRONY_TOKENS.isdisjoint(present):
        for i in range(len(keys)) if at is None else at:
            k = keys[i]
            if k in rules.IRONY_TOKENS and (i in hashtags or not k.isalpha() or k.startswith("jaja")):
                return True
    if not _sarcasm_cue(keys, present, at):
        return False
    if not rules.CELEBRATION_EMOJI.isdisjoint(present):
        return True
    if not irony_firsts().isdisjoint(present) and has_irony_phrase(" ".join(keys)):
        return True
    return "hoor" in present and _praise_hoor(keys, pols)


def _sarcasm_cue(keys: Sequence[str], present: frozenset[str], at: Sequence[int] | None = None) -> bool:
    if not rules.SARCASM_CUES.isdisjoint(present):
        return True
    if rules.SARCASM_FIRSTS.isdisjoint(present):
        return False
    if at is None:
        return not _SARCASM_PAIRS.isdisjoint(zip(keys, keys[1:], strict=False))
    last = len(keys) - 1  # a bigram opens with a sarcasm first word, which is one of the words `at`
    return any(i < last and (keys[i], keys[i + 1]) in _SARCASM_PAIRS for i in at)


# The sarcasm bigrams whose first word is a sarcasm first word: `_sarcasm_cue` in one C-level pass.
_SARCASM_PAIRS = frozenset(pair for pair in rules.SARCASM_BIGRAMS if pair[0] in rules.SARCASM_FIRSTS)


def _praise_hoor(keys: Sequence[str], pols: Sequence[float]) -> bool:
    """A positive word opening a sentence and followed by "hoor" within two tokens: "Geweldig hoor"."""
    if "hoor" not in keys:
        return False
    for i, k in enumerate(keys):
        if k == "hoor" and any(pols[j] > 0 for j in range(max(0, i - 2), i)):
            opener = max(0, i - 2)
            if opener == 0 or any(not keys[j][:1].isalnum() for j in range(max(0, opener - 2), opener)):
                return True
    return False


def ironic_sentence(
    keys: Sequence[str], hashtags: AbstractSet[int], hits: list[tuple[int, int, float]],
    rules_at: Sequence[int], present: AbstractSet[str], lo: int, hi: int,
) -> bool:
    """Cheap irony in the sentence keys[lo:hi]: an irony emoji/hashtag, an irony phrase, or a
    positive word in scare quotes. `rules_at` are the sentence's rule words, `present` their keys."""
    if IRONY_WORDS.isdisjoint(present):
        return False
    if not rules.IRONY_TOKENS.isdisjoint(present):
        for i in rules_at:
            k = keys[i]
            if k in rules.IRONY_TOKENS and (i in hashtags or not k.isalpha() or k.startswith("jaja")):
                return True
    if not irony_firsts().isdisjoint(present) and has_irony_phrase(" ".join(keys[lo:hi])):
        return True
    if QUOTES.isdisjoint(present):
        return False
    for start, end, pol in hits:
        if pol > 0 and start > lo and end < hi and keys[start - 1] in QUOTES and keys[end] in QUOTES:
            return True
    return False
