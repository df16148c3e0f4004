"""End to end in a real browser: every dashboard page on the demo warehouse, screenshots as artifacts.

Debian's chromium driven by playwright (never `playwright install`). In CI (CI=true) a missing
browser is a failure, not a skip: `.ci/run` installs it.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("ANTENNES_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"dashboard did not come up at {url}")


@pytest.fixture(scope="module")
def dashboard_url(demo_warehouse: Path) -> Iterator[str]:
    from flows.serve_dashboard import dashboard_command

    port = _free_port()
    log = ARTIFACTS.parent / "streamlit.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        proc = subprocess.Popen(
            dashboard_command(demo_warehouse, port=port), stdout=out, stderr=subprocess.STDOUT
        )
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(url, proc)
            yield url
        finally:
            proc.terminate()
            proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing; .ci/run must install Debian's chromium")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def _settle(page: object) -> None:
    """Wait until Streamlit has finished running the script and drawn its elements."""
    page.wait_for_selector('[data-testid="stAppViewContainer"]', timeout=60_000)  # type: ignore[attr-defined]
    page.wait_for_selector(
        '[data-testid="stMainBlockContainer"] [data-testid="stElementContainer"]',  # type: ignore[attr-defined]
        timeout=60_000,
    )
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000
    )
    page.wait_for_timeout(500)  # type: ignore[attr-defined]


def test_a_deep_link_is_the_first_request_of_a_fresh_server(dashboard_url: str, browser: object) -> None:
    """A bookmark opened right after a restart must go through app.py (it sets the shared context)."""
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(f"{dashboard_url}/stakeholders")
    _settle(page)
    errors = page.locator('[data-testid="stException"]')
    assert errors.count() == 0, errors.first.inner_text()
    assert page.get_by_role("heading", name="Stakeholders").count() >= 1
    page.close()


def test_every_page_renders_without_exceptions(dashboard_url: str, browser: object) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1440, "height": 1000})  # type: ignore[attr-defined]
    page.goto(dashboard_url)
    _settle(page)
    links = page.locator('[data-testid="stSidebarNav"] a')
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert len(hrefs) >= 1, "the dashboard has no page navigation"
    seen_chart = False
    page.close()
    for href in hrefs:
        assert href is not None
        # A fresh browser context per page: a bookmarked or shared link must work on its own.
        context = browser.new_context(viewport={"width": 1440, "height": 1000})  # type: ignore[attr-defined]
        page = context.new_page()
        page.goto(href if href.startswith("http") else dashboard_url + "/" + href.lstrip("/"))
        _settle(page)
        charts = page.locator('[data-testid="stVegaLiteChart"], [data-testid="stArrowVegaLiteChart"]')
        if charts.count():
            charts.first.wait_for(state="visible", timeout=60_000)
            page.wait_for_selector("canvas, svg.marks", timeout=60_000)
            seen_chart = True
        name = re.sub(r"[^a-z0-9]+", "-", href.rsplit("/", 1)[-1].lower()).strip("-") or "overzicht"
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        errors = page.locator('[data-testid="stException"]')
        assert errors.count() == 0, f"{href}: {errors.first.inner_text()}"
        context.close()
    assert seen_chart, "no page showed a chart"
