"""Schema of the `sources:` entries of an opgave, one model per `kind:`.

Each model is strict (`extra="forbid"`) so a misspelt setting is reported, not ignored.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Source(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_\-]*$", description="Unique id of the source.")
    label: str | None = Field(default=None, description="Human name shown in the dashboard.")
    voice_of: str | None = Field(
        default=None,
        description="Target group whose voice this source is (e.g. a farmers' paper for `boeren`).",
    )
    enabled: bool = True
    timeout_s: float = Field(default=20.0, gt=0, le=300)


class RssSource(_Source):
    kind: Literal["rss"]
    url: str
    full_text: bool = Field(default=False, description="Fetch full articles (summary-only feeds).")


class RedditSource(_Source):
    kind: Literal["reddit"]
    subreddits: list[str] = Field(min_length=1)
    search: bool = Field(default=True, description="Also search the opgave keywords.")
    limit: int = Field(default=100, ge=1, le=1000)
    comment_depth: int = Field(default=2, ge=0, le=10)
    recheck_comments_days: int = Field(
        default=7, ge=0, le=90, description="Re-check comment counts of posts younger than this."
    )
    oauth_url: str = "https://oauth.reddit.com"
    reddit_url: str = "https://www.reddit.com"


class TweedeKamerSource(_Source):
    kind: Literal["tweedekamer"]
    base_url: str = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0"
    entity: str = "Document"
    limit: int = Field(default=250, ge=1, le=5000)


class CbsSource(_Source):
    kind: Literal["cbs"]
    base_url: str = "https://opendata.cbs.nl/ODataApi/odata"
    table: str
    measure: str
    label_nl: str | None = None


class JsonSource(_Source):
    kind: Literal["json"]
    url: str
    items_path: str = Field(default="", description="Dotted path to the list of items.")
    fields: dict[str, str] = Field(
        default_factory=dict,
        description="Our field name -> dotted path in an item (id, title, text, url, published_at, author).",
    )


SourceConfig = Annotated[
    RssSource | RedditSource | TweedeKamerSource | CbsSource | JsonSource,
    Field(discriminator="kind"),
]

SOURCE_KINDS = ("rss", "reddit", "tweedekamer", "cbs", "json")
