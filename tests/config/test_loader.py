"""The opgave loader reports every problem at once, with file, key path, line and a suggestion."""

from __future__ import annotations

from pathlib import Path

import pytest

from config.errors import ConfigError
from config.loader import demo_config_path, load_opgave, resolve_config

DATA = Path(__file__).parent / "data"


def problems(name: str) -> str:
    with pytest.raises(ConfigError) as info:
        load_opgave(DATA / name)
    return str(info.value)


def test_demo_config_is_complete() -> None:
    opgave = load_opgave(None)
    assert opgave.name == "stikstof"
    assert {s.kind for s in opgave.sources} >= {"rss", "reddit", "tweedekamer"}
    assert len([s for s in opgave.sources if s.kind == "rss"]) >= 3
    assert {t.name for t in opgave.topics} >= {"mest", "uitkoop", "natuur"}
    assert {g.name for g in opgave.target_groups} >= {"boeren", "natuurbeschermers", "bouwers"}
    assert any("@LTONederland" in s.handles for s in opgave.stakeholders)
    assert opgave.warehouse.path == "data/antennes.duckdb"


def test_misspelt_keys_are_all_reported_with_line_and_suggestion() -> None:
    text = problems("misspelt_keys.yaml")
    assert "misspelt_keys.yaml has 7 problems" in text
    assert "keywrds (line 3): unknown key; did you mean 'keywords'?" in text
    assert "sources[0].urll (line 7): unknown key; did you mean 'url'?" in text
    assert "topics[0].trems (line 10): unknown key; did you mean 'terms'?" in text
    assert "warehouse.pth (line 12): unknown key; did you mean 'path'?" in text
    assert "keywords (line 1): required key is missing" in text


def test_unknown_source_kind_lists_the_kinds() -> None:
    text = problems("unknown_kind.yaml")
    assert "sources[0] (line 5): unknown source kind; use one of rss, reddit, tweedekamer, cbs, json" in text


def test_yaml_syntax_error_names_the_line() -> None:
    text = problems("syntax_error.yaml")
    assert "syntax_error.yaml at line" in text and "invalid YAML" in text


def test_wrong_types_are_reported_together() -> None:
    text = problems("wrong_types.yaml")
    for fragment in (
        "name (line 1)",
        "keywords (line 3)",
        "sources[0].subreddits (line 7)",
        "sources[0].limit (line 8)",
        "target_groups[0].markers (line 11)",
        "dashboard.min_n (line 13)",
    ):
        assert fragment in text, fragment


def test_cross_references_are_checked() -> None:
    text = problems("bad_reference.yaml")
    assert "source names must be unique; repeated: huurdersblad" in text


def test_not_a_mapping() -> None:
    assert "expected a mapping of settings at the top level" in problems("not_a_mapping.yaml")


def test_environment_variables_are_expanded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ANTENNES_TEST_DB", str(tmp_path / "x.duckdb"))
    monkeypatch.delenv("ANTENNES_TEST_BASE", raising=False)
    opgave = load_opgave(DATA / "with_env.yaml")
    assert opgave.sources[0].url == "http://127.0.0.1:1/wijk.xml"  # type: ignore[union-attr]
    assert opgave.warehouse_path() == tmp_path / "x.duckdb"


def test_missing_file_is_one_clear_sentence(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        resolve_config(tmp_path / "nope.yaml")


def test_bundled_name_resolves() -> None:
    assert resolve_config("demo") == demo_config_path()
