"""The antennes dashboard: `streamlit run dashboard/app.py -- --config <opgave.yaml>`.

Reads the opgave (from `--config`, else $ANTENNES_CONFIG, else the bundled demo), looks at the
published snapshot, sets the shared sidebar filters and runs the chosen page. A missing or
empty warehouse is a friendly message, never a traceback.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

import streamlit as st

from config.errors import AntennesError
from config.loader import load_opgave
from dashboard import data
from dashboard import format as fmt
from dashboard.context import CONTEXT_KEY, Context, config_argument, default_period
from warehouse.read import NoDataYet, SnapshotInfo

# Not "pages/": Streamlit would also serve that folder as old-style pages, bypassing app.py.
PAGES = Path(__file__).resolve().parent / "screens"
NAVIGATION = [
    ("overzicht.py", "Overzicht", ":material/monitoring:"),
    ("onderwerpen.py", "Onderwerpen × doelgroepen", ":material/grid_on:"),
    ("signalen.py", "Signalen", ":material/notifications_active:"),
    ("berichten.py", "Berichten", ":material/article:"),
    ("stakeholders.py", "Stakeholders", ":material/groups:"),
    ("bronnen.py", "Bronnen", ":material/rss_feed:"),
]


def _data_time(info: SnapshotInfo, timezone: str) -> str:
    stamp = info.published_at or datetime.fromtimestamp(info.mtime, tz=UTC)
    return f"Data van {fmt.moment(stamp, timezone)}"


def _ordered(configured: list[str], present: list[str]) -> list[str]:
    """The names present in the data, in the order of the opgave YAML (unknown ones last)."""
    return [n for n in configured if n in present] + [n for n in present if n not in configured]


def main() -> None:
    st.set_page_config(page_title="antennes", page_icon=":material/cell_tower:", layout="wide")
    try:
        opgave = load_opgave(config_argument(sys.argv[1:], os.environ))
    except AntennesError as exc:
        st.error(f"De configuratie kan niet worden gelezen. {exc}")
        st.stop()
    nav = st.navigation(
        [
            st.Page(PAGES / file, title=title, icon=icon, default=i == 0)
            for i, (file, title, icon) in enumerate(NAVIGATION)
        ]
    )
    st.sidebar.markdown(f"**{opgave.title}**")
    path = opgave.warehouse_path()
    try:
        info = data.snapshot(str(path), data.mtime(path), opgave.name)
    except NoDataYet:
        info = SnapshotInfo(path=path, exists=False)
    except AntennesError as exc:
        st.warning(
            f"Het datawarehouse kan nu niet worden gelezen; probeer het over een minuut opnieuw. ({exc})"
        )
        st.stop()
    if not info.exists:
        st.info(
            f"Er is nog geen data voor “{opgave.title}”. Het datawarehouse ({path}) bestaat nog niet: "
            "laat de pijplijn eerst één keer draaien (`antennes run`)."
        )
        st.stop()
    if info.n_documents == 0:
        st.info(f"Er is nog geen data voor “{opgave.title}”: het datawarehouse bevat nog geen berichten.")
        st.stop()
    st.sidebar.caption(_data_time(info, opgave.schedule.timezone))
    start, end = default_period(info)
    dims = data.dimensions(str(path), info.mtime, opgave.name)
    st.session_state[CONTEXT_KEY] = Context(
        opgave=opgave,
        path=path,
        info=info,
        start=start,
        end=end,
        groups=_ordered([g.name for g in opgave.target_groups], dims["target_group"]),
        topics=_ordered([t.name for t in opgave.topics], dims["topic"]),
    )
    try:
        nav.run()
    except AntennesError as exc:  # e.g. a snapshot published by an older antennes, not yet migrated
        st.warning(
            "Deze pagina kan het gepubliceerde datawarehouse niet lezen. Is antennes bijgewerkt? Dan "
            f"maakt de volgende run van de pijplijn (`antennes run`) een nieuwe versie. ({exc})"
        )


main()
