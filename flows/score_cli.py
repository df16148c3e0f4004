"""`antennes score`: the pipeline's own scorer over JSONL, for ad-hoc checks and other tools.

Exactly one output line per input line, in order: a score, or `{"line": n, "error": ...}` for a
line that could not be read. A bad line never stops the rest.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from config.loader import load_opgave

BATCH = 512


def parse_line(number: int, line: str) -> tuple[Any, str | None]:
    """Return (ScoreInput-kwargs, None) or (None, reason) for one JSONL line."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, f"invalid JSON ({exc.msg} at column {exc.colno})"
    if not isinstance(obj, dict):
        return None, "expected a JSON object with 'id' and 'text'"
    if "text" not in obj:
        return None, "missing key 'text'"
    text = obj["text"]
    if text is None:
        text = ""
    if not isinstance(text, str):
        return None, "'text' must be a string"
    ident = obj.get("id", number)
    return {
        "id": str(ident),
        "text": text,
        "title": str(obj.get("title") or ""),
        "voice_of": obj.get("voice_of"),
        "language": obj.get("language"),
    }, None


def _chunks(stream: IO[str]) -> Iterator[list[tuple[int, str]]]:
    chunk: list[tuple[int, str]] = []
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        chunk.append((number, line))
        if len(chunk) >= BATCH:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def score_stream(config: str | None, stdin: IO[str], stdout: IO[str], stderr: IO[str]) -> int:
    """Score every line of `stdin`; return the number of lines that could not be scored."""
    from nlp.pipeline import build_pipeline
    from nlp.score import ScoreInput, score_texts

    opgave = load_opgave(config)
    nlp = build_pipeline(opgave)
    failed = 0
    for chunk in _chunks(stdin):
        parsed = [(n, *parse_line(n, line)) for n, line in chunk]
        good = [ScoreInput(**kw) for _, kw, err in parsed if err is None]
        results = iter(score_texts(nlp, good))
        for number, _, err in parsed:
            if err is not None:
                failed += 1
                stderr.write(f"antennes score: line {number}: {err}\n")
                out: dict[str, Any] = {"line": number, "error": err}
            else:
                out = next(results).to_json()
            stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        stdout.flush()
    return failed
