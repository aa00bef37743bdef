"""The process pool the pure path runs in: the crawl's (pipelines/steps.py) and `reprocess`'s.

One pool per process (`shared_pool`): the spiders of one crawl share it, and a distributed
worker, a process of its own, has its own. One worker per usable core by default. forkserver, not fork: a forked worker would inherit the
archive lock's file descriptor and, orphaned by a SIGKILLed parent, keep the archive locked. Each
worker follows the process that made the pool (pipelines/lifeline.py) and ends with it, however it
ends: their parent is the forkserver, so the kernel's parent-death signal would not do.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from pipelines.lifeline import follow_process, process_identity

# Imported once by the forkserver, before it forks any worker: a worker starts with the pure
# path loaded (lxml, trafilatura, OpenCC, numpy) instead of importing it, and shares those pages.
WORKER_PRELOAD = ("pipelines.page", "pipelines.dedup")


def usable_cpus() -> int:
    """The cores this process may run on (its affinity mask): the pool's default size."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def workers_setting(value, name: str = "EXTRACT_WORKERS") -> int:
    """A number of worker processes: "auto" (or unset) is one per usable core, 0 none."""
    if value in (None, "", "auto"):
        return usable_cpus()
    try:
        workers = int(value)
    except (TypeError, ValueError):
        workers = -1
    if workers < 0:
        raise ValueError(f"{name} must be 'auto' or a number of processes (0: none), not {value!r}")
    return workers


def worker_pool(workers: int, preload: tuple[str, ...] = ()) -> ProcessPoolExecutor:
    """`workers` processes; `preload`: modules their tasks need besides the pure path's."""
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=worker_context(preload),
        initializer=follow_process,
        initargs=process_identity(),
    )


def worker_context(preload: tuple[str, ...] = ()):
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([*WORKER_PRELOAD, *preload])
    return context


def start_worker_server(preload: tuple[str, ...] = ()) -> None:
    """Start the forkserver the workers of `worker_pool(…, preload)` fork from, without waiting
    for it: its imports (about half a second) then overlap what this process does before it
    makes the pool, instead of holding up the pool's first task."""
    worker_context(preload)
    multiprocessing.forkserver.ensure_running()


_shared: ProcessPoolExecutor | None = None
_shared_users = 0
_shared_lock = threading.Lock()


def shared_pool(workers: int) -> ProcessPoolExecutor:
    """This process's one pool, started by its first user with `workers` processes; each user
    hands it back with `release_shared_pool` once its last task is done."""
    global _shared, _shared_users
    with _shared_lock:
        if _shared is None:
            _shared = worker_pool(workers)
        _shared_users += 1
        return _shared


def release_shared_pool() -> None:
    """One user done with the shared pool: the last one shuts it down (its workers end)."""
    global _shared, _shared_users
    with _shared_lock:
        _shared_users = max(0, _shared_users - 1)
        if _shared_users > 0 or _shared is None:
            return
        pool, _shared, _shared_users = _shared, None, 0
    pool.shutdown(wait=True, cancel_futures=True)


def ordered_map(pool: ProcessPoolExecutor, fn: Callable, items: Iterable, in_flight: int) -> Iterator:
    """`fn(item)` of every item, in the items' order, with at most `in_flight` tasks queued (so a
    million items are not all pickled and held at once)."""
    pending: deque[Future] = deque()
    for item in items:
        pending.append(pool.submit(fn, item))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
