"""Timing and memory helpers shared by the benchmarks."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

REPO_ROOT = Path(__file__).resolve().parent.parent
RSS_SAMPLE_INTERVAL = 0.05  # seconds between samples of a process tree's memory


def best_of(repeats: int, fn) -> float:
    """The fastest of `repeats` timed calls of `fn()` (seconds): the least disturbed by neighbours."""
    best = float("inf")
    for _ in range(max(1, repeats)):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def tree_rss(process: psutil.Process) -> int:
    """Resident bytes of a process and all its descendants (extraction workers, forkserver)."""
    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    for member in members:
        try:
            total += member.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


@dataclass
class ProcessRun:
    returncode: int
    seconds: float  # wall time from start to exit
    peak_rss_mb: float  # highest sampled RSS of the process tree
    cpu_s: float  # user + system CPU of the process and the descendants it waited for
    stdout: str
    stderr: str


def run_sampled(cmd: list[str], timeout: float, env: dict | None = None) -> ProcessRun:
    """Run `cmd` (cwd: the repository) and sample its process tree's RSS until it exits.

    A process that outlives `timeout` is killed (with its children) and reported with rc -9.
    """
    full_env = {**os.environ, **(env or {})}
    cpu_before = children_cpu_s()
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=REPO_ROOT, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    watched = psutil.Process(proc.pid)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(watched))
            done.wait(RSS_SAMPLE_INTERVAL)

    sampler = threading.Thread(target=sample, name="rss-sampler", daemon=True)
    sampler.start()
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        for child in watched.children(recursive=True):
            child.kill()
        proc.kill()
        stdout, stderr = proc.communicate()
        proc.returncode = -9
    seconds = time.perf_counter() - started
    done.set()
    sampler.join(timeout=5)
    return ProcessRun(proc.returncode, seconds, peak / 2**20, children_cpu_s() - cpu_before, stdout, stderr)


def children_cpu_s() -> float:
    """CPU seconds of this process's finished children: less sensitive to busy neighbours than wall time."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def python_module(module: str, *args: str) -> list[str]:
    """The command line running `python -m module args` with this interpreter."""
    return [sys.executable, "-m", module, *args]


def dir_bytes(path: Path) -> int:
    """Bytes of every file under `path` (what an archive occupies)."""
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())
