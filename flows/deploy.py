"""`antennes serve`: one scheduled Prefect deployment per opgave YAML in a folder, served by this process.

Each deployment runs `daily_pipeline` with the YAML's path as parameter on the YAML's own cron
schedule and time zone, tagged `antennes` and the opgave name so the Prefect UI can filter on
them. `prefect.serve` needs a Prefect API (PREFECT_API_URL, e.g. a local `prefect server start`);
building the deployments does not, which is what the tests check.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, cast

from config.errors import ConfigError

if TYPE_CHECKING:
    from prefect.deployments.runner import RunnerDeployment

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

PATTERNS = ("*.yaml", "*.yml")


def opgave_files(config_dir: str | Path) -> list[Path]:
    """The opgave YAML files in the folder (not its subfolders), sorted by name."""
    folder = Path(config_dir).expanduser()
    if not folder.is_dir():
        raise ConfigError(f"Config folder {folder} does not exist.")
    files = sorted({p.resolve() for pattern in PATTERNS for p in folder.glob(pattern) if p.is_file()})
    if not files:
        raise ConfigError(f"Config folder {folder} holds no opgave YAML files (*.yaml, *.yml).")
    return files


def build_deployments(config_dir: str | Path) -> list[RunnerDeployment]:
    """A deployment per opgave: name = opgave name, cron + time zone from `schedule:`, tags, config path.

    Every file is validated first, so one bad YAML stops `serve` before anything is registered.
    """
    from prefect.schedules import Cron

    from config.loader import load_opgave
    from flows.pipeline import daily_pipeline

    deployments = []
    seen: dict[str, Path] = {}
    for path in opgave_files(config_dir):
        opgave = load_opgave(path)
        if opgave.name in seen:
            raise ConfigError(f"Opgave name {opgave.name!r} is used by both {seen[opgave.name]} and {path}.")
        seen[opgave.name] = path
        deployment = daily_pipeline.to_deployment(
            name=opgave.name,
            schedules=[Cron(opgave.schedule.cron, timezone=opgave.schedule.timezone)],
            parameters={"config_path": str(path), "opgave_name": opgave.name},
            tags=["antennes", opgave.name],
            description=f"Daily harvest, scoring and publication for {opgave.title} ({path.name}).",
        )
        deployments.append(cast("RunnerDeployment", deployment))  # sync call: never a coroutine here
    return deployments


def serve_all(config_dir: str | Path, *, limit: int | None = None) -> None:
    """Register and serve every opgave's deployment until interrupted (needs a Prefect API)."""
    from prefect import serve

    deployments = build_deployments(config_dir)
    serve(*deployments, limit=limit, print_starting_message=True)
