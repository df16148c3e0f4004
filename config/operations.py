"""Operations settings of an opgave: alert channels, the daily digest and scale-out.

Strict like `config.schema` (`extra="forbid"`). Secrets (SMTP password, a Slack webhook URL)
never sit in the YAML itself: a field ending in `_env` names the environment variable that
holds them, and `${VAR}` substitution in the loader works for everything else.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WebhookChannel(_Strict):
    """A chat webhook (Slack, Teams, Mattermost, ...) that accepts a JSON POST with a `text` field."""

    kind: Literal["webhook"]
    name: str = Field(default="webhook", pattern=r"^[a-z0-9][a-z0-9_\-]*$")
    url: str | None = Field(default=None, description="Webhook URL (prefer url_env: such URLs are secrets).")
    url_env: str | None = Field(default=None, description="Environment variable holding the webhook URL.")
    payload: Literal["text", "json"] = Field(
        default="text",
        description="text: {'text': ...} for Slack/Teams/Mattermost; json: also the alerts as data.",
    )
    timeout_s: float = Field(default=10.0, gt=0, le=120)
    retries: int = Field(default=3, ge=0, le=10, description="Extra attempts on a network error or 5xx/429.")
    backoff_s: float = Field(default=1.0, ge=0, le=60, description="First wait between attempts; doubles.")

    @model_validator(mode="after")
    def _one_url(self) -> WebhookChannel:
        if (self.url is None) == (self.url_env is None):
            raise ValueError("a webhook channel needs exactly one of url or url_env")
        return self


class EmailChannel(_Strict):
    """E-mail over SMTP; user name and password come from environment variables, if needed."""

    kind: Literal["email"]
    name: str = Field(default="email", pattern=r"^[a-z0-9][a-z0-9_\-]*$")
    host: str = "localhost"
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["none", "starttls", "ssl"] = "starttls"
    username_env: str | None = Field(default=None, description="Environment variable with the SMTP user.")
    password_env: str | None = Field(default=None, description="Environment variable with the SMTP password.")
    sender: str = Field(description="From address, e.g. antennes@gemeente.example.")
    recipients: list[str] = Field(min_length=1)
    ca_file: str | None = Field(
        default=None, description="CA bundle for an internal mail server's certificate."
    )
    subject_prefix: str = "[antennes]"
    timeout_s: float = Field(default=20.0, gt=0, le=300)


Kind = Literal["sentiment", "volume"]
KINDS: tuple[Kind, ...] = ("sentiment", "volume")

Channel = Annotated[WebhookChannel | EmailChannel, Field(discriminator="kind")]


class Alerts(_Strict):
    """Shift alerts after each run; the detection is the Signalen page's (`warehouse.signals`)."""

    enabled: bool = True
    channels: list[Channel] = Field(default_factory=list)
    lookback_days: int = Field(
        default=2, ge=1, le=31, description="Alert on signals of the last N days (older ones stay quiet)."
    )
    kinds: list[Kind] = Field(default_factory=lambda: list(KINDS))

    @model_validator(mode="after")
    def _unique_names(self) -> Alerts:
        names = [c.name for c in self.channels]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"alert channel names must be unique; repeated: {', '.join(dupes)}")
        return self


class Digest(_Strict):
    """The daily one-page digest (Markdown + HTML)."""

    folder: str = Field(default="data/digests", description="Where <opgave>-<date>.md/.html are written.")
    posts_per_group: int = Field(default=3, ge=1, le=10)
    stakeholders: int = Field(default=8, ge=1, le=50, description="How many of the most active to list.")
    mail_via: str | None = Field(default=None, description="Name of an e-mail channel in alerts.channels.")


class Scale(_Strict):
    """Scale-out of scoring: a Dask scheduler address runs it on that cluster, else locally."""

    dask_address: str | None = Field(default=None, description="e.g. tcp://10.0.0.5:8786; empty = local.")
    batch_size: int = Field(default=500, ge=1, le=100_000, description="Documents per scoring task.")

    @field_validator("dask_address", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        """`${ANTENNES_DASK:-}` expands to "" when unset: that means local, not an error."""
        return None if isinstance(value, str) and not value.strip() else value
