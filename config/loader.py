"""Load an opgave YAML file and report every problem in it at once.

Each problem names the file, the key path, the line and, for misspelt keys, a "did you mean".
`${VAR}` and `${VAR:-default}` in string values are taken from the environment, so secrets and
local addresses never have to be written into the file.
"""

from __future__ import annotations

import difflib
import os
import re
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from config.errors import ConfigError
from config.schema import Opgave
from config.sources import SOURCE_KINDS

_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
Loc = tuple[str | int, ...]


def demo_config_path() -> Path:
    """The bundled demo opgave (works from a non-editable install too)."""
    return Path(str(resources.files("config").joinpath("demo.yaml")))


def resolve_config(name_or_path: str | Path | None) -> Path:
    """A path, or the name of a bundled opgave (`demo`); None means the demo."""
    if name_or_path is None:
        return demo_config_path()
    path = Path(name_or_path).expanduser()
    if path.exists():
        return path
    bundled = resources.files("config").joinpath(f"{name_or_path}.yaml")
    if bundled.is_file():
        return Path(str(bundled))
    raise ConfigError(
        f"Config file {path} does not exist (and no bundled opgave is called {name_or_path!r})."
    )


def load_opgave(path: str | Path | None = None) -> Opgave:
    """Read, expand and validate one opgave file; raise ConfigError listing all problems."""
    file = resolve_config(path)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"Cannot read config file {file}: {exc}.") from exc
    data, lines = _parse_yaml(text, file)
    data = _expand_env(data)
    try:
        return Opgave.model_validate(data)
    except ValidationError as exc:
        problems = sorted((_describe(err, data, lines) for err in exc.errors()), key=lambda p: p[0])
        raise ConfigError(_format(file, [text for _, text in problems])) from None


#: libyaml's parser when PyYAML was built with it (about ten times faster), else the pure-Python one.
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse_yaml(text: str, file: Path) -> tuple[Any, dict[Loc, int]]:
    """The data and, for error messages, the line of every key path, from a single parse.

    The text is composed into nodes once (they carry the line marks) and the data is constructed
    from those same nodes, which is what `yaml.safe_load` does internally.
    """
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{file}{where}: invalid YAML ({problem}).") from None
    if not isinstance(data, dict):
        raise ConfigError(
            f"{file}: expected a mapping of settings at the top level, found {type(data).__name__}."
        )
    lines: dict[Loc, int] = {}
    _index_lines(node, (), lines)
    return data, lines


def _index_lines(node: yaml.Node | None, loc: Loc, out: dict[Loc, int]) -> None:
    """Map every key path to the line it starts on (1-based)."""
    if node is None:
        return
    out[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = (*loc, str(key.value))
            _index_lines(value, child, out)
            out[child] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index_lines(item, (*loc, i), out)


def _expand_env(value: Any) -> Any:
    if isinstance(value, str):
        return _ENV.sub(lambda m: os.environ.get(m.group(1), m.group(2) or ""), value)
    if isinstance(value, list):
        return [_expand_env(v) for v in value]
    if isinstance(value, dict):
        return {k: _expand_env(v) for k, v in value.items()}
    return value


def _describe(err: Any, data: Any, lines: dict[Loc, int]) -> tuple[int, str]:
    """(line, sentence) for one validation error."""
    loc = _data_loc(tuple(err["loc"]), data)
    line = _nearest_line(loc, lines)
    return line or 0, _sentence(err, loc, line, data)


def _sentence(err: Any, loc: Loc, line: int | None, data: Any) -> str:
    path = _dotted(loc) or "(top level)"
    where = f"{path} (line {line})" if line else path
    if err["type"] == "extra_forbidden":
        hint = _suggest(loc, data)
        return f"{where}: unknown key{hint}"
    if err["type"] == "union_tag_invalid":
        return f"{where}: unknown source kind; use one of {', '.join(SOURCE_KINDS)}"
    if err["type"] == "missing":
        return f"{where}: required key is missing"
    return f"{where}: {err['msg']}"


def _data_loc(loc: Loc, data: Any) -> Loc:
    """Drop pydantic's discriminator tags (e.g. 'rss') that are not keys in the YAML."""
    out: list[str | int] = []
    node = data
    for part in loc:
        if isinstance(node, dict) and part not in node and isinstance(part, str) and part in SOURCE_KINDS:
            continue
        out.append(part)
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            node = None
    return tuple(out)


def _nearest_line(loc: Loc, lines: dict[Loc, int]) -> int | None:
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def _dotted(loc: Loc) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _suggest(loc: Loc, data: Any) -> str:
    model = _model_at(loc[:-1], data)
    if model is None or not loc:
        return ""
    match = difflib.get_close_matches(str(loc[-1]), list(model.model_fields), n=1, cutoff=0.6)
    return f"; did you mean {match[0]!r}?" if match else f"; allowed: {', '.join(model.model_fields)}"


def _model_at(loc: Loc, data: Any) -> type[BaseModel] | None:
    """The pydantic model that validates the mapping at `loc` in the YAML data."""
    from config import schema, sources

    lists: dict[str, type[BaseModel]] = {
        "topics": schema.Topic,
        "target_groups": schema.TargetGroup,
        "stakeholders": schema.Stakeholder,
    }
    kinds: dict[str, type[BaseModel]] = {
        "rss": sources.RssSource,
        "reddit": sources.RedditSource,
        "tweedekamer": sources.TweedeKamerSource,
        "cbs": sources.CbsSource,
        "json": sources.JsonSource,
    }
    model: type[BaseModel] | None = Opgave
    node: Any = data
    parent_key: str | None = None
    for part in loc:
        if isinstance(part, int):
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if parent_key == "sources":
                kind = node.get("kind") if isinstance(node, dict) else None
                model = kinds.get(str(kind))
            elif parent_key in lists:
                model = lists[parent_key]
            continue
        node = node.get(part) if isinstance(node, dict) else None
        parent_key = part
        field = model.model_fields.get(part) if model is not None else None
        ann = getattr(field, "annotation", None)
        model = ann if isinstance(ann, type) and issubclass(ann, BaseModel) else None
    return model


def _format(file: Path, problems: list[str]) -> str:
    head = f"{file} has {len(problems)} problem{'s' if len(problems) != 1 else ''}:"
    return "\n".join([head, *(f"  - {p}" for p in problems)])
