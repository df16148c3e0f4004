"""Benchmark: time for each dashboard page to render in a real browser on a demo warehouse.

Starts `antennes dashboard` on a free port against the config given (default: the demo opgave,
whose warehouse `make demo` fills), opens every page in Debian's chromium via playwright, and
reports the median time from navigation until Streamlit has finished running the page and drawn
its charts. Issue 5's goal: every page under 2 s on the demo warehouse. Not a test.

    .venv/bin/python tests/benchmarks/bench_pages.py --repeat 5 [--config demo.yaml]
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import time
import urllib.request

from playwright.sync_api import Page, sync_playwright

from flows.serve_dashboard import dashboard_command

ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _settled(page: Page) -> None:
    page.wait_for_selector('[data-testid="stMainBlockContainer"] [data-testid="stElementContainer"]')
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')")
    if page.locator('[data-testid="stVegaLiteChart"]').count():
        page.wait_for_selector("canvas, svg.marks")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", default=None)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        dashboard_command(args.config, port=port), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{url}/_stcore/health", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1440, "height": 1000})
            page.goto(url)
            _settled(page)
            links = page.locator('[data-testid="stSidebarNav"] a')
            pages = {
                links.nth(i).inner_text().split("\n")[-1].strip(): links.nth(i).get_attribute("href") or ""
                for i in range(links.count())
            }
            for name, href in pages.items():
                times = []
                for _ in range(args.repeat):
                    began = time.perf_counter()
                    page.goto(href if href.startswith("http") else f"{url}/{href.lstrip('/')}")
                    _settled(page)
                    times.append(time.perf_counter() - began)
                print(
                    f"{name:<28} median {statistics.median(times):.2f} s  max {max(times):.2f} s"
                    f"  (n = {len(times)})",
                    flush=True,
                )
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
