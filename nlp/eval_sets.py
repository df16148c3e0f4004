"""Loaders for the labelled evaluation sets: the shared Dutch corpora and our annotated demo set.

The shared corpora live outside the repository (`../shared/nlp-data`, see its README) and are
read in place, never copied. Each loader maps the corpus's own labels onto ours and records what
it left out and why, so the report can say exactly what was measured:

- SemEval-2016 restaurants (`sentences_derived_labels.tsv`): positive/negative/neutral as given;
  `none` (a sentence without any opinion) counts as neutral; `mixed` is left out.
- OpeNER political news (`snippets_derived_polarity.csv`): positive/negative/neutral as given;
  `mixed` (positive and negative opinion expressions in one snippet) is left out, because a
  three-class label cannot be right or wrong for it.
- bol.com book reviews (`polarity-nl-bol.com.csv`): +1/-1 from star ratings, so a two-class set;
  predictions are taken from the sign of the score (see `nlp.evaluate.binary_label`).
- XED Dutch subtitle lines (`nl-projections.tsv`): Plutchik emotions projected from English.
  The only short, conversational set, hence closest to social media. Lines with only joy/trust
  are positive, lines with only anger/disgust/fear/sadness negative (two classes, like bol.com);
  lines with both kinds, or only anticipation/surprise, are left out. The labels are projected,
  not annotated on the Dutch text, so expect noise.
"""

from __future__ import annotations

import csv
import html
import json
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

THREE_CLASSES = ("positive", "negative", "neutral")
TWO_CLASSES = ("positive", "negative")
SHARED_ENV = "ANTENNES_SHARED_DIR"


class SetUnavailable(Exception):
    """A labelled set cannot be read here; the message is the reason shown in the report."""


@dataclass(frozen=True)
class Example:
    """One labelled text. Only the demo set fills topics, groups, stakeholders and tags."""

    id: str
    text: str
    label: str
    voice_of: str | None = None
    topics: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    stakeholders: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass
class EvalSet:
    name: str
    description: str
    classes: tuple[str, ...]
    examples: list[Example]
    excluded: dict[str, int] = field(default_factory=dict)  # reason -> number of items left out
    annotated: bool = False  # has topics/groups/stakeholders


def default_shared_dirs() -> list[Path]:
    """Where the shared corpora are looked for: $ANTENNES_SHARED_DIR, then ../shared/nlp-data
    next to the working directory and next to the source checkout."""
    env = os.environ.get(SHARED_ENV)
    if env:
        return [Path(env).expanduser()]
    checkout = Path(__file__).resolve().parent.parent
    places = [Path.cwd().parent / "shared" / "nlp-data", checkout.parent / "shared" / "nlp-data"]
    return list(dict.fromkeys(places))


def find_shared_dir(shared_dir: Path | None) -> tuple[Path | None, str | None]:
    """The shared folder to use, or (None, reason) when there is none."""
    candidates = [shared_dir] if shared_dir is not None else default_shared_dirs()
    for path in candidates:
        if path.is_dir():
            return path, None
    where = ", ".join(str(p) for p in candidates)
    return None, f"shared Dutch NLP data not found (looked in {where}; set --shared-dir or {SHARED_ENV})"


def _require(path: Path) -> Path:
    if not path.is_file():
        raise SetUnavailable(f"{path} not found")
    return path


def load_semeval(shared: Path) -> EvalSet:
    """SemEval-2016 Task 5 Dutch restaurant sentences with a derived sentence label."""
    path = _require(shared / "semeval2016-absa-nl-restaurants" / "sentences_derived_labels.tsv")
    mapping = {"positive": "positive", "negative": "negative", "neutral": "neutral", "none": "neutral"}
    examples: list[Example] = []
    excluded: Counter[str] = Counter()
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            label = mapping.get(row["derived_label"])
            if label is None:
                excluded[f"label {row['derived_label']!r}"] += 1
                continue
            examples.append(Example(row["sentence_id"], row["text"], label))
    return EvalSet(
        "semeval-restaurants",
        "SemEval-2016 Dutch restaurant review sentences (none -> neutral, mixed left out)",
        THREE_CLASSES,
        examples,
        dict(excluded),
    )


def load_opener(shared: Path) -> EvalSet:
    """OpeNER Dutch political news snippets with a derived snippet polarity."""
    path = _require(shared / "opener-nl-political-news" / "snippets_derived_polarity.csv")
    examples: list[Example] = []
    excluded: Counter[str] = Counter()
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            label = row["derived_label"]
            if label not in THREE_CLASSES:
                excluded[f"label {label!r}"] += 1
                continue
            examples.append(Example(row["file"], row["text"], label))
    return EvalSet(
        "opener-political-news",
        "OpeNER Dutch political news snippets (mixed left out)",
        THREE_CLASSES,
        examples,
        dict(excluded),
    )


def load_bolcom(shared: Path) -> EvalSet:
    """bol.com book reviews, +1/-1 from star ratings: a two-class set."""
    path = _require(shared / "pattern-bolcom-reviews" / "polarity-nl-bol.com.csv")
    examples: list[Example] = []
    excluded: Counter[str] = Counter()
    with path.open(encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.reader(f)):
            if len(row) != 2 or row[0].strip() not in ("1", "-1"):
                excluded["malformed row"] += 1
                continue
            label = "positive" if row[0].strip() == "1" else "negative"
            examples.append(Example(f"bol-{i + 1}", html.unescape(row[1]), label))
    description = (
        "bol.com Dutch book reviews, 2-class (+1/-1); predicted by the sign of the score, "
        "a score of exactly 0 counts as a miss"
    )
    return EvalSet("bolcom-books", description, TWO_CLASSES, examples, dict(excluded))


XED_POSITIVE = frozenset({5, 8})  # joy, trust
XED_NEGATIVE = frozenset({1, 3, 4, 6})  # anger, disgust, fear, sadness


def load_xed(shared: Path) -> EvalSet:
    """XED Dutch subtitle lines with projected emotions, mapped to two polarity classes."""
    path = _require(shared / "xed-nl-projected-emotions" / "nl-projections.tsv")
    examples: list[Example] = []
    excluded: Counter[str] = Counter()
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        text, _, labels = line.rpartition("\t")
        try:
            emotions = {int(x) for x in labels.split(",") if x.strip()}
        except ValueError:
            emotions = set()
        pos, neg = bool(emotions & XED_POSITIVE), bool(emotions & XED_NEGATIVE)
        if not text.strip() or not emotions:
            excluded["malformed line"] += 1
        elif pos == neg:
            excluded["both polarities" if pos else "only anticipation/surprise"] += 1
        else:
            examples.append(Example(f"xed-{i + 1}", text, "positive" if pos else "negative"))
    description = (
        "XED Dutch subtitle lines, emotions projected from English, 2-class (joy/trust vs "
        "anger/disgust/fear/sadness); predicted by the sign of the score"
    )
    return EvalSet("xed-subtitles", description, TWO_CLASSES, examples, dict(excluded))


SHARED_LOADERS: dict[str, Callable[[Path], EvalSet]] = {
    "semeval-restaurants": load_semeval,
    "opener-political-news": load_opener,
    "bolcom-books": load_bolcom,
    "xed-subtitles": load_xed,
}


def load_shared(name: str, shared: Path) -> EvalSet:
    """One shared set by name; a missing or unreadable file becomes SetUnavailable with the reason."""
    try:
        return SHARED_LOADERS[name](shared)
    except (OSError, UnicodeDecodeError, csv.Error, KeyError) as exc:
        raise SetUnavailable(f"{name} could not be read ({type(exc).__name__}: {exc})") from exc


def demo_annotated_path() -> Path:
    """The annotated demo set shipped with the package (written for this project)."""
    return Path(str(resources.files("nlp").joinpath("eval_data", "demo_annotated.jsonl")))


def _example_from_json(row: dict[str, Any]) -> Example:
    return Example(
        id=str(row["id"]),
        text=str(row["text"]),
        label=str(row["sentiment"]),
        voice_of=row.get("voice_of"),
        topics=tuple(row.get("topics", ())),
        groups=tuple(row.get("groups", ())),
        stakeholders=tuple(row.get("stakeholders", ())),
        tags=tuple(row.get("tags", ())),
    )


def load_annotated(path: Path | None = None) -> EvalSet:
    """The annotated demo posts (stikstof en landbouw): sentiment, topics, groups, stakeholders."""
    path = path or demo_annotated_path()
    if not path.is_file():
        raise SetUnavailable(f"{path} not found")
    examples: list[Example] = []
    excluded: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            example = _example_from_json(json.loads(line))
        except (json.JSONDecodeError, KeyError, TypeError):
            excluded["unreadable line"] += 1
            continue
        if example.label not in THREE_CLASSES:
            excluded[f"label {example.label!r}"] += 1
            continue
        examples.append(example)
    return EvalSet(
        "demo-annotated",
        "Annotated demo posts for 'stikstof en landbouw' (written for antennes)",
        THREE_CLASSES,
        examples,
        dict(excluded),
        annotated=True,
    )
