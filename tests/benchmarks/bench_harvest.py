"""Benchmark: harvest the demo opgave from the offline twin; full run versus a no-op re-run.

Run: `.venv/bin/python tests/benchmarks/bench_harvest.py [--repeat 3]`. Prints items/s for a full
harvest (every source, empty state) and the time and bytes of a re-run with the stored state
(feeds answer 304, Reddit skips posts without new comments, Tweede Kamer skips unchanged documents).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("REDDIT_CLIENT_ID", "antennes-bench")
os.environ.setdefault("REDDIT_CLIENT_SECRET", "antennes-bench")
os.environ.setdefault("ANTENNES_PSEUDONYM_KEY", "benchmark-key")

from config.loader import load_opgave  # noqa: E402
from flows.sources import harvest_source  # noqa: E402
from flows.twin import TwinServer  # noqa: E402

DEMO_DATA = Path(__file__).resolve().parents[2] / "flows" / "demo" / "data"


def run_all(opgave, states: dict[str, dict[str, str]]) -> tuple[float, int, int, dict[str, dict[str, str]]]:
    began = time.perf_counter()
    items = transferred = 0
    new_states = {}
    for cfg in opgave.sources:
        result = harvest_source(cfg, opgave, states.get(cfg.name, {}))
        items += len(result.items)
        transferred += result.bytes_received
        new_states[cfg.name] = result.state
    return time.perf_counter() - began, items, transferred, new_states


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with TwinServer(DEMO_DATA) as twin:
        os.environ["ANTENNES_DEMO_URL"] = twin.url
        opgave = load_opgave(None)
        run_all(opgave, {})  # warm-up: imports, TLS context, praw
        full, noop = [], []
        for _ in range(args.repeat):
            seconds, items, size, states = run_all(opgave, {})
            full.append(seconds)
            again, again_items, again_size, _ = run_all(opgave, states)
            noop.append(again)
    f, n = statistics.median(full), statistics.median(noop)
    print(f"sources: {len(opgave.sources)}  items: {items}  bytes: {size}")
    print(f"full harvest:   {f:.3f} s  ({items / f:.0f} items/s)")
    print(f"no-op re-run:   {n:.3f} s  items: {again_items}  bytes: {again_size}  ({n / f:.0%} of full)")


if __name__ == "__main__":
    main()
