"""Local workers of a distributed run: started, replaced when one dies mid-run, stopped at the end."""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from pathlib import Path

from pipelines.lifeline import lifeline_env

logger = logging.getLogger(__name__)


def worker_command(run_id: str, *, wait: int, concurrency=None, settings: list[str] = ()) -> list[str]:
    """`speech-archive worker` serving run `run_id` (the Redis URL comes from worker_env)."""
    cmd = [sys.executable, "-m", "crawler.cli", "worker", "--run-id", run_id, "--wait", str(wait)]
    if concurrency:
        cmd += ["--concurrency", str(concurrency)]
    for pair in settings:
        cmd += ["-s", pair]
    return cmd


def worker_env(redis_url: str) -> dict:
    """A worker process's environment: the Redis URL in it, not on the command line (readable by
    every local user with ps, and the URL may hold a password); and the lifeline, so the worker
    ends by itself when its parent ends, however it ends."""
    return {**lifeline_env(), "REDIS_URL": redis_url}


class WorkerSupervisor:
    """`count` local `speech-archive worker --run-id RUN` processes, their logs in `log_dir`."""

    def __init__(self, url: str, run_id: str, count: int, log_dir: Path, concurrency=None):
        self.url = url
        self.run_id = run_id
        self.local_count = count
        self.log_dir = Path(log_dir)
        self.concurrency = concurrency
        self.workers: list[subprocess.Popen] = []
        self.worker_starts = 0

    def start_all(self) -> None:
        for _ in range(self.local_count):
            self.start_worker()

    def start_worker(self) -> None:
        index = self.worker_starts
        self.worker_starts += 1
        cmd = worker_command(self.run_id, wait=60, concurrency=self.concurrency)
        log = open(self.log_dir / f"{self.run_id}-worker-{index}.log", "ab")
        try:
            proc = subprocess.Popen(
                cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=worker_env(self.url)
            )
        finally:
            log.close()
        logger.info("started local worker %d (pid %d)", index, proc.pid)
        self.workers.append(proc)

    def tend_workers(self) -> None:
        """Replace local workers that died mid-run (bounded: a worker that always dies is a bug)."""
        for proc in list(self.workers):
            code = proc.poll()
            if code is None:
                continue
            self.workers.remove(proc)
            logger.warning("local worker pid %d exited with %s during the run", proc.pid, code)
            if self.worker_starts < 3 * max(1, self.local_count):
                self.start_worker()

    def alive(self) -> int:
        return sum(1 for proc in self.workers if proc.poll() is None)

    def wait_stopped(self, timeout: float, meanwhile) -> None:
        """Wait up to `timeout` for the workers to stop by themselves (calling `meanwhile()`
        between checks), then terminate the rest."""
        deadline = time.monotonic() + timeout
        while any(proc.poll() is None for proc in self.workers) and time.monotonic() < deadline:
            meanwhile()
        for proc in self.workers:
            if proc.poll() is None:
                logger.warning("local worker pid %d did not stop; terminating it", proc.pid)
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=10)

    def terminate_all(self) -> None:
        for proc in self.workers:
            if proc.poll() is None:
                proc.terminate()
        for proc in self.workers:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
