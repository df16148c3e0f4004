"""The daily digest: shifts, representative posts with driver words, stakeholders, source health.

The warehouse is hand-made through the warehouse's own write path, with numbers chosen so the
expected page can be worked out by hand (D = 28 November 2026, demo opgave, min_n = 10):
- boeren, topic mest: one post a day at +0,10 for the 20 days before D; on D twelve critical
  posts (−0,30 .. −0,60, mean −0,45) and one positive one (+0,50): mean of D = (−5,4 + 0,5)/13.
- natuurbeschermers: two posts in the week before D (+0,40), none on D.
- jongeren and the other groups: nothing.
- LTO Nederland is named in five posts of the week and one of the week before, Natuurmonumenten in
  two posts of the week, Agractie only in the week before.
- the source dagblad-nederland failed on its last run.
"""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime, timedelta
from fnmatch import fnmatch
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from aiosmtpd.controller import Controller

from config.errors import ConfigError, WarehouseError
from config.loader import load_opgave
from config.operations import Alerts, Digest, EmailChannel, WebhookChannel
from config.schema import Opgave
from flows.digest import DigestData, md, representative, safe_url, write_digest
from warehouse import load
from warehouse.db import connect_rw

D = date(2026, 11, 28)
MODEL = "handmade-1"
XSS = "<script>alert('x')</script> De mestregels zijn <b>onwerkbaar</b>, zie [hier](javascript:alert(1))."
REPO = Path(__file__).resolve().parents[2]


class OpsOpgave(Opgave):
    """The Opgave as it will be once the lead adds the operations fields to config/schema.py."""

    alerts: Alerts = Alerts()
    digest: Digest = Digest()


def _doc(i: int, source: str, day: date, title: str, text: str, url: str | None = None, **score: Any) -> dict:
    published = datetime(day.year, day.month, day.day, 9, i % 60, tzinfo=UTC)
    return {
        "source": source,
        "external_id": f"{source}-{i}",
        "title": title,
        "text": text,
        "url": url,
        "published_at": published,
        **score,
    }


def documents() -> list[dict[str, Any]]:
    docs = []
    for back in range(20, 0, -1):
        docs.append(
            _doc(
                back,
                "boerderijbode",
                D - timedelta(days=back),
                f"Mest op dag {back}",
                "De boer bespreekt rustig de mestregels met de buren.",
                sentiment=0.10,
                topics=["mest"],
                groups=["boeren"],
                stakeholders={10: ["LTO Nederland"], 9: ["Agractie"]}.get(back, []),
                explanation=[{"term": "rustig", "weight": 0.1}],
            )
        )
    for i in range(12):
        value = -0.30 - 0.3 * i / 11
        docs.append(
            _doc(
                100 + i,
                "boerderijbode",
                D,
                f"Boeren boos {i}",
                XSS
                if i == 11
                else f"Melkveehouder {i} vindt de mestregels onwerkbaar en voelt zich verraden",
                url="javascript:alert(1)" if i == 11 else f"https://boerderijbode.example/boos-{i}?a=1&b=(2)",
                sentiment=value,
                topics=["mest"],
                groups=["boeren"],
                stakeholders=["LTO Nederland"] if i < 5 else [],
                explanation=[
                    {"term": "onwerkbaar", "weight": -0.6},
                    {"term": "verraden", "weight": -0.4},
                    {"term": "mestregels", "weight": 0.0},
                ],
            )
        )
    docs.append(
        _doc(
            200,
            "boerderijbode",
            D,
            "Eindelijk duidelijkheid",
            "Een boer is blij met de uitleg over mest.",
            url="https://boerderijbode.example/blij",
            sentiment=0.50,
            topics=["mest"],
            groups=["boeren"],
            stakeholders=[],
            explanation=[{"term": "blij", "weight": 0.7}],
        )
    )
    for i, back in enumerate((3, 5)):
        docs.append(
            _doc(
                300 + i,
                "groen-kompas",
                D - timedelta(days=back),
                f"Heide {i}",
                "De boswachter ziet de heide herstellen.",
                sentiment=0.40,
                topics=["natuur"],
                groups=["natuurbeschermers"],
                stakeholders=["Natuurmonumenten"],
                explanation=[{"term": "herstellen", "weight": 0.4}],
            )
        )
    return docs


def _label(value: float) -> str:
    return "negative" if value < -0.05 else "positive" if value > 0.05 else "neutral"


def build_warehouse(path: Path, opgave: str = "stikstof") -> Path:
    con = connect_rw(path)
    try:
        rows, results = [], []
        for doc in documents():
            row = {
                "opgave": opgave,
                "kind": "rss",
                "language": "nl",
                **{k: doc[k] for k in ("source", "external_id", "title", "text", "url", "published_at")},
            }
            row["doc_id"] = load.content_hash(opgave, row["title"], row["text"])
            rows.append(row)
            results.append(
                {
                    "id": row["doc_id"],
                    "language": "nl",
                    "scored": True,
                    "sentiment": doc["sentiment"],
                    "label": _label(doc["sentiment"]),
                    "topics": doc["topics"],
                    "topic_sentiment": {t: doc["sentiment"] for t in doc["topics"]},
                    "groups": doc["groups"],
                    "group_evidence": [
                        {"group": g, "rule": "source", "evidence": "bron"} for g in doc["groups"]
                    ],
                    "stakeholders": [{"name": s, "mention": s} for s in doc["stakeholders"]],
                    "explanation": doc["explanation"],
                    "model_version": MODEL,
                }
            )
        load.load_documents(con, rows)
        load.load_scores(con, results)
        load.set_model_version(con, opgave, MODEL)
        load.refresh_aggregates(con, opgave)
        load.set_meta(con, "published_at", "2026-11-29T05:00:00+00:00")
        for n, (source, status, error) in enumerate(
            [
                ("boerderijbode", "ok", None),
                ("groen-kompas", "not_modified", None),
                ("dagblad-nederland", "failed", "HTTP 503 <b>kapot</b>"),
            ]
        ):
            start = datetime(2026, 11, 29, 5, 0, n, tzinfo=UTC)
            load.record_harvest_run(
                con,
                {
                    "run_id": "run-1",
                    "opgave": opgave,
                    "source": source,
                    "kind": "rss",
                    "started_at": start,
                    "finished_at": start + timedelta(seconds=1),
                    "status": status,
                    "items_new": 0,
                    "items_seen": 0,
                    "items_skipped": 0,
                    "bytes": 0,
                    "error": error,
                },
            )
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return path


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_warehouse(tmp_path_factory.mktemp("digest") / "antennes.duckdb")


@pytest.fixture(scope="module")
def opgave(warehouse: Path) -> Opgave:
    base = load_opgave(None)
    return base.model_copy(update={"warehouse": base.warehouse.model_copy(update={"path": str(warehouse)})})


@pytest.fixture(scope="module")
def pages(opgave: Opgave, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    paths = write_digest(opgave, D, tmp_path_factory.mktemp("digests"))
    assert [p.name for p in paths] == ["stikstof-2026-11-28.md", "stikstof-2026-11-28.html"]
    return {p.suffix: p.read_text(encoding="utf-8") for p in paths}


def test_digest_names_the_shift_in_dutch(pages: dict[str, str]) -> None:
    expected = "Waardering onder boeren over mest daalde van +0,10 naar −0,38 (n = 13) op 28 november 2026"
    assert f"- {expected}" in pages[".md"]
    assert f"<li>{expected}</li>" in pages[".html"]
    assert "# Dagoverzicht Stikstof en landbouw: 28 november 2026" in pages[".md"]
    assert "13 berichten op deze dag" in pages[".md"]


def test_representative_posts_per_group_with_driver_words(pages: dict[str, str]) -> None:
    page = pages[".md"]
    boeren = page.split("### Boeren", 1)[1].split("### ", 1)[0]
    assert "13 berichten (28 november 2026), gemiddelde waardering −0,38" in boeren
    assert boeren.count("- **") == 3
    assert "**meest kritisch** (−0,60" in boeren and "**meest positief** (+0,50" in boeren
    assert "Woorden die de score bepaalden: onwerkbaar (−0,60), verraden (−0,40)" in boeren
    assert "Woorden die de score bepaalden: blij (+0,70)" in boeren
    natuur = page.split("### Natuurbeschermers", 1)[1].split("### ", 1)[0]
    assert natuur.count("**typisch**") == 2  # equal posts: nothing stands out as most positive
    assert "2 berichten (22 november 2026 t/m 28 november 2026)" in natuur
    assert "(te weinig data voor conclusies)" in natuur
    assert natuur.count("- **") == 2
    assert "Geen berichten (22 november 2026 t/m 28 november 2026)." in page.split("### Jongeren", 1)[1]


def test_stakeholders_and_source_health(pages: dict[str, str]) -> None:
    page = pages[".md"]
    table = page.split("## Meest actieve stakeholders", 1)[1].split("## Bronnen", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("| ") and "Stakeholder" not in line]
    assert rows[0].startswith(
        "| LTO Nederland | 5 | 1 | −0,28 |"
    )  # (−0,30·5 − 0,3·10/11 + 0,10) / 6  # mean of −0,30 − 0,3·i/11, i = 0..4
    assert rows[1].startswith("| Natuurmonumenten | 2 | 0 | +0,40 |")
    assert len(rows) == 2  # Agractie was named 9 days before D only
    sources = page.split("## Bronnen", 1)[1]
    assert "| Dagblad Nederland (landelijk nieuws) | **mislukt**: HTTP 503 \\<b\\>kapot\\</b\\> |" in sources
    assert "| De Boerderijbode (vakblad) | in orde |" in sources
    assert '<td class="failed">mislukt: HTTP 503 &lt;b&gt;kapot&lt;/b&gt;</td>' in pages[".html"]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.hrefs += [v or "" for k, v in attrs if k == "href"]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_no_post_html_reaches_the_page(pages: dict[str, str]) -> None:
    parser = _Tags()
    parser.feed(pages[".html"])
    ours = {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "h1",
        "h2",
        "h3",
        "p",
        "ul",
        "li",
        "div",
        "span",
        "strong",
        "a",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
    }
    assert parser.tags <= ours and "script" not in parser.tags and "b" not in parser.tags
    assert parser.hrefs and all(h.startswith("https://boerderijbode.example/") for h in parser.hrefs)
    assert "<script>alert('x')</script>" in "".join(parser.text)  # shown as text, not run
    assert "\\[hier\\](javascript:alert(1))" in pages[".md"]  # escaped: plain text, not a link
    assert "](javascript" not in pages[".md"].replace("\\]", "")
    assert "<script>" not in pages[".md"] and "\\<script\\>" in pages[".md"]
    assert "[bron](<https://boerderijbode.example/boos-3?a=1&b=%282%29>)" in pages[".md"]


def test_md_escape_and_safe_url() -> None:
    assert md("*vet* [link](x) <i>\n#kop") == "\\*vet\\* \\[link\\](x) \\<i\\> \\#kop"
    assert safe_url("javascript:alert(1)") is None and safe_url("data:text/html,x") is None
    assert safe_url(None) is None and safe_url("  ") is None
    assert safe_url('https://x.example/a b"<') == "https://x.example/a%20b%22%3C"


def test_representative_picks_typical_critical_positive_once() -> None:
    docs = pd.DataFrame(
        {
            "doc_id": list("abcd"),
            "sentiment": [0.0, -0.8, 0.1, 0.6],
            "day": [D] * 4,
            "source": ["s"] * 4,
            "title": ["A", "B", "C", "D"],
            "text": ["a", "b", "c", "d"],
            "url": [None] * 4,
            "explanation": ['[{"term": "x", "weight": 0.5}]', None, "[]", None],
            "published_at": pd.to_datetime(["2026-11-28 08:00"] * 4, utc=True),
        }
    )
    posts = representative(docs, mean=float(docs["sentiment"].mean()), want=3)
    assert [(p.role, p.title) for p in posts] == [
        ("typisch", "A"),
        ("meest kritisch", "B"),
        ("meest positief", "D"),
    ]
    assert posts[0].drivers == ["x (+0,50)"]
    close = representative(docs.iloc[[0, 2]].reset_index(drop=True), mean=0.05, want=3)
    assert [(p.role, p.title) for p in close] == [("typisch", "A"), ("typisch", "C")]  # nothing stands out
    apart = docs.iloc[[0, 2]].assign(sentiment=[0.0, 0.3]).reset_index(drop=True)
    assert [(p.role, p.title) for p in representative(apart, mean=0.15, want=1)] == [("typisch", "A")]
    assert [(p.role, p.title) for p in representative(apart, mean=0.15, want=3)] == [
        ("typisch", "A"),
        ("meest positief", "C"),
    ]


class _Mailbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.messages.append(envelope)
        return "250 OK"


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_digest_is_mailed_when_configured(opgave: Opgave, tmp_path: Path) -> None:
    from email import message_from_bytes, policy

    box = _Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        mail = EmailChannel(
            kind="email",
            name="team",
            host="127.0.0.1",
            port=controller.port,
            security="none",
            sender="antennes@gemeente.example",
            recipients=["team@gemeente.example"],
        )
        ops = OpsOpgave.model_validate(
            {**opgave.model_dump(), "alerts": Alerts(channels=[mail]), "digest": Digest(mail_via="team")}
        )
        write_digest(ops, D, tmp_path, mail=False)
        assert box.messages == []
        write_digest(ops, D, tmp_path)
    finally:
        controller.stop()
    assert len(box.messages) == 1
    msg = message_from_bytes(box.messages[0].content, policy=policy.default)
    assert msg["Subject"] == "[antennes] Dagoverzicht Stikstof en landbouw, 28 november 2026"
    html_part = msg.get_body(preferencelist=("html",))
    assert html_part is not None and "&lt;script&gt;" in str(html_part.get_content())


def test_mail_via_must_name_an_email_channel(opgave: Opgave, tmp_path: Path) -> None:
    hook = WebhookChannel(kind="webhook", name="chat", url="http://127.0.0.1:9/x")
    ops = OpsOpgave.model_validate(
        {**opgave.model_dump(), "alerts": Alerts(channels=[hook]), "digest": Digest(mail_via="chat")}
    )
    with pytest.raises(ConfigError, match="not an e-mail channel"):
        write_digest(ops, D, tmp_path)
    ops = ops.model_copy(update={"digest": Digest(mail_via="nergens")})
    with pytest.raises(ConfigError, match="has no such channel"):
        write_digest(ops, D, tmp_path)


def test_no_warehouse_is_a_clear_error(opgave: Opgave, tmp_path: Path) -> None:
    missing = opgave.model_copy(
        update={"warehouse": opgave.warehouse.model_copy(update={"path": str(tmp_path / "x")})}
    )
    with pytest.raises(WarehouseError, match="does not exist yet"):
        write_digest(missing, D, tmp_path)


def test_templates_ship_in_the_wheel() -> None:
    """Every template must match a package-data pattern of pyproject.toml, or an install lacks it."""
    patterns = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["*"]
    templates = sorted((REPO / "flows" / "templates").iterdir())
    assert templates
    for template in templates:
        relative = template.relative_to(REPO / "flows").as_posix()
        assert any(fnmatch(relative, p.removeprefix("**/")) or fnmatch(relative, p) for p in patterns), (
            relative
        )


def test_digest_of_the_real_demo_run(demo_warehouse: Path, tmp_path: Path) -> None:
    """End to end on the demo pipeline's warehouse: every group has a section, nothing unescaped."""
    opgave = load_opgave(demo_warehouse)
    md_path, html_path = write_digest(opgave, date(2026, 11, 28), tmp_path)
    page = md_path.read_text(encoding="utf-8")
    for group in opgave.target_groups:
        assert f"### {group.label or group.name}" in page
    assert page.count("- **") >= 3  # representative posts exist in the demo data
    parser = _Tags()
    parser.feed(html_path.read_text(encoding="utf-8"))
    assert "script" not in parser.tags
    assert isinstance(DigestData, type)
