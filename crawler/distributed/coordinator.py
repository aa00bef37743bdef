"""The coordinator of a distributed run: `speech-archive crawl SITE... --redis URL [--workers N]`.

It runs inside `crawl_process.run_crawl`, which has taken the archive lock and opened the archive run
(and commits the version afterwards, as in a single-process crawl). `coordinate(settings, plan, run)`:
1. claims the Redis namespace (refusing if another live coordinator uses it; clearing what a dead
   one left), publishes the fetch history and the run descriptor (spiders, arguments, settings);
2. queues the spiders' start requests once, through scrapy-redis' queue and duplicate filter;
3. starts N local workers (`speech-archive worker --run-id ...`, restarted if one dies), or relies
   on workers started elsewhere with `--workers 0`;
4. applies the hand-over stream in order (intake.py: WARC bytes into warc/, fetch history staged,
   items archived through the same function as a single-process crawl), reclaims the leases of
   workers whose heartbeat stopped (local workers: supervisor.py), and ends when nothing is queued,
   nothing is in flight and the stream is drained;
5. tells the workers the run is over, collects their stats and clears the namespace.
It returns (spider name, stats merged over every worker) per spider, for the run report.

Redis unreachable past the retry limit, or restarted without the run's state, stops the run with
`DistributedCrawlError`; run_crawl then aborts the archive run and the last version stays as it was.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import socket
import time
from collections import Counter
from pathlib import Path

from crawler.distributed import DEFAULT_LEASE_TTL, RunKeys, spider_label
from crawler.distributed.connection import RedisUnavailable, connect, redact
from crawler.distributed.intake import HandOverIntake
from crawler.distributed.queue import LeasedPriorityQueue, reclaim_dead_workers, run_backlog
from crawler.distributed.scheduler import SharedDupeFilter
from crawler.distributed.supervisor import WorkerSupervisor
from crawler.distributed.worker import RUN_ACTIVE
from crawler.plan import SpiderRun, spider_class

logger = logging.getLogger(__name__)

CHECK_EVERY = 1.0  # seconds between backlog / lease / worker checks
DRAINED_CHECKS = 2  # consecutive empty backlogs before the run is over


class DistributedCrawlError(Exception):
    """The distributed run cannot go on; one line for the command line."""


def stream_id(value: str) -> tuple[int, int]:
    ms, _, seq = value.partition("-")
    return int(ms), int(seq or 0)


def clear_namespace(server, keys: RunKeys) -> int:
    """Delete every key of the namespace (what a finished or dead run left)."""
    deleted = 0
    batch = []
    for key in server.scan_iter(match=f"{keys.namespace}:*", count=1000):
        batch.append(key)
        if len(batch) >= 1000:
            deleted += server.delete(*batch)
            batch = []
    if batch:
        deleted += server.delete(*batch)
    return deleted


def publish_history(server, keys: RunKeys, history, batch: int = 1000) -> int:
    """Copy the run's committed fetch history into Redis for the workers' conditional requests."""
    published = 0
    pipe = server.pipeline(transaction=False)
    for url, entry in history.entries():
        pipe.hset(keys.history, url, json.dumps(entry, sort_keys=True))
        published += 1
        if published % batch == 0:
            pipe.execute()
    pipe.execute()
    return published


def seed_start_requests(server, keys: RunKeys, settings, spider_cls, kwargs: dict, label: str) -> int:
    """Queue a spider's start requests once, through scrapy-redis' queue and duplicate filter."""
    from scrapy import Request
    from scrapy.crawler import Crawler

    crawler = Crawler(spider_cls, settings)
    spider = spider_cls.from_crawler(crawler, **kwargs)

    async def collect():
        return [entry async for entry in spider.start()]

    queue = LeasedPriorityQueue(server, spider, keys.queue(label))
    seen = SharedDupeFilter(server, key=keys.dupefilter(label))
    queued = 0
    for entry in asyncio.run(collect()):
        if not isinstance(entry, Request):
            logger.warning("start() of %s yielded an item; only requests are seeded", label)
            continue
        if not entry.dont_filter and seen.request_seen(entry):
            continue
        queue.push(entry)
        queued += 1
    return queued


def merge_stats(parts: list[dict]) -> dict:
    merged: Counter = Counter()
    other: dict = {}
    for stats in parts:
        for key, value in stats.items():
            if isinstance(value, int) and not isinstance(value, bool):
                merged[key] += value
            else:
                other.setdefault(key, value)
    return {**other, **merged}


class Coordinator:
    def __init__(self, settings, plan, run, server, keys: RunKeys):
        self.settings = settings
        self.plan = plan
        self.run = run
        self.server = server
        self.keys = keys
        self.url = settings.get("REDIS_URL")
        self.lease_ttl = settings.getfloat("DISTRIBUTED_LEASE_TTL", DEFAULT_LEASE_TTL)
        self.coordinator_ttl = max(10.0, 2 * self.lease_ttl)
        self.wait_for_workers = settings.getfloat("DISTRIBUTED_WAIT_FOR_WORKERS", 3600.0)
        self.entries = [
            {"name": s.name, "kwargs": s.kwargs, "settings": s.settings, "label": spider_label(i, s.name)}
            for i, s in enumerate(plan.spiders)
        ]
        self.labels = [entry["label"] for entry in self.entries]
        self.stop_requested = False
        self.supervisor = WorkerSupervisor(
            self.url,
            run.run_id,
            plan.workers if plan.workers is not None else (os.cpu_count() or 1),
            Path(run.archive.logs_dir),
            settings.get("DISTRIBUTED_WORKER_CONCURRENCY"),
        )
        self.intake: HandOverIntake | None = None  # once the history is published
        self.identity = {
            "run_id": run.run_id,
            "archive": f"{socket.gethostname()}:{Path(run.archive.root).resolve()}",
            "pid": os.getpid(),
        }

    # -- set-up -----------------------------------------------------------------------------
    def claim_namespace(self) -> None:
        raw = self.server.get(self.keys.coordinator_alive)
        owner = json.loads(raw) if raw else None
        if owner is not None and owner.get("archive") != self.identity["archive"]:
            raise DistributedCrawlError(
                f"another coordinator (run {owner.get('run_id')}, archive {owner.get('archive')}) is using "
                f"Redis namespace {self.keys.namespace!r}; set DISTRIBUTED_NAMESPACE for a second archive"
            )
        # Same archive: we hold its lock, so that coordinator is dead (its key had not expired yet).
        cleared = clear_namespace(self.server, self.keys)
        if cleared:
            logger.warning(
                "cleared %d Redis keys a previous run left in namespace %s", cleared, self.keys.namespace
            )
        self.refresh_alive()

    def refresh_alive(self) -> None:
        self.server.set(
            self.keys.coordinator_alive, json.dumps(self.identity), px=int(self.coordinator_ttl * 1000)
        )

    def publish(self) -> None:

        published = publish_history(self.server, self.keys, self.run.history)
        logger.info("published %d fetch history entries to Redis", published)
        descriptor = {
            "run_id": self.run.run_id,
            "namespace": self.keys.namespace,
            "spiders": self.entries,
            "settings": dict(self.plan.settings),
            "lease_ttl": self.lease_ttl,
        }
        self.server.hset(self.keys.run, mapping={"descriptor": json.dumps(descriptor), "state": "seeding"})
        self.intake = HandOverIntake(self.server, self.keys, self.run)

    def seed(self) -> None:
        from scrapy.spiderloader import get_spider_loader

        loader = get_spider_loader(self.settings)
        for entry in self.entries:
            cls = spider_class(loader, SpiderRun(entry["name"], entry["kwargs"], entry["settings"]))
            queued = seed_start_requests(
                # The run's own settings (with its LOG_FILE: a Crawler re-installs the log handler).
                self.server,
                self.keys,
                self.settings.copy(),
                cls,
                entry["kwargs"],
                entry["label"],
            )
            logger.info("queued %d start requests of %s", queued, entry["label"])
        self.server.hset(self.keys.run, "state", RUN_ACTIVE)

    # -- the run ----------------------------------------------------------------------------
    def check_run_state(self) -> None:
        raw = self.server.hget(self.keys.run, "descriptor")
        if raw is None or json.loads(raw).get("run_id") != self.run.run_id:
            raise DistributedCrawlError(
                f"Redis at {redact(self.url)} lost the run's state (restarted without persistence?)"
            )

    def crawl(self) -> str:
        """Until drained (-> "finished") or asked to stop (-> "shutdown")."""
        self.supervisor.start_all()
        drained_checks = 0
        last_check = 0.0
        no_worker_since = None
        while True:
            self.intake.drain()
            if self.stop_requested:
                return "shutdown"
            now = time.monotonic()
            if now - last_check < CHECK_EVERY:
                continue
            last_check = now
            self.refresh_alive()
            self.check_run_state()
            reclaim_dead_workers(self.server, self.keys, self.labels)
            self.supervisor.tend_workers()
            queued, inflight, last_stream_id = run_backlog(self.server, self.keys, self.labels)
            if queued == 0 and inflight == 0 and stream_id(last_stream_id) <= stream_id(self.intake.last_id):
                drained_checks += 1
                if drained_checks >= DRAINED_CHECKS:
                    return "finished"
                continue
            drained_checks = 0
            if self.supervisor.local_count and not self.supervisor.workers:
                raise DistributedCrawlError(
                    f"local workers kept failing ({self.supervisor.worker_starts} started); "
                    f"see their logs in {self.supervisor.log_dir}"
                )
            if self.live_workers() == 0:
                no_worker_since = no_worker_since or now
                if now - no_worker_since > self.wait_for_workers:
                    raise DistributedCrawlError(
                        f"no worker served the run for {self.wait_for_workers:.0f}s "
                        f"({queued} requests queued); start `speech-archive worker --redis URL`"
                    )
            else:
                no_worker_since = None

    def live_workers(self) -> int:
        remote = sum(1 for _ in self.server.scan_iter(match=self.keys.worker_alive("*"), count=1000))
        return max(self.supervisor.alive(), remote)

    def finish(self, outcome: str) -> list[tuple[str, dict]]:
        self.server.hset(self.keys.run, "state", outcome)
        self.supervisor.wait_stopped(60.0, meanwhile=lambda: self.intake.drain(block_ms=200))
        self.intake.drain(block_ms=100)
        while self.intake.drain(block_ms=100):
            pass
        self.intake.close()
        spider_stats = self.collect_stats(outcome)
        clear_namespace(self.server, self.keys)
        return spider_stats

    def collect_stats(self, outcome: str) -> list[tuple[str, dict]]:
        """(spider name, its stats merged over every worker) per spider, for the run report."""
        by_label: dict[str, list[dict]] = {}
        for field, raw in self.server.hgetall(self.keys.stats).items():
            label = field.decode().rsplit("/", 1)[-1]
            by_label.setdefault(label, []).append(json.loads(raw))
        reason = "finished" if outcome == "finished" else "shutdown"
        crawlers = []
        for i, entry in enumerate(self.entries):
            stats = merge_stats(by_label.get(entry["label"], []))
            if i == 0:
                stats = merge_stats(
                    [
                        stats,
                        self.intake.stats(),
                        {"speech_archive/distributed/worker_starts": self.supervisor.worker_starts},
                    ]
                )
            stats["finish_reason"] = reason
            crawlers.append((entry["name"], stats))
        return crawlers


def coordinate(settings, plan, run) -> list[tuple[str, dict]]:
    """Run the distributed crawl into `run` (not committed here); (spider, stats) for the report."""
    from scrapy.utils.log import configure_logging

    settings.set("LOG_INSTALL_ROOT_HANDLER", True, priority="cmdline")
    configure_logging(settings)  # into the run's log file, as Scrapy would
    url = settings.get("REDIS_URL")
    give_up = settings.getfloat("DISTRIBUTED_REDIS_GIVE_UP_AFTER", 60.0)
    keys = RunKeys(settings.get("DISTRIBUTED_NAMESPACE") or RunKeys().namespace)
    server = connect(url, give_up)
    coordinator = Coordinator(settings, plan, run, server, keys)

    def request_stop(signum, frame):
        if coordinator.stop_requested:
            raise KeyboardInterrupt
        logger.warning("signal %d: stopping the workers, committing what was handed over", signum)
        coordinator.stop_requested = True

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    started = False
    try:
        coordinator.claim_namespace()
        started = True
        coordinator.publish()
        coordinator.seed()
        outcome = coordinator.crawl()
        return coordinator.finish(outcome)
    except BaseException as exc:
        coordinator.supervisor.terminate_all()
        if isinstance(exc, RedisUnavailable):
            raise DistributedCrawlError(str(exc)) from None
        if started:
            try:  # workers elsewhere stop at once instead of waiting for the coordinator's key to expire
                coordinator.server.hset(keys.run, "state", "shutdown")
            except Exception:
                pass
        raise
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if coordinator.intake is not None:
            coordinator.intake.close()
