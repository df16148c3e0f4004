"""The `antennes` command line: one thin command per job, heavy imports only where needed.

User errors (`AntennesError`) are printed as one sentence with a non-zero exit code; the
traceback is kept for real bugs.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from config.errors import AntennesError

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

app = typer.Typer(
    name="antennes",
    help="Antennes for Dutch public servants: harvest, score and show how society appreciates an opgave.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

ConfigOpt = Annotated[
    str | None,
    typer.Option("--config", "-c", help="Opgave YAML file, or the name of a bundled opgave (default: demo)."),
]


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command()
def run(config: ConfigOpt = None) -> None:
    """Run the pipeline once: harvest, score, load and publish a snapshot."""
    from config.loader import load_opgave, resolve_config
    from flows.pipeline import run_pipeline

    load_opgave(resolve_config(config))  # fail fast with a clear message before Prefect starts
    report = run_pipeline(config)
    typer.echo(report.summary())


@app.command()
def demo(
    serve: Annotated[bool, typer.Option(help="Serve the dashboard after the run.")] = True,
    port: Annotated[int, typer.Option(help="Dashboard port.")] = 8501,
) -> None:
    """Harvest the bundled demo opgave from its local offline twin, then serve the dashboard."""
    from flows.demo.run import run_demo

    run_demo(serve=serve, port=port)


@app.command()
def dashboard(
    config: ConfigOpt = None,
    port: Annotated[int, typer.Option(help="Port to serve on.")] = 8501,
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
) -> None:
    """Serve the Streamlit dashboard (read-only on the published warehouse)."""
    from flows.serve_dashboard import serve_dashboard

    raise typer.Exit(serve_dashboard(config, host=host, port=port))


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help="One or more read-only SQL statements.")],
    config: ConfigOpt = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.table,
    db: Annotated[Path | None, typer.Option(help="Warehouse file (default: from the config).")] = None,
) -> None:
    """Query the published warehouse read-only (see the v_* views in the README)."""
    from config.loader import load_opgave
    from warehouse.query import format_result, run_sql

    path = db or load_opgave(config).warehouse_path()
    columns, rows = run_sql(path, query)
    typer.echo(format_result(columns, rows, fmt.value))


@app.command()
def score(config: ConfigOpt = None) -> None:
    """Score JSONL lines {"id", "text"} from stdin; write one JSONL result per line to stdout."""
    from flows.score_cli import score_stream

    failed = score_stream(config, sys.stdin, sys.stdout, sys.stderr)
    raise typer.Exit(1 if failed else 0)


@app.command()
def rescore(config: ConfigOpt = None) -> None:
    """Re-score every stored document with the current model version and republish."""
    from flows.maintenance import rescore_all

    typer.echo(rescore_all(config))


@app.command()
def purge(
    config: ConfigOpt = None,
    days: Annotated[int | None, typer.Option(help="Override the opgave's retention.raw_text_days.")] = None,
) -> None:
    """Delete raw text older than the retention period; scores and aggregates remain."""
    from flows.maintenance import purge_old_text

    typer.echo(purge_old_text(config, days))


@app.command()
def digest(
    config: ConfigOpt = None,
    day: Annotated[
        str | None, typer.Option("--date", help="Day to summarise, YYYY-MM-DD (default: yesterday).")
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Folder for the files (default: digest.folder).")] = None,
    mail: Annotated[bool, typer.Option(help="Mail it when digest.mail_via names a channel.")] = True,
) -> None:
    """Write the one-page daily digest (Markdown and HTML) for an opgave."""
    from datetime import date

    from flows.digest import write_digest

    try:
        when = date.fromisoformat(day) if day else None
    except ValueError:
        raise AntennesError(f"--date {day!r} is not a date; use YYYY-MM-DD.") from None
    for path in write_digest(config, when, out, mail=mail):
        typer.echo(str(path))


@app.command()
def serve(
    config_dir: Annotated[
        Path | None, typer.Argument(help="Folder of opgave YAML files (default: the bundled config folder).")
    ] = None,
) -> None:
    """Register a scheduled Prefect deployment per opgave and serve them (needs a Prefect server)."""
    from config.loader import demo_config_path
    from flows.deploy import serve_all

    serve_all(config_dir or demo_config_path().parent)


@app.command(name="eval")
def evaluate(
    config: ConfigOpt = None,
    shared_dir: Annotated[
        Path | None, typer.Option(help="Folder with the shared Dutch NLP sets (default: ../shared/nlp-data).")
    ] = None,
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="text (table) or json.")
    ] = OutputFormat.table,
) -> None:
    """Measure sentiment, topic and group quality on the labelled evaluation sets."""
    import json

    from config.loader import load_opgave
    from nlp.evaluate import format_report, run_eval

    shared = shared_dir if shared_dir is not None else _default_shared_dir()
    report = run_eval(shared, load_opgave(config))
    typer.echo(json.dumps(report.to_json(), indent=2) if fmt is OutputFormat.json else format_report(report))


def _default_shared_dir() -> Path:
    env = os.environ.get("ANTENNES_SHARED_DIR")
    return Path(env) if env else Path.cwd().parent / "shared" / "nlp-data"


def main() -> None:
    """Console-script entry: turn user errors into one clear sentence and exit code 2."""
    try:
        app()
    except AntennesError as exc:
        message = str(exc)
        typer.echo(message if message.startswith("antennes") else f"antennes: {message}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
