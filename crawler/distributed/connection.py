"""Redis connections that ride out an outage: retry with backoff, one log line, then a clear error.

Every distributed component (scrapy-redis scheduler and duplicate filter, item hand-over, global
politeness, coordinator) talks to Redis through a client built here. redis-py retries a command
on connection errors through its `Retry` policy; `PatientRetry` bounds that policy by time rather
than by attempts, says once that Redis is unreachable (and once that it is back), and past the
limit raises `RedisUnavailable` with a message fit for the command line.
"""

from __future__ import annotations

import logging
import os
import time

import redis
from redis.backoff import ExponentialBackoff
from redis.exceptions import BusyLoadingError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

logger = logging.getLogger(__name__)

DEFAULT_GIVE_UP_AFTER = 60.0  # seconds of unreachable Redis before a process stops
RETRYABLE = (RedisConnectionError, RedisTimeoutError, BusyLoadingError, OSError)


class RedisUnavailable(RedisConnectionError):
    """Redis stayed unreachable past the retry limit."""


def redact(url: str) -> str:
    """The URL without its password, for log lines."""
    if "@" not in url:
        return url
    scheme, _, rest = url.partition("://")
    return f"{scheme}://***@{rest.rpartition('@')[2]}"


class PatientRetry(Retry):
    """redis-py's Retry, bounded by elapsed time, logging the outage once."""

    def __init__(self, url: str, give_up_after: float = DEFAULT_GIVE_UP_AFTER):
        super().__init__(ExponentialBackoff(cap=5.0, base=0.2), retries=-1, supported_errors=RETRYABLE)
        self.url = url
        self.give_up_after = float(give_up_after)
        self.outage_started: float | None = None  # shared by every command of this client

    def call_with_retry(self, do, fail, is_retryable=None, with_failure_count=False):
        self._backoff.reset()
        failures = 0
        while True:
            try:
                result = do()
            except self._supported_errors as error:
                if is_retryable and not is_retryable(error):
                    raise
                failures += 1
                fail(error, failures) if with_failure_count else fail(error)
                now = time.monotonic()
                if self.outage_started is None:
                    self.outage_started = now
                    logger.warning(
                        "Redis at %s unreachable (%s); retrying with backoff for up to %.0fs",
                        redact(self.url),
                        error,
                        self.give_up_after,
                    )
                waited = now - self.outage_started
                if waited >= self.give_up_after:
                    raise RedisUnavailable(
                        f"Redis at {redact(self.url)} unreachable for {waited:.0f}s ({error}); giving up"
                    ) from error
                time.sleep(min(self._backoff.compute(failures), self.give_up_after - waited))
                continue
            if self.outage_started is not None:
                logger.warning(
                    "Redis at %s reachable again after %.1fs",
                    redact(self.url),
                    time.monotonic() - self.outage_started,
                )
                self.outage_started = None
            return result


def connect(url: str, give_up_after: float = DEFAULT_GIVE_UP_AFTER) -> redis.Redis:
    """A client for `url` (bytes in, bytes out) whose commands survive an outage of `give_up_after` s."""
    return redis.Redis.from_url(
        url,
        retry=PatientRetry(url, give_up_after),
        socket_timeout=30,
        socket_connect_timeout=5,
        health_check_interval=15,
    )


def redis_params(url: str, give_up_after: float = DEFAULT_GIVE_UP_AFTER) -> dict:
    """REDIS_PARAMS for scrapy-redis' own components, the same policy as `connect`."""
    return {
        "retry": PatientRetry(url, give_up_after),
        "socket_timeout": 30,
        "socket_connect_timeout": 5,
        "health_check_interval": 15,
        "encoding": "utf-8",
    }


def redis_url_from(explicit: str | None, settings=None) -> str | None:
    """The Redis URL: given on the command line, else the REDIS_URL setting, else the environment."""
    if explicit:
        return explicit
    if settings is not None and settings.get("REDIS_URL"):
        return settings.get("REDIS_URL")
    return os.environ.get("REDIS_URL") or None


REDIS_SERVER = "/usr/bin/redis-server"  # Debian's redis-server (`make services`)


def loopback_redis_command(port: int, workdir) -> list[str]:
    """A throw-away redis-server on 127.0.0.1:port (no persistence), for tests and benchmarks."""
    return [
        REDIS_SERVER,
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        str(workdir),
    ]
