"""Retries with exponential backoff: Scrapy's RetryMiddleware re-queues at once, which hammers a
site that answered 503 because it is overloaded.

The retry request itself comes from Scrapy's own middleware; this subclass only waits before
handing it back: base * 2**(attempt-1) seconds, capped, with jitter so that many failing pages
do not come back in lockstep. The wait is an asyncio sleep, so the reactor keeps serving
other requests meanwhile.
"""

from __future__ import annotations

import asyncio
import random

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware


def backoff_delay(attempt: int, base: float, cap: float, rng: random.Random | None = None) -> float:
    """Seconds to wait before retry number `attempt` (1, 2, …): full exponential, ±25 % jitter."""
    if base <= 0:
        return 0.0
    delay = min(cap, base * 2 ** max(attempt - 1, 0))
    return delay * (0.75 + 0.5 * (rng or random).random())


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    async def _wait_then(self, result):
        if isinstance(result, Request):
            attempt = result.meta.get("retry_times", 1)
            await asyncio.sleep(backoff_delay(attempt, self.backoff_base, self.backoff_max))
        return result

    async def process_response(self, request, response):
        return await self._wait_then(super().process_response(request, response))

    async def process_exception(self, request, exception):
        return await self._wait_then(super().process_exception(request, exception))
