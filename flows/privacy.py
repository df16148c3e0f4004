"""Pseudonymise authors at ingest (AVG): private persons become a keyed hash, organisations keep their name.

The hash is HMAC-SHA256 with a secret key, so the same person gets the same pseudonym across
runs (counts per author stay possible) while nobody without the key can test a guessed name.
The key comes from `ANTENNES_PSEUDONYM_KEY`, or from a local secret file outside the repository
(`ANTENNES_PSEUDONYM_KEY_FILE`, default `~/.config/antennes/pseudonym.key`) created on first use
with mode 0600. Authors found in the opgave's stakeholder gazetteer (name, alias or handle) are
public actors and keep their canonical name.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Iterable
from pathlib import Path

from config.errors import ConfigError
from config.schema import Stakeholder

KEY_ENV = "ANTENNES_PSEUDONYM_KEY"
KEY_FILE_ENV = "ANTENNES_PSEUDONYM_KEY_FILE"
DEFAULT_KEY_FILE = Path("~/.config/antennes/pseudonym.key")
PREFIX = "anon:"
AUTHOR_KEYS = frozenset({"author", "authors", "author_detail", "author_fullname", "author_flair_text"})
"""Keys removed from lineage payloads: the pseudonym in RawItem.author replaces them."""
_MENTION = re.compile(r"(^|[^\w/])/?u/([A-Za-z0-9_-]{3,20})\b")


def key_file_path() -> Path:
    """Where the local secret lives (overridable, e.g. by tests)."""
    return Path(os.environ.get(KEY_FILE_ENV) or DEFAULT_KEY_FILE).expanduser()


def load_key() -> bytes:
    """The pseudonym key: from the environment, else from the local secret file (created if absent)."""
    env = os.environ.get(KEY_ENV)
    if env:
        return env.encode("utf-8")
    path = key_file_path()
    try:
        return _read_or_create(path)
    except OSError as exc:
        raise ConfigError(
            f"Cannot read or create the pseudonym key file {path} ({exc.strerror}); "
            f"set {KEY_ENV} or {KEY_FILE_ENV}."
        ) from None


def _read_or_create(path: Path) -> bytes:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process created it just now
            return path.read_bytes().strip()
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32) + "\n")
    key = path.read_bytes().strip()
    if not key:
        raise ConfigError(f"The pseudonym key file {path} is empty; delete it to have a new key made.")
    return key


def _norm(name: str) -> str:
    name = name.strip().lstrip("@").casefold()
    name = name.removeprefix("/").removeprefix("u/")
    return " ".join(name.split())


class Pseudonymiser:
    """Maps raw author names/ids to a safe form: canonical stakeholder name or `anon:<hash>`."""

    def __init__(self, key: bytes, stakeholders: Iterable[Stakeholder] = ()) -> None:
        self._key = key
        self._known: dict[str, str] = {}
        for holder in stakeholders:
            for alias in (holder.name, *holder.aliases, *holder.handles):
                self._known[_norm(alias)] = holder.name

    def author(self, raw: str | None) -> str | None:
        """The safe author: None stays None, gazetteer matches keep their name, others are hashed."""
        if raw is None or not raw.strip() or raw.strip() in {"[deleted]", "[removed]"}:
            return None
        if raw.startswith(PREFIX):
            return raw  # already pseudonymised
        known = self._known.get(_norm(raw))
        if known is not None:
            return known
        digest = hmac.new(self._key, _norm(raw).encode("utf-8"), hashlib.sha256).hexdigest()
        return PREFIX + digest[:16]

    def mentions(self, text: str) -> str:
        """Replace Reddit user mentions (`u/naam`) in a text by the same pseudonym as the author field."""
        if "u/" not in text:
            return text
        return _MENTION.sub(lambda m: m[1] + (self.author(m[2]) or "[verwijderd]"), text)
