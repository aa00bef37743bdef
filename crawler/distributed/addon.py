"""Distributed mode as a Scrapy add-on: what makes an ordinary crawler a worker of a shared run.

`speech-archive worker` puts `DistributedWorkerAddon` in ADDONS (crawler.distributed.apply_worker_settings);
while Scrapy applies its settings, it sets the worker's components through Scrapy's settings API:
the scrapy-redis scheduler with leases and the shared duplicate filter (JSON, never pickle), the
hand-over in place of the dedup and archive steps (only the coordinator writes the archive), the
global politeness, the run follower and the seeded-start middleware; the crawl budget and the
revisit policy are off (one process's view of one spider's run). The same spiders, middlewares and
extraction steps run unchanged: where a worker's behaviour differs (its fetch history, its WARC
captures), its run object differs (crawler/distributed/sender.py), not its components.
"""

from __future__ import annotations

from crawler.archiving import ArchivePipeline, DedupPipeline
from crawler.budget import RequestBudget
from crawler.distributed.politeness import GlobalPolitenessMiddleware
from crawler.distributed.scheduler import LeasingScheduler, SharedDupeFilter
from crawler.distributed.sender import HandOverPipeline
from crawler.distributed.worker import RunFollower, SeededByCoordinator
from crawler.revisit_scheduling import RevisitPolicy

# Not optional in a worker: above the project's settings (a project SCHEDULER would lose requests).
WORKER_PRIORITY = "cmdline"
COORDINATOR_PIPELINES = (DedupPipeline, ArchivePipeline)


class DistributedWorkerAddon:
    def update_settings(self, settings) -> None:
        for name, value in {
            "SCHEDULER": LeasingScheduler,
            "SCHEDULER_QUEUE_CLASS": "crawler.distributed.queue.LeasedPriorityQueue",
            "SCHEDULER_SERIALIZER": "crawler.distributed.codec",  # JSON, never pickle
            "DUPEFILTER_CLASS": SharedDupeFilter,
            # Workers come and go; the run's queue and seen set stay until the coordinator clears them.
            "SCHEDULER_PERSIST": True,
            "SCHEDULER_FLUSH_ON_START": False,
        }.items():
            settings.set(name, value, priority=WORKER_PRIORITY)
        for pipeline in COORDINATOR_PIPELINES:
            settings.set_in_component_priority_dict("ITEM_PIPELINES", pipeline, None)
        settings.set_in_component_priority_dict("ITEM_PIPELINES", HandOverPipeline, 1000)
        # Nearest the downloader: it brackets only real network fetches.
        settings.set_in_component_priority_dict("DOWNLOADER_MIDDLEWARES", GlobalPolitenessMiddleware, 950)
        settings.set_in_component_priority_dict("DOWNLOADER_MIDDLEWARES", RequestBudget, None)
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", RevisitPolicy, None)
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", SeededByCoordinator, 10)
        settings.set_in_component_priority_dict("EXTENSIONS", RunFollower, 100)
