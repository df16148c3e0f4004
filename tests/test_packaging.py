"""A non-editable install must carry its package data: SQL, YAML, demo data, lexicons."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_wheel_contains_package_data(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path), str(REPO)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    wheel = next(tmp_path.glob("antennes-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "config/demo.yaml",
        "dashboard/app.py",
        "flows/demo/data/feeds/boerderijbode.xml",
        "flows/demo/data/feeds/dagblad-nederland.atom",
        "flows/demo/data/reddit/thenetherlands.json",
        "flows/demo/data/tk/documents.json",
    }
    assert expected <= names, sorted(expected - names)
    for repo_file in REPO.glob("warehouse/**/*.sql"):
        assert repo_file.relative_to(REPO).as_posix() in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "antennes = flows.cli:main" in text and "[spacy_factories]" in text
