"""The archive run a crawl writes into: one per crawl, owned by whoever opened it.

Exactly one owner opens, commits or abandons a run:
- `speech-archive crawl` (crawler/crawl_process.py) opens it before Scrapy starts, attaches it to each
  crawler it creates (`attach_run`), runs all its spiders into it and commits it once;
- a plain `scrapy crawl SITE` has no such caller: `ArchiveRunAddon` opens the run while Scrapy
  applies its settings (before any request) and commits it, or abandons it, when the engine stops;
  the project's crawl command (crawler/scrapy_commands/crawl.py) turns the outcome into the exit code.
Every middleware and pipeline reaches the run, and through it the run's fetch history, with
`archive_run(crawler)`; none opens or commits one.
"""

from __future__ import annotations

import logging
import sys

from scrapy import signals
from scrapy.utils.defer import deferred_from_coro

from archive.files import describe_write_failure, write_failure
from archive.lock import ArchiveLocked
from archive.store import Archive, ArchiveDamaged, ArchiveError
from crawler import exitcodes
from pipelines.site_furniture import FurniturePolicy

logger = logging.getLogger(__name__)

# Attributes of the Crawler object: its run (set before the crawl starts) and, under a plain
# `scrapy crawl`, the exit code the add-on's ending of the run calls for.
RUN_ATTRIBUTE = "speech_archive_run"
EXIT_CODE_ATTRIBUTE = "speech_archive_exit_code"
# Set on every crawler of a process stopped at once (a second Ctrl-C): its run is abandoned.
STOPPED_AT_ONCE_ATTRIBUTE = "speech_archive_stopped_at_once"


def attach_run(crawler, run):
    """Make `run` the one this crawler's components write into (before `crawl()` starts it)."""
    setattr(crawler, RUN_ATTRIBUTE, run)
    return crawler


def archive_run(crawler):
    """The run this crawler writes into (attached by `speech-archive crawl`, a distributed worker
    or, under `scrapy crawl`, ArchiveRunAddon)."""
    run = getattr(crawler, RUN_ATTRIBUTE, None)
    if run is None:
        raise RuntimeError(
            "this crawler has no archive run: crawl with `speech-archive crawl`, or keep "
            "crawler.run_binding.ArchiveRunAddon in ADDONS for `scrapy crawl`"
        )
    return run


def abandon_run(crawler) -> None:
    """End a plain `scrapy crawl`'s run that the engine never reported stopped (a second Ctrl-C
    stops the reactor first): abandoned, its staging removed, the lock released."""
    run = getattr(crawler, RUN_ATTRIBUTE, None)
    if run is not None and not run.closed:
        run.abort()


def exit_code_of(crawler) -> int:
    """The exit code a plain `scrapy crawl` of `crawler` ends with (see ArchiveRunAddon)."""
    return getattr(crawler, EXIT_CODE_ATTRIBUTE, exitcodes.OK)


class ArchiveRunAddon:
    """Scrapy add-on (ADDONS): the owner of a plain `scrapy crawl`'s archive run. Opens it while
    Scrapy applies its settings, before any request (a locked archive, or a folder that is no
    archive, is one line and the exit code `speech-archive crawl` gives: 3, 1); commits it when
    the engine stops (`interrupted` unless the spider finished), or abandons it when a write
    failed or the crawl was stopped at once."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.reason = "finished"

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def update_settings(self, settings) -> None:
        if getattr(self.crawler, RUN_ATTRIBUTE, None) is not None:
            return  # `speech-archive crawl` (or a worker) attached its run already: it owns it
        try:
            run = open_run(self.crawler, settings)
        except ArchiveLocked as exc:
            refuse_to_start(str(exc), exitcodes.LOCKED)
        except ArchiveDamaged as exc:  # the version to build on is damaged: nothing written
            refuse_to_start(exitcodes.damaged_message(exc, "nothing was written"), exitcodes.DAMAGED)
        except Exception as exc:
            failure = write_failure(exc)
            if failure is not None:  # the disk is full before the run could even begin
                refuse_to_start(f"a write failed ({describe_write_failure(failure)})", exitcodes.WRITE_FAILED)
            if isinstance(exc, ArchiveError | OSError | ValueError):
                refuse_to_start(str(exc), exitcodes.FAILURE)
            raise
        attach_run(self.crawler, run)
        # engine_stopped comes after every spider_closed handler (WARC files closed, pipelines done).
        self.crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        self.crawler.signals.connect(self.engine_stopped, signal=signals.engine_stopped)

    def spider_closed(self, spider=None, reason=None):
        self.reason = reason or "finished"

    def engine_stopped(self):
        run = archive_run(self.crawler)
        if getattr(self.crawler, STOPPED_AT_ONCE_ATTRIBUTE, False):
            run.abort()
            logger.warning("stopped at once: nothing of this run was committed")
            setattr(self.crawler, EXIT_CODE_ATTRIBUTE, exitcodes.STOPPED_AT_ONCE)
            return
        if run.write_failure is not None:
            run.abort()
            self.refuse_to_finish(describe_write_failure(run.write_failure))
            return
        if run.archive.damage_met:  # a document to merge into was damaged: never built on
            run.abort()
            why = exitcodes.damaged_message(run.archive.damage_met[0], "nothing of this run was committed")
            print(f"scrapy crawl: {why}", file=sys.stderr, flush=True)
            setattr(self.crawler, EXIT_CODE_ATTRIBUTE, exitcodes.DAMAGED)
            return
        stats = dict(self.crawler.stats.get_stats()) if self.crawler.stats else {}
        status = "complete" if self.reason == "finished" else "interrupted"
        try:
            version = run.commit(stats_for_meta(stats), status=status)
        except Exception as exc:
            if write_failure(exc) is None:
                raise
            self.refuse_to_finish(describe_write_failure(write_failure(exc)))
            return
        logger.info("archive version %s committed (%s)", version, status)
        if status == "interrupted":
            setattr(self.crawler, EXIT_CODE_ATTRIBUTE, exitcodes.INTERRUPTED)

    def refuse_to_finish(self, why: str) -> None:
        """A run that could not be committed (a write failed): one line on stderr; the crawl
        command exits with WRITE_FAILED, as `speech-archive crawl` does."""
        logger.error("nothing committed: %s", why)
        print(
            f"scrapy crawl: a write failed ({why}): nothing of this run was committed, "
            "the last version is intact",
            file=sys.stderr,
            flush=True,
        )
        setattr(self.crawler, EXIT_CODE_ATTRIBUTE, exitcodes.WRITE_FAILED)


def refuse_to_start(why: str, code: int) -> None:
    """One line on stderr, then leave before the engine starts (nothing fetched, nothing committed)."""
    print(f"scrapy crawl: {why}", file=sys.stderr, flush=True)
    logging.shutdown()
    raise SystemExit(code)


def open_run(crawler, settings):
    """A new run of the archive at ARCHIVE_DIR for a plain `scrapy crawl`."""
    policy = site_furniture_policy(settings)  # a bad value: before anything is written
    archive = Archive(settings.get("ARCHIVE_DIR"))
    spider_name = getattr(crawler.spidercls, "name", "?")
    run = archive.begin_run({"spiders": [spider_name], "mode": "scrapy crawl"})
    run.furniture_policy = policy
    return run


def site_furniture_policy(settings) -> FurniturePolicy:
    """SITE_FURNITURE_MIN_PAGES / _MIN_SHARE / _PROSE_MIN_PAGES as the run applies them (ValueError when out of range)."""
    return FurniturePolicy(
        settings.getint("SITE_FURNITURE_MIN_PAGES", 3),
        settings.getfloat("SITE_FURNITURE_MIN_SHARE", 0.6),
        settings.getint("SITE_FURNITURE_PROSE_MIN_PAGES", 5),
    )


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
# crawler/crawl_process.py ends the crawl with exit code WRITE_FAILED) and the crawler stops, and
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
