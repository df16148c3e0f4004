"""Find duplicates so counts are not inflated: exact copies (content hash) and near copies (MinHash).

The same news item is often syndicated across outlets with a different headline, a changed
sentence or an extra paragraph. Each copy stays in the warehouse but is linked to its original
(`documents.duplicate_of`), so it can be counted once. The original is the earliest published
copy; documents already stored (`known`) are always originals. Very short texts ("Eens!") are
not deduplicated: two people saying the same short thing are two voices, not syndication.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from datasketch import MinHash, MinHashLSH

from flows.sources.base import RawItem

MIN_WORDS = 12
"""Texts shorter than this (in words) are never marked as duplicates."""
SHINGLE = 5
NUM_PERM = 128
THRESHOLD = 0.7
_WORD = re.compile(r"\w+", re.UNICODE)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class DedupDoc:
    """What dedup needs of a document; `key` is the caller's id (e.g. the warehouse doc_id)."""

    key: str
    title: str
    text: str
    published_at: datetime | None = None

    @classmethod
    def from_item(cls, key: str, item: RawItem) -> DedupDoc:
        return cls(key=key, title=item.title, text=item.text, published_at=item.published_at)


@dataclass(frozen=True)
class Duplicate:
    """`key` duplicates `original`; `kind` is "exact" or "near"; `similarity` is estimated Jaccard."""

    key: str
    original: str
    kind: str
    similarity: float


def words(text: str) -> list[str]:
    """Lower-cased words without accents' variants mattering (NFKC) and without punctuation."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def content_hash(text: str) -> str:
    """Hash of the normalised text: copies differing only in case, spacing or punctuation collide."""
    return hashlib.sha256(" ".join(words(text)).encode("utf-8")).hexdigest()


def minhash(tokens: Sequence[str], num_perm: int = NUM_PERM, shingle: int = SHINGLE) -> MinHash:
    """MinHash over word shingles (k consecutive words)."""
    grams = {" ".join(tokens[i : i + shingle]) for i in range(max(1, len(tokens) - shingle + 1))}
    sketch = MinHash(num_perm=num_perm)
    sketch.update_batch([g.encode("utf-8") for g in grams])
    return sketch


def find_duplicates(
    batch: Sequence[DedupDoc], known: Iterable[DedupDoc] = (), threshold: float = THRESHOLD
) -> dict[str, Duplicate]:
    """Map each duplicate in `batch` (by key) to its original in `known` or earlier in `batch`."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    sketches: dict[str, MinHash] = {}
    by_hash: dict[str, str] = {}
    found: dict[str, Duplicate] = {}

    def remember(doc: DedupDoc, tokens: list[str], sketch: MinHash) -> None:
        by_hash.setdefault(content_hash(doc.text), doc.key)
        if doc.key not in sketches:
            sketches[doc.key] = sketch
            lsh.insert(doc.key, sketch)

    for doc in known:
        tokens = words(doc.text)
        if len(tokens) >= MIN_WORDS:
            remember(doc, tokens, minhash(tokens))
    order = sorted(range(len(batch)), key=lambda i: (_when(batch[i]), i))
    for index in order:
        doc = batch[index]
        tokens = words(doc.text)
        if len(tokens) < MIN_WORDS or doc.key in sketches:
            continue
        exact = by_hash.get(content_hash(doc.text))
        if exact is not None and exact != doc.key:
            found[doc.key] = Duplicate(doc.key, exact, "exact", 1.0)
            continue
        sketch = minhash(tokens)
        best = _best_match(sketch, lsh.query(sketch), sketches, threshold)
        if best is not None:
            found[doc.key] = Duplicate(doc.key, best[0], "near", round(best[1], 3))
        else:
            remember(doc, tokens, sketch)
    return found


def _best_match(
    sketch: MinHash, candidates: Iterable[str], sketches: dict[str, MinHash], threshold: float
) -> tuple[str, float] | None:
    scored = [(key, float(sketch.jaccard(sketches[key]))) for key in candidates]
    scored = [s for s in scored if s[1] >= threshold]
    return max(scored, key=lambda s: (s[1], s[0])) if scored else None


def _when(doc: DedupDoc) -> datetime:
    if doc.published_at is None:
        return datetime.max.replace(tzinfo=UTC)
    return doc.published_at if doc.published_at.tzinfo else doc.published_at.replace(tzinfo=UTC)
