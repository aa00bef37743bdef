"""A crawl interrupted anywhere loses nothing: after it, one complete run archives exactly the
documents (ids and texts) an uninterrupted crawl of the same site state archives.

The site is the huigou6 replica with single-page, two-page and three-page articles, served on
127.0.0.1. A crawl is interrupted by an event, never by the clock: the replica server sends the
signal as the crawl's Nth request arrives (one request at a time, so N - 1 answers were received),
for every N up to the site's request count; or the run kills itself at a named step of its commit
(SPEECH_ARCHIVE_KILL_AT). Both on a first crawl and on a re-crawl after edits.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from crawlhelp import FAST, REPO_ROOT

from replica.huigou6 import HOST, generate_huigou6_site, three_page_paths
from replica.server import ReplicaWeb

ONE_AT_A_TIME = ["-s", "CONCURRENT_REQUESTS=1"]
HANG_GUARD = 300  # seconds: only a crawl that hangs gets near it
COMMIT_STEPS = ("commit:objects", "commit:staged", "commit:published", "commit:indexes", "commit:history")


class InterruptAt:
    """`on_request` hook of the replica: sends `signum` to the crawl as its `n`-th request arrives."""

    def __init__(self, n: int, signum: int):
        self.n = n
        self.signum = signum
        self.pid: int | None = None
        self.count = 0
        self.sent = threading.Event()
        self.lock = threading.Lock()

    def __call__(self, entry: dict) -> None:
        with self.lock:
            self.count += 1
            if self.count == self.n and self.pid is not None and not self.sent.is_set():
                os.kill(self.pid, self.signum)
                self.sent.set()


def crawl(
    web: ReplicaWeb,
    archive: Path,
    interrupt: InterruptAt | None = None,
    env: dict | None = None,
    extra: tuple[str, ...] | list[str] = (),
):
    """`speech-archive crawl huigou6` as a user runs it; (exit code, stdout + stderr)."""
    args = [
        sys.executable, "-m", "crawler.cli", "crawl", "huigou6", "--archive", str(archive),
        "--base-url", f"huigou6={web.urls[HOST]}", *FAST, *ONE_AT_A_TIME, *extra,
    ]  # fmt: skip
    full_env = {**os.environ, "SPEECH_ARCHIVE_NO_REPORT": "1", **(env or {})}
    proc = subprocess.Popen(
        args, cwd=REPO_ROOT, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    if interrupt is not None:
        with interrupt.lock:
            interrupt.pid = proc.pid
    out, _ = proc.communicate(timeout=HANG_GUARD)
    return proc.returncode, out


def documents(archive: Path) -> dict[str, str]:
    """doc id -> text of the latest version."""
    result = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "export", "--archive", str(archive)],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=HANG_GUARD,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return {row["doc_id"]: row["text"] for row in rows}


def request_count(sites: Path, archive: Path) -> int:
    """How many requests an uninterrupted crawl from `archive` (copied) makes."""
    with ReplicaWeb(sites) as web:
        code, out = crawl(web, archive)
        assert code == 0, out
        return len(web.requests())


def interrupted_then_complete(sites: Path, base: Path | None, work: Path, n: int, signum: int) -> dict:
    """Copy `base` (or start empty), crawl it interrupted at request `n` by `signum`, then crawl it
    once more uninterrupted; the documents after that."""
    archive = work / "archive"
    if base is not None:
        shutil.copytree(base, archive)
    interrupt = InterruptAt(n, signum)
    with ReplicaWeb(sites, on_request=interrupt) as web:
        code, out = crawl(web, archive, interrupt)
        assert interrupt.sent.is_set(), f"the crawl ended before its request {n}"
        # Gracefully stopped: what was archived is committed as an interrupted version (exit 5).
        expected_codes = {signal.SIGKILL: {-signal.SIGKILL}}.get(signum, {5})
        assert code in expected_codes, f"request {n}, signal {signum}: exit {code}\n{out}"
        code, out = crawl(web, archive)
        assert code == 0, f"complete run after request {n}, signal {signum}: exit {code}\n{out}"
    return documents(archive)


def killed_in_commit_then_complete(sites: Path, base: Path | None, work: Path, step: str) -> dict:
    archive = work / "archive"
    if base is not None:
        shutil.copytree(base, archive)
    with ReplicaWeb(sites) as web:
        code, out = crawl(web, archive, env={"SPEECH_ARCHIVE_KILL_AT": step})
        assert code == -signal.SIGKILL, f"{step}: exit {code}\n{out}"
        code, out = crawl(web, archive)
        assert code == 0, f"complete run after a kill at {step}: exit {code}\n{out}"
    return documents(archive)


def cases(count: int) -> list[tuple[int, int]]:
    """SIGINT after every response; SIGTERM and SIGKILL at a few places."""
    chosen = [(n, signal.SIGINT) for n in range(2, count + 1)]
    for n in sorted({2, count // 2, count}):
        chosen += [(n, signal.SIGTERM), (n, signal.SIGKILL)]
    return chosen


def all_cases_give(expected: dict, sites: Path, base: Path | None, tmp_path: Path) -> None:
    count = request_count(sites, _copy(base, tmp_path / "count"))
    jobs = [("signal", n, signum) for n, signum in cases(count)] + [
        ("commit", step, None) for step in COMMIT_STEPS
    ]

    def run(index_job):
        index, (kind, where, signum) = index_job
        work = tmp_path / f"case{index}"
        work.mkdir()
        if kind == "signal":
            return (where, signum), interrupted_then_complete(sites, base, work, where, signum)
        return (where, None), killed_in_commit_then_complete(sites, base, work, where)

    # Two at a time: each case is two crawl processes against a replica web of its own.
    with ThreadPoolExecutor(max_workers=2) as pool:
        for case, docs in pool.map(run, enumerate(jobs)):
            assert docs == expected, f"interrupted at {case}: documents differ from an uninterrupted crawl"


def _copy(base: Path | None, dest: Path) -> Path:
    if base is not None:
        shutil.copytree(base, dest)
    return dest


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    sites = tmp_path_factory.mktemp("interrupt-sites")
    generate_huigou6_site(sites)
    return sites


def test_a_first_crawl_interrupted_anywhere_then_run_once_holds_every_document(site, tmp_path):
    reference = tmp_path / "reference"
    with ReplicaWeb(site) as web:
        code, out = crawl(web, reference)
        assert code == 0, out
    expected = documents(reference)
    assert len(expected) == 9  # the replica's 8 speeches and the three-page article
    all_cases_give(expected, site, None, tmp_path)


def test_a_recrawl_after_edits_interrupted_anywhere_then_run_once_holds_every_edit(site, tmp_path):
    base = tmp_path / "base"
    with ReplicaWeb(site) as web:
        code, out = crawl(web, base)
        assert code == 0, out
    edited = tmp_path / "edited"
    shutil.copytree(site, edited)
    host = edited / HOST
    second = host / three_page_paths()[1].lstrip("/")
    single = host / "zhuantifanwen" / "gongwenfanwen" / "3401.html"
    for page, words in (
        (second, "我们一定要把招商引资的各项任务落到实处。"),
        (single, "各级干部要以身作则。"),
    ):
        data = page.read_bytes()
        changed = data.replace(b"</p>", f"{words}</p>".encode(), 1)
        assert changed != data
        page.write_bytes(changed)
    reference = tmp_path / "reference"
    shutil.copytree(base, reference)
    with ReplicaWeb(edited) as web:
        code, out = crawl(web, reference)
        assert code == 0, out
    expected = documents(reference)
    assert expected != documents(base)
    assert any("落到实处" in text for text in expected.values())
    all_cases_give(expected, edited, base, tmp_path)


def leased_worker_pid(client) -> int | None:
    """The pid of the worker holding a request in flight (worker ids are host-pid-random)."""
    for key in client.scan_iter(match="speech-archive:*:processing:*"):
        if client.hlen(key):
            return int(key.decode().rsplit(":", 1)[1].rsplit("-", 2)[1])
    return None


class InterruptWorkerAt(InterruptAt):
    """Sends `signum` to the local worker that asked for the crawl's `n`-th request."""

    def __init__(self, n: int, signum: int, redis_client):
        super().__init__(n, signum)
        self.redis = redis_client

    def __call__(self, entry: dict) -> None:
        with self.lock:
            self.count += 1
            if self.count != self.n or self.sent.is_set():
                return
        pid = leased_worker_pid(self.redis)  # the request arriving now is leased by its worker
        if pid is not None:
            os.kill(pid, self.signum)
            self.sent.set()


@pytest.mark.parametrize("target", ["worker", "coordinator"])
def test_a_distributed_run_interrupted_mid_article_then_run_once_holds_every_document(site, tmp_path, target):
    from test_distributed_support import RedisServer

    reference = tmp_path / "reference"
    with ReplicaWeb(site) as web:
        code, out = crawl(web, reference)
        assert code == 0, out
    expected = documents(reference)
    redis = RedisServer(tmp_path / "redis").start()
    try:
        distributed = {"extra": ["--redis", redis.url, "--workers", "1"]}
        archive = tmp_path / "archive"
        # Request 5 arrives after page 1 of the first two-page article was answered, page 2 not yet.
        interrupt = (
            InterruptWorkerAt(5, signal.SIGINT, redis.client())
            if target == "worker"
            else InterruptAt(5, signal.SIGINT)
        )
        with ReplicaWeb(site, on_request=interrupt) as web:
            code, out = crawl(web, archive, interrupt if target == "coordinator" else None, **distributed)
            assert interrupt.sent.is_set(), out
            # A worker that stops is replaced and the run completes; a coordinator stopped commits
            # what was handed over as an interrupted version.
            assert code == (0 if target == "worker" else 5), out
            code, out = crawl(web, archive, **distributed)
            assert code == 0, out
        assert documents(archive) == expected
    finally:
        redis.stop()
