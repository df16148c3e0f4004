"""Start the Streamlit dashboard as a child process bound to a local address.

Streamlit's own usage statistics are switched off: nothing may phone home.
"""

from __future__ import annotations

import subprocess
import sys
from importlib import resources
from pathlib import Path

from config.loader import load_opgave, resolve_config


def dashboard_command(config: str | Path | None, host: str = "127.0.0.1", port: int = 8501) -> list[str]:
    """The exact `streamlit run` command line for the installed dashboard."""
    path = resolve_config(config)
    load_opgave(path)  # a broken config is reported here, not inside the browser
    app = Path(str(resources.files("dashboard").joinpath("app.py")))
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app),
        "--server.address",
        host,
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--client.toolbarMode",
        "viewer",
        "--browser.gatherUsageStats",
        "false",
        "--",
        "--config",
        str(path.resolve()),
    ]


def serve_dashboard(config: str | Path | None, host: str = "127.0.0.1", port: int = 8501) -> int:
    """Serve until Ctrl-C; returns Streamlit's exit code."""
    cmd = dashboard_command(config, host, port)
    print(f"Dashboard: http://{host}:{port}  (Ctrl-C to stop)", flush=True)
    try:
        return subprocess.call(cmd)
    except KeyboardInterrupt:
        return 0
