"""What `antennes eval` reports, as data (`to_json`) and as a readable text table (`format_report`).

Our pipeline and the textblob-nl baseline are always shown side by side on the same items, so a
reader never compares figures measured on different texts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nlp.eval_metrics import ClassScores, LabelScores, SentimentScores

OURS = "antennes"
BASELINE = "textblob-nl"


@dataclass(frozen=True)
class TagScores:
    """Sentiment accuracy on the annotated items carrying one hard-case tag (negation, irony, ...)."""

    n: int
    accuracy_ours: float
    accuracy_baseline: float


@dataclass
class SetReport:
    name: str
    description: str
    status: str  # "ok" | "skipped"
    reason: str | None = None
    note: str | None = None  # e.g. why the annotated labels were not compared
    n: int = 0
    excluded: dict[str, int] = field(default_factory=dict)
    ours: SentimentScores | None = None
    baseline: SentimentScores | None = None
    unscored: int = 0  # items our pipeline did not score as Dutch (language detection)
    seconds_ours: float = 0.0
    seconds_baseline: float = 0.0
    topics: LabelScores | None = None
    groups: LabelScores | None = None
    stakeholders: LabelScores | None = None
    by_tag: dict[str, TagScores] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        def opt(x: SentimentScores | LabelScores | None) -> dict[str, Any] | None:
            return x.to_json() if x is not None else None

        return {
            "name": self.name,
            "description": self.description,
            "status": self.status,
            "reason": self.reason,
            "note": self.note,
            "n": self.n,
            "excluded": dict(self.excluded),
            "ours": opt(self.ours),
            "baseline": opt(self.baseline),
            "unscored": self.unscored,
            "seconds_ours": round(self.seconds_ours, 3),
            "seconds_baseline": round(self.seconds_baseline, 3),
            "topics": opt(self.topics),
            "groups": opt(self.groups),
            "stakeholders": opt(self.stakeholders),
            "by_tag": {k: vars(v) for k, v in self.by_tag.items()},
            "errors": list(self.errors),
        }


@dataclass
class EvalReport:
    opgave: str
    model_version: str
    shared_dir: str | None
    sets: list[SetReport] = field(default_factory=list)
    baseline: str = BASELINE

    def get(self, name: str) -> SetReport:
        for s in self.sets:
            if s.name == name:
                return s
        raise KeyError(name)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (like `ScoreResult.to_json`); `json.dumps` it for output."""
        return {
            "opgave": self.opgave,
            "model_version": self.model_version,
            "shared_dir": self.shared_dir,
            "baseline": self.baseline,
            "sets": [s.to_json() for s in self.sets],
        }


def _f(x: float) -> str:
    return f"{x:.3f}"


def _summary(report: EvalReport) -> list[str]:
    lines = [
        "Sentiment: macro-F1 over the gold classes, accuracy, on the same items",
        f"  {'set':<24}{'n':>6}  {'F1 ' + OURS:>12}{'F1 ' + BASELINE:>16}"
        f"{'acc ours':>10}{'acc base':>10}{'not nl':>8}",
    ]
    for s in report.sets:
        if s.status != "ok" or s.ours is None or s.baseline is None:
            lines.append(f"  {s.name:<24}skipped: {s.reason}")
            continue
        lines.append(
            f"  {s.name:<24}{s.n:>6}  {_f(s.ours.macro_f1):>12}{_f(s.baseline.macro_f1):>16}"
            f"{_f(s.ours.accuracy):>10}{_f(s.baseline.accuracy):>10}{s.unscored:>8}"
        )
    return lines


def _per_class(s: SetReport) -> list[str]:
    assert s.ours is not None and s.baseline is not None
    lines = [f"[{s.name}] {s.description}"]
    if s.excluded:
        lines.append("  left out: " + ", ".join(f"{k} x{v}" for k, v in s.excluded.items()))
    if s.note:
        lines.append(f"  note: {s.note}")
    lines.append(f"  {'class':<10}{'support':>8}   {OURS + ' P / R / F1':<24}{BASELINE + ' P / R / F1':<24}")
    for cls in s.ours.classes:
        o, b = s.ours.per_class[cls], s.baseline.per_class[cls]
        lines.append(f"  {cls:<10}{o.support:>8}   {_prf(o):<24}{_prf(b):<24}")
    for who, scores in ((OURS, s.ours), (BASELINE, s.baseline)):
        lines.append(f"  confusion {who} (rows gold, columns predicted: {' '.join(scores.labels)})")
        for gold in scores.classes:
            cells = " ".join(f"{scores.confusion[gold][p]:>6}" for p in scores.labels)
            lines.append(f"    {gold:<10}{cells}")
    return lines


def _prf(c: ClassScores) -> str:
    return f"{_f(c.precision)} / {_f(c.recall)} / {_f(c.f1)}"


def _labels(title: str, scores: LabelScores) -> list[str]:
    m = scores.micro
    lines = [
        f"  {title}: micro P {_f(m.precision)}  R {_f(m.recall)}  F1 {_f(m.f1)}  "
        f"(gold {m.support}, predicted {m.predicted})"
    ]
    for label, c in scores.per_label.items():
        lines.append(
            f"    {label:<36}P {_f(c.precision)}  R {_f(c.recall)}  F1 {_f(c.f1)}  "
            f"gold {c.support:>3}  predicted {c.predicted:>3}"
        )
    return lines


def _annotated(s: SetReport, max_errors: int) -> list[str]:
    lines: list[str] = []
    for title, scores in (("topics", s.topics), ("groups", s.groups), ("stakeholders", s.stakeholders)):
        if scores is not None:
            lines.extend(_labels(title, scores))
    if s.by_tag:
        lines.append(f"  sentiment accuracy by hard-case tag: {'tag':<12}{'n':>5}{'ours':>8}{'base':>8}")
        for tag, t in sorted(s.by_tag.items()):
            lines.append(f"    {'':<36}{tag:<12}{t.n:>5}{_f(t.accuracy_ours):>8}{_f(t.accuracy_baseline):>8}")
    if s.errors and max_errors:
        lines.append(f"  first {min(max_errors, len(s.errors))} of {len(s.errors)} items with an error:")
        for e in s.errors[:max_errors]:
            lines.append(f"    {e['id']}: {e['text'][:90]}")
            lines.append(f"      {'; '.join(e['problems'])}")
    return lines


def format_report(report: EvalReport, max_errors: int = 25) -> str:
    """The report as plain-text tables for a terminal or an issue note."""
    lines = [
        f"antennes eval: opgave {report.opgave}, model {report.model_version}",
        f"shared data: {report.shared_dir or 'not found'}",
        "",
    ]
    lines.extend(_summary(report))
    for s in report.sets:
        if s.status == "ok" and s.ours is not None:
            lines.append("")
            lines.extend(_per_class(s))
            lines.extend(_annotated(s, max_errors))
    return "\n".join(lines) + "\n"
