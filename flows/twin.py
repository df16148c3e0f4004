"""The offline twin: a real local HTTP server that plays every source from recorded files we wrote.

The real connectors harvest from it unchanged (only their base URLs point here), so the demo and
the tests exercise the same code as a production run, without internet. Layout of `data_dir`:

- `feeds/<file>`, `json/<file>`, `pages/<file>`: static files (feeds, JSON APIs, article pages) with ETag,
  Last-Modified, 304 on a conditional GET, and gzip when asked.
- `reddit/<subreddit>.json`: a list of posts with nested comments, rendered as Reddit's API under
  `/reddit` (token endpoint, `/r/<sub>/new`, `/r/<sub>/search`, `/comments/<id>`), enough for praw.
- `tk/documents.json`: Tweede Kamer documents as OData v4 at `/tk/OData/v4/2.0/Document`
  (`$top`, `$skip`, `@odata.nextLink`, `$orderby`; of `$filter` only a `GewijzigdOp gt <ts>` clause
  is honoured, see `flows.twin_query`) and `Document(<Id>)/resource`.
- `cbs/<table>.json`: `{"TypedDataSet": [...], "DataProperties": [...]}` at `/cbs/<table>/<part>`.
- `ckan/packages.json`: a list of CKAN packages at `/ckan/api/3/action/package_search` (`q`, `start`,
  `rows`, a `metadata_modified` range in `fq`, `sort`).

Run it by hand with `python -m flows.twin DATA_DIR --port 8765`.
"""

from __future__ import annotations

import argparse
import email.utils
import gzip
import hashlib
import json
import logging
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

from flows.twin_query import ckan_select, tk_page
from flows.twin_reddit import RedditTwin

log = logging.getLogger(__name__)
_CONTENT_TYPES = {
    ".xml": "application/rss+xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".json": "application/json; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".html": "text/html; charset=utf-8",
}
_TK_RESOURCE = re.compile(r"^/tk/OData/v4/2\.0/Document\((?:guid')?([0-9a-fA-F-]+)'?\)/resource/?$")
_TK_LIST = re.compile(r"^/tk/OData/v4/2\.0/Document/?$")
_CBS = re.compile(r"^/cbs/(?:ODataApi/odata/)?([A-Za-z0-9_]+)/([A-Za-z]+)/?$")


class _Handler(BaseHTTPRequestHandler):
    server: _TwinHTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "antennes-twin/1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes; avoid 40 ms ACK stalls

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        """Quiet: the twin is a test double, not a web server to monitor."""

    # -- dispatch -----------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        self._dispatch("GET")

    def do_HEAD(self) -> None:  # noqa: N802
        self._dispatch("HEAD")

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self._dispatch("POST")

    def _dispatch(self, method: str) -> None:
        parts = urlsplit(self.path)
        path = re.sub(r"/{2,}", "/", parts.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        try:
            if path.startswith(("/feeds/", "/json/", "/pages/")) and method in {"GET", "HEAD"}:
                self._static(path, head=method == "HEAD")
            elif path.startswith("/reddit/") or path == "/reddit":
                status, body = self.server.reddit.handle(
                    method, path.removeprefix("/reddit"), query, self.headers.get("Authorization")
                )
                self._send_json(body, status)
            elif path.startswith("/tk/"):
                self._tk(path, query)
            elif path.startswith("/cbs/"):
                self._cbs(path)
            elif path.rstrip("/") == "/ckan/api/3/action/package_search":
                self._ckan(query)
            else:
                self._send_json({"error": "not found", "path": path}, 404)
        except (BrokenPipeError, ConnectionResetError):
            pass

    # -- static files with validators -------------------------------------------------------
    def _static(self, path: str, head: bool) -> None:
        file = self._safe_file(path.lstrip("/"))
        if file is None:
            self._send_json({"error": "not found", "path": path}, 404)
            return
        data = file.read_bytes()
        etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
        mtime = int(file.stat().st_mtime)
        last_modified = email.utils.formatdate(mtime, usegmt=True)
        validators = {"ETag": etag, "Last-Modified": last_modified, "Cache-Control": "max-age=0"}
        if self._not_modified(etag, mtime):
            self._send(304, b"", None, validators)
            return
        ctype = _CONTENT_TYPES.get(file.suffix.lower(), "application/octet-stream")
        self._send(200, data, ctype, validators, head=head)

    def _not_modified(self, etag: str, mtime: int) -> bool:
        match = self.headers.get("If-None-Match")
        if match is not None:
            return etag in [m.strip() for m in match.split(",")] or match.strip() == "*"
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                return mtime <= email.utils.parsedate_to_datetime(since).timestamp()
            except (TypeError, ValueError):
                return False
        return False

    def _safe_file(self, relative: str) -> Path | None:
        root = self.server.data_dir.resolve()
        file = (root / relative).resolve()
        if root not in file.parents or not file.is_file():
            return None
        return file

    # -- Tweede Kamer OData v4 -------------------------------------------------------------
    def _tk(self, path: str, query: dict[str, str]) -> None:
        docs = self.server.load_json("tk/documents.json")
        values: list[dict[str, Any]] = docs.get("value", []) if isinstance(docs, dict) else []
        if match := _TK_RESOURCE.match(path):
            doc = next((d for d in values if str(d.get("Id", "")).lower() == match[1].lower()), None)
            if doc is None:
                self._send_json({"error": {"code": "404", "message": "Document not found"}}, 404)
                return
            text = str(doc.get("Tekst") or "")
            self._send(200, text.encode("utf-8"), "text/plain; charset=utf-8", {})
        elif _TK_LIST.match(path):
            self._send_json(tk_page(values, query, self._base()), 200)
        else:
            self._send_json({"error": {"code": "404", "message": f"No route {path}"}}, 404)

    # -- CBS StatLine (OData v3 style) and CKAN --------------------------------------------
    def _cbs(self, path: str) -> None:
        match = _CBS.match(path)
        table = self.server.load_json(f"cbs/{match[1]}.json") if match else None
        if not match or not isinstance(table, dict) or match[2] not in table:
            self._send_json({"odata.error": {"code": "", "message": {"value": "Not found"}}}, 404)
            return
        self._send_json(
            {"odata.metadata": f"{self._base()}/cbs/{match[1]}/$metadata", "value": table[match[2]]}
        )

    def _ckan(self, query: dict[str, str]) -> None:
        packages = ckan_select(self.server.load_json("ckan/packages.json") or [], query)
        start, rows = _int(query.get("start"), 0), min(_int(query.get("rows"), 10), 1000)
        result = {"count": len(packages), "results": packages[start : start + rows]}
        self._send_json({"help": "package_search", "success": True, "result": result})

    # -- plumbing ------------------------------------------------------------------------------
    def _base(self) -> str:
        return self.server.url

    def _send_json(self, body: Any, status: int = 200) -> None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self._send(status, data, "application/json; charset=utf-8", {})

    def _send(
        self, status: int, data: bytes, ctype: str | None, headers: dict[str, str], head: bool = False
    ) -> None:
        if data and "gzip" in (self.headers.get("Accept-Encoding") or "") and len(data) > 512:
            data = gzip.compress(data, compresslevel=5)
            headers = {**headers, "Content-Encoding": "gzip", "Vary": "Accept-Encoding"}
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        if self.close_connection:
            # The client asked to close (prawcore's token request sends `Connection: close`). Say so
            # in the response too: without it urllib3 pools the connection as reusable, sends the next
            # request on it while this thread closes it, and gets RemoteDisconnected (then a 1 s retry).
            self.send_header("Connection", "close")
        self.end_headers()
        if data and not head:
            self.wfile.write(data)


def _int(value: str | None, default: int) -> int:
    try:
        return max(0, int(value)) if value not in (None, "") else default
    except ValueError:
        return default


class _TwinHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default listen backlog is 5: a pipeline harvesting a dozen sources at once
    # overflows it, and the kernel then drops the handshake, which costs a 1 s SYN retransmit.
    request_queue_size = 128

    def __init__(self, data_dir: Path, host: str, port: int) -> None:
        super().__init__((host, port), _Handler)
        self.data_dir = data_dir
        self.url = f"http://{host}:{self.server_address[1]}"
        self._cache: dict[str, tuple[float, Any]] = {}
        self._lock = threading.Lock()
        self.reddit = RedditTwin(self.load_json, data_dir)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: a client hanging up mid-response is normal for a test double; keep it at debug level."""
        log.debug("twin request from %s failed", client_address, exc_info=True)

    def load_json(self, relative: str) -> Any:
        """Parsed JSON of a data file, cached until the file changes; None if absent or invalid."""
        file = self.data_dir / relative
        try:
            mtime = file.stat().st_mtime
        except OSError:
            return None
        with self._lock:
            cached = self._cache.get(relative)
            if cached and cached[0] == mtime:
                return cached[1]
        try:
            value = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        with self._lock:
            self._cache[relative] = (mtime, value)
        return value


class TwinServer:
    """Context manager running the twin in a background thread: `with TwinServer(dir) as twin: twin.url`."""

    def __init__(self, data_dir: str | Path, port: int = 0, host: str = "127.0.0.1") -> None:
        self.data_dir = Path(data_dir)
        if not self.data_dir.is_dir():
            raise FileNotFoundError(f"Twin data directory {self.data_dir} does not exist.")
        self._server = _TwinHTTPServer(self.data_dir, host, port)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """Base URL, e.g. `http://127.0.0.1:54321` (no trailing slash)."""
        return self._server.url

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def start(self) -> TwinServer:
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="antennes-twin", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> TwinServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    """Serve a data directory until Ctrl-C."""
    parser = argparse.ArgumentParser(prog="python -m flows.twin", description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args(argv)
    server = _TwinHTTPServer(args.data_dir, args.host, args.port)
    print(f"antennes twin serving {args.data_dir} at {server.url} (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
