"""`antennes eval`: measure the real scoring pipeline against labelled Dutch text, beside textblob-nl.

Every set is scored through `nlp.score.score_texts` (exactly what `antennes score` runs), and the
same texts through the textblob-nl baseline. Shared corpora that are not present are skipped
with a reason, never an error, so the command works on a fresh machine with only the annotated
demo set. Usage from Python:

    from nlp.evaluate import run_eval, format_report
    from config.loader import load_opgave
    print(format_report(run_eval(None, load_opgave(None))))
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nlp.eval_baseline import baseline_polarities, three_class
from nlp.eval_metrics import multilabel_scores, safe_div, sentiment_scores
from nlp.eval_report import EvalReport, SetReport, TagScores, format_report
from nlp.eval_sets import (
    SHARED_LOADERS,
    THREE_CLASSES,
    EvalSet,
    Example,
    SetUnavailable,
    find_shared_dir,
    load_annotated,
    load_shared,
)

if TYPE_CHECKING:
    from spacy.language import Language

    from config.schema import Opgave
    from nlp.score import ScoreResult

__all__ = ["EvalReport", "SetReport", "binary_label", "evaluate_set", "format_report", "run_eval"]

DEMO_SET = "demo-annotated"


def binary_label(score: float) -> str:
    """Two-class prediction from a score's sign; exactly 0 (no evidence at all) is 'neutral', a miss."""
    if score > 0:
        return "positive"
    if score < 0:
        return "negative"
    return "neutral"


def run_eval(shared_dir: Path | None, opgave: Opgave, *, annotated_path: Path | None = None) -> EvalReport:
    """Evaluate on every shared set found under `shared_dir` (None: the usual places) and the demo set."""
    from nlp.pipeline import build_pipeline
    from nlp.score import model_version

    nlp = build_pipeline(opgave)
    shared, reason = find_shared_dir(shared_dir)
    report = EvalReport(opgave.name, model_version(opgave), str(shared) if shared else None)
    for name in SHARED_LOADERS:
        if shared is None:
            report.sets.append(SetReport(name, "", "skipped", reason=reason))
            continue
        try:
            evalset = load_shared(name, shared)
        except SetUnavailable as exc:
            report.sets.append(SetReport(name, "", "skipped", reason=str(exc)))
            continue
        report.sets.append(evaluate_set(nlp, evalset, opgave))
    try:
        report.sets.append(evaluate_set(nlp, load_annotated(annotated_path), opgave))
    except SetUnavailable as exc:
        report.sets.append(SetReport(DEMO_SET, "", "skipped", reason=str(exc)))
    return report


def _score(nlp: Language, examples: Sequence[Example]) -> list[ScoreResult]:
    from nlp.score import ScoreInput, score_texts

    items = [ScoreInput(id=e.id, text=e.text, voice_of=e.voice_of) for e in examples]
    by_id = {r.id: r for r in score_texts(nlp, items)}
    missing = [e.id for e in examples if e.id not in by_id]
    if missing:
        raise RuntimeError(f"score_texts returned no result for {len(missing)} items, e.g. {missing[:3]}")
    return [by_id[e.id] for e in examples]


def evaluate_set(nlp: Language, evalset: EvalSet, opgave: Opgave) -> SetReport:
    """Score one labelled set with our pipeline and the baseline; compare both with the gold labels."""
    examples = evalset.examples
    if not examples:
        return SetReport(
            evalset.name, evalset.description, "skipped", reason="no usable items", excluded=evalset.excluded
        )
    binary = set(evalset.classes) != set(THREE_CLASSES)
    started = time.perf_counter()
    results = _score(nlp, examples)
    seconds_ours = time.perf_counter() - started
    started = time.perf_counter()
    polarities = list(baseline_polarities(e.text for e in examples))
    seconds_baseline = time.perf_counter() - started
    ours = [binary_label(r.sentiment) if binary else r.label for r in results]
    base = [binary_label(p) if binary else three_class(p) for p in polarities]
    gold = [e.label for e in examples]
    report = SetReport(
        evalset.name,
        evalset.description,
        "ok",
        n=len(examples),
        excluded=evalset.excluded,
        ours=sentiment_scores(gold, ours, evalset.classes, THREE_CLASSES),
        baseline=sentiment_scores(gold, base, evalset.classes, THREE_CLASSES),
        unscored=sum(not r.scored for r in results),
        seconds_ours=seconds_ours,
        seconds_baseline=seconds_baseline,
    )
    if evalset.annotated:
        _add_annotation_scores(report, examples, results, ours, base, opgave)
    return report


def _add_annotation_scores(
    report: SetReport,
    examples: Sequence[Example],
    results: Sequence[ScoreResult],
    ours: Sequence[str],
    base: Sequence[str],
    opgave: Opgave,
) -> None:
    stakeholders = [[str(s["name"]) for s in r.stakeholders] for r in results]
    report.by_tag = _by_tag(examples, ours, base)
    unknown = _unknown_labels(examples, opgave)
    if unknown:
        report.note = (
            f"topics, groups and stakeholders not compared: the annotated set is labelled for "
            f"another opgave than {opgave.name!r} (unknown here: {', '.join(unknown[:5])})"
        )
        return
    report.topics = multilabel_scores(
        [e.topics for e in examples], [r.topics for r in results], [t.name for t in opgave.topics]
    )
    report.groups = multilabel_scores(
        [e.groups for e in examples], [r.groups for r in results], [g.name for g in opgave.target_groups]
    )
    report.stakeholders = multilabel_scores(
        [e.stakeholders for e in examples], stakeholders, [s.name for s in opgave.stakeholders]
    )
    report.errors = [
        err
        for e, r, o, s in zip(examples, results, ours, stakeholders, strict=True)
        if (err := _problems(e, r, o, s))
    ]


def _unknown_labels(examples: Sequence[Example], opgave: Opgave) -> list[str]:
    known = {t.name for t in opgave.topics} | {g.name for g in opgave.target_groups}
    known |= {s.name for s in opgave.stakeholders}
    used = {x for e in examples for x in (*e.topics, *e.groups, *e.stakeholders)}
    return sorted(used - known)


def _by_tag(examples: Sequence[Example], ours: Sequence[str], base: Sequence[str]) -> dict[str, TagScores]:
    tags = sorted({t for e in examples for t in e.tags})
    out: dict[str, TagScores] = {}
    for tag in ["all", *tags]:
        idx = [i for i, e in enumerate(examples) if tag == "all" or tag in e.tags]
        hits_ours = sum(ours[i] == examples[i].label for i in idx)
        hits_base = sum(base[i] == examples[i].label for i in idx)
        out[tag] = TagScores(len(idx), safe_div(hits_ours, len(idx)), safe_div(hits_base, len(idx)))
    return out


def _problems(e: Example, r: ScoreResult, label: str, stakeholders: list[str]) -> dict[str, Any] | None:
    """What our pipeline got wrong on one annotated item, in words a reader can check."""
    problems: list[str] = []
    if label != e.label:
        terms = ", ".join(f"{x.get('term')}({float(x.get('weight', 0.0)):+.2f})" for x in r.explanation[:5])
        problems.append(f"sentiment gold {e.label}, ours {label} ({r.sentiment:+.2f}; {terms or 'no terms'})")
    for what, gold, pred in (
        ("topics", e.topics, r.topics),
        ("groups", e.groups, r.groups),
        ("stakeholders", e.stakeholders, stakeholders),
    ):
        missing, extra = sorted(set(gold) - set(pred)), sorted(set(pred) - set(gold))
        if missing or extra:
            problems.append(f"{what} missing {missing or '-'}, extra {extra or '-'}")
    if not problems:
        return None
    return {"id": e.id, "text": e.text, "tags": list(e.tags), "problems": problems}
