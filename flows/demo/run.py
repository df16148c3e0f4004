"""`antennes demo`: harvest the demo opgave from its offline twin, then serve the dashboard.

The twin is a real local HTTP server, so the demo exercises the same connectors as production.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from config.loader import demo_config_path

DEMO_REDDIT_ENV = {
    "REDDIT_CLIENT_ID": "antennes-demo",
    "REDDIT_CLIENT_SECRET": "antennes-demo-secret",
    "REDDIT_USER_AGENT": "antennes-demo/0.1 (offline twin)",
}


def demo_data_dir() -> Path:
    """Recorded responses of the demo sources (package data)."""
    return Path(str(resources.files("flows.demo").joinpath("data")))


def harvest_demo() -> str:
    """Run the pipeline once on the demo opgave against the twin; return the run summary."""
    from flows.pipeline import run_pipeline
    from flows.twin import TwinServer

    with TwinServer(demo_data_dir()) as twin:
        os.environ["ANTENNES_DEMO_URL"] = twin.url
        for key, value in DEMO_REDDIT_ENV.items():
            os.environ.setdefault(key, value)
        report = run_pipeline(demo_config_path())
    return report.summary()


def run_demo(serve: bool = True, port: int = 8501) -> None:
    print(harvest_demo(), flush=True)
    if serve:
        from flows.serve_dashboard import serve_dashboard

        serve_dashboard(demo_config_path(), port=port)
