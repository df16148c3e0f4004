"""Source connectors, one module per `kind:`, behind one entry point that never raises.

`harvest_source(cfg, opgave, state)` fetches one configured source and returns a
`HarvestResult`: whatever was harvested before a failure is kept, the failure becomes
`status="failed"` with a one-sentence reason, and every author is already pseudonymised.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Any

from config.errors import AntennesError
from config.schema import Opgave
from flows.privacy import Pseudonymiser, load_key
from flows.sources.base import HarvestResult, PoliteClient, RawItem, RetryPolicy

__all__ = ["HarvestResult", "RawItem", "RetryPolicy", "harvest_source"]

log = logging.getLogger(__name__)
Connector = Callable[[Any, Opgave, dict[str, str], PoliteClient, HarvestResult], None]


def _connector(kind: str) -> Connector | None:
    """Import lazily so e.g. praw is only loaded when a Reddit source is configured."""
    if kind == "rss":
        from flows.sources.rss import harvest_rss

        return harvest_rss
    if kind == "reddit":
        from flows.sources.reddit import harvest_reddit

        return harvest_reddit
    if kind == "tweedekamer":
        from flows.sources.tweedekamer import harvest_tweedekamer

        return harvest_tweedekamer
    if kind == "json":
        from flows.sources.jsonapi import harvest_json

        return harvest_json
    return None


def harvest_source(
    cfg: Any,
    opgave: Opgave,
    state: dict[str, str],
    *,
    retry: RetryPolicy | None = None,
    pseudonymiser: Pseudonymiser | None = None,
) -> HarvestResult:
    """Harvest one source; never raises. `retry` and `pseudonymiser` are injectable for tests."""
    kind = str(getattr(cfg, "kind", "?"))
    result = HarvestResult(source=str(getattr(cfg, "name", "?")), kind=kind, status="ok", state=dict(state))
    if not getattr(cfg, "enabled", True):
        result.status, result.error = "skipped", "Source is disabled in the config."
        return result
    connector = _connector(kind)
    if connector is None:
        result.status = "skipped"
        result.error = (
            "CBS sources hold statistics, not documents; they are read by harvest_series."
            if kind == "cbs"
            else f"Unknown source kind {kind!r}."
        )
        return result
    client: PoliteClient | None = None
    try:
        client = PoliteClient(opgave.harvest, cfg.timeout_s, retry=retry)
        connector(cfg, opgave, state, client, result)
    except AntennesError as exc:
        _fail(result, str(exc), state)
    except Exception as exc:  # a connector bug must not stop the other sources
        log.exception("harvesting %s failed unexpectedly", result.source)
        _fail(result, f"Unexpected {type(exc).__name__} while harvesting: {exc}.", state)
    finally:
        if client is not None:
            result.bytes_received += client.bytes_received
            client.close()
    _finish(result, opgave, pseudonymiser)
    return result


def _fail(result: HarvestResult, reason: str, state: dict[str, str]) -> None:
    result.status = "failed"
    kept = f" Kept the {len(result.items)} items harvested before the failure." if result.items else ""
    result.error = reason + kept
    result.state = dict(state)


def _finish(result: HarvestResult, opgave: Opgave, pseudonymiser: Pseudonymiser | None) -> None:
    """Cap the number of items and pseudonymise authors, so callers only ever see safe items."""
    cap = opgave.harvest.max_items_per_source
    if len(result.items) > cap:
        result.skipped.append(("*", f"{len(result.items) - cap} items over max_items_per_source={cap}"))
        del result.items[cap:]
    if not result.items:
        return
    try:
        safe = pseudonymiser or Pseudonymiser(load_key(), opgave.stakeholders)
    except AntennesError as exc:  # without a key we must not keep names: drop authors instead
        result.error = (result.error + " " if result.error else "") + str(exc)
        result.items[:] = [dataclasses.replace(i, author=None) for i in result.items]
        return
    result.items[:] = [
        dataclasses.replace(
            i, author=safe.author(i.author), text=safe.mentions(i.text), title=safe.mentions(i.title)
        )
        for i in result.items
    ]
