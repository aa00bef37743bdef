"""The archive run a crawl writes into: one per crawl, shared by every spider and component.

`speech-archive crawl` opens the run itself (it takes the archive lock before Scrapy starts,
runs several spiders into it and commits one version) and attaches it to each crawler it creates
(`attach_run`). A plain `scrapy crawl SITE` has no such caller, so the first component that asks
opens the run from ARCHIVE_DIR and it is committed when the engine stops. Either way every
middleware and pipeline reaches the same object through its crawler: `archive_run(crawler)`.
"""

from __future__ import annotations

import atexit
import logging
import os
import sys

from scrapy import signals
from scrapy.utils.defer import deferred_from_coro

from archive.files import describe_write_failure, write_failure
from archive.lock import ArchiveLocked
from archive.store import Archive, ArchiveDamaged, ArchiveError
from crawler import exitcodes

logger = logging.getLogger(__name__)

# The attribute of the Crawler object that holds its run (set before the crawl starts).
RUN_ATTRIBUTE = "speech_archive_run"


def attach_run(crawler, run):
    """Make `run` the one this crawler's components write into (before `crawl()` starts it)."""
    setattr(crawler, RUN_ATTRIBUTE, run)
    return crawler


def archive_run(crawler, settings=None):
    """The run this crawler writes into (created and committed here for a plain `scrapy crawl`)."""
    run = getattr(crawler, RUN_ATTRIBUTE, None)
    if run is None:
        run = _open_own_run(crawler, settings)
        attach_run(crawler, run)
    return run


class ArchiveRunAddon:
    """Scrapy add-on (ADDONS): a plain `scrapy crawl` opens its archive run while Scrapy applies
    its settings, before any request. A locked archive, or a folder that is no archive, is one
    line and the exit code `speech-archive crawl` gives (3, 1), not a traceback."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def update_settings(self, settings) -> None:
        if getattr(self.crawler, RUN_ATTRIBUTE, None) is not None:
            return  # `speech-archive crawl` (or a worker) attached its run already
        try:
            archive_run(self.crawler, settings)
        except ArchiveLocked as exc:
            refuse_to_start(str(exc), exitcodes.LOCKED)
        except ArchiveDamaged as exc:  # the version to build on is damaged: nothing written
            refuse_to_start(exitcodes.damaged_message(exc, "nothing was written"), exitcodes.DAMAGED)
        except Exception as exc:
            failure = write_failure(exc)
            if failure is not None:  # the disk is full before the run could even begin
                refuse_to_start(f"a write failed ({describe_write_failure(failure)})", exitcodes.WRITE_FAILED)
            if isinstance(exc, ArchiveError | OSError):
                refuse_to_start(str(exc), exitcodes.FAILURE)
            raise


def refuse_to_start(why: str, code: int) -> None:
    """One line on stderr, then leave before the engine starts (nothing fetched, nothing committed)."""
    print(f"scrapy crawl: {why}", file=sys.stderr, flush=True)
    logging.shutdown()
    raise SystemExit(code)


def refuse_to_finish(why: str) -> None:
    """A plain `scrapy crawl` whose run could not be committed (a write failed): one line on stderr
    and exit code WRITE_FAILED, as `speech-archive crawl` gives. Scrapy's crawl command decides its
    own exit code after the reactor stops, so the code is set as the interpreter exits."""
    logger.error("nothing committed: %s", why)
    print(
        f"scrapy crawl: a write failed ({why}): nothing of this run was committed, "
        "the last version is intact",
        file=sys.stderr,
        flush=True,
    )
    atexit.register(os._exit, exitcodes.WRITE_FAILED)


def _open_own_run(crawler, settings=None):
    archive = Archive((settings or crawler.settings).get("ARCHIVE_DIR"))
    spider_name = getattr(crawler.spidercls, "name", "?")
    run = archive.begin_run({"spiders": [spider_name], "mode": "scrapy crawl"})
    closing = {}

    def remember_reason(spider, reason):
        closing["reason"] = reason

    def commit_when_stopped():
        if run.write_failure is not None:
            run.abort()
            refuse_to_finish(describe_write_failure(run.write_failure))
            return
        if archive.damage_met:  # a document to merge into was damaged: never built on
            run.abort()
            why = exitcodes.damaged_message(archive.damage_met[0], "nothing of this run was committed")
            print(f"scrapy crawl: {why}", file=sys.stderr, flush=True)
            atexit.register(os._exit, exitcodes.DAMAGED)
            return
        stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
        reason = closing.get("reason", "finished")
        status = "complete" if reason == "finished" else "interrupted"
        try:
            version = run.commit(stats_for_meta(stats), status=status)
        except Exception as exc:
            if write_failure(exc) is None:
                raise
            refuse_to_finish(describe_write_failure(write_failure(exc)))
            return
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


# --- a write that fails (disk full, I/O error) -------------------------------------------------
# Every component that writes into the archive during a crawl (WARC capture, fetch history,
# dedup, staging) hands such a failure here: the run remembers it (it will not be committed;
# crawler/crawl_run.py ends the crawl with exit code WRITE_FAILED) and the crawler stops, and
# every other crawler writing into the same run stops at its next write (`write_failed`).
STOP_REASON = "write_failed"


def stop_crawler(crawler) -> None:
    engine = getattr(crawler, "engine", None)
    if engine is None or engine.spider is None:
        return
    deferred_from_coro(engine.close_spider_async(reason=STOP_REASON))


def write_failed(crawler) -> bool:
    """True once a write of the crawl's run failed; this crawler is then stopped too."""
    run = getattr(crawler, RUN_ATTRIBUTE, None) if crawler is not None else None
    if run is None or run.write_failure is None:
        return False
    stop_crawler(crawler)
    return True


def handle_write_failure(crawler, exc: BaseException) -> bool:
    """If `exc` is a failed write: remember it on the run, stop the crawler, True (the caller
    drops what it was doing). False for anything else (the caller re-raises)."""
    failure = write_failure(exc)
    if failure is None or crawler is None:
        return False
    run = archive_run(crawler)
    if run.write_failure is None:
        run.write_failure = failure
        logger.error(
            "a write failed (%s): stopping the crawl; nothing of this run will be committed",
            describe_write_failure(failure),
        )
    stop_crawler(crawler)
    return True
