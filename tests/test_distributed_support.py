"""Helpers of the distributed tests: a real redis-server on a free loopback port, crawls in subprocesses."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import redis
from crawlhelp import HANG

from crawler.distributed.connection import loopback_redis_command
from pipelines.lifeline import die_with_parent

REPO_ROOT = Path(__file__).resolve().parent.parent
SITES = {
    "wm114": "www.wm114.cn",
    "huigou6": "www.huigou6.com",
    "fanwen_hant": "fanwen-hant.test",
    "jianghua_ai": "jianghua-ai.test",
}
# The replica is this machine's own server; leases expire fast so a killed worker is noticed soon.
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DISTRIBUTED_LEASE_TTL=3"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """Debian's redis-server, no persistence, in a temp dir; `stop()` and `start()` again on the same port."""

    def __init__(self, workdir: Path, port: int | None = None, password: str | None = None):
        self.workdir = Path(workdir)
        self.port = port or free_port()
        self.password = password
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        auth = f":{self.password}@" if self.password else ""
        return f"redis://{auth}127.0.0.1:{self.port}/0"

    def start(self, timeout: float = HANG) -> RedisServer:
        self.workdir.mkdir(parents=True, exist_ok=True)
        command = loopback_redis_command(self.port, self.workdir)
        if self.password:
            command += ["--requirepass", self.password]
        self.proc = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=die_with_parent(os.getpid()),  # no redis-server outlives the tests
        )
        deadline = time.monotonic() + timeout  # a bound against a hang: the wait is on the port
        client = redis.Redis.from_url(self.url, socket_connect_timeout=0.5)
        while time.monotonic() < deadline and self.proc.poll() is None:
            try:
                if client.ping():
                    return self
            except redis.ConnectionError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=HANG)
        self.proc = None

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url)


def base_url_args(web) -> list[str]:
    args = []
    for name, host in SITES.items():
        args += ["--base-url", f"{name}={web.urls[host]}"]
    return args


def crawl_command(
    archive: Path, web, *extra: str, redis_url: str | None = None, workers: int | None = None
) -> list[str]:
    cmd = [
        sys.executable,
        "-m",
        "crawler.cli",
        "crawl",
        *SITES,
        *base_url_args(web),
        "--archive",
        str(archive),
        "--no-report",
        "--quiet",
        *FAST,
        *extra,
    ]
    if redis_url:
        cmd += ["--redis", redis_url]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    return cmd


@contextmanager
def started(cmd: list[str]):
    """A crawl in its own process group (the coordinator and its workers), killed whatever happens."""
    proc = subprocess.Popen(
        cmd,
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        env={**os.environ, "SPEECH_ARCHIVE_NO_REPORT": "1"},
    )
    try:
        yield proc
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=HANG)
        proc.stdout.close()
        proc.stderr.close()


def run_crawl(cmd: list[str], timeout: float = HANG) -> subprocess.CompletedProcess:
    with started(cmd) as proc:
        out, err = proc.communicate(timeout=timeout)
        return subprocess.CompletedProcess(cmd, proc.returncode, out.decode(), err.decode())


def documents(archive: Path) -> dict[str, tuple[frozenset, str]]:
    """A version's documents: doc id -> (the URLs it was seen at, canonical text)."""
    from archive.store import Archive

    return {doc["doc_id"]: (frozenset(doc["urls"]), doc["text"]) for doc in Archive(archive).documents()}


def wait_until(predicate, timeout: float = HANG, step: float = 0.05):
    """The first true value of `predicate` (a Redis key, a process): polled, the timeout only catches a hang."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"condition not met within {timeout}s")
