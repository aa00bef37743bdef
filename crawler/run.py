"""The archive run a crawl writes into: one per crawl, shared by every spider and component.

`speech-archive crawl` opens the run itself (it takes the archive lock before Scrapy starts,
runs several spiders into it and commits one version). A plain `scrapy crawl SITE` has no
such caller, so the first component that asks opens the run from ARCHIVE_DIR and it is
committed when the engine stops. Either way every middleware and pipeline gets the same
object through `archive_run(crawler)`.
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)

_ATTR = "_speech_archive_run"
# Runs opened by `speech-archive crawl`, by run id. Settings are deep-copied by Scrapy, so
# they carry the id (ARCHIVE_RUN_ID), not the object with its open files and connections.
_SHARED_RUNS: dict = {}


def share_run(run) -> str:
    """Make `run` the one every crawler started with ARCHIVE_RUN_ID=<its id> writes into."""
    _SHARED_RUNS[run.run_id] = run
    return run.run_id


def unshare_run(run) -> None:
    _SHARED_RUNS.pop(run.run_id, None)


def archive_run(crawler):
    """The run this crawler writes into (created and committed here for a plain `scrapy crawl`)."""
    run = getattr(crawler, _ATTR, None)
    if run is not None:
        return run
    run = _SHARED_RUNS.get(crawler.settings.get("ARCHIVE_RUN_ID"))
    if run is None:
        run = _open_own_run(crawler)
    setattr(crawler, _ATTR, run)
    return run


class RunPipeline:
    """Base of the pipelines that write into the crawl's archive run (dedup, archive)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self._run = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _archive_run(self):
        if self._run is None:
            from crawler.run import archive_run

            self._run = archive_run(self.crawler)
        return self._run


def _open_own_run(crawler):
    from scrapy import signals

    from archive.store import Archive

    archive = Archive(crawler.settings.get("ARCHIVE_DIR"))
    spider_name = getattr(crawler.spidercls, "name", "?")
    run = archive.begin_run({"spiders": [spider_name], "mode": "scrapy crawl"})
    closing = {}

    def remember_reason(spider, reason):
        closing["reason"] = reason

    def commit_when_stopped():
        stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
        reason = closing.get("reason", "finished")
        status = "complete" if reason == "finished" else "interrupted"
        version = run.commit(stats_for_meta(stats), status=status)
        logger.info("archive version %s committed (%s)", version, status)

    # engine_stopped comes after every spider_closed handler (WARC files closed, pipelines done).
    crawler.signals.connect(remember_reason, signal=signals.spider_closed, weak=False)
    crawler.signals.connect(commit_when_stopped, signal=signals.engine_stopped, weak=False)
    return run


def stats_for_meta(stats: dict) -> dict:
    """Scrapy stats made JSON-safe (datetimes as ISO strings)."""
    out = {}
    for key, value in stats.items():
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        elif not isinstance(value, (int, float, str, bool, type(None))):
            value = str(value)
        out[key] = value
    return out
