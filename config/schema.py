"""The opgave schema: what one monitored policy issue looks like in YAML.

Strict everywhere (`extra="forbid"`): a misspelt key is an error with a suggestion, never a
silently ignored setting.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from config.operations import Alerts, Digest, Scale
from config.sources import SourceConfig


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Topic(_Strict):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_\-]*$")
    label: str | None = None
    terms: list[str] = Field(min_length=1, description="Words or phrases; compounds also match.")


class TargetGroup(_Strict):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_\-]*$")
    label: str | None = None
    markers: list[str] = Field(
        min_length=1, description="Nouns naming members of the group (boer, melkveehouder, ...)."
    )


class Stakeholder(_Strict):
    name: str
    kind: str = Field(default="organisation", pattern=r"^(organisation|office|person_public)$")
    aliases: list[str] = Field(default_factory=list)
    handles: list[str] = Field(default_factory=list, description="Social handles, e.g. @LTONederland.")


class Schedule(_Strict):
    cron: str = "0 6 * * *"
    timezone: str = "Europe/Amsterdam"


class Retention(_Strict):
    raw_text_days: int = Field(default=365, ge=1, description="Raw text older than this is purged.")


class Warehouse(_Strict):
    path: str = "data/antennes.duckdb"


class Harvest(_Strict):
    user_agent: str = "antennes/0.1 (+https://github.com/antennes/antennes)"
    contact: str | None = Field(default=None, description="E-mail address sent with requests.")
    max_items_per_source: int = Field(default=5000, ge=1)


class Dashboard(_Strict):
    min_n: int = Field(default=10, ge=1, description="Below this, show 'te weinig data'.")


class Opgave(_Strict):
    """One policy issue to monitor, with everything needed to harvest and score it."""

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_\-]*$")
    title: str
    description: str = ""
    keywords: list[str] = Field(min_length=1)
    sources: list[SourceConfig] = Field(min_length=1)
    topics: list[Topic] = Field(default_factory=list)
    target_groups: list[TargetGroup] = Field(default_factory=list)
    stakeholders: list[Stakeholder] = Field(default_factory=list)
    schedule: Schedule = Schedule()
    retention: Retention = Retention()
    warehouse: Warehouse = Warehouse()
    harvest: Harvest = Harvest()
    dashboard: Dashboard = Dashboard()
    alerts: Alerts = Alerts()
    digest: Digest = Digest()
    scale: Scale = Scale()

    @model_validator(mode="after")
    def _check_references(self) -> Opgave:
        names = [s.name for s in self.sources]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"source names must be unique; repeated: {', '.join(dupes)}")
        groups = {g.name for g in self.target_groups}
        for src in self.sources:
            if src.voice_of is not None and src.voice_of not in groups:
                raise ValueError(
                    f"source {src.name!r} has voice_of {src.voice_of!r}, "
                    f"which is not a target group ({', '.join(sorted(groups)) or 'none defined'})"
                )
        return self

    def warehouse_path(self, base: Path | None = None) -> Path:
        """The published warehouse file; relative paths are taken from `base` (default: cwd)."""
        path = Path(self.warehouse.path).expanduser()
        return path if path.is_absolute() else (base or Path.cwd()) / path
