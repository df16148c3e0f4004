"""Pseudonymisation: keyed, stable, organisations keep their names, the key file is private."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from config.errors import ConfigError
from config.schema import Stakeholder
from flows.privacy import KEY_ENV, KEY_FILE_ENV, Pseudonymiser, load_key

HOLDERS = [
    Stakeholder(name="LTO Nederland", aliases=["LTO"], handles=["@LTONederland"]),
    Stakeholder(name="Natuurmonumenten", handles=["@natuurmonument"]),
]


def test_private_persons_get_a_stable_keyed_pseudonym() -> None:
    safe = Pseudonymiser(b"sleutel-een", HOLDERS)
    first = safe.author("melkmeisje88")
    assert first is not None and first.startswith("anon:") and len(first) == 5 + 16
    assert "melkmeisje" not in first
    assert safe.author("melkmeisje88") == first == safe.author("u/Melkmeisje88 ")
    assert safe.author("groenevogelaar") != first
    assert Pseudonymiser(b"sleutel-twee", HOLDERS).author("melkmeisje88") != first  # keyed, not a plain hash
    assert safe.author(first) == first  # idempotent


def test_gazetteer_names_aliases_and_handles_keep_the_canonical_name() -> None:
    safe = Pseudonymiser(b"k", HOLDERS)
    assert safe.author("LTO Nederland") == "LTO Nederland"
    assert safe.author("lto") == "LTO Nederland"
    assert safe.author("LTONederland") == "LTO Nederland"  # a Reddit account named like the handle
    assert safe.author("@natuurmonument") == "Natuurmonumenten"


def test_missing_and_deleted_authors_become_none() -> None:
    safe = Pseudonymiser(b"k", HOLDERS)
    assert safe.author(None) is None and safe.author("  ") is None and safe.author("[deleted]") is None


def test_key_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_ENV, "uit-de-omgeving")
    assert load_key() == b"uit-de-omgeving"


def test_key_file_is_created_private_and_reused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(KEY_ENV, raising=False)
    path = tmp_path / "config" / "antennes" / "pseudonym.key"
    monkeypatch.setenv(KEY_FILE_ENV, str(path))
    key = load_key()
    assert len(key) == 64 and path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_key() == key


def test_empty_key_file_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(KEY_ENV, raising=False)
    path = tmp_path / "pseudonym.key"
    path.write_text("")
    monkeypatch.setenv(KEY_FILE_ENV, str(path))
    with pytest.raises(ConfigError, match="empty"):
        load_key()


def test_unwritable_key_location_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(KEY_ENV, raising=False)
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map")
    monkeypatch.setenv(KEY_FILE_ENV, str(blocker / "pseudonym.key"))
    with pytest.raises(ConfigError, match=KEY_ENV):
        load_key()


def test_user_mentions_in_text_get_the_same_pseudonym() -> None:
    safe = Pseudonymiser(b"k", HOLDERS)
    text = safe.mentions(
        "Eens met u/melkmeisje88 en /u/LTONederland, maar niet met mijn_u/x of http://a.nl/u/abc."
    )
    assert text.startswith(f"Eens met {safe.author('melkmeisje88')} en LTO Nederland,")
    assert "melkmeisje88" not in text and "mijn_u/x" in text and "http://a.nl/u/abc" in text
    assert safe.mentions("geen vermeldingen") == "geen vermeldingen"
