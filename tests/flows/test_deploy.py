"""`antennes serve`: one deployment per opgave YAML, with its own schedule, tags and config path."""

from __future__ import annotations

from pathlib import Path

import pytest
from prefect.client.schemas.schedules import CronSchedule
from prefect.deployments.runner import RunnerDeployment

from config.errors import ConfigError
from config.loader import demo_config_path
from flows.deploy import build_deployments, opgave_files

DEMO_SCHEDULE = 'schedule:\n  cron: "0 6 * * *"\n  timezone: Europe/Amsterdam\n'


def _opgave_yaml(folder: Path, file: str, name: str, cron: str | None, timezone: str | None = None) -> Path:
    """The demo opgave under another name; its schedule replaced by `cron` or left out (the default)."""
    text = demo_config_path().read_text(encoding="utf-8").replace("name: stikstof\n", f"name: {name}\n", 1)
    assert DEMO_SCHEDULE in text, "the demo config's schedule block changed; update this helper"
    schedule = (
        f"schedule:\n  cron: '{cron}'\n" + (f"  timezone: {timezone}\n" if timezone else "") if cron else ""
    )
    path = folder / file
    path.write_text(text.replace(DEMO_SCHEDULE, schedule), encoding="utf-8")
    return path


def _schedules(deployment: RunnerDeployment) -> list[tuple[str, str]]:
    out = []
    for item in deployment.schedules or []:
        assert isinstance(item.schedule, CronSchedule)
        out.append((item.schedule.cron, str(item.schedule.timezone)))
    return out


def test_one_deployment_per_opgave_with_its_schedule_tags_and_config(tmp_path: Path) -> None:
    stikstof = _opgave_yaml(tmp_path, "stikstof.yaml", "stikstof", "30 5 * * *")
    wonen = _opgave_yaml(tmp_path, "wonen.yml", "woningbouw", "0 7 * * 1-5", "Europe/Brussels")
    (tmp_path / "notes.txt").write_text("geen opgave", encoding="utf-8")

    deployments = {d.name: d for d in build_deployments(tmp_path)}

    assert set(deployments) == {"stikstof", "woningbouw"}
    first, second = deployments["stikstof"], deployments["woningbouw"]
    assert first.parameters == {"config_path": str(stikstof.resolve()), "opgave_name": "stikstof"}
    assert second.parameters == {"config_path": str(wonen.resolve()), "opgave_name": "woningbouw"}
    assert first.tags == ["antennes", "stikstof"] and second.tags == ["antennes", "woningbouw"]
    crons = {name: _schedules(d) for name, d in deployments.items()}
    assert crons == {
        "stikstof": [("30 5 * * *", "Europe/Amsterdam")],
        "woningbouw": [("0 7 * * 1-5", "Europe/Brussels")],
    }
    assert first.flow_name == "antennes-daily"
    assert first.entrypoint is not None and first.entrypoint.endswith("pipeline.py:daily_pipeline")


def test_default_schedule_comes_from_the_schema(tmp_path: Path) -> None:
    _opgave_yaml(tmp_path, "demo.yaml", "stikstof", None)
    (deployment,) = build_deployments(tmp_path)
    assert _schedules(deployment) == [("0 6 * * *", "Europe/Amsterdam")]


def test_two_files_with_one_opgave_name_are_refused(tmp_path: Path) -> None:
    _opgave_yaml(tmp_path, "a.yaml", "stikstof", None)
    _opgave_yaml(tmp_path, "b.yaml", "stikstof", None)
    with pytest.raises(ConfigError, match="'stikstof' is used by both"):
        build_deployments(tmp_path)


def test_empty_or_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="holds no opgave YAML files"):
        opgave_files(tmp_path)
    with pytest.raises(ConfigError, match="does not exist"):
        opgave_files(tmp_path / "nergens")


def test_a_bad_yaml_stops_serve_before_anything_is_registered(tmp_path: Path) -> None:
    _opgave_yaml(tmp_path, "goed.yaml", "stikstof", None)
    (tmp_path / "kapot.yaml").write_text("name: kapot\ntitle: Kapot\nkeywords: []\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        build_deployments(tmp_path)
