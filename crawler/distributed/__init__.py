"""Distributed crawling on Redis (scrapy-redis): many worker processes, one coordinator, one archive.

Distributed mode is a matter of settings, not a second copy of the spiders:
- `apply_coordinator_settings(settings, plan)` (called by `speech-archive crawl --redis URL`) records
  the Redis URL and namespace; `crawler.distributed.coordinator.coordinate` then runs the run.
- `apply_worker_settings(settings, descriptor, worker_id)` turns the project settings into a worker's:
  the run's settings and the worker add-on (`addon.py`), which sets the scrapy-redis scheduler and
  duplicate filter (extended with leases, `scheduler.py`, `queue.py`), keeps the same spiders and
  extraction pipelines, and puts the hand-over (`sender.py`, wire format `wire.py`) in place of the
  dedup and archive steps, which only the coordinator runs (`coordinator.py`, `intake.py`).

Everything a run keeps in Redis lives under `RunKeys(namespace)`; see the README section
"Distributed crawling" for the topology and the memory it needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.distributed.connection import redis_params

DEFAULT_NAMESPACE = "speech-archive"
WORKER_ADDON = "crawler.distributed.addon.DistributedWorkerAddon"
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


def apply_worker_settings(settings, descriptor: dict, worker_id: str) -> None:
    """Make project `settings` those of a worker serving the run `descriptor` (from Redis): the
    run's own settings, where Redis is, who this worker is, and the worker add-on
    (crawler/distributed/addon.py), which sets the components."""
    url = settings.get("REDIS_URL")
    for name, value in (descriptor.get("settings") or {}).items():
        settings.set(name, value, priority="cmdline")
    give_up = settings.getfloat("DISTRIBUTED_REDIS_GIVE_UP_AFTER", 60.0)
    worker = {
        "REDIS_URL": url,
        "REDIS_PARAMS": redis_params(url, give_up),
        "DISTRIBUTED_WORKER_ID": worker_id,
        "DISTRIBUTED_RUN_ID": descriptor["run_id"],
        "DISTRIBUTED_NAMESPACE": descriptor.get("namespace", DEFAULT_NAMESPACE),
        "DISTRIBUTED_LEASE_TTL": float(descriptor.get("lease_ttl", DEFAULT_LEASE_TTL)),
    }
    for name, value in worker.items():
        settings.set(name, value, priority="cmdline")
    settings.set_in_component_priority_dict("ADDONS", WORKER_ADDON, 10)
