"""Pure evaluation metrics for `nlp.evaluate`: confusion matrices, per-class and micro scores.

Kept free of spaCy and of any data so they can be checked against hand-computed numbers. A score
whose denominator is zero (no predictions or no gold items for a class) is 0.0, as in scikit-learn's
`zero_division=0`: an empty column must never look like a perfect one.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

Confusion = dict[str, dict[str, int]]


@dataclass(frozen=True)
class ClassScores:
    """Precision, recall and F1 for one class (or micro-averaged over labels)."""

    precision: float
    recall: float
    f1: float
    support: int  # number of gold items of the class
    predicted: int  # number of items predicted as the class

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SentimentScores:
    """Single-label classification scores: what `antennes eval` reports per set."""

    n: int
    classes: tuple[str, ...]  # the gold classes; macro-F1 averages over these
    labels: tuple[str, ...]  # every label that may be predicted (confusion-matrix columns)
    confusion: Confusion  # confusion[gold][predicted]
    per_class: dict[str, ClassScores]
    macro_f1: float
    accuracy: float

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["classes"] = list(self.classes)
        out["labels"] = list(self.labels)
        return out


@dataclass(frozen=True)
class LabelScores:
    """Multi-label scores (topics, groups, stakeholders): micro average plus one row per label."""

    n: int
    micro: ClassScores
    per_label: dict[str, ClassScores] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "micro": self.micro.to_json(),
            "per_label": {k: v.to_json() for k, v in self.per_label.items()},
        }


def safe_div(num: float, den: float) -> float:
    return num / den if den else 0.0


def f1_score(precision: float, recall: float) -> float:
    """Harmonic mean; 0.0 when both are zero."""
    return safe_div(2 * precision * recall, precision + recall)


def scores_from_counts(tp: int, fp: int, fn: int) -> ClassScores:
    """Precision/recall/F1 from true positives, false positives and false negatives."""
    precision = safe_div(tp, tp + fp)
    recall = safe_div(tp, tp + fn)
    return ClassScores(precision, recall, f1_score(precision, recall), support=tp + fn, predicted=tp + fp)


def confusion_matrix(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> Confusion:
    """Counts of (gold, predicted) pairs; rows are the gold labels, columns every label in `labels`."""
    if len(gold) != len(pred):
        raise ValueError(f"gold and predicted differ in length ({len(gold)} vs {len(pred)})")
    known = set(labels)
    strays = sorted({x for x in (*gold, *pred) if x not in known})
    if strays:
        raise ValueError(f"labels outside {list(labels)}: {strays}")
    matrix = {g: dict.fromkeys(labels, 0) for g in labels}
    for g, p in zip(gold, pred, strict=True):
        matrix[g][p] += 1
    return matrix


def class_scores(matrix: Confusion, cls: str) -> ClassScores:
    """One class's scores read off a confusion matrix."""
    tp = matrix[cls][cls]
    fn = sum(matrix[cls].values()) - tp
    fp = sum(row[cls] for gold, row in matrix.items() if gold != cls)
    return scores_from_counts(tp, fp, fn)


def sentiment_scores(
    gold: Sequence[str], pred: Sequence[str], classes: Sequence[str], labels: Sequence[str] | None = None
) -> SentimentScores:
    """Per-class scores, macro-F1 over the gold `classes`, and accuracy.

    `labels` may hold more than `classes`: a binary set (positive/negative) still lets the model
    answer "neutral", which then counts as a miss for the gold class, never as a hit.
    """
    all_labels = tuple(labels) if labels is not None else tuple(classes)
    matrix = confusion_matrix(gold, pred, all_labels)
    per_class = {c: class_scores(matrix, c) for c in classes}
    macro = safe_div(sum(s.f1 for s in per_class.values()), len(per_class))
    correct = sum(matrix[c][c] for c in all_labels)
    return SentimentScores(
        n=len(gold),
        classes=tuple(classes),
        labels=all_labels,
        confusion=matrix,
        per_class=per_class,
        macro_f1=macro,
        accuracy=safe_div(correct, len(gold)),
    )


def multilabel_scores(
    gold: Sequence[Collection[str]], pred: Sequence[Collection[str]], labels: Sequence[str]
) -> LabelScores:
    """Micro-averaged scores over all (item, label) decisions plus per-label scores.

    Predicted labels outside `labels` count as false positives in the micro figure (a stray label
    is still a wrong answer) but get no row of their own.
    """
    if len(gold) != len(pred):
        raise ValueError(f"gold and predicted differ in length ({len(gold)} vs {len(pred)})")
    counts = {label: [0, 0, 0] for label in labels}  # tp, fp, fn
    stray_fp = 0
    for g_items, p_items in zip(gold, pred, strict=True):
        g, p = set(g_items), set(p_items)
        for label in g | p:
            if label not in counts:
                stray_fp += label in p
                continue
            counts[label][0] += label in g and label in p
            counts[label][1] += label in p and label not in g
            counts[label][2] += label in g and label not in p
    per_label = {label: scores_from_counts(*c) for label, c in counts.items()}
    tp = sum(c[0] for c in counts.values())
    fp = sum(c[1] for c in counts.values()) + stray_fp
    fn = sum(c[2] for c in counts.values())
    return LabelScores(n=len(gold), micro=scores_from_counts(tp, fp, fn), per_label=per_label)
