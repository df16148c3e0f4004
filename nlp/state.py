"""The per-document analysis state the antennes components share, and the `Doc._`/`Span._`
extensions that expose it.

All results live in one slotted object on `Doc._.antennes`; every other extension
(`Doc._.sentiment`, `Doc._.topics`, `Span._.sentiment`, ...) is a property reading it. Components
fetch the object once per document, which keeps spaCy's extension machinery out of the hot path.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from nlp.forms import Forms


@dataclass(slots=True)
class Analysis:
    """Everything the pipeline derives for one document."""

    voice_of: str | None = None             # target group the source speaks for (set by the caller)
    declared_language: str | None = None    # language the source declares (set by the caller)
    annotate: bool = True                   # also what only the Doc shows (lemmas, sentence starts, spans)
    keys: list[str] | None = None           # lowercase text per token (antennes_lemmatizer)
    forms: Forms | None = None              # per token, the facts about its spelling (nlp.forms)
    candidates: dict[int, list[int]] | None = None  # per key flag, the tokens that carry it (nlp.forms)
    hashtags: frozenset[int] = frozenset()  # token indices written as #word
    caps: frozenset[int] = frozenset()      # token indices of all-caps words (3+ letters)
    language: str | None = None             # antennes_language
    language_reason: str | None = None      # why that language (antennes_language)
    sent_bounds: list[tuple[int, int]] = field(default_factory=list)  # antennes_sentences
    sent_scores: list[float] = field(default_factory=list)            # antennes_sentiment
    scored: bool = False
    sentiment: float = 0.0
    label: str = "neutral"
    explanation: list[dict[str, Any]] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)                   # antennes_topics
    topic_sentiment: dict[str, float] = field(default_factory=dict)
    topic_spans: dict[str, list[str]] = field(default_factory=dict)
    groups: list[str] = field(default_factory=list)                   # antennes_groups
    group_evidence: list[dict[str, str]] = field(default_factory=list)
    stakeholders: list[dict[str, str]] = field(default_factory=list)  # antennes_stakeholders


# Where spaCy keeps the value of the `Doc._.antennes` extension: reading `doc.user_data` directly
# costs a dictionary lookup instead of building an `Underscore` object per access (hot path).
STATE_KEY: Any = ("._.", "antennes", None, None)  # typed Any: spaCy stubs declare str keys


def attach(doc: Doc, state: Analysis) -> Analysis:
    """Store `state` as the document's `Doc._.antennes` (same slot the extension reads)."""
    doc.user_data[STATE_KEY] = state
    return state


def state_of(doc: Doc, bounds: bool = True) -> Analysis:
    """The document's analysis object, created on first use; keys come from the tokens if no
    lemmatizer ran (so each component also works on its own), and so do sentence bounds if no
    sentence component ran. `bounds=False` skips the latter, for components that run before one."""
    state: Analysis | None = doc.user_data.get(STATE_KEY)
    if state is None:
        state = attach(doc, Analysis())
    if state.keys is None:
        state.keys = [t.lower_ for t in doc]
    if bounds and not state.sent_bounds and len(doc):
        if doc.has_annotation("SENT_START"):  # e.g. spaCy's own sentencizer ran instead of ours
            state.sent_bounds = [(s.start, s.end) for s in doc.sents]
        else:
            state.sent_bounds = [(0, len(doc))]
    return state


def _getter(name: str) -> Any:
    def get(doc: Doc) -> Any:
        state = doc.user_data.get(STATE_KEY)
        return getattr(state if state is not None else Analysis(), name)

    return get


def _setter(name: str) -> Any:
    def put(doc: Doc, value: Any) -> None:
        state = doc.user_data.get(STATE_KEY)
        if state is None:
            state = attach(doc, Analysis())
        setattr(state, name, value)

    return put


def span_sentiment(span: Span) -> float:
    """Mean score of the sentences the span overlaps (a sentence's own score for a sentence)."""
    state = span.doc.user_data.get(STATE_KEY)
    if state is None or not state.sent_scores:
        return 0.0
    found = [
        score for (start, end), score in zip(state.sent_bounds, state.sent_scores, strict=False)
        if start < span.end and span.start < end
    ]
    return round(sum(found) / len(found), 4) if found else 0.0


WRITABLE = ("voice_of", "declared_language")
INTERNAL = ("annotate",)  # set by `score_texts`, whose documents no one else sees: no extension

if not Doc.has_extension("antennes"):
    Doc.set_extension("antennes", default=None)
for _field in fields(Analysis):
    if _field.name not in INTERNAL and not Doc.has_extension(_field.name):
        if _field.name in WRITABLE:
            Doc.set_extension(_field.name, getter=_getter(_field.name), setter=_setter(_field.name))
        else:
            Doc.set_extension(_field.name, getter=_getter(_field.name))
if not Span.has_extension("sentiment"):
    Span.set_extension("sentiment", getter=span_sentiment)
