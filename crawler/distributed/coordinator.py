"""The coordinator of a distributed run: `speech-archive crawl SITE... --redis URL [--workers N]`.

It runs inside `crawl_run.run_crawl`, which has taken the archive lock and opened the archive run
(and commits the version afterwards, as in a single-process crawl). `coordinate(settings, plan, run)`:
1. claims the Redis namespace (refusing if another live coordinator uses it; clearing what a dead
   one left), publishes the fetch history and the run descriptor (spiders, arguments, settings);
2. queues the spiders' start requests once, through scrapy-redis' queue and duplicate filter;
3. starts N local workers (`speech-archive worker --run-id ...`, restarted if one dies), or relies
   on workers started elsewhere with `--workers 0`;
4. applies the hand-over stream in order (WARC bytes into warc/, fetch history staged, items through
   the dedup and archive pipelines: the same pipeline classes as a single-process crawl), reclaims
   the leases of workers whose heartbeat stopped, and ends when nothing is queued, nothing is in
   flight and the stream is drained;
5. tells the workers the run is over, collects their stats and clears the namespace.
It returns one stand-in crawler per spider (merged worker stats) for the run report.

Redis unreachable past the retry limit, or restarted without the run's state, stops the run with
`DistributedCrawlError`; run_crawl then aborts the archive run and the last version stays as it was.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

from crawler.distributed import COORDINATOR_PIPELINES, DEFAULT_LEASE_TTL, RunKeys, spider_label
from crawler.distributed.connection import RedisUnavailable, connect, redact
from crawler.distributed.queue import LeasedPriorityQueue, reclaim_dead_workers, run_backlog
from crawler.distributed.scheduler import SharedDupeFilter
from crawler.distributed.transport import (
    KIND_HISTORY,
    KIND_ITEM,
    KIND_WARC,
    WarcAssembler,
    decode_message,
    handover_key,
)
from crawler.distributed.worker import RUN_ACTIVE

logger = logging.getLogger(__name__)

CHECK_EVERY = 1.0  # seconds between backlog / lease / worker checks
DRAINED_CHECKS = 2  # consecutive empty backlogs before the run is over
READ_BATCH = 200


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


def publish_history(server, keys: RunKeys, history_path: Path, batch: int = 1000) -> int:
    """Copy the archive's fetch history into Redis for the workers' conditional requests."""
    from archive.history import FIELDS, FetchHistory

    if not Path(history_path).is_file():
        return 0
    db = sqlite3.connect(f"file:{history_path}?mode=ro", uri=True, timeout=30)
    published = 0
    try:
        pipe = server.pipeline(transaction=False)
        for row in db.execute(f"SELECT url, {', '.join(FIELDS)} FROM history"):
            entry = FetchHistory._row_to_entry(row[1:])
            pipe.hset(keys.history, row[0], json.dumps(entry, sort_keys=True))
            published += 1
            if published % batch == 0:
                pipe.execute()
        pipe.execute()
    except sqlite3.OperationalError as exc:  # no history table yet: a first crawl
        logger.info("no fetch history to publish: %s", exc)
    finally:
        db.close()
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


class PipelineHost:
    """What the dedup and archive pipelines need of a crawler, for the coordinator (no engine)."""

    def __init__(self, settings):
        from scrapy.statscollectors import MemoryStatsCollector

        self.settings = settings
        self.stats = MemoryStatsCollector(self)
        self.spider = None


class StandInCrawler:
    """A finished spider's stats, merged over every worker, shaped as build_run_report reads it."""

    def __init__(self, name: str, stats: dict):
        self.spidercls = SimpleNamespace(name=name)
        self.stats = SimpleNamespace(get_stats=lambda: stats)


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
        self.local_count = plan.workers if plan.workers is not None else (os.cpu_count() or 1)
        self.entries = [
            {"name": s.name, "kwargs": s.kwargs, "settings": s.settings, "label": spider_label(i, s.name)}
            for i, s in enumerate(plan.spiders)
        ]
        self.labels = [entry["label"] for entry in self.entries]
        self.workers: list[subprocess.Popen] = []
        self.worker_starts = 0
        self.last_id = "0-0"
        self.handed: set[str] = set()
        self.counters: Counter = Counter()
        self.stop_requested = False
        self.assembler = WarcAssembler(run.archive.warc_dir, run.run_id)
        self.history = None
        self.host = None
        self.pipelines: list = []
        self._loop = asyncio.new_event_loop()
        self._log_dir = Path(run.archive.logs_dir)
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
        from archive.history import FetchHistory

        published = publish_history(self.server, self.keys, self.run.archive.history_path)
        logger.info("published %d fetch history entries to Redis", published)
        descriptor = {
            "run_id": self.run.run_id,
            "namespace": self.keys.namespace,
            "spiders": self.entries,
            "settings": dict(self.plan.settings),
            "lease_ttl": self.lease_ttl,
        }
        self.server.hset(self.keys.run, mapping={"descriptor": json.dumps(descriptor), "state": "seeding"})
        self.history = FetchHistory(self.run.archive.history_path)

    def seed(self) -> None:
        from scrapy.spiderloader import SpiderLoader

        from crawler.crawl_run import SpiderRun, spider_class

        loader = SpiderLoader.from_settings(self.settings)
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

    def build_pipelines(self) -> None:
        from scrapy.utils.misc import load_object

        self.host = PipelineHost(self.settings)
        ordered = sorted(self.settings.getdict("ITEM_PIPELINES").items(), key=lambda kv: kv[1] or 0)
        for path, order in ordered:
            if order is not None and path in COORDINATOR_PIPELINES:
                cls = load_object(path)
                self.pipelines.append(cls.from_crawler(self.host) if hasattr(cls, "from_crawler") else cls())

    # -- workers ----------------------------------------------------------------------------
    def start_worker(self) -> None:
        index = self.worker_starts
        self.worker_starts += 1
        cmd = [
            sys.executable,
            "-m",
            "crawler.cli",
            "worker",
            "--redis",
            self.url,
            "--run-id",
            self.run.run_id,
            "--wait",
            "60",
        ]
        concurrency = self.settings.get("DISTRIBUTED_WORKER_CONCURRENCY")
        if concurrency:
            cmd += ["--concurrency", str(concurrency)]
        log = open(self._log_dir / f"{self.run.run_id}-worker-{index}.log", "ab")
        try:
            proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
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

    def live_workers(self) -> int:
        alive = sum(1 for proc in self.workers if proc.poll() is None)
        remote = sum(1 for _ in self.server.scan_iter(match=self.keys.worker_alive("*"), count=1000))
        return max(alive, remote)

    def stop_workers(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while any(proc.poll() is None for proc in self.workers) and time.monotonic() < deadline:
            self.drain(block_ms=200)
        for proc in self.workers:
            if proc.poll() is None:
                logger.warning("local worker pid %d did not stop; terminating it", proc.pid)
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=10)

    # -- the hand-over -----------------------------------------------------------------------
    def drain(self, block_ms: int = 500) -> int:
        found = self.server.xread({self.keys.handover: self.last_id}, count=READ_BATCH, block=block_ms)
        handled = 0
        for _stream, messages in found or []:
            ids = []
            for message_id, fields in messages:
                self.apply(fields)
                self.last_id = message_id.decode() if isinstance(message_id, bytes) else message_id
                ids.append(message_id)
                handled += 1
            if ids:
                self.server.xdel(self.keys.handover, *ids)
        return handled

    def apply(self, fields: dict) -> None:
        kind, run_id, worker, payload = decode_message(fields)
        if run_id != self.run.run_id:  # a straggler of a dead coordinator's run
            self.counters["foreign_messages"] += 1
            return
        if kind == KIND_WARC:
            self.assembler.write(payload["file"], payload["offset"], payload["data"])
            self.counters["warc_bytes"] += len(payload["data"])
        elif kind == KIND_HISTORY:
            self.history.stage(self.run.run_id, payload["url"], payload["entry"])
            if not self.counters["history_staged"]:
                history, run_id = self.history, self.run.run_id
                self.run.add_commit_hook(lambda: history.apply(run_id))
            self.counters["history_staged"] += 1
        elif kind == KIND_ITEM:
            key = handover_key(payload)
            if key in self.handed:
                self.counters["items_repeated"] += 1
                return
            self.handed.add(key)
            self.process_item(payload)
            self.counters["items"] += 1
        else:
            logger.warning("unknown hand-over message %r from %s", kind, worker)

    def process_item(self, item) -> None:
        from scrapy.exceptions import DropItem

        for pipeline in self.pipelines:
            try:
                result = pipeline.process_item(item)
                if inspect.isawaitable(result):
                    result = self._loop.run_until_complete(result)
            except DropItem as exc:
                self.host.stats.inc_value("speech_archive/dropped/coordinator")
                logger.info("item %s dropped: %s", getattr(item, "url", "?"), exc)
                return
            item = result if result is not None else item

    # -- the run ----------------------------------------------------------------------------
    def check_run_state(self) -> None:
        raw = self.server.hget(self.keys.run, "descriptor")
        if raw is None or json.loads(raw).get("run_id") != self.run.run_id:
            raise DistributedCrawlError(
                f"Redis at {redact(self.url)} lost the run's state (restarted without persistence?)"
            )

    def crawl(self) -> str:
        """Until drained (-> "finished") or asked to stop (-> "shutdown")."""
        for _ in range(self.local_count):
            self.start_worker()
        drained_checks = 0
        last_check = 0.0
        no_worker_since = None
        while True:
            self.drain()
            if self.stop_requested:
                return "shutdown"
            now = time.monotonic()
            if now - last_check < CHECK_EVERY:
                continue
            last_check = now
            self.refresh_alive()
            self.check_run_state()
            reclaim_dead_workers(self.server, self.keys, self.labels)
            self.tend_workers()
            queued, inflight, last_stream_id = run_backlog(self.server, self.keys, self.labels)
            if queued == 0 and inflight == 0 and stream_id(last_stream_id) <= stream_id(self.last_id):
                drained_checks += 1
                if drained_checks >= DRAINED_CHECKS:
                    return "finished"
                continue
            drained_checks = 0
            if self.local_count and not self.workers:
                raise DistributedCrawlError(
                    f"local workers kept failing ({self.worker_starts} started); see their logs in {self._log_dir}"
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

    def finish(self, outcome: str) -> list[StandInCrawler]:
        self.server.hset(self.keys.run, "state", outcome)
        self.stop_workers(timeout=60.0)
        self.drain(block_ms=100)
        while self.drain(block_ms=100):
            pass
        self.assembler.close()
        crawlers = self.collect_stats(outcome)
        clear_namespace(self.server, self.keys)
        return crawlers

    def collect_stats(self, outcome: str) -> list[StandInCrawler]:
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
                        self.host.stats.get_stats(),
                        {f"speech_archive/distributed/{k}": v for k, v in self.counters.items()},
                        {"speech_archive/distributed/worker_starts": self.worker_starts},
                    ]
                )
            stats["finish_reason"] = reason
            crawlers.append(StandInCrawler(entry["name"], stats))
        return crawlers

    def shutdown_workers_now(self) -> None:
        for proc in self.workers:
            if proc.poll() is None:
                proc.terminate()
        for proc in self.workers:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


def coordinate(settings, plan, run) -> list[StandInCrawler]:
    """Run the distributed crawl into `run` (not committed here); stand-in crawlers for the report."""
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
        coordinator.build_pipelines()
        coordinator.seed()
        outcome = coordinator.crawl()
        return coordinator.finish(outcome)
    except BaseException as exc:
        coordinator.shutdown_workers_now()
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
        coordinator.assembler.close()
        coordinator._loop.close()
