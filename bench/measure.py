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
    return sum(tree_sample(process, {}).values())


def tree_sample(process: psutil.Process, cpu: dict) -> dict[int, int]:
    """Resident bytes of each process of the tree by pid; `cpu` keeps each one's CPU seconds
    (by pid and start time) as last seen: worker processes are not this process's children, so
    their CPU would be missing from `getrusage(RUSAGE_CHILDREN)`."""
    rss: dict[int, int] = {}
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:
        return rss
    for member in members:
        try:
            with member.oneshot():
                rss[member.pid] = member.memory_info().rss
                times = member.cpu_times()
                cpu[(member.pid, member.create_time())] = times.user + times.system
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return rss


@dataclass
class ProcessRun:
    returncode: int
    seconds: float  # wall time from start to exit
    peak_rss_mb: float  # highest sampled RSS of the process tree
    cpu_s: float  # user + system CPU of the process and the descendants it waited for
    stdout: str
    stderr: str
    tree_cpu_s: float = 0.0  # user + system CPU of every process of the tree, as last sampled
    peak_descendants_rss_mb: float = 0.0  # highest sampled RSS of the tree without its root


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
    peak = peak_descendants = 0
    cpu: dict = {}
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_descendants
        while not done.is_set():
            rss = tree_sample(watched, cpu)
            peak = max(peak, sum(rss.values()))
            peak_descendants = max(peak_descendants, sum(v for pid, v in rss.items() if pid != proc.pid))
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
    cpu_s = children_cpu_s() - cpu_before
    return ProcessRun(
        proc.returncode,
        seconds,
        peak / 2**20,
        cpu_s,
        stdout,
        stderr,
        # Waited-for descendants are in cpu_s already: the larger of the two counts each once.
        tree_cpu_s=max(cpu_s, sum(cpu.values())),
        peak_descendants_rss_mb=peak_descendants / 2**20,
    )


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
