"""Running real crawls from tests: the `speech-archive` command in a subprocess.

A subprocess per crawl because Twisted's reactor starts once per process; the crawl is real
Scrapy over real HTTP against the replica server the test started on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES = REPO_ROOT / "samples"
SITE_SPIDERS = {
    "wm114": "www.wm114.cn",
    "huigou6": "www.huigou6.com",
    "fanwen_hant": "fanwen-hant.test",
    "jianghua_ai": "jianghua-ai.test",
}
# The replica is this machine's own server: politeness delays off so tests stay short.
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_BACKOFF_BASE=0.05"]
# Seconds: a bound that only catches a hang. Tests wait on events (a request served, a line, a
# file, a process ending), never on the clock; this is how long a hung one may take to fail.
HANG = 300.0


def speech_archive(*args: str, timeout: float = HANG, env: dict | None = None) -> subprocess.CompletedProcess:
    """`speech-archive ARGS` as a user runs it; output captured as text."""
    full_env = {**os.environ, "SPEECH_ARCHIVE_NO_REPORT": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
    )


def wait_for_requests(web, count: int, process: subprocess.Popen | None = None) -> bool:
    """Until the replica web has logged `count` requests (True), or `process` ended first (False)."""
    deadline = time.monotonic() + HANG
    # The request log wakes the wait at each request; the short slices only notice the process ending.
    while not web.wait_for_requests(count, timeout=0.5):
        if process is not None and process.poll() is not None:
            return web.wait_for_requests(count, timeout=0)
        if time.monotonic() > deadline:
            raise AssertionError(f"the replica web never saw {count} requests (hung?)")
    return True


def crawl_sites(
    web, archive: Path, sites=tuple(SITE_SPIDERS), *extra: str, **kw
) -> subprocess.CompletedProcess:
    args = ["crawl", *sites, "--archive", str(archive), *FAST, *extra]
    for name in sites:
        args += ["--base-url", f"{name}={web.urls[SITE_SPIDERS[name]]}"]
    return speech_archive(*args, **kw)


def export(archive: Path, version: int | None = None) -> list[dict]:
    args = ["export", "--archive", str(archive)]
    if version is not None:
        args += ["--version", str(version)]
    result = speech_archive(*args)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def audit(archive: Path) -> dict:
    result = speech_archive("audit", "--archive", str(archive), "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def manifest_states(archive: Path, version: int) -> dict[str, str]:
    """doc id -> state in `version` (read through the store: the version may be a delta)."""
    from archive.store import Archive

    return {doc_id: entry["state"] for doc_id, entry in Archive(archive).manifest(version).items()}


def duplicates() -> dict:
    return json.loads((SAMPLES / "sites" / "duplicates.json").read_text(encoding="utf-8"))
