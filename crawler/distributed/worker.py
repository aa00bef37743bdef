"""A worker: the run's spiders in one Scrapy process, fed from Redis, results handed to the coordinator.

`serve_one_run` waits for a run the coordinator published in Redis, builds the same spiders with
worker settings (crawler.distributed.apply_worker_settings) and crawls until the coordinator says
the run is over. Two small Scrapy components make a long-lived shared crawl of the ordinary engine:
- `SeededByCoordinator` (spider middleware): the coordinator has queued the start requests once;
  a worker's own `start()` would add them again.
- `RunFollower` (extension): heartbeat (lease keep-alive), reclaiming dead workers' leases, waking
  the engine when other workers queue requests, keeping the spider open while the run lasts and
  closing it when the coordinator finishes or disappears, publishing stats.
"""

from __future__ import annotations

import json
import logging
import os
import re
import socket
import time
import uuid

from scrapy import signals
from scrapy.exceptions import DontCloseSpider

from crawler import exitcodes
from crawler.distributed import RunKeys, apply_worker_settings
from crawler.distributed.connection import RedisUnavailable, connect
from crawler.distributed.queue import reclaim_dead_workers
from crawler.distributed.scrapy_internals import wake_engine
from crawler.distributed.sender import HandOver, WorkerRun
from crawler.plan import SpiderRun, project_settings, spider_class
from crawler.run_binding import archive_run, attach_run, stats_for_meta

logger = logging.getLogger(__name__)

RUN_ACTIVE = "crawling"
TICK_SECONDS = 0.2
STATS_EVERY = 5.0
CHECK_EVERY = 1.0


def new_worker_id() -> str:
    host = re.sub(r"[^A-Za-z0-9.-]", "_", socket.gethostname())[:40] or "host"
    return f"{host}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


def read_run(server, keys: RunKeys) -> dict | None:
    """The run descriptor the coordinator published, with its current state; None if there is none."""
    raw = server.hgetall(keys.run)
    if not raw or b"descriptor" not in raw:
        return None
    descriptor = json.loads(raw[b"descriptor"])
    descriptor["state"] = raw.get(b"state", b"").decode()
    return descriptor


class SeededByCoordinator:
    """Spider middleware: a worker sends none of the spider's start requests (the coordinator did)."""

    async def process_start(self, start):
        return
        yield  # an (empty) async generator


class RunFollower:
    """Extension keeping one worker crawler in step with the distributed run."""

    def __init__(self, crawler, server, keys: RunKeys):
        settings = crawler.settings
        self.crawler = crawler
        self.server = server
        self.keys = keys
        self.worker_id = settings.get("DISTRIBUTED_WORKER_ID")
        self.run_id = settings.get("DISTRIBUTED_RUN_ID")
        self.label = settings.get("DISTRIBUTED_SPIDER_LABEL")
        self.ttl = settings.getfloat("DISTRIBUTED_LEASE_TTL", 30.0)
        self.labels: list[str] = []
        self.closing: str | None = None
        self._loop = None
        self._last = {"heartbeat": 0.0, "check": 0.0, "stats": 0.0, "reclaim": time.monotonic()}

    @classmethod
    def from_crawler(cls, crawler):

        settings = crawler.settings
        server = connect(
            settings.get("REDIS_URL"), settings.getfloat("DISTRIBUTED_REDIS_GIVE_UP_AFTER", 60.0)
        )
        ext = cls(crawler, server, RunKeys(settings.get("DISTRIBUTED_NAMESPACE")))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider=None):
        from twisted.internet.task import LoopingCall

        descriptor = read_run(self.server, self.keys) or {}
        self.labels = [entry["label"] for entry in descriptor.get("spiders", [])]
        self.heartbeat()
        self._loop = LoopingCall(self.tick)
        self._loop.start(TICK_SECONDS, now=False)

    def heartbeat(self) -> None:
        self.server.set(self.keys.worker_alive(self.worker_id), self.run_id, px=int(self.ttl * 1000))
        self._last["heartbeat"] = time.monotonic()

    def run_over(self) -> str | None:
        """Why this worker should stop (None while the run goes on)."""
        run = read_run(self.server, self.keys)
        if run is None or run.get("run_id") != self.run_id:
            return "run_gone"
        if run["state"] == "finished":
            return "finished"
        if run["state"] != RUN_ACTIVE:
            return "shutdown"
        if not self.server.exists(self.keys.coordinator_alive):
            return "coordinator_gone"
        return None

    def tick(self) -> None:
        if self.closing:
            return
        try:
            self._tick()
        except RedisUnavailable as exc:
            logger.error("%s; stopping this worker", exc)
            archive_run(self.crawler).failures.append(str(exc))
            self.close("redis_unavailable")

    def _tick(self) -> None:
        now = time.monotonic()
        engine_open = wake_engine(self.crawler)
        if now - self._last["heartbeat"] >= self.ttl / 3:
            self.heartbeat()
        if now - self._last["check"] >= CHECK_EVERY:
            self._last["check"] = now
            reason = self.run_over()
            if reason:
                self.close(reason)
                return
        if now - self._last["reclaim"] >= max(2.0, self.ttl / 2):
            self._last["reclaim"] = now

            reclaim_dead_workers(self.server, self.keys, self.labels)
            scheduler = self.crawler.engine.scheduler if engine_open else None
            if scheduler is not None and hasattr(scheduler, "release_orphans"):
                scheduler.release_orphans()
        if now - self._last["stats"] >= STATS_EVERY:
            self.publish_stats()

    def publish_stats(self) -> None:

        stats = stats_for_meta(self.crawler.stats.get_stats()) if self.crawler.stats else {}
        self.server.hset(self.keys.stats, f"{self.worker_id}/{self.label}", json.dumps(stats))
        self._last["stats"] = time.monotonic()

    def close(self, reason: str) -> None:
        from scrapy.utils.defer import deferred_from_coro

        if self.closing:
            return
        self.closing = reason
        logger.info("closing spider %s: %s", self.label, reason)
        deferred_from_coro(self.crawler.engine.close_spider_async(reason=reason))

    def spider_idle(self, spider=None):
        if self.closing:
            return
        raise DontCloseSpider  # other workers may still queue requests; the coordinator decides

    def spider_closed(self, spider=None, reason=None):
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        try:
            self.publish_stats()
        except Exception:  # Redis gone: the stats are lost, the documents were handed over already
            logger.warning("could not publish final stats", exc_info=True)


def wait_for_run(
    server,
    keys: RunKeys,
    *,
    run_id: str | None = None,
    skip_run_id: str | None = None,
    timeout: float | None = None,
    poll: float = 0.5,
) -> dict | None:
    """Block until a run is being crawled (that run, or any but `skip_run_id`); None on timeout."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        run = read_run(server, keys)
        if (
            run is not None
            and run["state"] == RUN_ACTIVE
            and (run_id is None or run["run_id"] == run_id)
            and run["run_id"] != skip_run_id
            and server.exists(keys.coordinator_alive)
        ):
            return run
        if deadline is not None and time.monotonic() >= deadline:
            return None
        time.sleep(poll)


def crawl_run_as_worker(
    url: str,
    descriptor: dict,
    worker_id: str,
    *,
    concurrency: int | None = None,
    overrides: dict | None = None,
) -> tuple[int, str | None]:
    """Crawl `descriptor`'s spiders as one worker until the run is over (Twisted: once per process).

    Returns the exit code and, when it failed, why."""

    from scrapy.crawler import CrawlerProcess
    from scrapy.spiderloader import get_spider_loader

    settings = project_settings(overrides)
    settings.set("REDIS_URL", url, priority="cmdline")
    apply_worker_settings(settings, descriptor, worker_id)
    if concurrency:
        settings.set("CONCURRENT_REQUESTS", int(concurrency), priority="cmdline")
    run_id = descriptor["run_id"]
    server = connect(url, settings.getfloat("DISTRIBUTED_REDIS_GIVE_UP_AFTER", 60.0))
    handover = HandOver(server, RunKeys(settings.get("DISTRIBUTED_NAMESPACE")), run_id, worker_id)
    run = WorkerRun(run_id, handover, settings.get("DISTRIBUTED_SPOOL_DIR"))
    settings.set("LOG_INSTALL_ROOT_HANDLER", True, priority="cmdline")
    process = CrawlerProcess(settings)
    loader = get_spider_loader(settings)
    for entry in descriptor["spiders"]:
        per_spider = {
            **(entry.get("settings") or {}),
            "DISTRIBUTED_SPIDER_LABEL": entry["label"],
            # Every worker's WARC files carry its id and the spider's: they never clash in warc/.
            "WARC_PREFIX": f"{run_id}-{worker_id}-{entry['label']}",
        }
        crawler = process.create_crawler(
            spider_class(loader, SpiderRun(entry["name"], entry["kwargs"], per_spider))
        )
        attach_run(crawler, run)
        process.crawl(crawler, **entry["kwargs"])
    logger.info("worker %s serving run %s", worker_id, run_id)
    process.start()
    if process.bootstrap_failed:
        run.failures.append("a spider of the run could not start (see the log above)")
    return (exitcodes.FAILURE, run.failures[0]) if run.failures else (exitcodes.OK, None)
