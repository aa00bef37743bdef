"""Politeness across workers: per-domain concurrency and download delay hold for the whole run.

Scrapy enforces CONCURRENT_REQUESTS_PER_DOMAIN and DOWNLOAD_DELAY per process; three workers would
hit a site three times as hard. `GlobalPolitenessMiddleware` asks Redis for a turn before each
download: one Lua script per downloader slot (the same key Scrapy's downloader uses, normally the
host) keeps the holders of the slot (a sorted set scored by lease expiry, so a dead worker's turn
runs out) and the earliest time of the next request. Time is Redis' own clock, so machines with
skewed clocks agree. The turn is given back when the response or error comes back.
"""

from __future__ import annotations

import asyncio
import logging
import random
import uuid

from crawler.distributed import RunKeys
from crawler.distributed.connection import connect

logger = logging.getLogger(__name__)

# KEYS: holders zset, next-allowed key; ARGV: holder, max concurrency, delay ms, lease ms
# -> 0 when the turn is taken, else milliseconds to wait before asking again
TAKE_TURN = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local limit = tonumber(ARGV[2])
if limit > 0 and redis.call('ZCARD', KEYS[1]) >= limit then
  return 25
end
local next_at = tonumber(redis.call('GET', KEYS[2]) or '0')
if now < next_at then return next_at - now end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[4]) + 60000)
local delay = tonumber(ARGV[3])
if delay > 0 then redis.call('SET', KEYS[2], now + delay, 'PX', delay + 60000) end
return 0
"""

MAX_WAIT_STEP = 1.0  # seconds: ask again at least this often


def slot_keys(keys: RunKeys, slot: str) -> tuple[str, str]:
    return keys.politeness(slot) + ":holders", keys.politeness(slot) + ":next"


class GlobalTurns:
    """Turns on downloader slots, shared by every worker of the run (pure Redis, no Scrapy)."""

    def __init__(self, server, keys: RunKeys):
        self.server = server
        self.keys = keys
        self._take = server.register_script(TAKE_TURN)

    def try_take(self, slot: str, holder: str, concurrency: int, delay_s: float, lease_s: float) -> float:
        """0.0 if the turn is ours, else seconds to wait before asking again."""
        wait_ms = self._take(
            keys=list(slot_keys(self.keys, slot)),
            args=[holder, int(concurrency), int(delay_s * 1000), int(lease_s * 1000)],
        )
        return int(wait_ms) / 1000.0

    def give_back(self, slot: str, holder: str) -> None:
        self.server.zrem(slot_keys(self.keys, slot)[0], holder)


class GlobalPolitenessMiddleware:
    """Downloader middleware: no download starts before the slot's global turn is ours."""

    HOLDER_META = "_global_turn"

    def __init__(self, crawler, turns: GlobalTurns):
        self.crawler = crawler
        self.turns = turns
        settings = crawler.settings
        self.per_ip = settings.getint("CONCURRENT_REQUESTS_PER_IP")
        self.concurrency = self.per_ip or settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
        self.delay = settings.getfloat("DOWNLOAD_DELAY")
        self.randomize = settings.getbool("RANDOMIZE_DOWNLOAD_DELAY")
        self.lease = settings.getfloat("DOWNLOAD_TIMEOUT", 180) + 30

    @classmethod
    def from_crawler(cls, crawler):

        settings = crawler.settings
        server = connect(
            settings.get("REDIS_URL"), settings.getfloat("DISTRIBUTED_REDIS_GIVE_UP_AFTER", 60.0)
        )
        return cls(crawler, GlobalTurns(server, RunKeys(settings.get("DISTRIBUTED_NAMESPACE"))))

    def slot_of(self, request) -> str:
        downloader = self.crawler.engine.downloader
        return downloader.get_slot_key(request)

    def delay_for(self, request, slot: str) -> float:
        delay = getattr(self.crawler.spider, "download_delay", None)
        delay = self.delay if delay is None else float(delay)
        # AutoThrottle widens the local slot's delay when a site slows down: honour it globally too.
        local = self.crawler.engine.downloader.slots.get(slot)
        if local is not None:
            delay = max(delay, float(getattr(local, "delay", 0.0) or 0.0))
        if self.randomize and delay:
            delay = random.uniform(0.5 * delay, 1.5 * delay)
        return delay

    async def process_request(self, request):
        slot = self.slot_of(request)
        holder = uuid.uuid4().hex
        delay = self.delay_for(request, slot)
        waited = 0.0
        while True:
            wait = self.turns.try_take(slot, holder, self.concurrency, delay, self.lease)
            if wait <= 0:
                break
            step = min(wait, MAX_WAIT_STEP)
            waited += step
            await asyncio.sleep(step)
        request.meta[self.HOLDER_META] = (slot, holder)
        if waited and self.crawler.stats:
            self.crawler.stats.inc_value("speech_archive/distributed/politeness_wait_ms", int(waited * 1000))
        return None

    def _give_back(self, request) -> None:
        turn = request.meta.pop(self.HOLDER_META, None)
        if turn:
            self.turns.give_back(*turn)

    def process_response(self, request, response):
        self._give_back(request)
        return response

    def process_exception(self, request, exception):
        self._give_back(request)
        return None
