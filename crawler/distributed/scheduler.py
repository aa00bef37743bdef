"""scrapy-redis' Scheduler and duplicate filter, extended so that no request is lost with a worker.

`LeasingScheduler` keeps every request it hands to the engine leased in Redis (see queue.py) and
acks it once the engine is done with it: downloaded, called back, its items handed over and its
new requests queued - or replaced by a redirect or retry that is itself queued. Scrapy has no
"request finished" signal; like Apify's Scrapy integration, the scheduler reads the engine's own
in-progress set (crawler/distributed/scrapy_internals.py, which covers download and scrape), checked
once at open so a Scrapy that stops exposing it fails loudly instead of losing requests quietly.
"""

from __future__ import annotations

import hashlib
import json
import logging

from scrapy.utils.python import to_unicode
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler
from w3lib.url import canonicalize_url

from crawler.distributed import RunKeys
from crawler.distributed.queue import LEASE_META
from crawler.distributed.scrapy_internals import engine_inprogress

logger = logging.getLogger(__name__)


class SharedDupeFilter(RFPDupeFilter):
    """scrapy-redis' request duplicate filter with 20-byte binary fingerprints (half the memory)."""

    def request_fingerprint(self, request) -> bytes:
        data = {
            "method": to_unicode(request.method),
            "url": canonicalize_url(request.url),
            "body": (request.body or b"").hex(),
        }
        return hashlib.sha1(json.dumps(data, sort_keys=True).encode()).digest()

    def close(self, reason=""):
        # The seen set belongs to the run, not to one worker: the coordinator clears it.
        pass


class LeasingScheduler(Scheduler):
    """scrapy_redis.scheduler.Scheduler whose requests stay leased until the engine is done."""

    @classmethod
    def from_crawler(cls, crawler):
        instance = super().from_crawler(crawler)
        instance.crawler = crawler
        settings = crawler.settings
        instance.keys = RunKeys(settings.get("DISTRIBUTED_NAMESPACE"))
        instance.worker_id = settings.get("DISTRIBUTED_WORKER_ID")
        instance.label = settings.get("DISTRIBUTED_SPIDER_LABEL")
        instance.leased = {}  # token -> request handed to the engine
        if not (instance.worker_id and instance.label):
            raise ValueError("LeasingScheduler needs DISTRIBUTED_WORKER_ID and DISTRIBUTED_SPIDER_LABEL")
        return instance

    def open(self, spider):
        self.queue_key = self.keys.queue(self.label)
        self.df = SharedDupeFilter(
            self.server,
            key=self.keys.dupefilter(self.label),
            debug=spider.settings.getbool("DUPEFILTER_DEBUG"),
        )
        super().open(spider)
        self.queue.bind(self.worker_id, self.keys.processing(self.label, self.worker_id), self.keys.workers)
        engine_inprogress(self.crawler)  # fails loudly on a Scrapy that no longer has it

    def enqueue_request(self, request):
        # A redirect or retry copies its parent's meta: the lease is the parent's, not its own.
        request.meta.pop(LEASE_META, None)
        return super().enqueue_request(request)

    def next_request(self):
        self.settle()
        request = self.queue.pop()
        if request is None:
            return None
        self.leased[request.meta[LEASE_META]] = request
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def settle(self) -> int:
        """Ack the leased requests the engine has finished with; how many."""
        if not self.leased:
            return 0
        inprogress = engine_inprogress(self.crawler)
        done = [token for token, request in self.leased.items() if request not in inprogress]
        if done:
            self.queue.ack(done)
            for token in done:
                del self.leased[token]
        return len(done)

    def release_orphans(self) -> int:
        """Requeue leases Redis holds for this worker that it does not know of (a reply lost in an outage)."""
        orphans = self.queue.leased_tokens() - set(self.leased)
        return self.queue.requeue(orphans)

    def close(self, reason):
        try:
            self.settle()
        except Exception:  # Redis gone: the coordinator reclaims the leases when our heartbeat stops
            logger.warning("could not ack finished requests at close", exc_info=True)
        if self.leased:
            moved = self.queue.requeue(self.leased)
            logger.info("%d unfinished requests handed back to the queue", moved)
            self.leased.clear()
        return super().close(reason)

    def has_pending_requests(self):
        return len(self.queue) > 0
