"""The one error family of antennes.

Every user-facing failure (bad config, missing file, bad SQL) is an `AntennesError`; the CLI
prints its message as one sentence and exits non-zero. Anything else is a bug and may show a
traceback.
"""

from __future__ import annotations


class AntennesError(Exception):
    """Base class for errors a user can fix; the message is shown as-is."""


class ConfigError(AntennesError):
    """An opgave YAML file is missing, unreadable or invalid."""


class WarehouseError(AntennesError):
    """The warehouse is missing, locked, or a query was refused."""


class SourceError(AntennesError):
    """A source could not be harvested (recorded per source, never fatal for a run)."""
