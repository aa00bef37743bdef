"""A crawl killed with SIGKILL (the OOM killer, a cron timeout) leaves no process of its own behind.

The crawl's main process alone is killed, not its process group: its extraction pool (workers,
forkserver, resource tracker) must end by itself (it waits on the crawl's pidfd), and the next
run finds none of them alive and completes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import psutil

from pipelines.lifeline import process_identity
from replica.generate import generate_bench_site
from replica.server import ReplicaWeb
from tests.crawlhelp import FAST, HANG, REPO_ROOT, speech_archive

BENCH_PROFILES = REPO_ROOT / "bench" / "profiles"


def crawl_command(web, archive) -> list[str]:
    return [
        sys.executable,
        "-m",
        "crawler.cli",
        "crawl",
        "bench",
        "--profiles",
        str(BENCH_PROFILES),
        "--base-url",
        f"bench={web.urls['bench.test']}",
        "--archive",
        str(archive),
        "--no-report",
        "--quiet",
        *FAST,
        "-s",
        "EXTRACT_WORKERS=2",
    ]


def wait_for(condition, timeout: float, every: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    return condition()


# Articles come from the 4th request on: after this many answers the pool is started, and the
# crawl waits for the rest until the test lets them go.
ANSWERS_BEFORE_THE_KILL = 30


def killed_alone_leaves_nothing(cmd: list[str], wanted_descendants: int) -> list[psutil.Process]:
    """Start `cmd`, wait for it to have `wanted_descendants` processes under it, SIGKILL it alone;
    the descendants that did not end by themselves (killed, then, by the test)."""
    crawl = subprocess.Popen(
        cmd,
        cwd=REPO_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "SPEECH_ARCHIVE_NO_REPORT": "1"},
        start_new_session=True,  # its own group, so that killing it alone is what is tested
    )
    main = psutil.Process(crawl.pid)
    descendants: list[psutil.Process] = []
    try:
        started = wait_for(lambda: len(main.children(recursive=True)) >= wanted_descendants, timeout=HANG)
        descendants = main.children(recursive=True)
        assert started, f"the crawl never started its processes: {descendants}"
    finally:
        os.kill(crawl.pid, signal.SIGKILL)
        crawl.wait(timeout=HANG)
    _gone, alive = psutil.wait_procs(descendants, timeout=HANG)  # they end on the pidfd's event
    for process in alive:  # the test's own leftovers: not for the next test to find
        process.kill()
    return alive


def test_sigkill_of_the_crawl_leaves_no_process_of_its_own(tmp_path):
    generate_bench_site(tmp_path / "sites", n_articles=400, seed=2)
    archive = tmp_path / "archive"
    with ReplicaWeb(tmp_path / "sites") as web:
        # Held answers: the crawl is still running, pool and all, when it is killed.
        release = web.hold_answers(after=ANSWERS_BEFORE_THE_KILL)
        # The pool starts with the first article: two workers, the forkserver, the tracker.
        alive = killed_alone_leaves_nothing(crawl_command(web, archive), wanted_descendants=4)
        release.set()
        assert not alive, [(p.pid, p.cmdline()) for p in alive]
        # The next run completes (the lock is free, no process of the last run holds anything).
        result = speech_archive(*crawl_command(web, archive)[3:], timeout=2 * HANG)
        assert result.returncode == 0, result.stderr[-3000:]


def test_sigkill_of_a_distributed_crawl_leaves_no_worker_behind(tmp_path):
    from tests.test_distributed_support import RedisServer

    generate_bench_site(tmp_path / "sites", n_articles=400, seed=2)
    redis = RedisServer(tmp_path / "redis").start()
    try:
        with ReplicaWeb(tmp_path / "sites") as web:
            web.hold_answers(after=ANSWERS_BEFORE_THE_KILL)  # released when the web stops
            cmd = crawl_command(web, tmp_path / "archive") + ["--redis", redis.url, "--workers", "1"]
            # One local worker with its pool: the worker, two pool workers, forkserver, tracker.
            alive = killed_alone_leaves_nothing(cmd, wanted_descendants=5)
            assert not alive, [(p.pid, p.cmdline()) for p in alive]
    finally:
        redis.stop()


def test_a_follower_ends_when_the_process_it_follows_is_killed():
    leader = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    follower = None
    try:
        code = (
            "import sys\n"
            "from pipelines.lifeline import follow_process\n"
            f"follow_process({leader.pid}, {process_identity(leader.pid)[1]!r})\n"
            "print('following', flush=True)\n"
            "sys.stdin.read()\n"  # until the test ends it: only the leader's end may end it before
        )
        follower = subprocess.Popen(
            [sys.executable, "-c", code],
            cwd=REPO_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert follower.stdout.readline() == "following\n"  # following, not ended
        leader.kill()
        leader.wait()
        assert follower.wait(timeout=HANG) == 70
    finally:
        leader.kill()
        if follower is not None:
            follower.kill()
            follower.wait()


def test_a_pid_that_names_another_process_now_is_not_followed():
    # The process that had this pid is gone (a different start time): end at once.
    code = (
        "import os\n"
        "from pipelines.lifeline import follow_process\n"
        "follow_process(os.getppid(), 1.0)\n"
        "print('still here')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True)
    assert result.returncode == 70 and "still here" not in result.stdout
