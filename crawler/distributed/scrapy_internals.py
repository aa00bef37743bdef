"""The two things distributed mode needs of Scrapy's engine that Scrapy has no public way to give.

Both read the engine's slot (`engine._slot`), private to Scrapy, and only here;
tests/test_scrapy_internals.py runs a real crawl through them, so it fails as soon as a Scrapy
release changes either, instead of a worker quietly losing or stalling requests:
- `engine_inprogress`: the requests between download start and the end of their scrape. Scrapy has
  no "request finished" signal; the leasing scheduler acks a request once it has left this set
  (as Apify's Scrapy integration does).
- `wake_engine`: other workers queue requests in Redis without telling this engine; look at the
  scheduler again now rather than at the engine's 5 s heartbeat.
"""

from __future__ import annotations


def engine_inprogress(crawler) -> set:
    """The engine's set of requests between download start and the end of their scrape."""
    inprogress = getattr(getattr(crawler.engine, "_slot", None), "inprogress", None)
    if not isinstance(inprogress, set):
        raise RuntimeError(
            "this Scrapy version does not expose the engine's in-progress requests; distributed "
            "mode cannot tell when a request is finished and would lose requests"
        )
    return inprogress


def wake_engine(crawler) -> bool:
    """Make an open engine look for its next request now; False when it is closing or closed."""
    slot = getattr(crawler.engine, "_slot", None)
    if slot is None or slot.closing is not None:
        return False
    slot.nextcall.schedule()
    return True
