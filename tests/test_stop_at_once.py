"""Ctrl-C once stops gracefully and commits what was archived (exit 5); a second Ctrl-C stops at
once and commits nothing (exit 130) — under `speech-archive crawl` and a plain `scrapy crawl` alike.

The replica server holds the request in flight while the test sends the signals, so the crawl
cannot finish in between: the first SIGINT, then (once the crawl's log says it is shutting down
gracefully) the second, then the answer.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from crawlhelp import FAST, REPO_ROOT

from archive.store import Archive
from replica.huigou6 import HOST, generate_huigou6_site
from replica.server import ReplicaWeb

GRACEFUL_LINE = "shutting down gracefully"
HANG_GUARD = 300


def wait_for_line(log_files, line: str) -> None:
    """Until one of the crawl's log files holds `line` (a generous bound only catches a hang)."""
    deadline = time.monotonic() + HANG_GUARD
    while time.monotonic() < deadline:
        for path in log_files():
            if line in path.read_text(encoding="utf-8", errors="replace"):
                return
        time.sleep(0.05)
    raise AssertionError(f"no {line!r} in the crawl's log")


class CtrlC:
    """`on_request` hook: at request `n`, one SIGINT, or two (the second once the first is taken)."""

    def __init__(self, n: int, times: int, log_files):
        self.n, self.times, self.log_files = n, times, log_files
        self.pid: int | None = None
        self.count = 0
        self.done = threading.Event()
        self.lock = threading.Lock()

    def __call__(self, entry: dict) -> None:
        with self.lock:
            self.count += 1
            if self.count != self.n or self.pid is None:
                return
        os.kill(self.pid, signal.SIGINT)
        if self.times == 2:
            wait_for_line(self.log_files, GRACEFUL_LINE)
            os.kill(self.pid, signal.SIGINT)
        self.done.set()


def run(args: list[str], hook: CtrlC | None = None) -> tuple[int, str]:
    env = {**os.environ, "SPEECH_ARCHIVE_NO_REPORT": "1"}
    proc = subprocess.Popen(
        args, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    if hook is not None:
        with hook.lock:
            hook.pid = proc.pid
    out, _ = proc.communicate(timeout=HANG_GUARD)
    return proc.returncode, out


def speech_archive_crawl(web: ReplicaWeb, archive: Path) -> list[str]:
    return [
        sys.executable, "-m", "crawler.cli", "crawl", "huigou6", "--archive", str(archive),
        "--base-url", f"huigou6={web.urls[HOST]}", *FAST, "-s", "CONCURRENT_REQUESTS=1",
    ]  # fmt: skip


def scrapy_crawl(web: ReplicaWeb, archive: Path, log: Path) -> list[str]:
    return [
        sys.executable, "-m", "scrapy", "crawl", "huigou6", "-a", f"base_url={web.urls[HOST]}",
        "-s", f"ARCHIVE_DIR={archive}", "-s", f"LOG_FILE={log}", *FAST, "-s", "CONCURRENT_REQUESTS=1",
    ]  # fmt: skip


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_second_ctrl_c_stops_speech_archive_crawl_at_once_and_commits_nothing(tmp_path):
    generate_huigou6_site(tmp_path / "sites")
    archive = tmp_path / "archive"
    with ReplicaWeb(tmp_path / "sites") as web:
        code, out = run(speech_archive_crawl(web, archive))
        assert code == 0, out
    kept = tree_bytes(archive / "versions")
    with ReplicaWeb(tmp_path / "sites", on_request=None) as web:
        hook = CtrlC(4, 2, lambda: sorted((archive / "logs").glob("*.log"))[-1:])
        web.on_request = hook
        code, out = run(speech_archive_crawl(web, archive), hook)
    assert hook.done.is_set()
    assert code == 130, out
    assert "stopped at once" in out and "nothing of this run was committed" in out
    assert tree_bytes(archive / "versions") == kept  # version 1 as it was, no version 2
    assert not any((archive / "staging").iterdir())  # the abandoned run's staging is gone
    with ReplicaWeb(tmp_path / "sites") as web:
        code, out = run(speech_archive_crawl(web, archive))  # the lock was released
    assert code == 0, out
    assert Archive(archive).latest() == 2


def test_scrapy_crawl_commits_an_interrupted_version_on_one_ctrl_c_and_nothing_on_two(tmp_path):
    generate_huigou6_site(tmp_path / "sites")
    once, twice = tmp_path / "once", tmp_path / "twice"
    with ReplicaWeb(tmp_path / "sites") as web:
        hook = CtrlC(4, 1, lambda: [tmp_path / "once.log"])
        web.on_request = hook
        code, out = run(scrapy_crawl(web, once, tmp_path / "once.log"), hook)
        assert code == 5, out
        assert Archive(once).meta()["status"] == "interrupted"

        web.clear_requests()
        hook = CtrlC(4, 2, lambda: [tmp_path / "twice.log"] if (tmp_path / "twice.log").exists() else [])
        web.on_request = hook
        code, out = run(scrapy_crawl(web, twice, tmp_path / "twice.log"), hook)
    assert code == 130, out
    assert Archive(twice).latest() is None
    assert not any((twice / "staging").iterdir())
