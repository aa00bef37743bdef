"""What a user does: `pip install .` (not editable) with the pip that ships with Python, into a fresh
venv, then `speech-archive` from another folder: --version, extract, a crawl, an export.

The copy of the repository is installed as a wheel, so the package data it needs (site profiles,
the default sites config, the report's template, the replica web of `serve-samples` and `demo`)
must travel inside it.
"""

from __future__ import annotations

import ensurepip
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from crawlhelp import HANG

REPO_ROOT = Path(__file__).resolve().parent.parent
LEFT_BEHIND = shutil.ignore_patterns(
    ".git", ".venv", "*.egg-info", "build", "dist", "__pycache__", ".pytest_cache", ".ruff_cache",
    "demo-archive", "archive-data",
)  # fmt: skip

pytestmark = pytest.mark.slow


def run(command: list, cwd: Path, timeout: float = 600, **kw) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(kw.pop("env", {}))
    return subprocess.run(
        [str(c) for c in command], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env, **kw
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin/ folder of a fresh venv into which a copy of the repository was `pip install`ed."""
    root = tmp_path_factory.mktemp("install")
    source = root / "speech-archive"
    shutil.copytree(REPO_ROOT, source, ignore=LEFT_BEHIND, symlinks=True)
    base_python = Path(getattr(sys, "_base_executable", sys.executable))
    made = run([base_python, "-m", "venv", root / "venv"], cwd=root)
    assert made.returncode == 0, made.stderr
    bin_dir = root / "venv" / "bin"

    pip_version = run([bin_dir / "pip", "--version"], cwd=root).stdout
    assert pip_version.split()[1] == ensurepip.version()  # the stock pip, not upgraded

    install = run(
        [bin_dir / "pip", "install", "-v", "--disable-pip-version-check", "."], cwd=source, timeout=900
    )
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
    # The build raises no deprecation of the project's own metadata (license form, license files).
    assert "project.license` as a TOML table is deprecated" not in install.stdout + install.stderr
    assert "SetuptoolsDeprecationWarning" not in install.stdout + install.stderr
    return bin_dir


@pytest.fixture
def elsewhere(tmp_path) -> Path:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    return folder


def test_version(installed, elsewhere):
    result = run([installed / "speech-archive", "--version"], cwd=elsewhere)

    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"speech-archive \d+\.\d+\.\d+\S*\n", result.stdout)


def test_extract_of_a_page_without_a_profile(installed, elsewhere):
    page = elsewhere / "page.html"
    shutil.copyfile(REPO_ROOT / "samples" / "gold" / "ai-1080.html", page)

    result = run([installed / "speech-archive", "extract", page.name], cwd=elsewhere)

    assert result.returncode == 0, result.stderr
    (doc,) = [json.loads(line) for line in result.stdout.splitlines()]
    gold = json.loads((REPO_ROOT / "samples" / "gold" / "ai-1080.gold.json").read_text(encoding="utf-8"))
    assert gold["docs"][0]["title"] in doc["title"]
    assert len(doc["text"]) > 200


def test_crawl_all_of_the_bundled_replica_and_export_parquet(installed, elsewhere):
    duckdb = pytest.importorskip("duckdb")
    server = subprocess.Popen(
        [installed / "speech-archive", "serve-samples"], cwd=elsewhere, stdout=subprocess.PIPE, text=True
    )
    try:
        urls = {}
        while len(urls) < 4:
            line = server.stdout.readline()
            assert line, "serve-samples stopped before listing its hosts"
            host, _, url = line.strip().partition(" -> ")
            urls[host] = url
        sites = {"wm114": "www.wm114.cn", "huigou6": "www.huigou6.com"}
        sites |= {"fanwen_hant": "fanwen-hant.test", "jianghua_ai": "jianghua-ai.test"}
        command = [
            installed / "speech-archive",
            "crawl",
            "--all",
            "--archive",
            "arch",
            "--quiet",
            "--no-report",
        ]
        for name, host in sites.items():
            command += ["--base-url", f"{name}={urls[host]}"]
        command += ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]
        crawl = run(command, cwd=elsewhere)
    finally:
        server.terminate()
        server.wait(timeout=HANG)
    assert crawl.returncode == 0, crawl.stdout[-2000:] + crawl.stderr[-2000:]
    assert "version 1 committed" in crawl.stdout

    export = run(
        [
            installed / "speech-archive",
            "export",
            "--archive",
            "arch",
            "--format",
            "parquet",
            "-o",
            "docs.parquet",
        ],
        cwd=elsewhere,
    )
    assert export.returncode == 0, export.stderr
    expected = json.loads((REPO_ROOT / "samples" / "sites" / "duplicates.json").read_text(encoding="utf-8"))
    ((count,),) = duckdb.sql(f"SELECT count(*) FROM read_parquet('{elsewhere / 'docs.parquet'}')").fetchall()
    assert count == expected["documents"]
    assert (elsewhere / "arch" / "cdxj" / "index.cdxj").is_file()

    report = run(
        [installed / "speech-archive", "report", "--archive", "arch", "-o", "report.html"], cwd=elsewhere
    )
    assert report.returncode == 0, report.stderr
    assert "<h1>Audit report — version 1" in (elsewhere / "report.html").read_text(encoding="utf-8")
