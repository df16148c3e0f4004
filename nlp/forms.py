"""What the components need to know about a spelling, worked out once per spelling: the hot path.

Social text repeats the same few thousand spellings endlessly, so the components do not analyse
tokens one by one. The lemmatizer maps each token's ORTH hash to its `Form` with one dictionary
lookup and keeps them on the shared state as columns (`state.forms`, a `Forms`); language,
sentences and sentiment read the columns they need with C-level operations instead of each looking
every token up in a cache of their own.

Sparse yes/no facts about a spelling (a sentence end, a rule word, a term of the opgave's topics,
groups or stakeholders, which differ per pipeline) are spaCy lexeme flags instead (`key_flag`):
spaCy evaluates each once per spelling, when it creates the lexeme. The lemmatizer copies the flags
into each `Form` (`marks`) and lists per flag the tokens that have it (`state.candidates`), so a
document without any costs the component one dictionary lookup (`KeyFlag.positions`).

A `Form` depends on the spelling alone, so results never depend on what was scored before; the
table is bounded and simply starts afresh when it is full.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import compress
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy
from spacy.attrs import FLAG19, ORTH
from spacy.tokens import Doc

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.vocab import Vocab

    from nlp.state import Analysis

CACHE_LIMIT = 200_000


class Form(NamedTuple):
    """The facts about one spelling (a token's text) that the components read as values."""

    key: str          # lowercase text: what every rule matches on
    lemma: int        # StringStore hash of the lowercase simplemma lemma (0 in a table without lemmas)
    language: int     # 0 no word, 1 a word, 2 a frequent Dutch word (`language.DUTCH_MARKERS`)
    polarity: float   # lexicon polarity of the word (`polarity.word_polarity`)
    phrase: frozenset[str]  # the second words of the lexicon phrases it opens ("in": "de", ...); mostly empty
    marks: tuple[int, ...]  # the key flags (`key_flag`) of the table's vocab the spelling has


class Forms(NamedTuple):
    """The forms of a document's tokens, one tuple per field (`Form`'s fields, token by token).

    One `zip(*forms)` makes all columns at once, and each component reads whole columns with
    C-level operations (`count`, `compress`, slices) instead of visiting Form objects."""

    key: tuple[str, ...]
    lemma: tuple[int, ...]
    language: tuple[int, ...]
    polarity: tuple[float, ...]
    phrase: tuple[frozenset[str], ...]
    marks: tuple[tuple[int, ...], ...]


NO_FORMS = Forms(*([()] * len(Forms._fields)))


def columns(forms: list[Form]) -> Forms:
    """The forms of a document as columns (every Form has all fields: `strict` would only cost)."""
    return Forms(*zip(*forms, strict=False)) if forms else NO_FORMS


@lru_cache(maxsize=1)
def _definitions() -> tuple[Any, ...]:
    """The rules behind the fields, owned by the components' modules (which import this one)."""
    from nlp.language import DUTCH_MARKERS
    from nlp.lemmas import lemma_of
    from nlp.polarity import phrase_nexts, word_polarity

    return lemma_of, DUTCH_MARKERS, word_polarity, phrase_nexts


def make_form(text: str, strings: StringStore | None = None, marks: tuple[int, ...] = ()) -> Form:
    """The Form of one spelling; its lemma is added to `strings` (without one, the lemma hash is 0)."""
    lemma_of, markers, word_polarity, phrase_nexts = _definitions()
    key = text.lower()
    return Form(
        key=key,
        lemma=strings.add(lemma_of(key)) if strings is not None else 0,
        language=2 if key in markers else 1 if key.isalpha() else 0,
        polarity=word_polarity(key),
        phrase=phrase_nexts(key),
        marks=marks,
    )


class KeyFlag:
    """A yes/no fact about a spelling, kept by spaCy as a lexeme flag: a predicate of the lowercase
    text (or of the text itself, `cased=True`). Make one with `key_flag`."""

    def __init__(self, predicate: Callable[[str], bool], cased: bool = False) -> None:
        self.predicate = predicate
        self.cased = cased
        self.id: int | None = None  # the flag's attribute ID; None when spaCy had no bit left

    def __call__(self, text: str) -> bool:
        return bool(self.predicate(text if self.cased else text.lower()))

    def positions(self, doc: Doc, state: Analysis) -> list[int]:
        """Indices of the document's tokens that have the flag, in order: listed by the
        lemmatizer, else read with `Doc.to_array`, else (no flag bit) tested token by token."""
        candidates = state.candidates
        if candidates is not None:
            listed = candidates.get(self.id)  # type: ignore[arg-type]  # a None id is never listed
            if listed is not None:
                return listed
        if self.id is None:
            return [i for i, token in enumerate(doc) if self(token.text)]
        if not len(doc):
            return []
        found: list[int] = numpy.flatnonzero(doc.to_array(self.id)).tolist()
        return found


def key_flag(vocab: Vocab, predicate: Callable[[str], bool], cased: bool = False) -> KeyFlag:
    """A new `KeyFlag` of `predicate`, registered as a lexeme flag of `vocab`.

    spaCy evaluates the flag for the lexemes it has and then once for every new spelling; the
    lemmatizer lists, per flag, the tokens that have it (`state.candidates`). With all of spaCy's
    64 flag bits taken the flag still works, only slower (see `KeyFlag.positions`).
    """
    flag = KeyFlag(predicate, cased)
    for bit in range(FLAG19, 64):
        if bit not in _getters(vocab):
            flag.id = int(vocab.add_flag(flag, flag_id=bit))
            break
    return flag


def key_flags(vocab: Vocab) -> tuple[int, ...]:
    """The IDs of the key flags registered on `vocab`."""
    return tuple(sorted(bit for bit, getter in _getters(vocab).items() if isinstance(getter, KeyFlag)))


def _getters(vocab: Vocab) -> dict[int, Callable[[str], Any]]:
    """The lexeme attribute getters of `vocab`, key flags among them (spaCy's stubs omit them)."""
    getters: dict[int, Callable[[str], Any]] = vocab.lex_attr_getters  # type: ignore[attr-defined]
    return getters


class FormTable:
    """ORTH hash -> Form, bounded: when it passes `limit` spellings it is cleared and refilled.

    With a `vocab`, forms carry that vocab's lemma hashes and key flags; a key flag registered
    later (a component added after the first documents) clears the table, so no form misses one.
    """

    def __init__(self, vocab: Vocab | None, limit: int = CACHE_LIMIT) -> None:
        self.vocab = vocab
        self.limit = limit
        self.flags: tuple[int, ...] = ()
        self._getters = 0  # number of lexeme attribute getters when `flags` was read
        self._forms: dict[int, Form] = {}

    def __len__(self) -> int:
        return len(self._forms)

    def lookup(self, orths: list[int], strings: StringStore) -> list[Form]:
        """The forms of a document's tokens, given their ORTH hashes; `strings` decodes new ones."""
        if self.vocab is not None and len(self.vocab.lex_attr_getters) != self._getters:  # type: ignore[attr-defined]
            self._getters = len(_getters(self.vocab))
            self.flags = key_flags(self.vocab)
            self._forms.clear()
        try:  # every spelling known (the common case): no pass over the result to look for a miss
            return list(map(self._forms.__getitem__, orths))
        except KeyError:
            return self._fill(orths, list(map(self._forms.get, orths)), strings)

    def candidates(self, forms: Forms) -> dict[int, list[int]]:
        """Per key flag of the table, the indices of the tokens that carry it."""
        found: dict[int, list[int]] = {bit: [] for bit in self.flags}
        marks = forms.marks
        for i in compress(range(len(marks)), marks):
            for bit in marks[i]:
                found[bit].append(i)
        return found

    def _fill(self, orths: list[int], found: list[Form | None], strings: StringStore) -> list[Form]:
        table = self._forms
        if len(table) > self.limit:
            table.clear()
        forms: list[Form] = []
        for orth, form in zip(orths, found, strict=True):
            if form is None:
                form = table.get(orth)
                if form is None:
                    form = table[orth] = self._make(orth, strings)
            forms.append(form)
        return forms

    def _make(self, orth: int, strings: StringStore) -> Form:
        if self.vocab is None:
            return make_form(strings[orth])
        lexeme = self.vocab[orth]
        marks = tuple(bit for bit in self.flags if lexeme.check_flag(bit))
        return make_form(lexeme.orth_, self.vocab.strings, marks)


_SHARED = FormTable(None)  # for components that run without `antennes_lemmatizer` before them


def forms_of(doc: Doc, state: Analysis) -> Forms:
    """The document's forms: from the lemmatizer, else looked up here (and kept on the state)."""
    forms = state.forms
    if forms is None:
        orths: list[int] = doc.to_array(ORTH).tolist() if len(doc) else []
        forms = state.forms = columns(_SHARED.lookup(orths, doc.vocab.strings))
    return forms


