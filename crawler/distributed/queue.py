"""scrapy-redis' priority queue with leases: a popped request stays in Redis until Scrapy is done.

scrapy-redis pops a request out of Redis before it is downloaded, so a worker killed with requests
in flight loses them. `LeasedPriorityQueue.pop` moves the request, in one Lua script, from the
queue into the worker's processing hash (`<ns>:<label>:processing:<worker>`), keyed by a lease
token that also carries the request's score. The scheduler acks the token once Scrapy is done with
the request (`ack`); a worker whose heartbeat key has expired is dead, and `reclaim_dead_worker`
(run by the coordinator and by any live worker) puts everything it held back into the queue.

`run_backlog` is the coordinator's test for "drained": queued + in flight across every worker,
read atomically with the hand-over stream's last id. A request's children are queued and its
items handed over before it is acked, so zero of both means nothing is left anywhere.
"""

from __future__ import annotations

import logging
import uuid

from scrapy_redis.queue import PriorityQueue

from crawler.distributed import codec

logger = logging.getLogger(__name__)

LEASE_META = "_distributed_lease"

# KEYS: queue, processing, workers; ARGV: worker id, token suffix -> {token, data} or nil
POP_AND_LEASE = """
local items = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #items == 0 then return nil end
redis.call('ZREM', KEYS[1], items[1])
local token = items[2] .. '|' .. ARGV[2]
redis.call('HSET', KEYS[2], token, items[1])
redis.call('SADD', KEYS[3], ARGV[1])
return {token, items[1]}
"""

# KEYS: processing, queue; ARGV: tokens -> how many went back to the queue
REQUEUE_TOKENS = """
local moved = 0
for i = 1, #ARGV do
  local data = redis.call('HGET', KEYS[1], ARGV[i])
  if data then
    local score = string.match(ARGV[i], '^([^|]+)|')
    redis.call('ZADD', KEYS[2], tonumber(score), data)
    redis.call('HDEL', KEYS[1], ARGV[i])
    moved = moved + 1
  end
end
return moved
"""

# KEYS: alive key, workers set, then (processing, queue) pairs; ARGV: worker id
# -> -1 if the worker is alive, else how many requests went back to their queues
RECLAIM_DEAD_WORKER = """
if redis.call('EXISTS', KEYS[1]) == 1 then return -1 end
local moved = 0
for i = 3, #KEYS, 2 do
  local entries = redis.call('HGETALL', KEYS[i])
  for j = 1, #entries, 2 do
    local score = string.match(entries[j], '^([^|]+)|')
    redis.call('ZADD', KEYS[i + 1], tonumber(score), entries[j + 1])
    moved = moved + 1
  end
  redis.call('DEL', KEYS[i])
end
redis.call('SREM', KEYS[2], ARGV[1])
return moved
"""

# KEYS: workers set, hand-over stream; ARGV: namespace, labels...
# -> {queued, in flight, last stream id}; key names built here follow crawler.distributed.RunKeys
RUN_BACKLOG = """
local queued, inflight = 0, 0
local workers = redis.call('SMEMBERS', KEYS[1])
for i = 2, #ARGV do
  local base = ARGV[1] .. ':' .. ARGV[i]
  queued = queued + redis.call('ZCARD', base .. ':requests')
  for _, w in ipairs(workers) do
    inflight = inflight + redis.call('HLEN', base .. ':processing:' .. w)
  end
end
local last = redis.call('XREVRANGE', KEYS[2], '+', '-', 'COUNT', 1)
local last_id = '0-0'
if #last > 0 then last_id = last[1][1] end
return {queued, inflight, last_id}
"""


class LeasedPriorityQueue(PriorityQueue):
    """scrapy_redis.queue.PriorityQueue whose pop leases the request to one worker until acked."""

    def __init__(self, server, spider, key, serializer=None):
        # JSON with a fixed list of types (codec.py): a request queued by whoever can write to the
        # Redis is never unpickled.
        super().__init__(server, spider, key, serializer or codec)
        self.worker_id: str | None = None
        self.processing_key: str | None = None
        self.workers_key: str | None = None
        self._pop = server.register_script(POP_AND_LEASE)
        self._requeue = server.register_script(REQUEUE_TOKENS)

    def bind(self, worker_id: str, processing_key: str, workers_key: str) -> None:
        """Lease to `worker_id` (pop without a binding behaves like scrapy-redis: no lease)."""
        self.worker_id, self.processing_key, self.workers_key = worker_id, processing_key, workers_key

    def pop(self, timeout=0):
        if self.processing_key is None:
            return super().pop(timeout)
        found = self._pop(
            keys=[self.key, self.processing_key, self.workers_key], args=[self.worker_id, uuid.uuid4().hex]
        )
        if not found:
            return None
        token, data = found[0].decode(), found[1]
        try:
            request = self._decode_request(data)
        except Exception as exc:  # an entry that cannot be rebuilt would come back forever: drop it, say so
            logger.error("dropped a queued request that cannot be decoded: %s", exc)
            stats = getattr(getattr(self.spider, "crawler", None), "stats", None)
            if stats is not None:
                stats.inc_value("speech_archive/distributed/queue_refused")
            self.ack([token])
            return None
        request.meta[LEASE_META] = token
        return request

    def ack(self, tokens) -> None:
        """Scrapy is done with these leased requests."""
        tokens = list(tokens)
        if tokens:
            self.server.hdel(self.processing_key, *tokens)

    def requeue(self, tokens) -> int:
        """Put leased requests back into the queue (a worker closing with requests unfinished)."""
        tokens = list(tokens)
        if not tokens:
            return 0
        return int(self._requeue(keys=[self.processing_key, self.key], args=tokens))

    def leased_tokens(self) -> set[str]:
        """Every token this worker holds in Redis (local bookkeeping may have lost some)."""
        return {t.decode() for t in self.server.hkeys(self.processing_key)}


def reclaim_dead_worker(server, keys, worker_id: str, labels: list[str]) -> int:
    """Hand everything `worker_id` held back to the queues if its heartbeat expired (-1: alive)."""
    script = server.register_script(RECLAIM_DEAD_WORKER)
    pairs = []
    for label in labels:
        pairs += [keys.processing(label, worker_id), keys.queue(label)]
    return int(script(keys=[keys.worker_alive(worker_id), keys.workers, *pairs], args=[worker_id]))


def reclaim_dead_workers(server, keys, labels: list[str]) -> int:
    """Reclaim the leases of every registered worker whose heartbeat expired; how many requests."""
    moved = 0
    for raw in server.smembers(keys.workers):
        worker_id = raw.decode()
        count = reclaim_dead_worker(server, keys, worker_id, labels)
        if count > 0:
            logger.warning(
                "worker %s stopped heartbeating: %d requests it held are queued again", worker_id, count
            )
            moved += count
    return moved


def run_backlog(server, keys, labels: list[str]) -> tuple[int, int, str]:
    """(requests queued, requests in flight, last hand-over stream id), read atomically."""
    script = server.register_script(RUN_BACKLOG)
    queued, inflight, last_id = script(keys=[keys.workers, keys.handover], args=[keys.namespace, *labels])
    return int(queued), int(inflight), last_id.decode() if isinstance(last_id, bytes) else str(last_id)
