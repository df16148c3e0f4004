"""Benchmark: wall time of a full demo pipeline run against a no-op re-run (issue 6 goal: < 5 %).

Runs the real flow in one process (one Prefect ephemeral server, started before timing) against
the demo's offline twin, each repetition on a fresh warehouse: run 1 harvests and scores
everything, run 2 finds nothing new (but still contacts every source with conditional requests,
records a harvest run per source and publishes). Prints medians and the ratio. Not a test.

`--floor` also times Prefect's own fixed cost on this machine: an empty flow run with the same
settings as `run_pipeline` (no heartbeats), and the same with one task run. Whatever a no-op
run costs above that is ours.

    .venv/bin/python tests/benchmarks/bench_pipeline.py --repeat 7 --floor
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def _config(directory: Path) -> Path:
    from config.loader import demo_config_path

    text = demo_config_path().read_text(encoding="utf-8")
    path = directory / "demo.yaml"
    path.write_text(text.replace("path: data/antennes.duckdb", f"path: {directory / 'antennes.duckdb'}"))
    return path


def floor(repeat: int) -> tuple[float, float]:
    """Median seconds of an empty flow run and of a flow run with one (empty) task run."""
    from prefect import flow, task

    from flows.pipeline import _in_process_settings

    @task(name="empty-task")
    def empty_task() -> int:
        return 1

    @flow(name="antennes-floor-empty")
    def empty() -> int:
        return 1

    @flow(name="antennes-floor-one-task")
    def one_task() -> int:
        return empty_task()

    medians = []
    for fn in (empty, one_task):
        times = []
        for _ in range(repeat + 1):  # the first call warms up
            with _in_process_settings():
                began = time.perf_counter()
                fn()
                times.append(time.perf_counter() - began)
        medians.append(statistics.median(times[1:]))
    return medians[0], medians[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--floor", action="store_true", help="also time an empty Prefect flow run")
    args = parser.parse_args()

    from flows.demo.run import DEMO_REDDIT_ENV, demo_data_dir
    from flows.pipeline import run_pipeline
    from flows.twin import TwinServer

    full: list[float] = []
    noop: list[float] = []
    with TwinServer(demo_data_dir()) as twin:
        os.environ["ANTENNES_DEMO_URL"] = twin.url
        for key, value in DEMO_REDDIT_ENV.items():
            os.environ.setdefault(key, value)
        with tempfile.TemporaryDirectory() as warm:  # start Prefect's server before timing
            run_pipeline(_config(Path(warm)))
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory() as tmp:
                config = _config(Path(tmp))
                began = time.perf_counter()
                first = run_pipeline(config)
                full.append(time.perf_counter() - began)
                began = time.perf_counter()
                second = run_pipeline(config)
                noop.append(time.perf_counter() - began)
                assert second.documents_new == 0 and second.documents_scored == 0
                assert len(second.sources) == len(first.sources) and second.published
                print(
                    f"full {full[-1]:.2f} s ({first.documents_new} docs), no-op {noop[-1]:.2f} s", flush=True
                )
        if args.floor:
            empty, one = floor(max(args.repeat, 5))
    f, n = statistics.median(full), statistics.median(noop)
    print(f"median full run {f:.2f} s, median no-op re-run {n:.2f} s, ratio {n / f:.1%} (goal < 5 %)")
    if args.floor:
        print(
            f"Prefect floor: empty flow run {empty:.3f} s ({empty / f:.1%} of a full run), "
            f"with one task run {one:.3f} s; the no-op run costs {n - empty:.3f} s above an empty flow run"
        )


if __name__ == "__main__":
    main()
