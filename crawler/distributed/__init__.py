"""Distributed crawling on Redis (scrapy-redis): many worker processes, one coordinator, one archive.

Distributed mode is a matter of settings, not a second copy of the spiders:
- `apply_coordinator_settings(settings, plan)` (called by `speech-archive crawl --redis URL`) records
  the Redis URL and namespace; `crawler.distributed.coordinator.coordinate` then runs the run.
- `apply_worker_settings(settings, descriptor, worker_id)` turns the project settings into a worker's:
  scrapy-redis scheduler and duplicate filter (extended with leases, `scheduler.py`, `queue.py`), the
  same spiders and extraction pipelines, and the hand-over (`transport.py`) in place of the dedup and
  archive steps, which only the coordinator runs.

Everything a run keeps in Redis lives under `RunKeys(namespace)`; see the README section
"Distributed crawling" for the topology and the memory it needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.distributed.connection import redis_params

DEFAULT_NAMESPACE = "speech-archive"
# Pipelines only the coordinator runs (they write the archive); workers hand items over instead.
COORDINATOR_PIPELINES = ("crawler.archiving.DedupPipeline", "crawler.archiving.ArchivePipeline")
DEFAULT_LEASE_TTL = 30.0  # seconds a worker's leases survive without a heartbeat


@dataclass(frozen=True)
class RunKeys:
    """Names of every Redis key of the distributed run in `namespace` (one run at a time per namespace)."""

    namespace: str = DEFAULT_NAMESPACE

    def key(self, *parts: str) -> str:
        return ":".join((self.namespace, *parts))

    @property
    def run(self) -> str:  # the run descriptor (JSON): run id, spiders, settings, state
        return self.key("run")

    @property
    def coordinator_alive(self) -> str:  # expires unless the coordinator refreshes it
        return self.key("coordinator")

    @property
    def workers(self) -> str:  # set of worker ids that ever leased a request in this run
        return self.key("workers")

    def worker_alive(self, worker_id: str) -> str:
        return self.key("alive", worker_id)

    @property
    def handover(self) -> str:  # stream: WARC bytes, fetch history entries and items, in order
        return self.key("handover")

    @property
    def history(self) -> str:  # hash url -> fetch history entry (JSON), published by the coordinator
        return self.key("history")

    @property
    def stats(self) -> str:  # hash "worker/label" -> Scrapy stats (JSON)
        return self.key("stats")

    def queue(self, label: str) -> str:
        return self.key(label, "requests")

    def dupefilter(self, label: str) -> str:
        return self.key(label, "dupefilter")

    def processing(self, label: str, worker_id: str) -> str:
        return self.key(label, "processing", worker_id)

    def processing_prefix(self, label: str) -> str:
        return self.key(label, "processing", "")

    def politeness(self, slot: str) -> str:
        return self.key("polite", slot)


def spider_label(index: int, name: str) -> str:
    """The key label of the `index`-th spider of a run: two generic spiders must not share a queue."""
    return f"{name}.{index}"


def apply_coordinator_settings(settings, plan) -> None:
    """Record the distributed run's Redis URL on the settings the coordinator works from."""
    settings.set("REDIS_URL", plan.redis_url, priority="cmdline")
    if not settings.get("DISTRIBUTED_NAMESPACE"):
        settings.set("DISTRIBUTED_NAMESPACE", DEFAULT_NAMESPACE, priority="cmdline")


def worker_item_pipelines(pipelines: dict) -> dict:
    """The project's pipelines minus the archive-writing ones, plus the hand-over at the end."""
    kept = {path: order for path, order in pipelines.items() if path not in COORDINATOR_PIPELINES}
    kept["crawler.distributed.transport.HandOverPipeline"] = 1000
    return kept


def apply_worker_settings(settings, descriptor: dict, worker_id: str) -> None:
    """Make project `settings` those of a worker serving the run `descriptor` (from Redis)."""

    url = settings.get("REDIS_URL")
    for name, value in (descriptor.get("settings") or {}).items():
        settings.set(name, value, priority="cmdline")
    give_up = settings.getfloat("DISTRIBUTED_REDIS_GIVE_UP_AFTER", 60.0)
    middlewares = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
    replaced = {
        "crawler.middlewares.WarcCaptureMiddleware": "crawler.distributed.transport.ShippingWarcCaptureMiddleware",
    }
    for old, new in replaced.items():
        if old in middlewares:
            middlewares[new] = middlewares.pop(old)
            middlewares[old] = None
    # Nearest the downloader: it brackets only real network fetches.
    middlewares["crawler.distributed.politeness.GlobalPolitenessMiddleware"] = 950
    # The crawl budget and the revisit policy are one process's view of one spider's run: not
    # in workers that share a run (there every known page is asked, conditionally, as before).
    middlewares["crawler.budget.RequestBudget"] = None
    spider_middlewares = dict(settings.getdict("SPIDER_MIDDLEWARES"))
    spider_middlewares["crawler.revisit.RevisitPolicy"] = None
    spider_middlewares["crawler.distributed.worker.SeededByCoordinator"] = 10
    extensions = dict(settings.getdict("EXTENSIONS"))
    extensions["crawler.distributed.worker.RunFollower"] = 100
    worker = {
        "REDIS_URL": url,
        "REDIS_PARAMS": redis_params(url, give_up),
        "SCHEDULER": "crawler.distributed.scheduler.LeasingScheduler",
        "SCHEDULER_QUEUE_CLASS": "crawler.distributed.queue.LeasedPriorityQueue",
        "SCHEDULER_SERIALIZER": "crawler.distributed.codec",  # JSON, never pickle
        "DUPEFILTER_CLASS": "crawler.distributed.scheduler.SharedDupeFilter",
        # Workers come and go; the run's queue and seen set stay until the coordinator clears them.
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_FLUSH_ON_START": False,
        "ITEM_PIPELINES": worker_item_pipelines(settings.getdict("ITEM_PIPELINES")),
        "DOWNLOADER_MIDDLEWARES": middlewares,
        "SPIDER_MIDDLEWARES": spider_middlewares,
        "EXTENSIONS": extensions,
        "DISTRIBUTED_WORKER_ID": worker_id,
        "DISTRIBUTED_RUN_ID": descriptor["run_id"],
        "DISTRIBUTED_NAMESPACE": descriptor.get("namespace", DEFAULT_NAMESPACE),
        "DISTRIBUTED_LEASE_TTL": float(descriptor.get("lease_ttl", DEFAULT_LEASE_TTL)),
    }
    for name, value in worker.items():
        settings.set(name, value, priority="cmdline")
