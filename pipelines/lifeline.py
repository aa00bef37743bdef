"""Processes a crawl starts end when the crawl's process ends, however it ends (SIGKILL included).

A process started by the crawl *follows* it: a daemon thread waits on a pidfd of the crawl's
process (Linux 5.3+; else it polls every half second) and ends its own process the moment the
crawl's is gone. The crawl's process is named by pid *and* start time, so a pid reused by another
process is never mistaken for it.

- the extraction pool's workers: `follow_process` is the ProcessPoolExecutor's initializer (their
  parent is the forkserver, not the crawl, so the kernel's parent-death signal would not do);
- local workers of a distributed run and the runs a `worker` serves: started with
  `lifeline_env()` in their environment, they call `follow_from_environment()` first thing;
- programs that are not ours (redis-server in tests and benchmarks): `die_with_parent` as Popen's
  preexec_fn asks the kernel to SIGKILL them when their parent dies (PR_SET_PDEATHSIG).

The forkserver and the resource tracker need nothing: each ends when the last process holding
its pipe (the crawl and the pool's workers) is gone.
"""

from __future__ import annotations

import ctypes
import os
import select
import signal
import threading

import psutil

LIFELINE_VARIABLE = "SPEECH_ARCHIVE_FOLLOW"
PR_SET_PDEATHSIG = 1
POLL_SECONDS = 0.5


def process_identity(pid: int | None = None) -> tuple[int, float]:
    """(pid, start time) of a process: what names it for good (a pid alone may be reused)."""
    pid = os.getpid() if pid is None else pid
    return pid, psutil.Process(pid).create_time()


def _end_now() -> None:
    # No cleanup, no atexit: the process that would wait for it is gone.
    os._exit(70)


def _same_process(pid: int, started: float) -> bool:
    try:
        return psutil.Process(pid).create_time() == started
    except psutil.Error:
        return False


def _wait_on_pidfd(fd: int) -> None:
    select.select([fd], [], [])  # a pidfd turns readable when its process exits
    _end_now()


def _poll(pid: int, started: float) -> None:
    stop = threading.Event()
    while not stop.wait(POLL_SECONDS):
        if not _same_process(pid, started):
            _end_now()


def follow_process(pid: int, started: float) -> None:
    """End this process as soon as process (`pid`, `started`) ends; now if it already has."""
    fd = None
    if hasattr(os, "pidfd_open"):
        try:
            fd = os.pidfd_open(pid)
        except ProcessLookupError:
            _end_now()
        except OSError:  # an older kernel: poll instead
            fd = None
    if not _same_process(pid, started):  # checked after opening: the pidfd is of that process
        _end_now()
    if fd is not None:
        target, args = _wait_on_pidfd, (fd,)
    else:
        target, args = _poll, (pid, started)
    threading.Thread(target=target, args=args, name="follow-crawl", daemon=True).start()


def lifeline_env(environ: dict | None = None) -> dict:
    """The environment for a child of ours that is to follow this process."""
    pid, started = process_identity()
    return {**(os.environ if environ is None else environ), LIFELINE_VARIABLE: f"{pid}:{started!r}"}


def follow_from_environment() -> bool:
    """Follow the process `lifeline_env` named, if this one was started with it."""
    value = os.environ.get(LIFELINE_VARIABLE)
    if not value:
        return False
    pid_text, _, started_text = value.partition(":")
    try:
        pid, started = int(pid_text), float(started_text)
    except ValueError:
        return False
    if pid == os.getpid():
        return False
    follow_process(pid, started)
    return True


def die_with_parent(parent_pid: int):
    """A Popen preexec_fn: the kernel SIGKILLs the child when `parent_pid` (its parent) ends."""
    libc = ctypes.CDLL(None, use_errno=True)  # resolved before the fork, not in the child

    def arm() -> None:
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent_pid:  # the parent died before the signal was armed
            os._exit(70)

    return arm
